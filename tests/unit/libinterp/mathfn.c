/*
 * Tests of libinterp/mathfn.c, the kernel's own elementary functions,
 * against the host's long double libm (x87 extended: 11 bits more
 * than double, so a reference to within a small fraction of a double
 * ulp) over many random arguments, and against the double libm for
 * the C99 Annex F special values. The kernel code itself never uses
 * libm. "within 1 ulp" means |got - true| < 1 ulp of the true value.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <math.h>
#include <string.h>
#include <stdint.h>
#include "test.h"
#include "../../../libinterp/mathfn.h"

#define nelem(x) (sizeof(x)/sizeof((x)[0]))

#ifndef NITER
#define NITER 40000	/* random arguments per function */
#endif

static int64_t
ordered(double x)	/* doubles as integers in numeric order */
{
	int64_t i;

	memcpy(&i, &x, 8);
	return i < 0 ? INT64_MIN - i : i;
}

/* distance in ulps; NaN == NaN; differing zero signs count as 1 */
static double
ulps(double a, double b)
{
	int64_t d;

	if(isnan(a) || isnan(b))
		return isnan(a) && isnan(b) ? 0 : 1e30;
	if(a == b && signbit(a) != signbit(b))
		return 1;
	d = ordered(a) - ordered(b);
	return d < 0 ? -(double)d : (double)d;
}

static double
randin(double lo, double hi)
{
	double u;

	u = (testrand() >> 11) * 0x1p-53;
	return lo + (hi - lo)*u;
}

/* log-uniform magnitude in [2^elo, 2^ehi), random sign if sgn */
static double
randexp(int elo, int ehi, int sgn)
{
	double m, x;

	m = 1 + (testrand() >> 12) * 0x1p-52;
	x = ldexp(m, elo + (int)(testrand() % (uint64_t)(ehi - elo)));
	if(sgn && (testrand() & 1))
		x = -x;
	return x;
}

/* error of got in ulps of the true value ref */
static double
ulperr(double got, long double ref)
{
	double r, ulp;

	r = (double)ref;
	if(isnan(got) || isnan(r))
		return isnan(got) && isnan(r) ? 0 : 1e30;
	if(isinf(r) || isinf(got))
		return got == r ? 0 : 1e30;
	if(got == r)
		return 0;
	ulp = ldexp(1, ilogb(r) - 52);
	if(r == 0 || ulp < 0x1p-1074)
		ulp = 0x1p-1074;
	return (double)(fabsl((long double)got - ref) / ulp);
}

typedef struct Case1 Case1;
struct Case1 {
	char	*name;
	double	(*mine)(double);
	double	(*host)(double);
	long double	(*ref)(long double);
	double	lo, hi;		/* uniform range */
	int	elo, ehi, sgn;	/* log-uniform range */
	double	maxulp;
};

static double hlgamma(double x) { int s; return lgamma_r(x, &s); }
static double mlg(double x) { int s; return mlgamma(x, &s); }
static long double hlgammal(long double x) { int s; return lgammal_r(x, &s); }
static long double nextafter1(long double x, long double y) { return nextafter((double)x, (double)y); }
static long double truncl1(long double x) { return truncl(x); }

static Case1 cases1[] = {
	{"sqrt", msqrt, sqrt, sqrtl, 0, 4, -1074, 1024, 0, 0.5},
	{"exp", mexp, exp, expl, -745, 710, -60, 9, 1, 1},
	{"expm1", mexpm1, expm1, expm1l, -40, 710, -60, 9, 1, 1},
	{"log", mlog, log, logl, 0, 10, -1074, 1024, 0, 1},
	{"log10", mlog10, log10, log10l, 0, 10, -1074, 1024, 0, 1},
	{"log1p", mlog1p, log1p, log1pl, -1, 10, -60, 1024, 1, 1},
	{"sin", msin, sin, sinl, -10, 10, -30, 1024, 1, 1},
	{"cos", mcos, cos, cosl, -10, 10, -30, 1024, 1, 1},
	{"tan", mtan, tan, tanl, -10, 10, -30, 1024, 1, 1},
	{"asin", masin, asin, asinl, -1, 1, -60, 0, 1, 1},
	{"acos", macos, acos, acosl, -1, 1, -60, 0, 1, 1},
	{"atan", matan, atan, atanl, -10, 10, -60, 200, 1, 1},
	{"sinh", msinh, sinh, sinhl, -10, 10, -60, 10, 1, 1},
	{"cosh", mcosh, cosh, coshl, -10, 10, -60, 10, 1, 1},
	{"tanh", mtanh, tanh, tanhl, -10, 10, -60, 6, 1, 1},
	{"asinh", masinh, asinh, asinhl, -10, 10, -60, 1024, 1, 1},
	{"acosh", macosh, acosh, acoshl, 1, 10, 0, 1024, 0, 1},
	{"atanh", matanh, atanh, atanhl, -1, 1, -60, 0, 1, 1},
	{"cbrt", mcbrt, cbrt, cbrtl, -10, 10, -1074, 1024, 1, 1},
	{"erf", merf, erf, erfl, -6, 6, -60, 3, 1, 1},
	{"erfc", merfc, erfc, erfcl, -6, 27, -60, 5, 1, 1},
	{"lgamma", mlg, hlgamma, hlgammal, 0, 50, -80, 1000, 0, 1},
	{"lgammaneg", mlg, hlgamma, hlgammal, -50, 0, -20, 8, 0, 1},
	{"floor", mfloor, floor, floorl, -1e6, 1e6, -60, 1024, 1, 0.5},
	{"ceil", mceil, ceil, ceill, -1e6, 1e6, -60, 1024, 1, 0.5},
	{"rint", mrint, rint, rintl, -1e6, 1e6, -60, 1024, 1, 0.5},
	{"trunc", mtrunc, trunc, truncl1, -1e6, 1e6, -60, 1024, 1, 0.5},
};

