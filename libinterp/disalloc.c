/*
 * The loader's memory in the kernel: the main pool. The host tools
 * supply their own (limbo/asm/host.c).
 */
#include "../port/all.h"
#include "dis.h"

void*
dismalloc(ulong n)
{
	return mallocz(n, 1);
}

void
disfree(void *v)
{
	free(v);
}
