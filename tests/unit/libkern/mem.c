/*
 * Tests libkern/mem.c against the host's libc, at every alignment of
 * source and destination and lengths around the word size, checking
 * the bytes around each destination stay untouched.
 */
#include <string.h>
#include <stdlib.h>

static void *refmemset(void *a, int c, size_t n) { return memset(a, c, n); }
static void *refmemmove(void *a, const void *b, size_t n) { return memmove(a, b, n); }
static int refmemcmp(const void *a, const void *b, size_t n) { return memcmp(a, b, n); }
static void *refmemchr(const void *a, int c, size_t n) { return memchr(a, c, n); }

#include "rename.h"
#include "../../../libkern/kern.h"
#include "test.h"

enum { N = 160 };

static int
sign(int x)
{
	return (x > 0) - (x < 0);
}

static void
fill(uchar *p, int n)
{
	int i;

	for(i = 0; i < n; i++)
		p[i] = testrand();
}

static void
testmemset(void)
{
	uchar a[N], b[N];
	int off, n, ci;
	int cs[] = { 0, 0x5A, 0xFF, -1, 0x1A5, -200 };
	void *r;

	for(ci = 0; ci < (int)nelem(cs); ci++)
	for(off = 0; off < 16; off++)
	for(n = 0; n < 70; n++){
		fill(a, N);
		refmemmove(b, a, N);
		r = memset(a+off, cs[ci], n);
		refmemset(b+off, cs[ci], n);
		check(r == a+off, "memset returned %p, want %p", r, (void*)(a+off));
		check(refmemcmp(a, b, N) == 0, "memset(buf+%d, %d, %d) differs from libc", off, cs[ci], n);
	}
}

/* Copies within one buffer, so overlapping in both directions as well as apart. */
static void
testmemmove(void)
{
	uchar a[N], b[N];
	int src, dst, n;
	void *r;

	for(src = 0; src < 24; src++)
	for(dst = 0; dst < 24; dst++)
	for(n = 0; n < 70; n++){
		fill(a, N);
		refmemmove(b, a, N);
		r = memmove(a+dst, a+src, n);
		refmemmove(b+dst, b+src, n);
		check(r == a+dst, "memmove returned the wrong pointer");
		check(refmemcmp(a, b, N) == 0, "memmove(buf+%d, buf+%d, %d) differs from libc", dst, src, n);
	}
	/* far apart, so the whole length moves at once */
	for(n = 0; n < 70; n++){
		fill(a, N);
		refmemmove(b, a, N);
		memmove(a+N/2, a, n);
		refmemmove(b+N/2, b, n);
		check(refmemcmp(a, b, N) == 0, "memmove of %d bytes half a buffer away differs from libc", n);
	}
}

static void
testmemcpy(void)
{
	uchar a[N], b[N], s[N];
	int src, dst, n;
	void *r;

	for(src = 0; src < 16; src++)
	for(dst = 0; dst < 16; dst++)
	for(n = 0; n < 70; n++){
		fill(a, N);
		fill(s, N);
		refmemmove(b, a, N);
		r = memcpy(a+dst, s+src, n);
		refmemmove(b+dst, s+src, n);
		check(r == a+dst, "memcpy returned the wrong pointer");
		check(refmemcmp(a, b, N) == 0, "memcpy(a+%d, s+%d, %d) differs from libc", dst, src, n);
	}
}

static void
testmemcmp(void)
{
	uchar a[N], b[N];
	int i, n, pos, got, want;

	for(i = 0; i < 20000; i++){
		n = testrand() % 40;
		fill(a, n);
		refmemmove(b, a, n);
		if(n > 0 && testrand() % 4 != 0){
			pos = testrand() % n;
			b[pos] = testrand();
		}
		got = memcmp(a, b, n);
		want = refmemcmp(a, b, n);
		check(sign(got) == sign(want), "memcmp of %d bytes: got %d, libc %d", n, got, want);
	}
	/* bytes compare unsigned */
	check(memcmp("\x80", "\x7F", 1) > 0, "memcmp(\\x80, \\x7f) not > 0");
	check(memcmp("abc", "abd", 2) == 0, "memcmp stops too late");
	check(memcmp("", "x", 0) == 0, "memcmp of 0 bytes not 0");
}

static void
testmemchr(void)
{
	uchar a[N];
	int i, n, c;
	void *got, *want;

	for(i = 0; i < 20000; i++){
		n = testrand() % 60;
		fill(a, n);
		for(c = 0; c < n; c++)
			a[c] %= 8;
		c = testrand() % 10;
		if(testrand() % 3 == 0)
			c -= 256;	/* only the low byte counts */
		got = memchr(a, c, n);
		want = refmemchr(a, c, n);
		check(got == want, "memchr(%d) in %d bytes: got offset %ld, want %ld", c, n,
			got ? (long)((uchar*)got-a) : -1L, want ? (long)((uchar*)want-a) : -1L);
	}
	check(memchr("abc", 0, 4) != nil, "memchr cannot find NUL");
	check(memchr("\xE9", 0xE9, 1) != nil, "memchr cannot find a high byte");
}

int
main(void)
{
	run("memset matches libc at every alignment", testmemset);
	run("memmove matches libc, overlapping both ways", testmemmove);
	run("memcpy matches libc at every alignment", testmemcpy);
	run("memcmp sign matches libc", testmemcmp);
	run("memchr matches libc", testmemchr);
	return testexit();
}
