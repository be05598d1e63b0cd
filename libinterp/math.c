/*
 * The built-in module $Math (dis-link.md §5): its 68 functions on Dis
 * frames. The elementary functions themselves are mathfn.c's (the
 * kernel has no libm); this file is the calling convention, the array
 * kernels (dot, norms, gemm, sort), byte-order import/export, and the
 * FP control and status words.
 *
 * FPcontrol/FPstatus are a software model: two words kept here (one
 * for the whole VM, not per Prog), read and written under a mask as
 * Inferno's are, starting as Inferno's do (INVAL, ZDIV, OVFL and UNFL
 * traps enabled, rounding to nearest, no flags raised). They do not
 * reach the FPU: arithmetic always rounds to nearest and never traps,
 * and no operation sets a status flag; a program sees back exactly what
 * it stored.
 */
#include "all.h"
#include "interp.h"
#include "mathfn.h"

static u32int fpcontrol = FPinval|FPzdiv|FPovfl|FPunfl|FPrndnr;
static u32int fpstatus;

/* The control word, for the interpreter's trap checks (xecops.c). */
u32int
fpcontrolword(void)
{
	return fpcontrol;
}

static char exLenmismatch[] = "math: array lengths differ";
static char exShort[] = "math: byte array too short";
static char exTrans[] = "math: gemm: transpose must be 'N' or 'T'";
static char exIndex[] = "math: sort: index out of range";

/* The frame's argument at offset o, and where the result goes. */
#define ARG(fp, o)	((uchar*)(fp) + (o))
#define RES(fp)		((uchar*)D2P(((Frame*)(fp))->ret))

static Array*
arr(Dptr w)	/* nil is an empty array here */
{
	return w == H ? nil : D2P(w);
}

static u32int
alen(Array *a)
{
	return a == nil ? 0 : a->len;
}

/* fn(x: real): real and its kin */
#define REAL1(name, fn)\
	static void name(void *fp){ F(RES(fp)) = fn(F(ARG(fp, 32))); }
#define REAL2(name, fn)\
	static void name(void *fp){ F(RES(fp)) = fn(F(ARG(fp, 32)), F(ARG(fp, 40))); }

REAL1(mathacos, macos)
REAL1(mathacosh, macosh)
REAL1(mathasin, masin)
REAL1(mathasinh, masinh)
REAL1(mathatan, matan)
REAL2(mathatan2, matan2)
REAL1(mathatanh, matanh)
REAL1(mathcbrt, mcbrt)
REAL1(mathceil, mceil)
REAL2(mathcopysign, mcopysign)
REAL1(mathcos, mcos)
REAL1(mathcosh, mcosh)
REAL1(matherf, merf)
REAL1(matherfc, merfc)
REAL1(mathexp, mexp)
REAL1(mathexpm1, mexpm1)
REAL1(mathfabs, mfabs)
REAL2(mathfdim, mfdim)
REAL1(mathfloor, mfloor)
REAL2(mathfmax, mfmax)
REAL2(mathfmin, mfmin)
REAL2(mathfmod, mfmod)
REAL2(mathhypot, mhypot)
REAL1(mathj0, mj0)
REAL1(mathj1, mj1)
REAL1(mathlog, mlog)
REAL1(mathlog10, mlog10)
REAL1(mathlog1p, mlog1p)
REAL2(mathnextafter, mnextafter)
REAL2(mathpow, mpow)
REAL2(mathremainder, mremainder)
REAL1(mathrint, mrint)
REAL1(mathsin, msin)
REAL1(mathsinh, msinh)
REAL1(mathsqrt, msqrt)
REAL1(mathtan, mtan)
REAL1(mathtanh, mtanh)
REAL1(mathy0, my0)
REAL1(mathy1, my1)

static void
mathfinite(void *fp)
{
	W(RES(fp)) = mfinite(F(ARG(fp, 32)));
}

static void
mathisnan(void *fp)
{
	W(RES(fp)) = misnan(F(ARG(fp, 32)));
}

