/*
 * Code generation for case, alt, pick, exception blocks and raise.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include "limbo.h"
#include "gen.h"
#include "genint.h"

void
graise(Node *n)
{
	Gopd v;

	if(n->l == nil)
		nyi(n->src, "raise without a value");
	if(rtype(n->l->ty)->kind != Tstring)
		nyi(n->src, "raising an exception value");
	v = gexpr(n->l, nil);
	emit(IRAISE, v, none, none);
}

void
gcase(Node *n)
{
	nyi(n->src, "case");
}

void
galt(Node *n)
{
	nyi(n->src, "alt");
}

void
gpick(Node *n)
{
	nyi(n->src, "pick");
}

void
gexcept(Node *n)
{
	nyi(n->src, "exception handlers");
}
