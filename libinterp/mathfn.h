/*
 * The kernel's own IEEE double elementary functions (mathfn.c), for
 * $Math (math.c). The kernel links no libm, so these are named with
 * an m prefix and never clash with a host's. Plain C types only, so
 * that a unit test can include this beside <math.h>.
 *
 * Rounding: every function assumes the FPU rounds to nearest (the
 * kernel never changes it). Results are within 1 ulp, most correctly
 * rounded (an internal double-double of about 104 bits), except near
 * the zeros of the Bessel functions and of lgamma for x < 0, where the
 * accuracy is absolute (mathfn.c).
 */
void	mathfninit(void);	/* compute the constants; called once before use (idempotent) */

double	mfabs(double);
double	mcopysign(double, double);
int	misnan(double);
int	mfinite(double);
double	mfloor(double);
double	mceil(double);
double	mtrunc(double);
double	mrint(double);		/* to nearest, ties to even */
double	mmodf(double, double *ip);
double	mscalbn(double, int);
int	milogb(double);		/* 0: -0x7fffffff; inf, NaN: 0x7fffffff */
double	mnextafter(double, double);
double	mfmod(double, double);
double	mremainder(double, double);
double	mfdim(double, double);
double	mfmax(double, double);
double	mfmin(double, double);

double	msqrt(double);
double	mcbrt(double);
double	mhypot(double, double);
double	mexp(double);
double	mexpm1(double);
double	mlog(double);
double	mlog10(double);
double	mlog1p(double);
double	mpow(double, double);
double	mpow10(int);

double	msin(double);
double	mcos(double);
double	mtan(double);
double	masin(double);
double	macos(double);
double	matan(double);
double	matan2(double, double);
double	msinh(double);
double	mcosh(double);
double	mtanh(double);
double	masinh(double);
double	macosh(double);
double	matanh(double);

double	merf(double);
double	merfc(double);
double	mlgamma(double, int *sign);
double	mj0(double);
double	mj1(double);
double	mjn(int, double);
double	my0(double);
double	my1(double);
double	myn(int, double);
