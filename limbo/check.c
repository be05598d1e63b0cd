/*
 * Type checking, first part: gives every expression of a bound tree
 * its type (Node.ty) and each variable declared with := the type of
 * its value, and reports the clashes it is sure of. A type it cannot
 * know yet (a type parameter, an instantiated adt's parameterised
 * field, a name whose binding failed) is Tany, which matches
 * anything, so an error is reported only where both sides are known.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include "limbo.h"

static Type	*tany, *tnil;
static Type	*curresult;	/* the result type of the function being checked */
static char	*curname;

static Type*	texpr(Node*);
static void	checkstmt(Node*);

static int
known(Type *t)
{
	return t != nil && t->kind != Tany && t->kind != Tpoly && t->kind != Tname;
}

/* t followed through names; Tany if it cannot be known */
static Type*
rt(Type *t)
{
	t = realtype(t);
	if(t == nil)
		return tany;
	return t;
}

static char*
tname(Type *t)
{
	static char buf[4][128];
	static int k;
	Out o;
	char *b;

	memset(&o, 0, sizeof o);
	printtype(&o, t);
	b = buf[k++ % 4];
	snprintf(b, sizeof buf[0], "%s", o.s != nil ? o.s : "?");
	free(o.s);
	return b;
}

/* t's name with its article: "an int", "a ref Pt" */
static char*
atname(Type *t)
{
	static char buf[4][140];
	static int k;
	char *n, *b;

	n = tname(t);
	b = buf[k++ % 4];
	snprintf(b, sizeof buf[0], "%s %s", strchr("aeiou", n[0]) != nil && n[0] != 0 ? "an" : "a", n);
	return b;
}

static int
isarith(Type *t)
{
	switch(t->kind){
	case Tint: case Tbig: case Tbyte: case Treal:
		return 1;
	}
	return 0;
}

static int
isintegral(Type *t)
{
	return t->kind == Tint || t->kind == Tbig || t->kind == Tbyte;
}

/* can nil be given where a value of type t is expected? */
static int
takesnil(Type *t)
{
	switch(t->kind){
	case Tstring: case Tarray: case Tlist: case Tchan: case Tref:
	case Tmodule: case Tpoly: case Tany: case Tnil:
		return 1;
	}
	return 0;
}

static Type*
mk1(int kind, Type *of, Src src)
{
	Type *t;

	t = mktype(kind, src);
	t->of = of;
	return t;
}

/* does t hold a type parameter (whose instances are not tracked yet)? */
static int
haspoly(Type *t, int depth)
{
	Decl *d;

	t = realtype(t);
	if(t == nil || depth > 32)
		return 0;
	switch(t->kind){
	case Tpoly:
		return 1;
	case Tarray: case Tlist: case Tchan: case Tref:
		return haspoly(t->of, depth+1);
	case Ttuple:
		for(d = t->ids; d != nil; d = d->next)
			if(haspoly(d->ty, depth+1))
				return 1;
		return 0;
	case Tadt:
		return t->tparams != nil;
	case Tfn:
		for(d = t->ids; d != nil; d = d->next)
			if(haspoly(d->ty, depth+1))
				return 1;
		return t->tparams != nil || haspoly(t->of, depth+1);
	}
	return 0;
}

/*
 * May a value of type from be stored where to is expected? Equal
 * types, nil into a reference, a function where a reference to one
 * of its type is wanted, and anything unknown.
 */
static int
assignable(Type *to, Type *from)
{
	Decl *a, *b;
	Type *f;

	to = rt(to);
	from = rt(from);
	if(!known(to) || !known(from) || haspoly(to, 0) || haspoly(from, 0))
		return 1;
	if(from->kind == Tnil)
		return takesnil(to);
	if(to->kind == Tref && from->kind == Tfn)
		return tequal(to->of, from);
	if(to->kind == Ttuple && from->kind == Ttuple){
		for(a = to->ids, b = from->ids; a != nil && b != nil; a = a->next, b = b->next)
			if(!assignable(a->ty, b->ty))
				return 0;
		return a == nil && b == nil;
	}
	/* a variant where its adt is wanted */
	if(to->kind == Tref && from->kind == Tref){
		f = rt(from->of);
		if(f->kind == Tpickvar && tequal(to->of, f->of))
			return 1;
	}
	if(from->kind == Tpickvar && tequal(to, from->of))
		return 1;
	return tequal(to, from);
}

/* the type both a and b can be stored as (array and list elements), or nil */
static Type*
unify(Type *a, Type *b)
{
	Type *x, *y;

	a = rt(a);
	b = rt(b);
	if(assignable(a, b) && a->kind != Tnil)
		return a;
	if(assignable(b, a))
		return b;
	if(a->kind == Tref && b->kind == Tref){
		x = rt(a->of);
		y = rt(b->of);
		if(x->kind == Tpickvar && y->kind == Tpickvar && tequal(x->of, y->of))
			return mk1(Tref, x->of, a->src);
	}
	return nil;
}

