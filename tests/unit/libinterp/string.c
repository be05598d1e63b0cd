/*
 * Dis strings (libinterp/string.c): the real format of dis-isa.md
 * §6.5.1 (its verified examples, and round trips of random doubles
 * against the C library), decimal-to-double rounding against the C
 * library's strtod (random inputs and exact halfway cases), cvtcw and
 * cvtcl parsing, UTF-8 in and out, comparison, concatenation in place
 * and not, slicing and insc with their bounds and sharing rules, and
 * cvtca/cvtac. Everything made is freed: the heap pool ends where it
 * started.
 */
#include <math.h>
#include "ktest.h"
#include "../../../libinterp/interp.h"

#define REF(v)	(PH(v)->ref)

/* libc's, not the kernel's (ktest.h's all.h renames free and friends) */
extern double strtod(const char*, char**);

static Dptr
mk(char *s)
{
	return c2string(s, strlen(s));
}

/* s as UTF-8 in a rotating static buffer, for messages */
static char*
txt(Dptr s)
{
	static char buf[4][256];
	static int i;
	char *b;

	b = buf[i++ % 4];
	if(string2utf(s, b, sizeof b[0]) < 0)
		strcpy(b, "(too long)");
	return b;
}

static int
eqs(Dptr s, char *want)
{
	char *c;
	int r;

	c = string2c(s);
	r = strcmp(c, want) == 0;
	free(c);
	return r;
}

