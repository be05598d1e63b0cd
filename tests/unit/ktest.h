/*
 * Kernel unit tests: each test program is the whole sanitized host
 * kernel with ktest.c's main; it boots, and its first kernel proc runs
 * the program's testmain(). Cases report through test.h; kernel procs
 * print through kprint-safe stdio only from the test's own proc.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../tests/unit/test.h"
#include "all.h"

int	testmain(void);		/* the test program's; returns the number of failed cases */
char	*ktesttmp(char*);	/* a new empty host directory for the test, under $TMPDIR */

/* check with the kernel's print verbs (%r is the error string), not the C library's */
static inline void
kfail(char *fmt, ...)
{
	va_list a;

	if(testbad++ > 0)
		return;
	va_start(a, fmt);
	vseprint(testwhy, testwhy+sizeof testwhy, fmt, a);
	va_end(a);
}
#undef check
#define check(cond, ...) do{ if(!(cond)) kfail(__VA_ARGS__); }while(0)

/* Print a case's line with preemption off: kernel procs share the C library's stdout. */
#define ktestend()	do { int _s = splhi(); testend(); splx(_s); } while(0)
