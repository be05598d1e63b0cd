/*
 * Dis strings (dis-isa.md §6.5, §6.6): making them from UTF-8 and C
 * text, the string instructions' semantics (concatenation, slicing,
 * insc, comparison) and the conversions between strings, numbers and
 * byte arrays, with a correctly rounded decimal-to-double conversion
 * and the shortest round-trip real format of §6.5.1.
 *
 * Forms: len > 0 is one byte per character (made only for ASCII text;
 * bytes are read as Latin-1 code points), len < 0 is -len runes. The
 * empty string is H; an object of length 0 only exists in the middle
 * of building one. A string is changed in place (insc, append) only
 * while its object is unshared (ref 1).
 */
#include "all.h"
#include "interp.h"

enum {
	Strhdr = offsetof(String, data),
	Maxstr = 0x7FFFFFF0,	/* bytes in one string object, at most */
	Maxdig = 800,		/* significant digits strtod keeps (more only make a sticky digit) */
	Nbig = 140,		/* words in a Big: 10^1130 shifted by 64, with room */
};

static void
badbounds(void)
{
	error("array bounds error");
}

static Rune
charat(String *s, int i)
{
	return s->len < 0 ? s->Srune[i] : s->Sascii[i];
}

/* A string of n characters (bytes or runes) with room for max. */
static String*
allocstr(int n, int runes, int max)
{
	Heap *h;
	String *s;

	if(n < 0 || max < n)
		panic("allocstr %d %d", n, max);
	if(max > (Maxstr - Strhdr) / (runes ? (int)sizeof(Rune) : 1))
		error("out of memory: heap");
	h = nheap(Strhdr + max * (runes ? sizeof(Rune) : 1));
	h->t = &Tstring;
	s = (String*)H2D(h);
	s->len = runes ? -n : n;
	s->max = max;
	return s;
}

String*
newstring(int n)
{
	return allocstr(n, 0, n);
}

String*
newrunes(int n)
{
	return allocstr(n, 1, n);
}

int
stringlen(Dptr s)
{
	String *sp;

	if(s == H)
		return 0;
	sp = D2P(s);
	return sp->len < 0 ? -sp->len : sp->len;
}

Rune
stringrune(String *s, int i)
{
	return charat(s, i);
}

/*
 * Decode one rune from the n > 0 bytes at p, returning the bytes used.
 * When they are only the valid start of a longer sequence, *incomplete
 * is set and the first byte decodes as Runeerror.
 */
static int
decode(uchar *p, int n, Rune *r, int *incomplete)
{
	char buf[UTFmax+1];

	*incomplete = 0;
	if(p[0] < Runeself){
		*r = p[0];
		return 1;
	}
	if(fullrune((char*)p, n))
		return chartorune(r, (char*)p);
	*incomplete = 1;
	memset(buf, 0, sizeof buf);
	memmove(buf, p, n);
	return chartorune(r, buf);	/* the NUL makes it invalid: Runeerror, one byte */
}

/*
 * The string UTF-8 bytes decode to. dropend: an incomplete sequence at
 * the end is dropped (cvtac); else each of its bytes is a Runeerror.
 */
static Dptr
utf2string(uchar *p, int n, int dropend)
{
	int i, k, nr, ascii, inc;
	String *s;
	Rune r;

	ascii = 1;
	nr = 0;
	for(i = 0; i < n; i += k, nr++){
		k = decode(p+i, n-i, &r, &inc);
		if(inc && dropend)
			break;
		if(r >= Runeself)
			ascii = 0;
	}
	if(nr == 0)
		return H;
	if(ascii){
		s = newstring(nr);
		memmove(s->Sascii, p, nr);
		return P2D(s);
	}
	s = newrunes(nr);
	for(i = 0, nr = 0; nr < -s->len; i += k)
		k = decode(p+i, n-i, &s->Srune[nr++], &inc);
	return P2D(s);
}