#define RAISES(stmt, want) do{ \
	if(waserror()) \
		check(strcmp(up->env->errstr, want) == 0, "%s raised '%s', want '%s'", #stmt, up->env->errstr, want); \
	else{ \
		stmt; \
		poperror(); \
		check(0, "%s raised nothing, want '%s'", #stmt, want); \
	} }while(0)

static uvlong
bits(double d)
{
	uvlong u;

	memcpy(&u, &d, 8);
	return u;
}

static double
dbl(uvlong u)
{
	double d;

	memcpy(&d, &u, 8);
	return d;
}

static void
testfmtreal(void)
{
	static struct {
		double	v;
		char	*want;
	} t[] = {
		{ 3.14159265, "3.14159265" }, { 1234567.0, "1234567" }, { 12345678.0, "12345678" },
		{ 1e6, "1e+06" }, { 0.0001, ".0001" }, { 0.00001, "1e-05" }, { 0.25, ".25" },
		{ 1e21, "1e+21" }, { 3.25, "3.25" }, { 100.0, "100" }, { 0.1, ".1" },
		{ 1.0/3, ".3333333333333333" }, { 0.0, "0" }, { -7.125e-10, "-7.125e-10" },
		{ 123456.75, "123456.75" },
		/* more, from the rules */
		{ -0.0, "-0" }, { 1e5, "100000" }, { 123456.0, "123456" }, { 0.001, ".001" },
		{ 0.1+0.2, ".30000000000000004" }, { 5e-324, "5e-324" }, { 1e100, "1e+100" },
		{ 1.7976931348623157e308, "1.7976931348623157e+308" }, { 2.2250738585072014e-308, "2.2250738585072014e-308" },
		{ -1.5, "-1.5" }, { 1e-7, "1e-07" }, { 1.5e300, "1.5e+300" }, { 9007199254740993.0, "9007199254740992" },
		{ 1e20, "1e+20" }, { 123e18, "1.23e+20" }, { 123456789012345670000.0, "123456789012345670000" },
		{ 1234e18, "1.234e+21" }, { 2.5e-5, "2.5e-05" },
	};
	char buf[64];
	int i, n;

	testbegin("fmtreal: dis-isa.md 6.5.1's examples and rules");
	for(i = 0; i < nelem(t); i++){
		n = fmtreal(buf, sizeof buf, t[i].v);
		check(strcmp(buf, t[i].want) == 0 && n == strlen(t[i].want), "%.17g: got '%s' (%d), want '%s'", t[i].v, buf, n, t[i].want);
	}
	fmtreal(buf, sizeof buf, INFINITY);
	check(strcmp(buf, "Infinity") == 0, "inf: '%s'", buf);
	fmtreal(buf, sizeof buf, -INFINITY);
	check(strcmp(buf, "-Infinity") == 0, "-inf: '%s'", buf);
	fmtreal(buf, sizeof buf, dbl(0x7FF8000000000000ULL));
	check(strcmp(buf, "NaN") == 0, "nan: '%s'", buf);
	fmtreal(buf, sizeof buf, dbl(0xFFF8000000000000ULL));
	check(strcmp(buf, "-NaN") == 0, "-nan: '%s'", buf);
	n = fmtreal(buf, 4, 3.14159265);
	check(n == 3 && strcmp(buf, "3.1") == 0, "truncated to 4 bytes: '%s' %d", buf, n);
	{
		Dptr s = real2string(0.1);
		check(eqs(s, ".1"), "real2string(0.1) = '%s'", txt(s));
		destroy(s);
	}
	ktestend();
}

/* The fewest significant digits that read back as v, by the C library. */
static int
libcshortest(double v)
{
	char buf[64];
	int p;

	for(p = 1; p < 17; p++){
		snprintf(buf, sizeof buf, "%.*e", p-1, v);
		if(bits(strtod(buf, nil)) == bits(v))
			break;
	}
	return p;
}

static int
sigdigits(char *s)
{
	int n, started;

	n = 0;
	started = 0;
	for(; *s != 0 && *s != 'e'; s++){
		if(*s >= '1' && *s <= '9')
			started = 1;
		if(started && *s >= '0' && *s <= '9')
			n++;
	}
	/* trailing zeros of an integer form are not significant */
	for(s--; n > 1 && *s == '0'; s--)
		n--;
	return n;
}

static void
testroundtrip(void)
{
	enum { N = 20000 };
	char buf[64];
	double v;
	int i, bad, longer, nd;

	testbegin("fmtreal: %d random doubles read back exactly with no more digits than needed", N);
	bad = 0;
	longer = 0;
	for(i = 0; i < N; i++){
		do
			v = dbl(testrand());
		while(isnan(v) || isinf(v));
		if(i % 4 == 1)
			v = (double)(testrand() % 1000000) / 1000;	/* short decimals */
		if(i % 4 == 2)
			v = ldexp(1.0, (int)(testrand() % 2000) - 1000);	/* powers of two: lopsided intervals */
		fmtreal(buf, sizeof buf, v);
		if(bits(strtod(buf, nil)) != bits(v)){
			if(bad++ == 0)
				check(0, "%a printed as '%s', which reads back as %a", v, buf, strtod(buf, nil));
			continue;
		}
		nd = sigdigits(buf);
		if(nd > libcshortest(v) && longer++ == 0)
			check(0, "%a printed as '%s': %d digits, %d suffice", v, buf, nd, libcshortest(v));
	}
	check(bad == 0 && longer == 0, "%d did not read back, %d were longer than needed", bad, longer);
	ktestend();
}

static void
checkparse(char *s, int *bad)
{
	Dptr d;
	double got, want;

	d = mk(s);
	got = string2real(d);
	destroy(d);
	want = strtod(s, nil);
	if(bits(got) != bits(want) && (*bad)++ == 0)
		check(0, "'%.60s': got %a, want %a", s, got, want);
}

static void
teststrtod(void)
{
	enum { N = 20000 };
	static char s[1200];
	long double mid;
	double x, y;
	int i, j, n, bad;
	char *p;

	testbegin("string2real: correctly rounded, as the C library's strtod, on %d random and halfway inputs", N + 3*(N/4));
	bad = 0;
	for(i = 0; i < N; i++){
		p = s;
		if(testrand() % 2)
			*p++ = '-';
		n = 1 + testrand() % 25;
		for(j = 0; j < n; j++){
			if(j == (int)(testrand() % (n+1)))
				*p++ = '.';
			*p++ = '0' + testrand() % 10;
		}
		sprintf(p, "e%d", (int)(testrand() % 700) - 360);
		checkparse(s, &bad);
	}
	for(i = 0; i < N/4; i++){
		/* the exact midpoint between two neighbouring doubles, and just either side of it */
		do
			x = fabs(dbl(testrand()));
		while(isnan(x) || isinf(x) || x > 1e300 || x < 1e-300);
		y = nextafter(x, INFINITY);
		mid = ((long double)x + y) / 2;
		snprintf(s, sizeof s, "%.780Le", mid);
		checkparse(s, &bad);
		p = strchr(s, 'e');
		memmove(p+1, p, strlen(p)+1);
		*p = '1';
		checkparse(s, &bad);
		snprintf(s, sizeof s, "%.40Le", mid);	/* truncated: below or above, not at, the midpoint */
		checkparse(s, &bad);
	}
	{
		static char *t[] = {
			"0", "-0", "  12.5xyz", "+.5", "5.", ".e5", "1e", "1e+", "inf", "-Infinity", "nan", "NaN",
			"1e400", "-1e400", "1e-400", "4.9406564584124654e-324", "2.4703282292062327e-324",
			"2.4703282292062328e-324", "2.2250738585072011e-308", "1.7976931348623158e308",
			"1.7976931348623159e308", "0.000000000000000000000000000000000001e36", "9007199254740993",
			"\t\n 3", "00000000000000000000000000000000000000123.4500000000000000000000000000e-2",
		};
		for(i = 0; i < nelem(t); i++)
			checkparse(t[i], &bad);
	}
	/* more significant digits than strtod keeps: a long tail decides the rounding */
	strcpy(s, "9007199254740993");	/* halfway between two doubles */
	memset(s+16, '0', 1000);
	strcpy(s+1016, "e-1000");
	checkparse(s, &bad);
	s[16+990] = '1';		/* just above halfway, 990 digits on: rounds up */
	checkparse(s, &bad);
	{
		Dptr d = H;
		check(string2real(d) == 0, "nil: not 0");
	}
	check(bad == 0, "%d inputs misread", bad);
	ktestend();
}

static void
testint(void)
{
	static struct {
		char	*s;
		vlong	want;
	} t[] = {
		{ "0", 0 }, { "123", 123 }, { "  -123abc", -123 }, { "+7", 7 }, { "\t\n\r\f\v 42", 42 },
		{ "abc", 0 }, { "-", 0 }, { "12 34", 12 }, { "9223372036854775807", 0x7FFFFFFFFFFFFFFFLL },
		{ "9223372036854775808", 0x7FFFFFFFFFFFFFFFLL }, { "99999999999999999999999", 0x7FFFFFFFFFFFFFFFLL },
		{ "-9223372036854775808", -0x7FFFFFFFFFFFFFFFLL-1 }, { "-9223372036854775809", -0x7FFFFFFFFFFFFFFFLL-1 },
		{ "- 5", 0 }, { "2147483648", 2147483648LL },
	};
	Dptr s;
	int i;

	testbegin("string2int and int2string: cvtcl's parse rules, saturation; decimal text");
	for(i = 0; i < nelem(t); i++){
		s = mk(t[i].s);
		check(string2int(s) == t[i].want, "'%s': got %lld, want %lld", t[i].s, string2int(s), t[i].want);
		destroy(s);
	}
	check(string2int(H) == 0, "nil: not 0");
	s = int2string(-0x7FFFFFFFFFFFFFFFLL-1);
	check(eqs(s, "-9223372036854775808"), "int2string(min) = '%s'", txt(s));
	destroy(s);
	s = int2string(0);
	check(eqs(s, "0"), "int2string(0) = '%s'", txt(s));
	destroy(s);
	s = int2string(-42);
	check(eqs(s, "-42"), "int2string(-42) = '%s'", txt(s));
	destroy(s);
	ktestend();
}

static void
testutf(void)
{
	Dptr s, e;
	String *sp;
	char buf[8];

	testbegin("c2string, string2c, string2utf: forms, invalid UTF-8, sizes");
	s = mk("hello");
	sp = D2P(s);
	check(sp->len == 5 && stringlen(s) == 5 && memcmp(sp->Sascii, "hello", 5) == 0, "ascii form");
	destroy(s);
	s = mk("h\xc3\xa9llo \xf0\x9f\x98\x80");
	sp = D2P(s);
	check(sp->len == -7 && stringlen(s) == 7, "rune form: len %d", sp->len);
	check(stringrune(sp, 1) == 0xE9 && stringrune(sp, 6) == 0x1F600, "runes %x %x", stringrune(sp, 1), stringrune(sp, 6));
	check(eqs(s, "h\xc3\xa9llo \xf0\x9f\x98\x80"), "string2c: '%s'", txt(s));
	check(string2utf(s, buf, sizeof buf) == -1, "string2utf into 8 bytes: fits?");
	destroy(s);
	s = mk("a\xff" "b\xe2\x82");
	check(stringlen(s) == 5, "invalid bytes: %d characters, want 5", stringlen(s));
	sp = D2P(s);
	check(stringrune(sp, 1) == 0xFFFD && stringrune(sp, 3) == 0xFFFD && stringrune(sp, 4) == 0xFFFD && stringrune(sp, 2) == 'b',
		"invalid bytes are U+FFFD each");
	destroy(s);
	e = c2string("", 0);
	check(e == H, "empty UTF-8 is not nil");
	check(eqs(H, ""), "string2c(nil) not empty");
	check(string2utf(H, buf, 1) == 0 && buf[0] == 0, "string2utf(nil)");
	s = mk("abc");
	check(string2utf(s, buf, 4) == 3 && strcmp(buf, "abc") == 0, "string2utf exact fit");
	check(string2utf(s, buf, 3) == -1, "string2utf one short");
	destroy(s);
	ktestend();
}

static void
testcmp(void)
{
	static char *order[] = {
		"", "\x01", "A", "Z", "a", "ab", "abc", "abd", "b", "\xc3\xa9", "\xc3\xa9t\xc3\xa9", "\xef\xbf\xbf", "\xf0\x90\x80\x80",
	};
	Dptr s[nelem(order)], d;
	int i, j, c, want;

	testbegin("stringcmp: code point order, prefixes first, nil equals \"\"");
	for(i = 0; i < nelem(order); i++)
		s[i] = mk(order[i]);
	for(i = 0; i < nelem(order); i++)
		for(j = 0; j < nelem(order); j++){
			c = stringcmp(s[i], s[j]);
			want = i < j ? -1 : i > j;
			check((c < 0) == (want < 0) && (c > 0) == (want > 0), "'%s' vs '%s': %d", order[i], order[j], c);
		}
	/* the same text in both forms */
	d = insertrune(mk("abc\xc3\xa9"), 3, 'd');
	check(((String*)D2P(d))->len < 0, "not in rune form");
	check(stringcmp(d, s[6]) > 0 && stringcmp(d, s[7]) < 0, "rune form 'abcd' against byte forms");
	{
		Dptr t = slicestring(d, 0, 3);
		check(stringcmp(t, s[6]) == 0 && stringcmp(s[6], t) == 0, "rune form 'abc' unequal to byte form");
		destroy(t);
	}
	destroy(d);
	for(i = 0; i < nelem(order); i++)
		destroy(s[i]);
	ktestend();
}

static void
testadd(void)
{
	Dptr a, b, r, d;
	int i;
	String *sp;

	testbegin("addstring: nil operands, sharing, in-place append, forms");
	check(addstring(H, H, 0) == H, "nil ++ nil is not nil");
	a = mk("abc");
	r = addstring(a, H, 0);
	check(r == a && REF(a) == 2, "a ++ nil: not a with a reference added");
	destroy(r);
	r = addstring(H, a, 1);
	check(r == a && REF(a) == 2, "nil ++ a: not a with a reference added");
	destroy(r);
	b = mk("\xc3\xa9");
	r = addstring(a, b, 0);
	check(eqs(r, "abc\xc3\xa9") && r != a && REF(a) == 1, "abc ++ e-acute = '%s'", txt(r));
	destroy(r);
	/* s += t as xec does it: d = addstring(d, s, 1), releasing the old d */
	d = H;
	for(i = 0; i < 1000; i++){
		r = addstring(d, i == 500 ? b : a, 1);
		destroy(d);
		d = r;
	}
	check(stringlen(d) == 999*3 + 1 && REF(d) == 1, "1000 appends: length %d count %d", stringlen(d), REF(d));
	sp = D2P(d);
	check(stringrune(sp, 1500) == 0xE9 && stringrune(sp, 1501) == 'a' && stringrune(sp, 2997) == 'c', "appended text");
	/* in place: same object, count passed back */
	r = addstring(d, a, 1);
	check(r == d && REF(d) == 2, "unshared append with room did not extend in place");
	destroy(d);
	d = r;
	/* shared: never changed */
	addref(d);
	r = addstring(d, a, 1);
	check(r != d && stringlen(d) == 3001 && stringlen(r) == 3004, "shared string changed in place");
	destroy(d);
	destroy(d);
	destroy(r);
	/* a ++ a in place */
	d = addstring(a, a, 1);		/* new, with room */
	r = addstring(d, d, 1);
	check(eqs(r, "abcabcabcabc"), "d ++ d = '%s'", txt(r));
	destroy(d);
	destroy(r);
	destroy(a);
	destroy(b);
	ktestend();
}

static void
testslice(void)
{
	Dptr s, r;

	testbegin("slicestring: bounds, nil, empty, sharing");
	s = mk("h\xc3\xa9llo");
	r = slicestring(s, 1, 3);
	check(eqs(r, "\xc3\xa9l"), "s[1:3] = '%s'", txt(r));
	destroy(r);
	r = slicestring(s, 0, 5);
	check(r == s && REF(s) == 2, "whole slice not shared");
	destroy(r);
	check(slicestring(s, 2, 2) == H, "empty slice not nil");
	check(slicestring(H, 0, 0) == H, "nil[0:0] not nil");
	RAISES(slicestring(s, 0, 6), "array bounds error");
	RAISES(slicestring(s, 3, 2), "array bounds error");
	RAISES(slicestring(s, -1, 2), "array bounds error");
	RAISES(slicestring(H, 0, 1), "array bounds error");
	destroy(s);
	ktestend();
}

static void
testinsc(void)
{
	Dptr s, t, r;
	String *sp;

	testbegin("insertrune (insc): in place when unshared, a copy when shared, append at len, bounds");
	s = mk("abc");
	r = insertrune(s, 1, 'X');
	check(r == s && eqs(r, "aXc"), "unshared: '%s', same object %d", txt(r), r == s);
	addref(r);
	t = r;				/* a second holder */
	s = insertrune(r, 0, 'Y');
	check(s != t && eqs(s, "YXc") && eqs(t, "aXc") && REF(t) == 1, "shared: '%s' and '%s'", txt(s), txt(t));
	destroy(t);
	s = insertrune(s, 3, 'Z');
	check(eqs(s, "YXcZ"), "append at len: '%s'", txt(s));
	s = insertrune(s, 2, 0x263A);
	sp = D2P(s);
	check(sp->len == -4 && eqs(s, "YX\xe2\x98\xbaZ"), "a rune into bytes: '%s' len %d", txt(s), sp->len);
	s = insertrune(s, 4, 'q');
	check(eqs(s, "YX\xe2\x98\xbaZq"), "rune form append: '%s'", txt(s));
	RAISES(insertrune(s, 6, 'x'), "array bounds error");
	RAISES(insertrune(s, -1, 'x'), "array bounds error");
	destroy(s);
	s = insertrune(H, 0, 'n');
	check(eqs(s, "n") && REF(s) == 1, "nil with index 0: '%s'", txt(s));
	destroy(s);
	RAISES(insertrune(H, 1, 'x'), "array bounds error");
	s = H;
	{
		int i;

		for(i = 0; i < 2000; i++)
			s = insertrune(s, i, 'a' + i%26);
		sp = D2P(s);
		check(stringlen(s) == 2000 && stringrune(sp, 1999) == 'a' + 1999%26, "2000 appends");
	}
	destroy(s);
	s = mk("abc");
	t = stringdup(s);
	check(t != s && stringcmp(s, t) == 0 && REF(s) == 1 && REF(t) == 1, "stringdup");
	destroy(s);
	destroy(t);
	check(stringdup(H) == H, "stringdup(nil)");
	ktestend();
}

static void
testarrays(void)
{
	Dptr s, a;
	Array *ap;

	testbegin("string2array and array2string: UTF-8 bytes, nil, invalid and incomplete sequences");
	s = mk("h\xc3\xa9");
	a = string2array(s);
	ap = D2P(a);
	check(ap->len == 3 && memcmp(ap->data, "h\xc3\xa9", 3) == 0 && ap->t == &Tbyte, "cvtca bytes");
	destroy(s);
	s = array2string(a);
	check(eqs(s, "h\xc3\xa9"), "cvtac: '%s'", txt(s));
	destroy(s);
	destroy(a);
	a = string2array(H);
	check(a != H && ((Array*)D2P(a))->len == 0, "cvtca of nil: not an empty array");
	check(array2string(a) == H, "cvtac of an empty array: not nil");
	destroy(a);
	check(array2string(H) == H, "cvtac of nil: not nil");
	a = mem2array("ab\xff" "c\xe2\x82", 6);
	s = array2string(a);
	check(stringlen(s) == 4 && stringrune(D2P(s), 2) == 0xFFFD && stringrune(D2P(s), 3) == 'c',
		"cvtac: invalid byte U+FFFD, incomplete end dropped: %d chars", stringlen(s));
	destroy(s);
	destroy(a);
	ktestend();
}

int
testmain(void)
{
	Poolstat before, after;

	poolstat(1, &before);
	testfmtreal();
	testroundtrip();
	teststrtod();
	testint();
	testutf();
	testcmp();
	testadd();
	testslice();
	testinsc();
	testarrays();
	testbegin("strings: the heap pool is back at its baseline");
	poolstat(1, &after);
	check(after.cursize == before.cursize && after.nalloc - after.nfree == before.nalloc - before.nfree,
		"heap pool cursize %lud, was %lud", after.cursize, before.cursize);
	ktestend();
	return testexit();
}
