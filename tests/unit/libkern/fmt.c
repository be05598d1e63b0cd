/*
 * Tests print and its verbs (libkern/fmt.c, fmtquote.c, fmtfloat.c,
 * print.c): a table of formats with the output Plan 9 or C gives;
 * integer and floating formats over every combination of flags,
 * width and precision against the host's snprintf; the bounds of
 * snprint and seprint; print's flushing; verbs added by fmtinstall;
 * and random formats and strings under ASan.
 */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <limits.h>
#include <float.h>
#include <math.h>
#include <unistd.h>
#include "../../../libkern/kern.h"
#include "test.h"

/* print's output goes here while capturing, else to fd 1 */
static char captured[1<<16];
static int ncaptured, npieces, maxpiece, capturing;

void
putstrn(char *s, int n)
{
	if(!capturing){
		write(1, s, n);
		return;
	}
	if(ncaptured + n < (int)sizeof captured){
		memcpy(captured+ncaptured, s, n);
		ncaptured += n;
	}
	npieces++;
	if(n > maxpiece)
		maxpiece = n;
}

static char errtext[ERRMAX] = "no error";

void
rerrstr(char *buf, uint n)
{
	snprintf(buf, n, "%s", errtext);
}

static void
capture(void)
{
	capturing = 1;
	ncaptured = 0;
	npieces = 0;
	maxpiece = 0;
}

/* One case: snprint of fmt and its arguments must give want. */
static void
fmtcase(char *want, char *fmt, ...)
{
	char buf[512];
	va_list a;
	int n;

	testbegin("snprint \"%s\" gives \"%s\"", fmt, want);
	memset(buf, 'Z', sizeof buf);
	va_start(a, fmt);
	n = vsnprint(buf, sizeof buf, fmt, a);
	va_end(a);
	check(strcmp(buf, want) == 0, "got \"%s\"", buf);
	check(n == (int)strlen(buf), "returned %d for %zu bytes", n, strlen(buf));
	testend();
}

static Rune runes[] = { 0xE9, 0x20AC, 0 };
static Rune badrunes[] = { 'a', 0xD800, 0x110000, 0 };

