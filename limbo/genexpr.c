/*
 * Code generation for expressions: values, places (lvalues),
 * conditions as branches, calls, constructors. gexpr leaves a value
 * where it says (an operand), or stores it into *dst; conditions
 * become chains of branches (gcond) so && and || never materialise
 * a truth value they do not need.
 *
 * Instruction operands: src may be any operand; the middle only an
 * immediate of 16 bits or an fp/mp slot (mid() makes it one); a
 * destination never an immediate.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include "limbo.h"
#include "gen.h"
#include "genint.h"

static Gopd	gcall(Node*, Gopd*, int spawn);
static Gopd	gconstruct(Node*, Type*, Gopd*);
static Gopd	gfnref(Node*, Decl*, Gopd*);
static Gopd	gmodfnref(Node*, Type*, Decl*, Gopd, Type*, Gopd*);
static Decl*	fieldk(Type*, int);
static void	hiddenargs(Node*, Gopd, Decl*, Decl*, long);
static Decl*	calladtparams(Node*);
static Decl*	fnadtparams(Fn*);
static int	fnhidden(Fn*, Decl**, int*);
static Node*	adthandle(Decl*);
static Decl*	adtof(Type*);

void
nyi(Src src, char *what)
{
	lerror(src, "code generation for %s is not implemented yet", what);
	lgiveup();
}

Type*
rtype(Type *t)
{
	t = realtype(t);
	if(t == nil)
		ierror("unbound type in code generation");
	if(t->kind != Tany && t->kind != Tpoly && t->kind != Tname)
		tsize(t);	/* sets size and align, also of basic types written as names */
	return t;
}

/* type parameters and types not known are pointers */
int
isptr(Type *t)
{
	t = realtype(t);
	if(t == nil)
		return 1;
	if(t->kind == Tany || t->kind == Tpoly || t->kind == Tfn || t->kind == Texception)
		return 1;	/* an exception value is a reference to its object */
	return ispointer(t);
}

long
sizeof_(Type *t)
{
	t = realtype(t);
	if(t == nil || t->kind == Tany || t->kind == Tpoly || t->kind == Texception)
		return 4;
	if(tsize(t) < 0)
		ierror("a type without a size");
	return t->size;
}

static int
hasptrs(Type *t)
{
	uchar map[512];
	long i, n;

	if(isptr(t))
		return 1;
	n = (sizeof_(t)/4 + 7) / 8;
	if(n > (long)sizeof map)
		return 1;
	valuemap(t, map, n);
	for(i = 0; i < n; i++)
		if(map[i] != 0)
			return 1;
	return 0;
}

static int
isaggr(Type *t)
{
	t = realtype(t);
	if(t == nil)
		return 0;
	switch(t->kind){
	case Ttuple: case Tadt: case Tpickvar: case Texception:
		return 1;
	}
	return 0;
}

/* a place that can be a middle operand: an immediate of 16 bits or an fp/mp slot */
static Gopd
mid(Gopd o, Type *t)
{
	Gopd x;

	if(o.mode == Gfp || o.mode == Gmp)
		return o;
	if(o.mode == Gimm && o.v >= -32768 && o.v <= 32767)
		return o;
	x = tmp(t);
	gstore(t, o, x);
	return x;
}

/* a cell holding a pointer: o itself if it is an fp/mp slot */
static Gopd
cell(Gopd o, Type *t)
{
	Gopd x;

	if(o.mode == Gfp || o.mode == Gmp)
		return o;
	x = tmp(t);
	gstore(t, o, x);
	return x;
}

static Gopd
target(Type *t, Gopd *dst)
{
	if(dst != nil)
		return *dst;
	return tmp(t);
}

/* moves v to *dst if there is one; returns where the value is */
static Gopd
result(Type *t, Gopd v, Gopd *dst)
{
	if(dst == nil)
		return v;
	if(dst->mode != v.mode || dst->v != v.v || dst->ind != v.ind)
		gstore(t, v, *dst);
	return *dst;
}

/*
 * result() for a pointer built in temporary v: once moved to dst the
 * temporary lets go of it, so that dropping the last named reference
 * frees it at once (a pipe's FD in an array must close when the array
 * is dropped, or its reader never sees end of file).
 */
static Gopd
resultmoved(Type *t, Gopd v, Gopd *dst)
{
	Gopd d;

	d = result(t, v, dst);
	if(dst != nil && !greturning && (d.mode != v.mode || d.v != v.v || d.ind != v.ind))
		emit(IMOVP, gnil(), none, v);
	return d;
}

int	greturning;	/* compiling a return's value: the frame and its temporaries go next */

/*
 * Lets go of the references in temporary v of type t once its value
 * has been moved on (a tuple a call returned, an adt value built in
 * it), for the reason resultmoved gives.
 */
void
releasetmp(Type *t, Gopd v)
{
	uchar map[512];
	long i, n;

	if(greturning || !istmp(v) || !hasptrs(t))
		return;
	if(isptr(t)){
		emit(IMOVP, gnil(), none, v);
		return;
	}
	n = (sizeof_(t)/4 + 7) / 8;
	if(n > (long)sizeof map)
		return;
	valuemap(t, map, n);
	for(i = 0; i < n*8; i++)
		if(map[i/8] & (0x80 >> (i%8)))
			emit(IMOVP, gnil(), none, opdoff(v, i*4));
}

void
gstore(Type *t, Gopd s, Gopd d)
{
	t = rtype(t);
	if(d.mode == Gimm || d.mode == Gnone)
		ierror("store to an immediate");
	switch(t->kind){
	case Tnone:
		return;
	case Tbyte:
		emit(IMOVB, s, none, d);
		return;
	case Tint: case Tfixed:
		emit(IMOVW, s, none, d);
		return;
	case Tbig:
		emit(IMOVL, s, none, d);
		return;
	case Treal:
		emit(IMOVF, s, none, d);
		return;
	}
	if(isptr(t)){
		emit(IMOVP, s, none, d);
		return;
	}
	if(isaggr(t)){
		if(hasptrs(t))
			emit(IMOVMP, s, imm(descof(t)), d);
		else
			emit(IMOVM, s, imm(sizeof_(t)), d);
		return;
	}
	ierror("a move of an unknown type");
}

/*
 * Constants
 */

static Gopd
word(vlong v)
{
	if(v >= -(1<<29) && v < (1<<29))
		return imm(v);
	return mpopd(mpword(v));
}

static Gopd	constas(Node*, Type*);

/* the value of a folded constant node */
static Gopd
constant(Node *v)
{
	return constas(v, nil);
}

/* the same, for an aggregate as a value of type want (a folded tuple's own type lists no elements) */
static Gopd
constas(Node *v, Type *want)
{
	Type *t;

	switch(v->op){
	case Oreal:
		return mpopd(mpreal(v->rval));
	case Ostring:
		return mpopd(mpstr(v->sval));
	case Onil:
		return gnil();
	case Oconst:
		t = v->ty != nil ? rtype(v->ty) : tint;
		if(t->kind == Tbig)
			return mpopd(mpbig(v->ival));
		if(t->kind == Treal)
			return mpopd(mpreal((double)v->ival));
		if(t->kind == Tbyte)
			return imm(v->ival & 0xFF);
		return word((int)v->ival);
	case Otuple:
	case Ocall:
		/* a constant tuple or adt value (Sys->nulldir): built in a temporary */
		{
			Node *a;
			Decl *f;
			Gopd d;
			int k;

			t = rtype(want != nil && realtype(want)->kind != Tany ? want : v->ty);
			d = tmp(t);
			k = 0;
			for(a = v->list; a != nil; a = a->next, k++){
				f = fieldk(t, k);
				if(f == nil)
					ierror("too many values in a constant");
				if(a->op == Onil && !isptr(f->ty))
					continue;
				gstore(f->ty, constas(a, f->ty), opdoff(d, f->offset));
			}
			return d;
		}
	}
	nyi(v->src, "a constant of this kind");
	return none;
}

/* the value of constant d, or nil */
static Node*
valueof(Decl *d)
{
	Node *v;

	v = constval(d);
	if(v == nil)
		lgiveup();
	return v;
}

/*
 * Names
 */