Dptr
c2string(char *utf, int n)
{
	return utf2string((uchar*)utf, n, 0);
}

/* The bytes s takes in UTF-8. */
static long
utfsize(String *s)
{
	long n;
	int i;

	if(s->len >= 0){
		n = s->len;
		for(i = 0; i < s->len; i++)
			if(s->Sascii[i] >= Runeself)
				n++;
		return n;
	}
	n = 0;
	for(i = 0; i < -s->len; i++)
		n += runelen(s->Srune[i]);
	return n;
}

/* Encode s into p, which has room. */
static char*
encode(String *s, char *p)
{
	Rune r;
	int i, n;

	n = stringlen(P2D(s));
	for(i = 0; i < n; i++){
		r = charat(s, i);
		if(r < Runeself)
			*p++ = r;
		else
			p += runetochar(p, &r);
	}
	return p;
}

char*
string2c(Dptr s)
{
	char *p, *e;
	long n;

	n = s == H ? 0 : utfsize(D2P(s));
	p = malloc(n+1);
	if(p == nil)
		error("out of memory: main");
	e = p;
	if(s != H)
		e = encode(D2P(s), p);
	*e = 0;
	return p;
}

int
string2utf(Dptr s, char *buf, int n)
{
	long need;
	char *e;

	need = s == H ? 0 : utfsize(D2P(s));
	if(need+1 > n)
		return -1;
	e = buf;
	if(s != H)
		e = encode(D2P(s), buf);
	*e = 0;
	return e - buf;
}

int
stringcmp(Dptr a, Dptr b)
{
	String *sa, *sb;
	int i, la, lb, n;
	Rune ra, rb;

	la = stringlen(a);
	lb = stringlen(b);
	n = MIN(la, lb);
	sa = D2P(a);
	sb = D2P(b);
	if(n > 0 && sa->len > 0 && sb->len > 0){
		i = memcmp(sa->Sascii, sb->Sascii, n);
		if(i != 0)
			return i;
	}else
		for(i = 0; i < n; i++){
			ra = charat(sa, i);
			rb = charat(sb, i);
			if(ra != rb)
				return ra < rb ? -1 : 1;
		}
	return la < lb ? -1 : la > lb;
}

/* Characters [start, end) of s into d at off; d is in rune form or they fit in bytes. */
static void
copychars(String *d, int off, String *s, int start, int end)
{
	int i;

	if(d->len < 0 && s->len < 0)
		memmove(d->Srune + off, s->Srune + start, (end-start)*sizeof(Rune));
	else if(d->len >= 0 && s->len >= 0)
		memmove(d->Sascii + off, s->Sascii + start, end-start);
	else if(d->len < 0)
		for(i = start; i < end; i++)
			d->Srune[off++] = s->Sascii[i];
	else
		for(i = start; i < end; i++)
			d->Sascii[off++] = s->Srune[i];
}

Dptr
stringdup(Dptr s)
{
	String *sp, *d;
	int n;

	if(s == H)
		return H;
	sp = D2P(s);
	n = stringlen(s);
	d = allocstr(n, sp->len < 0, n);
	copychars(d, 0, sp, 0, n);
	return P2D(d);
}

/* Room for n characters and then half again, so that repeated appends cost linear time. */
static int
growth(int n)
{
	if(n > Maxstr/(2*(int)sizeof(Rune)))
		return n;
	return n + n/2 + 8;
}

Dptr
addstring(Dptr a, Dptr b, int append)
{
	String *sa, *sb, *d;
	int la, lb, runes, max;

	la = stringlen(a);
	lb = stringlen(b);
	if(lb == 0){
		if(la == 0)
			return H;
		addref(a);
		return a;
	}
	if(la == 0){
		addref(b);
		return b;
	}
	if(la > Maxstr - lb)
		error("out of memory: heap");
	sa = D2P(a);
	sb = D2P(b);
	runes = sa->len < 0 || sb->len < 0;
	if(append && PH(a)->ref == 1 && (sa->len < 0) == runes && sa->max >= la + lb){
		copychars(sa, la, sb, 0, lb);
		sa->len = runes ? -(la+lb) : la+lb;
		addref(a);
		return a;
	}
	max = la + lb;
	if(append)
		max = growth(max);
	d = allocstr(la + lb, runes, max);
	copychars(d, 0, sa, 0, la);
	copychars(d, la, sb, 0, lb);
	return P2D(d);
}

