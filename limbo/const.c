/*
 * Constants: the values of con declarations, folded from their
 * expressions by the rules of limbo-lang.md (no implicit
 * conversions; int arithmetic wraps at 32 bits, big at 64, byte at
 * 8; iota counts the names of one declaration). A value is an Oconst
 * (int, big, byte), Oreal or Ostring node whose ty says which, or an
 * aggregate of values: an Otuple, or an Ocall of an adt's name (as
 * Sys->nulldir), whose elements may also be Onil. Runs on a bound
 * tree.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <math.h>
#include "limbo.h"

static Node	*eval(Node*, int);

static char*
kindname(Type *t)
{
	switch(t->kind){
	case Tint:	return "int";
	case Tbig:	return "big";
	case Tbyte:	return "byte";
	case Treal:	return "real";
	case Tstring:	return "string";
	}
	return "?";
}

static Node*
mkint(Src src, Type *t, vlong v)
{
	Node *n;

	n = mknode(Oconst, src);
	n->ty = t;
	switch(t->kind){
	case Tint:
		v = (int)(uint)(uvlong)v;	/* wraps at 32 bits */
		break;
	case Tbyte:
		v &= 0xFF;
		break;
	}
	n->ival = v;
	n->isconst = 1;
	return n;
}

static Node*
mkreal(Src src, double r)
{
	Node *n;

	n = mknode(Oreal, src);
	n->ty = treal;
	n->rval = r;
	n->isconst = 1;
	return n;
}

static Node*
mkstr(Src src, char *s, int len)
{
	Node *n;

	n = mknode(Ostring, src);
	n->ty = tstring;
	n->sval.s = s;
	n->sval.n = len;
	n->isconst = 1;
	return n;
}

/* a copy of value v that can be linked into a list of its own */
static Node*
copyval(Node *v)
{
	Node *n;

	n = mknode(v->op, v->src);
	*n = *v;
	n->next = nil;
	return n;
}

/* the adt a constructor's name denotes (Adt, Mod->Adt, an imported Adt), or nil */
static Type*
adtnamed(Node *e)
{
	Decl *d, *m;
	Type *t;

	d = nil;
	if(e->op == Oname)
		d = e->decl;
	else if(e->op == Omdot && e->l->op == Oname && e->l->decl != nil){
		m = e->l->decl;
		if(m->kind == Dimport)
			m = m->member;
		t = m != nil ? realtype(m->ty) : nil;
		if(t != nil && t->kind == Tmodule)
			for(d = t->ids; d != nil; d = d->next)
				if(d->sym == e->sym)
					break;
	}
	if(d != nil && d->kind == Dimport)
		d = d->member;
	if(d == nil || d->kind != Dtype)
		return nil;
	t = realtype(d->ty);
	return t != nil && t->kind == Tadt ? t : nil;
}

/* the values of the expressions l, as a new list; nil (reported) if one is not constant */
static int
evallist(Node *l, int iv, Node **out)
{
	Node **tail, *v;
	int ok;

	ok = 1;
	tail = out;
	for(; l != nil; l = l->next){
		v = l->op == Onil ? nil : eval(l, iv);
		if(l->op == Onil){
			v = mknode(Onil, l->src);
			v->ty = mktype(Tnil, l->src);
			v->isconst = 1;
		}else if(v == nil){
			ok = 0;
			continue;
		}else
			v = copyval(v);
		*tail = v;
		tail = &v->next;
	}
	return ok;
}

static int
isintegral(Type *t)
{
	return t->kind == Tint || t->kind == Tbig || t->kind == Tbyte;
}

/* the value of the constant d, evaluated once */
Node*
constval(Decl *d)
{
	Node *v;

	if(d->evaluating == 2)
		return d->value;	/* nil if it failed: reported once */
	if(d->evaluating == 1){
		lerror(d->src, "constant %s is defined in terms of itself", d->sym->name);
		return nil;
	}
	if(d->init == nil)
		return nil;
	d->evaluating = 1;
	v = eval(d->init, d->iota);
	d->evaluating = 2;
	d->value = v;
	return v;
}