static Gopd
place(Decl *d, Src src)
{
	switch(d->where){
	case Wmp:
		return mpopd(d->offset);
	case Wfp:
		return fpopd(d->offset);
	}
	if(d->kind == Dvar && d->scope >= 2){
		/* a local met before its declaration is compiled (a loop's condition follows its body) */
		gdeclare(d);
		return fpopd(d->offset);
	}
	if(d->kind == Darg){
		/* a parameter: its offset is set by framesize */
		return fpopd(d->offset);
	}
	lerror(src, "internal error: %s has no storage", d->sym != nil ? d->sym->name : "?");
	lgiveup();
	return none;
}

/* the handle through which module member mem is reached for a name imported by d */
static Node*
importhandle(Decl *d)
{
	Node *h;

	h = d->init;
	if(h->ty == nil && h->op == Oname && h->decl != nil)
		h->ty = h->decl->ty;	/* import's handle is not an expression the checker types */
	if(h->ty == nil)
		nyi(h->src, "an import from this expression");
	return h;
}

/* the offset of data member mem of module type m */
static long
moddataoff(Type *m, Decl *mem)
{
	Decl **v;
	int n;

	n = modmembers(m, 0, &v);
	mplayout(v, n);
	return mem->offset;
}

/* the module data of handle h: a word cell holding it */
static Gopd
moddata(Gopd h, Type *ht)
{
	Gopd c, t;

	c = cell(h, ht);
	t = tmpword();
	emit(IMOVW, indopd(c, 0), none, t);
	return t;
}

/* where variable or data member n lives */
static Gopd
gname(Node *n)
{
	Decl *d;

	d = n->decl;
	if(d == nil)
		ierror("an unbound name");
	if(d->kind == Dimport){
		Node *h = importhandle(d);
		Decl *m = d->member;
		if(m == nil)
			lgiveup();
		if(m->kind == Dvar){
			Gopd hv = gexpr(h, nil);
			return indopd(moddata(hv, h->ty), moddataoff(rtype(h->ty), m));
		}
		d = m;
	}
	switch(d->kind){
	case Dvar: case Darg:
		return place(d, n->src);
	case Dconst:
		return constas(valueof(d), n->ty);
	}
	nyi(n->src, "this kind of name as a value");
	return none;
}

/*
 * Places
 */

static int
indop(Type *elem)
{
	elem = rtype(elem);
	switch(elem->kind){
	case Tbyte:
		return IINDB;
	case Tint: case Tfixed:
		return IINDW;
	case Treal:
		return IINDF;
	case Tbig:
		return IINDL;
	}
	if(isptr(elem))
		return IINDW;
	return IINDX;
}

/* an index as an int operand */
static Gopd
gindex(Node *i)
{
	Type *t;
	Gopd v, w;

	v = gexpr(i, nil);
	t = rtype(i->ty);
	if(t->kind == Tint)
		return v;
	w = tmpword();
	if(t->kind == Tbyte)
		emit(ICVTBW, v, none, w);
	else if(t->kind == Tbig)
		emit(ICVTLW, v, none, w);
	else
		return v;
	return w;
}

/* the element a[i] of an array */
static Gopd
element(Node *n)
{
	Gopd a, i, t;
	Type *at;

	at = rtype(n->l->ty);
	a = gexpr(n->l, nil);
	i = gindex(n->r);
	t = tmpword();
	emit(indop(at->of), a, t, i);
	return indopd(t, 0);
}

/* the adt a dot applies to: l's type, through a ref */
static Type*
dotadt(Node *n, int *isref)
{
	Type *t;

	t = rtype(n->l->ty);
	*isref = 0;
	if(t->kind == Tref){
		*isref = 1;
		t = rtype(t->of);
	}
	return t;
}

static Decl*
member(Type *t, Sym *s)
{
	Decl *d;

	/*
	 * an instantiated adt (Stack[string], check.c) is a copy of the
	 * polymorphic one: its members are the polymorphic adt's, whose
	 * functions are the ones compiled, at the same offsets
	 */
	if(t->kind == Tadt && t->bound != nil)
		t = rtype(t->bound);
	if(t->kind == Ttuple)
		return tuplemember(t, s);
	for(;;){
		for(d = t->ids; d != nil; d = d->next)
			if(d->sym == s)
				return d;
		if(t->kind != Tpickvar)
			return nil;
		t = rtype(t->of);
	}
}

static Decl*
modmember(Type *m, Sym *s)
{
	Decl *d;

	for(d = m->ids; d != nil; d = d->next)
		if(d->sym == s)
			return d;
	return nil;
}

Gopd
gaddr(Node *n)
{
	Type *t;
	Decl *d;
	Gopd b;
	int isref;

	switch(n->op){
	case Oname:
		return gname(n);
	case Oindex:
		t = rtype(n->l->ty);
		if(t->kind != Tarray)
			nyi(n->src, "this index");
		return element(n);
	case Odot:
		if((d = constdecl(n)) != nil)
			return constant(valueof(d));
		t = dotadt(n, &isref);
		d = member(t, n->sym);
		if(d == nil || d->kind != Dfield)
			nyi(n->src, "this member");
		b = gexpr(n->l, nil);
		if(isref)
			return indopd(cell(b, n->l->ty), d->offset);
		return opdoff(b, d->offset);
	case Omdot:
		if((d = constdecl(n)) != nil)
			return constant(valueof(d));
		t = rtype(n->l->ty);
		d = modmember(t, n->sym);
		if(d == nil || d->kind != Dvar)
			nyi(n->src, "this module member");
		b = gexpr(n->l, nil);
		return indopd(moddata(b, n->l->ty), moddataoff(t, d));
	case Oderef:
		b = gexpr(n->l, nil);
		return indopd(cell(b, n->l->ty), 0);
	}
	nyi(n->src, "assignment to this");
	return none;
}

/*
 * Conditions
 */

enum { Req, Rne, Rlt, Rle, Rgt, Rge };

static int
relof(int op)
{
	switch(op){
	case Oeq: return Req;
	case Oneq: return Rne;
	case Olt: return Rlt;
	case Oleq: return Rle;
	case Ogt: return Rgt;
	case Ogeq: return Rge;
	}
	return -1;
}

static int
negrel(int r)
{
	static int neg[] = { Rne, Req, Rge, Rgt, Rle, Rlt };
	return neg[r];
}

/* the branch for relation r on operands of type t */
static int
brop(Type *t, int r)
{
	static int l[] = { IBEQL, IBNEL, IBLTL, IBLEL, IBGTL, IBGEL };

	t = rtype(t);
	switch(t->kind){
	case Tbyte:
		return IBEQB + r;
	case Tint: case Tfixed:
		return IBEQW + r;
	case Treal:
		return IBEQF + r;
	case Tbig:
		return l[r];
	case Tstring:
		return IBEQC + r;
	}
	return IBEQW + r;	/* pointers: identity */
}

static Gopd
zero(Type *t)
{
	switch(rtype(t)->kind){
	case Tbig:
		return mpopd(mpbig(0));
	case Treal:
		return mpopd(mpreal(0.0));
	}
	return imm(0);
}

/* a branch s REL m to be patched */
static Chain
branch(int op, Gopd s, Gopd m, Type *t)
{
	return emit(op, s, mid(m, t), imm(-1));
}

Chain
gcond(Node *n, int sense)
{
	Chain a, b;
	Type *t;
	Gopd l, r;
	int rel;

	switch(n->op){
	case Oandand:
		if(sense){
			a = gcond(n->l, 0);
			b = gcond(n->r, 1);
			patch(a, pc());
			return b;
		}
		a = gcond(n->l, 0);
		return append(a, gcond(n->r, 0));
	case Ooror:
		if(sense){
			a = gcond(n->l, 1);
			return append(a, gcond(n->r, 1));
		}
		a = gcond(n->l, 1);
		b = gcond(n->r, 0);
		patch(a, pc());
		return b;
	case Onot:
		return gcond(n->l, !sense);
	case Oconst:
		if((n->ival != 0) == sense)
			return jump();
		return -1;
	case Oeq: case Oneq: case Olt: case Oleq: case Ogt: case Ogeq:
		t = rtype(n->l->ty);
		if(t->kind == Tnil)
			t = rtype(n->r->ty);
		l = gexpr(n->l, nil);
		r = gexpr(n->r, nil);
		rel = relof(n->op);
		if(sense)
			return branch(brop(t, rel), l, r, t);
		if(t->kind == Treal && rel != Req && rel != Rne){
			/* not (a < b) is not a >= b when one is NaN */
			a = branch(brop(t, rel), l, r, t);
			b = jump();
			patch(a, pc());
			return b;
		}
		return branch(brop(t, negrel(rel)), l, r, t);
	}
	t = rtype(n->ty);
	l = gexpr(n, nil);
	return branch(brop(t, sense ? Rne : Req), l, zero(t), t);
}

