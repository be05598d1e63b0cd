/*
 * disasm file.dis: prints a .dis file as Dis assembler text that
 * disas reads back (asm.c describes the syntax).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../libkern/kern.h"
#include "../../libinterp/dis.h"
#include "asm.h"

int
main(int argc, char **argv)
{
	char err[512];
	Buf dis, text;
	Module *m;

	if(argc != 2){
		fprintf(stderr, "usage: disasm file.dis\n");
		exit(2);
	}
	memset(&dis, 0, sizeof dis);
	memset(&text, 0, sizeof text);
	if(readfile(argv[1], &dis, err, sizeof err) < 0){
		fprintf(stderr, "disasm: %s\n", err);
		exit(1);
	}
	m = disload((uchar*)dis.s, dis.n, err, sizeof err);
	if(m == nil){
		fprintf(stderr, "disasm: %s: %s\n", argv[1], err);
		exit(1);
	}
	disprint(m, &text);
	if(text.nomem){
		fprintf(stderr, "disasm: out of memory\n");
		exit(1);
	}
	fwrite(text.s, 1, text.n, stdout);
	disfreemod(m);
	buffree(&dis);
	buffree(&text);
	return fflush(stdout) == 0 ? 0 : 1;
}