/* the constant a name, m->K or Adt.K denotes, or nil if it is none */
Decl*
constdecl(Node *e)
{
	Decl *d, *m;
	Type *t;

	switch(e->op){
	case Oname:
		d = e->decl;
		if(d != nil && d->kind == Dimport)
			d = d->member;
		return d != nil && d->kind == Dconst ? d : nil;
	case Omdot:
	case Odot:
		if(e->l->op != Oname || e->l->decl == nil)
			return nil;
		m = e->l->decl;
		if(m->kind == Dimport)
			m = m->member;
		if(m == nil)
			return nil;
		t = realtype(m->ty);
		if(t == nil)
			return nil;
		if(m->kind != Dtype && !(e->op == Omdot && t->kind == Tmodule))
			return nil;
		if(t->kind != Tmodule && t->kind != Tadt)
			return nil;
		for(d = t->ids; d != nil; d = d->next)
			if(d->sym == e->sym)
				return d->kind == Dconst ? d : nil;
		return nil;
	}
	return nil;
}

static Node*
notconst(Node *e)
{
	lerror(e->src, "not a constant expression");
	return nil;
}

static Node*
cast(Node *e, Node *v)
{
	Type *to;
	char buf[32], *s;
	vlong i;

	to = realtype(e->wtype);
	if(to == nil)
		return nil;
	if(to->kind != Tint && to->kind != Tbig && to->kind != Tbyte && to->kind != Treal && to->kind != Tstring)
		return notconst(e);
	switch(to->kind){
	case Tint: case Tbig: case Tbyte:
		if(isintegral(v->ty))
			return mkint(e->src, to, v->ival);
		if(v->ty->kind == Treal){
			/* to nearest, ties away from zero */
			return mkint(e->src, to, (vlong)round(v->rval));
		}
		if(v->ty->kind == Tstring){
			s = lstrdup(v->sval.s, v->sval.n);
			i = strtoll(s, nil, 10);
			return mkint(e->src, to, i);
		}
		break;
	case Treal:
		if(isintegral(v->ty))
			return mkreal(e->src, (double)v->ival);
		if(v->ty->kind == Treal)
			return v;
		if(v->ty->kind == Tstring)
			return mkreal(e->src, strtod(lstrdup(v->sval.s, v->sval.n), nil));
		break;
	case Tstring:
		if(isintegral(v->ty)){
			snprintf(buf, sizeof buf, "%lld", v->ival);
			return mkstr(e->src, lstrdup(buf, strlen(buf)), strlen(buf));
		}
		if(v->ty->kind == Tstring)
			return v;
		lerror(e->src, "string of a real constant is not folded yet");
		return nil;
	}
	lerror(e->src, "cannot make a constant %s of a %s", kindname(to), kindname(v->ty));
	return nil;
}

/* x ** n for an integral x of type t */
static vlong
ipow(vlong x, vlong n)
{
	uvlong r, b;

	r = 1;
	b = (uvlong)x;
	while(n > 0){
		if(n & 1)
			r *= b;
		b *= b;
		n >>= 1;
	}
	return (vlong)r;
}

