#!/usr/bin/env bash
# Smoke test of the Windows installer under Wine, on Linux:
#     bash installer/smoke-test.sh installer/dist/TTDN-Desktop-Setup-<version>.exe
#
# In a fresh Wine prefix, with the *installed* Windows program (its own CPython and wheels):
#   1. silent per-user install; files, shortcuts and the HKCU uninstall entry are there
#   2. ttdn-desktop.exe --self-test (the windowed launcher, main window offscreen, every section)
#   3. ttdn.exe demo into the per-user data folder, then `report annual --year 2020` as PDF, DOCX
#      and XLSX; the seed's figures are checked in each file
#   4. a screenshot of the main window → installer/dist/screenshot-main-window.png
#   5. a "newer" build (same files, version bumped, only makensis re-run) installed over it:
#      old program files gone, new version registered, the demo data still there
#   6. silent uninstall: program folder, shortcuts and registry entry gone, data folder kept
#
# Everything that exists only because this is Wine stays here, never in the installer:
# stub DLLs for what Wine 8 lacks (icuuc.dll, bcryptprimitives.dll), the Windows 10 version
# setting, WINEQT_* variables (Wine passes QT_* to Windows programs only with that prefix), and
# running programs with stdin from /dev/null and output through a pipe (else Python cannot set up
# its standard streams under Wine 8).
#
# Needs: wine (Wine 8, 64-bit), x86_64-w64-mingw32-gcc, poppler-utils, fonts-dejavu-core, uv.
# KEEP_WINEPREFIX=1 keeps the prefix for inspection.
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 TTDN-Desktop-Setup-<version>.exe" >&2; exit 2; }
setup=$(realpath "$1")
[ -f "$setup" ] || { echo "smoke-test: $setup not found" >&2; exit 2; }

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
dist="$here/dist"
mkdir -p "$here/build" "$dist"
work=$(mktemp -d "$here/build/smoke.XXXXXX")

started=$SECONDS
step_start=$SECONDS
step() {
  local now=$SECONDS
  if [ -n "${step_name:-}" ]; then
    printf '    (%s: %ds)\n' "$step_name" $((now - step_start))
  fi
  step_name="$1"; step_start=$now
  printf '\n--- %s (%s)\n' "$1" "$(date +%T)"
}
die() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }

# A fresh 64-bit prefix; HOME too, because Wine links the Windows Desktop and Documents folders
# to the Linux home, and the installer's desktop shortcut must not land in the real one.
export WINEPREFIX="$work/prefix" WINEARCH=win64 WINEDEBUG=-all
# No Mono/Gecko download prompts; no crash dialog (winedbg) that would hang a CI run; no Linux
# menu entries for the shortcuts (winemenubuilder).
export WINEDLLOVERRIDES="mscoree,mshtml=;winedbg.exe=;winemenubuilder.exe="
export WINEQT_QPA_PLATFORM=offscreen
export WINEQT_QPA_FONTDIR='Z:\usr\share\fonts\truetype\dejavu'
unset TTDN_DATA_DIR TTDN_DB   # the program must use its real per-user data folder
fake_home="$work/home"
mkdir -p "$fake_home"

