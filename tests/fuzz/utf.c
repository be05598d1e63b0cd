/*
 * UTF-8 and print's string verbs (libkern rune.c, fmt.c, fmtquote.c,
 * print.c) over arbitrary bytes, as names and messages from outside
 * reach them. Decoding is checked against a separate reading of RFC
 * 3629 here: chartorune, fullrune, utflen and utfnlen must agree with
 * it and never read past what they are given; runetochar must encode
 * what decodes back. %s must copy, %q must give text that tokenize
 * splits back into the string, and both must respect precision,
 * width and the buffer's end, never splitting a sequence of valid
 * UTF-8, so valid input always gives valid output. Invalid input is
 * copied as it is (Plan 9's print gives U+FFFD for it instead), so
 * only valid input is held to valid output.
 */
#include "all.h"
#include "fuzz.h"

static char name[] = "utf";

enum {
	Bad = 0,		/* refdecode: s does not start a valid sequence */
	Short = -1,		/* refdecode: the bytes are a valid sequence's beginning, cut short */
};

/*
 * The sequence at the n bytes at s, by RFC 3629: its length, with
 * the rune in *r; Bad if it is invalid; Short if n bytes are too few
 * but some continuation would make it valid.
 */
static int
refdecode(const uchar *s, long n, Rune *r)
{
	Rune v, min, lo, hi;
	int len, i;

	if(n <= 0)
		return Short;
	if(s[0] < 0x80){
		*r = s[0];
		return 1;
	}
	if((s[0] & 0xE0) == 0xC0){
		len = 2;
		v = s[0] & 0x1F;
		min = 0x80;
	}else if((s[0] & 0xF0) == 0xE0){
		len = 3;
		v = s[0] & 0x0F;
		min = 0x800;
	}else if((s[0] & 0xF8) == 0xF0){
		len = 4;
		v = s[0] & 0x07;
		min = 0x10000;
	}else
		return Bad;
	for(i = 1; i < len && i < n; i++){
		if((s[i] & 0xC0) != 0x80)
			return Bad;
		v = v<<6 | (s[i] & 0x3F);
	}
	/* the values the sequence can still take: the rest all 0x80 (lo) to all 0xBF (hi) */
	lo = v;
	hi = v;
	for(; i < len; i++){
		lo = lo<<6;
		hi = hi<<6 | 0x3F;
	}
	if(lo < min)
		lo = min;
	if(hi > Runemax)
		hi = Runemax;
	if(lo > hi || (lo >= 0xD800 && hi <= 0xDFFF))
		return Bad;
	if(n < len)
		return Short;
	*r = v;
	return len;
}

/* Whether the n bytes at s are all whole, valid sequences. */
static int
validutf(const uchar *s, long n)
{
	Rune r;
	int w;

	for(; n > 0; s += w, n -= w){
		w = refdecode(s, n, &r);
		if(w <= 0)
			return 0;
	}
	return 1;
}

/* Runes of s (NUL-terminated) as chartorune steps through them. */
static int
nrunes(char *s, long nb)
{
	Rune r;
	long i;
	int nr;

	nr = 0;
	for(i = 0; i < nb; i += chartorune(&r, s+i))
		nr++;
	return nr;
}

/* Bytes of the first nr runes of s (NUL-terminated), or all of it. */
static long
runebytes(char *s, int nr)
{
	Rune r;
	long i;

	for(i = 0; nr > 0 && s[i] != 0; nr--)
		i += chartorune(&r, s+i);
	return i;
}

/*
 * Decoding at every place chartorune steps to, checked against
 * refdecode, and fullrune and chartorune at the very end of an
 * allocation, where a byte too many is an overrun.
 */