/* a truth value (0 or 1) into a word */
static Gopd
truth(Node *n, Gopd *dst)
{
	Chain c, j;
	Gopd d;

	c = gcond(n, 1);
	d = target(tint, dst);
	emit(IMOVW, imm(0), none, d);
	j = jump();
	patch(c, pc());
	emit(IMOVW, imm(1), none, d);
	patch(j, pc());
	return d;
}

/*
 * Arithmetic
 */

static int
arithop(int op, Type *t)
{
	int k;

	t = rtype(t);
	k = t->kind;
	switch(op){
	case Oadd: case Oaddas:
		return k == Tbyte ? IADDB : k == Tbig ? IADDL : k == Treal ? IADDF : k == Tstring ? IADDC : IADDW;
	case Osub: case Osubas:
		return k == Tbyte ? ISUBB : k == Tbig ? ISUBL : k == Treal ? ISUBF : ISUBW;
	case Omul: case Omulas:
		return k == Tbyte ? IMULB : k == Tbig ? IMULL : k == Treal ? IMULF : IMULW;
	case Odiv: case Odivas:
		return k == Tbyte ? IDIVB : k == Tbig ? IDIVL : k == Treal ? IDIVF : IDIVW;
	case Omod: case Omodas:
		return k == Tbyte ? IMODB : k == Tbig ? IMODL : IMODW;
	case Oand: case Oandas:
		return k == Tbyte ? IANDB : k == Tbig ? IANDL : IANDW;
	case Oor: case Ooras:
		return k == Tbyte ? IORB : k == Tbig ? IORL : IORW;
	case Oxor: case Oxoras:
		return k == Tbyte ? IXORB : k == Tbig ? IXORL : IXORW;
	case Olsh: case Olshas:
		return k == Tbyte ? ISHLB : k == Tbig ? ISHLL : ISHLW;
	case Orsh: case Orshas:
		return k == Tbyte ? ISHRB : k == Tbig ? ISHRL : ISHRW;
	case Oexp: case Oexpas:
		return k == Tbig ? IEXPL : k == Treal ? IEXPF : IEXPW;
	}
	ierror("not an arithmetic operator");
	return -1;
}

static Gopd
binary(Node *n, Gopd *dst)
{
	Gopd l, r, d;
	Type *t;

	t = rtype(n->ty);
	l = gexpr(n->l, nil);
	r = gexpr(n->r, nil);
	l = mid(l, rtype(n->l->ty));
	d = target(t, dst);
	emit(arithop(n->op, n->l->ty), r, l, d);
	return d;
}

/* one: 1 as a value of type t */
static Gopd
one(Type *t)
{
	switch(rtype(t)->kind){
	case Tbig:
		return mpopd(mpbig(1));
	case Treal:
		return mpopd(mpreal(1.0));
	}
	return imm(1);
}

/* x op= v; returns x's place */
static Gopd
opassign(Node *n)
{
	Gopd a, v;

	if(n->l->op == Oindex && rtype(n->l->l->ty)->kind == Tstring){
		/* s[i] op= v: the character out, the operation, the character back */
		Gopd str, i, c;
		str = gaddr(n->l->l);
		i = mid(gindex(n->l->r), tint);
		c = tmpword();
		emit(IINDC, str, i, c);
		v = gexpr(n->r, nil);
		emit(arithop(n->op, tint), v, none, c);
		emit(IINSC, c, i, str);
		return c;
	}
	a = gaddr(n->l);
	v = gexpr(n->r, nil);
	emit(arithop(n->op, n->l->ty), v, none, a);
	return a;
}

static Gopd
incdec(Node *n, Gopd *dst)
{
	Gopd a, d;
	Type *t;
	int op;

	t = rtype(n->ty);
	op = arithop(n->op == Opreinc || n->op == Opostinc ? Oadd : Osub, t);
	if(n->l->op == Oindex && rtype(n->l->l->ty)->kind == Tstring){
		/* s[i]++: the character out, changed, put back; the value is the old or new character */
		Gopd str, i, c;
		str = gaddr(n->l->l);
		i = mid(gindex(n->l->r), tint);
		c = tmpword();
		emit(IINDC, str, i, c);
		d = target(tint, dst);
		if(n->op == Opostinc || n->op == Opostdec)
			emit(IMOVW, c, none, d);
		emit(op, imm(1), none, c);
		emit(IINSC, c, i, str);
		if(n->op == Opreinc || n->op == Opredec)
			emit(IMOVW, c, none, d);
		return d;
	}
	a = gaddr(n->l);
	if(n->op == Opostinc || n->op == Opostdec){
		d = target(t, dst);
		gstore(t, a, d);
		emit(op, one(t), none, a);
		return d;
	}
	emit(op, one(t), none, a);
	return result(t, a, dst);
}

static Gopd
unary(Node *n, Gopd *dst)
{
	Gopd v, d;
	Type *t;

	t = rtype(n->ty);
	v = gexpr(n->l, nil);
	d = target(t, dst);
	switch(n->op){
	case Oneg:
		switch(t->kind){
		case Treal:
			emit(INEGF, v, none, d);
			break;
		case Tbig:
			emit(ISUBL, v, mpopd(mpbig(0)), d);
			break;
		case Tbyte:
			emit(ISUBB, v, imm(0), d);
			break;
		default:
			emit(ISUBW, v, imm(0), d);
			break;
		}
		break;
	case Ocomp:
		switch(t->kind){
		case Tbig:
			emit(IXORL, mpopd(mpbig(-1)), mid(v, t), d);
			break;
		case Tbyte:
			emit(IXORB, imm(0xFF), mid(v, t), d);
			break;
		default:
			emit(IXORW, imm(-1), mid(v, t), d);
			break;
		}
		break;
	}
	return d;
}

/*
 * Conversions
 */

static Gopd
conv(int op, Gopd v, Type *to, Gopd *dst)
{
	Gopd d;

	d = target(to, dst);
	emit(op, v, none, d);
	return d;
}

static Gopd
gcast(Node *n, Gopd *dst)
{
	Type *from, *to;
	Gopd v, w;
	int f, t;

	from = rtype(n->l->ty);
	to = rtype(n->ty);
	v = gexpr(n->l, nil);
	f = from->kind;
	t = to->kind;
	if(f == t && f != Tarray && f != Tfixed)
		return result(to, v, dst);
	/* bytes go through int */
	if(f == Tbyte && t != Tint){
		w = tmp(tint);
		emit(ICVTBW, v, none, w);
		v = w;
		f = Tint;
	}
	if(t == Tbyte && f != Tint){
		w = tmp(tint);
		switch(f){
		case Tbig: emit(ICVTLW, v, none, w); break;
		case Treal: emit(ICVTFW, v, none, w); break;
		case Tstring: emit(ICVTCW, v, none, w); break;
		default: nyi(n->src, "this cast"); break;
		}
		return conv(ICVTWB, w, to, dst);
	}
	switch(t){
	case Tbyte:
		return conv(ICVTWB, v, to, dst);
	case Tint:
		switch(f){
		case Tbyte: return conv(ICVTBW, v, to, dst);
		case Tbig: return conv(ICVTLW, v, to, dst);
		case Treal: return conv(ICVTFW, v, to, dst);
		case Tstring: return conv(ICVTCW, v, to, dst);
		}
		break;
	case Tbig:
		switch(f){
		case Tint: return conv(ICVTWL, v, to, dst);
		case Treal: return conv(ICVTFL, v, to, dst);
		case Tstring: return conv(ICVTCL, v, to, dst);
		}
		break;
	case Treal:
		switch(f){
		case Tint: return conv(ICVTWF, v, to, dst);
		case Tbig: return conv(ICVTLF, v, to, dst);
		case Tstring: return conv(ICVTCF, v, to, dst);
		}
		break;
	case Tstring:
		switch(f){
		case Tint: return conv(ICVTWC, v, to, dst);
		case Tbig: return conv(ICVTLC, v, to, dst);
		case Treal: return conv(ICVTFC, v, to, dst);
		case Tarray: return conv(ICVTAC, v, to, dst);
		}
		break;
	case Tarray:
		if(f == Tstring)
			return conv(ICVTCA, v, to, dst);
		if(f == Tarray)
			return result(to, v, dst);
		break;
	}
	nyi(n->src, "this cast");
	return none;
}

