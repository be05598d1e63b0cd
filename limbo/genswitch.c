/*
 * Code generation for the statements that dispatch: case (case,
 * casel, casec on a table in module data), pick (case on the tag
 * word), alt (an alt table in the frame, alt or nbalt, then goto on a
 * table in module data), exception blocks (entries of the handler
 * section) and raise, with the exception values they need. Tables
 * hold the arms' pcs, so their words are written as data items once
 * the arms are compiled.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include "limbo.h"
#include "gen.h"
#include "genint.h"

/*
 * case and pick
 */

/* a case label: [lo, hi) for int and big; for strings slo to shi inclusive, or exactly slo when !range */
typedef struct Clab Clab;
struct Clab {
	vlong	lo, hi;
	Str	slo, shi;
	int	range;
	int	tomax;		/* int or big: up to the largest value, which [lo, hi) cannot reach */
	int	arm;
};

static int
strcmp_(Str a, Str b)
{
	int n, c;

	n = a.n < b.n ? a.n : b.n;
	c = memcmp(a.s, b.s, n);
	if(c == 0)
		c = a.n - b.n;
	return c < 0 ? -1 : c > 0;
}

static int
bylo(const void *a, const void *b)
{
	const Clab *x = a, *y = b;

	return x->lo < y->lo ? -1 : x->lo > y->lo;
}

static int
byslo(const void *a, const void *b)
{
	const Clab *x = a, *y = b;

	return strcmp_(x->slo, y->slo);
}

static int
countquals(Node *arms)
{
	Node *a, *q;
	int n;

	n = 0;
	for(a = arms; a != nil; a = a->next)
		for(q = a->list; q != nil; q = q->next)
			n++;
	return n;
}

/* a value an instruction can read as its source: immediates of a word's width go through a word */
static Gopd
readable(Gopd v)
{
	Gopd w;

	if(v.mode != Gimm)
		return v;
	w = tmpword();
	emit(IMOVW, v, none, w);
	return w;
}

/*
 * The dispatch on v (of kind Tint, Tbig or Tstring) through labels c
 * to the bodies of arms (wild: the * arm's number, or -1), then the
 * bodies, each a scope that break (label or not) leaves.
 */
static void
gtable(int kind, Gopd v, Clab *c, int nlab, Node *arms, int wild, Sym *label)
{
	Node *a;
	Chain end, top;
	long tab;
	int i, j, k, narm, *armpc, dflt, toparm;

	if(kind == Tstring)
		qsort(c, nlab, sizeof *c, byslo);
	else
		qsort(c, nlab, sizeof *c, bylo);
	if(kind == Tint){
		/* adjacent ranges going to one arm become one */
		for(i = j = 0; i < nlab; i++){
			if(j > 0 && c[j-1].arm == c[i].arm && c[j-1].hi == c[i].lo){
				c[j-1].hi = c[i].hi;
				c[j-1].tomax = c[i].tomax;
			}else
				c[j++] = c[i];
		}
		nlab = j;
	}
	/* the largest value gets a branch of its own; the table covers below it */
	top = -1;
	toparm = -1;
	if(kind != Tstring && nlab > 0 && c[nlab-1].tomax){
		if(kind == Tbig){
			top = emit(IBEQL, v, mpopd(mpbig(0x7fffffffffffffffLL)), imm(-1));
			c[nlab-1].hi = 0x7fffffffffffffffLL;
		}else{
			top = emit(IBEQW, v, mpopd(mpword(0x7fffffff)), imm(-1));
			c[nlab-1].hi = 0x7fffffff;
		}
		toparm = c[nlab-1].arm;
		if(c[nlab-1].lo == c[nlab-1].hi)
			nlab--;
	}
	switch(kind){
	case Tbig:
		tab = mpbytes(8 + 24*nlab + 4, 8);
		emit(ICASEL, v, none, mpopd(tab));
		break;
	case Tstring:
		tab = mpbytes(4 + 12*nlab + 4, 4);
		emit(ICASEC, v, none, mpopd(tab));
		break;
	default:
		tab = mpbytes(4 + 12*nlab + 4, 4);
		emit(ICASE, readable(v), none, mpopd(tab));
		break;
	}

	narm = 0;
	for(a = arms; a != nil; a = a->next)
		narm++;
	armpc = lalloc((narm + 1) * sizeof *armpc);
	pushloop(label, 0);
	end = -1;
	for(a = arms, k = 0; a != nil; a = a->next, k++){
		armpc[k] = pc();
		gstmt(a->body);
		if(a->next != nil)
			end = append(end, jump());
	}
	patch(end, pc());
	if(top >= 0)
		patch(top, armpc[toparm]);
	dflt = wild >= 0 ? armpc[wild] : pc();
	poploop(pc());

	dataword(tab, nlab);
	for(i = 0; i < nlab; i++){
		switch(kind){
		case Tbig:
			databig(tab + 8 + 24*i, c[i].lo);
			databig(tab + 8 + 24*i + 8, c[i].hi);
			dataword(tab + 8 + 24*i + 16, armpc[c[i].arm]);
			break;
		case Tstring:
			datastr(tab + 4 + 12*i, c[i].slo);
			if(c[i].range)
				datastr(tab + 4 + 12*i + 4, c[i].shi);
			else
				datastr(tab + 4 + 12*i + 4, (Str){nil, 0});	/* nil: exactly lo */
			dataword(tab + 4 + 12*i + 8, armpc[c[i].arm]);
			break;
		default:
			dataword(tab + 4 + 12*i, (int)c[i].lo);
			dataword(tab + 4 + 12*i + 4, (int)c[i].hi);
			dataword(tab + 4 + 12*i + 8, armpc[c[i].arm]);
			break;
		}
	}
	dataword(kind == Tbig ? tab + 8 + 24*nlab : tab + 4 + 12*nlab, dflt);
}