static void
checkdecode(char *s, long n, uchar *tail)
{
	Rune r, rr;
	char enc[UTFmax];
	long i, k, steps, stepsnul;
	int w, kw, ref, fr;

	steps = 0;
	stepsnul = -1;
	for(i = 0; i < n; i += w, steps++){
		if(s[i] == 0 && stepsnul < 0)
			stepsnul = steps;
		ref = refdecode((uchar*)s+i, n-i, &rr);
		w = chartorune(&r, s+i);
		if(ref > 0)
			fuzzcheck(name, w == ref && r == rr, "at %ld chartorune gave %d bytes U+%04ux, want %d U+%04ux", i, w, r, ref, rr);
		else
			fuzzcheck(name, w == 1 && r == Runeerror, "at %ld chartorune of an invalid sequence gave %d bytes U+%04ux", i, w, r);
		if(ref > 0)
			fuzzcheck(name, runetochar(enc, &r) == w && memcmp(enc, s+i, w) == 0 && runelen(r) == w,
				"at %ld runetochar(U+%04ux) differs from the text it came from", i, r);
		for(k = 1; k <= UTFmax && k <= n-i; k++){
			memmove(tail+UTFmax-k, s+i, k);
			ref = refdecode(tail+UTFmax-k, k, &rr);
			fr = fullrune((char*)tail+UTFmax-k, k);
			fuzzcheck(name, fr == (ref != Short), "at %ld fullrune of %ld bytes gave %d", i, k, fr);
			if(fr){
				kw = chartorune(&rr, (char*)tail+UTFmax-k);
				fuzzcheck(name, kw <= k && kw == w, "at %ld chartorune after fullrune(%ld) took %d bytes", i, k, kw);
			}
		}
	}
	if(stepsnul < 0)
		stepsnul = steps;
	fuzzcheck(name, utflen(s) == stepsnul, "utflen gave %d, want %ld", utflen(s), stepsnul);
}

/* utfnlen of the first k bytes (no NUL after them: tail is an allocation of exactly k) against the rules. */
static void
checkutfnlen(char *s, long n, long k)
{
	char *t;
	Rune r;
	long i;
	int nr, ref, got;

	if(k > n)
		k = n;
	t = malloc(k);
	memmove(t, s, k);
	nr = 0;
	for(i = 0; i < k && t[i] != 0; nr++){
		ref = refdecode((uchar*)t+i, k-i, &r);
		if(ref == Short)
			break;
		i += ref > 0 ? ref : 1;
	}
	got = utfnlen(t, k);
	fuzzcheck(name, got == nr, "utfnlen of %ld bytes gave %d, want %d", k, got, nr);
	free(t);
}

/* runetochar of any 32-bit value: runelen bytes that decode to it, or to Runeerror if it is no rune. */
static void
checkencode(Rune v)
{
	uchar *buf;
	Rune r;
	int w, ref;

	buf = malloc(UTFmax);
	w = runetochar((char*)buf, &v);
	fuzzcheck(name, w == runelen(v), "runetochar(%#ux) wrote %d bytes, runelen says %d", v, w, runelen(v));
	ref = refdecode(buf, w, &r);
	fuzzcheck(name, ref == w, "runetochar(%#ux) wrote an invalid sequence", v);
	if(v <= Runemax && (v < 0xD800 || v > 0xDFFF))
		fuzzcheck(name, r == v, "runetochar(%#ux) decodes to %#ux", v, r);
	else
		fuzzcheck(name, r == Runeerror, "runetochar(%#ux), not a rune, decodes to %#ux", v, r);
	free(buf);
}

/*
 * snprint into exactly size bytes: the output is a prefix of full (the
 * unbounded output), cut only as far as needed and, if full is valid
 * UTF-8, at a rune boundary.
 */
static void
checkcut(char *fmt, char *s, char *full, long size)
{
	char *buf;
	long nfull, len, want;
	int n;

	nfull = strlen(full);
	buf = malloc(size);
	n = snprint(buf, size, fmt, s);
	len = strlen(buf);
	fuzzcheck(name, n == len && len <= size-1, "snprint %s into %ld bytes gave %d, string of %ld", fmt, size, n, len);
	fuzzcheck(name, memcmp(buf, full, len) == 0, "snprint %s into %ld bytes is not a prefix of the whole output", fmt, size);
	want = MIN(nfull, size-1);
	fuzzcheck(name, len >= want-(UTFmax-1), "snprint %s into %ld bytes gave %ld of %ld", fmt, size, len, nfull);
	if(validutf((uchar*)full, nfull))
		fuzzcheck(name, validutf((uchar*)buf, len), "snprint %s into %ld bytes split a sequence (%ld bytes)", fmt, size, len);
	free(buf);
}

