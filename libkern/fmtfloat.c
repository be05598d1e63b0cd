/*
 * %e %f %g %E %G for IEEE 754 doubles, without libc and without
 * floating point arithmetic: the double's exact value m*2^e is turned
 * into decimal with big integers, so the first Ndig significant
 * digits are exact and correctly rounded (half to even, as C does);
 * digits asked for beyond those print as 0. Infinities and NaNs print
 * as Plan 9 prints them: +Inf, -Inf, NaN.
 */
#include "kern.h"
#include "fmtdef.h"

enum {
	Nbig = 40,	/* words in a Big; the largest met (10*2^1074) needs 34 */
	Ndig = 40,	/* significant digits computed */
};

/* A natural number; w[n-1] != 0 unless n == 0. */
typedef struct Big Big;
struct Big {
	int	n;
	u32int	w[Nbig];	/* least significant first */
};

static void
bigset(Big *b, uvlong v)
{
	for(b->n = 0; v != 0; v >>= 32)
		b->w[b->n++] = v;
}

/* b = b*m + a. Cannot overflow for the sizes decimal uses; Nbig is checked anyway. */
static void
bigmuladd(Big *b, u32int m, u32int a)
{
	uvlong c;
	int i;

	c = a;
	for(i = 0; i < b->n; i++){
		c += (uvlong)b->w[i] * m;
		b->w[i] = c;
		c >>= 32;
	}
	if(c != 0 && b->n < Nbig)
		b->w[b->n++] = c;
}

/* b *= 2^s */
static void
bigshl(Big *b, int s)
{
	int i, q;

	q = s / 32;
	if(b->n == 0 || b->n + q > Nbig)
		return;
	for(i = b->n-1; i >= 0; i--)
		b->w[i+q] = b->w[i];
	for(i = 0; i < q; i++)
		b->w[i] = 0;
	b->n += q;
	bigmuladd(b, (u32int)1 << s%32, 0);
}

/* b *= 10^k */
static void
bigpow10(Big *b, int k)
{
	static const u32int small[9] = {
		1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
	};

	for(; k >= 9; k -= 9)
		bigmuladd(b, 1000000000, 0);
	bigmuladd(b, small[k], 0);
}