/* a qualifier's constant */
static Node*
qconst(Node *q)
{
	Node *v;

	v = constexpr(q);
	if(v == nil)
		lgiveup();	/* reported by the checks */
	return v;
}

void
gcase(Node *n)
{
	Node *a, *q, *lo, *hi;
	Clab *c;
	Gopd v;
	int kind, nlab, k, wild;

	kind = rtype(n->l->ty)->kind;
	if(kind != Tint && kind != Tbig && kind != Tstring)
		nyi(n->src, "a case on this type");
	v = gexpr(n->l, nil);
	c = lalloc((countquals(n->list) + 1) * sizeof *c);
	nlab = 0;
	wild = -1;
	for(a = n->list, k = 0; a != nil; a = a->next, k++)
		for(q = a->list; q != nil; q = q->next){
			if(q->op == Owild){
				wild = k;
				continue;
			}
			if(q->op == Orange){
				lo = qconst(q->l);
				hi = qconst(q->r);
			}else
				lo = hi = qconst(q);
			if(kind == Tstring){
				c[nlab].slo = lo->sval;
				c[nlab].shi = hi->sval;
				c[nlab].range = q->op == Orange;
			}else if(kind == Tbig){
				c[nlab].lo = lo->ival;
				c[nlab].tomax = hi->ival == 0x7fffffffffffffffLL;
				c[nlab].hi = c[nlab].tomax ? hi->ival : hi->ival + 1;
			}else{
				/* ints compare as 32-bit words */
				c[nlab].lo = (int)lo->ival;
				c[nlab].hi = (vlong)(int)hi->ival + 1;
				c[nlab].tomax = (int)hi->ival == 0x7fffffff;
			}
			c[nlab].arm = k;
			nlab++;
		}
	gtable(kind, v, c, nlab, n->list, wild, n->label);
}

/* the tag number of variant name s in pick adt t */
static int
tagnumber(Type *t, Sym *s, Src src)
{
	Decl *d;
	int k;

	k = 0;
	for(d = t->tags; d != nil; d = d->next, k++)
		if(d->sym == s)
			return k;
	lerror(src, "internal error: %s is not a variant", s != nil ? s->name : "?");
	lgiveup();
	return -1;
}

/*
 * pick v := e: a case on the tag, word 0 of the object. Every arm's v
 * shares one slot holding the reference (its type differs by arm,
 * its value does not).
 */