/*
 * Strings, arrays, lists, channels
 */

static Gopd
gslice(Node *n, Gopd *dst)
{
	Type *t;
	Gopd a, lo, hi, d;

	t = rtype(n->ty);
	a = gexpr(n->l, nil);
	lo = n->r != nil ? gindex(n->r) : imm(0);
	if(n->third != nil)
		hi = gindex(n->third);
	else{
		hi = tmpword();
		emit(t->kind == Tstring ? ILENC : ILENA, a, none, hi);
	}
	hi = mid(hi, tint);
	d = target(t, dst);
	/* slice a copy: d = a, then d = d[lo:hi] */
	if(d.mode == Gifp || d.mode == Gimp){
		Gopd x = tmp(t);
		gstore(t, a, x);
		emit(t->kind == Tstring ? ISLICEC : ISLICEA, lo, hi, x);
		gstore(t, x, d);
		return d;
	}
	gstore(t, a, d);
	emit(t->kind == Tstring ? ISLICEC : ISLICEA, lo, hi, d);
	return d;
}

static int
lenop(Type *t)
{
	switch(rtype(t)->kind){
	case Tstring: return ILENC;
	case Tarray: return ILENA;
	case Tlist: return ILENL;
	}
	return -1;
}

/*
 * The list instruction of a family (cons or head) for elements of
 * type elem: ops holds its B W F L P MP M forms; *m is the middle
 * operand (the descriptor or size of a value element, none otherwise).
 */
static int
listop(Type *elem, Gopd *m, const int ops[7])
{
	elem = rtype(elem);
	*m = none;
	switch(elem->kind){
	case Tbyte: return ops[0];
	case Tint: case Tfixed: return ops[1];
	case Treal: return ops[2];
	case Tbig: return ops[3];
	}
	if(isptr(elem))
		return ops[4];
	if(hasptrs(elem)){
		*m = imm(descof(elem));
		return ops[5];
	}
	*m = imm(sizeof_(elem));
	return ops[6];
}

static int
consop(Type *elem, Gopd *m)
{
	static const int ops[7] = { ICONSB, ICONSW, ICONSF, ICONSL, ICONSP, ICONSMP, ICONSM };

	return listop(elem, m, ops);
}

static int
headop(Type *elem, Gopd *m)
{
	static const int ops[7] = { IHEADB, IHEADW, IHEADF, IHEADL, IHEADP, IHEADMP, IHEADM };

	return listop(elem, m, ops);
}

/* x :: l, or the list built from values (reversed) onto d */
static Gopd
gcons(Node *n, Gopd *dst)
{
	Type *t;
	Gopd x, d, m;
	int op;

	t = rtype(n->ty);
	x = gexpr(n->l, nil);
	if(x.mode == Gimm || isaggr(n->l->ty)){
		Gopd y = tmp(rtype(t->of));
		gstore(t->of, x, y);
		x = y;
	}
	d = target(t, dst);
	gexpr(n->r, &d);
	op = consop(t->of, &m);
	emit(op, x, m, d);
	return d;
}

static Gopd
glistof(Node *n, Gopd *dst)
{
	Type *t;
	Node *e, **v;
	Gopd x, d, m;
	int i, k, op;

	t = rtype(n->ty);
	k = 0;
	for(e = n->list; e != nil; e = e->next)
		k++;
	v = lalloc((k + 1) * sizeof *v);
	k = 0;
	for(e = n->list; e != nil; e = e->next)
		v[k++] = e;
	d = tmp(t);
	gstore(t, gnil(), d);
	op = consop(t->of, &m);
	for(i = k - 1; i >= 0; i--){
		x = gexpr(v[i], nil);
		if(x.mode == Gimm || isaggr(v[i]->ty)){
			Gopd y = tmp(rtype(t->of));
			gstore(t->of, x, y);
			x = y;
		}
		emit(op, x, m, d);
	}
	return resultmoved(t, d, dst);
}

static Gopd
gchan(Node *n, Gopd *dst)
{
	Type *t, *e;
	Gopd d, b;
	int op;

	t = rtype(n->ty);
	e = rtype(t->of);
	b = none;
	if(n->l != nil)
		b = mid(gexpr(n->l, nil), tint);
	d = target(t, dst);
	switch(e->kind){
	case Tbyte: op = INEWCB; break;
	case Tint: case Tfixed: op = INEWCW; break;
	case Treal: op = INEWCF; break;
	case Tbig: op = INEWCL; break;
	default:
		if(isptr(e))
			op = INEWCP;
		else if(hasptrs(e)){
			emit(INEWCMP, imm(descof(e)), b, d);
			return d;
		}else{
			emit(INEWCM, imm(sizeof_(e)), b, d);
			return d;
		}
	}
	emit(op, none, b, d);
	return d;
}

/* a[i] = v for an index operand, through a fresh address word */
static void
storeelem(Gopd a, Type *elem, Gopd i, Node *v)
{
	Gopd t, e;

	t = tmpword();
	emit(indop(elem), a, t, i);
	e = indopd(t, 0);
	gexpr(v, &e);
}

/* for(i = lo; i < hi; i++) a[i] = v */
static void
fillelems(Gopd a, Type *elem, Gopd lo, Gopd hi, Node *v)
{
	Gopd i;
	Chain done;
	int top;

	i = tmpword();
	emit(IMOVW, lo, none, i);
	top = pc();
	done = emit(IBGEW, i, mid(hi, tint), imm(-1));
	storeelem(a, elem, i, v);
	emit(IADDW, imm(1), none, i);
	emit(IJMP, none, none, imm(top));
	patch(done, pc());
}

/* the value of n if it is an integer constant the front end can fold */
int
constint(Node *n, vlong *v)
{
	Decl *d;
	Node *c;

	switch(n->op){
	case Oconst:
		*v = n->ival;
		return 1;
	case Oname: case Odot: case Omdot:
		d = constdecl(n);
		if(d == nil || (c = constval(d)) == nil || c->op != Oconst)
			return 0;
		*v = c->ival;
		return 1;
	case Oneg:
		if(!constint(n->l, v))
			return 0;
		*v = -*v;
		return 1;
	}
	return 0;
}

/*
 * The size of array[] of {list}: one more than the largest index
 * used. An element without a qualifier goes one after the previous
 * element's (last) index.
 */
long
initlen(Node *list)
{
	Node *x, *q;
	vlong v, max, next;

	max = -1;
	next = 0;
	for(x = list; x != nil; x = x->next){
		if(x->op != Oelem){
			if(next > max)
				max = next;
			next++;
			continue;
		}
		for(q = x->list; q != nil; q = q->next){
			if(q->op == Owild)
				continue;
			if(!constint(q->op == Orange ? q->r : q, &v)){
				lerror(q->src, "the index of an element of array[] must be a constant");
				lgiveup();
			}
			if(v > max)
				max = v;
			next = v + 1;
		}
	}
	return max + 1;
}

static Gopd
garray(Node *n, Gopd *dst)
{
	Type *t, *e;
	Gopd d, len, c, i;
	Node *x, *q;
	vlong v;
	int newop, known;

	t = rtype(n->ty);
	e = rtype(t->of);
	if(n->l != nil)
		len = gindex(n->l);
	else
		len = imm(initlen(n->list));
	newop = hasptrs(e) ? INEWA : INEWAZ;
	if(!n->hasinit){
		/* nothing to fill: straight into its place */
		d = target(t, dst);
		emit(newop, len, mid(imm(descof(e)), tint), d);
		return d;
	}
	d = tmp(t);
	emit(newop, len, mid(imm(descof(e)), tint), d);
	{
		c = d;
		/* * first, then everything else over it */
		for(x = n->list; x != nil; x = x->next)
			if(x->op == Oelem)
				for(q = x->list; q != nil; q = q->next)
					if(q->op == Owild)
						fillelems(c, e, imm(0), len, x->r);
		/* the positional index: known at compile time, or kept in a word after a qualifier that is not */
		i = tmpword();
		known = 1;
		v = 0;
		for(x = n->list; x != nil; x = x->next){
			if(x->op != Oelem){
				storeelem(c, e, known ? imm(v) : i, x);
				if(known)
					v++;
				else
					emit(IADDW, imm(1), none, i);
				continue;
			}
			for(q = x->list; q != nil; q = q->next){
				Node *last;
				if(q->op == Owild)
					continue;
				if(q->op == Orange){
					Gopd lo = gindex(q->l);
					Gopd hi = tmpword();
					emit(IADDW, imm(1), mid(gindex(q->r), tint), hi);
					fillelems(c, e, lo, hi, x->r);
					last = q->r;
				}else{
					storeelem(c, e, gindex(q), x->r);
					last = q;
				}
				if(constint(last, &v)){
					known = 1;
					v++;
				}else{
					known = 0;
					emit(IADDW, imm(1), mid(gindex(last), tint), i);
				}
			}
		}
	}
	return resultmoved(t, d, dst);
}

