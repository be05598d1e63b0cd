/*
 * IEEE double elementary functions for $Math, written for a kernel
 * that links no libm. Not a general libm: no errno, no float or long
 * double forms, no exception flags (math.c keeps $Math's flag word).
 *
 * Method. The hard functions are computed in double-double ("Dd", an
 * unevaluated sum hi+lo, about 104 bits) from series that need no
 * fitted coefficients: Taylor series after argument reduction, one
 * Newton step from a crude double estimate (log, atan2, cbrt), a
 * Stirling series (lgamma), a continued fraction (erfc). The result
 * is hi of a normalised Dd, so it is correctly rounded unless the true
 * value lies within about 2^-100 relative of a rounding boundary, and
 * results that fall in the subnormal range are rounded once (ddscale).
 * Trigonometric reduction of any argument is exact to about 190 bits
 * (Payne-Hanek with 2/pi computed at start-up from a Machin series).
 *
 * Weaker spots: near a zero of a Bessel function or of lgamma for
 * x < 0 the result has only absolute accuracy (about 1e-20 of the
 * function's scale or better: the asymptotic Bessel series beyond
 * x = 25 stops there); elsewhere the tests
 * find every function within 1 ulp (mostly correctly rounded).
 * jn and yn take time proportional to the order n.
 *
 * Speed is not the goal: the Dd series make these several times
 * slower than a libm's fitted polynomials.
 */
#include "all.h"
#include "interp.h"
#include "mathfn.h"

typedef struct Dd Dd;
struct Dd {
	double	hi;
	double	lo;
};

typedef union {
	double	d;
	u64int	u;
} Bits;

static u64int
dbits(double x)
{
	Bits b;

	b.d = x;
	return b.u;
}

static double
bitsd(u64int u)
{
	Bits b;

	b.u = u;
	return b.d;
}

enum {
	Expmask = 0x7FF,
	Bias = 1023,
};
#define Fracmask	((1ULL<<52)-1)
#define Sign		(1ULL<<63)

static const double Inf = __builtin_inf(), NaN = __builtin_nan("");

/*
 * Double-double arithmetic. Requires round-to-nearest and no fused
 * multiply-add contraction (ISO C mode: gcc contracts nothing).
 */
static Dd
dd(double hi, double lo)
{
	Dd r;

	r.hi = hi;
	r.lo = lo;
	return r;
}

static Dd
fasttwosum(double a, double b)	/* |a| >= |b| or a == 0 */
{
	double s;

	s = a + b;
	return dd(s, b - (s - a));
}

static Dd
twosum(double a, double b)
{
	double s, bb;

	s = a + b;
	bb = s - a;
	return dd(s, (a - (s - bb)) + (b - bb));
}

static void
split(double a, double *hi, double *lo)
{
	double c;

	c = 134217729.0 * a;	/* 2^27+1 */
	*hi = c - (c - a);
	*lo = a - *hi;
}

static Dd
twoprod(double a, double b)
{
	double p, ah, al, bh, bl;

	p = a * b;
	split(a, &ah, &al);
	split(b, &bh, &bl);
	return dd(p, ((ah*bh - p) + ah*bl + al*bh) + al*bl);
}

static Dd
ddadd(Dd a, Dd b)
{
	Dd s, t;

	s = twosum(a.hi, b.hi);
	t = twosum(a.lo, b.lo);
	s.lo += t.hi;
	s = fasttwosum(s.hi, s.lo);
	s.lo += t.lo;
	return fasttwosum(s.hi, s.lo);
}

static Dd
ddneg(Dd a)
{
	return dd(-a.hi, -a.lo);
}

static Dd
ddsub(Dd a, Dd b)
{
	return ddadd(a, ddneg(b));
}

static Dd
ddaddd(Dd a, double b)
{
	Dd s;

	s = twosum(a.hi, b);
	s.lo += a.lo;
	return fasttwosum(s.hi, s.lo);
}

static Dd
ddmul(Dd a, Dd b)
{
	Dd p;

	p = twoprod(a.hi, b.hi);
	p.lo += a.hi*b.lo + a.lo*b.hi;
	return fasttwosum(p.hi, p.lo);
}

static Dd
ddmuld(Dd a, double b)
{
	Dd p;

	p = twoprod(a.hi, b);
	p.lo += a.lo*b;
	return fasttwosum(p.hi, p.lo);
}

static Dd
dddiv(Dd a, Dd b)
{
	double q1, q2, q3;
	Dd r;

	q1 = a.hi / b.hi;
	r = ddsub(a, ddmuld(b, q1));
	q2 = r.hi / b.hi;
	r = ddsub(r, ddmuld(b, q2));
	q3 = r.hi / b.hi;
	r = fasttwosum(q1, q2);
	return ddaddd(r, q3);
}

static Dd
dddivd(Dd a, double b)
{
	return dddiv(a, dd(b, 0));
}

/* Multiply by 2^k exactly (no overflow or underflow of either part). */
static Dd
ddpow2(Dd a, int k)
{
	return dd(mscalbn(a.hi, k), mscalbn(a.lo, k));
}

static Dd
ddsqrt(Dd a)
{
	double s;
	Dd p, r;

	if(a.hi <= 0)
		return dd(0, 0);
	s = msqrt(a.hi);
	p = twoprod(s, s);
	r = ddsub(a, p);
	return fasttwosum(s, r.hi / (2*s));
}

/* A decimal constant "d.ddd..." to double-double accuracy. */
static Dd
ddfromdec(char *s)
{
	Dd v, scale;
	double chunk;
	int n;

	v = dd(0, 0);
	while(*s >= '0' && *s <= '9')
		v = ddaddd(ddmuld(v, 10), *s++ - '0');
	if(*s == '.')
		s++;
	scale = dd(1, 0);
	while(*s >= '0' && *s <= '9'){
		chunk = 0;
		for(n = 0; n < 15 && *s >= '0' && *s <= '9'; n++)
			chunk = chunk*10 + (*s++ - '0');
		for(; n < 15; n++)
			chunk *= 10;
		scale = dddivd(scale, 1e15);
		v = ddadd(v, ddmuld(scale, chunk));
	}
	return v;
}

/*
 * Constants, computed by mathfninit. Pi comes from a Machin series in
 * fixed point; its bits also give 2/pi for the reduction.
 */
enum {
	Piw = 52,		/* words of the fixed-point pi: 1 integer, 51 fraction */
	Twoopiw = 46,		/* words of 2/pi's fraction: 1472 bits */
};
static u32int *twoopi;	/* Twoopiw words: 2/pi's bits after the point, most significant first (from the pool when first needed, not static RAM) */
static Dd PI, PIO2, PIO4, LN2, LN10, EULER, SQRTHALF, INVSQRTPI, TWOOSQRTPI, HALFLOG2PI;
enum { Nfact = 32 };
static Dd *invfact;	/* Nfact: 1/k! (from the pool when first needed) */
static int mathready;

/*
 * The constants are computed on first use (about 19 million cycles on
 * a Cortex-M0+), not when the VM starts: every function that reads
 * them begins with LAZY.
 */
#define LAZY()	do{ if(!mathready) mathfninit(); }while(0)

static void
bigdivsmall(u32int *a, u32int d)
{
	u64int r;
	int i;

	r = 0;
	for(i = 0; i < Piw; i++){
		r = (r<<32) | a[i];
		a[i] = r / d;
		r %= d;
	}
}