/* tokenize on a copy of q must give exactly one word, want. */
static void
checktokenize(char *q, char *want, char *what)
{
	char *t, *args[3];
	int nw;

	t = malloc(strlen(q)+1);
	strcpy(t, q);
	nw = tokenize(t, args, nelem(args));
	fuzzcheck(name, nw == 1, "%s: %d words from tokenize", what, nw);
	fuzzcheck(name, strcmp(args[0], want) == 0, "%s: tokenize gave a different word", what);
	free(t);
}

static void
checkprint(char *s, const uchar *data, long n)
{
	char *out, *pre;
	long len, room, plen;
	int valid, prec, width, nr, m;

	len = strlen(s);
	valid = validutf((uchar*)s, len);
	room = 2*len + 3 + 64;	/* %q doubles quotes and adds two; 64 for the widths below */
	out = malloc(room);

	m = snprint(out, room, "%s", s);
	fuzzcheck(name, m == len && strcmp(out, s) == 0, "%%s gave %d bytes, not the string's %ld", m, len);
	checkcut("%s", s, out, 1 + (n > 0 ? data[0] : 0) % (len+2));

	m = snprint(out, room, "%q", s);
	fuzzcheck(name, m == (long)strlen(out) && m >= len, "%%q gave %d bytes for %ld", m, len);
	if(valid)
		fuzzcheck(name, validutf((uchar*)out, m), "%%q of valid UTF-8 is not valid UTF-8");
	checktokenize(out, s, "%q");
	checkcut("%q", s, out, 1 + (n > 1 ? data[1] : 0) % (m+2));

	/* precision: the first prec runes */
	prec = n > 2 ? data[2] % 40 : 0;
	plen = runebytes(s, prec);
	pre = malloc(plen+1);
	memmove(pre, s, plen);
	pre[plen] = 0;
	m = snprint(out, room, "%.*s", prec, s);
	fuzzcheck(name, m == plen && memcmp(out, s, plen) == 0, "%%.%ds gave %d bytes, want %ld", prec, m, plen);
	m = snprint(out, room, "%.*q", prec, s);
	checktokenize(out, pre, "%.*q");
	if(valid)
		fuzzcheck(name, validutf((uchar*)out, m), "%%.%dq of valid UTF-8 is not valid UTF-8", prec);

	/* width: blanks to make up width runes, left or right */
	width = n > 3 ? data[3] % 48 : 0;
	nr = nrunes(pre, plen);
	m = snprint(out, room, "%*.*s", width, prec, s);
	fuzzcheck(name, m == plen + MAX(0, width-nr), "%%%d.%ds gave %d bytes for %d runes in %ld", width, prec, m, nr, plen);
	fuzzcheck(name, memcmp(out + m - plen, pre, plen) == 0, "%%%d.%ds: text is not at the right", width, prec);
	snprint(out, room, "%-*q", width, pre);
	checktokenize(out, pre, "%-*q");
	free(pre);
	free(out);
}

int
LLVMFuzzerTestOneInput(const uchar *data, size_t size)
{
	char *s;
	uchar *tail;
	Rune v;
	long n;

	if(size > 0x10000)
		return 0;
	n = size;
	/* the input and a NUL, in exactly that much memory */
	s = malloc(n+1);
	memmove(s, data, n);
	s[n] = 0;
	tail = malloc(UTFmax);

	checkdecode(s, n, tail);
	checkutfnlen(s, n, n > 0 ? n - data[0] % (n+1) : 0);
	if(n >= 4){
		v = data[0] | data[1]<<8 | data[2]<<16 | (Rune)data[3]<<24;
		checkencode(v);
		checkencode(v & 0x1FFFFF);
		checkencode(v & 0xFFFF);
	}
	checkprint(s, data, n);

	free(tail);
	free(s);
	fuzzerrcheck(name);
	return 0;
}
