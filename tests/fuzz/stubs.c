/*
 * What the parsers under fuzzing need from the rest of the kernel,
 * without the kernel: one fake proc for error()/waserror() (port/
 * error.c's real error() unwinds its labels), allocation from the C
 * library so that AddressSanitizer sees every block's bounds, and a
 * panic that aborts so libFuzzer reports it. Not a kernel: no
 * scheduler, no locks, one thread.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* before all.h renames malloc and free to the kernel's */
static void*
hostalloc(size_t n)
{
	return calloc(1, n != 0 ? n : 1);
}

static void
hostfree(void *v)
{
	free(v);
}

#include "all.h"
#include "fuzz.h"

static Proc fuzzproc = { .env = &fuzzproc.defenv };
Proc *up = &fuzzproc;

void*
mallocz(ulong n, int clr)
{
	USED(clr);
	return hostalloc(n);
}

void*
malloc(size_t n)
{
	return hostalloc(n);
}

void*
smalloc(ulong n)
{
	void *v;

	v = hostalloc(n);
	if(v == nil)
		panic("smalloc %lud: out of memory", n);
	return v;
}

void
free(void *v)
{
	hostfree(v);
}

void
panic(char *fmt, ...)
{
	char buf[256];
	va_list a;

	va_start(a, fmt);
	vseprint(buf, buf+sizeof buf, fmt, a);
	va_end(a);
	fprintf(stderr, "panic: %s\n", buf);
	abort();
}

/* print's output; the harnesses print nothing through it, so it goes to stderr, where libFuzzer logs go */
void
putstrn(char *s, int n)
{
	fwrite(s, 1, n, stderr);
}

void
fuzzfail(char *name, char *fmt, ...)
{
	char buf[512];
	va_list a;

	va_start(a, fmt);
	vseprint(buf, buf+sizeof buf, fmt, a);
	va_end(a);
	fprintf(stderr, "fuzz %s: %s\n", name, buf);
	abort();
}

/* Whether the error stack is back where an input started: every waserror was matched. */
void
fuzzerrcheck(char *name)
{
	if(up->nerrlab != 0)
		fuzzfail(name, "error stack left %d deep", up->nerrlab);
}