static void
bigaddsub(u32int *a, u32int *b, int sub)
{
	u64int c;
	int i;

	c = 0;
	for(i = Piw-1; i >= 0; i--){
		if(sub){
			c = (u64int)a[i] - b[i] - c;
			a[i] = c;
			c = (c >> 32) & 1;
		}else{
			c = (u64int)a[i] + b[i] + c;
			a[i] = c;
			c >>= 32;
		}
	}
}

static int
bigzero(u32int *a)
{
	int i;

	for(i = 0; i < Piw; i++)
		if(a[i] != 0)
			return 0;
	return 1;
}

/* sum += mul*atan(1/n) */
static void
bigatan(u32int *sum, u32int mul, u32int n)
{
	u32int p[Piw], t[Piw];
	u32int k;

	memset(p, 0, sizeof p);
	p[0] = mul;
	bigdivsmall(p, n);	/* p = mul/n^(2k+1) */
	for(k = 0; !bigzero(p); k++){
		memmove(t, p, sizeof t);
		bigdivsmall(t, 2*k+1);
		bigaddsub(sum, t, k & 1);
		bigdivsmall(p, n*n);
	}
}

static int
bigcmp(u32int *a, u32int *b)
{
	int i;

	for(i = 0; i < Piw; i++)
		if(a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	return 0;
}

static void
bigshl1(u32int *a)
{
	int i;

	for(i = 0; i < Piw-1; i++)
		a[i] = (a[i] << 1) | (a[i+1] >> 31);
	a[Piw-1] <<= 1;
}

void
mathfninit(void)
{
	u32int pi[Piw], r[Piw];
	int i;
	Dd v;

	if(mathready)
		return;
	twoopi = smalloc(Twoopiw*sizeof twoopi[0]);
	invfact = smalloc(Nfact*sizeof invfact[0]);
	mathready = 1;	/* the helpers below use what is computed so far, as they always did */
	invfact[0] = dd(1, 0);
	for(i = 1; i < Nfact; i++)
		invfact[i] = dddivd(invfact[i-1], i);

	/* pi = 16 atan(1/5) - 4 atan(1/239) */
	memset(pi, 0, sizeof pi);
	bigatan(pi, 16, 5);
	memset(r, 0, sizeof r);
	bigatan(r, 4, 239);
	bigaddsub(pi, r, 1);
	v = dd(0, 0);
	for(i = 0; i < 6; i++)
		v = ddadd(v, dd(mscalbn((double)pi[i], -32*i), 0));
	PI = v;
	PIO2 = ddpow2(PI, -1);
	PIO4 = ddpow2(PI, -2);

	/* 2/pi by long division, one bit at a time */
	memset(r, 0, sizeof r);
	r[0] = 2;
	memset(twoopi, 0, Twoopiw*sizeof twoopi[0]);
	for(i = 0; i < 32*Twoopiw; i++){
		bigshl1(r);
		if(bigcmp(r, pi) >= 0){
			bigaddsub(r, pi, 1);
			twoopi[i/32] |= 1u << (31 - i%32);
		}
	}

	LN2 = ddfromdec("0.693147180559945309417232121458176568075500134360255254120680009");
	EULER = ddfromdec("0.577215664901532860606512090082402431042159335939923598805767235");
	SQRTHALF = ddsqrt(dd(0.5, 0));
	INVSQRTPI = dddiv(dd(1, 0), ddsqrt(PI));
	TWOOSQRTPI = ddmuld(INVSQRTPI, 2);
	LN10 = ddfromdec("2.302585092994045684017991454684364207601101488628772976033327901");
	HALFLOG2PI = ddfromdec("0.918938533204672741780329736405617639861397473637783412817151541");
	mathready = 1;
}

/*
 * Bit-level functions: exact, no rounding.
 */
double
mfabs(double x)
{
	return bitsd(dbits(x) & ~Sign);
}

double
mcopysign(double x, double s)
{
	return bitsd((dbits(x) & ~Sign) | (dbits(s) & Sign));
}

int
misnan(double x)
{
	return (dbits(x) & ~Sign) > (0x7FFULL << 52);
}

int
mfinite(double x)
{
	return ((dbits(x) >> 52) & Expmask) != Expmask;
}

double
mscalbn(double x, int n)
{
	double y;

	y = x;
	if(n > 1023){
		y *= 0x1p1023;
		n -= 1023;
		if(n > 1023){
			y *= 0x1p1023;
			n -= 1023;
			if(n > 1023)
				n = 1023;
		}
	}else if(n < -1022){
		/* stay normal until the last multiplication, which rounds once */
		y *= 0x1p-1022 * 0x1p53;
		n += 1022 - 53;
		if(n < -1022){
			y *= 0x1p-1022 * 0x1p53;
			n += 1022 - 53;
			if(n < -1022)
				n = -1022;
		}
	}
	return y * bitsd((u64int)(Bias + n) << 52);
}

int
milogb(double x)
{
	u64int u;
	int e;

	u = dbits(x) & ~Sign;
	e = u >> 52;
	if(e == Expmask)
		return 0x7FFFFFFF;
	if(e == 0){
		if(u == 0)
			return -0x7FFFFFFF;
		/* subnormal: count from the top fraction bit */
		for(e = -1022; (u & (1ULL<<52)) == 0; e--)
			u <<= 1;
		return e;
	}
	return e - Bias;
}

double
mtrunc(double x)
{
	u64int u;
	int e;

	u = dbits(x);
	e = ((u >> 52) & Expmask) - Bias;
	if(e >= 52)
		return x;
	if(e < 0)
		return bitsd(u & Sign);
	return bitsd(u & ~(Fracmask >> e));
}

double
mfloor(double x)
{
	double t;

	t = mtrunc(x);	/* keeps the sign of a zero */
	if(t != x && x < 0)
		return t - 1;
	return t;
}

double
mceil(double x)
{
	double t;

	t = mtrunc(x);
	if(t != x && x > 0)
		return t + 1;
	return t;
}

double
mrint(double x)
{
	double a, t;

	a = mfabs(x);
	if(!(a < 0x1p52))
		return x;	/* integral, inf or NaN */
	t = (a + 0x1p52) - 0x1p52;
	return mcopysign(t, x);
}

double
mmodf(double x, double *ip)
{
	double t;

	if(misnan(x)){
		*ip = x;
		return x;
	}
	t = mtrunc(x);
	*ip = t;
	if(!mfinite(x))
		return mcopysign(0, x);
	return mcopysign(x - t, x);
}

double
mnextafter(double x, double y)
{
	u64int u;

	if(misnan(x) || misnan(y))
		return x + y;
	if(x == y)
		return y;
	if(x == 0)
		return mcopysign(bitsd(1), y);
	u = dbits(x);
	if((x < y) == (x > 0))
		u++;
	else
		u--;
	return bitsd(u);
}

/* x = m*2^e with m an integer < 2^53 (x finite, nonzero) */
static void
decompose(double x, u64int *m, int *e)
{
	u64int u;
	int ex;

	u = dbits(x) & ~Sign;
	ex = u >> 52;
	if(ex == 0){
		*m = u;
		*e = -1074;
	}else{
		*m = (u & Fracmask) | (1ULL << 52);
		*e = ex - 1075;
	}
}

double
mfmod(double x, double y)
{
	u64int mx, my;
	int ex, ey, s;

	if(misnan(x) || misnan(y) || !mfinite(x) || y == 0)
		return NaN;
	if(!mfinite(y) || mfabs(x) < mfabs(y) || x == 0)
		return x;
	decompose(x, &mx, &ex);
	decompose(y, &my, &ey);
	mx %= my;
	while(ex > ey){
		s = ex - ey;
		if(s > 10)
			s = 10;
		mx = (mx << s) % my;
		ex -= s;
	}
	return mcopysign(mscalbn((double)mx, ey), x);
}

double
mremainder(double x, double y)
{
	double r, hy;

	if(misnan(x) || misnan(y) || !mfinite(x) || y == 0)
		return NaN;
	if(!mfinite(y))
		return x;
	y = mfabs(y);
	if(y >= 0x1p1023)
		r = mfabs(x);
	else
		r = mfmod(mfabs(x), 2*y);
	if(y < 0x1p-1021){
		if(r + r > y){
			r -= y;
			if(r + r >= y)
				r -= y;
		}
	}else{
		hy = 0.5*y;
		if(r > hy){
			r -= y;
			if(r >= hy)
				r -= y;
		}
	}
	if(r == 0)
		return mcopysign(0, x);
	return x < 0 ? -r : r;
}

double
mfdim(double x, double y)
{
	if(misnan(x) || misnan(y))
		return x + y;
	return x > y ? x - y : 0;
}

double
mfmax(double x, double y)
{
	if(misnan(x))
		return y;
	if(misnan(y))
		return x;
	if(x == 0 && y == 0)
		return mcopysign(1, x) > 0 ? x : y;
	return x > y ? x : y;
}

double
mfmin(double x, double y)
{
	if(misnan(x))
		return y;
	if(misnan(y))
		return x;
	if(x == 0 && y == 0)
		return mcopysign(1, x) < 0 ? x : y;
	return x < y ? x : y;
}

/*
 * Correctly rounded square root: a double estimate (Newton), made
 * exact on integers: the 54-bit floor of the root of the scaled
 * mantissa, whose last bit and remainder decide the rounding.
 */
/* 128-bit unsigned values for msqrt's exact test, without a 128-bit type (32-bit targets have none) */
typedef struct U128 U128;
struct U128 {
	u64int	hi;
	u64int	lo;
};

static U128
mul64(u64int a, u64int b)
{
	u64int a0, a1, b0, b1, p00, p01, p10, p11, mid;
	U128 r;

	a0 = (u32int)a;
	a1 = a >> 32;
	b0 = (u32int)b;
	b1 = b >> 32;
	p00 = a0*b0;
	p01 = a0*b1;
	p10 = a1*b0;
	p11 = a1*b1;
	mid = (p00 >> 32) + (u32int)p01 + (u32int)p10;
	r.lo = (mid << 32) | (u32int)p00;
	r.hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
	return r;
}

static int
cmp128(U128 a, U128 b)
{
	if(a.hi != b.hi)
		return a.hi < b.hi ? -1 : 1;
	if(a.lo != b.lo)
		return a.lo < b.lo ? -1 : 1;
	return 0;
}

double
msqrt(double x)
{
	u64int m, res;
	U128 n;
	double d, y;
	int e, i;

	if(misnan(x) || x == 0 || (x > 0 && !mfinite(x)))
		return x;
	if(x < 0)
		return NaN;
	decompose(x, &m, &e);
	while(m < (1ULL << 52)){	/* normalise a subnormal */
		m <<= 1;
		e--;
	}
	if(e & 1){
		m <<= 1;
		e--;
	}
	n.hi = m >> 10;		/* n = m << 54: its root has 54 bits, 53 and a rounding bit */
	n.lo = m << 54;
	d = (double)m * 0x1p54;
	y = bitsd(((dbits(d) - (1023ULL << 52)) >> 1) + (1023ULL << 52));	/* within 6% */
	for(i = 0; i < 5; i++)
		y = 0.5*(y + d/y);
	res = (u64int)y;
	while(cmp128(mul64(res, res), n) > 0)
		res--;
	while(cmp128(mul64(res+1, res+1), n) <= 0)
		res++;
	/* round: the last bit is the half, the remainder the sticky */
	if((res & 1) && (cmp128(mul64(res, res), n) != 0 || (res & 2)))
		res = (res >> 1) + 1;
	else
		res >>= 1;
	return mscalbn((double)res, (e - 54)/2 + 1);
}

/*
 * v*2^k rounded once to a double, also when the result is subnormal.
 */
static double
ddscale(Dd v, int k)
{
	double h, H, D, half, ulp;
	int neg, e;

	if(v.hi == 0 || misnan(v.hi))
		return v.hi;
	neg = v.hi < 0;
	if(neg)
		v = ddneg(v);
	e = milogb(v.hi);
	if(e + k >= -1022){
		h = mscalbn(v.hi, k);
		return neg ? -h : h;
	}
	if(e + k < -1076)
		return neg ? -0.0 : 0.0;
	H = mscalbn(v.hi, k);
	D = (v.hi - mscalbn(H, -k)) + v.lo;
	half = mscalbn(1, -1075 - k);
	ulp = 0x1p-1074;
	if(D > half || (D == half && (dbits(H) & 1)))
		H += ulp;
	else if(D < -half || (D == -half && (dbits(H) & 1)))
		H -= ulp;
	return neg ? -H : H;
}

/*
 * exp: e^x = 2^k * (1 + u), u = expm1(r), |r| <= ln2/2.
 */

/* e^r - 1 for |r| <= 0.36, with full relative accuracy */
static Dd
kexpm1(Dd r)
{
	Dd t, u;
	int k;

	LAZY();

	r = ddpow2(r, -8);	/* |r| < 0.0015: 12 terms reach 1e-33 */
	t = invfact[12];
	for(k = 11; k >= 1; k--)
		t = ddadd(ddmul(r, t), invfact[k]);
	u = ddmul(r, t);
	for(k = 0; k < 8; k++)	/* (1+u)^2 - 1 = u*(2+u) */
		u = ddmul(u, ddaddd(u, 2));
	return u;
}

/* e^x = 2^k * result, |x| < 1100 */
static Dd
expk(Dd x, int *k)
{
	double n;
	Dd r;

	LAZY();

	n = mrint(x.hi / LN2.hi);
	r = ddsub(x, ddmuld(LN2, n));
	*k = n;
	return ddaddd(kexpm1(r), 1);
}

/* e^x - 1 as a Dd, |x| < 700 */
static Dd
ddexpm1(Dd x)
{
	Dd v;
	int k;

	if(mfabs(x.hi) <= 0.34)
		return kexpm1(x);
	v = expk(x, &k);
	return ddaddd(ddpow2(v, k), -1);
}

double
mexp(double x)
{
	Dd v;
	int k;

	if(misnan(x))
		return x;
	if(x > 710)
		return Inf;
	if(x < -746)
		return 0;
	if(mfabs(x) < 0x1p-54)
		return 1 + x;
	v = expk(dd(x, 0), &k);
	return ddscale(v, k);
}

double
mexpm1(double x)
{
	Dd v;
	int k;

	if(misnan(x))
		return x;
	if(x > 710)
		return Inf;
	if(x < -40)
		return -1;
	if(mfabs(x) < 0x1p-54)
		return x;
	if(mfabs(x) <= 0.34)
		return kexpm1(dd(x, 0)).hi;
	v = expk(dd(x, 0), &k);
	v = ddaddd(v, -mscalbn(1, -k));
	return ddscale(v, k);
}

/*
 * log: reduce to m in [sqrt(1/2), sqrt(2)), estimate log m in double,
 * then one Newton step in Dd: y += m*e^-y - 1 (and its square term).
 */
static Dd
klog(Dd a)	/* a > 0, finite, normal */
{
	double f, s, s2, p, y0, c2;
	Dd m, u, c;
	int e, k;

	LAZY();

	e = milogb(a.hi);
	m = ddpow2(a, -e);
	if(m.hi > 1.4142135623730951){
		m = ddpow2(m, -1);
		e++;
	}
	f = (m.hi - 1) + m.lo;
	s = f / (2 + f);
	s2 = s*s;
	p = 0;
	for(k = 29; k >= 3; k -= 2)
		p = p*s2 + 1.0/k;
	y0 = 2*s + 2*s*s2*p;
	u = kexpm1(dd(-y0, 0));
	c = ddadd(ddaddd(m, -1), ddmul(m, u));
	c2 = c.hi*c.hi/2;
	c = ddaddd(c, -c2);
	c = ddaddd(c, y0);
	if(e != 0)
		c = ddadd(ddmuld(LN2, e), c);
	return c;
}

/* log of a positive finite double, also subnormal */
static Dd
klogd(double x)
{
	LAZY();
	if(x < 0x1p-1022)
		return ddsub(klog(dd(x*0x1p54, 0)), ddmuld(LN2, 54));
	return klog(dd(x, 0));
}

/*
 * The arguments whose log (in any base) is not computed: NaN, x < 0,
 * 0, +Inf and 1. Returns 1 with the result in *r for them.
 */
static int
logedge(double x, double *r)
{
	if(misnan(x))
		*r = x;
	else if(x < 0)
		*r = NaN;
	else if(x == 0)
		*r = -Inf;
	else if(!mfinite(x))
		*r = x;
	else if(x == 1)
		*r = 0;
	else
		return 0;
	return 1;
}

double
mlog(double x)
{
	double r;

	if(logedge(x, &r))
		return r;
	return klogd(x).hi;
}

double
mlog10(double x)
{
	double r;

	LAZY();

	if(logedge(x, &r))
		return r;
	return dddiv(klogd(x), LN10).hi;
}

double
mlog1p(double x)
{
	if(misnan(x))
		return x;
	if(x < -1)
		return NaN;
	if(x == -1)
		return -Inf;
	if(!mfinite(x))
		return x;
	if(mfabs(x) < 0x1p-54)
		return x;
	if(x > 0x1p1000)
		return klog(dd(x, 0)).hi;
	return klog(twosum(1, x)).hi;
}

static int
isint(double y)
{
	return mfinite(y) && mtrunc(y) == y;
}

static int
isodd(double y)
{
	if(!isint(y) || mfabs(y) >= 0x1p53)
		return 0;
	return ((vlong)y & 1) != 0;
}

double
mpow(double x, double y)
{
	double ax;
	int neg, k;
	Dd p, v;

	if(y == 0 || x == 1)
		return 1;
	if(misnan(x) || misnan(y))
		return x + y;
	ax = mfabs(x);
	if(!mfinite(y)){
		if(ax == 1)
			return 1;
		if((ax < 1) == (y < 0))
			return Inf;
		return 0;
	}
	if(x == 0){
		if(y < 0)
			return isodd(y) ? mcopysign(Inf, x) : Inf;
		return isodd(y) ? x : 0;
	}
	if(!mfinite(x)){
		if(x < 0 && isodd(y))
			return y < 0 ? -0.0 : -Inf;
		return y < 0 ? 0 : Inf;
	}
	if(x == -1)	/* |y| >= 2^53 is even */
		return isint(y) ? (isodd(y) ? -1 : 1) : NaN;
	neg = 0;
	if(x < 0){
		if(!isint(y))
			return NaN;
		neg = isodd(y);
	}
	if(mfabs(y) > 0x1p64){
		/* |log|x|| >= 2^-53, so |y log|x|| > 2^11: overflow or underflow */
		if((ax > 1) == (y > 0))
			return neg ? -Inf : Inf;
		return neg ? -0.0 : 0.0;
	}
	p = ddmuld(klogd(ax), y);
	if(p.hi > 710)
		return neg ? -Inf : Inf;
	if(p.hi < -746)
		return neg ? -0.0 : 0.0;
	v = expk(p, &k);
	if(neg)
		v = ddneg(v);
	return ddscale(v, k);
}

double
mpow10(int n)
{
	return mpow(10, n);
}

/*
 * Trigonometric argument reduction: x = q*pi/2 + r, |r| <= pi/4
 * (a little more at the edges), r to Dd accuracy for any finite x.
 */
static u32int
twoopibits(int p)	/* the 32 bits of 2/pi from bit p (1 = first after the point) */
{
	int i, o;
	u32int v;

	LAZY();

	i = (p-1) / 32;
	o = (p-1) % 32;
	if(i >= Twoopiw)
		return 0;
	v = twoopi[i] << o;
	if(o != 0 && i+1 < Twoopiw)
		v |= twoopi[i+1] >> (32 - o);
	return v;
}

static u32int
bits32at(u32int *P, int np, int lo)	/* bits lo..lo+31 of the little-endian P */
{
	int w, o;
	u32int v;

	if(lo < 0)
		return 0;
	w = lo / 32;
	o = lo % 32;
	v = w < np ? P[w] >> o : 0;
	if(o != 0 && w+1 < np)
		v |= P[w+1] << (32 - o);
	return v;
}

enum {
	Nwin = 8,	/* 256 bits of 2/pi */
	Nprod = Nwin + 2,
	Nfrac = 6,	/* 192 fraction bits */
};

static int
rempio2(double x, Dd *r)
{
	u64int m;
	int e, b0, s, i, q, neg;
	u32int V[Nwin], P[Nprod], f[Nfrac], ml, mh;
	u64int c;
	Dd v;

	LAZY();

	if(mfabs(x) <= PIO4.hi){
		*r = dd(x, 0);
		return 0;
	}
	decompose(x, &m, &e);
	b0 = e - 1;
	if(b0 < 1)
		b0 = 1;
	for(i = 0; i < Nwin; i++)
		V[i] = twoopibits(b0 + 32*(Nwin-1-i));	/* little-endian */
	ml = m;
	mh = m >> 32;
	memset(P, 0, sizeof P);
	c = 0;
	for(i = 0; i < Nwin; i++){
		c += (u64int)V[i] * ml;
		P[i] = c;
		c >>= 32;
	}
	P[Nwin] = c;
	c = 0;
	for(i = 0; i < Nwin; i++){
		c += (u64int)V[i] * mh + P[i+1];
		P[i+1] = c;
		c >>= 32;
	}
	P[Nwin+1] += c;
	s = b0 + 32*Nwin - 1 - e;	/* fraction bits in P */
	q = ((P[s/32] >> (s%32)) & 1) | (bits32at(P, Nprod, s+1) & 1) << 1;
	for(i = 0; i < Nfrac; i++)
		f[i] = bits32at(P, Nprod, s - 32*(i+1));	/* most significant first */
	neg = 0;
	if(f[0] & 0x80000000){
		/* fraction >= 1/2: take 1 - fraction, one more quadrant */
		neg = 1;
		q++;
		c = 1;
		for(i = Nfrac-1; i >= 0; i--){
			c += (u64int)(u32int)~f[i];
			f[i] = c;
			c >>= 32;
		}
	}
	v = dd(0, 0);
	for(i = 0; i < Nfrac; i++)
		v = ddadd(v, dd(mscalbn((double)f[i], -32*(i+1)), 0));
	v = ddmul(v, PIO2);
	if(neg)
		v = ddneg(v);
	if(x < 0){
		v = ddneg(v);
		q = -q;
	}
	*r = v;
	return q & 3;
}

/*
 * sin and cos of |r| <= pi/4 (a little more is harmless) by Taylor
 * series: the last terms, r^29/29! and r^28/28!, are below 1e-33.
 */
static Dd
ksin(Dd r)
{
	Dd r2, t;
	int k;

	LAZY();

	r2 = ddmul(r, r);
	t = invfact[29];
	for(k = 13; k >= 0; k--){
		t = ddmul(r2, t);
		t = k & 1 ? ddsub(t, invfact[2*k+1]) : ddadd(t, invfact[2*k+1]);
	}
	return ddmul(r, t);
}

static Dd
kcos(Dd r)
{
	Dd r2, t;
	int k;

	LAZY();

	r2 = ddmul(r, r);
	t = invfact[28];
	for(k = 13; k >= 0; k--){
		t = ddmul(r2, t);
		t = k & 1 ? ddsub(t, invfact[2*k]) : ddadd(t, invfact[2*k]);
	}
	return t;
}

static void
ksincos(double x, Dd *s, Dd *c)
{
	Dd r, sr, cr;
	int q;

	q = rempio2(x, &r);
	sr = ksin(r);
	cr = kcos(r);
	switch(q){
	case 0:
		*s = sr;
		*c = cr;
		break;
	case 1:
		*s = cr;
		*c = ddneg(sr);
		break;
	case 2:
		*s = ddneg(sr);
		*c = ddneg(cr);
		break;
	default:
		*s = ddneg(cr);
		*c = sr;
		break;
	}
}

double
msin(double x)
{
	Dd r, v;
	int q;

	if(!mfinite(x))
		return x - x;
	if(mfabs(x) < 0x1p-27)
		return x;
	q = rempio2(x, &r);
	v = q & 1 ? kcos(r) : ksin(r);
	return q & 2 ? -v.hi : v.hi;
}

double
mcos(double x)
{
	Dd r, v;
	int q;

	if(!mfinite(x))
		return x - x;
	if(mfabs(x) < 0x1p-27)
		return 1;
	q = rempio2(x, &r);
	v = q & 1 ? ksin(r) : kcos(r);
	return (q + 1) & 2 ? -v.hi : v.hi;
}

double
mtan(double x)
{
	Dd s, c;

	if(!mfinite(x))
		return x - x;
	if(mfabs(x) < 0x1p-27)
		return x;
	ksincos(x, &s, &c);
	return dddiv(s, c).hi;
}

/*
 * Inverse trigonometric functions: a crude double angle t0, then the
 * exact rotation of (x, y) by -t0 gives the small rest.
 */
static double
crudeatan(double t)	/* 0 <= t <= 1, about 1e-16 relative */
{
	double t2, p;
	int k;

	t = t / (1 + msqrt(1 + t*t));	/* half angle, twice: t <= tan(pi/16) */
	t = t / (1 + msqrt(1 + t*t));
	t2 = t*t;
	p = 0;
	for(k = 31; k >= 3; k -= 2)
		p = p*(-t2) + 1.0/k;
	return 4*(t - t*t2*p);
}

static double
crudeatan2(double y, double x)
{
	double ax, ay, a;

	LAZY();

	ax = mfabs(x);
	ay = mfabs(y);
	if(ay <= ax)
		a = crudeatan(ay / ax);
	else
		a = PIO2.hi - crudeatan(ax / ay);
	if(x < 0)
		a = PI.hi - a;
	return y < 0 ? -a : a;
}

/* atan2 of (y, x) near the unit circle's scale, not both 0 */
static Dd
katan2(Dd y, Dd x)
{
	double t0, d;
	Dd s, c, num, den;

	t0 = crudeatan2(y.hi, x.hi);
	ksincos(t0, &s, &c);
	num = ddsub(ddmul(y, c), ddmul(x, s));
	den = ddadd(ddmul(x, c), ddmul(y, s));
	d = num.hi / den.hi;
	d -= d*d*d/3;
	return ddaddd(dd(t0, 0), d);
}

double
matan2(double y, double x)
{
	int ey, ex, e;
	double r;

	LAZY();

	if(misnan(x) || misnan(y))
		return x + y;
	if(y == 0){
		if(x > 0 || (x == 0 && mcopysign(1, x) > 0))
			return y;
		return mcopysign(PI.hi, y);
	}
	if(x == 0)
		return mcopysign(PIO2.hi, y);
	if(!mfinite(y)){
		if(!mfinite(x))
			r = x > 0 ? PIO4.hi : ddmuld(PIO4, 3).hi;
		else
			r = PIO2.hi;
		return mcopysign(r, y);
	}
	if(!mfinite(x))
		return x > 0 ? mcopysign(0, y) : mcopysign(PI.hi, y);
	ey = milogb(y);
	ex = milogb(x);
	if(ey - ex < -60){
		if(x > 0)
			return y / x;
		return mcopysign(PI.hi, y);
	}
	if(ey - ex > 60)
		return mcopysign(PIO2.hi, y);
	e = ex > ey ? ex : ey;
	return katan2(dd(mscalbn(y, -e), 0), dd(mscalbn(x, -e), 0)).hi;
}

double
matan(double x)
{
	LAZY();
	if(misnan(x))
		return x;
	if(mfabs(x) < 0x1p-27)
		return x;
	if(mfabs(x) > 0x1p60)
		return mcopysign(PIO2.hi, x);
	return katan2(dd(x, 0), dd(1, 0)).hi;
}

/* sqrt(1 - x*x) for |x| <= 1, to Dd accuracy */
static Dd
cosofsin(double x)
{
	double a;

	a = mfabs(x);
	return ddsqrt(ddmul(twosum(1, -a), twosum(1, a)));
}

double
masin(double x)
{
	LAZY();
	if(misnan(x))
		return x;
	if(mfabs(x) > 1)
		return NaN;
	if(mfabs(x) < 0x1p-27)
		return x;
	if(mfabs(x) == 1)
		return mcopysign(PIO2.hi, x);
	return katan2(dd(x, 0), cosofsin(x)).hi;
}

double
macos(double x)
{
	LAZY();
	if(misnan(x))
		return x;
	if(mfabs(x) > 1)
		return NaN;
	if(x == 1)
		return 0;
	if(x == -1)
		return PI.hi;
	return katan2(cosofsin(x), dd(x, 0)).hi;
}

/*
 * Hyperbolic functions and their inverses.
 */
double
msinh(double x)
{
	double a;
	Dd E, v;
	int k;

	if(!mfinite(x) || mfabs(x) < 0x1p-28)
		return x;
	a = mfabs(x);
	if(a > 1000)
		return x > 0 ? Inf : -Inf;
	if(a > 22){
		v = expk(dd(a, 0), &k);
		return mcopysign(ddscale(v, k-1), x);
	}
	E = ddexpm1(dd(a, 0));
	v = ddpow2(ddadd(E, dddiv(E, ddaddd(E, 1))), -1);
	return mcopysign(v.hi, x);
}

double
mcosh(double x)
{
	double a;
	Dd ex, v;
	int k;

	if(misnan(x))
		return x;
	a = mfabs(x);
	if(a > 1000)
		return Inf;
	if(a < 0x1p-27)
		return 1;
	v = expk(dd(a, 0), &k);
	if(a > 22)
		return ddscale(v, k-1);
	ex = ddpow2(v, k);
	return ddpow2(ddadd(ex, dddiv(dd(1, 0), ex)), -1).hi;
}

double
mtanh(double x)
{
	double a;
	Dd E;

	if(misnan(x))
		return x;
	a = mfabs(x);
	if(a < 0x1p-28)
		return x;
	if(a > 22)
		return mcopysign(1, x);
	E = ddexpm1(dd(2*a, 0));
	return mcopysign(dddiv(E, ddaddd(E, 2)).hi, x);
}

double
masinh(double x)
{
	double a;
	Dd t;

	LAZY();

	if(!mfinite(x) || mfabs(x) < 0x1p-28)
		return x;
	a = mfabs(x);
	if(a > 0x1p28)
		t = ddadd(klogd(a), LN2);
	else
		t = klog(ddaddd(ddsqrt(ddaddd(twoprod(a, a), 1)), a));
	return mcopysign(t.hi, x);
}

double
macosh(double x)
{
	Dd s;

	LAZY();

	if(misnan(x))
		return x;
	if(x < 1)
		return NaN;
	if(x == 1)
		return 0;
	if(!mfinite(x))
		return x;
	if(x > 0x1p28)
		return ddadd(klogd(x), LN2).hi;
	s = ddsqrt(ddmul(dd(x - 1, 0), twosum(x, 1)));	/* x-1 is exact */
	return klog(ddaddd(s, x)).hi;
}

double
matanh(double x)
{
	double a;
	Dd q;

	if(misnan(x))
		return x;
	a = mfabs(x);
	if(a > 1)
		return NaN;
	if(a == 1)
		return mcopysign(Inf, x);
	if(a < 0x1p-28)
		return x;
	q = dddiv(twosum(1, a), twosum(1, -a));
	return mcopysign(ddpow2(klog(q), -1).hi, x);
}

/*
 * cbrt, hypot
 */
double
mcbrt(double x)
{
	double a, y;
	int e, q, rr, i;
	Dd y3, res;

	if(!mfinite(x) || x == 0)
		return x;
	a = mfabs(x);
	e = milogb(a);
	a = mscalbn(a, -e);	/* [1, 2) */
	q = e >= 0 ? e/3 : -((-e + 2)/3);
	rr = e - 3*q;		/* 0, 1, 2 */
	a = mscalbn(a, rr);	/* [1, 8) */
	y = 1.5;
	for(i = 0; i < 8; i++)
		y = y - (y*y*y - a) / (3*y*y);
	y3 = ddmuld(twoprod(y, y), y);
	res = ddaddd(dd(y, 0), ddaddd(ddneg(y3), a).hi / (3*y*y));
	return mcopysign(ddscale(res, q), x);
}

double
mhypot(double x, double y)
{
	double a, b, t;
	int e;
	Dd s;

	if(!mfinite(x) || !mfinite(y)){
		if((!mfinite(x) && !misnan(x)) || (!mfinite(y) && !misnan(y)))
			return Inf;
		return x + y;
	}
	a = mfabs(x);
	b = mfabs(y);
	if(a < b){
		t = a;
		a = b;
		b = t;
	}
	if(b == 0)
		return a;
	if(milogb(a) - milogb(b) > 60)
		return a + b;
	e = milogb(a);
	a = mscalbn(a, -e);
	b = mscalbn(b, -e);
	s = ddadd(twoprod(a, a), twoprod(b, b));
	return ddscale(ddsqrt(s), e);
}

/*
 * erf and erfc.
 */

/* erf(x), 0 <= x < 3: 2/sqrt(pi) e^-x^2 sum 2^n x^(2n+1)/(2n+1)!! */
static Dd
kerf(double x)
{
	Dd t, s, x2, v;
	int n, k;

	LAZY();

	x2 = twoprod(x, x);
	t = dd(x, 0);
	s = t;
	for(n = 1; n < 400; n++){
		t = dddivd(ddmul(ddmuld(t, 2), x2), 2*n + 1);
		s = ddadd(s, t);
		if(t.hi < 1e-34 * s.hi)
			break;
	}
	v = expk(ddneg(x2), &k);
	return ddpow2(ddmul(ddmul(s, v), TWOOSQRTPI), k);
}

/* erfc(x), x >= 3: e^-x^2/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), returned as 2^k * v */
static Dd
kerfc(double x, int *k)
{
	Dd f, v;
	int n;

	LAZY();

	f = dd(x, 0);
	for(n = 240; n >= 1; n--)
		f = ddaddd(dddiv(dd(n*0.5, 0), f), x);
	v = expk(ddneg(twoprod(x, x)), k);
	return dddiv(ddmul(v, INVSQRTPI), f);
}

double
merf(double x)
{
	double a;
	Dd v;
	int k;

	LAZY();

	if(misnan(x))
		return x;
	a = mfabs(x);
	if(a >= 6)
		return mcopysign(1, x);
	if(a < 0x1p-28)
		return ddmuld(TWOOSQRTPI, x).hi;
	if(a < 3)
		return mcopysign(kerf(a).hi, x);
	v = kerfc(a, &k);
	return mcopysign(ddaddd(ddneg(ddpow2(v, k)), 1).hi, x);
}

double
merfc(double x)
{
	Dd v;
	int k;

	if(misnan(x))
		return x;
	if(x >= 28)
		return 0;
	if(x <= -6)
		return 2;
	if(mfabs(x) < 0x1p-56)
		return 1 - x;
	if(x < 3){
		v = kerf(mfabs(x));
		if(x < 0)
			return ddaddd(v, 1).hi;
		return ddaddd(ddneg(v), 1).hi;
	}
	v = kerfc(x, &k);
	return ddscale(v, k);
}

/*
 * lgamma: Stirling's series after shifting x to 40 or more, the
 * reflection formula for x < 0, Taylor series at 1 and 2.
 */
static double bern[][2] = {	/* B(2k) as numerator, denominator */
	{1, 6}, {-1, 30}, {1, 42}, {-1, 30}, {5, 66}, {-691, 2730},
	{7, 6}, {-3617, 510}, {43867, 798}, {-174611, 330}, {854513, 138},
};

static Dd
kstirling(Dd x)	/* lgamma(x), x >= 40 */
{
	Dd w, w2, s, c;
	int k;

	LAZY();

	w = dddiv(dd(1, 0), x);
	w2 = ddmul(w, w);
	s = dd(0, 0);
	for(k = nelem(bern); k >= 1; k--){
		c = dddivd(dd(bern[k-1][0], 0), bern[k-1][1] * (2*k) * (2*k - 1));
		s = ddadd(c, ddmul(w2, s));
	}
	s = ddmul(w, s);
	return ddadd(ddadd(ddsub(ddmul(ddaddd(x, -0.5), klog(x)), x), HALFLOG2PI), s);
}

static Dd
klgammapos(double x)	/* x > 0 */
{
	Dd p, xs;
	int n, i;

	if(x >= 40)
		return kstirling(dd(x, 0));
	n = (int)(40 - x) + 1;
	p = dd(x, 0);
	for(i = 1; i < n; i++)
		p = ddmul(p, twosum(x, i));
	xs = twosum(x, n);
	return ddsub(kstirling(xs), klog(p));
}

/* sin(pi x), x finite */
static Dd
sinpi(double x)
{
	double r;
	int neg;
	Dd v;

	LAZY();

	neg = x < 0;
	r = mfmod(mfabs(x), 2);
	if(r >= 1){
		r -= 1;
		neg = !neg;
	}
	if(r > 0.5)
		r = 1 - r;
	if(r <= 0.25)
		v = ksin(ddmuld(PI, r));
	else
		v = kcos(ddmuld(PI, 0.5 - r));
	return neg ? ddneg(v) : v;
}

double
mlgamma(double x, int *sign)
{
	double z, a;
	Dd s, v;

	LAZY();

	*sign = 1;
	if(misnan(x))
		return x;
	if(!mfinite(x))
		return Inf;
	if(x == 0){
		if(mcopysign(1, x) < 0)
			*sign = -1;
		return Inf;
	}
	a = mfabs(x);
	if(x < 0 && isint(x))
		return Inf;
	if(a < 0x1p-70){
		if(x < 0)
			*sign = -1;
		return -klogd(a).hi;
	}
	if(x > 1e300){
		/* x (log x - 1); the rest is below an ulp. Scaled: Dd products need |x| < 1e300 */
		v = ddmuld(ddaddd(klog(dd(x, 0)), -1), mscalbn(x, -100));
		return ddscale(v, 100);
	}
	if(x < 0){
		s = sinpi(x);
		if(s.hi < 0)
			*sign = -1;
		/* lgamma(x) = log(pi / |x sin(pi x)|) - lgamma(-x) */
		v = ddmul(dd(a, 0), s.hi < 0 ? ddneg(s) : s);	/* a < 2^52: larger are integers */
		v = ddsub(klog(dddiv(PI, v)), klgammapos(a));
		return v.hi;
	}
	z = x - 1;
	if(mfabs(z) < 1e-8){
		/* lgamma(1+z) = -gamma z + zeta(2)/2 z^2 - zeta(3)/3 z^3 + zeta(4)/4 z^4 */
		v = ddmuld(ddneg(EULER), z);
		v = ddaddd(v, z*z*(1.6449340668482264/2 + z*(-1.2020569031595942/3 + z*1.0823232337111381/4)));
		return v.hi;
	}
	z = x - 2;
	if(mfabs(z) < 1e-8){
		/* lgamma(2+z) = (1-gamma) z + (zeta(2)-1)/2 z^2 - (zeta(3)-1)/3 z^3 + ... */
		v = ddmuld(ddaddd(ddneg(EULER), 1), z);
		v = ddaddd(v, z*z*(0.6449340668482264/2 + z*(-0.2020569031595942/3 + z*0.0823232337111381/4)));
		return v.hi;
	}
	return klgammapos(x).hi;
}

/*
 * Bessel functions of the first and second kind. Power series for
 * |x| <= 25 (Dd, so the cancellation costs little), the Hankel
 * asymptotic expansion beyond; jn and yn by recurrences.
 */
enum { Besselbig = 25 };

/* J(nu) for nu 0 or 1 by its series; also the Y series' sum if ys */
static Dd
kjseries(int nu, double x, Dd *ysum)
{
	Dd q, t, s, h, ys;
	int k;

	q = ddpow2(twoprod(x, x), -2);	/* x^2/4 */
	t = nu == 0 ? dd(1, 0) : dd(x/2, 0);
	s = t;
	h = dd(0, 0);
	ys = dd(0, 0);
	if(nu == 1)
		h = dd(1, 0);		/* H(k) + H(k+1) at k = 0 */
	if(ysum != nil && nu == 1)
		ys = t;			/* k = 0 term times (H0 + H1) */
	for(k = 1; k < 200; k++){
		t = ddneg(dddivd(ddmul(t, q), (double)k*(k + nu)));
		s = ddadd(s, t);
		if(ysum != nil){
			if(nu == 0)
				h = ddadd(h, dddivd(dd(1, 0), k));
			else
				h = ddadd(h, ddadd(dddivd(dd(1, 0), k), dddivd(dd(1, 0), k+1)));
			ys = ddadd(ys, ddmul(h, t));
		}
		if(mfabs(t.hi) < 1e-40 && k > 4)
			break;
	}
	if(ysum != nil)
		*ysum = ys;
	return s;
}

/* the asymptotic forms: J(nu) if !wanty, else Y(nu); x > 25 */
static Dd
kbesselasym(int nu, double x, int wanty)
{
	double mu, term, prev, xi;
	Dd P, Q, a, sx, cx, cw, sw, amp, v;
	int k;

	LAZY();

	mu = 4.0*nu*nu;
	xi = 1/x;
	P = dd(0, 0);
	Q = dd(0, 0);
	a = dd(1, 0);
	prev = 1e300;
	for(k = 0; k < 60; k++){
		/* a holds a_k(nu) / x^k */
		term = mfabs(a.hi);
		if(term > prev || term < 1e-34)
			break;
		prev = term;
		if(k % 2 == 0)
			P = (k/2) % 2 == 0 ? ddadd(P, a) : ddsub(P, a);
		else
			Q = (k/2) % 2 == 0 ? ddadd(Q, a) : ddsub(Q, a);
		a = ddmuld(dddivd(ddmuld(a, mu - (double)(2*k+1)*(2*k+1)), 8.0*(k+1)), xi);
	}
	ksincos(x, &sx, &cx);
	/* w = x - nu pi/2 - pi/4 */
	if(nu == 0){
		cw = ddmul(ddadd(cx, sx), SQRTHALF);
		sw = ddmul(ddsub(sx, cx), SQRTHALF);
	}else{
		cw = ddmul(ddsub(sx, cx), SQRTHALF);
		sw = ddmul(ddneg(ddadd(sx, cx)), SQRTHALF);
	}
	amp = ddsqrt(dddiv(dd(2, 0), ddmuld(PI, x)));
	if(wanty)
		v = ddadd(ddmul(P, sw), ddmul(Q, cw));
	else
		v = ddsub(ddmul(P, cw), ddmul(Q, sw));
	return ddmul(amp, v);
}

/* J(nu), nu 0 or 1, x > 0 finite */
static Dd
kj01(int nu, double x)
{
	if(x > Besselbig)
		return kbesselasym(nu, x, 0);
	return kjseries(nu, x, nil);
}

/* Y(nu), nu 0 or 1, x > 0 finite (x >= 2^-1000 for Y1) */
static Dd
ky01(int nu, double x)
{
	Dd j, ys, l, v;

	LAZY();

	if(x > Besselbig)
		return kbesselasym(nu, x, 1);
	j = kjseries(nu, x, &ys);
	if(nu == 0){
		/* (2/pi) [ (log(x/2) + gamma) J0 - sum (-1)^k H(k) (x^2/4)^k/k!^2 ] */
		l = ddadd(ddsub(klogd(x), LN2), EULER);
		return dddiv(ddmuld(ddsub(ddmul(l, j), ys), 2), PI);
	}
	/*
	 * (2/pi) J1 log(x/2) - 2/(pi x) - (1/pi) sum (-1)^k (psi(k+1)+psi(k+2)) (x/2)^(2k+1)/(k!(k+1)!)
	 * with psi(k+1)+psi(k+2) = H(k) + H(k+1) - 2 gamma: the series gives
	 * sum (H(k)+H(k+1)) t(k) in ys and sum t(k) = J1 in j.
	 */
	l = ddsub(klogd(x), LN2);
	v = ddmuld(ddmul(j, l), 2);
	v = ddsub(v, dddiv(dd(2, 0), dd(x, 0)));
	v = ddsub(v, ddsub(ys, ddmuld(ddmul(EULER, j), 2)));
	return dddiv(v, PI);
}

double
mj0(double x)
{
	if(misnan(x))
		return x;
	x = mfabs(x);
	if(!mfinite(x))
		return 0;
	if(x < 0x1p-27)
		return 1;
	return kj01(0, x).hi;
}

double
mj1(double x)
{
	double a, r;

	if(misnan(x))
		return x;
	a = mfabs(x);
	if(!mfinite(a))
		return mcopysign(0, x);
	if(a < 0x1p-27)
		return x/2;
	r = kj01(1, a).hi;
	return x < 0 ? -r : r;
}

double
my0(double x)
{
	if(misnan(x))
		return x;
	if(x < 0)
		return NaN;
	if(x == 0)
		return -Inf;
	if(!mfinite(x))
		return 0;
	return ky01(0, x).hi;
}

double
my1(double x)
{
	if(misnan(x))
		return x;
	if(x < 0)
		return NaN;
	if(x == 0 || x < 0x1p-1000)
		return -Inf;
	if(!mfinite(x))
		return 0;
	return ky01(1, x).hi;
}

/*
 * J(n) by its series, 0 < x <= 25: (x/2)^n/n! sum (-x^2/4)^k n!/(k!(n+k)!),
 * the factor (x/2)^n/n! as exp(n log(x/2) - lgamma(n+1)) so that it
 * neither underflows early nor loses bits.
 */
static double
kjnseries(int n, double x)
{
	Dd t, s, q, p, v;
	int k;

	LAZY();

	p = ddsub(ddmuld(ddsub(klogd(x), LN2), n), klgammapos(n + 1));
	if(p.hi < -1100)
		return 0;
	q = ddpow2(twoprod(x, x), -2);
	t = dd(1, 0);
	s = t;
	for(k = 1; k < 300; k++){
		t = ddneg(dddivd(ddmul(t, q), (double)k*(n + k)));
		s = ddadd(s, t);
		if(mfabs(t.hi) < 1e-34*mfabs(s.hi))
			break;
	}
	v = expk(p, &k);
	return ddscale(ddmul(s, v), k);
}

/*
 * The recurrence C(k+1) = 2k/x C(k) - C(k-1) from k = 1 to n-1 in Dd,
 * from C(0) = a, C(1) = b, rescaling by powers of 2 so that nothing
 * overflows: C(n) = result * 2^*scale.
 */
static Dd
krecur(Dd a, Dd b, int n, double x, int *scale)
{
	Dd t;
	int k;

	*scale = 0;
	for(k = 1; k < n; k++){
		t = ddsub(dddivd(ddmuld(b, 2*k), x), a);
		a = b;
		b = t;
		if(mfabs(b.hi) > 0x1p800){
			a = ddpow2(a, -800);
			b = ddpow2(b, -800);
			*scale += 800;
			if(*scale > 2000)
				break;	/* overflows whatever follows */
		}
	}
	return b;
}

/*
 * J(n), n > x > 25, by Miller's backward recurrence in Dd from well
 * above n, normalised by J0 + 2 sum J(2k) = 1, rescaled by powers of 2
 * as it grows (the rescalings after J(n) was taken are counted in rs).
 */
static double
kjnmiller(int n, double x)
{
	Dd a, b, t, res, sum;
	int k, m, rs;

	m = n + (int)x + 30 + (int)msqrt(40.0*n);
	m += m & 1;
	a = dd(0, 0);
	b = dd(0x1p-900, 0);
	sum = dd(0, 0);
	res = dd(0, 0);
	rs = 0;
	for(k = m; k >= 1; k--){
		t = ddsub(dddivd(ddmuld(b, 2*k), x), a);
		a = b;
		b = t;
		if(k - 1 == n)
			res = b;
		if(((k-1) & 1) == 0 && k - 1 > 0)
			sum = ddadd(sum, ddpow2(b, 1));
		if(mfabs(b.hi) > 0x1p900){
			a = ddpow2(a, -900);
			b = ddpow2(b, -900);
			sum = ddpow2(sum, -900);
			if(k - 1 <= n)
				rs++;
		}
	}
	sum = ddadd(sum, b);	/* J0 */
	return ddscale(dddiv(res, sum), -900*rs);
}

double
mjn(int n, double x)
{
	double res;
	int neg, sc;
	Dd v;

	if(misnan(x))
		return x;
	if(n == -0x7FFFFFFF-1){
		/* -n does not fit: J(-2^31) = J(2^31), one step past J(2^31-1) */
		if(x == 0 || !mfinite(x))
			return 0;
		return 2*(double)0x7FFFFFFF/x*mjn(0x7FFFFFFF, x) - mjn(0x7FFFFFFE, x);
	}
	neg = 0;
	if(n < 0){
		n = -n;
		neg = n & 1;
	}
	if(x < 0){
		x = -x;
		if(n & 1)
			neg = !neg;
	}
	if(n == 0)
		return mj0(x);
	if(n == 1)
		return neg ? -mj1(x) : mj1(x);
	if(!mfinite(x) || x == 0)
		return neg ? -0.0 : 0.0;
	if(x <= Besselbig){
		res = kjnseries(n, x);
	}else if(n <= x){
		/* forward recurrence is stable while k < x */
		v = krecur(kj01(0, x), kj01(1, x), n, x, &sc);
		res = ddscale(v, sc);
	}else if(n*mlog(x/2) - klgammapos(n+1).hi < -760){
		res = 0;	/* below the smallest subnormal */
	}else{
		res = kjnmiller(n, x);
	}
	return neg ? -res : res;
}

/* Y(n) by forward recurrence from Y0 and Y1 (stable: Y grows with n) */
double
myn(int n, double x)
{
	int neg, sc;
	double r;
	Dd v;

	if(misnan(x))
		return x;
	if(n == -0x7FFFFFFF-1){	/* as in mjn */
		if(x < 0)
			return NaN;
		if(x == 0)
			return -Inf;
		if(!mfinite(x))
			return 0;
		return 2*(double)0x7FFFFFFF/x*myn(0x7FFFFFFF, x) - myn(0x7FFFFFFE, x);
	}
	neg = 0;
	if(n < 0){
		n = -n;
		neg = n & 1;
	}
	if(x < 0)
		return NaN;
	if(x == 0)
		return neg ? Inf : -Inf;
	if(!mfinite(x))
		return 0;
	if(n == 0)
		return my0(x);
	if(x < 0x1p-1000)
		return neg ? Inf : -Inf;
	v = krecur(ky01(0, x), ky01(1, x), n, x, &sc);
	r = ddscale(v, sc);
	return neg ? -r : r;
}