static void
testtable(void)
{
	/* integers */
	fmtcase("0", "%d", 0);
	fmtcase("-42", "%d", -42);
	fmtcase("   42", "%5d", 42);
	fmtcase("42   |", "%-5d|", 42);
	fmtcase("-0042", "%05d", -42);
	fmtcase("+5  5", "%+d % d", 5, 5);
	fmtcase("007", "%.3d", 7);
	fmtcase("[]", "[%.0d]", 0);
	fmtcase("ff FF 0xff 0XFF", "%x %X %#x %#X", 255, 255, 255, 255);
	fmtcase("10 010 0", "%o %#o %#o", 8, 8, 0);
	fmtcase("101", "%b", 5);
	fmtcase("-9223372036854775808", "%lld", LLONG_MIN);
	fmtcase("18446744073709551615", "%llu", ULLONG_MAX);
	fmtcase("-56 4464", "%hhd %hd", 200, 70000);
	fmtcase("   1|1    |1    |", "%*d|%-*d|%*d|", 4, 1, 5, 1, -5, 1);
	fmtcase("001 1", "%.*d %.*d", 3, 1, -1, 1);
	fmtcase("1,234,567 -1,234 123 0", "%,d %,d %,d %,d", 1234567, -1234, 123, 0);
	fmtcase("1234,5678", "%,x", 0x12345678);
	/* Plan 9's u flag */
	fmtcase("4294967295", "%ud", -1);
	fmtcase("18446744073709551615", "%ulld", -1LL);
	fmtcase("00000000000000ff", "%.16ullx", 255LL);
	fmtcase("ffffffff", "%ux", -1);
	fmtcase("18446744073709551615", "%lud", -1L);
	fmtcase("ffffffffffffffff", "%llux", -1LL);
	fmtcase("7u", "%uu", 7);	/* a u before a non-integer verb is C's %u */
	fmtcase("42 z", "%zu %c", (size_t)42, 'z');
	/* pointers */
	fmtcase("0x1234", "%p", (void*)0x1234);
	fmtcase("0x0", "%p", nil);
	fmtcase("  0xff", "%6p", (void*)0xff);
	/* strings, with widths and precisions in runes */
	fmtcase("abc", "%s", "abc");
	fmtcase("<nil>", "%s", (char*)nil);
	fmtcase("   ab|ab   |", "%5s|%-5s|", "ab", "ab");
	fmtcase("ab", "%.2s", "abc");
	fmtcase("ab", "%.*s", 2, "abcdef");
	fmtcase("\xC3\xA9", "%.1s", "\xC3\xA9\xC3\xA9");
	fmtcase("  \xC3\xA9", "%3s", "\xC3\xA9");
	fmtcase("", "%s", "");
	/* runes */
	fmtcase("a", "%c", 'a');
	fmtcase("\xC3\xA9", "%c", 0xE9);
	fmtcase("\xE2\x82\xAC", "%C", 0x20AC);
	fmtcase("  \xE2\x82\xAC|", "%3C|", 0x20AC);
	fmtcase("\xF4\x8F\xBF\xBF", "%C", 0x10FFFF);
	fmtcase("\xEF\xBF\xBD", "%C", 0xD800);
	fmtcase("\xC3\xA9\xE2\x82\xAC", "%S", runes);
	fmtcase("\xC3\xA9", "%.1S", runes);
	fmtcase("  \xC3\xA9\xE2\x82\xAC|", "%4S|", runes);
	fmtcase("<nil>", "%S", (Rune*)nil);
	fmtcase("a\xEF\xBF\xBD\xEF\xBF\xBD", "%S", badrunes);
	/* quoting */
	fmtcase("abc", "%q", "abc");
	fmtcase("''", "%q", "");
	fmtcase("'a b'", "%q", "a b");
	fmtcase("'it''s'", "%q", "it's");
	fmtcase("''''", "%q", "'");
	fmtcase("'tab\there'", "%q", "tab\there");
	fmtcase("'new\nline'", "%q", "new\nline");
	fmtcase("'\x01'", "%q", "\x01");
	fmtcase("\xC3\xA9t\xC3\xA9", "%q", "\xC3\xA9t\xC3\xA9");
	fmtcase("a\x7F", "%q", "a\x7F");
	fmtcase("<nil>", "%q", (char*)nil);
	fmtcase("   'a b'|'a b'   |", "%8q|%-8q|", "a b", "a b");
	fmtcase("'a '", "%.2q", "a b c");
	fmtcase("abc", "%.3q", "abc def");
	/* %r, %%, and what is not a verb */
	fmtcase("no error", "%r");
	fmtcase("100% done", "100%% done");
	fmtcase("%y", "%y");
	fmtcase("abc%", "abc%");
	fmtcase("%\xE2\x98\xBA", "%\xE2\x98\xBA");
	/* floating point */
	fmtcase("0.1", "%g", 0.1);
	fmtcase("1e+20", "%g", 1e20);
	fmtcase("3.14159", "%g", 3.14159);
	fmtcase("1e-05", "%g", 1e-5);
	fmtcase("0.0001", "%g", 1e-4);
	fmtcase("1.23457e+08", "%g", 123456789.0);
	fmtcase("-0", "%g", -0.0);
	fmtcase("0", "%g", 0.0);
	fmtcase("100000 1e+06", "%g %g", 1e5, 1e6);
	fmtcase("3.141590", "%f", 3.14159);
	fmtcase("2.67", "%.2f", 2.675);	/* 2.675 is really 2.67499999... */
	fmtcase("0 2 2 -0", "%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.4);
	fmtcase("1.234568e+04", "%e", 12345.678);
	fmtcase("1.000000E-300", "%E", 1e-300);
	fmtcase("1E-10", "%G", 1e-10);
	fmtcase("+Inf -Inf NaN", "%g %f %e", HUGE_VAL, -HUGE_VAL, NAN);
	fmtcase("    +Inf|NaN   |", "%8g|%-6f|", HUGE_VAL, NAN);
	fmtcase("    +Inf", "%08g", HUGE_VAL);
	fmtcase("-00003.142", "%010.3f", -3.14159);
	fmtcase("+1.0e+01", "%+.1e", 9.96);
	fmtcase("1.00000 3.", "%#g %#.0f", 1.0, 3.0);
	fmtcase("0.000123", "%.3g", 0.0001234);
	fmtcase("4.94066e-324", "%g", 5e-324);
	fmtcase("1.79769e+308", "%g", DBL_MAX);
	fmtcase("0.10000000000000001", "%.17g", 0.1);
	fmtcase("5e+00 5.e+00", "%.0e %#.0e", 5.0, 5.0);
	fmtcase("0.10000000000000000555", "%.20f", 0.1);
	fmtcase("1e+100", "%g", 1e100);
	fmtcase("9.5 10", "%.2g %.2g", 9.5, 9.96);
	fmtcase("1000000.000000", "%f", 999999.9999999);
}

/*
 * Integer formats against snprintf: every combination of the flags
 * "-+ #0", five widths and seven precisions (some from *), on values
 * at the edges of each size, one case per length and verb.
 */
static void
testints(void)
{
	static char *lens[] = { "hh", "h", "", "l", "ll" };
	static char verbs[] = "diuoxX";
	static char *widths[] = { "", "1", "6", "23", "*" };
	static char *precs[] = { "", ".", ".0", ".1", ".5", ".22", ".*" };
	static long long vals[] = {
		0, 1, -1, 7, -7, 42, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, -32768,
		2147483647LL, -2147483648LL, 4294967295LL, 4294967296LL, 1234567890123LL,
		LLONG_MAX, LLONG_MIN, -1234567890123LL,
	};
	char fmt[32], want[128], got[128];
	int li, vi, fl, wi, pi, i, k, nw, ng, star[2] = { 0, 0 }, nstar, bad;
	char *verb;
	long long v;

	for(li = 0; li < (int)nelem(lens); li++)
	for(verb = verbs; *verb != 0; verb++){
		testbegin("integers vs snprintf: %%%s%c", lens[li], *verb);
		bad = 0;
		for(fl = 0; fl < 32; fl++)
		for(wi = 0; wi < (int)nelem(widths); wi++)
		for(pi = 0; pi < (int)nelem(precs); pi++)
		for(vi = 0; vi < (int)nelem(vals); vi++)
		for(k = 0; k < 2; k++){
			/* k picks the sign of the * arguments */
			if(k == 1 && strcmp(widths[wi], "*") != 0 && strcmp(precs[pi], ".*") != 0)
				continue;
			i = 0;
			fmt[i++] = '[';
			fmt[i++] = '%';
			if(fl & 1) fmt[i++] = '-';
			if(fl & 2) fmt[i++] = '+';
			if(fl & 4) fmt[i++] = ' ';
			if(fl & 8) fmt[i++] = '#';
			if(fl & 16) fmt[i++] = '0';
			snprintf(fmt+i, sizeof fmt - i, "%s%s%s%c]", widths[wi], precs[pi], lens[li], *verb);
			nstar = 0;
			if(strcmp(widths[wi], "*") == 0)
				star[nstar++] = k ? -9 : 9;
			if(strcmp(precs[pi], ".*") == 0)
				star[nstar++] = k ? -1 : 4;
			v = vals[vi];
#define BOTH(...) do{ \
	nw = snprintf(want, sizeof want, fmt, __VA_ARGS__); \
	ng = snprint(got, sizeof got, fmt, __VA_ARGS__); \
	}while(0)
#define ARGS(x) do{ \
	switch(nstar){ \
	case 0: BOTH(x); break; \
	case 1: BOTH(star[0], x); break; \
	default: BOTH(star[0], star[1], x); break; \
	} }while(0)
			if(li <= 2)
				ARGS((int)v);
			else if(li == 3)
				ARGS((long)v);
			else
				ARGS(v);
#undef ARGS
#undef BOTH
			if(strcmp(want, got) != 0 || nw != ng){
				if(bad++ == 0)
					fail("\"%s\" of %lld (stars %d %d): got \"%s\", snprintf \"%s\"", fmt, v, star[0], star[1], got, want);
				testbad++;
			}
		}
		if(bad > 0)
			testbad = bad;
		testend();
	}
}

