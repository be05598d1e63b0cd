/*
 * Tests libkern/strtol.c against the host's libc: value and end
 * pointer for every function and many bases on a table of inputs
 * (signs, blanks, prefixes, overflow in both directions at every
 * type's limits) and on random digit strings.
 */
#include <stdlib.h>
#include <string.h>
#include <limits.h>

static long refstrtol(const char *s, char **e, int b) { return strtol(s, e, b); }
static unsigned long refstrtoul(const char *s, char **e, int b) { return strtoul(s, e, b); }
static long long refstrtoll(const char *s, char **e, int b) { return strtoll(s, e, b); }
static unsigned long long refstrtoull(const char *s, char **e, int b) { return strtoull(s, e, b); }
static long refatol(const char *s) { return atol(s); }
static size_t refstrlen(const char *s) { return strlen(s); }

#include "rename.h"
#include "../../../libkern/kern.h"
#include "test.h"

static char *inputs[] = {
	"", " ", "0", "1", "-1", "+1", "+", "-", " -", "- 1", "+-1",
	"  42", "\t\n\v\f\r 42xyz", "42 ", "007", "0777", "0778", "08", "09",
	"0x", "0X", "0x1", "0Xff", "0xg", "-0x10", "+0x10", "0x-1", "00x1",
	"0b101", "z", "Z", "zz", "-zz", "1e5", "12abc",
	"2147483647", "2147483648", "-2147483648", "-2147483649",
	"4294967295", "4294967296", "-4294967295", "-4294967296",
	"9223372036854775807", "9223372036854775808", "-9223372036854775808",
	"-9223372036854775809", "18446744073709551615", "18446744073709551616",
	"-18446744073709551615", "-18446744073709551616",
	"99999999999999999999999999999", "-99999999999999999999999999999",
	"0x7fffffffffffffff", "0x8000000000000000", "0xffffffffffffffff",
	"0x10000000000000000", "-0x8000000000000000", "-0x8000000000000001",
	"0x7fffffff", "0x80000000", "0xffffffff", "0x100000000",
	"1777777777777777777777", "2000000000000000000000", "-1777777777777777777777",
	"3w5e11264sgsf", "3w5e11264sgsg", "1y2p0ij32e8e7", "1y2p0ij32e8e8",
	"000000000000000000000000000000001", "\xE9" "1", "1\xE9",
};

static int bases[] = { 0, 2, 8, 10, 16, 36, 3, 35, 1, 37, -1 };

/*
 * Compares value and end offset of one function on one input with
 * libc's. glibc leaves the end pointer alone for a bad base; libkern
 * points it at s, as for any input with no number.
 */
#define CMP(fn, ref, fmt, s, b) do{ \
	char *e1, *e2; \
	__typeof__(ref(s, nil, b)) v1, v2; \
	v1 = fn(s, &e1, b); \
	e2 = s; \
	v2 = ref(s, &e2, b); \
	if(b < 0 || b == 1 || b > 36) \
		e2 = s; \
	check(v1 == v2 && e1 == e2, #fn "(\"%s\", %d) = " fmt " end %ld; libc " fmt " end %ld", \
		s, b, v1, (long)(e1-s), v2, (long)(e2-s)); \
	}while(0)

static void
compare(char *s, int b)
{
	CMP(strtol, refstrtol, "%ld", s, b);
	CMP(strtoul, refstrtoul, "%lu", s, b);
	CMP(strtoll, refstrtoll, "%lld", s, b);
	CMP(strtoull, refstrtoull, "%llu", s, b);
}

static void
testtable(void)
{
	int i, j;

	for(i = 0; i < (int)nelem(inputs); i++)
		for(j = 0; j < (int)nelem(bases); j++)
			compare(inputs[i], bases[j]);
}

/* Random strings of blanks, signs, prefixes and digits, long enough to overflow. */
static void
testrandom(void)
{
	static char *pre[] = { "", " ", "-", "+", " -", "0", "0x", "-0x", "0X" };
	static char digits[] = "0123456789abcdefzAFZ";
	char s[64];
	int i, j, n, b;

	for(i = 0; i < 30000; i++){
		strcpy(s, pre[testrand() % nelem(pre)]);
		n = testrand() % 30;
		for(j = refstrlen(s); n-- > 0; j++)
			s[j] = digits[testrand() % (testrand() % 2 ? 10 : 20)];
		s[j] = 0;
		b = bases[testrand() % 8];
		compare(s, b);
	}
}

static void
testatoi(void)
{
	static char *s[] = { "0", "12", "-12", "  +7x", "", "x", "2147483647", "-2147483648", "0x10", "010" };
	int i;

	for(i = 0; i < (int)nelem(s); i++){
		check(atoi(s[i]) == (int)refstrtol(s[i], nil, 10), "atoi(%s) = %d", s[i], atoi(s[i]));
		check(atol(s[i]) == refatol(s[i]), "atol(%s) = %ld, libc %ld", s[i], atol(s[i]), refatol(s[i]));
	}
}

/* A null end pointer is allowed. */
static void
testnilend(void)
{
	check(strtol("12", nil, 10) == 12, "strtol with nil end");
	check(strtoull("-1", nil, 0) == ~0ULL, "strtoull(-1) is not all ones");
	check(strtol("zz", nil, 36) == 35*36+35, "strtol base 36");
}

int
main(void)
{
	run("strtol family matches libc on the edge cases", testtable);
	run("strtol family matches libc on random input", testrandom);
	run("atoi and atol", testatoi);
	run("strtol without an end pointer", testnilend);
	return testexit();
}