/* the type of a tuple of the expressions l */
static Type*
tupleof(Node *l, Src src)
{
	Type *t;
	Decl **tail, *d;

	t = mktype(Ttuple, src);
	tail = &t->ids;
	for(; l != nil; l = l->next){
		d = mkdecl(Dfield, nil, l->src);
		d->ty = l->ty != nil ? l->ty : tany;
		*tail = d;
		tail = &d->next;
	}
	return t;
}

/* the member s of adt (or variant) t: its own, then for a variant its adt's */
static Decl*
adtmember(Type *t, Sym *s)
{
	Decl *d;

	for(;;){
		for(d = t->ids; d != nil; d = d->next)
			if(d->sym == s)
				return d;
		if(t->kind != Tpickvar)
			return nil;
		t = t->of;
	}
}

/* the constraint function s of a type parameter's type t, or nil */
static Decl*
polymember(Type *t, Sym *s)
{
	Decl *d;

	for(d = t->ids; d != nil; d = d->next)
		if(d->sym == s)
			return d;
	return nil;
}

/* the type a declaration's name has as an expression; *istype set for a type's name */
static Type*
decltype(Decl *d, int *istype)
{
	Node *v;

	*istype = 0;
	if(d == nil)
		return tany;
	if(d->kind == Dimport){
		if(d->member == nil)
			return tany;
		d = d->member;
	}
	switch(d->kind){
	case Dvar:
	case Darg:
	case Dfield:
	case Dfn:
	case Dexc:
		return d->ty != nil ? rt(d->ty) : tany;
	case Dconst:
		v = constval(d);
		return v != nil && v->ty != nil ? v->ty : tany;
	case Dtype:
	case Dtparam:
		*istype = 1;
		return rt(d->ty);
	}
	return tany;
}

/* the data fields of t (an adt's own and, for a variant, the adt's first) as a count */
static int
nfields(Type *t)
{
	Decl *d;
	int n;

	n = 0;
	if(t->kind == Tpickvar)
		n = nfields(t->of);
	for(d = t->ids; d != nil; d = d->next)
		if(d->kind == Dfield)
			n++;
	return n;
}

/* the k-th data field of t, counting as nfields does */
static Decl*
field(Type *t, int k)
{
	Decl *d;
	int n;

	if(t->kind == Tpickvar){
		n = nfields(t->of);
		if(k < n)
			return field(t->of, k);
		k -= n;
	}
	for(d = t->ids; d != nil; d = d->next)
		if(d->kind == Dfield && k-- == 0)
			return d;
	return nil;
}

/* Adt(args) or Adt.Tag(args): the arguments against the data fields */
static Type*
construct(Node *n, Type *t)
{
	Node *a;
	Decl *f;
	int k, nf;

	nf = nfields(t);
	k = 0;
	for(a = n->list; a != nil; a = a->next, k++){
		texpr(a);
		f = field(t, k);
		if(f != nil && !assignable(f->ty, a->ty))
			lerror(a->src, "cannot initialise %s (%s) with %s", f->sym != nil ? f->sym->name : "field",
				tname(rt(f->ty)), tname(a->ty));
	}
	if(k != nf)
		lerror(n->src, "%s has %d data members, %d values given", tname(t), nf, k);
	return t;
}

/* a call of the function type f; self is the value before '.', or nil */
static Type*
call(Node *n, Type *f, int method, char *name)
{
	Decl *p, *q;
	Node *a;
	int k, np, na;

	p = f->ids;
	if(method && p != nil)
		p = p->next;	/* the self argument is the value before the '.' */
	np = 0;
	for(q = p; q != nil; q = q->next)
		np++;
	na = 0;
	k = 1;
	for(a = n->list; a != nil; a = a->next, k++){
		texpr(a);
		na++;
		if(p == nil)
			continue;
		if(!assignable(p->ty, a->ty))
			lerror(a->src, "argument %d of %s: cannot pass %s as %s", k, name, tname(a->ty), tname(rt(p->ty)));
		p = p->next;
	}
	if(na < np || (na > np && !f->varargs))
		lerror(n->src, "%s takes %d argument%s, %d given", name, np, np == 1 ? "" : "s", na);
	if(f->tparams != nil)
		return tany;	/* the result's parameters are not inferred yet */
	return rt(f->of);
}

/* types the arguments of a call that cannot be checked against parameters */
static void
typeargs(Node *a)
{
	for(; a != nil; a = a->next)
		texpr(a);
}

static char*
callname(Node *l)
{
	if(l->op == Oname || l->op == Odot || l->op == Omdot)
		return l->sym->name;
	return "the function";
}