/* Floating formats against snprintf on values whose digits fit libkern's exact ones. */
static void
testfloats(void)
{
	static char verbs[] = "efgEG";
	static char *widths[] = { "", "1", "12", "30" };
	static char *precs[] = { "", ".0", ".1", ".3", ".10", ".17", ".25" };
	static double vals[] = {
		0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 3.14159, -2.718281828459045, 1e-5, 1e-4,
		123456789.0, 1e15, 9.999999999e14, 0.000099999, 0.00001, 99999.5, 999999.5,
		1234.5678, 1e20, 1e100, 1e-100, 1e300, 1e-300, 5e-324, 2.2250738585072014e-308,
		DBL_MAX, 0.3, 2.0/3.0, 1.0/7.0, 9.5, 0.95, 0.095, 8.5, 1e23, 4.35, 0.125, 0.375,
	};
	char fmt[32], want[512], got[512];
	int vi, fl, wi, pi, i, bad, digits, e10;
	char *verb;
	double v;

	for(verb = verbs; *verb != 0; verb++){
		testbegin("floats vs snprintf: %%%c", *verb);
		bad = 0;
		for(fl = 0; fl < 32; fl++)
		for(wi = 0; wi < (int)nelem(widths); wi++)
		for(pi = 0; pi < (int)nelem(precs); pi++)
		for(vi = 0; vi < (int)nelem(vals); vi++){
			v = vals[vi];
			i = 0;
			fmt[i++] = '[';
			fmt[i++] = '%';
			if(fl & 1) fmt[i++] = '-';
			if(fl & 2) fmt[i++] = '+';
			if(fl & 4) fmt[i++] = ' ';
			if(fl & 8) fmt[i++] = '#';
			if(fl & 16) fmt[i++] = '0';
			snprintf(fmt+i, sizeof fmt - i, "%s%s%c]", widths[wi], precs[pi], *verb);
			if(*verb == 'f'){
				/* %f's digits run from the leading one to the precision; libkern gets 40 right */
				e10 = v == 0 ? 0 : (int)floor(log10(fabs(v)));
				digits = e10 + 1 + (precs[pi][0] ? atoi(precs[pi]+1) : 6);
				if(digits > 40)
					continue;
			}
			snprintf(want, sizeof want, fmt, v);
			snprint(got, sizeof got, fmt, v);
			/*
			 * glibc prints %#g of 999999.5 as 1.e+06, losing the
			 * zeros # keeps (C11 7.21.6.1: 1.00000e+06, as libkern has it).
			 */
			if(fl & 8 && (*verb == 'g' || *verb == 'G') && v == 999999.5 && strstr(got, "1.00000"))
				continue;
			if(strcmp(want, got) != 0){
				if(bad++ == 0)
					fail("\"%s\" of %.17g: got \"%s\", snprintf \"%s\"", fmt, v, got, want);
				testbad++;
			}
		}
		if(bad > 0)
			testbad = bad;
		testend();
	}
}