Dptr
slicestring(Dptr s, int start, int end)
{
	String *sp, *d;
	int n;

	n = stringlen(s);
	if(start < 0 || start > end || end > n)
		badbounds();
	if(start == end)
		return H;
	if(start == 0 && end == n){
		addref(s);
		return s;
	}
	sp = D2P(s);
	d = allocstr(end - start, sp->len < 0, end - start);
	copychars(d, 0, sp, start, end);
	return P2D(d);
}

Dptr
insertrune(Dptr s, int i, Rune r)
{
	String *sp, *d;
	int n, len, runes, max;

	n = stringlen(s);
	if(i < 0 || i > n)
		badbounds();
	sp = s == H ? nil : D2P(s);
	runes = r >= Runeself || (sp != nil && sp->len < 0);
	if(sp != nil && PH(s)->ref == 1 && (sp->len < 0) == runes && (i < n || sp->max > n)){
		if(runes){
			sp->Srune[i] = r;
			if(i == n)
				sp->len--;
		}else{
			sp->Sascii[i] = r;
			if(i == n)
				sp->len++;
		}
		return s;
	}
	len = i == n ? n+1 : n;
	max = len;
	if(i == n && n > 0)
		max = growth(max);	/* appending one by one */
	d = allocstr(len, runes, max);
	if(sp != nil)
		copychars(d, 0, sp, 0, n);
	if(runes)
		d->Srune[i] = r;
	else
		d->Sascii[i] = r;
	destroy(s);
	return P2D(d);
}

Dptr
int2string(vlong v)
{
	char buf[32];
	int n;

	n = snprint(buf, sizeof buf, "%lld", v);
	return c2string(buf, n);
}

Dptr
real2string(double v)
{
	char buf[64];
	int n;

	n = fmtreal(buf, sizeof buf, v);
	return c2string(buf, n);
}

static int
isspacec(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

vlong
string2int(Dptr s)
{
	String *sp;
	int i, n, neg;
	uvlong v, lim;
	Rune c;

	n = stringlen(s);
	if(n == 0)
		return 0;
	sp = D2P(s);
	for(i = 0; i < n && isspacec(charat(sp, i)); i++)
		;
	neg = 0;
	if(i < n && (charat(sp, i) == '-' || charat(sp, i) == '+')){
		neg = charat(sp, i) == '-';
		i++;
	}
	lim = neg ? (uvlong)1<<63 : ((uvlong)1<<63) - 1;
	v = 0;
	for(; i < n && (c = charat(sp, i)) >= '0' && c <= '9'; i++){
		if(v > (lim - (c - '0')) / 10)
			v = lim;	/* saturated: later digits change nothing */
		else
			v = v*10 + (c - '0');
	}
	if(neg)
		return v == (uvlong)1<<63 ? (vlong)(-0x7FFFFFFFFFFFFFFFLL - 1) : -(vlong)v;
	return v;
}

/*
 * Decimal to double, correctly rounded (round half to even), by exact
 * big-integer arithmetic: the value D * 10^e (D the digits as an
 * integer) is divided out to a 64-bit quotient q and a sticky bit for
 * the remainder, then q is rounded to the 53 bits (fewer for a
 * subnormal) its exponent allows.
 */
typedef struct Big Big;
struct Big {
	int	n;
	u32int	w[Nbig];	/* least significant first; w[n-1] != 0 unless n == 0 */
};

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
	if(c != 0){
		if(b->n == Nbig)
			panic("strtod: Big overflow");
		b->w[b->n++] = c;
	}
}

