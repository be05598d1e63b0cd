/*
 * Structural type equality, Inferno's type strings and the 32-bit
 * signatures made from them (dis-link.md section 2), with our own
 * MD5 (RFC 1321). Works on bound types: a Tname stands for its
 * Type.bound. An unbound name (already reported) writes '?'.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <math.h>
#include "limbo.h"

/*
 * MD5
 */

typedef struct Md5 Md5;
struct Md5 {
	uint	h[4];
	uchar	buf[64];
	int	nbuf;
	uvlong	len;
};

static uint	md5k[64];
static const uchar md5s[4][4] = {
	{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21},
};

static void
md5init(Md5 *m)
{
	int i;

	if(md5k[0] == 0)
		for(i = 0; i < 64; i++)	/* RFC 1321: the integer part of 2^32 * |sin(i+1)| */
			md5k[i] = (uint)(uvlong)floor(fabs(sin(i + 1)) * 4294967296.0);
	m->h[0] = 0x67452301;
	m->h[1] = 0xefcdab89;
	m->h[2] = 0x98badcfe;
	m->h[3] = 0x10325476;
	m->nbuf = 0;
	m->len = 0;
}

static uint
rotl(uint x, int n)
{
	return (x << n) | (x >> (32 - n));
}

static void
md5block(Md5 *m, uchar *p)
{
	uint w[16], a, b, c, d, f, t;
	int i, g;

	for(i = 0; i < 16; i++)
		w[i] = p[4*i] | p[4*i+1] << 8 | p[4*i+2] << 16 | (uint)p[4*i+3] << 24;
	a = m->h[0];
	b = m->h[1];
	c = m->h[2];
	d = m->h[3];
	for(i = 0; i < 64; i++){
		switch(i / 16){
		case 0:
			f = (b & c) | (~b & d);
			g = i;
			break;
		case 1:
			f = (d & b) | (~d & c);
			g = (5*i + 1) % 16;
			break;
		case 2:
			f = b ^ c ^ d;
			g = (3*i + 5) % 16;
			break;
		default:
			f = c ^ (b | ~d);
			g = (7*i) % 16;
			break;
		}
		t = d;
		d = c;
		c = b;
		b = b + rotl(a + f + md5k[i] + w[g], md5s[i/16][i%4]);
		a = t;
	}
	m->h[0] += a;
	m->h[1] += b;
	m->h[2] += c;
	m->h[3] += d;
}

static void
md5add(Md5 *m, uchar *p, long n)
{
	m->len += n;
	while(n > 0){
		m->buf[m->nbuf++] = *p++;
		n--;
		if(m->nbuf == 64){
			md5block(m, m->buf);
			m->nbuf = 0;
		}
	}
}

static void
md5end(Md5 *m)
{
	uvlong bits;
	uchar pad, lenb[8];
	int i;

	bits = m->len * 8;
	pad = 0x80;
	md5add(m, &pad, 1);
	pad = 0;
	while(m->nbuf != 56)
		md5add(m, &pad, 1);
	for(i = 0; i < 8; i++)
		lenb[i] = bits >> (8*i);
	md5add(m, lenb, 8);
}

/* the signature of a type string: its MD5 as four little-endian words, xored */
uint
sigof(char *s, long n)
{
	Md5 m;

	md5init(&m);
	md5add(&m, (uchar*)s, n);
	md5end(&m);
	return m.h[0] ^ m.h[1] ^ m.h[2] ^ m.h[3];
}

/*
 * Equality
 */

/* t with names followed to what they name; nil for an unbound name */
Type*
realtype(Type *t)
{
	int n;

	for(n = 0; t != nil && t->kind == Tname; n++){
		if(n > 100)
			return nil;
		t = t->bound;
	}
	return t;
}

/* pairs of aggregates being compared, assumed equal while they are (for cyclic types) */
static Type	*assumea[Maxnest], *assumeb[Maxnest];
static int	nassume;

static int	eqfields(Decl*, Decl*, int);

