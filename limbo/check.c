/*
 * Type checking, first part: gives every expression of a bound tree
 * its type (Node.ty) and each variable declared with := the type of
 * its value, and reports the clashes it is sure of. A type it cannot
 * know (a name whose binding failed) is Tany, which matches anything,
 * so an error is reported only where both sides are known; a type
 * parameter (Tpoly) inside a polymorphic body is as lenient.
 *
 * Polymorphism (limbo-lang.md 3.2, 4): an instantiated adt
 * (Stack[string]) is a copy of the polymorphic adt with its type
 * parameters replaced in the members' types (inst); the copy keeps
 * the adt's decl, has no tparams, and uses two fields Tname types
 * use otherwise: bound is the polymorphic adt and targs the
 * arguments (Otype nodes), so code generation finds the adt's own
 * members (and their functions) and the arguments. A call of a
 * polymorphic function infers the arguments of its type parameters
 * by matching the parameters' types against the arguments' (match)
 * and has the result type with them replaced (subst). Every call
 * that binds type parameters records the bindings in Node.decls of
 * the Ocall (Dtparam decls whose ty is the bound type, the adt's
 * parameters first for a member function of a polymorphic adt, then
 * the function's own): code generation passes the constraint
 * functions from them (genexpr.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include "limbo.h"

static Type	*tany, *tnil;
static Type	*curresult;	/* the result type of the function being checked */
static char	*curname;
static Node	*curinst;	/* the function being checked is Adt[T, ...].f: that Oinst */
static Type	*curadt;	/* and Adt's polymorphic type */

static Type*	texpr(Node*);
static void	checkstmt(Node*);
static Type*	instname(Type*);
static void	linkparam(Type*);

static int
known(Type *t)
{
	return t != nil && t->kind != Tany && t->kind != Tpoly && t->kind != Tname;
}

/*
 * t followed through names; Tany if it cannot be known. A name with
 * type arguments (Stack[string]) is the adt instantiated with them.
 */
static Type*
rt(Type *t)
{
	int n;

	for(n = 0; t != nil && t->kind == Tname; n++){
		if(n > 100)
			return tany;
		if(t->targs != nil)
			return instname(t);
		t = t->bound;
	}
	if(t == nil)
		return tany;
	if(t->kind == Tpoly)
		linkparam(t);
	return t;
}