static Type*
tcall(Node *n)
{
	Node *l, *a;
	Type *t, *f;
	Decl *m, *p;
	int istype, k, np;

	l = n->l;
	/* v.f(args): a member function of v's adt, v its self (not Adt.f(args)) */
	if(l->op == Odot && (t = rt(texpr(l->l)), !l->l->istype)){
		if(t->kind == Tref)
			t = rt(t->of);
		if(t->kind == Tadt || t->kind == Tpickvar){
			m = adtmember(t, l->sym);
			if(m != nil && m->kind == Dfn){
				l->ty = m->ty;
				return call(n, rt(m->ty), m->ty->ids != nil && m->ty->ids->self, l->sym->name);
			}
			if(m != nil && m->kind == Dfield){	/* a field holding a ref fn */
				f = rt(m->ty);
				l->ty = f;
				if(f->kind == Tref && rt(f->of)->kind == Tfn)
					return call(n, rt(f->of), 0, l->sym->name);
				if(known(f))
					lerror(n->src, "%s is not a function", l->sym->name);
				typeargs(n->list);
				return tany;
			}
			if(m == nil)
				lerror(l->src, "%s is not a member of %s", l->sym->name, tname(t));
			typeargs(n->list);
			return tany;
		}
		if(t->kind == Tpoly && (m = polymember(t, l->sym)) != nil){
			l->ty = m->ty;
			return call(n, rt(m->ty), 1, l->sym->name);
		}
		if(known(t) && t->kind != Tadt && t->kind != Tpickvar)
			lerror(l->src, "%s is not a member of %s", l->sym->name, tname(t));
		typeargs(n->list);
		return tany;
	}
	f = texpr(l);
	istype = l->istype;
	if(istype){
		f = rt(f);
		if(f->kind == Tadt || f->kind == Tpickvar || f->kind == Ttuple)
			return construct(n, f);
		typeargs(n->list);
		return tany;
	}
	f = rt(f);
	if(f->kind == Tref && rt(f->of)->kind == Tfn)
		f = rt(f->of);
	if(f->kind == Tfn)
		return call(n, f, 0, callname(l));
	if(f->kind == Texception){
		/* E(args): the exception's value, its elements in order */
		p = f->ids;
		k = 0;
		for(a = n->list; a != nil; a = a->next, k++){
			texpr(a);
			if(p != nil){
				if(!assignable(p->ty, a->ty))
					lerror(a->src, "value %d of %s: cannot pass %s as %s", k+1, callname(l),
						tname(a->ty), tname(rt(p->ty)));
				p = p->next;
			}
		}
		np = 0;
		for(p = f->ids; p != nil; p = p->next)
			np++;
		if(k != np)
			lerror(n->src, "%s has %d values, %d given", callname(l), np, k);
		return f;
	}
	if(known(f))
		lerror(n->src, "%s is not a function", tname(f));
	typeargs(n->list);
	return tany;
}

/* x.s: a field, member function or constant of x's adt, or Adt.Tag, Adt.K, T.f */
static Type*
tdot(Node *n)
{
	Type *t;
	Decl *m, *g;
	int istype;

	t = texpr(n->l);
	istype = n->l->istype;
	t = rt(t);
	if(!istype && t->kind == Tref)
		t = rt(t->of);
	if(t->kind == Tpoly){
		m = polymember(t, n->sym);
		return m != nil ? rt(m->ty) : tany;
	}
	if(t->kind != Tadt && t->kind != Tpickvar){
		if(known(t))
			lerror(n->src, "%s is not a member of %s", n->sym->name, tname(t));
		return tany;
	}
	if(istype && t->kind == Tadt)
		for(g = t->tags; g != nil; g = g->next)
			if(g->sym == n->sym){
				n->istype = 1;
				return g->ty;
			}
	m = adtmember(t, n->sym);
	if(m == nil){
		lerror(n->src, "%s is not a member of %s", n->sym->name, tname(t));
		return tany;
	}
	return decltype(m, &istype);
}

/* m->s: a member of the module m (a module type or a handle) */
static Type*
tmdot(Node *n)
{
	Type *t;
	Decl *m;
	int istype;

	t = rt(texpr(n->l));
	if(t->kind != Tmodule)
		return tany;	/* reported by binding if it could be */
	for(m = t->ids; m != nil; m = m->next)
		if(m->sym == n->sym)
			break;
	if(m == nil)
		return tany;
	t = decltype(m, &istype);
	n->istype = istype;
	return t;
}