/*
 * Aggregates
 */

/* the k-th data field of an adt, variant or tuple (a variant's adt's first) */
static Decl*
fieldk(Type *t, int k)
{
	Decl *d;
	int n;

	t = rtype(t);
	if(t->kind == Tpickvar){
		Type *a = rtype(t->of);
		n = 0;
		for(d = a->ids; d != nil; d = d->next)
			if(d->kind == Dfield)
				n++;
		if(k < n)
			return fieldk(a, k);
		k -= n;
	}
	for(d = t->ids; d != nil; d = d->next)
		if(d->kind == Dfield && k-- == 0)
			return d;
	return nil;
}

/* the tag number of variant v of its adt (the first of "A or B" that share it) */
static int
tagnum(Type *v)
{
	Type *a;
	Decl *d;
	int k;

	a = rtype(v->of);
	k = 0;
	for(d = a->tags; d != nil; d = d->next, k++)
		if(d->ty == v)
			return k;
	return 0;
}

/* the tag a constructor Adt.Tag(...) of variant v stores: Tags declared "A or B" share v */
static int
ctortag(Node *callee, Type *v)
{
	Decl *d;
	int k;

	if(callee->op == Odot || callee->op == Omdot){
		k = 0;
		for(d = rtype(v->of)->tags; d != nil; d = d->next, k++)
			if(d->sym == callee->sym)
				return k;
	}
	return tagnum(v);
}

/* stores the values of the constructor n's list into the fields of t at d (d the aggregate's first byte) */
static void
fillfields(Node *n, Type *t, Gopd d)
{
	Node *a, *list;
	Decl *f;
	Gopd fd;
	int k;

	t = rtype(t);
	list = n->list;
	if(t->kind == Tpickvar)
		emit(IMOVW, imm(n->op == Ocall ? ctortag(n->l, t) : tagnum(t)), none, d);
	k = 0;
	for(a = list; a != nil; a = a->next, k++){
		f = fieldk(t, k);
		if(f == nil)
			ierror("too many values for an aggregate");
		if(a->op == Onil && !isptr(f->ty))
			continue;
		fd = opdoff(d, f->offset);
		gexpr(a, &fd);
	}
}

/* Adt(args), Adt.Tag(args) or a tuple: built in a temporary, then moved */
static Gopd
gconstruct(Node *n, Type *t, Gopd *dst)
{
	Gopd d, r;

	d = tmp(t);
	fillfields(n, t, d);
	r = result(t, d, dst);
	if(dst != nil && (r.mode != d.mode || r.v != d.v || r.ind != d.ind))
		releasetmp(t, d);
	return r;
}

static Gopd
gtuple(Node *n, Gopd *dst)
{
	return gconstruct(n, rtype(n->ty), dst);
}

/*
 * ref Adt(args), ref Adt.Tag(args), ref v, ref Adt (zeroed, pointers
 * nil), made in d. d must be a place nothing in the arguments reads.
 */
static void
grefin(Node *n, Gopd d)
{
	Type *a;
	Node *l;

	a = rtype(rtype(n->ty)->of);
	l = n->l;
	if(l->op != Ocall && l->istype){
		emit(INEWZ, imm(descof(a)), none, d);
		return;
	}
	emit(INEW, imm(descof(a)), none, d);
	if(l->op == Ocall && l->l->istype)
		fillfields(l, a, indopd(d, 0));
	else
		gstore(a, gexpr(l, nil), indopd(d, 0));
}

/* made in a temporary, then moved: the arguments may read the destination (l = ref Node(v, l)) */
static Gopd
gref(Node *n, Gopd *dst)
{
	Type *t;
	Gopd d;

	t = rtype(n->ty);
	d = tmp(t);
	grefin(n, d);
	return resultmoved(t, d, dst);
}

static Gopd
gtagof(Node *n, Gopd *dst)
{
	Gopd v;
	Type *t;
	Node *c;

	if(n->l->istype){
		/* tagof Adt.Tag */
		c = constexpr(n);
		if(c == nil)
			lgiveup();
		return result(tint, imm(c->ival), dst);
	}

	t = rtype(n->l->ty);
	v = gexpr(n->l, nil);
	if(t->kind == Tref)
		v = indopd(cell(v, t), 0);
	return result(tint, v, dst);
}

static Gopd
grecv(Node *n, Gopd *dst)
{
	Type *t;
	Gopd c, d;

	t = rtype(n->l->ty);
	if(t->kind == Tarray)
		return grecvarray(n, dst);
	c = gexpr(n->l, nil);
	d = target(rtype(n->ty), dst);
	emit(IRECV, c, none, d);
	return d;
}

static Gopd
gsend(Node *n)
{
	Type *t;
	Gopd c, v;

	t = rtype(n->l->ty);
	c = gexpr(n->l, nil);
	v = gexpr(n->r, nil);
	if(v.mode == Gimm || v.mode == Gnone){
		Gopd x = tmp(rtype(t->of));
		gstore(t->of, v, x);
		v = x;
	}
	emit(ISEND, v, none, c);
	return v;
}

/* Is e a constant path naming a built-in module ("$Sys"; not "$self")? */
static int
isbuiltinpath(Node *e)
{
	Decl *d;
	Node *v;

	v = e;
	if(e->op != Ostring && (d = constdecl(e)) != nil)
		v = valueof(d);
	if(v == nil || v->op != Ostring || v->sval.n < 2 || v->sval.s[0] != '$')
		return 0;
	return !(v->sval.n == 5 && memcmp(v->sval.s, "$self", 5) == 0);
}

static Gopd
gload(Node *n, Gopd *dst)
{
	Decl *m;
	Gopd path, d;
	int at;

	m = n->decl;
	if(m == nil)
		ierror("load of an unbound module");
	path = gexpr(n->l, nil);
	d = target(rtype(n->ty), dst);
	at = emit(ILOAD, path, imm(0), d);
	impload(at, m->ty, isbuiltinpath(n->l));
	return d;
}

/*
 * Assignment
 */

static void	unpack(Node *l, Type *t, Gopd v);

/* the value v of type t given to lvalue l */
static void
assignto(Node *l, Type *t, Gopd v)
{
	Gopd a;

	switch(l->op){
	case Onil:
		return;
	case Otuple:
		unpack(l, t, v);
		return;
	}
	a = gaddr(l);
	gstore(l->ty != nil && rtype(l->ty)->kind != Tany ? l->ty : t, v, a);
}

/* (a, b, ...) = v: each name its element */
static void
unpack(Node *l, Type *t, Gopd v)
{
	Node *e;
	Decl *f;
	int k;

	t = rtype(t);
	if(!isaggr(t) && l->list != nil && l->list->next == nil){
		assignto(l->list, t, v);	/* (x) := 5 */
		return;
	}
	if(t->kind == Texception)	/* its values are in its object from offset 8 (genswitch.c) */
		v = indopd(cell(v, tstring), 8);
	k = 0;
	for(e = l->list; e != nil; e = e->next, k++){
		f = fieldk(t, k);
		if(f == nil)
			ierror("unpacking too many");
		assignto(e, f->ty, opdoff(v, f->offset));
	}
}

void
gdeclare(Decl *d)
{
	if(d->where != Wnone)
		return;
	d->offset = falloc(d->ty);
	d->where = Wfp;
}

static void
declarenames(Node *l)
{
	switch(l->op){
	case Oname:
		if(l->decl != nil)
			gdeclare(l->decl);
		break;
	case Otuple:
		for(l = l->list; l != nil; l = l->next)
			declarenames(l);
		break;
	}
}