static void
mathilogb(void *fp)
{
	W(RES(fp)) = milogb(F(ARG(fp, 32)));
}

static void
mathjn(void *fp)
{
	F(RES(fp)) = mjn(W(ARG(fp, 32)), F(ARG(fp, 40)));
}

static void
mathyn(void *fp)
{
	F(RES(fp)) = myn(W(ARG(fp, 32)), F(ARG(fp, 40)));
}

static void
mathscalbn(void *fp)
{
	F(RES(fp)) = mscalbn(F(ARG(fp, 32)), W(ARG(fp, 40)));
}

static void
mathpow10(void *fp)
{
	F(RES(fp)) = mpow10(W(ARG(fp, 32)));
}

/* lgamma(x): (sign of gamma(x), log|gamma(x)|) */
static void
mathlgamma(void *fp)
{
	uchar *r;
	int sign;
	double v;

	v = mlgamma(F(ARG(fp, 32)), &sign);
	r = RES(fp);
	W(r) = sign;
	F(r + 8) = v;
}

/*
 * modf(x): (integer part, fraction). The integer part is a Limbo int:
 * one beyond its range saturates (NaN gives 0).
 */
static void
mathmodf(void *fp)
{
	uchar *r;
	double ip, f;
	s32int i;

	f = mmodf(F(ARG(fp, 32)), &ip);
	if(misnan(ip))
		i = 0;
	else if(ip >= 2147483647.0)
		i = 2147483647;
	else if(ip <= -2147483648.0)
		i = -2147483647 - 1;
	else
		i = ip;
	r = RES(fp);
	W(r) = i;
	F(r + 8) = f;
}

/*
 * IEEE bit patterns. A real32 pattern is widened exactly; a real
 * narrowed to real32 rounds to nearest (the host's conversion).
 * These four are the only places a real and its bits meet.
 */
static double
f32frombits(u32int u)
{
	union { float f; u32int u; } b;

	b.u = u;
	return b.f;
}

static u32int
f32bits(double d)
{
	union { float f; u32int u; } b;

	b.f = d;
	return b.u;
}

static double
f64frombits(u64int u)
{
	union { double d; u64int u; } b;

	b.u = u;
	return b.d;
}

static u64int
f64bits(double d)
{
	union { double d; u64int u; } b;

	b.d = d;
	return b.u;
}

static void
mathbits32real(void *fp)
{
	F(RES(fp)) = f32frombits(UW(ARG(fp, 32)));
}

static void
mathbits64real(void *fp)
{
	F(RES(fp)) = f64frombits(L(ARG(fp, 32)));
}

static void
mathrealbits32(void *fp)
{
	UW(RES(fp)) = f32bits(F(ARG(fp, 32)));
}

static void
mathrealbits64(void *fp)
{
	L(RES(fp)) = f64bits(F(ARG(fp, 32)));
}

/*
 * The FP control and status words (see the top of the file): the bits
 * of the mask take the new value's; the old word is the result.
 */
static void
setfpword(u32int *w, void *fp)
{
	u32int r, mask, old;

	r = UW(ARG(fp, 32));
	mask = UW(ARG(fp, 36));
	old = *w;
	*w = (old & ~mask) | (r & mask);
	W(RES(fp)) = old;
}

static void
mathFPcontrol(void *fp)
{
	setfpword(&fpcontrol, fp);
}

static void
mathFPstatus(void *fp)
{
	setfpword(&fpstatus, fp);
}

static void
mathgetFPcontrol(void *fp)
{
	W(RES(fp)) = fpcontrol;
}

static void
mathgetFPstatus(void *fp)
{
	W(RES(fp)) = fpstatus;
}

/*
 * Vector kernels. A nil array is an empty one.
 */
static double*
reals(Array *a)
{
	return a == nil ? nil : (double*)a->data;
}