static int
bigcmp(Big *a, Big *b)
{
	int i;

	if(a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for(i = a->n-1; i >= 0; i--)
		if(a->w[i] != b->w[i])
			return a->w[i] < b->w[i] ? -1 : 1;
	return 0;
}

/* a -= b, for a >= b */
static void
bigsub(Big *a, Big *b)
{
	uvlong t;
	u32int borrow;
	int i;

	borrow = 0;
	for(i = 0; i < a->n; i++){
		t = (uvlong)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
		a->w[i] = t;
		borrow = t>>32 != 0;
	}
	while(a->n > 0 && a->w[a->n-1] == 0)
		a->n--;
}

/* floor(num/den), which is below 10, leaving the remainder in num. */
static int
bigdigit(Big *num, Big *den)
{
	int d;

	for(d = 0; d < 9 && bigcmp(num, den) >= 0; d++)
		bigsub(num, den);
	return d;
}

/*
 * The decimal digits of m*2^e, for m > 0: if fixed, those down to
 * the 10^-prec place, else the first prec (>= 1). At most Ndig of them
 * go in dig, rounded half to even on the exact value; the count is
 * returned and *kp gets the power of ten of the first. No digits
 * means the value rounds to zero.
 */
static int
decimal(uvlong m, int e, int fixed, int prec, char *dig, int *kp)
{
	Big num, den;
	uvlong t;
	int b, k, x, i, nd, want, d, up;

	bigset(&num, m);
	bigset(&den, 1);
	if(e > 0)
		bigshl(&num, e);
	else
		bigshl(&den, -e);

	/*
	 * m*2^e lies in [2^b, 2^(b+1)). 78913/2^18 is log10(2) to within
	 * 1e-6, so k below is a power of ten just above the value (by at
	 * most four places): num/den = value/10^k < 1. Multiplying by ten
	 * until it reaches 1 leaves num/den in [1,10) and k exact.
	 */
	for(b = 0, t = m; t > 1; t >>= 1)
		b++;
	b += e;
	x = (b+1) * 78913;
	k = (x >= 0 ? x/262144 : -((-x+262143)/262144)) + 2;
	if(k > 0)
		bigpow10(&den, k);
	else
		bigpow10(&num, -k);
	do{
		bigmuladd(&num, 10, 0);
		k--;
	}while(bigcmp(&num, &den) < 0);

	want = fixed ? k + 1 + prec : prec;
	*kp = k;
	if(want < 0)
		return 0;	/* below a tenth of the last place */
	nd = MIN(want, Ndig);
	for(i = 0; i < nd; i++){
		dig[i] = '0' + bigdigit(&num, &den);
		bigmuladd(&num, 10, 0);
	}
	d = bigdigit(&num, &den);
	up = d > 5 || (d == 5 && (num.n != 0 || (nd > 0 && (dig[nd-1] & 1))));
	if(!up)
		return nd;
	for(i = nd-1; i >= 0 && dig[i] == '9'; i--)
		dig[i] = '0';
	if(i >= 0){
		dig[i]++;
		return nd;
	}
	/* all nines, or no digits at all: the next power of ten */
	dig[0] = '1';
	*kp = k+1;
	return nd > 0 ? nd : 1;
}

/* Writes the digits for the places 10^hi down to 10^lo, given nd digits starting at 10^k. */
static int
putdigits(Fmt *f, char *dig, int nd, int k, int hi, int lo)
{
	char buf[32];
	int n, p;

	n = 0;
	for(p = hi; p >= lo; p--){
		buf[n++] = p <= k && p > k-nd ? dig[k-p] : '0';
		if(n == sizeof buf){
			if(fmtbytes(f, buf, n) < 0)
				return -1;
			n = 0;
		}
	}
	return fmtbytes(f, buf, n);
}

int
floatfmt(Fmt *f)
{
	union {
		double	d;
		uvlong	u;
	} x;
	char dig[Ndig], ebuf[8], *sign, *s;
	uvlong m;
	int e, neg, prec, expo, nd, k, ex, sharp, fd, fixed, hi, len, zeros, pad;

	x.d = va_arg(f->args, double);
	neg = x.u >> 63;
	expo = x.u>>52 & 0x7FF;
	m = x.u & (((uvlong)1<<52) - 1);
	if(expo == 0x7FF){
		s = m != 0 ? "NaN" : neg ? "-Inf" : "+Inf";
		return fmtcpy(f, s, strlen(s), strlen(s));
	}
	e = -1074;
	if(expo != 0){
		m |= (uvlong)1<<52;
		e = expo - 1075;
	}
	prec = (f->flags & FmtPrec) ? f->prec : 6;
	sharp = f->flags & FmtSharp;

	nd = 0;
	k = 0;
	switch(f->r){
	case 'f':
		fixed = 1;
		fd = prec;
		if(m != 0)
			nd = decimal(m, e, 1, prec, dig, &k);
		break;
	case 'e':
	case 'E':
		fixed = 0;
		fd = prec;
		if(m != 0)
			nd = decimal(m, e, 0, prec+1, dig, &k);
		break;
	default:	/* g, G: e style for exponents below -4 or beyond the precision, else f */
		if(prec == 0)
			prec = 1;
		if(m != 0)
			nd = decimal(m, e, 0, prec, dig, &k);
		fixed = k >= -4 && k < prec;
		fd = fixed ? prec-1-k : prec-1;
		if(!sharp){
			/* %g drops trailing zeros, and the point if nothing follows it */
			while(nd > 0 && dig[nd-1] == '0')
				nd--;
			if(fixed)
				fd = MIN(fd, MAX(nd-1-k, 0));
			else
				fd = MIN(fd, MAX(nd-1, 0));
		}
		break;
	}
	if(nd == 0)
		k = 0;

	sign = neg ? "-" : (f->flags & FmtSign) ? "+" : (f->flags & FmtSpace) ? " " : "";
	len = strlen(sign) + (fd > 0 || sharp) + fd;
	hi = 0;
	if(fixed){
		hi = MAX(k, 0);
		len += hi+1;
	}else{
		/* the exponent: sign and at least two digits; |k| <= 324 */
		s = ebuf;
		*s++ = f->r == 'E' || f->r == 'G' ? 'E' : 'e';
		*s++ = k < 0 ? '-' : '+';
		ex = k < 0 ? -k : k;
		if(ex >= 100)
			*s++ = '0' + ex/100;
		*s++ = '0' + ex/10%10;
		*s++ = '0' + ex%10;
		*s = 0;
		len += 1 + strlen(ebuf);
	}
	zeros = 0;
	pad = 0;
	if(f->flags & FmtWidth)
		pad = f->width - len;
	if(pad > 0 && (f->flags & (FmtZero|FmtLeft)) == FmtZero){
		zeros = pad;
		pad = 0;
	}

	if(!(f->flags & FmtLeft) && pad > 0 && fmtpad(f, pad) < 0)
		return -1;
	if(fmtbytes(f, sign, strlen(sign)) < 0 || fmtfill(f, '0', zeros) < 0)
		return -1;
	if(fixed){
		if(putdigits(f, dig, nd, k, hi, 0) < 0)
			return -1;
		if((fd > 0 || sharp) && fmtbytes(f, ".", 1) < 0)
			return -1;
		if(putdigits(f, dig, nd, k, -1, -fd) < 0)
			return -1;
	}else{
		if(putdigits(f, dig, nd, k, k, k) < 0)
			return -1;
		if((fd > 0 || sharp) && fmtbytes(f, ".", 1) < 0)
			return -1;
		if(putdigits(f, dig, nd, k, k-1, k-fd) < 0 || fmtbytes(f, ebuf, strlen(ebuf)) < 0)
			return -1;
	}
	if((f->flags & FmtLeft) && pad > 0)
		return fmtpad(f, pad);
	return 0;
}
