/*
 * Shared by the libinterp tests: dismalloc and disfree that count
 * and can fail on demand, libkern's two hooks, image helpers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../../libkern/kern.h"
#include "../../../libinterp/dis.h"
#include "../../../limbo/asm/asm.h"
#include "testdis.h"

long disnalloc;
long disnout;
long disfailat = -1;

void*
dismalloc(ulong n)
{
	void *v;

	if(disnalloc++ == disfailat)
		return nil;
	v = calloc(1, n);
	if(v != nil)
		disnout++;
	return v;
}

/* The kernel's never-failing allocation, which mathfn and digest take their tables from on first use. */
void*
smalloc(ulong n)
{
	void *v;

	v = calloc(1, n);
	if(v == NULL)
		abort();
	return v;
}

void
disfree(void *v)
{
	if(v != nil){
		disnout--;
		free(v);
	}
}

void
putstrn(char *s, int n)
{
	fwrite(s, 1, n, stdout);
}

void
rerrstr(char *s, uint n)
{
	if(n > 0)
		s[0] = 0;
}

int
assemble(char *text, int check, Buf *out, char *err, int nerr)
{
	out->n = 0;
	return asmtext(text, strlen(text), "t.s", check, out, err, nerr);
}

static int
hexval(int c)
{
	if(c >= '0' && c <= '9')
		return c - '0';
	if(c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return c - 'A' + 10;
}

void
unhex(char *hex, Buf *out)
{
	uchar c;

	for(; *hex != 0; hex++){
		if(*hex == ' ' || *hex == '\n' || *hex == '\t')
			continue;
		c = hexval(hex[0])<<4 | hexval(hex[1]);
		hex++;
		bufput(out, &c, 1);
	}
}

void
splice(Buf *b, ulong off, ulong del, char *hex)
{
	Buf ins, tail;

	memset(&ins, 0, sizeof ins);
	memset(&tail, 0, sizeof tail);
	unhex(hex, &ins);
	bufput(&tail, b->s + off + del, b->n - off - del);
	b->n = off;
	bufput(b, ins.s, ins.n);
	bufput(b, tail.s, tail.n);
	buffree(&ins);
	buffree(&tail);
}

char hellohex[] =
	"c00c 8030 8040 81e0 0610 0301 0002 0840"
	"0000 0c05 1101 2c29 0504 2c20 270d 282c"
	"1009 4800 2c0c 0c1b 0010 01f0 0128 0200"
	"8002 3002 00c0 3400 2453 7973 3d04 6865"
	"6c6c 6f2c 2077 6f72 6c64 0a00 4865 6c6c"
	"6f00 0002 4244 b354 696e 6974 0001 01ac"
	"8490 3370 7269 6e74 0000 2f75 7372 2f65"
	"6d62 6572 2f68 656c 6c6f 2e62 00";