static Gopd
gassignexpr(Node *n, Gopd *dst)
{
	Node *l, *r;
	Gopd a, v;
	Type *t;

	l = n->l;
	r = n->r;
	if(n->op == Odas)
		declarenames(l);
	t = rtype(r->ty);
	if(l->op == Otuple || l->op == Onil){
		v = gexpr(r, nil);
		if(l->op == Otuple)
			unpack(l, t, v);
		if(dst == nil){
			releasetmp(t, v);
			return v;
		}
		return result(t, v, dst);
	}
	if(l->op == Oindex && rtype(l->l->ty)->kind == Tstring){
		Gopd s, i, c;
		s = gaddr(l->l);
		i = mid(gindex(l->r), tint);
		c = gexpr(r, nil);
		emit(IINSC, c, i, s);
		return result(tint, c, dst);
	}
	if(l->op == Oslice){
		Gopd s, i, b;
		b = gexpr(r, nil);
		if(l->third != nil){
			/* a[i:j] = b: the slice checks i and j and shares a's storage; b goes in at its start */
			s = gexpr(l, nil);
			i = imm(0);
		}else{
			i = mid(l->r != nil ? gindex(l->r) : imm(0), tint);
			s = gexpr(l->l, nil);
		}
		emit(ISLICELA, b, i, s);
		return result(t, b, dst);
	}
	a = gaddr(l);
	if(rtype(l->ty)->kind == Tany)
		t = rtype(r->ty);
	else
		t = rtype(l->ty);
	if(n->op == Odas && l->op == Oname && r->op == Oref && a.mode == Gfp)
		grefin(r, a);	/* a new name: its initialiser cannot read it */
	else
		gexpr(r, &a);
	return result(t, a, dst);
}

void
gassign(Node *l, Node *r)
{
	Node n;

	memset(&n, 0, sizeof n);
	n.op = Oas;
	n.l = l;
	n.r = r;
	n.ty = l->ty;
	n.src = l->src;
	gassignexpr(&n, nil);
}

/*
 * Calls
 */

/* an import of adt a declared in the chain l or inside it (not in other functions' bodies) */
static Decl*
adtimport(Node *l, Decl *a)
{
	Decl *d;

	for(; l != nil; l = l->next){
		switch(l->op){
		case Ofndef:
			continue;
		case Oinclude:
			d = adtimport(l->list, a);
			break;
		case Odecl:
			for(d = l->decls; d != nil; d = d->next)
				if(d->kind == Dimport && d->member == a)
					break;
			break;
		default:
			d = adtimport(l->l, a);
			if(d == nil)
				d = adtimport(l->r, a);
			if(d == nil)
				d = adtimport(l->third, a);
			if(d == nil)
				d = adtimport(l->body, a);
			if(d == nil)
				d = adtimport(l->list, a);
			break;
		}
		if(d != nil)
			return d;
	}
	return nil;
}

/*
 * The handle through which the member functions of adt a (declared
 * in another module) are called: the one it was imported from, in
 * the function being compiled (Adt: import h; with a local h) or at
 * the top level.
 */
static Node*
adthandle(Decl *a)
{
	Decl *d;

	d = adtimport(gen.cur->def->body, a);
	if(d == nil)
		d = adtimport(gentree, a);
	return d != nil ? importhandle(d) : nil;
}

/* the module type that declares the adt whose member function is m */
static Decl*
adtof(Type *t)
{
	t = rtype(t);
	if(t->kind == Tref)
		t = rtype(t->of);
	if(t->kind == Tpickvar)
		t = rtype(t->of);
	return t->decl;
}

/*
 * The place of the next variadic argument, of type at, after the
 * argument ending at *off: aligned for its own type (nil and a
 * handler's variable of unknown type go as a string).
 */
static long
varslot(long *off, Type **at)
{
	long o;

	if((*at)->kind == Tnil || (*at)->kind == Tany)
		*at = tstring;
	o = (*off + (*at)->align - 1) / (*at)->align * (*at)->align;
	*off = o + sizeof_(*at);
	return o;
}

/* stores the arguments into the frame at f; self is the value before '.' of a method call */
static void
args(Gopd f, Type *ft, Node *self, Node *list)
{
	Decl *p;
	Node *a;
	Gopd slot;
	long off;
	Type *at;

	framesize(ft);
	p = ft->ids;
	off = 32;
	if(self != nil){
		if(p == nil)
			ierror("a method without parameters");
		slot = indopd(f, p->offset);
		if(rtype(p->ty)->kind != Tref && rtype(self->ty)->kind == Tref){
			Gopd v = gexpr(self, nil);
			gstore(p->ty, indopd(cell(v, self->ty), 0), slot);
		}else
			gexpr(self, &slot);
		off = p->offset + sizeof_(p->ty);
		p = p->next;
	}
	for(a = list; a != nil; a = a->next){
		if(p != nil){
			at = rtype(p->ty);
			if(at->kind == Tany || at->kind == Tpoly)
				at = rtype(a->ty);
			slot = indopd(f, p->offset);
			off = p->offset + sizeof_(at);
			p = p->next;
		}else{
			at = rtype(a->ty);
			slot = indopd(f, varslot(&off, &at));
		}
		gexpr(a, &slot);
	}
}

/* the descriptor of a variadic call's frame, which the caller makes for the arguments given */
static int
varframe(Type *ft, Node *list)
{
	Decl *p;
	Node *a;
	long off, o, cap;
	Type *at;
	uchar *map;
	int d;

	framesize(ft);
	off = 32;
	map = nil;
	cap = 0;
	a = list;
	for(p = ft->ids; p != nil; p = p->next){
		markvalue(p->ty, p->offset, &map, &cap);
		off = p->offset + sizeof_(p->ty);
		if(a != nil)
			a = a->next;
	}
	for(; a != nil; a = a->next){
		at = rtype(a->ty);
		o = varslot(&off, &at);
		markvalue(at, o, &map, &cap);
	}
	off = (off + 7) / 8 * 8;
	o = (off/4 + 7) / 8;
	if(o > cap)
		o = cap;
	while(o > 0 && map[o-1] == 0)
		o--;
	d = descsize(off, map, o);
	free(map);
	return d;
}

/* a call of module member mem (of module type mt) through handle h */
static Gopd
modcall(Node *n, Type *mt, Decl *mem, Gopd h, Type *ht, Node *self, Gopd *dst, int spawn)
{
	Type *ft, *rt;
	Gopd f, r;
	int at;

	ft = rtype(mem->ty);
	rt = rtype(ft->of);
	h = cell(h, ht);
	f = tmpword();
	if(ft->varargs){
		emit(IFRAME, imm(varframe(ft, n->list)), none, f);
	}else{
		at = emit(IMFRAME, h, imm(0), f);
		impfixup(at, 'm', mt, mem);
	}
	args(f, ft, self, n->list);
	if(!ft->varargs)
		hiddenargs(n, f, calladtparams(n), ft->tparams, framesize(ft));
	r = none;
	if(rt->kind != Tnone && !spawn){
		r = target(rt, dst);
		emit(ILEA, r, none, indopd(f, 16));
	}
	at = emit(spawn ? IMSPAWN : IMCALL, f, imm(0), h);
	impfixup(at, 'm', mt, mem);
	return r;
}

/* a call of a function compiled here */
static Gopd
localcall(Node *n, Fn *fn, Node *self, Gopd *dst, int spawn)
{
	Type *ft, *rt;
	Gopd f, r;
	int at;

	ft = rtype(fn->def->ty);
	rt = rtype(ft->of);
	f = tmpword();
	emit(IFRAME, imm(fn->desc), none, f);
	args(f, ft, self, n->list);
	hiddenargs(n, f, fnadtparams(fn), ft->tparams, framesize(ft));
	r = none;
	if(rt->kind != Tnone && !spawn){
		r = target(rt, dst);
		emit(ILEA, r, none, indopd(f, 16));
	}
	at = emit(spawn ? ISPAWN : ICALL, f, none, imm(-1));
	callfixup(at, fn);
	return r;
}

/* a call through a function reference held in ref; self the value before '.' if it is the first argument */
static Gopd
refcall(Node *n, Gopd ref, Type *reft, Node *self, Gopd *dst, int spawn)
{
	Type *ft, *rt;
	Gopd c, k, f, r;

	ft = rtype(reft);
	if(ft->kind == Tref)
		ft = rtype(ft->of);
	rt = rtype(ft->of);
	c = cell(ref, reft);
	k = tmpword();
	emit(IMOVW, indopd(c, 4), none, k);
	f = tmpword();
	emit(IMFRAME, indopd(c, 0), k, f);
	args(f, ft, self, n->list);
	r = none;
	if(rt->kind != Tnone && !spawn){
		r = target(rt, dst);
		emit(ILEA, r, none, indopd(f, 16));
	}
	emit(spawn ? IMSPAWN : IMCALL, f, k, indopd(c, 0));
	return r;
}

