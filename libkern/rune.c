/*
 * UTF-8. Only well-formed UTF-8 decodes: an invalid byte, a truncated
 * sequence, an overlong encoding, a surrogate or a value past Runemax
 * decodes to Runeerror and consumes one byte, so a decoder always
 * advances and resynchronises at the next byte. Encoding an invalid
 * rune writes Runeerror.
 */
#include "kern.h"

enum {
	Tx = 0x80,	/* continuation bytes are 10xxxxxx */
	Maskx = 0x3F,
	Surr0 = 0xD800,
	Surr1 = 0xDFFF,
};

/*
 * The length of the sequence a byte starts, or 0 if it cannot start
 * one; lo and hi bound the second byte, which is where overlong forms,
 * surrogates and values past Runemax show.
 */
static int
seqlen(int c, int *lo, int *hi)
{
	*lo = 0x80;
	*hi = 0xBF;
	if(c < 0x80)
		return 1;
	if(c < 0xC2)
		return 0;
	if(c < 0xE0)
		return 2;
	if(c < 0xF0){
		if(c == 0xE0)
			*lo = 0xA0;
		else if(c == 0xED)
			*hi = 0x9F;
		return 3;
	}
	if(c < 0xF5){
		if(c == 0xF0)
			*lo = 0x90;
		else if(c == 0xF4)
			*hi = 0x8F;
		return 4;
	}
	return 0;
}

/*
 * How many of the n bytes at s (n <= UTFmax) form a valid prefix of a
 * sequence; *len is the sequence's full length (0: s[0] is invalid).
 */
static int
validprefix(uchar *s, int n, int *len)
{
	int i, lo, hi;

	*len = seqlen(s[0], &lo, &hi);
	if(*len == 0)
		return 0;
	if(n > *len)
		n = *len;
	for(i = 1; i < n; i++){
		if(s[i] < lo || s[i] > hi)
			return i;
		lo = 0x80;
		hi = 0xBF;
	}
	return n;
}

int
chartorune(Rune *r, char *str)
{
	uchar *s;
	int i, n, len;
	Rune v;

	s = (uchar*)str;
	if(s[0] < Runeself){
		*r = s[0];
		return 1;
	}
	/* validprefix stops at the first bad byte, and NUL is one, so this never reads past a string's end */
	n = validprefix(s, UTFmax, &len);
	if(len == 0 || n < len){
		*r = Runeerror;
		return 1;
	}
	v = s[0] & (0x7F >> len);
	for(i = 1; i < len; i++)
		v = v<<6 | (s[i] & Maskx);
	*r = v;
	return len;
}

static int
validrune(Rune r)
{
	return r <= Runemax && (r < Surr0 || r > Surr1);
}

int
runetochar(char *str, Rune *rp)
{
	uchar *s;
	Rune r;

	s = (uchar*)str;
	r = *rp;
	if(!validrune(r))
		r = Runeerror;
	if(r < 0x80){
		s[0] = r;
		return 1;
	}
	if(r < 0x800){
		s[0] = 0xC0 | r>>6;
		s[1] = Tx | (r & Maskx);
		return 2;
	}
	if(r < 0x10000){
		s[0] = 0xE0 | r>>12;
		s[1] = Tx | (r>>6 & Maskx);
		s[2] = Tx | (r & Maskx);
		return 3;
	}
	s[0] = 0xF0 | r>>18;
	s[1] = Tx | (r>>12 & Maskx);
	s[2] = Tx | (r>>6 & Maskx);
	s[3] = Tx | (r & Maskx);
	return 4;
}

/* Bytes runetochar writes for c; an invalid rune costs Runeerror's three. */
int
runelen(long c)
{
	if(c < 0 || c > Runemax || !validrune(c))
		return 3;
	if(c < 0x80)
		return 1;
	if(c < 0x800)
		return 2;
	if(c < 0x10000)
		return 3;
	return 4;
}

int
runenlen(Rune *r, int n)
{
	int nb;

	nb = 0;
	while(n-- > 0)
		nb += runelen(*r++);
	return nb;
}

/*
 * Whether chartorune can decode the n bytes at s without needing
 * more: true once they hold a whole sequence or enough to see that
 * it is invalid (which decodes to Runeerror, one byte).
 */
int
fullrune(char *s, int n)
{
	int len, v;

	if(n <= 0)
		return 0;
	if(n > UTFmax)
		n = UTFmax;
	v = validprefix((uchar*)s, n, &len);
	return len == 0 || v < n || n >= len;
}

int
utflen(char *s)
{
	Rune r;
	int n;

	for(n = 0; *s != 0; n++){
		if((uchar)*s < Runeself)
			s++;
		else
			s += chartorune(&r, s);
	}
	return n;
}

/* Runes in the first n bytes of s, stopping at a NUL; a sequence cut short by n is not counted. */
int
utfnlen(char *s, long n)
{
	Rune r;
	char *e;
	int nr;

	e = s + n;
	for(nr = 0; s < e && *s != 0; nr++){
		if((uchar)*s < Runeself)
			s++;
		else if(fullrune(s, e-s))
			s += chartorune(&r, s);
		else
			break;
	}
	return nr;
}

/* The first c in s; c == 0 finds the terminating NUL. */
char*
utfrune(char *s, long c)
{
	Rune r;
	int n;

	if(c < Runeself){
		for(;; s++){
			if((uchar)*s == c)
				return s;
			if(*s == 0)
				return nil;
		}
	}
	for(; *s != 0; s += n){
		n = chartorune(&r, s);
		if(r == c)
			return s;
	}
	return nil;
}

char*
utfrrune(char *s, long c)
{
	Rune r;
	char *last;
	int n;

	if(c == 0)
		return s + strlen(s);
	last = nil;
	for(; *s != 0; s += n){
		n = chartorune(&r, s);
		if(r == c)
			last = s;
	}
	return last;
}

/* The first occurrence of t in s starting at a rune boundary; t empty finds s. */
char*
utfutf(char *s, char *t)
{
	Rune r;
	size_t n;
	int w;

	if(*t == 0)
		return s;
	w = chartorune(&r, t);
	n = strlen(t);
	for(; (s = utfrune(s, r)) != nil; s += w)
		if(strncmp(s, t, n) == 0)
			return s;
	return nil;
}

/*
 * Copies from to to without passing end and without splitting a
 * sequence; always terminates unless to >= end. Returns the NUL.
 */
char*
utfecpy(char *to, char *end, char *from)
{
	Rune r;
	int w;

	if(to >= end)
		return to;
	for(; *from != 0; from += w, to += w){
		w = chartorune(&r, from);
		if(w > end-1-to)
			break;
		memmove(to, from, w);
	}
	*to = 0;
	return to;
}

int
runestrlen(Rune *r)
{
	Rune *p;

	for(p = r; *p != 0; p++)
		;
	return p - r;
}
