/*
 * Test harness only, never shipped: a stand-in for Windows 10's bcryptprimitives.dll, which
 * Wine 8 lacks (Wine 9 has it).
 *
 * Qt's PDF module (PDFium, built on Chromium's base library) loads bcryptprimitives.dll at run
 * time and calls ProcessPrng for random bytes; when the DLL is missing it stops the process
 * deliberately (a breakpoint exception) as soon as a QPdfDocument is made. Every Windows 10 and
 * 11 has it. Here ProcessPrng is served by RtlGenRandom (advapi32's SystemFunction036).
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