static Node*
binary(Node *e, Node *l, Node *r)
{
	Type *t;
	uvlong a, b;
	vlong x, y;
	int width, c;
	char *s;

	t = l->ty;
	if(e->op == Oexp){
		if(r->ty->kind != Tint || !(t->kind == Tint || t->kind == Tbig || t->kind == Treal)){
			lerror(e->src, "operands of ** must be int, big or real and int, not %s and %s", kindname(t), kindname(r->ty));
			return nil;
		}
		if(t->kind == Treal)
			return mkreal(e->src, pow(l->rval, (double)r->ival));
		if(r->ival < 0){
			lerror(e->src, "negative exponent of an integer constant");
			return nil;
		}
		return mkint(e->src, t, ipow(l->ival, r->ival));
	}
	if(e->op == Olsh || e->op == Orsh){
		if(!isintegral(t) || r->ty->kind != Tint){
			lerror(e->src, "shift of a %s by a %s", kindname(t), kindname(r->ty));
			return nil;
		}
		width = t->kind == Tbig ? 64 : t->kind == Tint ? 32 : 8;
		if(r->ival < 0 || r->ival >= width){
			lerror(e->src, "shift count %lld out of range", r->ival);
			return nil;
		}
		if(e->op == Olsh)
			return mkint(e->src, t, (vlong)((uvlong)l->ival << r->ival));
		if(t->kind == Tbyte)
			return mkint(e->src, t, (l->ival & 0xFF) >> r->ival);
		return mkint(e->src, t, l->ival >> r->ival);	/* arithmetic */
	}
	if(t->kind != r->ty->kind){
		lerror(e->src, "operands of constant expression have different types: %s and %s", kindname(t), kindname(r->ty));
		return nil;
	}
	if(t->kind == Tstring){
		switch(e->op){
		case Oadd:
			s = lalloc(l->sval.n + r->sval.n + 1);
			memcpy(s, l->sval.s, l->sval.n);
			memcpy(s + l->sval.n, r->sval.s, r->sval.n);
			return mkstr(e->src, s, l->sval.n + r->sval.n);
		case Oeq: case Oneq: case Olt: case Ogt: case Oleq: case Ogeq:
			c = memcmp(l->sval.s, r->sval.s, l->sval.n < r->sval.n ? l->sval.n : r->sval.n);
			if(c == 0)
				c = l->sval.n - r->sval.n;
			goto compare;
		}
		lerror(e->src, "operator not defined on string constants");
		return nil;
	}
	if(t->kind == Treal){
		switch(e->op){
		case Oadd:	return mkreal(e->src, l->rval + r->rval);
		case Osub:	return mkreal(e->src, l->rval - r->rval);
		case Omul:	return mkreal(e->src, l->rval * r->rval);
		case Odiv:	return mkreal(e->src, l->rval / r->rval);
		case Oeq: case Oneq: case Olt: case Ogt: case Oleq: case Ogeq:
			c = l->rval < r->rval ? -1 : l->rval > r->rval ? 1 : 0;
			goto compare;
		}
		lerror(e->src, "operator not defined on real constants");
		return nil;
	}
	x = l->ival;
	y = r->ival;
	a = (uvlong)x;
	b = (uvlong)y;
	switch(e->op){
	case Oadd:	return mkint(e->src, t, (vlong)(a + b));
	case Osub:	return mkint(e->src, t, (vlong)(a - b));
	case Omul:	return mkint(e->src, t, (vlong)(a * b));
	case Odiv:
	case Omod:
		if(y == 0){
			lerror(e->src, "division by zero in a constant expression");
			return nil;
		}
		if(t->kind == Tbig && x == (vlong)(1ULL << 63) && y == -1)	/* wraps */
			return mkint(e->src, t, e->op == Odiv ? x : 0);
		return mkint(e->src, t, e->op == Odiv ? x / y : x % y);
	case Oand:	return mkint(e->src, t, x & y);
	case Oor:	return mkint(e->src, t, x | y);
	case Oxor:	return mkint(e->src, t, x ^ y);
	case Oandand:	return mkint(e->src, tint, x && y);
	case Ooror:	return mkint(e->src, tint, x || y);
	case Oeq: case Oneq: case Olt: case Ogt: case Oleq: case Ogeq:
		c = x < y ? -1 : x > y ? 1 : 0;
		goto compare;
	}
	return notconst(e);
compare:
	switch(e->op){
	case Oeq:	c = c == 0; break;
	case Oneq:	c = c != 0; break;
	case Olt:	c = c < 0; break;
	case Ogt:	c = c > 0; break;
	case Oleq:	c = c <= 0; break;
	default:	c = c >= 0; break;
	}
	return mkint(e->src, tint, c);
}

