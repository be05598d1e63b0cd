/*
 * The Limbo compiler's front end (limbo/lex.c, parse.c, bind.c,
 * const.c, check.c, sig.c, types.c, print.c) over arbitrary bytes as
 * a source file. It must report errors or accept without reading
 * outside the input or running away; what parses is bound, its
 * constants folded, its types checked and its modules' link tables
 * computed (limbo -t) and code is generated (the object checked by
 * loading it back, nothing written); an internal error of code
 * generation is a failure. It must then print (limbo -P) to text that
 * parses without error and prints again to the same text. include is
 * refused here: the input names no files.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include "../../limbo/limbo.h"
#include "fuzz.h"

static char name[] = "limbo";

/*
 * The loader's memory (libinterp/dis.h, not included: its names
 * clash with the compiler's), as limbo/asm/host.c gives the tools.
 */
void*
dismalloc(unsigned long n)
{
	return calloc(1, n);
}

void
disfree(void *v)
{
	free(v);
}
static char firsterr[256];

static void
errout(char *msg)
{
	if(firsterr[0] == 0)
		snprintf(firsterr, sizeof firsterr, "%s", msg);
}

/* what limbo -t computes, for every module declared at the top level */
static void
tables(Node *l)
{
	Decl *d, **v, *a;
	uchar map[64];
	Out o;
	int i, n;

	for(; l != nil; l = l->next){
		if(l->op != Odecl)
			continue;
		for(d = l->decls; d != nil; d = d->next){
			if(d->kind != Dtype || d->ty->kind != Tmodule || d->ty->decl != d)
				continue;
			n = modmembers(d->ty, 1, &v);
			for(i = 0; i < n; i++){
				memset(&o, 0, sizeof o);
				typestring(&o, v[i]->ty);
				sigof(o.s != nil ? o.s : "", o.n);
				free(o.s);
				if(framesize(v[i]->ty) > 0)
					for(a = v[i]->ty->ids; a != nil; a = a->next)
						pointermap(map, sizeof map, a->ty, a->offset);
			}
			memset(&o, 0, sizeof o);
			mpstring(&o, d->ty);
			free(o.s);
		}
	}
}

/* parses text and prints it into o; the number of errors */
static int
roundtrip(char *text, long n, Out *o)
{
	Node *tree;
	int nerr;

	lexinit();
	typeinit();
	front.nerr = 0;
	firsterr[0] = 0;
	tree = parsetext("fuzz.b", text, n);
	nerr = front.nerr;
	if(nerr == 0){
		/* the later passes may report errors, but must not change what prints */
		bindtree(tree);
		if(front.nerr == 0){
			constcheck(tree);
			typecheck(tree);
			tables(tree);
		}
		if(front.nerr == 0 && compile(tree, nil, nil, nil) < 0 && strstr(firsterr, "internal error") != nil)
			fuzzfail(name, "code generation: %s", firsterr);
		printtree(o, tree);
	}
	lfreeall();
	return nerr;
}

int
LLVMFuzzerTestOneInput(const uchar *data, size_t size)
{
	Out o1, o2;
	char *text;

	front.noinclude = 1;
	front.warn = 1;
	front.errout = errout;
	text = malloc(size + 1);
	if(text == nil)
		return 0;
	memcpy(text, data, size);
	memset(&o1, 0, sizeof o1);
	memset(&o2, 0, sizeof o2);
	if(roundtrip(text, size, &o1) == 0){
		if(roundtrip(o1.s != nil ? o1.s : "", o1.n, &o2) != 0)
			fuzzfail(name, "printed form does not parse: %s", firsterr);
		if(o1.n != o2.n || (o1.n > 0 && memcmp(o1.s, o2.s, o1.n) != 0))
			fuzzfail(name, "printed form prints differently (%ld and %ld bytes)", o1.n, o2.n);
	}
	free(o1.s);
	free(o2.s);
	free(text);
	return 0;
}
