/*
 * Tests libkern/string.c against the host's libc: fixed cases for
 * the edges (empty strings, high bytes comparing unsigned, c == 0)
 * and random strings over a small alphabet so matches are common.
 */
#include <string.h>
#include <stdlib.h>

static size_t refstrlen(const char *s) { return strlen(s); }
static int refstrcmp(const char *a, const char *b) { return strcmp(a, b); }
static int refstrncmp(const char *a, const char *b, size_t n) { return strncmp(a, b, n); }
static char *refstrchr(const char *s, int c) { return strchr(s, c); }
static char *refstrrchr(const char *s, int c) { return strrchr(s, c); }
static char *refstrstr(const char *s, const char *t) { return strstr(s, t); }
static void *refmemset(void *a, int c, size_t n) { return memset(a, c, n); }
static int refmemcmp(const void *a, const void *b, size_t n) { return memcmp(a, b, n); }

#include "rename.h"
#include "../../../libkern/kern.h"
#include "test.h"

static int
sign(int x)
{
	return (x > 0) - (x < 0);
}

/* A random string over "ab\xE9" (so high bytes appear), at most max-1 bytes. */
static void
randstr(char *s, int max)
{
	static char alpha[] = "ab\xE9";
	int i, n;

	n = testrand() % max;
	for(i = 0; i < n; i++)
		s[i] = alpha[testrand() % 3];
	s[n] = 0;
}

static void
teststrlen(void)
{
	char s[64];
	int i;

	check(strlen("") == 0, "strlen(\"\") != 0");
	check(strlen("abc") == 3, "strlen(abc) != 3");
	check(strlen("\xE9\xE9") == 2, "strlen counts high bytes wrong");
	for(i = 0; i < 1000; i++){
		randstr(s, sizeof s);
		check(strlen(s) == refstrlen(s), "strlen(%s) = %zu, libc %zu", s, strlen(s), refstrlen(s));
	}
}

static void
teststrcmp(void)
{
	char a[16], b[16];
	size_t n;
	int i;

	check(strcmp("", "") == 0, "strcmp of empties");
	check(strcmp("a", "") > 0, "strcmp(a, \"\") not > 0");
	check(strcmp("", "a") < 0, "strcmp(\"\", a) not < 0");
	check(strcmp("\xE9", "a") > 0, "strcmp compares bytes signed");
	check(strncmp("abc", "abd", 2) == 0, "strncmp(abc, abd, 2) != 0");
	check(strncmp("abc", "abd", 3) < 0, "strncmp(abc, abd, 3) not < 0");
	check(strncmp("ab", "ab\0x", 4) == 0, "strncmp looks past the NUL");
	check(strncmp("x", "y", 0) == 0, "strncmp of 0 bytes");
	check(strncmp("\xE9", "a", 1) > 0, "strncmp compares bytes signed");
	for(i = 0; i < 20000; i++){
		randstr(a, 6);
		randstr(b, 6);
		n = testrand() % 7;
		check(sign(strcmp(a, b)) == sign(refstrcmp(a, b)), "strcmp(%s, %s) sign differs from libc", a, b);
		check(sign(strncmp(a, b, n)) == sign(refstrncmp(a, b, n)), "strncmp(%s, %s, %zu) sign differs from libc", a, b, n);
	}
}

static void
teststrcpy(void)
{
	char buf[32], ref[32];
	char *r;
	size_t n;

	refmemset(buf, 'x', sizeof buf);
	r = strcpy(buf, "hello");
	check(r == buf && refmemcmp(buf, "hello\0xx", 8) == 0, "strcpy wrong or overran");
	r = strcat(buf, ", world");
	check(r == buf && refstrcmp(buf, "hello, world") == 0 && buf[13] == 'x', "strcat gave %s", buf);
	r = strcat(buf, "");
	check(refstrcmp(buf, "hello, world") == 0, "strcat of empty changed the string");
	for(n = 0; n < 10; n++){
		refmemset(buf, 'x', sizeof buf);
		refmemset(ref, 'x', sizeof ref);
		r = strncpy(buf, "abcd", n);
		/* C's strncpy: pads with NULs to n, no NUL if the source is n or longer */
		if(n <= 4)
			memcpy(ref, "abcd", n);
		else{
			memcpy(ref, "abcd", 4);
			refmemset(ref+4, 0, n-4);
		}
		check(r == buf && refmemcmp(buf, ref, sizeof buf) == 0, "strncpy(buf, abcd, %zu) wrong", n);
	}
}

static void
teststrchr(void)
{
	char s[16];
	static int cs[] = { 'a', 'b', 0xE9, (char)0xE9, 0, 'z', 'a'+256 };
	int i, j;
	char *got, *want;

	for(i = 0; i < 5000; i++){
		randstr(s, sizeof s);
		for(j = 0; j < (int)nelem(cs); j++){
			got = strchr(s, cs[j]);
			want = refstrchr(s, cs[j]);
			check(got == want, "strchr(%s, %d) at %ld, libc %ld", s, cs[j], got ? (long)(got-s) : -1L, want ? (long)(want-s) : -1L);
			got = strrchr(s, cs[j]);
			want = refstrrchr(s, cs[j]);
			check(got == want, "strrchr(%s, %d) at %ld, libc %ld", s, cs[j], got ? (long)(got-s) : -1L, want ? (long)(want-s) : -1L);
		}
	}
}

static void
teststrstr(void)
{
	char s[24], t[5];
	char *got, *want;
	int i;

	check(strstr("abc", "") == (char*)"abc" || refstrcmp(strstr("abc", ""), "abc") == 0, "strstr(abc, \"\") is not abc");
	check(strstr("", "a") == nil, "strstr(\"\", a) found something");
	check(refstrcmp(strstr("aaab", "aab"), "aab") == 0, "strstr misses an overlapping match");
	for(i = 0; i < 20000; i++){
		randstr(s, sizeof s);
		randstr(t, sizeof t);
		got = strstr(s, t);
		want = refstrstr(s, t);
		check(got == want, "strstr(%s, %s) at %ld, libc %ld", s, t, got ? (long)(got-s) : -1L, want ? (long)(want-s) : -1L);
	}
}

int
main(void)
{
	run("strlen matches libc", teststrlen);
	run("strcmp and strncmp match libc, bytes unsigned", teststrcmp);
	run("strcpy strncpy strcat", teststrcpy);
	run("strchr and strrchr match libc, including c == 0", teststrchr);
	run("strstr matches libc", teststrstr);
	return testexit();
}