cleanup() {
  HOME="$fake_home" wineserver -k 2>/dev/null || true
  if [ "${KEEP_WINEPREFIX:-0}" = 1 ]; then
    echo "kept: $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

# Run a Windows program; its exit status is returned. Output goes through `cat` (a pipe).
win() {
  HOME="$fake_home" wine "$@" </dev/null 2>&1 | cat
  return "${PIPESTATUS[0]}"
}
# Wait until every Windows process has ended (installers and uninstallers may outlive `wine`).
win_wait() { HOME="$fake_home" wineserver -w; }
# Is the installed windowed program running in this prefix? (Linux side: a Wine process
# carries the prefix in its environment. /proc directly: procps may be missing on CI images.)
program_running() {
  local proc
  for proc in /proc/[0-9]*; do
    tr '\0' '\n' 2>/dev/null <"$proc/cmdline" | grep -q 'ttdn-desktop\.exe' || continue
    tr '\0' '\n' 2>/dev/null <"$proc/environ" | grep -qxF "WINEPREFIX=$WINEPREFIX" && return 0
  done
  return 1
}
# A Windows path → the Linux path, and back.
unix_path() { HOME="$fake_home" winepath -u "$1" 2>/dev/null; }
win_path() { HOME="$fake_home" winepath -w "$1" 2>/dev/null; }

step "Wine prefix (harness only: stub DLLs, Windows 10)"
HOME="$fake_home" wineboot -i </dev/null 2>&1 | cat
win reg add 'HKCU\Software\Wine' /v Version /d win10 /f >/dev/null
system32="$WINEPREFIX/drive_c/windows/system32"
for stub in icuuc bcryptprimitives; do
  x86_64-w64-mingw32-gcc -shared -s -O2 -o "$system32/$stub.dll" \
    "$here/wine/${stub}_stub.c" -ladvapi32
done
win_wait
appdata=$(unix_path "$(win cmd /c 'echo %APPDATA%' | tr -d '\r')")
localappdata=$(unix_path "$(win cmd /c 'echo %LOCALAPPDATA%' | tr -d '\r')")
[ -d "$appdata" ] && [ -d "$localappdata" ] || die "no APPDATA/LOCALAPPDATA in the prefix"
program="$localappdata/Programs/TTDN Desktop"
data="$appdata/TTDN Desktop"
start_menu="$appdata/Microsoft/Windows/Start Menu/Programs"
desktop=$(unix_path "$(win cmd /c 'echo %USERPROFILE%\Desktop' | tr -d '\r')")
uninstall_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\TTDN Desktop'

step "silent per-user install"
win "$setup" /S || die "the installer failed (exit $?)"
win_wait
for f in ttdn-desktop.exe ttdn.exe uninstall.exe app.ico THIRD-PARTY-LICENSES.txt \
         licences/python-LICENSE.txt licences/LGPL-3.0.txt licences/LICENSE-LiberationSerif-OFL.txt \
         python/python311.dll python/python311._pth python/Lib/site-packages/PySide6/QtPdf.pyd; do
  [ -f "$program/$f" ] || die "not installed: $f"
done
[ -f "$start_menu/TTĐN Desktop.lnk" ] || die "no Start menu shortcut"
[ -f "$desktop/TTĐN Desktop.lnk" ] || die "no desktop shortcut"
[ -f "$start_menu/TTĐN Desktop - dòng lệnh.lnk" ] || die "no command-prompt shortcut"
# What that shortcut runs (installer.nsi): `ttdn` found through the PATH it sets.
win cmd /c "path $(win_path "$program");%PATH%& ttdn --version" | grep -q 'TTĐN Desktop' \
  || die "the command-prompt shortcut's command does not find ttdn"
registered=$(win reg query "$uninstall_key" /v DisplayVersion) || die "no uninstall entry in HKCU"
old_version=$(awk '/DisplayVersion/ {print $3}' <<<"$registered" | tr -d '\r')
echo "installed $old_version in $program"
# The uninstaller registered under HKCU points at this installation.
win reg query "$uninstall_key" /v UninstallString | grep -q 'uninstall.exe' \
  || die "UninstallString missing"
# Data never in the program folder: nothing has been written there yet.
[ ! -e "$data" ] || die "the data folder exists before the program ever ran"

step "imports with the installed Python (trimmed Qt, PostgreSQL driver)"
# Every Qt module the program uses loads with the DLLs the build kept; psycopg finds its libpq.
win "$program/python/python.exe" -c "import sys, PySide6, psycopg
from PySide6 import QtCore, QtGui, QtWidgets, QtNetwork, QtPdf, QtPdfWidgets, QtPrintSupport, QtCharts, QtSvg
print(sys.version.split()[0], sys.executable, 'PySide6', PySide6.__version__, 'psycopg', psycopg.__version__, psycopg.pq.__impl__)
assert sys.flags.isolated and sys.version_info[:3] == (3, 11, 9)
assert psycopg.pq.__impl__ == 'binary'" || die "imports failed with the installed Python"

step "ttdn-desktop --self-test (installed windowed launcher)"
win "$program/ttdn-desktop.exe" --self-test | tee "$work/self-test.txt" \
  || die "self-test failed"
grep -q 'Tự kiểm tra đạt' "$work/self-test.txt" || die "self-test did not report success"

step "ttdn demo and the annual report in PDF, DOCX and XLSX"
win "$program/ttdn.exe" --version
win "$program/ttdn.exe" demo || die "ttdn demo failed"
[ -f "$data/ttdn.sqlite" ] || die "the demo did not go into %APPDATA%\\TTDN Desktop\\ttdn.sqlite"
mkdir -p "$work/reports"
for format in pdf docx xlsx; do
  win "$program/ttdn.exe" report annual --year 2020 \
    --output "$(win_path "$work/reports/bao-cao-2020.$format")" \
    || die "report annual --output .$format failed"
done
uv run --locked --project "$root" --quiet python "$here/wine/check_reports.py" \
  "$work"/reports/bao-cao-2020.{pdf,docx,xlsx} || die "the seed's figures are not in the reports"
cp "$work"/reports/bao-cao-2020.* "$dist/"
win "$program/ttdn.exe" stats --year 2020 --json | tr -d '\r' > "$work/stats-before.json"
grep -q '"exhibition_visitors": 1850' "$work/stats-before.json" \
  || die "unexpected figures: $(cat "$work/stats-before.json")"

step "screenshot of the main window"
screenshot="$dist/screenshot-main-window.png"
rm -f "$screenshot"
win "$program/python/python.exe" "$(win_path "$here/wine/screenshot.py")" "$(win_path "$screenshot")" \
  || die "screenshot failed"
[ -s "$screenshot" ] || die "no screenshot written"
file "$screenshot"

step "upgrade: a newer build installed over it"
newer_version="$old_version.1"
# Same staged files, only makensis re-run with a higher version, uncompressed: the upgrade logic
# is under test here, not the compression (the first install covered that).
bash "$here/build.sh" --no-compress --reuse-stage --version "$newer_version" --out-dir "$work/newer" \
  > "$work/newer-build.log" 2>&1 || { cat "$work/newer-build.log"; die "newer build failed"; }
# While the program is open, the installer must refuse (silently: exit code 2) and leave the
# installed program whole. Windows locks a running program's executable from its start.
HOME="$fake_home" wine "$program/ttdn-desktop.exe" </dev/null >/dev/null 2>&1 &
for _ in $(seq 60); do program_running && break; sleep 1; done
program_running || die "the installed program did not start"
sleep 3
if win "$work/newer/TTDN-Desktop-Setup-$newer_version.exe" /S; then
  die "the installer replaced the files of a running program"
fi
[ -f "$program/ttdn-desktop.exe" ] || die "a refused upgrade damaged the installed program"
win taskkill /f /im ttdn-desktop.exe >/dev/null || true
for _ in $(seq 30); do program_running || break; sleep 1; done
! program_running || die "could not close the program"
wait   # the background `wine` above
echo "refused while the program was open; now installing with it closed"
# A file of the "old version" that the new one does not have must not survive the upgrade.
stale="$program/python/Lib/site-packages/left_over_from_old_version.py"
echo "# from an older version" > "$stale"
win "$work/newer/TTDN-Desktop-Setup-$newer_version.exe" /S || die "the upgrade install failed"
win_wait
[ ! -e "$stale" ] || die "the upgrade left the old version's files behind"
[ -f "$program/ttdn-desktop.exe" ] || die "the upgrade did not install the program"
win reg query "$uninstall_key" /v DisplayVersion | grep -q "$newer_version" \
  || die "the uninstall entry does not show $newer_version"
win "$program/ttdn.exe" stats --year 2020 --json | tr -d '\r' > "$work/stats-after.json"
cmp -s "$work/stats-before.json" "$work/stats-after.json" \
  || die "the data changed across the upgrade: $(diff "$work/stats-before.json" "$work/stats-after.json")"
echo "upgraded to $newer_version; the demo data survived"

step "silent uninstall"
win "$program/uninstall.exe" /S || die "the uninstaller failed"
win_wait   # the uninstaller runs from a temporary copy, after uninstall.exe has returned
[ ! -e "$program" ] || die "the program folder is still there: $(ls -A "$program")"
[ ! -e "$start_menu/TTĐN Desktop.lnk" ] || die "the Start menu shortcut is still there"
[ ! -e "$desktop/TTĐN Desktop.lnk" ] || die "the desktop shortcut is still there"
[ ! -e "$start_menu/TTĐN Desktop - dòng lệnh.lnk" ] || die "the command-prompt shortcut is still there"
if win reg query "$uninstall_key" >/dev/null 2>&1; then die "the uninstall entry is still there"; fi
[ -f "$data/ttdn.sqlite" ] || die "the uninstaller removed the data"
echo "program folder removed; data folder kept: $(ls "$data" | tr '\n' ' ')"

step "done"
printf '\nSMOKE TEST PASSED in %ds (%s)\n' $((SECONDS - started)) "$(basename "$setup")"