static void
bigpow10(Big *b, int k)
{
	static u32int small[] = { 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000 };

	for(; k >= 9; k -= 9)
		bigmuladd(b, 1000000000, 0);
	bigmuladd(b, small[k], 0);
}

static void
bigshl(Big *b, int s)
{
	int i, q;

	if(b->n == 0 || s == 0)
		return;
	q = s/32;
	if(b->n + q + 1 > Nbig)
		panic("strtod: Big overflow");
	for(i = b->n-1; i >= 0; i--)
		b->w[i+q] = b->w[i];
	for(i = 0; i < q; i++)
		b->w[i] = 0;
	b->n += q;
	bigmuladd(b, (u32int)1 << s%32, 0);
}

static int
bigbits(Big *b)
{
	int n;
	u32int w;

	if(b->n == 0)
		return 0;
	n = 32*(b->n-1);
	for(w = b->w[b->n-1]; w != 0; w >>= 1)
		n++;
	return n;
}

/*
 * u / v for a quotient known to be below 2^64 (schoolbook division in
 * base 2^32, Knuth's algorithm D); *sticky says whether the remainder
 * is nonzero. u and v are clobbered.
 */
static uvlong
bigdiv(Big *u, Big *v, int *sticky)
{
	u32int q0, q1;
	uvlong qhat, rhat, t, p, carry, borrow;
	int i, j, m, n, sh;

	n = v->n;
	for(sh = 0; !(v->w[n-1] << sh & 0x80000000u); sh++)
		;
	bigshl(v, sh);
	bigshl(u, sh);
	if(u->n < n){
		*sticky = u->n != 0;
		return 0;
	}
	if(u->n >= Nbig)
		panic("strtod: Big overflow");
	u->w[u->n] = 0;
	m = u->n - n;
	q0 = q1 = 0;
	for(j = m; j >= 0; j--){
		t = (uvlong)u->w[j+n] << 32 | u->w[j+n-1];
		qhat = t / v->w[n-1];
		rhat = t % v->w[n-1];
		while(qhat >> 32 != 0 || (n >= 2 && qhat * v->w[n-2] > (rhat << 32 | u->w[j+n-2]))){
			qhat--;
			rhat += v->w[n-1];
			if(rhat >> 32 != 0)
				break;
		}
		/* u[j..j+n] -= qhat*v */
		carry = 0;
		borrow = 0;
		for(i = 0; i < n; i++){
			p = qhat * v->w[i] + carry;
			carry = p >> 32;
			t = (uvlong)u->w[i+j] - (u32int)p - borrow;
			u->w[i+j] = t;
			borrow = t >> 32 & 1;
		}
		t = (uvlong)u->w[j+n] - carry - borrow;
		u->w[j+n] = t;
		if(t >> 63){
			/* qhat was one too big: add v back */
			qhat--;
			carry = 0;
			for(i = 0; i < n; i++){
				t = (uvlong)u->w[i+j] + v->w[i] + carry;
				u->w[i+j] = t;
				carry = t >> 32;
			}
			u->w[j+n] += carry;
		}
		/* only the quotient's two low words are kept: it has at most 64 bits */
		if(j >= 2 && qhat != 0)
			panic("strtod: quotient past 64 bits");
		if(j == 1)
			q1 = qhat;
		else if(j == 0)
			q0 = qhat;
	}
	*sticky = 0;
	for(i = 0; i < n; i++)
		if(u->w[i] != 0)
			*sticky = 1;
	return (uvlong)q1 << 32 | q0;
}

static double
mkdouble(int neg, uvlong bits)
{
	union {
		double	d;
		uvlong	u;
	} x;

	x.u = bits | (uvlong)neg << 63;
	return x.d;
}