static void
mathdot(void *fp)
{
	Array *x, *y;
	double *xv, *yv, s;
	u32int i, n;

	x = arr(P(ARG(fp, 32)));
	y = arr(P(ARG(fp, 36)));
	n = alen(x);
	if(n != alen(y))
		error(exLenmismatch);
	xv = reals(x);
	yv = reals(y);
	s = 0;
	for(i = 0; i < n; i++)
		s += xv[i] * yv[i];
	F(RES(fp)) = s;
}

static void
mathnorm1(void *fp)
{
	Array *x;
	double *v, s;
	u32int i, n;

	x = arr(P(ARG(fp, 32)));
	n = alen(x);
	v = reals(x);
	s = 0;
	for(i = 0; i < n; i++)
		s += mfabs(v[i]);
	F(RES(fp)) = s;
}

/*
 * sqrt(sum x^2), computed on the elements scaled by a power of 2
 * (exactly) so that the largest is in [1, 2): no square overflows, and
 * none that matters underflows. Any NaN gives NaN, else any infinity +Inf.
 */
static void
mathnorm2(void *fp)
{
	Array *x;
	double *v, m, a, t, ssq;
	u32int i, n;
	int e, inf;

	x = arr(P(ARG(fp, 32)));
	n = alen(x);
	v = reals(x);
	m = 0;
	inf = 0;
	for(i = 0; i < n; i++){
		a = mfabs(v[i]);
		if(misnan(a)){
			F(RES(fp)) = a;
			return;
		}
		if(!mfinite(a))
			inf = 1;
		else if(a > m)
			m = a;
	}
	if(inf || m == 0){
		F(RES(fp)) = inf ? mscalbn(1, 4000) : 0;	/* +Inf */
		return;
	}
	e = milogb(m);
	ssq = 0;
	for(i = 0; i < n; i++){
		t = mscalbn(v[i], -e);
		ssq += t*t;
	}
	F(RES(fp)) = mscalbn(msqrt(ssq), e);
}

/* the index of the first element of largest magnitude; -1 if empty */
static void
mathiamax(void *fp)
{
	Array *x;
	double *v, m;
	u32int i, n;
	s32int k;

	x = arr(P(ARG(fp, 32)));
	n = alen(x);
	v = reals(x);
	k = -1;
	m = -1;
	for(i = 0; i < n; i++)
		if(mfabs(v[i]) > m || (k < 0 && misnan(v[i]))){
			m = mfabs(v[i]);
			k = i;
		}
	W(RES(fp)) = k;
}

static int
transposed(s32int t)
{
	switch(t){
	case 'N':
	case 'n':
		return 0;
	case 'T':
	case 't':
	case 'C':
	case 'c':
		return 1;
	}
	error(exTrans);
	return 0;
}

/* does a column-major rows x cols matrix with leading dimension ld fit in a? */
static int
fits(Array *a, s32int rows, s32int cols, s32int ld)
{
	if(rows == 0 || cols == 0)
		return 1;
	if(ld < rows)
		return 0;
	return (vlong)ld*(cols - 1) + rows <= (vlong)alen(a);
}

/*
 * gemm: C = alpha op(A) op(B) + beta C, column-major as in BLAS dgemm,
 * op(A) m x k, op(B) k x n, C m x n; op is the transpose for 'T'.
 * beta == 0 ignores C's old contents.
 */
