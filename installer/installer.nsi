; TTĐN Desktop: the Windows installer (NSIS 3, UTF-8 source; built by installer/build.sh).
;
; Per-user: no administrator rights, files under %LOCALAPPDATA%\Programs\TTDN Desktop, the
; uninstaller registered under HKCU. The officer's data lives in %APPDATA%\TTDN Desktop, which
; neither an upgrade nor the uninstaller touches.
;
; Defines given by build.sh: VERSION, VERSION_QUAD, COMPRESSION (ci|release), STAGE (the program
; folder as it will be installed), ICON, OUTFILE, SIZE_KB, PROGRAM_FILES_NSH. COMPRESSION "none"
; only serves the smoke test's throw-away upgrade build.
;
; Silent use: Setup.exe /S [/D=C:\path]   and   uninstall.exe /S

Unicode true
; A 64-bit (PE32+) installer: the program is 64-bit, and 64-bit-only Windows (and Wine) run it
; without the 32-bit subsystem.
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user

!if "${COMPRESSION}" == "ci"
  ; Several times faster to build than LZMA and faster to unpack; the file is larger.
  SetCompressor zlib
!else if "${COMPRESSION}" == "none"
  SetCompress off
!else
  SetCompressor /SOLID lzma
  SetCompressorDictSize 64
!endif

!define APP_NAME "TTĐN Desktop"
!define APP_KEY "TTDN Desktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_KEY}"
!define GUI_EXE "ttdn-desktop.exe"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "${PROGRAM_FILES_NSH}"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
; Per-user programs folder (what Windows itself uses for per-user installs); ASCII only, so
; tools that mishandle non-ASCII paths are not an issue.
InstallDir "$LOCALAPPDATA\Programs\${APP_KEY}"
; An upgrade goes where the previous version is.
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Cài đặt ${APP_NAME} ${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Mở ${APP_NAME} ngay"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${STAGE}\licences\GPL-3.0.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"

; The program must not be running while its files are replaced or removed: a file in use cannot
; be deleted. Deleting the launcher is the test; it is put back by the installation anyway.
!macro TTDN_WAIT_UNTIL_CLOSED DIR
  ${Do}
    ClearErrors
    ${IfNot} ${FileExists} "${DIR}\${GUI_EXE}"
      ${Break}
    ${EndIf}
    Delete "${DIR}\${GUI_EXE}"
    ${IfNot} ${Errors}
      ${Break}
    ${EndIf}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION \
      "${APP_NAME} đang mở. Hãy đóng chương trình rồi bấm Thử lại (Retry)." \
      /SD IDCANCEL IDRETRY +2
    Abort "${APP_NAME} đang mở; hãy đóng chương trình rồi cài lại."
  ${Loop}
!macroend

Function .onInit
  ${IfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "${APP_NAME} cần Windows 10 hoặc mới hơn (64-bit)." /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

Section "Install"
  SetShellVarContext current

  ; Upgrade: remove the previous version's program files (its own list, never the data folder),
  ; so nothing of an older version lingers beside the new one.
  ReadRegStr $0 HKCU "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $0 != ""
  ${AndIf} ${FileExists} "$0\*.*"
    !insertmacro TTDN_WAIT_UNTIL_CLOSED "$0"
    DetailPrint "Gỡ các tệp của phiên bản trước trong $0"
    !insertmacro TTDN_REMOVE_PROGRAM_FILES "$0"
  ${EndIf}
  !insertmacro TTDN_WAIT_UNTIL_CLOSED "$INSTDIR"
  !insertmacro TTDN_REMOVE_PROGRAM_FILES "$INSTDIR"

  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Shortcuts straight in the Start menu (Windows 10/11 show no folders for single programs).
  SetOutPath "$DOCUMENTS"   ; the working folder the shortcuts start in
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0 \
    SW_SHOWNORMAL "" "Sổ theo dõi và báo cáo công tác thông tin đối ngoại"
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0 \
    SW_SHOWNORMAL "" "Sổ theo dõi và báo cáo công tác thông tin đối ngoại"
  ; The `ttdn` command without touching the user's PATH: a command prompt that has it.
  ; (`path X;%PATH%& …`, no space before &: the form both cmd.exe and Wine's cmd understand.)
  CreateShortcut "$SMPROGRAMS\${APP_NAME} - dòng lệnh.lnk" "$SYSDIR\cmd.exe" \
    '/k path $INSTDIR;%PATH%& ttdn --help' "$INSTDIR\ttdn.exe" 0 SW_SHOWNORMAL "" \
    "Dòng lệnh ttdn của TTĐN Desktop"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${SIZE_KB}
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  !insertmacro TTDN_WAIT_UNTIL_CLOSED "$INSTDIR"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME} - dòng lệnh.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  ; Only what the installer put there; the data folder (%APPDATA%\TTDN Desktop) stays.
  !insertmacro TTDN_REMOVE_PROGRAM_FILES "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
