/*
 * Code generation for statements and function bodies. Loops test
 * their condition at the bottom (one branch an iteration); break and
 * continue are jumps chained on the enclosing statement (Fn.loops)
 * and patched when its end and its continuation are known.
 * case, alt, pick and exception blocks are in genswitch.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include "limbo.h"
#include "gen.h"
#include "genint.h"

/* enters a statement break (and, for a loop, continue) may leave */
Loop*
pushloop(Sym *label, int isloop)
{
	Fn *f;
	Loop *l;

	f = gen.cur;
	if(f->nloop == f->caploop){
		f->caploop = f->caploop ? 2*f->caploop : 16;
		l = realloc(f->loops, f->caploop * sizeof *l);
		if(l == nil)
			lfatal("out of memory");
		f->loops = l;
	}
	l = &f->loops[f->nloop++];
	l->label = label;
	l->isloop = isloop;
	l->brk = -1;
	l->cont = -1;
	return l;
}

/* leaves it: breaks go to the current pc, continues to cont */
void
poploop(int cont)
{
	Fn *f;
	Loop *l;

	f = gen.cur;
	l = &f->loops[--f->nloop];
	patch(l->brk, pc());
	if(l->cont >= 0)
		patch(l->cont, cont);
}

static void
gjump(Node *n, int isbreak)
{
	Fn *f;
	Loop *l;
	int i;

	f = gen.cur;
	for(i = f->nloop - 1; i >= 0; i--){
		l = &f->loops[i];
		if(n->sym != nil ? l->label == n->sym : (isbreak || l->isloop))
			break;
	}
	if(i < 0 || (!isbreak && !l->isloop)){
		lerror(n->src, "internal error: no statement to %s", isbreak ? "break" : "continue");
		return;
	}
	if(isbreak)
		l->brk = append(l->brk, jump());
	else
		l->cont = append(l->cont, jump());
}

static void
gdecls(Decl *d)
{
	Gopd v;

	for(; d != nil; d = d->next){
		if(d->kind != Dvar)
			continue;
		gdeclare(d);
		v = fpopd(d->offset);
		if(d->init != nil)
			gexpr(d->init, &v);
		else if(isptr(d->ty))
			gstore(d->ty, gnil(), v);
	}
}

static void
gwhile(Node *n)
{
	Chain j, c;
	int top, cont;

	j = jump();
	top = pc();
	pushloop(n->label, 1);
	gstmt(n->body);
	cont = pc();
	patch(j, cont);
	newblock();
	setsrc(n->l);
	c = gcond(n->l, 1);
	patch(c, top);
	poploop(cont);
}

static void
gdo(Node *n)
{
	Chain c;
	int top, cont;

	top = pc();
	pushloop(n->label, 1);
	gstmt(n->body);
	cont = pc();
	newblock();
	setsrc(n->l);
	c = gcond(n->l, 1);
	patch(c, top);
	poploop(cont);
}

static void
gfor(Node *n)
{
	Chain j, c;
	int top, cont;

	if(n->l != nil){
		newblock();
		setsrc(n->l);
		gexpr(n->l, nil);
		tfree();
	}
	j = jump();
	top = pc();
	pushloop(n->label, 1);
	gstmt(n->body);
	cont = pc();
	if(n->third != nil){
		newblock();
		setsrc(n->third);
		gexpr(n->third, nil);
		tfree();
	}
	patch(j, pc());
	if(n->r != nil){
		newblock();
		setsrc(n->r);
		c = gcond(n->r, 1);
		patch(c, top);
	}else
		emit(IJMP, none, none, imm(top));
	poploop(cont);
}

static void
gif(Node *n)
{
	Chain c, j;
	int b;

	b = gen.block;
	newblock();
	setsrc(n->l);
	c = gcond(n->l, 0);
	gen.block = b;
	gstmt(n->body);
	if(n->third != nil){
		j = jump();
		patch(c, pc());
		gstmt(n->third);
		patch(j, pc());
	}else
		patch(c, pc());
}

static void
greturn(Node *n)
{
	Gopd r;

	if(n->l != nil){
		r = indopd(fpopd(16), 0);
		greturning = 1;
		gexpr(n->l, &r);
		greturning = 0;
	}
	emit(IRET, none, none, none);
}

void
gstmt(Node *n)
{
	Node *s;
	Gopd v;
	int b;

	if(n == nil)
		return;
	/* each statement but a block is a region of its own */
	b = gen.block;
	if(n->op != Oblock)
		newblock();
	setsrc(n);
	switch(n->op){
	case Oblock:
		for(s = n->list; s != nil; s = s->next)
			gstmt(s);
		break;
	case Odecl:
		gdecls(n->decls);
		break;
	case Oif:
		gif(n);
		break;
	case Owhile:
		gwhile(n);
		break;
	case Odo:
		gdo(n);
		break;
	case Ofor:
		gfor(n);
		break;
	case Obreak:
		gjump(n, 1);
		break;
	case Ocontinue:
		gjump(n, 0);
		break;
	case Oreturn:
		greturn(n);
		break;
	case Ospawn:
		gspawn(n->l);
		break;
	case Oexit:
		emit(IEXIT, none, none, none);
		break;
	case Oraise:
		graise(n);
		break;
	case Ocase:
		gcase(n);
		break;
	case Oalt:
		galt(n);
		break;
	case Opick:
		gpick(n);
		break;
	case Oexcept:
		gexcept(n);
		break;
	case Oempty:
		break;
	case Oinclude: case Oimplement: case Ofndef:
		break;
	default:
		v = gexpr(n, nil);
		if(n->op == Ocall && n->ty != nil)	/* a value thrown away: none of its references is kept */
			releasetmp(n->ty, v);
		break;
	}
	tfree();
	gen.block = b;
}

void
gbody(Fn *f)
{
	Node *def;
	Src start, end;

	def = f->def;
	gen.src = def->src;
	framebegin(f);
	f->result = rtype(rtype(def->ty)->of);
	f->pc = pc();
	gstmt(def->body);
	/* the closing brace */
	end = def->stop;
	start = end;
	start.col--;
	newblock();
	setspan(start, end);
	emit(IRET, none, none, none);
	frameend(f);
}