static void
mathgemm(void *fp)
{
	s32int ta, tb, m, n, k, lda, ldb, ldc, i, j, l;
	double alpha, beta, s, *a, *b, *c;
	Array *A, *B, *C;

	ta = transposed(W(ARG(fp, 32)));
	tb = transposed(W(ARG(fp, 36)));
	m = W(ARG(fp, 40));
	n = W(ARG(fp, 44));
	k = W(ARG(fp, 48));
	alpha = F(ARG(fp, 56));
	A = arr(P(ARG(fp, 64)));
	lda = W(ARG(fp, 68));
	B = arr(P(ARG(fp, 72)));
	ldb = W(ARG(fp, 76));
	beta = F(ARG(fp, 80));
	C = arr(P(ARG(fp, 88)));
	ldc = W(ARG(fp, 92));
	if(m < 0 || n < 0 || k < 0)
		error(exBounds);
	if(!fits(C, m, n, ldc))
		error(exBounds);
	if(alpha != 0 && (!fits(A, ta ? k : m, ta ? m : k, lda) || !fits(B, tb ? n : k, tb ? k : n, ldb)))
		error(exBounds);
	a = reals(A);
	b = reals(B);
	c = reals(C);
	for(j = 0; j < n; j++)
		for(i = 0; i < m; i++){
			s = 0;
			if(alpha != 0){
				for(l = 0; l < k; l++)
					s += (ta ? a[l + i*lda] : a[i + l*lda]) * (tb ? b[j + l*ldb] : b[l + j*ldb]);
				s *= alpha;
			}
			if(beta != 0)
				s += beta * c[i + j*ldc];
			c[i + j*ldc] = s;
		}
}

/*
 * sort(x, pi): permute pi so that x[pi[i]] ascends (stably; NaNs
 * last). Every pi[i] must index x.
 */
static int
realless(double a, double b)
{
	if(misnan(b))
		return !misnan(a);
	return a < b;
}

static void
mathsort(void *fp)
{
	Array *x, *p;
	double *xv;
	s32int *pv, *tmp, *src, *dst, *t;
	u32int n, i, w, lo, mid, hi, a, b, o;

	x = arr(P(ARG(fp, 32)));
	p = arr(P(ARG(fp, 36)));
	n = alen(p);
	xv = reals(x);
	pv = p == nil ? nil : (s32int*)p->data;
	for(i = 0; i < n; i++)
		if(pv[i] < 0 || (u32int)pv[i] >= alen(x))
			error(exIndex);
	if(n < 2)
		return;
	tmp = malloc(n * sizeof *tmp);
	if(tmp == nil)
		error(exNomem);
	/* bottom-up merge sort between pv and tmp */
	src = pv;
	dst = tmp;
	for(w = 1; w < n; w *= 2){
		for(lo = 0; lo < n; lo += 2*w){
			mid = lo + w < n ? lo + w : n;
			hi = lo + 2*w < n ? lo + 2*w : n;
			a = lo;
			b = mid;
			for(o = lo; o < hi; o++){
				if(a < mid && (b >= hi || !realless(xv[src[b]], xv[src[a]])))
					dst[o] = src[a++];
				else
					dst[o] = src[b++];
			}
		}
		t = src;
		src = dst;
		dst = t;
	}
	if(src != pv)
		memmove(pv, src, n * sizeof *pv);
	free(tmp);
}

/*
 * import/export: arrays of byte holding big-endian IEEE values (or
 * 32-bit ints). The byte array must hold all of x; extra bytes are
 * left alone.
 */
static void
put32(uchar *p, u32int v)
{
	p[0] = v >> 24;
	p[1] = v >> 16;
	p[2] = v >> 8;
	p[3] = v;
}

static u32int
get32(uchar *p)
{
	return (u32int)p[0]<<24 | p[1]<<16 | p[2]<<8 | p[3];
}

/*
 * The arguments of import and export: the byte array (*b) and x
 * (*x), checked that b holds x's elements at size bytes each.
 * Returns x's length.
 */
static u32int
bytesfor(void *fp, Array **b, Array **x, int size)
{
	u32int n;

	*b = arr(P(ARG(fp, 32)));
	*x = arr(P(ARG(fp, 36)));
	n = alen(*x);
	if((u64int)n * size > alen(*b))
		error(exShort);
	return n;
}

static void
mathexport_int(void *fp)
{
	Array *b, *x;
	u32int i, n;

	n = bytesfor(fp, &b, &x, 4);
	for(i = 0; i < n; i++)
		put32(b->data + 4*i, ((u32int*)x->data)[i]);
}