static Type*
tbinary(Node *n)
{
	Type *l, *r, *u;
	char *op;

	l = rt(texpr(n->l));
	r = rt(texpr(n->r));
	op = "";
	switch(n->op){
	case Oexp:
		if(known(l) && !(l->kind == Tint || l->kind == Tbig || l->kind == Treal))
			lerror(n->src, "cannot raise %s to a power", atname(l));
		if(known(r) && r->kind != Tint)
			lerror(n->src, "the exponent must be an int, not %s", tname(r));
		return l;
	case Olsh:
	case Orsh:
		if(known(l) && !isintegral(l))
			lerror(n->src, "cannot shift %s", atname(l));
		if(known(r) && r->kind != Tint)
			lerror(n->src, "the shift count must be an int, not %s", tname(r));
		return l;
	case Ocons:
		if(r->kind == Tnil)
			return mk1(Tlist, l, n->src);
		if(known(r) && r->kind != Tlist){
			lerror(n->src, "cannot :: onto %s", atname(r));
			return tany;
		}
		if(r->kind == Tlist && !assignable(r->of, l)){
			/* variants of one pick adt make a list of refs to the adt */
			if((u = unify(r->of, l)) != nil)
				return mk1(Tlist, u, n->src);
			lerror(n->src, "cannot :: %s onto %s", atname(l), atname(r));
		}
		return r;
	case Oeq:
	case Oneq:
		if(!assignable(l, r) && !assignable(r, l))
			lerror(n->src, "cannot compare %s and %s", tname(l), tname(r));
		return tint;
	case Oandand:
	case Ooror:
		/* operands of one arithmetic type, the result an int */
		op = n->op == Oandand ? "&&" : "||";
		if(known(l) && !isarith(l))
			lerror(n->l->src, "operand of %s must be arithmetic, not %s", op, tname(l));
		else if(known(r) && !isarith(r))
			lerror(n->r->src, "operand of %s must be arithmetic, not %s", op, tname(r));
		else if(known(l) && known(r) && !tequal(l, r))
			lerror(n->src, "operands of %s have different types: %s and %s", op, tname(l), tname(r));
		return tint;
	}
	switch(n->op){
	case Omul: op = "*"; break;
	case Odiv: op = "/"; break;
	case Omod: op = "%"; break;
	case Oadd: op = "+"; break;
	case Osub: op = "-"; break;
	case Olt: op = "<"; break;
	case Ogt: op = ">"; break;
	case Oleq: op = "<="; break;
	case Ogeq: op = ">="; break;
	case Oand: op = "&"; break;
	case Oor: op = "|"; break;
	case Oxor: op = "^"; break;
	}
	if(!known(l) || !known(r)){
		switch(n->op){
		case Olt: case Ogt: case Oleq: case Ogeq:
			return tint;
		}
		return known(l) ? l : r;
	}
	if(!tequal(l, r)){
		lerror(n->src, "operands of %s have different types: %s and %s", op, tname(l), tname(r));
		switch(n->op){
		case Olt: case Ogt: case Oleq: case Ogeq:
			return tint;
		}
		return tany;
	}
	switch(n->op){
	case Oadd:
		if(l->kind == Tstring)
			return l;
		/* fall through */
	case Omul: case Odiv: case Osub:
		if(!isarith(l))
			lerror(n->src, "%s is not defined on %s", op, tname(l));
		return l;
	case Omod: case Oand: case Oor: case Oxor:
		if(!isintegral(l))
			lerror(n->src, "%s is not defined on %s", op, tname(l));
		return l;
	default:	/* comparisons */
		if(!isarith(l) && l->kind != Tstring)
			lerror(n->src, "%s is not defined on %s", op, tname(l));
		return tint;
	}
}

/* l := r: the names declared on the left get the types of the value's parts */
static void
declaretypes(Node *l, Type *t)
{
	Node *e;
	Decl *f;
	int k, i;

	t = rt(t);
	switch(l->op){
	case Oname:
		if(l->decl != nil){
			if(t->kind == Tnil){
				lerror(l->src, "cannot declare %s with nil: it has no type", l->sym->name);
				t = tany;
			}else if(t->kind == Tnone){
				lerror(l->src, "cannot declare %s with an expression that has no value", l->sym->name);
				t = tany;
			}
			l->decl->ty = t;
		}
		l->ty = t;
		break;
	case Otuple:
		k = 0;
		for(e = l->list; e != nil; e = e->next)
			k++;
		if(t->kind == Ttuple){
			i = 0;
			for(f = t->ids; f != nil; f = f->next)
				i++;
			if(i != k){
				lerror(l->src, "cannot unpack %d values into %d names", i, k);
				t = tany;
			}
		}
		k = 0;
		for(e = l->list; e != nil; e = e->next, k++){
			f = nil;
			if(t->kind == Ttuple){
				for(f = t->ids, i = 0; f != nil && i < k; i++)
					f = f->next;
			}else if(t->kind == Tadt || t->kind == Tpickvar)
				f = field(t, k);
			else if(known(t)){
				lerror(l->src, "cannot unpack %s", atname(t));
				t = tany;
			}
			declaretypes(e, f != nil ? f->ty : tany);
		}
		break;
	}
}

static int
islvalue(Node *n)
{
	switch(n->op){
	case Oname:
		return n->decl == nil || n->decl->kind == Dvar || n->decl->kind == Darg;
	case Oindex: case Oslice: case Odot: case Omdot: case Oderef: case Onil:
		return 1;
	case Otuple:
		for(n = n->list; n != nil; n = n->next)
			if(!islvalue(n))
				return 0;
		return 1;
	}
	return 0;
}