/* The double nearest dig[0..nd) * 10^e10; dig has no leading zero. */
static double
decimal2double(int neg, char *dig, int nd, int e10)
{
	static double p10[] = {
		1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
		1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
	};
	Big *num, *den;
	uvlong dv;
	uvlong q, m, rem, half;
	int i, s, sh, e, sticky, n, up;

	if(nd == 0)
		return mkdouble(neg, 0);
	if(nd + e10 > 310)
		return mkdouble(neg, 0x7FF0000000000000ULL);
	if(nd + e10 < -330)
		return mkdouble(neg, 0);
	if(nd <= 15 && e10 >= -22 && e10 <= 22){
		/*
		 * D and 10^|e10| are exact doubles, so one IEEE operation
		 * rounds correctly (Clinger's fast path).
		 */
		dv = 0;
		for(i = 0; i < nd; i++)
			dv = dv*10 + dig[i] - '0';
		if(e10 >= 0)
			return neg ? -((double)dv * p10[e10]) : (double)dv * p10[e10];
		return neg ? -((double)dv / p10[-e10]) : (double)dv / p10[-e10];
	}
	/* the two Bigs (over a KiB) from the pool, not a kernel stack */
	num = malloc(2*sizeof(Big));
	if(num == nil)
		error("out of memory: main");
	den = num + 1;
	num->n = 0;
	for(i = 0; i < nd; i++){
		if(num->n == 0){
			num->n = 1;
			num->w[0] = dig[i] - '0';
		}else
			bigmuladd(num, 10, dig[i] - '0');
	}
	den->n = 1;
	den->w[0] = 1;
	if(e10 >= 0)
		bigpow10(num, e10);
	else
		bigpow10(den, -e10);
	/* scale so that the quotient has 63 or 64 bits */
	s = 63 - (bigbits(num) - bigbits(den));
	if(s > 0)
		bigshl(num, s);
	else
		bigshl(den, -s);
	q = bigdiv(num, den, &sticky);
	free(num);
	/* value = (q + sticky fraction) * 2^-s; the last kept bit is worth 2^e */
	n = 64;
	while(!(q >> (n-1) & 1))
		n--;
	e = n - 53 - s;
	if(e < -1074)
		e = -1074;
	sh = e + s;
	if(sh >= 65)
		return mkdouble(neg, 0);
	if(sh == 64){
		m = 0;
		rem = q;
		half = (uvlong)1 << 63;
	}else{
		m = q >> sh;
		rem = q & (((uvlong)1 << sh) - 1);
		half = (uvlong)1 << (sh-1);
	}
	up = rem > half || (rem == half && (sticky || (m & 1)));
	m += up;
	if(m == (uvlong)1 << 53){
		m >>= 1;
		e++;
	}
	if(e + 1075 >= 2047)
		return mkdouble(neg, 0x7FF0000000000000ULL);
	return mkdouble(neg, ((uvlong)(e + 1074) << 52) + m);
}

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 'a' - 'A' : c;
}

static int
prefix(char *s, char *word)
{
	int n;

	for(n = 0; word[n] != 0; n++)
		if(lower(s[n]) != word[n])
			return 0;
	return n;
}