static void
mathimport_int(void *fp)
{
	Array *b, *x;
	u32int i, n;

	n = bytesfor(fp, &b, &x, 4);
	for(i = 0; i < n; i++)
		((u32int*)x->data)[i] = get32(b->data + 4*i);
}

static void
mathexport_real(void *fp)
{
	Array *b, *x;
	u32int i, n;
	u64int v;

	n = bytesfor(fp, &b, &x, 8);
	for(i = 0; i < n; i++){
		v = f64bits(((double*)x->data)[i]);
		put32(b->data + 8*i, v >> 32);
		put32(b->data + 8*i + 4, v);
	}
}

static void
mathimport_real(void *fp)
{
	Array *b, *x;
	u32int i, n;

	n = bytesfor(fp, &b, &x, 8);
	for(i = 0; i < n; i++)
		((double*)x->data)[i] = f64frombits((u64int)get32(b->data + 8*i) << 32 | get32(b->data + 8*i + 4));
}

static void
mathexport_real32(void *fp)
{
	Array *b, *x;
	u32int i, n;

	n = bytesfor(fp, &b, &x, 4);
	for(i = 0; i < n; i++)
		put32(b->data + 4*i, f32bits(((double*)x->data)[i]));
}

static void
mathimport_real32(void *fp)
{
	Array *b, *x;
	u32int i, n;

	n = bytesfor(fp, &b, &x, 4);
	for(i = 0; i < n; i++)
		((double*)x->data)[i] = f32frombits(get32(b->data + 4*i));
}