void
gpick(Node *n)
{
	Type *t, *adt;
	Node *a, *q;
	Clab *c;
	Gopd slot;
	int nlab, k, wild, tag;

	t = rtype(n->l->ty);
	if(t->kind != Tref)
		nyi(n->src, "pick on an adt value (not a ref)");
	adt = rtype(t->of);
	if(adt->kind == Tpickvar)
		adt = rtype(adt->of);
	slot = fpopd(falloc(t));
	gexpr(n->l, &slot);
	c = lalloc((countquals(n->list) + 1) * sizeof *c);
	nlab = 0;
	wild = -1;
	for(a = n->list, k = 0; a != nil; a = a->next, k++){
		if(a->decl != nil){
			a->decl->where = Wfp;
			a->decl->offset = slot.v;
		}
		for(q = a->list; q != nil; q = q->next){
			if(q->op == Owild){
				wild = k;
				continue;
			}
			tag = tagnumber(adt, q->sym, q->src);
			c[nlab].lo = tag;
			c[nlab].hi = tag + 1;
			c[nlab].arm = k;
			nlab++;
		}
	}
	gtable(Tint, indopd(slot, 0), c, nlab, n->list, wild, n->label);
}

/*
 * alt and receiving from arrays of channels
 */

/* the alt table of n entries: nsend, nrecv, then (channel, address) pairs */
static Type*
alttype(int n, Src src)
{
	Type *t;
	Decl **tail, *d;
	int i;

	t = mktype(Ttuple, src);
	tail = &t->ids;
	for(i = 0; i < 2 + 2*n; i++){
		d = mkdecl(Dfield, nil, src);
		/* channel words are pointers, kept counted in the frame */
		d->ty = i >= 2 && i % 2 == 0 ? tstring : tint;
		*tail = d;
		tail = &d->next;
	}
	return t;
}

/* a name for a frame slot of type t, for assignments the tree did not write */
static Node*
slotname(Type *t, long off, Src src)
{
	Decl *d;
	Node *x;

	d = mkdecl(Dvar, nil, src);
	d->ty = t;
	d->where = Wfp;
	d->offset = off;
	x = mknode(Oname, src);
	x->decl = d;
	x->ty = t;
	return x;
}

/* the address of a value in its table word; immediates go through a temporary of type t */
static void
altaddr(Gopd v, Type *t, Gopd word)
{
	Gopd x;

	if(v.mode == Gimm || v.mode == Gnone){
		x = tmp(t);
		gstore(t, v, x);
		v = x;
	}
	emit(ILEA, v, none, word);
}

/* one communication of an alt */
typedef struct Alte Alte;
struct Alte {
	Node	*q;		/* the qualifier */
	Node	*rcv;		/* its Orcv, or nil for a send */
	int	arm;
	long	dst;		/* receive: frame slot of a value assigned in the arm, or -1 */
	int	pc;		/* where its arm starts for it */
};

