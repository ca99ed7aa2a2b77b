/*
 * Test harness only, never shipped: a stand-in for Windows 10's icuuc.dll, which Wine 8 lacks.
 *
 * Qt 6's Qt6Core.dll imports about twenty ucnv_* functions from the system ICU (present on every
 * Windows 10 1703+ and 11). Without the DLL, importing QtCore fails under Wine. Every function here
 * reports failure: ucnv_open finds no converter, so Qt falls back to its built-in UTF-8/UTF-16/
 * Latin-1 codecs, which is all the program uses. smoke-test.sh checks that this list covers
 * everything Qt6Core imports from icuuc.dll.
 */
#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode;
#define U_FILE_ACCESS_ERROR 4
#define EXPORT __declspec(dllexport)

EXPORT void *ucnv_open(const char *name, UErrorCode *err) {
    (void)name;
    if (err) *err = U_FILE_ACCESS_ERROR;
    return NULL;
}
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) {
    (void)name; (void)standard;
    if (err) *err = U_FILE_ACCESS_ERROR;
    return NULL;
}
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }

/* Never reached once ucnv_open has failed; they only have to exist. */
#define UNREACHED(name) EXPORT intptr_t name(void) { return 0; }
UNREACHED(ucnv_close)
UNREACHED(UCNV_FROM_U_CALLBACK_SUBSTITUTE)
UNREACHED(UCNV_TO_U_CALLBACK_SUBSTITUTE)
UNREACHED(ucnv_reset)
UNREACHED(ucnv_getMaxCharSize)
UNREACHED(ucnv_getName)
UNREACHED(ucnv_getToUCallBack)
UNREACHED(ucnv_getFromUCallBack)
UNREACHED(ucnv_setToUCallBack)
UNREACHED(ucnv_setFromUCallBack)
UNREACHED(ucnv_cbToUWriteUChars)
UNREACHED(ucnv_toUnicode)
UNREACHED(ucnv_cbFromUWriteUChars)
UNREACHED(ucnv_toUCountPending)
UNREACHED(ucnv_fromUCountPending)
UNREACHED(ucnv_fromUnicode)