/* Random doubles of every exponent, at precisions that need exact conversion. */
static void
testrandomfloats(void)
{
	static char *fmts[] = { "%.17g", "%.16e", "%g", "%.3e", "%.25e", "%.39e", "%.30g", "%G" };
	char want[128], got[128];
	unsigned long long u;
	double v;
	int i, j;

	for(i = 0; i < 10000; i++){
		do
			u = testrand();
		while(((u >> 52) & 0x7FF) == 0x7FF);
		memcpy(&v, &u, sizeof v);
		for(j = 0; j < (int)nelem(fmts); j++){
			snprintf(want, sizeof want, fmts[j], v);
			snprint(got, sizeof got, fmts[j], v);
			check(strcmp(want, got) == 0, "\"%s\" of %a: got \"%s\", snprintf \"%s\"", fmts[j], v, got, want);
		}
	}
	/* %f of ordinary magnitudes */
	for(i = 0; i < 10000; i++){
		v = (double)(testrand() % 100000000000ULL) * pow(10, (int)(testrand() % 26) - 20);
		if(testrand() % 2)
			v = -v;
		for(j = 0; j < 3; j++){
			char *f = j == 0 ? "%f" : j == 1 ? "%.10f" : "%.0f";

			snprintf(want, sizeof want, f, v);
			snprint(got, sizeof got, f, v);
			check(strcmp(want, got) == 0, "\"%s\" of %.17g: got \"%s\", snprintf \"%s\"", f, v, got, want);
		}
	}
}