void
galt(Node *n)
{
	Node *a, *q, as;
	Alte *e, **order;
	Gopd tbl, idx, c, v, d;
	Type *rt;
	Chain end, tobody;
	long gtab;
	int ne, nsend, nrecv, i, j, k, wild, wildpc, last;

	ne = countquals(n->list);
	e = lalloc((ne + 1) * sizeof *e);
	order = lalloc((ne + 1) * sizeof *order);
	ne = 0;
	wild = -1;
	for(a = n->list, k = 0; a != nil; a = a->next, k++)
		for(q = a->list; q != nil; q = q->next){
			if(q->op == Owild){
				wild = k;
				continue;
			}
			e[ne].q = q;
			e[ne].arm = k;
			e[ne].dst = -1;
			if(q->op == Orcv)
				e[ne].rcv = q;
			else if((q->op == Odas || q->op == Oas) && q->r->op == Orcv)
				e[ne].rcv = q->r;
			else if(q->op != Osnd)
				nyi(q->src, "this alt qualifier");
			ne++;
		}
	/* the table lists the sends first */
	nsend = 0;
	for(i = 0; i < ne; i++)
		if(e[i].rcv == nil)
			order[nsend++] = &e[i];
	nrecv = 0;
	for(i = 0; i < ne; i++)
		if(e[i].rcv != nil)
			order[nsend + nrecv++] = &e[i];

	tbl = tmp(alttype(ne, n->src));
	emit(IMOVW, imm(nsend), none, tbl);
	emit(IMOVW, imm(nrecv), none, opdoff(tbl, 4));
	for(j = 0; j < ne; j++){
		Alte *x = order[j];
		q = x->q;
		gen.src = q->src;
		if(x->rcv == nil){
			rt = rtype(rtype(q->l->ty)->of);
			c = gexpr(q->l, nil);
			v = gexpr(q->r, nil);
			emit(IMOVP, c, none, opdoff(tbl, 8 + 8*j));
			altaddr(v, rt, opdoff(tbl, 12 + 8*j));
			continue;
		}
		rt = rtype(x->rcv->ty);
		c = gexpr(x->rcv->l, nil);
		if(q->op == Odas && q->l->op == Oname && q->l->decl != nil){
			/* v := <-c: straight into v */
			gdeclare(q->l->decl);
			d = fpopd(q->l->decl->offset);
		}else{
			/* kept for the arm's assignment, past the statements' temporaries */
			x->dst = falloc(rt);
			d = fpopd(x->dst);
		}
		emit(IMOVP, c, none, opdoff(tbl, 8 + 8*j));
		emit(ILEA, d, none, opdoff(tbl, 12 + 8*j));
	}
	gen.src = n->src;
	idx = tmpword();
	emit(wild >= 0 ? INBALT : IALT, tbl, none, idx);
	gtab = mpbytes(4 * (1 + ne + (wild >= 0)), 4);
	emit(IGOTO, idx, none, mpopd(gtab + 4));

	pushloop(n->label, 0);
	end = -1;
	wildpc = -1;
	for(a = n->list, k = 0; a != nil; a = a->next, k++){
		/* each communication's own start (its assignment), then the shared body */
		last = -1;
		for(i = 0; i < ne; i++)
			if(e[i].arm == k)
				last = i;
		tobody = -1;
		for(i = 0; i <= last; i++){
			if(e[i].arm != k)
				continue;
			e[i].pc = pc();
			q = e[i].q;
			if(e[i].dst >= 0 && q->op != Orcv){
				gen.src = q->src;
				as = *q;
				as.r = slotname(rtype(e[i].rcv->ty), e[i].dst, q->src);
				gexpr(&as, nil);
			}
			if(i != last)
				tobody = append(tobody, jump());
		}
		patch(tobody, pc());
		if(k == wild)
			wildpc = pc();
		gstmt(a->body);
		if(a->next != nil)
			end = append(end, jump());
	}
	patch(end, pc());
	poploop(pc());

	dataword(gtab, ne + (wild >= 0));
	for(j = 0; j < ne; j++)
		dataword(gtab + 4 + 4*j, order[j]->pc);
	if(wild >= 0)
		dataword(gtab + 4 + 4*ne, wildpc);
}

/* <-a, a an array of channels: an alt on its one entry; the value is (index, element) */
Gopd
grecvarray(Node *n, Gopd *dst)
{
	Type *t;
	Gopd tbl, c, d;

	t = rtype(n->ty);
	c = gexpr(n->l, nil);
	d = dst != nil ? *dst : tmp(t);
	tbl = tmp(alttype(1, n->src));
	emit(IMOVW, imm(0), none, tbl);
	emit(IMOVW, imm(1), none, opdoff(tbl, 4));
	emit(IMOVP, c, none, opdoff(tbl, 8));
	emit(ILEA, d, none, opdoff(tbl, 12));
	emit(IALT, tbl, none, tmpword());
	return d;
}

/*
 * Exceptions
 */

/* the module whose interface declares exception d, or nil */
static Decl*
excmodule(Node *l, Decl *d)
{
	Decl *m, *x;

	for(; l != nil; l = l->next){
		if(l->op == Oinclude && (m = excmodule(l->list, d)) != nil)
			return m;
		if(l->op != Odecl)
			continue;
		for(m = l->decls; m != nil; m = m->next)
			if(m->kind == Dtype && m->ty != nil && m->ty->kind == Tmodule && m->ty->decl == m)
				for(x = m->ty->ids; x != nil; x = x->next)
					if(x == d)
						return m;
	}
	return nil;
}

/*
 * The identity of exception d (limbo-lang.md 6): Module.[function.]depth.Name,
 * the module being the one whose interface declares it (depth 1), else
 * the implemented one (depth 0 at top level; inside a function, the
 * depth of the scope declaring it).
 */
static char*
excname(Decl *d)
{
	Decl *m;
	char buf[512];

	m = excmodule(gentree, d);
	if(m != nil)
		snprintf(buf, sizeof buf, "%s.1.%s", m->sym->name, d->sym->name);
	else if(d->scope <= 1 || gen.cur == nil)
		snprintf(buf, sizeof buf, "%s.0.%s", gen.impl->sym->name, d->sym->name);
	else
		snprintf(buf, sizeof buf, "%s.%s.%d.%s", gen.impl->sym->name,
			gen.cur->decl->sym->name, d->scope - 1, d->sym->name);
	return lstrdup(buf, strlen(buf));
}