static void
testcase1(Case1 *c)
{
	int i;
	double x, a, u, worst, wx;

	worst = 0;
	wx = 0;
	for(i = 0; i < NITER; i++){
		if(i & 1)
			x = randin(c->lo, c->hi);
		else
			x = randexp(c->elo, c->ehi, c->sgn);
		if(strcmp(c->name, "lgammaneg") == 0)
			x = -fabs(x);
		a = c->mine(x);
		u = ulperr(a, c->ref(x));
		if(u > worst){
			worst = u;
			wx = x;
		}
	}
	testbegin("mathfn %s: error below %g ulp", c->name, c->maxulp);
	check(worst <= c->maxulp, "x=%.17g: got %.17g, true %.20Lg (%g ulp)", wx, c->mine(wx), c->ref(wx), worst);
	testend();
}

typedef struct Case2 Case2;
struct Case2 {
	char	*name;
	double	(*mine)(double, double);
	double	(*host)(double, double);
	long double	(*ref)(long double, long double);
	double	maxulp;
};

static Case2 cases2[] = {
	{"pow", mpow, pow, powl, 1},
	{"atan2", matan2, atan2, atan2l, 1},
	{"hypot", mhypot, hypot, hypotl, 1},
	{"fmod", mfmod, fmod, fmodl, 0.5},
	{"remainder", mremainder, remainder, remainderl, 0.5},
	{"nextafter", mnextafter, nextafter, nextafter1, 0.5},
	{"copysign", mcopysign, copysign, copysignl, 0.5},
	{"fdim", mfdim, fdim, fdiml, 0.5},
	{"fmax", mfmax, fmax, fmaxl, 0.5},
	{"fmin", mfmin, fmin, fminl, 0.5},
};

static void
testcase2(Case2 *c)
{
	int i;
	double x, y, a, u, worst, wx, wy;

	worst = 0;
	wx = wy = 0;
	for(i = 0; i < NITER; i++){
		switch(i % 4){
		case 0:
			x = randin(-10, 10);
			y = randin(-10, 10);
			break;
		case 1:
			x = randexp(-1074, 1024, 1);
			y = randexp(-1074, 1024, 1);
			break;
		case 2:
			x = randexp(-3, 3, 0);
			y = randin(-300, 300);
			break;
		default:
			x = randin(0.5, 2);
			y = randexp(-20, 40, 1);
			break;
		}
		a = c->mine(x, y);
		u = ulperr(a, c->ref(x, y));
		if(u > worst){
			worst = u;
			wx = x;
			wy = y;
		}
	}
	testbegin("mathfn %s: error below %g ulp", c->name, c->maxulp);
	check(worst <= c->maxulp, "(%.17g, %.17g): got %.17g, true %.20Lg (%g ulp)", wx, wy, c->mine(wx, wy), c->ref(wx, wy), worst);
	testend();
}

