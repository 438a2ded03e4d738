/* Test-only stand-in for Windows' bcryptprimitives.dll, for the wine smoke test.
 *
 * Debian 12's wine 8.0 lacks bcryptprimitives.dll, which every Windows 10 has and which
 * cryptography's Rust module imports for one function, ProcessPrng (the system's random
 * bytes). smoke_wine.sh compiles this with mingw-w64 into the throwaway wine prefix; it is
 * never part of the installer. ProcessPrng fills the buffer from RtlGenRandom, the same
 * system generator, and like the real one never fails for valid arguments.
 */
#include <windows.h>

#define RtlGenRandom SystemFunction036
BOOLEAN WINAPI RtlGenRandom(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!RtlGenRandom(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
