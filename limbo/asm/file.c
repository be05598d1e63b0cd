/*
 * Whole-file reading and writing for the host tools.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../libkern/kern.h"
#include "../../libinterp/dis.h"
#include "asm.h"

/* Appends the contents of file to b; -1 with err set if it cannot. */
int
readfile(char *file, Buf *b, char *err, int nerr)
{
	FILE *f;
	char chunk[8192];
	size_t n;

	f = fopen(file, "rb");
	if(f == nil){
		snprintf(err, nerr, "%s: %s", file, strerror(errno));
		return -1;
	}
	while((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		bufput(b, chunk, n);
	if(ferror(f) || b->nomem){
		snprintf(err, nerr, "%s: %s", file, b->nomem ? "out of memory" : "read error");
		fclose(f);
		return -1;
	}
	fclose(f);
	return 0;
}

int
writefile(char *file, void *v, ulong n, char *err, int nerr)
{
	FILE *f;

	f = fopen(file, "wb");
	if(f == nil){
		snprintf(err, nerr, "%s: %s", file, strerror(errno));
		return -1;
	}
	if(fwrite(v, 1, n, f) != n || fclose(f) != 0){
		snprintf(err, nerr, "%s: write error", file);
		return -1;
	}
	return 0;
}