/* the exception a name (E, M->E, an import of one) denotes, or nil */
static Decl*
excdecl(Node *q)
{
	Decl *d;
	Type *t;

	d = nil;
	switch(q->op){
	case Oname:
		d = q->decl;
		break;
	case Omdot:
		t = rtype(q->l->ty);
		if(t->kind == Tmodule)
			for(d = t->ids; d != nil; d = d->next)
				if(d->sym == q->sym)
					break;
		break;
	}
	while(d != nil && d->kind == Dimport)
		d = d->member;
	if(d == nil || d->kind != Dexc)
		return nil;
	return d;
}

/*
 * E(args) or E: a new exception object (dis-isa.md 4): word 0 its
 * identity string, word 1 zero, the values from offset 8. The
 * exception type's fields are laid out from 0 (types.c) and their
 * largest alignment is at most 8, so each value is at 8 + its offset;
 * unpack (genexpr.c) reads them there.
 */
Gopd
gexcvalue(Node *e, Type *exc, Gopd *dst)
{
	Node *name, *a;
	Decl *d, *f;
	Type *t;
	Gopd r, fd;
	uchar *map;
	long size, nmap;
	int desc;
	char *id;
	Str s;

	name = e->op == Ocall ? e->l : e;
	d = excdecl(name);
	if(d == nil)
		nyi(e->src, "this exception value");
	t = rtype(exc);
	size = 8 + t->size;
	nmap = (size/4 + 7) / 8;
	map = lalloc(nmap + 1);
	map[0] = 0x80;
	for(f = t->ids; f != nil; f = f->next)
		if(f->kind == Dfield)
			pointermap(map, nmap, f->ty, 8 + f->offset);
	desc = descsize(size, map, nmap);
	r = tmp(tstring);
	emit(INEWZ, imm(desc), none, r);
	id = excname(d);
	s.s = id;
	s.n = strlen(id);
	emit(IMOVP, mpopd(mpstr(s)), none, indopd(r, 0));
	if(e->op == Ocall){
		f = t->ids;
		for(a = e->list; a != nil; a = a->next){
			while(f != nil && f->kind != Dfield)
				f = f->next;
			if(f == nil)
				ierror("too many values for an exception");
			if(!(a->op == Onil && !isptr(f->ty))){
				fd = indopd(r, 8 + f->offset);
				gexpr(a, &fd);
			}
			f = f->next;
		}
	}
	if(dst != nil){
		gstore(tstring, r, *dst);
		return *dst;
	}
	return r;
}

/*
 * The exception slots of the handler arms being compiled, innermost
 * last: raise without a value raises the innermost's. Entries left
 * by a compilation that gave up belong to another Fn and are dropped.
 */
enum { Maxarmnest = 128 };
static struct {
	Fn	*fn;
	long	eoff;
} armstack[Maxarmnest];
static int	narmstack;

static void
pusharm(long eoff)
{
	if(narmstack > 0 && armstack[narmstack-1].fn != gen.cur)
		narmstack = 0;
	if(narmstack == Maxarmnest)
		lfatal("exception handlers nested too deeply");
	armstack[narmstack].fn = gen.cur;
	armstack[narmstack].eoff = eoff;
	narmstack++;
}

static void
poparm(void)
{
	if(narmstack > 0)
		narmstack--;
}

void
graise(Node *n)
{
	Type *t;
	Gopd v;

	if(n->l == nil){
		if(narmstack == 0 || armstack[narmstack-1].fn != gen.cur){
			lerror(n->src, "raise without a value outside an exception handler");
			return;
		}
		emit(IRAISE, fpopd(armstack[narmstack-1].eoff), none, none);
		return;
	}
	t = rtype(n->l->ty);
	if(t->kind == Texception && excdecl(n->l) != nil)
		v = gexcvalue(n->l, t, nil);	/* raise E */
	else
		v = gexpr(n->l, nil);	/* a string, E(args), or a handler's variable */
	if(v.mode == Gimm || v.mode == Gnone)
		ierror("raise of an immediate");
	emit(IRAISE, v, none, none);
}

/* a handler's pattern: typed ones name exceptions (their identities) */
typedef struct Elab Elab;
struct Elab {
	char	*pat;
	int	typed;
	int	arm;
};