/* the special values of C99 Annex F, each function against libm */
static void
specials(void)
{
	static double v[] = {0, -0.0, 1, -1, 0.5, -0.5, 2, -2, 3, -3, INFINITY, -INFINITY, NAN, 1e-310, -1e-310, 1e308, -1e308, 0x1p-1074, 0x1.fffffffffffffp1023};
	int i, j, k, n;
	double x, y;

	n = nelem(v);
	testbegin("mathfn special values of one-argument functions");
	for(k = 0; k < (int)nelem(cases1); k++)
		for(i = 0; i < n; i++){
			x = v[i];
			check(ulps(cases1[k].mine(x), cases1[k].host(x)) <= cases1[k].maxulp, "%s(%g): got %.17g, libm %.17g", cases1[k].name, x, cases1[k].mine(x), cases1[k].host(x));
		}
	testend();
	testbegin("mathfn special values of two-argument functions");
	for(k = 0; k < (int)nelem(cases2); k++)
		for(i = 0; i < n; i++)
			for(j = 0; j < n; j++){
				x = v[i];
				y = v[j];
				if(x == 0 && y == 0 && cases2[k].name[1] == 'm')
					continue;	/* fmax/fmin of +0, -0: either zero (C99 leaves it open) */
				check(ulps(cases2[k].mine(x, y), cases2[k].host(x, y)) <= cases2[k].maxulp, "%s(%g, %g): got %.17g, libm %.17g", cases2[k].name, x, y, cases2[k].mine(x, y), cases2[k].host(x, y));
			}
	testend();
}

static void
exact(void)
{
	double ip, f;
	int s;

	check(mpow(2, 10) == 1024, "pow(2,10) = %.17g", mpow(2, 10));
	check(mpow(10, 22) == 1e22, "pow(10,22) = %.17g", mpow(10, 22));
	check(mpow10(-5) == 1e-5, "pow10(-5) = %.17g", mpow10(-5));
	check(mpow(-2, 3) == -8, "pow(-2,3) = %.17g", mpow(-2, 3));
	check(mlog10(1000) == 3, "log10(1000) = %.17g", mlog10(1000));
	check(msqrt(2) == sqrt(2), "sqrt(2)");
	check(mcbrt(27) == 3, "cbrt(27) = %.17g", mcbrt(27));
	check(mhypot(3, 4) == 5, "hypot(3,4) = %.17g", mhypot(3, 4));
	f = mmodf(-3.75, &ip);
	check(ip == -3 && f == -0.75, "modf(-3.75) = %g, %g", ip, f);
	check(mlgamma(-0.5, &s) == lgamma(-0.5) && s == -1, "lgamma(-0.5) sign %d", s);
	check(mlgamma(1, &s) == 0 && mlgamma(2, &s) == 0, "lgamma(1), lgamma(2) not 0");
	check(milogb(1e-310) == ilogb(1e-310) && milogb(3) == 1, "ilogb");
	check(mscalbn(1, -1074) == 0x1p-1074 && mscalbn(0x1p-1074, 1074+1023) == 0x1p1023, "scalbn");
	check(mscalbn(1.5, -1074) == 0x1p-1073, "scalbn rounds subnormals to even: %a", mscalbn(1.5, -1074));
	check(msin(M_PI) == sin(M_PI) && mcos(1e22) == cos(1e22) && msin(0x1p1023) == sin(0x1p1023), "sin/cos at hard arguments");
}

/* error in units of 2^-52 * max(|true|, floor): relative away from zeros, absolute near them */
static double
besselerr(double got, long double ref, double floor)
{
	long double scale;

	if(isnan(got) || isnan((double)ref))
		return isnan(got) && isnan((double)ref) ? 0 : 1e30;
	if(isinf(got) || isinf((double)ref))
		return got == (double)ref ? 0 : 1e30;
	scale = fabsl(ref) > floor ? fabsl(ref) : floor;
	return (double)(fabsl((long double)got - ref) / (scale * 0x1p-52L));
}

static void
bessel(void)
{
	int i, n;
	double x, u, worst[6], wx[6];
	static char *names[] = {"j0", "j1", "y0", "y1", "jn", "yn"};

	memset(worst, 0, sizeof worst);
	memset(wx, 0, sizeof wx);
	for(i = 0; i < 20000; i++){
		x = i & 1 ? randin(0, 80) : randexp(-30, 12, 0);
		n = 2 + i % 40;
#define B(k, got, ref) u = besselerr(got, ref, 0.1); if(u > worst[k]){ worst[k] = u; wx[k] = x; }
		B(0, mj0(x), j0l(x));
		B(1, mj1(x), j1l(x));
		B(2, my0(x), y0l(x));
		B(3, my1(x), y1l(x));
		B(4, mjn(n, x), jnl(n, x));
		B(5, myn(n, x), ynl(n, x));
#undef B
	}
	for(i = 0; i < 6; i++){
		testbegin("mathfn %s: error below 1 ulp (absolute below 0.1)", names[i]);
		check(worst[i] <= 1, "%g units at x=%.17g", worst[i], wx[i]);
		testend();
	}
}

int
main(void)
{
	int i;

	mathfninit();
	for(i = 0; i < (int)nelem(cases1); i++)
		testcase1(&cases1[i]);
	for(i = 0; i < (int)nelem(cases2); i++)
		testcase2(&cases2[i]);
	specials();
	run("mathfn exact results", exact);
	bessel();
	return testexit();
}