/* snprint never writes past n, always terminates, returns the bytes written, cuts only at rune boundaries. */
static void
testsnprint(void)
{
	char buf[64], full[64];
	int n, r, len;
	char *p, *e;

	len = sprint(full, "h\xC3\xA9llo %s %d", "w\xE2\x82\xACrld", 12345);
	check(len == (int)strlen(full) && strcmp(full, "h\xC3\xA9llo w\xE2\x82\xACrld 12345") == 0, "sprint gave \"%s\" (%d)", full, len);
	for(n = 0; n < 30; n++){
		memset(buf, 'Z', sizeof buf);
		r = snprint(buf, n, "h\xC3\xA9llo %s %d", "w\xE2\x82\xACrld", 12345);
		check(buf[n] == 'Z' && buf[n+1] == 'Z', "snprint(n=%d) wrote past n", n);
		if(n == 0){
			check(r == 0 && buf[0] == 'Z', "snprint(n=0) wrote or returned %d", r);
			continue;
		}
		check(r == (int)strlen(buf), "snprint(n=%d) returned %d for %zu bytes", n, r, strlen(buf));
		check(r <= n-1 && strncmp(buf, full, r) == 0, "snprint(n=%d) gave \"%s\"", n, buf);
		check((full[r] & 0xC0) != 0x80, "snprint(n=%d) split a rune: \"%s\"", n, buf);
		check(r >= n-1-(UTFmax-1) || r == len, "snprint(n=%d) stopped early at %d", n, r);
	}
	check(snprint(buf, -1, "abc") == 0, "snprint with negative n");

	e = buf + 10;
	p = seprint(buf, e, "abc");
	check(p == buf+3 && *p == 0, "seprint did not return the NUL");
	p = seprint(p, e, "%d", 12345);
	check(p == buf+8 && strcmp(buf, "abc12345") == 0, "seprint chain gave \"%s\"", buf);
	p = seprint(p, e, "xyz");
	check(p == e-1 && strcmp(buf, "abc12345x") == 0, "seprint at the end gave \"%s\"", buf);
	p = seprint(p, e, "more");
	check(p == e-1 && strcmp(buf, "abc12345x") == 0, "seprint when full gave \"%s\"", buf);
	check(seprint(buf, buf, "abc") == nil, "seprint with e == buf did not return nil");
}

/* print hands everything to putstrn, in pieces no longer than PRINTSIZE. */
static void
testprint(void)
{
	char want[4000], *s;
	int i, n;

	s = malloc(1500);
	for(i = 0; i < 1499; i++)
		s[i] = 'a' + i%26;
	s[1499] = 0;
	snprintf(want, sizeof want, "start %s \xE2\x82\xAC %d end", s, 42);
	capture();
	n = print("start %s \xE2\x82\xAC %d end", s, 42);
	capturing = 0;
	check(n == (int)strlen(want), "print returned %d, want %zu", n, strlen(want));
	check(ncaptured == (int)strlen(want) && memcmp(captured, want, ncaptured) == 0, "print output differs (%d bytes)", ncaptured);
	check(npieces >= (int)strlen(want)/PRINTSIZE, "print flushed in %d pieces", npieces);
	check(maxpiece <= PRINTSIZE, "print flushed a piece of %d bytes", maxpiece);

	capture();
	n = print("%s", "");
	capturing = 0;
	check(n == 0 && ncaptured == 0, "print of nothing gave %d bytes", ncaptured);

	capture();
	n = print("%*d", PRINTSIZE*3, 7);
	capturing = 0;
	check(n == PRINTSIZE*3 && ncaptured == n && captured[n-1] == '7' && captured[0] == ' ', "print of a wide pad gave %d bytes", ncaptured);
	free(s);
}