int
tequal(Type *a, Type *b)
{
	Decl *x, *y;
	int i, r;

	a = realtype(a);
	b = realtype(b);
	if(a == b)
		return 1;
	if(a == nil || b == nil || a->kind != b->kind)
		return 0;
	switch(a->kind){
	case Tnone: case Tint: case Tbig: case Tbyte: case Treal: case Tstring:
	case Tnil: case Tany:
		return 1;
	case Tpoly:
		return 1;	/* any type parameter, as signatures see them (P) */
	case Tfixed:
		return 0;	/* not compared until constants are folded */
	case Tarray: case Tlist: case Tchan: case Tref:
		return tequal(a->of, b->of);
	case Ttuple:
	case Texception:
		return eqfields(a->ids, b->ids, 0);
	}
	for(i = 0; i < nassume; i++)
		if((assumea[i] == a && assumeb[i] == b) || (assumea[i] == b && assumeb[i] == a))
			return 1;
	if(nassume >= Maxnest)
		return 0;
	assumea[nassume] = a;
	assumeb[nassume] = b;
	nassume++;
	r = 0;
	switch(a->kind){
	case Tadt:
		if(!eqfields(a->ids, b->ids, 1))
			break;
		for(x = a->tags, y = b->tags; x != nil && y != nil; x = x->next, y = y->next)
			if(x->sym != y->sym || !eqfields(x->ty->ids, y->ty->ids, 1))
				break;
		r = x == nil && y == nil;
		break;
	case Tpickvar:
		r = eqfields(a->ids, b->ids, 1) && tequal(a->of, b->of);
		break;
	case Tmodule:
		r = eqfields(a->ids, b->ids, 1);
		break;
	case Tfn:
		if(a->varargs != b->varargs || (a->tparams == nil) != (b->tparams == nil))
			break;
		for(x = a->ids, y = b->ids; x != nil && y != nil; x = x->next, y = y->next)
			if(x->self != y->self || !tequal(x->ty, y->ty))
				break;
		r = x == nil && y == nil && tequal(a->of, b->of);
		break;
	}
	nassume--;
	return r;
}

/* does d occupy storage in an adt or module (data, or a module's function)? */
static int
stored(Decl *d)
{
	return d->kind == Dfield || d->kind == Dvar || d->kind == Dfn;
}

/*
 * Element lists equal: in order for tuples; for adts and modules by
 * name, order ignored, over the members that are stored.
 */
static int
eqfields(Decl *a, Decl *b, int byname)
{
	Decl *x, *y;
	int na, nb;

	if(!byname){
		for(; a != nil && b != nil; a = a->next, b = b->next)
			if(!tequal(a->ty, b->ty))
				return 0;
		return a == nil && b == nil;
	}
	na = nb = 0;
	for(x = a; x != nil; x = x->next){
		if(!stored(x))
			continue;
		na++;
		for(y = b; y != nil; y = y->next)
			if(stored(y) && y->sym == x->sym)
				break;
		if(y == nil || x->kind != y->kind || x->cyclic != y->cyclic || !tequal(x->ty, y->ty))
			return 0;
	}
	for(y = b; y != nil; y = y->next)
		if(stored(y))
			nb++;
	return na == nb;
}

/*
 * Type strings
 */

typedef struct Sigw Sigw;
struct Sigw {
	Out	*o;
	Type	*seen[512];	/* aggregates written, numbered from 1 */
	int	nseen;
	int	depth;
};

static void	ts(Sigw*, Type*);

static void
wr(Sigw *w, char *s)
{
	outs(w->o, s, strlen(s));
}

static void
wrsym(Sigw *w, Sym *s)
{
	outs(w->o, s->name, s->len);
}

static int
numbered(Type *t)
{
	switch(t->kind){
	case Tadt: case Tpickvar: case Ttuple: case Texception: case Tmodule:
		return 1;
	}
	return 0;
}

/* an adt's or variant's data members: name:[y]type, separated by commas */
static void
tsfields(Sigw *w, Decl *d, int first)
{
	for(; d != nil; d = d->next){
		if(d->kind != Dfield)
			continue;
		if(!first)
			wr(w, ",");
		first = 0;
		wrsym(w, d->sym);
		wr(w, ":");
		if(d->cyclic)
			wr(w, "y");
		ts(w, d->ty);
	}
}

static int
bysym(const void *a, const void *b)
{
	Decl *x, *y;
	int n, c;

	x = *(Decl**)a;
	y = *(Decl**)b;
	n = x->sym->len < y->sym->len ? x->sym->len : y->sym->len;
	c = memcmp(x->sym->name, y->sym->name, n);
	if(c != 0)
		return c;
	return x->sym->len - y->sym->len;
}

/* a module's data (vars) or functions (its own and its adts'), sorted by name */
int
modmembers(Type *m, int fns, Decl ***out)
{
	Decl *d, *f, **v;
	int n;

	n = 0;
	for(d = m->ids; d != nil; d = d->next){
		if(!fns && d->kind == Dvar)
			n++;
		if(fns && d->kind == Dfn)
			n++;
		if(fns && d->kind == Dtype && d->ty->decl == d && d->ty->kind == Tadt)
			for(f = d->ty->ids; f != nil; f = f->next)
				if(f->kind == Dfn)
					n++;
	}
	v = lalloc((n + 1) * sizeof *v);
	n = 0;
	for(d = m->ids; d != nil; d = d->next){
		if(!fns && d->kind == Dvar)
			v[n++] = d;
		if(fns && d->kind == Dfn)
			v[n++] = d;
		if(fns && d->kind == Dtype && d->ty->decl == d && d->ty->kind == Tadt)
			for(f = d->ty->ids; f != nil; f = f->next)
				if(f->kind == Dfn)
					v[n++] = f;
	}
	qsort(v, n, sizeof *v, bysym);
	*out = v;
	return n;
}