/*
 * Constraint functions. A type parameter's constraint (for { T =>
 * lt: fn(a, b: T): int; }) names functions the polymorphic body calls
 * as T.lt(a, b) or a.lt(b): the member functions of the adt T is
 * bound to, different from call to call while the body is compiled
 * once. The facts (limbo-lang.md, dis-link.md) do not say how
 * Inferno passes them, so this compiler's scheme is the simplest
 * that works: each constraint function is a hidden parameter, a
 * ref fn word. The words follow the declared parameters, from the
 * declared parameters' frame size (framesize, a multiple of 8), one
 * for each constraint function in order: those of the adt's type
 * parameters (for a member function of a polymorphic adt), then
 * those of the function's own, each parameter's as written. The
 * callee reserves them as its frame begins (polyframe, from
 * framebegin) and calls through them; the caller fills them from
 * the call's type arguments, which check.c records in the Ocall's
 * decls in the same order of parameters: T bound to ref Num passes a
 * reference to Num.lt, T bound to a type parameter of the caller
 * passes on the caller's own word. A reference to a function with
 * such words could not carry them, so it is refused.
 */

enum {
	Maxhidden = 64,
};

/* the constraint functions of type parameters adtps then fnps, in order (c may be nil): their number */
static int
hiddenof(Decl *adtps, Decl *fnps, Decl **c, int *tpi)
{
	Decl *p, *d;
	int n, j, pass;

	n = 0;
	j = 0;
	for(pass = 0; pass < 2; pass++)
		for(p = pass == 0 ? adtps : fnps; p != nil; p = p->next, j++)
			for(d = p->ty->ids; d != nil; d = d->next){
				if(d->kind != Dfn)
					continue;
				if(n >= Maxhidden)
					lfatal("too many constraint functions");
				if(c != nil){
					c[n] = d;
					tpi[n] = j;	/* its parameter's place among adtps and fnps */
				}
				n++;
			}
	return n;
}

/* the type parameters of the adt whose member function f is, or nil */
static Decl*
fnadtparams(Fn *f)
{
	Type *t;

	if(f->adt == nil)
		return nil;
	t = realtype(f->adt->ty);
	if(t == nil || t->kind != Tadt)
		return nil;
	return t->tparams;
}

static int
fnhidden(Fn *f, Decl **c, int *tpi)
{
	return hiddenof(fnadtparams(f), rtype(f->def->ty)->tparams, c, tpi);
}

/* the adt's type parameters for a call n of a member function of a module's adt */
static Decl*
calladtparams(Node *n)
{
	Type *t;

	if(n->l->op != Odot)
		return nil;
	t = rtype(n->l->l->ty);
	if(t->kind == Tref)
		t = rtype(t->of);
	if(t->kind != Tadt)
		return nil;
	if(t->bound != nil)
		t = rtype(t->bound);
	return t->tparams;
}

/* the type of a hidden word: a reference to a function of c's type */
static Type*
hiddentype(Decl *c)
{
	Type *t;

	t = mktype(Tref, c->src);
	t->of = c->ty;
	return t;
}

/* reserves f's hidden words, right after its parameters (called by framebegin) */
void
polyframe(Fn *f)
{
	Decl *c[Maxhidden];
	int tpi[Maxhidden], n, k;
	long base;

	n = fnhidden(f, c, tpi);
	base = framesize(rtype(f->def->ty));
	for(k = 0; k < n; k++)
		if(falloc(hiddentype(c[k])) != base + 4*k)
			ierror("a constraint function's word out of place");
}

/* the current function's hidden word holding constraint function c */
static Gopd
hiddenslot(Decl *c, Src src)
{
	Decl *cs[Maxhidden];
	int tpi[Maxhidden], n, k;

	n = fnhidden(gen.cur, cs, tpi);
	for(k = 0; k < n; k++)
		if(cs[k] == c)
			return fpopd(framesize(rtype(gen.cur->def->ty)) + 4*k);
	lerror(src, "internal error: %s is not a constraint function of %s", c->sym->name, gen.cur->name);
	lgiveup();
	return none;
}

/* the constraint function s of type parameter tp */
static Decl*
polyfn(Type *tp, Sym *s)
{
	Decl *d;

	for(d = tp->ids; d != nil; d = d->next)
		if(d->sym == s)
			return d;
	return nil;
}

/* into dst, the function that x, a type parameter's binding, supplies for constraint function c */
static void
constraintfn(Type *x, Decl *c, Node *call, Gopd dst)
{
	Type *a;
	Decl *m;
	Node *h, fake;

	x = realtype(x);
	if(x != nil && x->kind == Tpoly){
		m = polyfn(x, c->sym);
		if(m == nil)
			ierror("a type parameter without its constraint function");
		gstore(hiddentype(c), hiddenslot(m, call->src), dst);
		return;
	}
	if(x == nil || x->kind != Tref)
		nyi(call->src, "a type argument that is not a ref adt for a constraint");
	a = rtype(x->of);
	if(a->kind != Tadt && a->kind != Tpickvar)
		nyi(call->src, "a type argument that is not a ref adt for a constraint");
	m = member(a, c->sym);
	if(m == nil || m->kind != Dfn)
		ierror("a type argument without the constraint's function");
	memset(&fake, 0, sizeof fake);
	fake.op = Oname;
	fake.src = call->src;
	fake.ty = hiddentype(m);
	fake.decl = m;
	if(fnof(m) != nil){
		gfnref(&fake, m, &dst);
		return;
	}
	h = adtof(a) != nil ? adthandle(adtof(a)) : nil;
	if(h == nil)
		nyi(call->src, "a constraint function of an adt not imported from a module handle");
	gmodfnref(&fake, rtype(h->ty), m, gexpr(h, nil), h->ty, &dst);
}

/* fills the hidden words, from base in frame f, of call n of a function with type parameters adtps (its adt's) and fnps */
static void
hiddenargs(Node *n, Gopd f, Decl *adtps, Decl *fnps, long base)
{
	Decl *c[Maxhidden], *d;
	int tpi[Maxhidden], k, j, nh;

	nh = hiddenof(adtps, fnps, c, tpi);
	for(k = 0; k < nh; k++){
		for(d = n->decls, j = 0; d != nil && j < tpi[k]; d = d->next)
			j++;
		if(d == nil)
			nyi(n->src, "a call whose type arguments are not known");
		constraintfn(d->ty, c[k], n, indopd(f, base + 4*k));
	}
}

/* T.f(args) or x.f(args), f a constraint function of type parameter T: through its hidden word */
static Gopd
polycall(Node *n, Type *tp, Node *self, Gopd *dst, int spawn)
{
	Decl *c;

	c = polyfn(tp, n->l->sym);
	if(c == nil || c->kind != Dfn)
		nyi(n->src, "this use of a type parameter's constraint");
	return refcall(n, hiddenslot(c, n->src), hiddentype(c), self, dst, spawn);
}

extern Node	*gentree;