/* A user verb that prints through fmtprint, which ignores the width. */
typedef struct Pt Pt;
struct Pt {
	int	x;
	int	y;
};

static int
ptfmt(Fmt *f)
{
	Pt *p;

	p = va_arg(f->args, Pt*);
	return fmtprint(f, "(%d,%d)", p->x, p->y);
}

/* The same, through fmtstrcpy, which honours it. */
static int
ptwfmt(Fmt *f)
{
	char buf[32];
	Pt *p;

	p = va_arg(f->args, Pt*);
	snprint(buf, sizeof buf, "(%d,%d)", p->x, p->y);
	return fmtstrcpy(f, buf);
}

enum { FmtTilde = FmtFlag };

static int
tildeflag(Fmt *f)
{
	f->flags |= FmtTilde;
	return 1;
}

static int
tfmt(Fmt *f)
{
	return fmtstrcpy(f, (f->flags & FmtTilde) ? "flag" : "noflag");
}

static int
wfmt(Fmt *f)
{
	if(fmtpad(f, 3) < 0 || fmtrune(f, 0x20AC) < 0)
		return -1;
	return fmtrunestrcpy(f, runes);
}

static int
failfmt(Fmt *f)
{
	return -1;
}

static int
smilefmt(Fmt *f)
{
	return fmtprint(f, "%d:)", va_arg(f->args, int));
}

static int
hexbfmt(Fmt *f)
{
	return fmtprint(f, "b%x", va_arg(f->args, int));
}

static void
testinstall(void)
{
	Pt p = { 1, -2 };

	testbegin("fmtinstall rejects digits, '.', '*' and 0");
	check(fmtinstall('5', ptfmt) < 0, "installed '5'");
	check(fmtinstall('.', ptfmt) < 0, "installed '.'");
	check(fmtinstall('*', ptfmt) < 0, "installed '*'");
	check(fmtinstall(0, ptfmt) < 0, "installed 0");
	check(fmtinstall('P', ptfmt) == 0, "could not install P");
	check(fmtinstall('D', ptwfmt) == 0 && fmtinstall('~', tildeflag) == 0 && fmtinstall('T', tfmt) == 0, "could not install D ~ T");
	check(fmtinstall('W', wfmt) == 0 && fmtinstall('F', failfmt) == 0 && fmtinstall(0x263A, smilefmt) == 0, "could not install W F smile");
	testend();

	fmtcase("(1,-2) 5", "%P %d", &p, 5);
	fmtcase("(1,-2)", "%10P", &p);
	fmtcase("(1,-2)    |    (1,-2)|", "%-10D|%10D|", &p, &p);
	fmtcase("flag noflag", "%~T %T");
	fmtcase("   \xE2\x82\xAC\xC3\xA9\xE2\x82\xAC", "%W");
	fmtcase("7:)", "%\xE2\x98\xBA", 7);
	fmtcase("ab", "ab%Fcd");
}

/* Replacing a built-in verb: run last, as it changes %b for everyone. */
static void
testoverride(void)
{
	testbegin("fmtinstall replaces a built-in verb");
	check(fmtinstall('b', hexbfmt) == 0, "could not install b");
	testend();
	fmtcase("bff 10", "%b %d", 255, 10);
}

/* dofmt on a Fmt with a flush that fails: output stops, dofmt says -1. */
static int nflush;

static int
stopflush(Fmt *f)
{
	nflush++;
	if(nflush > 2)
		return 0;
	f->to = f->start;
	return 1;
}

static int
callfmt(Fmt *f, char *fmt, ...)
{
	va_list a;
	int n;

	va_start(a, fmt);
	va_copy(f->args, a);
	n = dofmt(f, fmt);
	va_end(f->args);
	va_end(a);
	return n;
}