static void
tsmodule(Sigw *w, Type *t)
{
	Decl **v;
	int i, n, fns;

	wr(w, "m{");
	for(fns = 0; fns < 2; fns++){
		n = modmembers(t, fns, &v);
		for(i = 0; i < n; i++){
			wrsym(w, v[i]->sym);
			wr(w, ":");
			ts(w, v[i]->ty);
			wr(w, ";");
		}
	}
	wr(w, "}");
}

static void
tsfn(Sigw *w, Type *t)
{
	Decl *d;
	Node *r;

	wr(w, "f");
	if(t->varargs)
		wr(w, "*");
	if(t->tparams != nil)
		wr(w, "()");
	wr(w, "(");
	for(d = t->ids; d != nil; d = d->next){
		if(d != t->ids)
			wr(w, ",");
		if(d->self)
			wr(w, "S");
		ts(w, d->ty);
	}
	wr(w, ")");
	if(t->raises != nil){
		wr(w, "(");
		for(r = t->raises; r != nil; r = r->next){
			if(r != t->raises)
				wr(w, ",");
			if(r->op == Omdot){	/* Mod->E, as written */
				wrsym(w, r->l->sym);
				wr(w, "->");
			}
			wrsym(w, r->sym);
		}
		wr(w, ")");
	}
	ts(w, t->of);
}

static void
ts(Sigw *w, Type *t)
{
	Decl *d;
	char buf[32];
	int i;

	t = realtype(t);
	if(t == nil || w->depth > Maxnest){
		wr(w, "?");
		return;
	}
	if(numbered(t)){
		for(i = 0; i < w->nseen; i++)
			if(tequal(w->seen[i], t)){
				snprintf(buf, sizeof buf, "@%d", i+1);
				wr(w, buf);
				return;
			}
		if(w->nseen < (int)nelem(w->seen))
			w->seen[w->nseen++] = t;
	}
	w->depth++;
	switch(t->kind){
	case Tnone:	wr(w, "n"); break;
	case Tint:	wr(w, "i"); break;
	case Tbig:	wr(w, "B"); break;
	case Tbyte:	wr(w, "b"); break;
	case Treal:	wr(w, "r"); break;
	case Tstring:	wr(w, "s"); break;
	case Tpoly:	wr(w, "P"); break;
	case Tref:	wr(w, "R"); ts(w, t->of); break;
	case Tlist:	wr(w, "L"); ts(w, t->of); break;
	case Tarray:	wr(w, "A"); ts(w, t->of); break;
	case Tchan:	wr(w, "C"); ts(w, t->of); break;
	case Ttuple:
		wr(w, "t(");
		for(d = t->ids; d != nil; d = d->next){
			if(d != t->ids)
				wr(w, ",");
			ts(w, d->ty);
		}
		wr(w, ")");
		break;
	case Tadt:
		wr(w, "a(");
		tsfields(w, t->ids, 1);
		/* a pick: the common part's ")" becomes "," and the tags follow */
		for(d = t->tags; d != nil; d = d->next){
			wr(w, ",");
			wrsym(w, d->sym);
			wr(w, "=>");
			ts(w, d->ty);
		}
		wr(w, ")");
		break;
	case Tpickvar:
		wr(w, "p(");
		tsfields(w, t->ids, 1);
		wr(w, ")");
		ts(w, t->of);
		break;
	case Tmodule:
		tsmodule(w, t);
		break;
	case Tfn:
		tsfn(w, t);
		break;
	default:	/* exceptions and fixed point: not yet */
		wr(w, "?");
		break;
	}
	w->depth--;
}

/* t's type string appended to o */
void
typestring(Out *o, Type *t)
{
	Sigw w;

	memset(&w, 0, sizeof w);
	w.o = o;
	nassume = 0;
	ts(&w, t);
}

/* the .mp type string of module m's data: name:type; for each, sorted by name */
void
mpstring(Out *o, Type *m)
{
	Decl **v;
	Sigw w;
	int i, n;

	memset(&w, 0, sizeof w);
	w.o = o;
	nassume = 0;
	n = modmembers(m, 0, &v);
	for(i = 0; i < n; i++){
		wrsym(&w, v[i]->sym);
		wr(&w, ":");
		ts(&w, v[i]->ty);
		wr(&w, ";");
	}
}
