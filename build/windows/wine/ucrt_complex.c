/* Test-only stand-in for the C99 complex functions of Windows' ucrtbase.dll, for the wine
 * smoke test.
 *
 * numpy's _multiarray_umath.pyd imports crealf, cpowf, ctanhl and the rest of the complex
 * family from the C runtime (api-ms-win-crt-math-l1-1-0 -> ucrtbase). Debian 12's wine 8.0
 * exports them but leaves several as stubs that abort the process ("unimplemented function
 * ucrtbase.dll.crealf"), so `import numpy` (and so OpenCV and the answer cards) cannot run
 * under wine; on Windows 10/11 they are all there. smoke_wine.sh builds this, with a .def that
 * forwards every other export to wine's own ucrtbase (copied into the throwaway prefix as
 * ucrtwine.dll), as the prefix's native ucrtbase.dll. It is never part of the installer.
 *
 * The types follow the Microsoft C runtime: _Fcomplex is two floats, _Dcomplex two doubles and
 * _Lcomplex two long doubles, which on Windows are doubles too.
 */
#include <complex.h>

typedef struct { float v[2]; } Fc;
typedef struct { double v[2]; } Dc;

static float complex fc(Fc z) { return __builtin_complex(z.v[0], z.v[1]); }
static double complex dc(Dc z) { return __builtin_complex(z.v[0], z.v[1]); }
static Fc to_f(float complex z) { Fc r = {{crealf(z), cimagf(z)}}; return r; }
static Dc to_d(double complex z) { Dc r = {{creal(z), cimag(z)}}; return r; }

#define UNARY(name)                                                             \
    Dc my_##name(Dc z) { return to_d(name(dc(z))); }                            \
    Dc my_##name##l(Dc z) { return to_d(name(dc(z))); }                         \
    Fc my_##name##f(Fc z) { return to_f(name##f(fc(z))); }
#define REAL(name)                                                              \
    double my_##name(Dc z) { return name(dc(z)); }                              \
    double my_##name##l(Dc z) { return name(dc(z)); }                           \
    float my_##name##f(Fc z) { return name##f(fc(z)); }

UNARY(ccos) UNARY(ccosh) UNARY(cexp) UNARY(clog) UNARY(cproj) UNARY(csin) UNARY(csinh)
UNARY(csqrt) UNARY(ctan) UNARY(ctanh)
REAL(cabs) REAL(carg) REAL(creal) REAL(cimag)

Dc my_cpow(Dc a, Dc b) { return to_d(cpow(dc(a), dc(b))); }
Dc my_cpowl(Dc a, Dc b) { return to_d(cpow(dc(a), dc(b))); }
Fc my_cpowf(Fc a, Fc b) { return to_f(cpowf(fc(a), fc(b))); }