/* dis-link.md §5, in the runtime table's order */
static const Runtab mathtab[] = {
	{"FPcontrol", 0x6584767b, mathFPcontrol, 40, 0, {0}},
	{"FPstatus", 0x6584767b, mathFPstatus, 40, 0, {0}},
	{"acos", 0xa1d1fe48, mathacos, 40, 0, {0}},
	{"acosh", 0xa1d1fe48, mathacosh, 40, 0, {0}},
	{"asin", 0xa1d1fe48, mathasin, 40, 0, {0}},
	{"asinh", 0xa1d1fe48, mathasinh, 40, 0, {0}},
	{"atan", 0xa1d1fe48, mathatan, 40, 0, {0}},
	{"atan2", 0xf293f6cf, mathatan2, 48, 0, {0}},
	{"atanh", 0xa1d1fe48, mathatanh, 40, 0, {0}},
	{"bits32real", 0x40a58596, mathbits32real, 40, 0, {0}},
	{"bits64real", 0x5463c72c, mathbits64real, 40, 0, {0}},
	{"cbrt", 0xa1d1fe48, mathcbrt, 40, 0, {0}},
	{"ceil", 0xa1d1fe48, mathceil, 40, 0, {0}},
	{"copysign", 0xf293f6cf, mathcopysign, 48, 0, {0}},
	{"cos", 0xa1d1fe48, mathcos, 40, 0, {0}},
	{"cosh", 0xa1d1fe48, mathcosh, 40, 0, {0}},
	{"dot", 0xfeca4db6, mathdot, 40, 2, {0x00, 0xc0}},
	{"erf", 0xa1d1fe48, matherf, 40, 0, {0}},
	{"erfc", 0xa1d1fe48, matherfc, 40, 0, {0}},
	{"exp", 0xa1d1fe48, mathexp, 40, 0, {0}},
	{"expm1", 0xa1d1fe48, mathexpm1, 40, 0, {0}},
	{"export_int", 0x3f1d94ee, mathexport_int, 40, 2, {0x00, 0xc0}},
	{"export_real", 0xd1fb0c8c, mathexport_real, 40, 2, {0x00, 0xc0}},
	{"export_real32", 0xd1fb0c8c, mathexport_real32, 40, 2, {0x00, 0xc0}},
	{"fabs", 0xa1d1fe48, mathfabs, 40, 0, {0}},
	{"fdim", 0xf293f6cf, mathfdim, 48, 0, {0}},
	{"finite", 0x7b2e5f52, mathfinite, 40, 0, {0}},
	{"floor", 0xa1d1fe48, mathfloor, 40, 0, {0}},
	{"fmax", 0xf293f6cf, mathfmax, 48, 0, {0}},
	{"fmin", 0xf293f6cf, mathfmin, 48, 0, {0}},
	{"fmod", 0xf293f6cf, mathfmod, 48, 0, {0}},
	{"gemm", 0x53b8cd34, mathgemm, 96, 3, {0x00, 0x00, 0xa2}},
	{"getFPcontrol", 0x616977e8, mathgetFPcontrol, 32, 0, {0}},
	{"getFPstatus", 0x616977e8, mathgetFPstatus, 32, 0, {0}},
	{"hypot", 0xf293f6cf, mathhypot, 48, 0, {0}},
	{"iamax", 0xa5fc2e4d, mathiamax, 40, 2, {0x00, 0x80}},
	{"ilogb", 0x7b2e5f52, mathilogb, 40, 0, {0}},
	{"import_int", 0x3f1d94ee, mathimport_int, 40, 2, {0x00, 0xc0}},
	{"import_real", 0xd1fb0c8c, mathimport_real, 40, 2, {0x00, 0xc0}},
	{"import_real32", 0xd1fb0c8c, mathimport_real32, 40, 2, {0x00, 0xc0}},
	{"isnan", 0x7b2e5f52, mathisnan, 40, 0, {0}},
	{"j0", 0xa1d1fe48, mathj0, 40, 0, {0}},
	{"j1", 0xa1d1fe48, mathj1, 40, 0, {0}},
	{"jn", 0xb61ffc5b, mathjn, 48, 0, {0}},
	{"lgamma", 0x6e97c646, mathlgamma, 40, 0, {0}},
	{"log", 0xa1d1fe48, mathlog, 40, 0, {0}},
	{"log10", 0xa1d1fe48, mathlog10, 40, 0, {0}},
	{"log1p", 0xa1d1fe48, mathlog1p, 40, 0, {0}},
	{"modf", 0x6e97c646, mathmodf, 40, 0, {0}},
	{"nextafter", 0xf293f6cf, mathnextafter, 48, 0, {0}},
	{"norm1", 0x1629207e, mathnorm1, 40, 2, {0x00, 0x80}},
	{"norm2", 0x1629207e, mathnorm2, 40, 2, {0x00, 0x80}},
	{"pow", 0xf293f6cf, mathpow, 48, 0, {0}},
	{"pow10", 0x40a58596, mathpow10, 40, 0, {0}},
	{"realbits32", 0x7b2e5f52, mathrealbits32, 40, 0, {0}},
	{"realbits64", 0x9589d476, mathrealbits64, 40, 0, {0}},
	{"remainder", 0xf293f6cf, mathremainder, 48, 0, {0}},
	{"rint", 0xa1d1fe48, mathrint, 40, 0, {0}},
	{"scalbn", 0x64fa84ba, mathscalbn, 48, 0, {0}},
	{"sin", 0xa1d1fe48, mathsin, 40, 0, {0}},
	{"sinh", 0xa1d1fe48, mathsinh, 40, 0, {0}},
	{"sort", 0x0fc7c7b8, mathsort, 40, 2, {0x00, 0xc0}},
	{"sqrt", 0xa1d1fe48, mathsqrt, 40, 0, {0}},
	{"tan", 0xa1d1fe48, mathtan, 40, 0, {0}},
	{"tanh", 0xa1d1fe48, mathtanh, 40, 0, {0}},
	{"y0", 0xa1d1fe48, mathy0, 40, 0, {0}},
	{"y1", 0xa1d1fe48, mathy1, 40, 0, {0}},
	{"yn", 0xb61ffc5b, mathyn, 48, 0, {0}},
	{nil},
};

void
mathmodinit(void)
{
	builtinmod("$Math", mathtab);	/* mathfn's constants are made on first use */
}
