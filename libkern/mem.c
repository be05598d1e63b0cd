/*
 * Memory copying, filling and comparison with the C library's
 * meanings, for targets without a C library. Hosted targets use
 * libc's and do not build this file. Compiled without loop-to-call
 * rewriting (see mkfile), or the compiler would turn these loops
 * into calls to themselves.
 */
#include "kern.h"

enum { W = sizeof(uintptr) };

/* Word loops run only when both pointers share word alignment: some targets (Cortex-M0+) fault on unaligned words. */
static int
aligned(const void *a, const void *b)
{
	return (((uintptr)a | (uintptr)b) & (W-1)) == 0;
}

void*
memset(void *ap, int c, size_t n)
{
	uchar *p;
	uintptr w;

	p = ap;
	while(n > 0 && ((uintptr)p & (W-1)) != 0){
		*p++ = c;
		n--;
	}
	if(n >= W){
		w = (uchar)c;
		w |= w<<8;
		w |= w<<16;
		if(W > 4)
			w |= w<<16<<16;
		for(; n >= W; n -= W, p += W)
			*(uintptr*)p = w;
	}
	while(n-- > 0)
		*p++ = c;
	return ap;
}

void*
memmove(void *ap, const void *bp, size_t n)
{
	uchar *a;
	const uchar *b;

	a = ap;
	b = bp;
	if(a == b || n == 0)
		return ap;
	if(a < b || a >= b+n){
		/* forward: safe whenever the destination starts below the source or past its end */
		if(aligned(a, b))
			for(; n >= W; n -= W, a += W, b += W)
				*(uintptr*)a = *(const uintptr*)b;
		while(n-- > 0)
			*a++ = *b++;
		return ap;
	}
	a += n;
	b += n;
	if(aligned(a, b))
		for(; n >= W; n -= W){
			a -= W;
			b -= W;
			*(uintptr*)a = *(const uintptr*)b;
		}
	while(n-- > 0)
		*--a = *--b;
	return ap;
}

/* Overlap is undefined for memcpy, so it may as well be memmove. */
void*
memcpy(void *a, const void *b, size_t n)
{
	return memmove(a, b, n);
}

int
memcmp(const void *ap, const void *bp, size_t n)
{
	const uchar *a, *b;

	a = ap;
	b = bp;
	for(; n > 0; n--, a++, b++)
		if(*a != *b)
			return *a - *b;
	return 0;
}

void*
memchr(const void *ap, int c, size_t n)
{
	const uchar *a;

	a = ap;
	for(; n > 0; n--, a++)
		if(*a == (uchar)c)
			return (void*)a;
	return nil;
}