/* typed names, then exact strings, then prefixes longest first; ties in byte order */
static int
elabclass(const Elab *e)
{
	size_t n;

	if(e->typed)
		return 0;
	n = strlen(e->pat);
	return n > 0 && e->pat[n-1] == '*' ? 2 : 1;
}

static int
byspecific(const void *a, const void *b)
{
	const Elab *x = a, *y = b;
	int cx, cy;
	size_t lx, ly;

	cx = elabclass(x);
	cy = elabclass(y);
	if(cx != cy)
		return cx - cy;
	if(cx == 2){
		lx = strlen(x->pat);
		ly = strlen(y->pat);
		if(lx != ly)
			return lx > ly ? -1 : 1;
	}
	return strcmp(x->pat, y->pat);
}

static int
addhandler(long eoff, int pc1, int pc2)
{
	Ghandler *h;

	if(gen.o.nhandler == gen.caphandler){
		gen.caphandler = gen.caphandler ? 2*gen.caphandler : 16;
		h = realloc(gen.o.handler, gen.caphandler * sizeof *h);
		if(h == nil)
			lfatal("out of memory");
		gen.o.handler = h;
	}
	h = &gen.o.handler[gen.o.nhandler];
	memset(h, 0, sizeof *h);
	h->eoff = eoff;
	h->pc1 = pc1;
	h->pc2 = pc2;
	/*
	 * No slots to clear: every pointer slot of our frames holds nil
	 * or a counted reference at every instruction, so a local of
	 * the guarded block left holding its value is only kept alive
	 * a little longer.
	 */
	h->desc = -1;
	h->wildpc = -1;
	return gen.o.nhandler++;
}

/*
 * { block } exception [e] { arms }: the block's instructions are the
 * protected range; its handler entry is added when the block is done,
 * so blocks inside it come first in the table (dis-format.md 9). The
 * exception lands in one pointer slot, which every arm's variable
 * names.
 */
void
gexcept(Node *n)
{
	Node *a, *q, *v;
	Elab *lab;
	Decl *d;
	Ghandler *h;
	Chain end;
	long eoff;
	int pc1, pc2, hi, nlab, k, wild, *armpc, i, ne;

	eoff = falloc(tstring);
	pc1 = pc();
	gstmt(n->l);
	pc2 = pc();
	gen.src = n->src;
	end = jump();
	hi = addhandler(eoff, pc1, pc2);

	lab = lalloc((countquals(n->list) + 1) * sizeof *lab);
	nlab = 0;
	wild = -1;
	k = 0;
	for(a = n->list; a != nil; a = a->next, k++){
		if(a->decl != nil){
			a->decl->where = Wfp;
			a->decl->offset = eoff;
		}
		for(q = a->list; q != nil; q = q->next){
			if(q->op == Owild){
				wild = k;
				continue;
			}
			if((d = excdecl(q)) != nil){
				lab[nlab].pat = excname(d);
				lab[nlab].typed = 1;
			}else{
				v = q->op == Ostring ? q : constexpr(q);
				if(v == nil || v->op != Ostring)
					nyi(q->src, "this exception qualifier");
				lab[nlab].pat = lstrdup(v->sval.s, v->sval.n);
				lab[nlab].typed = 0;
			}
			lab[nlab].arm = k;
			nlab++;
		}
	}
	qsort(lab, nlab, sizeof *lab, byspecific);

	armpc = lalloc((k + 1) * sizeof *armpc);
	pusharm(eoff);
	k = 0;
	for(a = n->list; a != nil; a = a->next, k++){
		armpc[k] = pc();
		gstmt(a->body);
		if(a->next != nil)
			end = append(end, jump());
	}
	poparm();
	patch(end, pc());

	h = &gen.o.handler[hi];
	ne = 0;
	for(i = 0; i < nlab; i++)
		if(lab[i].typed)
			ne++;
	h->ne = ne;
	h->nlab = nlab;
	h->lab = lalloc((nlab + 1) * sizeof *h->lab);
	h->labpc = lalloc((nlab + 1) * sizeof *h->labpc);
	for(i = 0; i < nlab; i++){
		h->lab[i] = lab[i].pat;
		h->labpc[i] = armpc[lab[i].arm];
	}
	h->wildpc = wild >= 0 ? armpc[wild] : -1;
}