/* C's strtod without hexadecimal forms: blanks, sign, digits with a point, exponent; inf, infinity, nan. */
static double
disstrtod(char *s, char **end)
{
	char dig[Maxdig+2];
	char *p, *q;
	int neg, nd, e10, sawdig, x, xneg, n, zero;
	double v;

	p = s;
	while(isspacec(*p))
		p++;
	neg = 0;
	if(*p == '-' || *p == '+')
		neg = *p++ == '-';
	if((n = prefix(p, "infinity")) != 0 || (n = prefix(p, "inf")) != 0){
		if(end != nil)
			*end = p + n;
		return mkdouble(neg, 0x7FF0000000000000ULL);
	}
	if((n = prefix(p, "nan")) != 0){
		if(end != nil)
			*end = p + n;
		return mkdouble(neg, 0x7FF8000000000000ULL);
	}
	nd = 0;
	e10 = 0;
	sawdig = 0;
	zero = 1;
	for(; *p >= '0' && *p <= '9'; p++){
		sawdig = 1;
		if(*p == '0' && nd == 0)
			continue;
		if(nd < Maxdig)
			dig[nd++] = *p;
		else{
			e10++;
			if(*p != '0')
				zero = 0;
		}
	}
	if(*p == '.'){
		for(p++; *p >= '0' && *p <= '9'; p++){
			sawdig = 1;
			if(*p == '0' && nd == 0){
				e10--;
				continue;
			}
			if(nd < Maxdig){
				dig[nd++] = *p;
				e10--;
			}else if(*p != '0')
				zero = 0;
		}
	}
	if(!sawdig){
		if(end != nil)
			*end = s;
		return 0;
	}
	if(!zero){
		/* digits past Maxdig, not all zero: a sticky digit below the kept ones */
		dig[nd++] = '1';
		e10--;
	}
	if(*p == 'e' || *p == 'E'){
		q = p+1;
		xneg = 0;
		if(*q == '-' || *q == '+')
			xneg = *q++ == '-';
		if(*q >= '0' && *q <= '9'){
			x = 0;
			for(; *q >= '0' && *q <= '9'; q++)
				if(x < 100000)
					x = x*10 + *q - '0';
			e10 += xneg ? -x : x;
			p = q;
		}
	}
	if(end != nil)
		*end = p;
	/* trailing zeros add nothing but size */
	while(nd > 0 && dig[nd-1] == '0'){
		nd--;
		e10++;
	}
	v = decimal2double(neg, dig, nd, e10);
	return v;
}

double
string2real(Dptr s)
{
	char *t;
	double v;

	String *sp;
	int i, n;
	Rune r;

	/*
	 * Copy only what can be part of a number (blanks, signs, digits,
	 * point, exponent, inf and nan letters): its end ends the parse.
	 */
	n = stringlen(s);
	sp = D2P(s);
	for(i = 0; i < n; i++){
		r = charat(sp, i);
		if(!(r >= '0' && r <= '9') && !(r >= 'a' && r <= 'z') && !(r >= 'A' && r <= 'Z')
		&& r != '.' && r != '+' && r != '-' && !isspacec(r))
			break;
	}
	n = i;
	t = malloc(n + 1);
	if(t == nil)
		error("out of memory: main");
	for(i = 0; i < n; i++)
		t[i] = charat(sp, i);
	t[n] = 0;
	v = disstrtod(t, nil);
	free(t);
	return v;
}

static uvlong
bitsof(double v)
{
	union {
		double	d;
		uvlong	u;
	} x;

	x.d = v;
	return x.u;
}

/* Whether 0.dig[0..nd) * 10^decpt reads back as v. */
static int
readsback(char *dig, int nd, int decpt, double v, double *got)
{
	char buf[64];

	snprint(buf, sizeof buf, ".%.*se%d", nd, dig, decpt);
	*got = disstrtod(buf, nil);
	return bitsof(*got) == bitsof(v);
}

/* dig ± one unit in its last place; the length and decpt may change. */
static void
nudge(char *dig, int *nd, int *decpt, int up)
{
	int i;

	for(i = *nd-1; i >= 0; i--){
		if(up){
			if(dig[i] != '9'){
				dig[i]++;
				return;
			}
			dig[i] = '0';
		}else{
			if(dig[i] != '0'){
				dig[i]--;
				break;
			}
			dig[i] = '9';
		}
	}
	if(up){
		/* all nines: the next power of ten */
		memmove(dig+1, dig, *nd);
		dig[0] = '1';
		(*decpt)++;
		return;
	}
	if(dig[0] == '0' && *nd > 1){
		memmove(dig, dig+1, *nd-1);
		(*nd)--;
		(*decpt)--;
	}
}