/* may a value of type from be cast to type to (limbo-lang.md 3.4)? */
static int
castable(Type *to, Type *from)
{
	int f, t;

	if(tequal(to, from))
		return 1;
	t = to->kind;
	f = from->kind;
	if((isarith(to) || t == Tstring || t == Tfixed) && (isarith(from) || f == Tstring || f == Tfixed))
		return !(t == Tfixed && f == Tstring) && !(f == Tfixed && t == Tstring);
	if(t == Tarray && f == Tstring)
		return rt(to->of)->kind == Tbyte;
	if(t == Tstring && f == Tarray)
		return rt(from->of)->kind == Tbyte;
	return 0;
}

/* the qualifiers of an arm or initialiser element: values, ranges, * */
static void
checkquals(Node *q)
{
	for(; q != nil; q = q->next){
		if(q->op == Orange){
			texpr(q->l);
			texpr(q->r);
		}else if(q->op != Owild)
			texpr(q);
	}
}

static void
notlvalue(Node *n)
{
	char buf[128];
	Out o;

	/* freed before lerror, which may not return */
	memset(&o, 0, sizeof o);
	printexpr(&o, n);
	snprintf(buf, sizeof buf, "%s", o.s != nil ? o.s : "?");
	free(o.s);
	lerror(n->src, "cannot assign to %s", buf);
}

