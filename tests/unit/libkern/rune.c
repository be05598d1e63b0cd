/*
 * Tests libkern/rune.c: encodings of the boundary runes, a round trip
 * of every rune, decoding of every 1-, 2- and 3-byte sequence and of
 * random 4-byte ones against a reference decoder written differently
 * (decode by bit pattern, then reject), the string functions, and
 * random bytes fed to the decoder.
 */
#include <string.h>
#include <stdlib.h>
#include "../../../libkern/kern.h"
#include "test.h"

/* The reference decoder: 0 if s[0..n-1] is not exactly one well-formed sequence. */
static int
refdecode(uchar *s, int n, Rune *r)
{
	Rune v;
	int i, len;

	if(s[0] < 0x80)
		len = 1, v = s[0];
	else if((s[0] & 0xE0) == 0xC0)
		len = 2, v = s[0] & 0x1F;
	else if((s[0] & 0xF0) == 0xE0)
		len = 3, v = s[0] & 0x0F;
	else if((s[0] & 0xF8) == 0xF0)
		len = 4, v = s[0] & 0x07;
	else
		return 0;
	if(len != n)
		return 0;
	for(i = 1; i < len; i++){
		if((s[i] & 0xC0) != 0x80)
			return 0;
		v = v<<6 | (s[i] & 0x3F);
	}
	if(len == 2 && v < 0x80)
		return 0;
	if(len == 3 && v < 0x800)
		return 0;
	if(len == 4 && v < 0x10000)
		return 0;
	if(v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*r = v;
	return 1;
}

/*
 * Whether s[0..k-1] is a proper prefix of some well-formed sequence.
 * Only the second byte's range matters, and its limits are among
 * these, so trying them for each missing byte finds any completion.
 */
static int
refproper(uchar *s, int k)
{
	static uchar cont[] = { 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF };
	uchar t[4];
	Rune r;
	int len, i, x, nx;

	for(len = k+1; len <= 4; len++){
		memcpy(t, s, k);
		nx = 1;
		for(i = k; i < len; i++)
			nx *= nelem(cont);
		for(x = 0; x < nx; x++){
			int y = x;

			for(i = k; i < len; i++, y /= nelem(cont))
				t[i] = cont[y % nelem(cont)];
			if(refdecode(t, len, &r))
				return 1;
		}
	}
	return 0;
}

static struct {
	Rune	r;
	char	*utf;
} known[] = {
	{ 0, "" },
	{ 0x7F, "\x7F" },
	{ 0x80, "\xC2\x80" },
	{ 0x7FF, "\xDF\xBF" },
	{ 0x800, "\xE0\xA0\x80" },
	{ 0xD7FF, "\xED\x9F\xBF" },
	{ 0xE000, "\xEE\x80\x80" },
	{ 0xFFFD, "\xEF\xBF\xBD" },
	{ 0xFFFF, "\xEF\xBF\xBF" },
	{ 0x10000, "\xF0\x90\x80\x80" },
	{ 0x10FFFF, "\xF4\x8F\xBF\xBF" },
	{ 0xD800, "\xEF\xBF\xBD" },	/* surrogates, and beyond Runemax, encode as Runeerror */
	{ 0xDFFF, "\xEF\xBF\xBD" },
	{ 0x110000, "\xEF\xBF\xBD" },
	{ 0xFFFFFFFF, "\xEF\xBF\xBD" },
};

static void
testknown(void)
{
	char buf[8];
	Rune r;
	int i, n, want;

	for(i = 0; i < (int)nelem(known); i++){
		memset(buf, 'x', sizeof buf);
		n = runetochar(buf, &known[i].r);
		want = known[i].r == 0 ? 1 : strlen(known[i].utf);
		check(n == want && memcmp(buf, known[i].utf, want) == 0 && buf[want] == 'x',
			"runetochar(%#x) wrote %d bytes %.2x %.2x %.2x", known[i].r, n, (uchar)buf[0], (uchar)buf[1], (uchar)buf[2]);
		check(runelen(known[i].r) == want, "runelen(%#x) = %d, want %d", known[i].r, runelen(known[i].r), want);
		if(known[i].r == 0 || known[i].r > Runemax || (known[i].r >= 0xD800 && known[i].r <= 0xDFFF))
			continue;
		n = chartorune(&r, known[i].utf);
		check(n == want && r == known[i].r, "chartorune of the encoding of %#x gave %#x, %d bytes", known[i].r, r, n);
	}
	check(runelen(-1) == 3, "runelen(-1) = %d, want 3 (Runeerror)", runelen(-1));
	if(sizeof(long) > 4)
		check(runelen((long)(0x100000041ULL & ~0UL)) == 3, "runelen of a huge long wrapped to a valid rune");
}

/* Every rune encodes to what the reference decodes back, and chartorune agrees. */
static void
testroundtrip(void)
{
	char buf[UTFmax+1];
	Rune r, c, ref;
	int n, m;

	for(c = 0; c <= Runemax + 2; c++){
		memset(buf, 0, sizeof buf);
		n = runetochar(buf, &c);
		if((c >= 0xD800 && c <= 0xDFFF) || c > Runemax){
			check(n == 3 && memcmp(buf, "\xEF\xBF\xBD", 3) == 0, "invalid rune %#x did not encode as Runeerror", c);
			continue;
		}
		check(n == runelen(c), "rune %#x: runetochar wrote %d bytes, runelen says %d", c, n, runelen(c));
		check(refdecode((uchar*)buf, n, &ref) && ref == c, "rune %#x: encoding is not well-formed UTF-8", c);
		if(c == 0)
			continue;
		m = chartorune(&r, buf);
		check(m == n && r == c, "rune %#x: decoded as %#x in %d bytes", c, r, m);
		check(fullrune(buf, n) && (n == 1 || !fullrune(buf, n-1)), "rune %#x: fullrune wrong on its encoding", c);
	}
}

/* Decodes s (exactly n bytes, NUL after) and checks chartorune against the reference. */
static void
decodeone(uchar *s, int n)
{
	Rune r, ref;
	int m, k, fr;

	if(s[0] == 0)
		return;
	m = chartorune(&r, (char*)s);
	/* the longest well-formed sequence s starts with */
	for(k = UTFmax; k > 0; k--)
		if(k <= n && refdecode(s, k, &ref))
			break;
	if(k > 0)
		check(m == k && r == ref, "%.2x %.2x %.2x %.2x decoded as %#x in %d bytes, want %#x in %d", s[0], s[1], s[2], s[3], r, m, ref, k);
	else
		check(m == 1 && r == Runeerror, "invalid %.2x %.2x %.2x %.2x decoded as %#x in %d bytes", s[0], s[1], s[2], s[3], r, m);
	/* fullrune: true exactly when the bytes are not a proper prefix of a sequence */
	for(k = 1; k <= n; k++){
		fr = fullrune((char*)s, k);
		check(fr == !refproper(s, k), "fullrune(%.2x %.2x %.2x %.2x, %d) = %d", s[0], s[1], s[2], s[3], k, fr);
	}
}

static void
testexhaustive(void)
{
	uchar s[UTFmax+1];
	long i;

	memset(s, 0, sizeof s);
	for(i = 1; i < 256; i++){
		s[0] = i;
		decodeone(s, 1);
	}
	for(i = 0; i < 1L<<16; i++){
		s[0] = i>>8;
		s[1] = i;
		if(s[1] != 0)
			decodeone(s, 2);
	}
	/* all three-byte sequences with a lead byte that can start one (the others fail on the first byte) */
	for(i = 0; i < 1L<<24; i++){
		s[0] = i>>16;
		s[1] = i>>8;
		s[2] = i;
		if(s[0] < 0xE0 || s[1] == 0 || s[2] == 0)
			continue;
		{
			Rune r, ref;
			int m;

			m = chartorune(&r, (char*)s);
			if(refdecode(s, 3, &ref))
				check(m == 3 && r == ref, "%.2x %.2x %.2x decoded as %#x in %d", s[0], s[1], s[2], r, m);
			else if(refdecode(s, 2, &ref))
				check(m == 2 && r == ref, "%.2x %.2x %.2x decoded as %#x in %d", s[0], s[1], s[2], r, m);
			else
				check(m == 1 && r == Runeerror, "%.2x %.2x %.2x decoded as %#x in %d, want Runeerror in 1", s[0], s[1], s[2], r, m);
		}
	}
	for(i = 0; i < 200000; i++){
		s[0] = 0xF0 + testrand() % 16;
		s[1] = testrand() % 2 ? 0x80 + testrand() % 64 : testrand();
		s[2] = testrand() % 4 ? 0x80 + testrand() % 64 : testrand();
		s[3] = testrand() % 4 ? 0x80 + testrand() % 64 : testrand();
		if(s[1] && s[2] && s[3])
			decodeone(s, 4);
	}
}

/* Invalid input decodes to Runeerror one byte at a time, however it is invalid. */
static void
testinvalid(void)
{
	static struct {
		char	*s;
		int	nerr;	/* Runeerrors before the trailing 'z' */
	} t[] = {
		{ "\x80z", 1 },			/* lone continuation byte */
		{ "\xBF\x80z", 2 },
		{ "\xC0\x80z", 2 },		/* overlong NUL */
		{ "\xC1\xBFz", 2 },		/* overlong */
		{ "\xE0\x80\x80z", 3 },		/* overlong */
		{ "\xE0\x9F\xBFz", 3 },		/* overlong U+07FF */
		{ "\xF0\x80\x80\x80z", 4 },	/* overlong */
		{ "\xF0\x8F\xBF\xBFz", 4 },	/* overlong U+FFFF */
		{ "\xED\xA0\x80z", 3 },		/* surrogate D800 */
		{ "\xED\xBF\xBFz", 3 },		/* surrogate DFFF */
		{ "\xF4\x90\x80\x80z", 4 },	/* 0x110000 */
		{ "\xF5\x80\x80\x80z", 4 },
		{ "\xF8\x88\x80\x80\x80z", 5 },	/* old 5-byte form */
		{ "\xFE\xFFz", 2 },
		{ "\xE2\x82z", 2 },		/* truncated by an ASCII byte */
		{ "\xF0\x9F\x98z", 3 },		/* truncated */
		{ "\xC2z", 1 },
	};
	Rune r;
	char *s;
	int i, n, k;

	for(i = 0; i < (int)nelem(t); i++){
		s = t[i].s;
		for(k = 0; k < t[i].nerr; k++){
			n = chartorune(&r, s);
			check(n == 1 && r == Runeerror, "input %d byte %d: decoded %#x in %d bytes, want Runeerror in 1", i, k, r, n);
			s += n;
		}
		n = chartorune(&r, s);
		check(n == 1 && r == 'z', "input %d: lost sync, got %#x", i, r);
		check(utflen(t[i].s) == t[i].nerr + 1, "utflen of input %d = %d, want %d", i, utflen(t[i].s), t[i].nerr + 1);
	}
	/* a sequence cut by the end of the string never reads past the NUL */
	{
		char *p = malloc(2);

		p[0] = 0xE2;
		p[1] = 0;
		n = chartorune(&r, p);
		check(n == 1 && r == Runeerror, "truncated at NUL: %#x in %d", r, n);
		free(p);
	}
}

static void
testfullrune(void)
{
	check(!fullrune("", 0), "fullrune of no bytes");
	check(fullrune("a", 1), "fullrune(a, 1)");
	check(!fullrune("\xE2\x82", 2), "fullrune of 2 bytes of a 3-byte rune");
	check(fullrune("\xE2\x82\xAC", 3), "fullrune of a whole 3-byte rune");
	check(fullrune("\xE2z", 2), "fullrune of a sequence already broken");
	check(fullrune("\x80", 1), "fullrune of a continuation byte");
	check(!fullrune("\xF0\x9F\x98", 3), "fullrune of 3 bytes of a 4-byte rune");
	check(fullrune("\xE0\x80", 2), "fullrune of an overlong prefix");
	check(!fullrune("\xF4", 1), "fullrune(F4, 1)");
	check(fullrune("\xF4\x90", 2), "fullrune of a prefix past Runemax");
}

/* Whether s has a rune boundary at byte off. */
static int
boundary(char *s, int off)
{
	Rune r;
	int i;

	for(i = 0; i < off; i += chartorune(&r, s+i))
		;
	return i == off;
}

static void
teststrings(void)
{
	char *s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80" "b\xE2\x82\xAC";	/* a é € 😀 b € */
	char buf[16], *p;
	Rune rs[] = { 'a', 0xE9, 0x20AC, 0x1F600, 0 };
	int i;

	check(utflen(s) == 6, "utflen = %d, want 6", utflen(s));
	check(utflen("") == 0, "utflen(\"\") != 0");
	check(utfnlen(s, 3) == 2, "utfnlen(s, 3) = %d, want 2", utfnlen(s, 3));
	check(utfnlen(s, 2) == 1, "utfnlen counts a cut sequence: %d", utfnlen(s, 2));
	check(utfnlen(s, 100) == 6, "utfnlen stops at NUL: %d", utfnlen(s, 100));
	check(utfnlen("ab\xE2", 3) == 2, "utfnlen counts a truncated tail");
	check(utfnlen("\x80\x80", 2) == 2, "utfnlen of invalid bytes");
	check(utfrune(s, 0x20AC) == s+3, "utfrune(€) at %ld", (long)(utfrune(s, 0x20AC)-s));
	check(utfrune(s, 'b') == s+10, "utfrune(b)");
	check(utfrune(s, 0) == s+strlen(s), "utfrune(0) is not the NUL");
	check(utfrune(s, 0x20AD) == nil, "utfrune found a missing rune");
	check(utfrune("\xE2\x82\xAC", 0xAC) == nil, "utfrune matched a continuation byte");
	check(utfrrune(s, 0x20AC) == s+11, "utfrrune(€) at %ld", (long)(utfrrune(s, 0x20AC)-s));
	check(utfrrune(s, 'a') == s, "utfrrune(a)");
	check(utfrrune(s, 0) == s+strlen(s), "utfrrune(0) is not the NUL");
	check(utfrrune(s, 'z') == nil, "utfrrune found a missing rune");
	check(utfutf(s, "\xE2\x82\xAC" "b") == nil, "utfutf found a missing string");
	check(utfutf(s, "\xF0\x9F\x98\x80" "b") == s+6, "utfutf(😀b)");
	check(utfutf(s, "") == s, "utfutf of empty");
	check(utfutf(s, "b\xE2") == s+10, "utfutf of a prefix of a rune");
	check(runestrlen(rs) == 4, "runestrlen = %d", runestrlen(rs));
	check(runenlen(rs, 4) == 1+2+3+4, "runenlen = %d", runenlen(rs, 4));
	check(runenlen(rs, 0) == 0, "runenlen of none");

	/* utfecpy never splits a rune, never passes end, always terminates */
	for(i = 1; i <= 14; i++){
		memset(buf, 'x', sizeof buf);
		p = utfecpy(buf, buf+i, s);
		check(p < buf+i && *p == 0 && buf[i] == 'x', "utfecpy into %d bytes overran or did not terminate", i);
		check(boundary(s, p-buf), "utfecpy into %d bytes split a rune", i);
		check(memcmp(buf, s, p-buf) == 0, "utfecpy into %d bytes copied the wrong bytes", i);
	}
	check(utfecpy(buf, buf, s) == buf, "utfecpy into nothing");
	p = utfecpy(buf, buf+sizeof buf, s);
	check(p == buf+strlen(s) && strcmp(buf, s) == 0, "utfecpy of all of s");
}

/* Random bytes: every decoder step advances, stays in the string, and re-encodes valid runes to the same bytes. */
static void
testfuzz(void)
{
	char buf[64], enc[UTFmax];
	Rune r;
	int t, i, n, len, w, nr;

	for(t = 0; t < 200000; t++){
		len = testrand() % 16;
		for(i = 0; i < len; i++){
			buf[i] = testrand();
			if(buf[i] == 0)
				buf[i] = 0xE2;
		}
		buf[len] = 0;
		nr = 0;
		for(i = 0; i < len; i += w){
			w = chartorune(&r, buf+i);
			check(w >= 1 && i+w <= len, "chartorune stepped %d at %d of %d", w, i, len);
			check(fullrune(buf+i, len-i+1), "fullrune false with the whole rest of the string and its NUL");
			if(r != Runeerror){
				n = runetochar(enc, &r);
				check(n == w && memcmp(enc, buf+i, w) == 0, "decoded %#x does not re-encode to its bytes", r);
			}
			nr++;
			if(w < 1)
				break;
		}
		check(utflen(buf) == nr, "utflen %d, chartorune steps %d", utflen(buf), nr);
		check(utfnlen(buf, len+1) == nr, "utfnlen with the NUL %d, steps %d", utfnlen(buf, len+1), nr);
		/* without the NUL a sequence cut at the end is not counted (its bytes were up to 3 steps) */
		n = utfnlen(buf, len);
		check(n <= nr && n >= nr-(UTFmax-1), "utfnlen %d, steps %d", n, nr);
	}
}

int
main(void)
{
	run("runetochar and chartorune on the boundary runes", testknown);
	run("every rune round trips; invalid runes encode as Runeerror", testroundtrip);
	run("chartorune and fullrune agree with a reference on every 1-3 byte input", testexhaustive);
	run("invalid sequences decode to Runeerror one byte at a time", testinvalid);
	run("fullrune", testfullrune);
	run("utflen utfnlen utfrune utfrrune utfutf utfecpy runestrlen runenlen", teststrings);
	run("fuzz: random bytes through chartorune, utflen, utfnlen", testfuzz);
	return testexit();
}