/* the value of the constant expression e (iota standing for iv), or nil (reported) */
static Node*
eval(Node *e, int iv)
{
	Node *l, *r, *n;
	Decl *d;
	Type *t;
	int c, i;

	switch(e->op){
	case Oconst:
		if(e->ischar || (e->ival >= -2147483647LL && e->ival <= 2147483647LL))
			return mkint(e->src, tint, e->ival);
		return mkint(e->src, tbig, e->ival);
	case Oreal:
		return mkreal(e->src, e->rval);
	case Ostring:
		return mkstr(e->src, e->sval.s, e->sval.n);
	case Oname:
		if(e->decl == nil && e->sym->len == 4 && memcmp(e->sym->name, "iota", 4) == 0)
			return mkint(e->src, tint, iv);
		/* fall through */
	case Omdot:
	case Odot:
		d = constdecl(e);
		if(d == nil){
			if(e->op == Oname && e->decl == nil)
				return nil;	/* undeclared: reported */
			return notconst(e);
		}
		return constval(d);
	case Ocast:
		l = eval(e->l, iv);
		if(l == nil)
			return nil;
		return cast(e, l);
	case Otagof:
		/* tagof Adt.Tag: the variant's number */
		if(e->l->op == Odot && (t = adtnamed(e->l->l)) != nil){
			Decl *g;
			int k = 0;
			for(g = t->tags; g != nil; g = g->next, k++)
				if(g->sym == e->l->sym)
					return mkint(e->src, tint, k);
		}
		return notconst(e);
	case Olen:
		l = eval(e->l, iv);
		if(l == nil)
			return nil;
		if(l->ty->kind != Tstring){
			lerror(e->src, "len needs a string constant, not %s", kindname(l->ty));
			return nil;
		}
		/* characters, not bytes */
		c = 0;
		for(i = 0; i < l->sval.n; i++)
			if((l->sval.s[i] & 0xC0) != 0x80)
				c++;
		return mkint(e->src, tint, c);
	case Otuple:
		n = mknode(Otuple, e->src);
		if(!evallist(e->list, iv, &n->list))
			return nil;
		n->ty = mktype(Ttuple, e->src);
		n->isconst = 1;
		return n;
	case Ocall:
		t = adtnamed(e->l);
		if(t == nil)
			return notconst(e);
		n = mknode(Ocall, e->src);
		n->l = e->l;
		if(!evallist(e->list, iv, &n->list))
			return nil;
		n->ty = t;
		n->isconst = 1;
		return n;
	case Oplus:
	case Oneg:
	case Ocomp:
	case Onot:
		l = eval(e->l, iv);
		if(l == nil)
			return nil;
		t = l->ty;
		if(e->op == Onot){
			if(t->kind != Tint)
				break;
			return mkint(e->src, tint, !l->ival);
		}
		if(e->op == Ocomp){
			if(!isintegral(t))
				break;
			return mkint(e->src, t, ~l->ival);
		}
		if(t->kind == Treal)
			return e->op == Oneg ? mkreal(e->src, -l->rval) : l;
		if(!isintegral(t))
			break;
		return e->op == Oneg ? mkint(e->src, t, (vlong)(0 - (uvlong)l->ival)) : l;
	case Oexp: case Omul: case Odiv: case Omod: case Oadd: case Osub:
	case Olsh: case Orsh: case Olt: case Ogt: case Oleq: case Ogeq:
	case Oeq: case Oneq: case Oand: case Oxor: case Oor: case Oandand:
	case Ooror:
		l = eval(e->l, iv);
		r = eval(e->r, iv);
		if(l == nil || r == nil)
			return nil;
		return binary(e, l, r);
	default:
		return notconst(e);
	}
	lerror(e->src, "operator not defined on a %s constant", kindname(l->ty));
	return nil;
}

/* the value of the constant expression e outside a con declaration, or nil (reported) */
Node*
constexpr(Node *e)
{
	return eval(e, 0);
}

static void
constdecls(Decl *d)
{
	Decl *f;

	for(; d != nil; d = d->next){
		if(d->kind == Dconst)
			constval(d);
		if(d->kind == Dtype && d->ty->decl == d && (d->ty->kind == Tmodule || d->ty->kind == Tadt))
			for(f = d->ty->ids; f != nil; f = f->next)
				if(f->kind == Dconst)
					constval(f);
		if(d->kind == Dtype && d->ty->decl == d && d->ty->kind == Tmodule)
			constdecls(d->ty->ids);
	}
}

static void
conststmts(Node *n)
{
	for(; n != nil; n = n->next){
		switch(n->op){
		case Odecl:
			constdecls(n->decls);
			break;
		case Oinclude:
			conststmts(n->list);
			break;
		case Ofndef:
			conststmts(n->body);
			break;
		case Oblock:
			conststmts(n->list);
			break;
		case Oexcept:
		case Ocase:
		case Oalt:
		case Opick:
			if(n->op == Oexcept)
				conststmts(n->l);
			conststmts(n->list);
			break;
		case Oarm:
			conststmts(n->body);
			break;
		case Oif:
			conststmts(n->body);
			if(n->third != nil)
				conststmts(n->third);
			break;
		case Owhile: case Odo: case Ofor:
			conststmts(n->body);
			break;
		}
	}
}

/* evaluates every con declaration of the bound tree, reporting errors */
void
constcheck(Node *tree)
{
	jmp_buf fatal;

	lfatalenv = &fatal;
	if(setjmp(fatal) == 0)
		conststmts(tree);
	lfatalenv = nil;
}