/* the type of the expression n, stored in n->ty */
static Type*
texpr(Node *n)
{
	Type *t, *l, *r, *u;
	Node *e;
	int istype;

	if(n == nil)
		return tany;
	t = tany;
	switch(n->op){
	case Oconst:
		t = n->ischar || (n->ival >= -2147483647LL && n->ival <= 2147483647LL) ? tint : tbig;
		break;
	case Oreal:
		t = treal;
		break;
	case Ostring:
		t = tstring;
		break;
	case Onil:
		t = tnil;
		break;
	case Oname:
		if(n->decl == nil)
			break;
		t = decltype(n->decl, &istype);
		n->istype = istype;
		break;
	case Otype:
		t = rt(n->wtype);
		n->istype = 1;
		break;
	case Otuple:
		for(e = n->list; e != nil; e = e->next)
			texpr(e);
		t = tupleof(n->list, n->src);
		break;
	case Ocall:
		t = tcall(n);
		break;
	case Odot:
		t = tdot(n);
		break;
	case Omdot:
		t = tmdot(n);
		break;
	case Oinst:
		t = texpr(n->l);
		n->istype = n->l->istype;
		break;
	case Oindex:
		l = rt(texpr(n->l));
		if(n->l->istype){	/* Adt[T] */
			n->istype = 1;
			t = l;
			break;
		}
		r = rt(texpr(n->r));
		if(known(r) && !isintegral(r))
			lerror(n->r->src, "index must be an int, not %s", tname(r));
		if(l->kind == Tarray)
			t = rt(l->of);
		else if(l->kind == Tstring)
			t = tint;
		else if(known(l))
			lerror(n->src, "cannot index %s", atname(l));
		break;
	case Oslice:
		l = rt(texpr(n->l));
		texpr(n->r);
		texpr(n->third);
		if(l->kind == Tarray || l->kind == Tstring)
			t = l;
		else if(known(l))
			lerror(n->src, "cannot slice %s", atname(l));
		break;
	case Opostinc: case Opostdec: case Opreinc: case Opredec:
	case Oplus: case Oneg:
		t = rt(texpr(n->l));
		if(known(t) && !isarith(t)){
			lerror(n->src, "arithmetic on %s", atname(t));
			t = tany;
		}
		break;
	case Onot:
		l = rt(texpr(n->l));
		if(known(l) && !isarith(l))
			lerror(n->src, "operand of ! must be arithmetic, not %s", tname(l));
		t = tint;
		break;
	case Ocomp:
		t = rt(texpr(n->l));
		if(known(t) && !isintegral(t)){
			lerror(n->src, "operand of ~ must be byte, int or big, not %s", tname(t));
			t = tany;
		}
		break;
	case Oderef:
		l = rt(texpr(n->l));
		if(l->kind == Tref)
			t = rt(l->of);
		else if(known(l))
			lerror(n->src, "cannot dereference %s", atname(l));
		break;
	case Orcv:
		l = rt(texpr(n->l));
		if(l->kind == Tchan)
			t = rt(l->of);
		else if(l->kind == Tarray && rt(l->of)->kind == Tchan){
			Type *tt = mktype(Ttuple, n->src);
			tt->ids = mkdecl(Dfield, nil, n->src);
			tt->ids->ty = tint;
			tt->ids->next = mkdecl(Dfield, nil, n->src);
			tt->ids->next->ty = rt(rt(l->of)->of);
			t = tt;
		}else if(known(l))
			lerror(n->src, "cannot receive from %s", atname(l));
		break;
	case Ohd:
	case Otl:
		l = rt(texpr(n->l));
		if(l->kind == Tlist)
			t = n->op == Ohd ? rt(l->of) : l;
		else if(known(l) && l->kind != Tnil)
			lerror(n->src, "%s of %s", n->op == Ohd ? "hd" : "tl", atname(l));
		break;
	case Olen:
		l = rt(texpr(n->l));
		if(known(l) && l->kind != Tstring && l->kind != Tarray && l->kind != Tlist)
			lerror(n->src, "len of %s", atname(l));
		t = tint;
		break;
	case Oref:
		l = rt(texpr(n->l));
		if(l->kind == Tadt || l->kind == Tpickvar || l->kind == Tany || l->kind == Tpoly)
			t = mk1(Tref, l, n->src);
		else if(known(l))
			lerror(n->src, "ref of %s: only adts can be", atname(l));
		break;
	case Otagof:
		texpr(n->l);
		t = tint;
		break;
	case Ocast:
		l = rt(texpr(n->l));
		t = rt(n->wtype);
		if(known(l) && known(t) && !castable(t, l))
			lerror(n->src, "cannot cast %s to %s", atname(l), tname(t));
		break;
	case Oexp: case Omul: case Odiv: case Omod: case Oadd: case Osub:
	case Olsh: case Orsh: case Olt: case Ogt: case Oleq: case Ogeq:
	case Oeq: case Oneq: case Oand: case Oxor: case Oor: case Ocons:
	case Oandand: case Ooror:
		t = tbinary(n);
		break;
	case Odas:
		t = texpr(n->r);
		declaretypes(n->l, t);
		break;
	case Oas:
		r = texpr(n->r);
		l = texpr(n->l);
		if(!islvalue(n->l))
			notlvalue(n->l);
		else if(n->l->op == Otuple && rt(r)->kind == Ttuple){
			Decl *f = rt(r)->ids;
			for(e = n->l->list; e != nil && f != nil; e = e->next, f = f->next)
				if(e->op != Onil && !assignable(e->ty, f->ty))
					lerror(e->src, "cannot assign %s to %s", tname(rt(f->ty)), tname(rt(e->ty)));
		}else if(n->l->op != Otuple && !assignable(l, r))
			lerror(n->src, "cannot assign %s to %s", tname(rt(r)), tname(rt(l)));
		t = l;
		break;
	case Oaddas: case Osubas: case Omulas: case Odivas: case Omodas:
	case Oandas: case Ooras: case Oxoras: case Olshas: case Orshas: case Oexpas:
		{
			/* as the operator, then the assignment */
			static const int base[] = {
				[Oaddas-Oaddas] = Oadd, [Osubas-Oaddas] = Osub, [Omulas-Oaddas] = Omul,
				[Odivas-Oaddas] = Odiv, [Omodas-Oaddas] = Omod, [Oandas-Oaddas] = Oand,
				[Ooras-Oaddas] = Oor, [Oxoras-Oaddas] = Oxor, [Olshas-Oaddas] = Olsh,
				[Orshas-Oaddas] = Orsh, [Oexpas-Oaddas] = Oexp,
			};
			Node tmp = *n;
			tmp.op = base[n->op - Oaddas];
			t = tbinary(&tmp);
			if(!islvalue(n->l))
				notlvalue(n->l);
			t = rt(n->l->ty);
		}
		break;
	case Osnd:
		l = rt(texpr(n->l));
		r = texpr(n->r);
		if(l->kind == Tchan){
			if(!assignable(l->of, r))
				lerror(n->src, "cannot send %s on %s", tname(rt(r)), atname(l));
		}else if(known(l))
			lerror(n->src, "cannot send on %s", atname(l));
		t = rt(r);
		break;
	case Oload:
		texpr(n->l);
		if(n->decl != nil)
			t = rt(n->decl->ty);
		break;
	case Oarray:
		if(n->l != nil){
			l = rt(texpr(n->l));
			if(known(l) && l->kind != Tint)
				lerror(n->l->src, "array size must be an int, not %s", tname(l));
		}
		if(n->hasinit){
			r = tany;
			for(e = n->list; e != nil; e = e->next){
				Type *et = texpr(e->op == Oelem ? e->r : e);
				if(e->op == Oelem)
					checkquals(e->list);
				if(r == tany)
					r = rt(et);
				else if((u = unify(r, et)) != nil)
					r = u;
				else
					lerror(e->src, "array element is %s, not %s", tname(rt(et)), tname(r));
			}
			t = mk1(Tarray, r, n->src);
		}else
			t = mk1(Tarray, n->wtype, n->src);
		break;
	case Olistof:
		r = tany;
		for(e = n->list; e != nil; e = e->next){
			l = texpr(e);
			if(r == tany)
				r = rt(l);
			else if((u = unify(r, l)) != nil)
				r = u;
			else
				lerror(e->src, "list element is %s, not %s", tname(rt(l)), tname(r));
		}
		t = mk1(Tlist, r, n->src);
		break;
	case Ochan:
		if(n->l != nil)
			texpr(n->l);
		t = mk1(Tchan, n->wtype, n->src);
		break;
	case Orange:
		texpr(n->l);
		t = texpr(n->r);
		break;
	case Owild:
		break;
	}
	n->ty = t;
	return t;
}

