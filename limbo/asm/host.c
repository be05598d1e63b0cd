/*
 * What the loader and libkern ask of their user, for the host tools
 * (limbo, the assembler, tools/dismod): memory from the C library,
 * print's output on stdout or printfile, no %r text.
 */
#include <stdio.h>
#include <stdlib.h>
#include "../../libkern/kern.h"
#include "../../libinterp/dis.h"

void*
dismalloc(ulong n)
{
	return calloc(1, n);
}

void
disfree(void *v)
{
	free(v);
}

/* where print writes, if not stdout: a tool whose stdout is its product sets stderr */
FILE *printfile;

void
putstrn(char *s, int n)
{
	fwrite(s, 1, n, printfile != NULL ? printfile : stdout);
}

void
rerrstr(char *s, uint n)
{
	if(n > 0)
		s[0] = 0;
}