static Gopd
gcall(Node *n, Gopd *dst, int spawn)
{
	Node *l, *h;
	Decl *d, *m, *a;
	Type *t;
	Fn *fn;
	Gopd v;

	l = n->l;
	if(l->ty != nil && rtype(l->ty)->kind == Texception)	/* E(args), M->E(args) */
		return gexcvalue(n, rtype(l->ty), dst);
	if((l->op == Oindex || l->op == Oinst) && l->istype)	/* Adt[T](args) */
		return gconstruct(n, rtype(n->ty), dst);
	if(l->op == Oinst)	/* f[T](args): check.c put the bindings in n->decls */
		l = l->l;
	switch(l->op){
	case Oname:
		d = l->decl;
		if(d == nil)
			lgiveup();
		if(l->istype)
			return gconstruct(n, rtype(n->ty), dst);
		if(d->kind == Dimport && d->member != nil && d->member->kind == Dfn){
			h = importhandle(d);
			return modcall(n, rtype(h->ty), d->member, gexpr(h, nil), h->ty, nil, dst, spawn);
		}
		if(d->kind == Dfn){
			fn = fnof(d);
			if(fn == nil)
				nyi(n->src, "a call of a function not defined here");
			return localcall(n, fn, nil, dst, spawn);
		}
		if(d->kind == Dexc)
			return gexcvalue(n, rtype(l->ty), dst);
		break;
	case Omdot:
		t = rtype(l->l->ty);
		if(t->kind != Tmodule)
			break;
		m = modmember(t, l->sym);
		if(m == nil)
			lgiveup();
		if(m->kind == Dfn)
			return modcall(n, t, m, gexpr(l->l, nil), l->l->ty, nil, dst, spawn);
		if(l->istype)
			return gconstruct(n, rtype(n->ty), dst);
		break;
	case Odot:
		if(l->istype)
			return gconstruct(n, rtype(n->ty), dst);
		t = rtype(l->l->ty);
		if(t->kind == Tpoly)	/* T.f(args) or x.f(args): a constraint function */
			return polycall(n, t, l->l->istype ? nil : l->l, dst, spawn);
		if(l->l->istype){
			/* Adt.f(args): a plain call of the member */
			if(t->kind == Tref)
				t = rtype(t->of);
			m = member(t, l->sym);
			if(m == nil || m->kind != Dfn)
				break;
			fn = fnof(m);
			if(fn != nil)
				return localcall(n, fn, nil, dst, spawn);
			a = adtof(t);
			h = a != nil ? adthandle(a) : nil;
			if(h == nil)
				nyi(n->src, "a call of a member of an adt not imported from a module handle");
			return modcall(n, rtype(h->ty), m, gexpr(h, nil), h->ty, nil, dst, spawn);
		}
		{
			Type *at = t->kind == Tref ? rtype(t->of) : t;
			if(at->kind == Tadt || at->kind == Tpickvar){
				m = member(at, l->sym);
				if(m != nil && m->kind == Dfn){
					Node *self = rtype(m->ty)->ids != nil && rtype(m->ty)->ids->self ? l->l : nil;
					fn = fnof(m);
					if(fn != nil)
						return localcall(n, fn, self, dst, spawn);
					a = adtof(at);
					h = a != nil ? adthandle(a) : nil;
					if(h == nil)
						nyi(n->src, "a call of a member of an adt not imported from a module handle");
					return modcall(n, rtype(h->ty), m, gexpr(h, nil), h->ty, self, dst, spawn);
				}
			}
		}
		break;
	}
	/* through a function reference */
	t = rtype(l->ty);
	if(t->kind == Tref && rtype(t->of)->kind == Tfn){
		v = gexpr(l, nil);
		return refcall(n, v, t, nil, dst, spawn);
	}
	nyi(n->src, "this kind of call");
	return none;
}

Gopd
gspawn(Node *call)
{
	return gcall(call, nil, 1);
}

/* a reference to local function d: (the $self handle, its slot) */
static Gopd
gfnref(Node *n, Decl *d, Gopd *dst)
{
	Fn *fn;
	Gopd r, h;
	uchar map[1] = { 0x80 };
	int at;

	fn = fnof(d);
	if(fn != nil && fnhidden(fn, nil, nil) > 0)	/* a reference cannot carry them */
		nyi(n->src, "a reference to a function whose type parameters have constraints");
	fn = selffn(d);
	if(fn == nil)
		nyi(n->src, "a reference to a function not defined here");
	r = tmp(rtype(n->ty));
	emit(INEW, imm(descsize(8, map, 1)), none, r);
	h = mpopd(selfhandle());
	emit(IMOVP, h, none, indopd(r, 0));
	at = emit(IMOVW, imm(0), none, indopd(r, 4));
	selffixup(at, 's', d);
	return result(rtype(n->ty), r, dst);
}

/* a reference to module member mem (of module type mt) through handle h */
static Gopd
gmodfnref(Node *n, Type *mt, Decl *mem, Gopd h, Type *ht, Gopd *dst)
{
	Gopd r;
	uchar map[1] = { 0x80 };
	int at;

	r = tmp(rtype(n->ty));
	emit(INEW, imm(descsize(8, map, 1)), none, r);
	gstore(ht, h, indopd(r, 0));
	at = emit(IMOVW, imm(0), none, indopd(r, 4));
	impfixup(at, 's', mt, mem);
	return result(rtype(n->ty), r, dst);
}

/*
 * The dispatcher
 */

Gopd
gexpr(Node *n, Gopd *dst)
{
	Type *t;
	Decl *d;
	Gopd v;

	if(n == nil)
		ierror("no expression");
	t = n->ty != nil ? rtype(n->ty) : tint;
	switch(n->op){
	case Oconst: case Oreal: case Ostring: case Onil:
		return result(t, constant(n), dst);
	case Oname:
		d = n->decl;
		if(d != nil && d->kind == Dfn)
			return gfnref(n, d, dst);
		if(d != nil && d->kind == Dimport && d->member != nil && d->member->kind == Dfn){
			Node *h = importhandle(d);
			return gmodfnref(n, rtype(h->ty), d->member, gexpr(h, nil), h->ty, dst);
		}
		return result(t, gname(n), dst);
	case Omdot:
		if((d = constdecl(n)) != nil)
			return result(t, constas(valueof(d), t), dst);
		if(rtype(n->l->ty)->kind == Tmodule && (d = modmember(rtype(n->l->ty), n->sym)) != nil && d->kind == Dfn)
			return gmodfnref(n, rtype(n->l->ty), d, gexpr(n->l, nil), n->l->ty, dst);
		return result(t, gaddr(n), dst);
	case Odot: case Oderef:
		if((d = constdecl(n)) != nil)
			return result(t, constas(valueof(d), t), dst);
		return result(t, gaddr(n), dst);
	case Oindex:
		if(rtype(n->l->ty)->kind == Tstring){
			Gopd s = gexpr(n->l, nil);
			Gopd i = mid(gindex(n->r), tint);
			Gopd r = target(tint, dst);
			emit(IINDC, s, i, r);
			return r;
		}
		return result(t, element(n), dst);
	case Oslice:
		return gslice(n, dst);
	case Ocall:
		v = gcall(n, dst, 0);
		return v;
	case Oinst:
		/* f[T] as a value: the one body, as for f */
		if(n->l->op == Oname && n->l->decl != nil && n->l->decl->kind == Dfn)
			return gfnref(n, n->l->decl, dst);
		break;
	case Otuple:
		return gtuple(n, dst);
	case Oref:
		return gref(n, dst);
	case Oplus:
		return gexpr(n->l, dst);
	case Oneg: case Ocomp:
		return unary(n, dst);
	case Onot: case Oandand: case Ooror:
	case Oeq: case Oneq: case Olt: case Oleq: case Ogt: case Ogeq:
		return truth(n, dst);
	case Oadd: case Osub: case Omul: case Odiv: case Omod:
	case Oand: case Oor: case Oxor: case Olsh: case Orsh: case Oexp:
		return binary(n, dst);
	case Ocast:
		return gcast(n, dst);
	case Olen:
		{
			Gopd s = gexpr(n->l, nil);
			Gopd r = target(tint, dst);
			int op = lenop(n->l->ty);
			if(op < 0)
				emit(IMOVW, imm(0), none, r);	/* len nil */
			else
				emit(op, s, none, r);
			return r;
		}
	case Ohd:
		{
			Gopd l = gexpr(n->l, nil), m;
			Gopd r = target(t, dst);
			int op = headop(t, &m);
			emit(op, l, m, r);
			return r;
		}
	case Otl:
		{
			Gopd l = gexpr(n->l, nil);
			Gopd r = target(t, dst);
			emit(ITAIL, l, none, r);
			return r;
		}
	case Ocons:
		return gcons(n, dst);
	case Olistof:
		return glistof(n, dst);
	case Oarray:
		return garray(n, dst);
	case Ochan:
		return gchan(n, dst);
	case Otagof:
		return gtagof(n, dst);
	case Orcv:
		return grecv(n, dst);
	case Osnd:
		return result(t, gsend(n), dst);
	case Oload:
		return gload(n, dst);
	case Oas: case Odas:
		return gassignexpr(n, dst);
	case Oaddas: case Osubas: case Omulas: case Odivas: case Omodas:
	case Oandas: case Ooras: case Oxoras: case Olshas: case Orshas: case Oexpas:
		return result(t, opassign(n), dst);
	case Opreinc: case Opredec: case Opostinc: case Opostdec:
		return incdec(n, dst);
	}
	nyi(n->src, "this expression");
	return none;
}