/* t with each instantiated adt in it written Adt[args] again, for messages */
static Type*
named(Type *t, int depth)
{
	Type *u;

	if(t == nil || depth > 16)
		return t;
	switch(t->kind){
	case Tadt:
		if(t->bound == nil || t->decl == nil)
			return t;
		u = mktype(Tname, t->src);
		u->sym = t->decl->sym;
		u->targs = t->targs;
		u->bound = t->bound;
		u->checked = 1;
		return u;
	case Tarray: case Tlist: case Tchan: case Tref:
		u = named(t->of, depth+1);
		if(u == t->of)
			return t;
		t = mktype(t->kind, t->src);
		t->of = u;
		return t;
	}
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
	printtype(&o, named(t, 0));
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
	case Texception:	/* a handler's variable holds a reference */
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

/* the polymorphic adt t is or instantiates, or nil */
static Type*
polyadt(Type *t)
{
	if(t->kind != Tadt)
		return nil;
	if(t->bound != nil)
		return t->bound;
	return t->tparams != nil ? t : nil;
}

/* the k-th type argument of adt t (polyadt(t) != nil): of a polymorphic one its own parameter */
static Type*
adtarg(Type *t, int k)
{
	Decl *p;
	Node *a;

	if(t->bound != nil){
		for(a = t->targs; a != nil && k > 0; a = a->next)
			k--;
		return a != nil ? a->wtype : tany;
	}
	for(p = t->tparams; p != nil && k > 0; p = p->next)
		k--;
	return p != nil ? p->ty : tany;
}

/*
 * tequal for the checker: a type parameter or an unknown type
 * inside matches anything (its value is checked where it is bound),
 * instantiations of one adt are equal if their arguments are.
 */
static int
teq(Type *a, Type *b, int depth)
{
	Decl *x, *y;
	Type *g;
	int k;

	a = rt(a);
	b = rt(b);
	if(a == b || !known(a) || !known(b))
		return 1;
	if(a->kind != b->kind || depth > 32)
		return 0;
	switch(a->kind){
	case Tarray: case Tlist: case Tchan: case Tref:
		return teq(a->of, b->of, depth+1);
	case Ttuple:
		for(x = a->ids, y = b->ids; x != nil && y != nil; x = x->next, y = y->next)
			if(!teq(x->ty, y->ty, depth+1))
				return 0;
		return x == nil && y == nil;
	case Tadt:
		g = polyadt(a);
		if(g == nil && polyadt(b) == nil)
			break;
		if(g != polyadt(b))
			return 0;
		for(x = g->tparams, k = 0; x != nil; x = x->next, k++)
			if(!teq(adtarg(a, k), adtarg(b, k), depth+1))
				return 0;
		return 1;
	case Tfn:
		if(a->varargs != b->varargs)
			return 0;
		for(x = a->ids, y = b->ids; x != nil && y != nil; x = x->next, y = y->next)
			if(x->self != y->self || !teq(x->ty, y->ty, depth+1))
				return 0;
		return x == nil && y == nil && teq(a->of, b->of, depth+1);
	}
	return tequal(a, b);
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
	if(!known(to) || !known(from))
		return 1;
	if(from->kind == Tnil)
		return takesnil(to);
	if(to->kind == Tref && from->kind == Tfn)
		return teq(to->of, from, 0);
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
	return teq(to, from, 0);
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

/* member tK of tuple type t (Limbo names a tuple's members t0, t1, ...), or nil */
Decl*
tuplemember(Type *t, Sym *s)
{
	Decl *d;
	int k;
	char *p;

	if(t->kind != Ttuple || s->len < 2 || s->name[0] != 't')
		return nil;
	k = 0;
	for(p = s->name+1; *p != '\0'; p++){
		if(*p < '0' || *p > '9' || (p == s->name+1 && *p == '0' && p[1] != '\0') || k > 10000)
			return nil;
		k = 10*k + *p - '0';
	}
	for(d = t->ids; d != nil && k > 0; d = d->next)
		k--;
	return d;
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

/*
 * Polymorphism
 */

enum {
	Maxtparam = 32,		/* type parameters bound at once */
	Maxinst = 16,		/* instantiations made while making one */
};

/* type parameters (their Tpoly types) and what each is bound to, nil while it is not */
typedef struct Bind Bind;
struct Bind {
	Type	*p[Maxtparam];
	Type	*t[Maxtparam];
	int	n;
};

/* a polymorphic adt instantiated with args: its copy t */
typedef struct Inst Inst;
struct Inst {
	Type	*gen;
	Type	**args;
	int	n;
	Type	*t;
	Inst	*next;
};

/* a name with type arguments and the type it stands for, so it is worked out (and reported) once */
typedef struct Memo Memo;
struct Memo {
	Type	*name;
	Type	*t;
	Memo	*next;
};

static Inst	*insts;
static Memo	*memos;
static int	instdepth;

static Type*	subst(Type*, Bind*, int);

/* adds the parameters tp to b, unbound */
static void
bindparams(Bind *b, Decl *tp)
{
	for(; tp != nil && b->n < Maxtparam; tp = tp->next){
		b->p[b->n] = tp->ty;
		b->t[b->n] = nil;
		b->n++;
	}
}

/* p's place in b, or -1 */
static int
bindslot(Bind *b, Type *p)
{
	int k;

	for(k = 0; k < b->n; k++)
		if(b->p[k] == p)
			return k;
	return -1;
}

static int
samesrc(Src a, Src b)
{
	return a.file == b.file && a.line == b.line && a.col == b.col;
}

/*
 * In the definition Adt[T].f, T is a type parameter of its own
 * (bind.c declares one for the name written there) standing for
 * Adt's parameter in the same place, so it gets that parameter's
 * constraint: the same decls, by which code generation finds the
 * constraint functions (genexpr.c).
 */
static void
linkparam(Type *t)
{
	Node *a;
	Decl *p;

	if(t->ids != nil || curinst == nil || curadt == nil || t->decl == nil)
		return;
	for(a = curinst->list, p = curadt->tparams; a != nil && p != nil; a = a->next, p = p->next)
		if(a->wtype != nil && a->wtype->sym == t->decl->sym && samesrc(a->src, t->src)){
			t->ids = p->ty->ids;
			return;
		}
}

/* may a type parameter be bound to t? Only to a reference type (limbo-lang.md 3.2) */
static int
refok(Type *t)
{
	switch(t->kind){
	case Tstring: case Tarray: case Tlist: case Tchan: case Tref:
	case Tmodule: case Tpoly: case Tany:
		return 1;
	}
	return 0;
}

/* do the function types a and b take and give the same (self markings aside)? */
static int
fnmatch(Type *a, Type *b)
{
	Decl *x, *y;

	for(x = a->ids, y = b->ids; x != nil && y != nil; x = x->next, y = y->next)
		if(!teq(x->ty, y->ty, 0))
			return 0;
	return x == nil && y == nil && teq(a->of, b->of, 0);
}

/*
 * Type parameter p of what (an adt's or a function's name) bound to
 * t: t must be a reference type and have the functions p's
 * constraint names, as member functions of t's adt (t a ref) or
 * constraint functions of t (t a type parameter itself).
 */
static void
bindcheck(Decl *p, Type *t, char *what, Src src)
{
	Decl *c, *m;
	Type *x, *a, *want;
	Bind b;

	x = rt(t);
	if(x->kind == Tany)
		return;
	if(!refok(x)){
		lerror(src, "%s: type parameter %s must be a reference type, not %s", what, p->sym->name, tname(x));
		return;
	}
	for(c = p->ty->ids; c != nil; c = c->next){
		if(c->kind != Dfn)
			continue;
		m = nil;
		if(x->kind == Tpoly)
			m = polymember(x, c->sym);
		else if(x->kind == Tref){
			a = rt(x->of);
			if(a->kind == Tadt || a->kind == Tpickvar)
				m = adtmember(a, c->sym);
		}
		if(m == nil || m->kind != Dfn){
			lerror(src, "%s: type parameter %s cannot be %s: it has no member function %s",
				what, p->sym->name, tname(x), c->sym->name);
			continue;
		}
		memset(&b, 0, sizeof b);
		b.p[0] = p->ty;
		b.t[0] = x;
		b.n = 1;
		want = rt(subst(c->ty, &b, 0));
		if(!fnmatch(rt(m->ty), want))
			lerror(src, "%s: type parameter %s cannot be %s: its %s is %s, not %s",
				what, p->sym->name, tname(x), c->sym->name, tname(rt(m->ty)), tname(want));
	}
}

/* are a and b the same type, type parameters and adts told apart by identity (inst's cache)? */
static int
sametype(Type *a, Type *b, int depth)
{
	Decl *x, *y;

	a = rt(a);
	b = rt(b);
	if(a == b)
		return 1;
	if(a->kind != b->kind || depth > 32)
		return 0;
	switch(a->kind){
	case Tpoly: case Tadt: case Tpickvar: case Tany:
		return 0;
	case Tarray: case Tlist: case Tchan: case Tref:
		return sametype(a->of, b->of, depth+1);
	case Ttuple:
	case Tfn:
		if(a->varargs != b->varargs)
			return 0;
		for(x = a->ids, y = b->ids; x != nil && y != nil; x = x->next, y = y->next)
			if(x->self != y->self || !sametype(x->ty, y->ty, depth+1))
				return 0;
		return x == nil && y == nil && (a->kind == Ttuple || sametype(a->of, b->of, depth+1));
	}
	return tequal(a, b);
}

/*
 * The polymorphic adt g instantiated with the n types args (as many
 * as its parameters): g itself for its own parameters, else a copy
 * with the members' types substituted, made once.
 */
static Type*
inst(Type *g, Type **args, int n, Src src)
{
	Inst *i;
	Type *c;
	Decl *p, *d, *nd, **tail;
	Node *o, **otail;
	Bind b;
	char *name;
	int k, same;

	same = 1;
	for(p = g->tparams, k = 0; p != nil && k < n; p = p->next, k++)
		if(rt(args[k]) != p->ty)
			same = 0;
	if(same)
		return g;
	for(i = insts; i != nil; i = i->next){
		if(i->gen != g || i->n != n)
			continue;
		for(k = 0; k < n && sametype(i->args[k], args[k], 0); k++)
			;
		if(k == n)
			return i->t;
	}
	/*
	 * an adt whose members instantiate it with ever larger arguments
	 * (kids: list of ref Tree[list of T]) would need copies without
	 * end: deep down the polymorphic adt itself stands in, its
	 * parameters matching anything, its layout the same
	 */
	if(instdepth >= Maxinst)
		return g;
	name = g->decl != nil && g->decl->sym != nil ? g->decl->sym->name : "adt";
	c = mktype(Tadt, g->src);
	*c = *g;
	c->bound = g;
	c->tparams = nil;
	c->ids = nil;
	c->targs = nil;
	c->sized = 0;
	c->size = 0;
	c->align = 0;
	c->sig = 0;
	otail = &c->targs;
	for(k = 0; k < n; k++){
		o = mknode(Otype, src);
		o->wtype = args[k];
		*otail = o;
		otail = &o->next;
	}
	i = lalloc(sizeof *i);
	i->gen = g;
	i->args = lalloc((n + 1) * sizeof *args);
	memmove(i->args, args, n * sizeof *args);
	i->n = n;
	i->t = c;
	i->next = insts;
	insts = i;
	for(p = g->tparams, k = 0; p != nil && k < n; p = p->next, k++)
		bindcheck(p, args[k], name, src);
	memset(&b, 0, sizeof b);
	bindparams(&b, g->tparams);
	for(k = 0; k < b.n && k < n; k++)
		b.t[k] = args[k];
	instdepth++;
	tail = &c->ids;
	for(d = g->ids; d != nil; d = d->next){
		nd = lalloc(sizeof *nd);
		*nd = *d;
		nd->next = nil;
		if(d->kind == Dfield || d->kind == Dfn)
			nd->ty = subst(d->ty, &b, 0);
		*tail = nd;
		tail = &nd->next;
	}
	instdepth--;
	return c;
}

/* adt g instantiated with the types of the nodes l: Otype nodes, or type names in an expression */
static Type*
instnodes(Type *g, Node *l, char *name, Src src)
{
	Type *args[Maxtparam];
	Decl *p;
	Node *a;
	int n, np;

	np = 0;
	if(g->kind == Tadt)
		for(p = g->tparams; p != nil; p = p->next)
			np++;
	n = 0;
	for(a = l; a != nil; a = a->next){
		if(n < Maxtparam)
			args[n] = a->op == Otype ? a->wtype : a->ty != nil ? a->ty : tany;
		n++;
	}
	if(np == 0){
		if(known(g))
			lerror(src, "%s is not a polymorphic adt", name);
		return g;
	}
	if(n != np){
		lerror(src, "%s takes %d type argument%s, %d given", name, np, np == 1 ? "" : "s", n);
		return g;
	}
	return inst(g, args, n, src);
}

/* the adt a name with type arguments (Stack[string]) stands for */
static Type*
instname(Type *t)
{
	Memo *m;
	Type *g, *r;

	for(m = memos; m != nil; m = m->next)
		if(m->name == t)
			return m->t;
	g = realtype(t);
	r = g != nil ? instnodes(g, t->targs, t->sym->name, t->src) : tany;
	m = lalloc(sizeof *m);
	m->name = t;
	m->t = r;
	m->next = memos;
	memos = m;
	return r;
}

/* copies of the decls l with their types substituted; *changed set if any type changed */
static Decl*
substdecls(Decl *l, Bind *b, int depth, int *changed)
{
	Decl *d, *nd, *r, **tail;

	r = nil;
	tail = &r;
	for(d = l; d != nil; d = d->next){
		nd = lalloc(sizeof *nd);
		*nd = *d;
		nd->next = nil;
		nd->ty = subst(d->ty, b, depth+1);
		if(nd->ty != d->ty)
			*changed = 1;
		*tail = nd;
		tail = &nd->next;
	}
	return r;
}

/* t with the parameters bound in b replaced by their types; t itself if it holds none of them */
static Type*
subst(Type *t, Bind *b, int depth)
{
	Type *r, *u, *g, *args[Maxtparam];
	Decl *l;
	int k, n, changed;

	if(t == nil || depth > 32)
		return t;
	r = t;
	if(t->kind == Tname){
		if(t->targs != nil)
			r = rt(t);
		else{
			r = realtype(t);
			if(r == nil)
				return t;
		}
	}
	switch(r->kind){
	case Tpoly:
		k = bindslot(b, r);
		if(k >= 0 && b->t[k] != nil)
			return b->t[k];
		return t;
	case Tarray: case Tlist: case Tchan: case Tref:
		u = subst(r->of, b, depth+1);
		if(u == r->of)
			return t;
		return mk1(r->kind, u, r->src);
	case Ttuple:
	case Tfn:
		changed = 0;
		l = substdecls(r->ids, b, depth, &changed);
		u = subst(r->of, b, depth+1);
		if(!changed && u == r->of)
			return t;
		g = mktype(r->kind, r->src);
		*g = *r;
		g->ids = l;
		g->of = u;
		g->sized = 0;
		return g;
	case Tadt:
		/* an instantiation, or the adt written without arguments in its own declaration */
		g = polyadt(r);
		if(g == nil)
			return t;
		n = 0;
		changed = 0;
		for(l = g->tparams; l != nil && n < Maxtparam; l = l->next, n++){
			args[n] = subst(adtarg(r, n), b, depth+1);
			if(args[n] != adtarg(r, n))
				changed = 1;
		}
		if(!changed)
			return t;
		return inst(g, args, n, r->src);
	}
	return t;
}

/* binds the parameters in b that type p holds to the parts of type a in the same places */
static void
match(Type *p, Type *a, Bind *b, int depth)
{
	Decl *x, *y;
	Type *g;
	int k;

	p = rt(p);
	a = rt(a);
	if(depth > 32 || a->kind == Tany || a->kind == Tnil)
		return;
	switch(p->kind){
	case Tpoly:
		k = bindslot(b, p);
		if(k >= 0 && b->t[k] == nil)
			b->t[k] = a;
		return;
	case Tref:
		if(a->kind == Tfn){	/* a function given for a reference to one */
			match(p->of, a, b, depth+1);
			return;
		}
		/* fall through */
	case Tarray: case Tlist: case Tchan:
		if(a->kind == p->kind)
			match(p->of, a->of, b, depth+1);
		return;
	case Ttuple:
	case Tfn:
		if(a->kind != p->kind)
			return;
		for(x = p->ids, y = a->ids; x != nil && y != nil; x = x->next, y = y->next)
			match(x->ty, y->ty, b, depth+1);
		if(p->kind == Tfn)
			match(p->of, a->of, b, depth+1);
		return;
	case Tadt:
		g = polyadt(p);
		if(g != nil && a->kind == Tadt && polyadt(a) == g)
			for(x = g->tparams, k = 0; x != nil; x = x->next, k++)
				match(adtarg(p, k), adtarg(a, k), b, depth+1);
		return;
	}
}

/* records a binding of type parameter p to t in the call (or instantiation) n's decls */
static void
record(Node *n, Decl *p, Type *t)
{
	Decl *d, **tail;

	for(tail = &n->decls; *tail != nil; tail = &(*tail)->next)
		;
	d = mkdecl(Dtparam, p->sym, n->src);
	d->ty = t;
	*tail = d;
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

/*
 * A call of the function type f; method: its first parameter is the
 * value before '.'. adt: the adt (instantiated or polymorphic) whose
 * member function f is, or nil. A polymorphic f's type parameters
 * are bound by matching its parameters' types against the arguments'
 * (T bound to string by list of T and list of string), and the call
 * has f's result with them replaced. The bindings, the adt's first,
 * are recorded in n->decls for code generation (constraint functions).
 */
static Type*
call(Node *n, Type *f, int method, char *name, Type *adt)
{
	Decl *p, *q;
	Node *a;
	Type *g;
	Bind b;
	int k, np, na;

	for(a = n->list; a != nil; a = a->next)
		texpr(a);
	if(adt != nil && (g = polyadt(adt)) != nil)
		for(p = g->tparams, k = 0; p != nil; p = p->next, k++)
			record(n, p, adtarg(adt, k));
	if(f->tparams != nil){
		memset(&b, 0, sizeof b);
		bindparams(&b, f->tparams);
		p = f->ids;
		if(method && p != nil)
			p = p->next;
		for(a = n->list; a != nil && p != nil; a = a->next, p = p->next)
			match(p->ty, a->ty, &b, 0);
		for(q = f->tparams, k = 0; q != nil && k < b.n; q = q->next, k++){
			if(b.t[k] == nil){
				/* nothing says (nil arguments): it stays unknown, unless its functions are needed */
				if(q->ty->ids != nil)
					lerror(n->src, "%s: cannot infer type parameter %s", name, q->sym->name);
				b.t[k] = tany;
			}else
				bindcheck(q, b.t[k], name, n->src);
			record(n, q, b.t[k]);
		}
		f = rt(subst(f, &b, 0));
	}
	p = f->ids;
	if(method && p != nil)
		p = p->next;	/* the self argument is the value before the '.' */
	np = 0;
	for(q = p; q != nil; q = q->next)
		np++;
	na = 0;
	k = 1;
	for(a = n->list; a != nil; a = a->next, k++){
		na++;
		if(p == nil)
			continue;
		if(!assignable(p->ty, a->ty))
			lerror(a->src, "argument %d of %s: cannot pass %s as %s", k, name, tname(rt(a->ty)), tname(rt(p->ty)));
		p = p->next;
	}
	if(na < np || (na > np && !f->varargs))
		lerror(n->src, "%s takes %d argument%s, %d given", name, np, np == 1 ? "" : "s", na);
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
	if(l->op == Oinst)
		l = l->l;
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
				return call(n, rt(m->ty), m->ty->ids != nil && m->ty->ids->self, l->sym->name, t);
			}
			if(m != nil && m->kind == Dfield){	/* a field holding a ref fn */
				f = rt(m->ty);
				l->ty = f;
				if(f->kind == Tref && rt(f->of)->kind == Tfn)
					return call(n, rt(f->of), 0, l->sym->name, nil);
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
			return call(n, rt(m->ty), 1, l->sym->name, nil);
		}
		if((known(t) || t->kind == Tpoly) && t->kind != Tadt && t->kind != Tpickvar)
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
	if(f->kind == Tfn){
		/* f[T](args): the bindings the instantiation made; Adt.f(args): Adt's */
		if(l->op == Oinst){
			n->decls = l->decls;
			return call(n, f, 0, callname(l), nil);
		}
		if(l->op == Odot && l->l->istype)
			return call(n, f, 0, callname(l), rt(l->l->ty));
		return call(n, f, 0, callname(l), nil);
	}
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

/*
 * l[T, ...] with types for T, ...: an adt instantiated, or a
 * polymorphic function's type with them for its type parameters (the
 * bindings recorded in n->decls for the call).
 */
static Type*
tinst(Node *n)
{
	Type *t, *g;
	Decl *p;
	Node *a;
	Bind b;
	char *name;
	int k, np, na;

	t = rt(texpr(n->l));
	name = callname(n->l);
	if(n->l->istype){
		n->istype = 1;
		return instnodes(t, n->list, name, n->src);
	}
	if(t->kind != Tfn || t->tparams == nil){
		if(known(t))
			lerror(n->src, "%s is not a polymorphic function", name);
		return t;
	}
	np = 0;
	for(p = t->tparams; p != nil; p = p->next)
		np++;
	na = 0;
	for(a = n->list; a != nil; a = a->next)
		na++;
	if(na != np){
		lerror(n->src, "%s takes %d type argument%s, %d given", name, np, np == 1 ? "" : "s", na);
		return tany;
	}
	memset(&b, 0, sizeof b);
	bindparams(&b, t->tparams);
	for(p = t->tparams, a = n->list, k = 0; p != nil && k < b.n; p = p->next, a = a->next, k++){
		b.t[k] = a->wtype;
		bindcheck(p, a->wtype, name, a->src);
		record(n, p, a->wtype);
	}
	g = mktype(Tfn, t->src);
	*g = *rt(subst(t, &b, 0));
	g->tparams = nil;	/* instantiated: nothing left to infer */
	return g;
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
		/* a type parameter has the members its constraint names, no others */
		m = polymember(t, n->sym);
		if(m == nil){
			lerror(n->src, "%s is not a member of %s", n->sym->name, tname(t));
			return tany;
		}
		return rt(m->ty);
	}
	if(t->kind == Ttuple && !istype && (m = tuplemember(t, n->sym)) != nil)
		return rt(m->ty);
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
		if(t->kind == Tfn)
			t = mk1(Tref, t, l->src);	/* g := f: a reference to the function */
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
		if(k == 1 && t->kind != Ttuple && t->kind != Tadt && t->kind != Tpickvar && t->kind != Texception){
			declaretypes(l->list, t);	/* (x) := 5 */
			l->ty = t;
			break;
		}
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
			}else if(t->kind == Tadt || t->kind == Tpickvar || t->kind == Texception)
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
		t = tinst(n);
		break;
	case Oindex:
		l = rt(texpr(n->l));
		if(n->l->istype){	/* Adt[T], T a name */
			n->istype = 1;
			texpr(n->r);
			if(!n->r->istype){
				lerror(n->r->src, "a type argument must be a type");
				t = l;
				break;
			}
			t = instnodes(l, n->r, callname(n->l), n->src);
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

static void	declaredtypes(Decl*, int);

/* the type t written in a declaration: its instantiations (Stack[int]) worked out, their errors reported */
static void
checktype(Type *t, int depth)
{
	Decl *d;
	Node *a;

	if(t == nil || depth > Maxnest)
		return;
	switch(t->kind){
	case Tname:
		if(t->targs == nil)
			return;
		for(a = t->targs; a != nil; a = a->next)
			checktype(a->wtype, depth+1);
		rt(t);
		return;
	case Tarray: case Tlist: case Tchan: case Tref:
		checktype(t->of, depth+1);
		return;
	case Ttuple: case Tfn: case Texception:
		declaredtypes(t->ids, depth+1);
		checktype(t->of, depth+1);
		return;
	case Tadt: case Tmodule:
		/* the members, where it is declared */
		declaredtypes(t->ids, depth+1);
		for(d = t->tags; d != nil; d = d->next)
			if(d->next == nil || d->next->ty != d->ty)
				declaredtypes(d->ty->ids, depth+1);
		return;
	}
}

static void
declaredtypes(Decl *d, int depth)
{
	for(; d != nil; d = d->next){
		switch(d->kind){
		case Dtype:
			if(d->ty != nil && (d->ty->kind == Tadt || d->ty->kind == Tmodule) && d->ty->decl != d)
				break;	/* an adt's or module's other names */
			/* fall through */
		case Dvar: case Dfield: case Dfn: case Darg:
			if(!d->inferred)
				checktype(d->ty, depth);
			break;
		}
	}
}

/* variables' initialisers, a group (a, b: T = e) at a time; := gives them e's type */
static void
checkdecls(Decl *d)
{
	Decl *g;
	Type *t;

	declaredtypes(d, 0);
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
			/*
			 * the variable: a string in an arm of string patterns,
			 * the exception's value in an arm naming exceptions of
			 * one type; otherwise either (tany)
			 */
			t = nil;
			for(q = a->list; q != nil; q = q->next){
				if(q->op == Owild)
					u = tany;
				else if(q->op == Ostring)
					u = tstring;
				else{
					u = rt(texpr(q));
					if(known(u) && u->kind != Texception && u->kind != Tstring){
						lerror(q->src, "an exception qualifier must be a string or an exception, not %s", atname(u));
						u = tany;
					}
				}
				t = t == nil || t == u ? u : tany;
			}
			if(a->decl != nil)
				a->decl->ty = t != nil ? t : tany;
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
	Decl *a;

	/* Adt[T].f: T stands for Adt's parameter (linkparam) */
	curinst = nil;
	curadt = nil;
	if(n->l != nil && n->l->op == Oinst && n->l->l->op == Oname){
		a = n->l->l->decl;	/* bind.c's; names are out of scope by now */
		if(a != nil && a->kind == Dimport)
			a = a->member;
		if(a != nil && a->kind == Dtype && rt(a->ty)->kind == Tadt && rt(a->ty)->tparams != nil){
			curinst = n->l;
			curadt = rt(a->ty);
		}
	}
	checktype(n->ty, 0);
	curresult = rt(n->ty->of);
	curname = n->sym->name;
	if(n->body->op == Oblock)
		checkstmts(n->body->list);
	else
		checkstmt(n->body);
	curresult = nil;
	curinst = nil;
	curadt = nil;
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
	curinst = nil;
	curadt = nil;
	insts = nil;	/* in the arena of the last file */
	memos = nil;
	instdepth = 0;
	lfatalenv = &fatal;
	if(setjmp(fatal) == 0){
		checktop(tree, 0);
		checktop(tree, 1);
	}
	lfatalenv = nil;
}
