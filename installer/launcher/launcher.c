/*
 * TTĐN Desktop launcher: a tiny Windows program that hosts the bundled CPython in its own process.
 *
 * Why an own executable rather than a shortcut to pythonw.exe: Windows names a taskbar button,
 * the Task Manager entry and the "Open with"/firewall prompts after the executable's icon and
 * version resource. Hosting python311.dll in-process (as Briefcase's Windows stub does) makes
 * those say "TTĐN Desktop" with the program's icon instead of "Python". It also needs no console:
 * the GUI build uses the Windows subsystem (-mwindows), the CLI build the console subsystem.
 *
 * Layout it expects (made by installer/build.sh):
 *     <program folder>\ttdn-desktop.exe, ttdn.exe      this file, built twice
 *     <program folder>\python\python311.dll            the official embeddable CPython
 *     <program folder>\python\python311._pth           makes Python isolated and finds
 *                                                      python\Lib\site-packages
 * Python reads python311._pth next to the DLL it was loaded from, so sys.path never depends on
 * the user's environment (PYTHONPATH, other Python installations are ignored).
 *
 * Compile-time definitions:
 *     TTDN_ENTRY   Python code run with -c, e.g. L"import sys; from x import main; sys.exit(main())"
 *     TTDN_GUI     defined for the windowed build: errors go to a message box, not to stderr
 */
#define WIN32_LEAN_AND_MEAN
#ifndef UNICODE
#define UNICODE
#endif
#ifndef _UNICODE
#define _UNICODE
#endif
#include <windows.h>
#include <shellapi.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

#ifndef TTDN_ENTRY
#error "TTDN_ENTRY must be defined"
#endif

#define PYTHON_DLL L"python\\python311.dll"
#define TITLE L"TTĐN Desktop"

typedef int(__cdecl *py_main_fn)(int argc, wchar_t **argv);

static void report(const wchar_t *message, const wchar_t *detail) {
    wchar_t text[2048];
    _snwprintf(text, sizeof text / sizeof text[0] - 1, L"%ls\n\n%ls", message, detail);
    text[sizeof text / sizeof text[0] - 1] = L'\0';
#ifdef TTDN_GUI
    MessageBoxW(NULL, text, TITLE, MB_OK | MB_ICONERROR);
#else
    fwprintf(stderr, L"%ls\n", text);
#endif
}

static int run(void) {
    int argc = 0;
    wchar_t **argv = CommandLineToArgvW(GetCommandLineW(), &argc);
    if (argv == NULL || argc < 1) {
        report(L"Không đọc được dòng lệnh.", L"CommandLineToArgvW");
        return 1;
    }

    /* The folder of this executable; long paths are possible for per-user installs. */
    static wchar_t exe[32768];
    DWORD length = GetModuleFileNameW(NULL, exe, sizeof exe / sizeof exe[0]);
    if (length == 0 || length >= sizeof exe / sizeof exe[0]) {
        report(L"Không xác định được thư mục chương trình.", L"GetModuleFileNameW");
        return 1;
    }
    wchar_t *slash = wcsrchr(exe, L'\\');
    if (slash == NULL) {
        report(L"Không xác định được thư mục chương trình.", exe);
        return 1;
    }
    slash[1] = L'\0';

    static wchar_t dll[32768 + 64];
    _snwprintf(dll, sizeof dll / sizeof dll[0] - 1, L"%ls%ls", exe, PYTHON_DLL);
    dll[sizeof dll / sizeof dll[0] - 1] = L'\0';

    /* LOAD_WITH_ALTERED_SEARCH_PATH: python311.dll's own dependencies (vcruntime140.dll) are
       looked up beside it, not beside this executable or in the current directory. */
    HMODULE python = LoadLibraryExW(dll, NULL, LOAD_WITH_ALTERED_SEARCH_PATH);
    if (python == NULL) {
        report(L"Thiếu thành phần Python của chương trình; hãy cài lại TTĐN Desktop.", dll);
        return 1;
    }
    py_main_fn py_main = (py_main_fn)(void (*)(void))GetProcAddress(python, "Py_Main");
    if (py_main == NULL) {
        report(L"Thành phần Python của chương trình bị hỏng; hãy cài lại TTĐN Desktop.", dll);
        return 1;
    }

    /* python -c ENTRY <the user's arguments>: sys.argv[1:] are the user's arguments. */
    wchar_t **args = calloc((size_t)argc + 3, sizeof *args);
    if (args == NULL) {
        report(L"Không đủ bộ nhớ.", L"calloc");
        return 1;
    }
    int n = 0;
    args[n++] = argv[0];
    args[n++] = L"-c";
    args[n++] = TTDN_ENTRY;
    for (int i = 1; i < argc; i++) {
        args[n++] = argv[i];
    }
    args[n] = NULL;
    return py_main(n, args);
}

#ifdef TTDN_GUI
int WINAPI wWinMain(HINSTANCE instance, HINSTANCE previous, PWSTR command_line, int show) {
    (void)instance;
    (void)previous;
    (void)command_line;
    (void)show;
    return run();
}
#else
int wmain(void) {
    return run();
}
#endif
