/*
 * disas [-o out.dis] file.s: assembles Dis assembler text (asm.c)
 * into a .dis file, by default file.dis beside file.s.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../libkern/kern.h"
#include "../../libinterp/dis.h"
#include "asm.h"

static void
usage(void)
{
	fprintf(stderr, "usage: disas [-o out.dis] file.s\n");
	exit(2);
}

int
main(int argc, char **argv)
{
	char *in, *out, err[512];
	Buf text, dis;
	size_t n;
	int i;

	out = nil;
	in = nil;
	for(i = 1; i < argc; i++){
		if(strcmp(argv[i], "-o") == 0 && i+1 < argc)
			out = argv[++i];
		else if(argv[i][0] == '-' || in != nil)
			usage();
		else
			in = argv[i];
	}
	if(in == nil)
		usage();
	memset(&text, 0, sizeof text);
	memset(&dis, 0, sizeof dis);
	if(readfile(in, &text, err, sizeof err) < 0
	|| asmtext(text.s, text.n, in, 1, &dis, err, sizeof err) < 0){
		fprintf(stderr, "disas: %s\n", err);
		exit(1);
	}
	if(out == nil){
		n = strlen(in);
		out = malloc(n + 5);
		if(out == nil)
			exit(1);
		strcpy(out, in);
		if(n > 2 && strcmp(in + n - 2, ".s") == 0)
			out[n-2] = 0;
		strcat(out, ".dis");
	}
	if(writefile(out, dis.s, dis.n, err, sizeof err) < 0){
		fprintf(stderr, "disas: %s\n", err);
		exit(1);
	}
	return 0;
}