static void
testdofmt(void)
{
	char buf[8];
	Fmt f;
	int n;

	memset(&f, 0, sizeof f);
	f.start = f.to = buf;
	f.stop = buf + sizeof buf;
	f.flush = stopflush;
	nflush = 0;
	n = callfmt(&f, "%s", "0123456789abcdefghijklmnopqrstuvwxyz");
	check(n == -1, "dofmt with a failing flush returned %d", n);
	check(nflush == 3, "flush called %d times, want 3", nflush);
	check(f.nfmt == 24, "nfmt = %d, want 24 (three buffers)", f.nfmt);

	memset(&f, 0, sizeof f);
	f.start = f.to = buf;
	f.stop = buf + sizeof buf;
	n = callfmt(&f, "ab%dc", 5);
	check(n == 4 && f.nfmt == 4 && memcmp(buf, "ab5c", 4) == 0, "dofmt into a buffer returned %d", n);
	n = callfmt(&f, "xy");
	check(n == 2 && f.nfmt == 6, "second dofmt returned %d, nfmt %d", n, f.nfmt);
}

static void
testerr(void)
{
	strcpy(errtext, "file does not exist");
	fmtcase("file does not exist", "%r");
	fmtcase("file|", "%.4r|");
	fmtcase("   file does not exist", "%22r");
	strcpy(errtext, "no error");
}

/* The reference for %q. */
static void
refquote(char *s, char *out)
{
	int q;

	q = *s == 0;
	for(char *p = s; *p; p++)
		if((uchar)*p <= ' ' || *p == '\'')
			q = 1;
	if(!q){
		strcpy(out, s);
		return;
	}
	*out++ = '\'';
	for(; *s; s++){
		if(*s == '\'')
			*out++ = '\'';
		*out++ = *s;
	}
	*out++ = '\'';
	*out = 0;
}

/* %.Nq reads no further than its N runes: the bytes after them need not exist (ASan checks) */
static void
testquoteprec(void)
{
	char *s, buf[32];

	s = malloc(3);
	memcpy(s, "a'b", 3);
	snprint(buf, sizeof buf, "%.*q", 3, s);
	check(strcmp(buf, "'a''b'") == 0, "got %s", buf);
	snprint(buf, sizeof buf, "%.2q", s);
	check(strcmp(buf, "'a'''") == 0, "got %s", buf);
	free(s);
}

/* Random bytes through %q: matches the reference, tokenize undoes it, and bounds hold for any buffer size. */
static void
testquotefuzz(void)
{
	char s[40], want[100], got[100], buf[100], *args[4];
	int t, i, len, n, r, ntok;

	for(t = 0; t < 50000; t++){
		len = testrand() % 20;
		for(i = 0; i < len; i++){
			s[i] = testrand() % 4 ? " 'a\t\n\x01\xC3\xA9"[testrand() % 8] : testrand();
			if(s[i] == 0)
				s[i] = 'x';
		}
		s[len] = 0;
		refquote(s, want);
		n = snprint(got, sizeof got, "%q", s);
		check(strcmp(got, want) == 0 && n == (int)strlen(want), "%%q of \"%s\": got \"%s\", want \"%s\"", s, got, want);
		check(needsquote(s) == (strcmp(s, want) != 0), "needsquote(\"%s\") = %d", s, needsquote(s));
		strcpy(buf, got);
		ntok = tokenize(buf, args, nelem(args));
		check(ntok == 1 && strcmp(args[0], s) == 0, "tokenize of %%q of \"%s\" gave %d words", s, ntok);
		/* any buffer size */
		n = testrand() % 30;
		memset(buf, 'Z', sizeof buf);
		r = snprint(buf, n, "%*q", (int)(testrand() % 30) - 15, s);
		check(buf[n] == 'Z', "snprint(%d) of %%q overran", n);
		check(n == 0 || (r == (int)strlen(buf) && r < n), "snprint(%d) of %%q returned %d", n, r);
	}
}

/*
 * Random conversions: random flags, widths, precisions, length and
 * verb, with an argument of the type the verb takes (random bits,
 * random strings with invalid UTF-8, random runes), into buffers of
 * random size. Checks bounds, termination and that a truncated
 * result is a prefix of the whole one.
 */