static void
cond(Node *e, char *what)
{
	Type *t;

	t = rt(texpr(e));
	if(known(t) && t->kind != Tint)
		lerror(e->src, "%s conditional must be an int, not %s", what, tname(t));
}

static void
checkstmts(Node *l)
{
	for(; l != nil; l = l->next)
		checkstmt(l);
}

/* the variant a pick arm's qualifiers name, if exactly one, else the adt */
static Type*
armtype(Node *a, Type *adt)
{
	Decl *g, *one;
	Node *q;

	one = nil;
	for(q = a->list; q != nil; q = q->next){
		if(q->op != Oname){
			one = nil;
			break;
		}
		for(g = adt->tags; g != nil; g = g->next)
			if(g->sym == q->sym)
				break;
		if(g == nil){
			lerror(q->src, "%s is not a variant of %s", q->sym->name, tname(adt));
			return tany;
		}
		if(one != nil && one->ty != g->ty){
			one = nil;
			break;
		}
		one = g;
	}
	return one != nil ? one->ty : adt;
}

/* a case qualifier's range: lo to hi, constants of the case's type */
typedef struct Range Range;
struct Range {
	Node	*lo;
	Node	*hi;
	Src	src;
};

/* a < b (-1), a == b (0), a > b (1) for two constants of one type */
static int
cmpval(Node *a, Node *b)
{
	int n, c;

	if(a->op == Ostring){
		n = a->sval.n < b->sval.n ? a->sval.n : b->sval.n;
		c = memcmp(a->sval.s, b->sval.s, n);
		if(c == 0)
			c = a->sval.n - b->sval.n;
		return c < 0 ? -1 : c > 0;
	}
	return a->ival < b->ival ? -1 : a->ival > b->ival;
}

/* a qualifier's constant, of the case's type t; nil if it is not (reported) */
static Node*
qualval(Node *q, Type *t)
{
	Node *v;

	texpr(q);
	v = constexpr(q);
	if(v == nil)
		return nil;
	if(known(t) && v->ty->kind != t->kind){
		lerror(q->src, "case qualifier is %s, not %s", atname(v->ty), atname(t));
		return nil;
	}
	if(v->ty->kind != Tint && v->ty->kind != Tbig && v->ty->kind != Tstring){
		lerror(q->src, "case qualifier is %s", atname(v->ty));
		return nil;
	}
	return v;
}

/*
 * A case's qualifiers: constants (or ranges of them) of the case's
 * type t, no range on big, at most one *, and no two overlapping.
 */
static void
casequals(Node *n, Type *t)
{
	Range *r;
	Node *a, *q, *lo, *hi;
	int nr, max, i, wild;

	max = 0;
	for(a = n->list; a != nil; a = a->next)
		for(q = a->list; q != nil; q = q->next)
			max++;
	r = lalloc((max + 1) * sizeof *r);
	nr = 0;
	wild = 0;
	for(a = n->list; a != nil; a = a->next)
		for(q = a->list; q != nil; q = q->next){
			if(q->op == Owild){
				if(wild++)
					lerror(q->src, "more than one * in a case");
				continue;
			}
			if(q->op == Orange){
				lo = qualval(q->l, t);
				hi = qualval(q->r, t);
				if(lo == nil || hi == nil)
					continue;
				if(lo->ty->kind == Tbig){
					lerror(q->src, "ranges are not allowed in a case on big");
					continue;
				}
				if(lo->ty->kind != hi->ty->kind)
					continue;
				if(cmpval(lo, hi) > 0){
					lerror(q->src, "empty case range");
					continue;
				}
			}else{
				lo = hi = qualval(q, t);
				if(lo == nil)
					continue;
			}
			for(i = 0; i < nr; i++)
				if(r[i].lo->ty->kind == lo->ty->kind && cmpval(lo, r[i].hi) <= 0 && cmpval(r[i].lo, hi) <= 0){
					lerror(q->src, "case qualifier overlaps one on line %d", r[i].src.line);
					break;
				}
			r[nr].lo = lo;
			r[nr].hi = hi;
			r[nr].src = q->src;
			nr++;
		}
}

/* variables' initialisers, a group (a, b: T = e) at a time; := gives them e's type */
static void
checkdecls(Decl *d)
{
	Decl *g;
	Type *t;

	for(; d != nil; d = d->next){
		if(d->kind != Dvar || d->init == nil)
			continue;
		g = d;
		while(d->next != nil && d->next->init == g->init)
			d = d->next;
		t = rt(texpr(g->init));
		if(g->inferred){
			if(t->kind == Tnil || t->kind == Tnone){
				lerror(g->src, "cannot declare %s with %s", g->sym->name,
					t->kind == Tnil ? "nil: it has no type" : "an expression that has no value");
				t = tany;
			}
			for(; g != d->next; g = g->next)
				g->ty = t;
		}else if(!assignable(g->ty, t))
			lerror(g->init->src, "cannot initialise %s (%s) with %s", g->sym->name, tname(rt(g->ty)), tname(t));
	}
}