/*
 * A form of v > 0 with at most p significant digits that reads back as
 * v: the correctly rounded one or, where the reading-back interval is
 * lopsided (at a power of two), its neighbour on the other side of v.
 * Returns the number of digits, 0 if there is none.
 */
static int
digitsat(double v, int p, char *dig, int *decpt)
{
	char buf[40], try[24], *s;
	int nd, n, e;
	double got;

	snprint(buf, sizeof buf, "%.*e", p-1, v);
	nd = 0;
	for(s = buf; *s != 'e'; s++)
		if(*s >= '0' && *s <= '9')
			dig[nd++] = *s;
	*decpt = atoi(s+1) + 1;
	if(readsback(dig, nd, *decpt, v, &got))
		return nd;
	memmove(try, dig, nd);
	n = nd;
	e = *decpt;
	nudge(try, &n, &e, got < v);
	if(n > 0 && readsback(try, n, e, v, &got)){
		memmove(dig, try, n);
		*decpt = e;
		return n;
	}
	return 0;
}

/*
 * The shortest digits that read back as v > 0 (finite), without
 * trailing zeros. If p digits can, p+1 can: search for the least p.
 * 17 always can.
 */
static int
shortest(double v, char *dig, int *decpt)
{
	int lo, hi, mid, nd;

	lo = 1;
	hi = 17;
	while(lo < hi){
		mid = (lo + hi) / 2;
		if(digitsat(v, mid, dig, decpt) > 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	nd = digitsat(v, lo, dig, decpt);
	if(nd == 0)
		panic("fmtreal: %a has no 17-digit form", v);
	while(nd > 1 && dig[nd-1] == '0')
		nd--;
	return nd;
}

int
fmtreal(char *buf, int n, double v)
{
	char out[48], dig[24], *p;
	uvlong bits;
	int neg, nd, decpt, i, x;

	bits = bitsof(v);
	neg = bits >> 63;
	p = out;
	if((bits >> 52 & 0x7FF) == 0x7FF){
		if(bits & (((uvlong)1 << 52) - 1))
			p = seprint(p, out+sizeof out, neg ? "-NaN" : "NaN");
		else
			p = seprint(p, out+sizeof out, neg ? "-Infinity" : "Infinity");
	}else if((bits << 1) == 0)
		p = seprint(p, out+sizeof out, neg ? "-0" : "0");
	else{
		if(neg){
			*p++ = '-';
			v = -v;
		}
		nd = shortest(v, dig, &decpt);
		if(decpt <= -4 || decpt > nd + 5){
			*p++ = dig[0];
			if(nd > 1){
				*p++ = '.';
				memmove(p, dig+1, nd-1);
				p += nd-1;
			}
			x = decpt - 1;
			p = seprint(p, out+sizeof out, "e%c%.2d", x < 0 ? '-' : '+', x < 0 ? -x : x);
		}else if(decpt <= 0){
			*p++ = '.';
			for(i = 0; i < -decpt; i++)
				*p++ = '0';
			memmove(p, dig, nd);
			p += nd;
		}else{
			for(i = 0; i < nd || i < decpt; i++){
				if(i == decpt)
					*p++ = '.';
				*p++ = i < nd ? dig[i] : '0';
			}
		}
		*p = 0;
	}
	i = p - out;
	if(n <= 0)
		return 0;
	if(i > n-1)
		i = n-1;
	memmove(buf, out, i);
	buf[i] = 0;
	return i;
}

Dptr
string2array(Dptr s)
{
	Array *a;
	long n;

	n = s == H ? 0 : utfsize(D2P(s));
	if(n > 0x7FFFFFFF)
		error("out of memory: heap");
	a = newarray(&Tbyte, n, 0);
	if(s != H)
		encode(D2P(s), (char*)a->data);
	return P2D(a);
}

Dptr
array2string(Dptr a)
{
	Array *ap;

	if(a == H)
		return H;
	ap = D2P(a);
	return utf2string(ap->data, ap->len, 1);
}