static void
testconvfuzz(void)
{
	static char verbs[] = "diuxXobpcCsSqrefgEG%";
	static char flags[] = "-+ #0,";
	static char *lens[] = { "", "", "h", "hh", "l", "ll", "z", "u" };
	char fmt[64], full[4096], buf[4096], str[32], *sp, *len;
	Rune rs[8], *rp;
	int t, i, n, r, nfull, verb, c;
	unsigned long long u;
	double d;

	for(t = 0; t < 100000; t++){
		i = 0;
		if(testrand() % 2)
			fmt[i++] = 'a' + testrand() % 26;
		fmt[i++] = '%';
		for(n = testrand() % 4; n > 0; n--)
			fmt[i++] = flags[testrand() % (sizeof flags - 1)];
		if(testrand() % 2)
			i += snprintf(fmt+i, 8, "%d", (int)(testrand() % 40));
		if(testrand() % 2)
			i += snprintf(fmt+i, 8, ".%d", (int)(testrand() % 40));
		len = lens[testrand() % nelem(lens)];
		verb = verbs[testrand() % (sizeof verbs - 1)];
		if(strcmp(len, "u") == 0 && strchr("dioxXb", verb) == nil)
			len = "";	/* there u would be the verb */
		i += snprintf(fmt+i, 8, "%s", len);
		fmt[i++] = verb;
		fmt[i++] = "xy\xC3\xA9"[testrand() % 4];
		fmt[i] = 0;

		u = testrand();
		for(i = 0; i < (int)sizeof str - 1; i++)
			str[i] = testrand() % 3 ? 'a' + testrand() % 26 : testrand() | 1;
		str[testrand() % sizeof str] = 0;
		str[sizeof str - 1] = 0;
		for(i = 0; i < 7; i++)
			rs[i] = testrand() % 4 ? testrand() % 0x11000 : (Rune)testrand();
		rs[7] = 0;
		memcpy(&d, &u, sizeof d);
		c = testrand() % 2 ? u % 0x11000 : u;
		sp = testrand() % 16 ? str : nil;
		rp = testrand() % 16 ? rs : nil;

	/* x must have no side effects: it is evaluated twice */
#define BOTH(x) do{ \
	nfull = snprint(full, sizeof full, fmt, x); \
	n = testrand() % 60; \
	memset(buf, 'Z', n+2); \
	r = snprint(buf, n, fmt, x); \
	}while(0)
		switch(verb){
		case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'b':
			if(strstr(fmt, "ll") || strchr(fmt, 'z'))
				BOTH((long long)u);
			else if(strchr(fmt, 'l'))
				BOTH((long)u);
			else
				BOTH((int)u);
			break;
		case 'p':
			BOTH((void*)(uintptr)u);
			break;
		case 'c': case 'C':
			BOTH(c);
			break;
		case 's': case 'q':
			BOTH(sp);
			break;
		case 'S':
			BOTH(rp);
			break;
		case 'r': case '%':
			BOTH(0);
			break;
		default:
			BOTH(d);
			break;
		}
#undef BOTH
		check(nfull == (int)strlen(full), "\"%s\": snprint returned %d for %zu bytes", fmt, nfull, strlen(full));
		check(buf[n] == 'Z' && buf[n+1] == 'Z', "\"%s\" into %d bytes overran", fmt, n);
		if(n > 0){
			check(r == (int)strlen(buf) && r < n, "\"%s\" into %d bytes returned %d for %zu", fmt, n, r, strlen(buf));
			check(strncmp(buf, full, r) == 0, "\"%s\" into %d bytes is not a prefix: \"%s\" of \"%s\"", fmt, n, buf, full);
		}
	}
}

int
main(void)
{
	testtable();
	testints();
	testfloats();
	run("random doubles vs snprintf", testrandomfloats);
	run("snprint, seprint and sprint bounds", testsnprint);
	run("print flushes long output in pieces", testprint);
	run("dofmt stops when flush fails and counts nfmt", testdofmt);
	testerr();
	testinstall();
	run("%.*q stops at its precision: the string need not be terminated", testquoteprec);
	run("fuzz: %q of random bytes round trips through tokenize", testquotefuzz);
	run("fuzz: random conversions into random buffer sizes", testconvfuzz);
	testoverride();
	return testexit();
}