static void
checkstmt(Node *n)
{
	Node *a, *q;
	Type *t, *u;
	int k;

	switch(n->op){
	case Oempty: case Oexit: case Obreak: case Ocontinue:
		break;
	case Oblock:
		checkstmts(n->list);
		break;
	case Oexcept:
		checkstmt(n->l);
		for(a = n->list; a != nil; a = a->next){
			if(a->decl != nil)
				a->decl->ty = tany;	/* a string or an exception value */
			for(q = a->list; q != nil; q = q->next){
				if(q->op == Owild || q->op == Ostring)
					continue;
				u = rt(texpr(q));
				if(known(u) && u->kind != Texception && u->kind != Tstring)
					lerror(q->src, "an exception qualifier must be a string or an exception, not %s", atname(u));
			}
			checkstmts(a->body->list);
		}
		break;
	case Oif:
		cond(n->l, "if");
		checkstmt(n->body);
		if(n->third != nil)
			checkstmt(n->third);
		break;
	case Owhile:
		cond(n->l, "while");
		checkstmt(n->body);
		break;
	case Odo:
		checkstmt(n->body);
		cond(n->l, "do");
		break;
	case Ofor:
		texpr(n->l);
		if(n->r != nil)
			cond(n->r, "for");
		texpr(n->third);
		checkstmt(n->body);
		break;
	case Ocase:
		t = rt(texpr(n->l));
		if(known(t) && t->kind != Tint && t->kind != Tbig && t->kind != Tstring){
			lerror(n->l->src, "case of %s: only int, big and string can be", atname(t));
			t = tany;
		}
		casequals(n, t);
		for(a = n->list; a != nil; a = a->next)
			checkstmts(a->body->list);
		break;
	case Oalt:
		k = 0;
		for(a = n->list; a != nil; a = a->next){
			for(q = a->list; q != nil; q = q->next){
				if(q->op == Owild){
					if(k++)
						lerror(q->src, "more than one * in an alt");
					continue;
				}
				texpr(q);
				if(q->op != Orcv && q->op != Osnd && !((q->op == Odas || q->op == Oas) && q->r->op == Orcv))
					lerror(q->src, "an alt qualifier must be a send or a receive");
			}
			checkstmts(a->body->list);
		}
		break;
	case Opick:
		t = rt(texpr(n->l));
		u = t->kind == Tref ? rt(t->of) : t;
		if(u->kind == Tpickvar)
			u = rt(u->of);
		if(known(t) && (u->kind != Tadt || u->tags == nil)){
			lerror(n->l->src, "pick on %s: only pick adts can be", atname(t));
			u = tany;
		}
		for(a = n->list; a != nil; a = a->next){
			if(a->decl != nil){
				if(u->kind == Tadt){
					Type *v = armtype(a, u);
					a->decl->ty = t->kind == Tref && v != tany ? mk1(Tref, v, a->src) : v;
				}else
					a->decl->ty = tany;
			}
			checkstmts(a->body->list);
		}
		break;
	case Oreturn:
		if(n->l == nil){
			if(curresult != nil && known(curresult) && curresult->kind != Tnone)
				lerror(n->src, "return without a value in %s, which returns %s", curname, tname(curresult));
			break;
		}
		t = texpr(n->l);
		if(curresult != nil && curresult->kind == Tnone)
			lerror(n->src, "return of a value in %s, which returns none", curname);
		else if(curresult != nil && !assignable(curresult, t))
			lerror(n->src, "cannot return %s from %s, which returns %s", tname(rt(t)), curname, tname(curresult));
		break;
	case Oraise:
		if(n->l != nil){
			t = rt(texpr(n->l));
			if(known(t) && t->kind != Tstring && t->kind != Texception)
				lerror(n->src, "cannot raise %s", atname(t));
		}
		break;
	case Ospawn:
		texpr(n->l);
		break;
	case Odecl:
		checkdecls(n->decls);
		break;
	default:
		texpr(n);
		break;
	}
}

static void
checkfn(Node *n)
{
	curresult = rt(n->ty->of);
	curname = n->sym->name;
	if(n->body->op == Oblock)
		checkstmts(n->body->list);
	else
		checkstmt(n->body);
	curresult = nil;
}

static void
checktop(Node *l, int fns)
{
	for(; l != nil; l = l->next){
		if(l->op == Oinclude)
			checktop(l->list, fns);
		else if(l->op == Odecl && !fns)
			checkdecls(l->decls);
		else if(l->op == Ofndef && fns)
			checkfn(l);
	}
}

/* types the bound tree's expressions, reporting clashes */
void
typecheck(Node *tree)
{
	jmp_buf fatal;
	Src none = {-1, 0, 0};

	tany = mktype(Tany, none);
	tnil = mktype(Tnil, none);
	curresult = nil;
	lfatalenv = &fatal;
	if(setjmp(fatal) == 0){
		checktop(tree, 0);
		checktop(tree, 1);
	}
	lfatalenv = nil;
}
