/*
 * Code generation, the module as a whole: the instruction stream and
 * its branch chains, module data (globals, literals, tables), type
 * descriptors, the functions to compile and the calls waiting for
 * their entry points, import lists, the link section; compile()
 * drives it all and hands the result to obj.c.
 *
 * Layout follows limbo-lang.md section 8: the implemented module's
 * data members first in MP, name-sorted (ABI); everything else after
 * them in the order it is met.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include "limbo.h"
#include "gen.h"
#include "genint.h"

Gen	gen;
Gopd	none;

typedef struct Fixup Fixup;
struct Fixup {
	int	pc;
	int	which;
	Imp	*imp;
	Decl	*mem;	/* nil: the list's own number */
};
static Fixup	*fixups;
static int	nfixup, capfixup;

/* literals already in module data */
typedef struct Lit Lit;
struct Lit {
	int	kind;	/* 's', 'w', 'b', 'r' */
	Str	s;
	vlong	v;
	double	r;
	long	off;
	Lit	*next;
};
static Lit	*lits;

static void*
grow(void *p, int n, int *cap, long size)
{
	void *q;

	if(n < *cap)
		return p;
	*cap = *cap ? 2 * *cap : 64;
	q = realloc(p, *cap * size);
	if(q == nil)
		lfatal("out of memory");
	return q;
}

static char*
xstrdup(char *s)
{
	char *p;

	p = strdup(s);
	if(p == nil)
		lfatal("out of memory");
	return p;
}

void
ierror(char *fmt, ...)
{
	char buf[512];
	va_list arg;

	va_start(arg, fmt);
	vsnprintf(buf, sizeof buf, fmt, arg);
	va_end(arg);
	lerror(gen.src, "internal error: %s", buf);
	lgiveup();
}

/*
 * Instructions
 */

int
emit(int op, Gopd s, Gopd m, Gopd d)
{
	Ginst *i;

	gen.o.prog = grow(gen.o.prog, gen.o.nprog, &gen.capprog, sizeof *gen.o.prog);
	i = &gen.o.prog[gen.o.nprog];
	memset(i, 0, sizeof *i);
	i->op = op;
	i->s = s;
	i->m = m;
	i->d = d;
	i->file = gen.src.file;
	i->line = gen.src.line;
	i->col = gen.src.col;
	i->eline = gen.src.line;
	i->ecol = gen.src.col;
	if(memcmp(&gen.srcfrom, &gen.src, sizeof gen.src) == 0){
		i->eline = gen.srcend.line;
		i->ecol = gen.srcend.col;
	}
	i->block = gen.block;
	return gen.o.nprog++;
}

/* sets gen.src and where its text ends (for the .sbl) */
void
setspan(Src start, Src end)
{
	gen.src = start;
	gen.srcend = end;
	gen.srcfrom = start;
}

void
setsrc(Node *n)
{
	setspan(n->src, n->stop);
}

void
newblock(void)
{
	gen.block = ++gen.nblock;
}

int
pc(void)
{
	return gen.o.nprog;
}

/* sets the target of every branch on chain c */
void
patch(Chain c, int target)
{
	int next;

	while(c >= 0){
		next = gen.o.prog[c].d.v;
		gen.o.prog[c].d.v = target;
		c = next;
	}
}

Chain
append(Chain a, Chain b)
{
	int c, next;

	if(a < 0)
		return b;
	if(b < 0)
		return a;
	for(c = a; (next = gen.o.prog[c].d.v) >= 0; c = next)
		;
	gen.o.prog[c].d.v = b;
	return a;
}

Chain
jump(void)
{
	return emit(IJMP, none, none, imm(-1));
}

Gopd
imm(long v)
{
	Gopd o;

	o.mode = Gimm;
	o.v = v;
	o.ind = 0;
	return o;
}

Gopd
fpopd(long off)
{
	Gopd o;

	o.mode = Gfp;
	o.v = off;
	o.ind = 0;
	return o;
}

Gopd
mpopd(long off)
{
	Gopd o;

	o.mode = Gmp;
	o.v = off;
	o.ind = 0;
	return o;
}

Gopd
indopd(Gopd cell, long off)
{
	Gopd o;

	if(off < 0 || off > 0xFFFF)
		ierror("indirect offset %ld out of range", off);
	o.mode = cell.mode == Gmp ? Gimp : Gifp;
	o.v = cell.v;
	o.ind = off;
	return o;
}

Gopd
opdoff(Gopd o, long off)
{
	switch(o.mode){
	case Gfp: case Gmp:
		o.v += off;
		break;
	case Gifp: case Gimp:
		if(o.ind + off > 0xFFFF)
			ierror("field offset out of range");
		o.ind += off;
		break;
	default:
		ierror("offset of an immediate");
	}
	return o;
}

/*
 * Descriptors
 */

int
descsize(long size, uchar *map, long nmap)
{
	Gdesc *d;

	gen.o.desc = grow(gen.o.desc, gen.o.ndesc, &gen.capdesc, sizeof *gen.o.desc);
	d = &gen.o.desc[gen.o.ndesc];
	d->size = size;
	d->nmap = nmap;
	d->map = nil;
	if(nmap > 0){
		d->map = malloc(nmap);
		if(d->map == nil)
			lfatal("out of memory");
		memmove(d->map, map, nmap);
	}
	return gen.o.ndesc++;
}

/*
 * Pointer maps: bit 7 of byte 0 marks word 0, as in a descriptor.
 */

/* the pointer words of a value of type t (nmap bytes, enough for it), as isptr sees them */
void
valuemap(Type *t, uchar *map, long nmap)
{
	Type *r;

	memset(map, 0, nmap);
	r = realtype(t);
	if(r == nil || r->kind == Tany || r->kind == Tpoly || r->kind == Tfn || r->kind == Texception){
		if(nmap > 0)
			map[0] = 0x80;	/* a reference, whatever pointermap makes of it */
		return;
	}
	pointermap(map, nmap, t, 0);
}

/* marks the word at byte off in the growing map *map of *cap bytes */
void
markword(long off, uchar **map, long *cap)
{
	long w, ncap;
	uchar *m;

	w = off / 4;
	if(w / 8 >= *cap){
		ncap = *cap ? 2 * *cap : 64;
		while(w / 8 >= ncap)
			ncap *= 2;
		m = realloc(*map, ncap);
		if(m == nil)
			lfatal("out of memory");
		memset(m + *cap, 0, ncap - *cap);
		*map = m;
		*cap = ncap;
	}
	(*map)[w / 8] |= 0x80 >> (w % 8);
}

/* marks the pointer words of a value of type t placed at off */
void
markvalue(Type *t, long off, uchar **map, long *cap)
{
	uchar v[512];
	long i, n;

	n = (sizeof_(t)/4 + 7) / 8;
	if(n > (long)sizeof v)
		ierror("a value too large");
	valuemap(t, v, n);
	for(i = 0; i < n*8; i++)
		if(v[i/8] & (0x80 >> (i%8)))
			markword(off + 4*i, map, cap);
}

int
descof(Type *t)
{
	uchar *map;
	long size, nmap;
	int d;

	t = rtype(t);
	size = sizeof_(t);
	nmap = (size/4 + 7) / 8;
	map = calloc(nmap + 1, 1);
	if(map == nil)
		lfatal("out of memory");
	valuemap(t, map, nmap);
	d = descsize(size, map, nmap);
	free(map);
	return d;
}

/*
 * Module data
 */

long
mpbytes(long size, long align)
{
	long off;

	if(align < 1)
		align = 1;
	off = (gen.mpsize + align - 1) / align * align;
	gen.mpsize = off + size;
	return off;
}

long
mpalloc(Type *t)
{
	long off;

	t = rtype(t);
	off = mpbytes(sizeof_(t), t->align > 0 ? t->align : 4);
	markvalue(t, off, &gen.mpmap, &gen.mpmapcap);
	return off;
}

static Gdata*
data(int kind, long off, int n, void *p, long plen)
{
	Gdata *d;

	gen.o.data = grow(gen.o.data, gen.o.ndata, &gen.capdata, sizeof *gen.o.data);
	d = &gen.o.data[gen.o.ndata++];
	memset(d, 0, sizeof *d);
	d->kind = kind;
	d->off = off;
	d->n = n;
	if(plen > 0){
		d->p = malloc(plen);
		if(d->p == nil)
			lfatal("out of memory");
		memmove(d->p, p, plen);
	}
	return d;
}

void
dataword(long off, long v)
{
	int w;

	w = v;
	data(GDword, off, 1, &w, sizeof w);
}

/* a big in a table (casel) */
void
databig(long off, vlong v)
{
	data(GDbig, off, 1, &v, sizeof v);
}

/* a string pointer in a table (casec): nil when s is empty */
void
datastr(long off, Str s)
{
	markword(off, &gen.mpmap, &gen.mpmapcap);
	if(s.n > 0)
		data(GDstring, off, s.n, s.s, s.n);
}

long
mpstr(Str s)
{
	Lit *l;

	for(l = lits; l != nil; l = l->next)
		if(l->kind == 's' && l->s.n == s.n && memcmp(l->s.s, s.s, s.n) == 0)
			return l->off;
	l = lalloc(sizeof *l);
	l->kind = 's';
	l->s = s;
	l->off = mpbytes(4, 4);
	markword(l->off, &gen.mpmap, &gen.mpmapcap);
	if(s.n > 0)
		data(GDstring, l->off, s.n, s.s, s.n);
	l->next = lits;
	lits = l;
	return l->off;
}

static Lit*
findlit(int kind, vlong v, double r)
{
	Lit *l;

	for(l = lits; l != nil; l = l->next)
		if(l->kind == kind && (kind == 'r' ? memcmp(&l->r, &r, sizeof r) == 0 : l->v == v))
			return l;
	l = lalloc(sizeof *l);
	l->kind = kind;
	l->v = v;
	l->r = r;
	l->off = -1;
	l->next = lits;
	lits = l;
	return l;
}

long
mpword(long v)
{
	Lit *l;

	l = findlit('w', v, 0);
	if(l->off < 0){
		l->off = mpbytes(4, 4);
		dataword(l->off, v);
	}
	return l->off;
}

long
mpbig(vlong v)
{
	Lit *l;

	l = findlit('b', v, 0);
	if(l->off < 0){
		l->off = mpbytes(8, 8);
		data(GDbig, l->off, 1, &v, sizeof v);
	}
	return l->off;
}

long
mpreal(double r)
{
	Lit *l;

	l = findlit('r', 0, r);
	if(l->off < 0){
		l->off = mpbytes(8, 8);
		data(GDreal, l->off, 1, &r, sizeof r);
	}
	return l->off;
}

Gopd
gnil(void)
{
	if(gen.nilslot < 0){
		gen.nilslot = mpbytes(4, 4);
		markword(gen.nilslot, &gen.mpmap, &gen.mpmapcap);
	}
	return mpopd(gen.nilslot);
}

/*
 * Imports
 */

static Imp*
impof(Type *mod)
{
	Imp *i;

	mod = rtype(mod);
	for(i = gen.imps; i != nil; i = i->next)
		if(i->mod == mod)
			return i;
	i = lalloc(sizeof *i);
	i->mod = mod;
	i->index = -1;
	i->next = gen.imps;
	gen.imps = i;
	return i;
}

static void
impadd(Imp *i, Decl *mem)
{
	int k;

	for(k = 0; k < i->n; k++)
		if(i->mem[k] == mem)
			return;
	if(i->n == i->cap){
		Decl **m;
		i->cap = i->cap ? 2*i->cap : 16;
		m = lalloc(i->cap * sizeof *m);
		if(i->n > 0)
			memmove(m, i->mem, i->n * sizeof *m);
		i->mem = m;
	}
	i->mem[i->n++] = mem;
}

/* operand which of instruction at waits for mem's slot in import list i (mem nil: the list's number) */
static void
fixup(int at, int which, Imp *i, Decl *mem)
{
	Fixup *f;

	if(mem != nil)
		impadd(i, mem);
	fixups = grow(fixups, nfixup, &capfixup, sizeof *fixups);
	f = &fixups[nfixup++];
	f->pc = at;
	f->which = which;
	f->imp = i;
	f->mem = mem;
}

void
impfixup(int at, int which, Type *mod, Decl *mem)
{
	fixup(at, which, impof(mod), mem);
}

void
impload(int at, Type *mod, int builtin)
{
	Imp *i;

	i = impof(mod);
	i->nload++;
	if(builtin)
		i->nbuiltin++;
	fixup(at, 'm', i, nil);
}

/*
 * Every function of the interface, adt members included. A handle can
 * travel between modules (the shell gives its "$self" Sh handle to the
 * builtin modules it loads), and a call through it indexes the handle's
 * links by the caller's list for the type: so every list of a type that
 * can be a .dis module holds the whole interface, sorted, and all
 * modules agree on the numbering. Built-ins loaded by constant "$Name"
 * paths keep Inferno's list of only the members used, so a partial
 * built-in still links.
 */
static void
impall(Imp *i)
{
	Decl *d, *f;

	for(d = i->mod->ids; d != nil; d = d->next){
		if(d->kind == Dfn)
			impadd(i, d);
		else if(d->kind == Dtype && d->ty->decl == d && d->ty->kind == Tadt)
			for(f = d->ty->ids; f != nil; f = f->next)
				if(f->kind == Dfn)
					impadd(i, f);
	}
}

/* the link name of a module member: adt members as Adt.f */
static char*
memname(Imp *i, Decl *mem)
{
	Decl *d, *f;
	Fn *fn;
	char buf[512];

	/* $self: a function compiled here, perhaps of an adt not in the module (its Fn has the name) */
	if(i == gen.selfimp && (fn = fnof(mem)) != nil)
		return xstrdup(fn->name);
	for(d = i->mod->ids; d != nil; d = d->next)
		if(d->kind == Dtype && d->ty->decl == d && d->ty->kind == Tadt)
			for(f = d->ty->ids; f != nil; f = f->next)
				if(f == mem){
					snprintf(buf, sizeof buf, "%s.%s", d->sym->name, mem->sym->name);
					return xstrdup(buf);
				}
	return xstrdup(mem->sym->name);
}

static uint
sigoftype(Type *t)
{
	Out o;
	uint s;

	memset(&o, 0, sizeof o);
	typestring(&o, t);
	s = sigof(o.s, o.n);
	free(o.s);
	return s;
}

static int
bymemname(const void *a, const void *b)
{
	return strcmp(*(char**)a, *(char**)b);
}

static char*
modname(Type *m)
{
	return m->decl != nil ? m->decl->sym->name : "";
}

static int
byimpname(const void *a, const void *b)
{
	Imp *x = *(Imp**)a, *y = *(Imp**)b;

	if(x == gen.selfimp)
		return 1;
	if(y == gen.selfimp)
		return -1;
	return strcmp(modname(x->mod), modname(y->mod));
}

/* orders the import lists and their members, fills the object's, patches the fixups */
static void
finishimports(void)
{
	Imp *i, **v;
	int n, k, j;
	char **names;
	Decl **order;

	n = 0;
	for(i = gen.imps; i != nil; i = i->next)
		n++;
	if(n == 0)
		return;
	v = malloc(n * sizeof *v);
	if(v == nil)
		lfatal("out of memory");
	n = 0;
	for(i = gen.imps; i != nil; i = i->next)
		v[n++] = i;
	qsort(v, n, sizeof *v, byimpname);
	gen.o.imp = calloc(n, sizeof *gen.o.imp);
	if(gen.o.imp == nil)
		lfatal("out of memory");
	gen.o.nimp = n;
	for(k = 0; k < n; k++){
		i = v[k];
		i->index = k;
		if(i != gen.selfimp && (i->nload == 0 || i->nbuiltin < i->nload))
			impall(i);
		/* sort members by link name, keeping each Decl with its name */
		names = malloc((i->n + 1) * 2 * sizeof *names);
		if(names == nil)
			lfatal("out of memory");
		for(j = 0; j < i->n; j++){
			names[2*j] = memname(i, i->mem[j]);
			names[2*j+1] = (char*)i->mem[j];
		}
		qsort(names, i->n, 2 * sizeof *names, bymemname);
		order = lalloc((i->n + 1) * sizeof *order);
		gen.o.imp[k].n = i->n;
		gen.o.imp[k].name = calloc(i->n + 1, sizeof(char*));
		gen.o.imp[k].sig = calloc(i->n + 1, sizeof(uint));
		if(gen.o.imp[k].name == nil || gen.o.imp[k].sig == nil)
			lfatal("out of memory");
		for(j = 0; j < i->n; j++){
			order[j] = (Decl*)names[2*j+1];
			gen.o.imp[k].name[j] = names[2*j];
			gen.o.imp[k].sig[j] = sigoftype(order[j]->ty);
		}
		i->mem = order;
		free(names);
	}
	free(v);
	for(k = 0; k < nfixup; k++){
		Fixup *f = &fixups[k];
		Gopd *o;
		int val;

		val = f->imp->index;
		if(f->mem != nil)
			for(val = 0; val < f->imp->n && f->imp->mem[val] != f->mem; val++)
				;
		o = f->which == 's' ? &gen.o.prog[f->pc].s : f->which == 'm' ? &gen.o.prog[f->pc].m : &gen.o.prog[f->pc].d;
		o->v = val;
	}
}

/*
 * Functions
 */

Fn*
fnof(Decl *d)
{
	Fn *f;

	for(f = gen.fns; f != nil; f = f->next)
		if(f->decl == d)
			return f;
	return nil;
}

void
callfixup(int at, Fn *f)
{
	gen.o.prog[at].d.v = f->calls;
	f->calls = at;
}

static Fn*
addfn(Node *def, Decl *adt)
{
	Fn *f;
	char buf[512];

	f = lalloc(sizeof *f);
	f->decl = def->decl;
	f->def = def;
	f->adt = adt;
	if(adt != nil)
		snprintf(buf, sizeof buf, "%s.%s", adt->sym->name, def->sym->name);
	else
		snprintf(buf, sizeof buf, "%s", def->sym->name);
	f->name = lstrdup(buf, strlen(buf));	/* arena: lives as long as the tree */
	f->pc = -1;
	f->desc = descsize(32, nil, 0);	/* filled by frameend */
	f->calls = -1;
	*gen.fntail = f;
	gen.fntail = &f->next;
	return f;
}

static void
collectfns(Node *l)
{
	Decl *adt;

	for(; l != nil; l = l->next){
		if(l->op == Oinclude)
			collectfns(l->list);
		if(l->op != Ofndef || l->decl == nil)
			continue;
		adt = nil;
		if(l->l != nil)
			adt = l->l->op == Oinst ? l->l->l->decl : l->l->decl;
		addfn(l, adt);
	}
}

/* is d (a Dfn) a member of the implemented module or of one of its adts? */
static int
exported(Decl *d)
{
	Decl *m, *f;

	if(gen.impl == nil)
		return 0;
	for(m = gen.impl->ty->ids; m != nil; m = m->next){
		if(m == d)
			return 1;
		if(m->kind == Dtype && m->ty->decl == m && m->ty->kind == Tadt)
			for(f = m->ty->ids; f != nil; f = f->next)
				if(f == d)
					return 1;
	}
	return 0;
}

Node	*gentree;

void
selffixup(int at, int which, Decl *mem)
{
	if(gen.selfimp == nil){
		gen.selfimp = lalloc(sizeof *gen.selfimp);
		gen.selfimp->mod = gen.impl->ty;
		gen.selfimp->index = -1;
		gen.selfimp->next = gen.imps;
		gen.imps = gen.selfimp;
	}
	fixup(at, which, gen.selfimp, mem);
}

/* loads the $self handle into its MP slot unless it is there */
long
selfhandle(void)
{
	Str s;
	Chain c;
	int at;

	if(gen.selfslot < 0){
		gen.selfslot = mpbytes(4, 4);
		markword(gen.selfslot, &gen.mpmap, &gen.mpmapcap);
	}
	c = emit(IBNEW, mpopd(gen.selfslot), gnil(), imm(-1));
	s.s = "$self";
	s.n = 5;
	at = emit(ILOAD, mpopd(mpstr(s)), imm(0), mpopd(gen.selfslot));
	selffixup(at, 'm', nil);
	patch(c, pc());
	return gen.selfslot;
}

Fn*
selffn(Decl *d)
{
	Fn *f;

	f = fnof(d);
	if(f == nil)
		return nil;
	f->exported = 1;
	return f;
}

/*
 * Module data: globals
 */

/* the number of elements of an array initialiser: its size, or the list's */
static long
arraylen(Node *e)
{
	Node *v;

	if(e->l != nil){
		v = constexpr(e->l);
		if(v == nil)
			lgiveup();
		return v->ival;
	}
	return initlen(e->list);
}

static void	ginit(Type*, Node*, long);

/* the elements of array initialiser e, at base (element 0) */
static void
ginitelems(Type *elem, Node *e, long len)
{
	Node *x, *q, *v;
	long k, i, lo, hi, size;

	size = sizeof_(elem);
	for(x = e->list; x != nil; x = x->next)
		if(x->op == Oelem)
			for(q = x->list; q != nil; q = q->next)
				if(q->op == Owild)
					for(k = 0; k < len; k++)
						ginit(elem, x->r, k*size);
	i = 0;
	for(x = e->list; x != nil; x = x->next){
		if(x->op != Oelem){
			if(i >= len){
				lerror(x->src, "array index %ld out of bounds [0, %ld)", i, len);
				lgiveup();
			}
			ginit(elem, x, i*size);
			i++;
			continue;
		}
		for(q = x->list; q != nil; q = q->next){
			if(q->op == Owild)
				continue;
			if(q->op == Orange){
				v = constexpr(q->l);
				if(v == nil)
					lgiveup();
				lo = v->ival;
				v = constexpr(q->r);
				if(v == nil)
					lgiveup();
				hi = v->ival;
			}else{
				v = constexpr(q);
				if(v == nil)
					lgiveup();
				lo = hi = v->ival;
			}
			if(lo < 0 || hi >= len){
				lerror(q->src, "array index %ld out of bounds [0, %ld)", lo < 0 ? lo : hi, len);
				lgiveup();
			}
			for(k = lo; k <= hi; k++)
				ginit(elem, x->r, k*size);
			i = hi + 1;
		}
	}
}

/* the initial value e of a global of type t at off (from the current data base) */
static void
ginit(Type *t, Node *e, long off)
{
	Gdata *item;
	Node *v, *a;
	Decl *f;
	long len;
	int k;

	t = rtype(t);
	if(e->op == Onil)
		return;		/* module data's pointers start nil */
	if(e->op == Oarray){
		len = arraylen(e);
		if(len < 0){
			lerror(e->src, "negative array size");
			lgiveup();
		}
		item = data(GDarray, off, 1, nil, 0);
		item->a = descof(t->of);
		item->b = len;
		if(e->hasinit && len > 0){
			data(GDindex, off, 1, nil, 0)->a = 0;
			ginitelems(rtype(t->of), e, len);
			data(GDpop, 0, 1, nil, 0);
		}
		return;
	}
	v = constexpr(e);
	if(v == nil)
		lgiveup();
	switch(v->op){
	case Onil:
		return;
	case Ostring:
		if(v->sval.n > 0)
			data(GDstring, off, v->sval.n, v->sval.s, v->sval.n);
		return;
	case Oreal:
		data(GDreal, off, 1, &v->rval, sizeof v->rval);
		return;
	case Oconst:
		switch(t->kind){
		case Tbyte:
			{
				uchar b = v->ival;
				data(GDbyte, off, 1, &b, 1);
			}
			return;
		case Tbig:
			data(GDbig, off, 1, &v->ival, sizeof v->ival);
			return;
		case Treal:
			{
				double r = v->ival;
				data(GDreal, off, 1, &r, sizeof r);
			}
			return;
		}
		dataword(off, (int)v->ival);
		return;
	case Otuple:
	case Ocall:
		/* a constant aggregate: the k-th value into the k-th data field */
		k = 0;
		for(a = v->list; a != nil; a = a->next, k++){
			int j = k;
			for(f = t->ids; f != nil; f = f->next)
				if(f->kind == Dfield && j-- == 0)
					break;
			if(f == nil)
				break;
			ginit(f->ty, a, off + f->offset);
		}
		return;
	}
	lerror(e->src, "initializer is not a constant expression");
	lgiveup();
}

/* the module data of the implemented module's data members and the other top-level variables */
static void
globals(Node *l)
{
	Decl *d;

	for(; l != nil; l = l->next){
		if(l->op == Oinclude)
			globals(l->list);
		if(l->op != Odecl)
			continue;
		for(d = l->decls; d != nil; d = d->next){
			if(d->kind != Dvar || d->where != Wnone || d->scope != 1)
				continue;
			d->offset = mpalloc(d->ty);
			d->where = Wmp;
			if(d->init != nil){
				gen.src = d->init->src;
				ginit(d->ty, d->init, d->offset);
			}
		}
	}
}

/*
 * The driver
 */

static int
byname(const void *a, const void *b)
{
	Fn *x = *(Fn**)a, *y = *(Fn**)b;
	char *p, *q;

	/* adt members sort by their simple name */
	p = strrchr(x->name, '.');
	q = strrchr(y->name, '.');
	return strcmp(p != nil ? p+1 : x->name, q != nil ? q+1 : y->name);
}

static void
link(char *name, int pc_, int desc, uint sig)
{
	Glink *k;

	gen.o.link = grow(gen.o.link, gen.o.nlink, &gen.caplink, sizeof *gen.o.link);
	k = &gen.o.link[gen.o.nlink++];
	k->name = xstrdup(name);
	k->pc = pc_;
	k->desc = desc;
	k->sig = sig;
}

static void
reset(void)
{
	Gobj *o;
	Fn *f;
	int i;

	o = &gen.o;
	for(i = 0; i < o->ndesc; i++)
		free(o->desc[i].map);
	for(i = 0; i < o->ndata; i++)
		free(o->data[i].p);
	for(i = 0; i < o->nlink; i++)
		free(o->link[i].name);
	for(i = 0; i < o->nimp; i++){
		int j;
		for(j = 0; j < o->imp[i].n; j++)
			free(o->imp[i].name[j]);
		free(o->imp[i].name);
		free(o->imp[i].sig);
	}
	/* a function whose compilation stopped at an error still holds its frame's buffers */
	for(f = gen.fns; f != nil; f = f->next){
		free(f->map);
		free(f->tmps);
		free(f->loops);
	}
	free(o->prog);
	free(o->desc);
	free(o->data);
	free(o->link);
	free(o->imp);
	free(o->handler);
	free(gen.mpmap);
	free(fixups);
	memset(&gen, 0, sizeof gen);
	fixups = nil;
	nfixup = capfixup = 0;
	lits = nil;
	gen.fntail = &gen.fns;
	gen.nilslot = -1;
	gen.selfslot = -1;
}

/*
 * Compiles the bound, checked tree into out (a .dis file), with its
 * assembly in asmout if that is not nil. Returns 0, or -1 after
 * reporting errors.
 */
int
compile(Node *tree, char *out, char *asmout, char *sbl)
{
	Decl **v, *d;
	Fn *f, **fv;
	int n, i, nf, k;
	long nmap;
	char err[512];
	jmp_buf fatal;

	reset();
	lfatalenv = &fatal;
	if(setjmp(fatal)){
		lfatalenv = nil;
		reset();
		return -1;
	}
	gentree = tree;
	gen.impl = implmodule();
	if(gen.impl == nil){
		lerror(tree != nil ? tree->src : (Src){0, 1, 1}, "no implement declaration");
		lfatalenv = nil;
		return -1;
	}
	/* descriptor 0: module data, filled at the end */
	descsize(0, nil, 0);
	/* the exported data first, sorted by name */
	n = modmembers(gen.impl->ty, 0, &v);
	if(n > 0){
		gen.mpsize = mplayout(v, n);
		for(i = 0; i < n; i++){
			markvalue(v[i]->ty, v[i]->offset, &gen.mpmap, &gen.mpmapcap);
			v[i]->where = Wmp;
		}
	}
	globals(tree);
	collectfns(tree);
	for(f = gen.fns; f != nil; f = f->next)
		if(exported(f->decl))
			f->exported = 1;
	for(f = gen.fns; f != nil; f = f->next){
		gen.cur = f;
		gbody(f);
		gen.cur = nil;
		if(front.nerr > 0)
			break;
	}
	if(front.nerr > 0){
		lfatalenv = nil;
		reset();
		return -1;
	}
	for(f = gen.fns; f != nil; f = f->next)
		patch(f->calls, f->pc);
	finishimports();

	/* links: .mp, then functions by name */
	if(n > 0){
		Out o;
		memset(&o, 0, sizeof o);
		mpstring(&o, gen.impl->ty);
		link(".mp", -1, -1, sigof(o.s, o.n));
		free(o.s);
	}
	nf = 0;
	for(f = gen.fns; f != nil; f = f->next)
		if(f->exported)
			nf++;
	fv = malloc((nf + 1) * sizeof *fv);
	if(fv == nil)
		lfatal("out of memory");
	k = 0;
	for(f = gen.fns; f != nil; f = f->next)
		if(f->exported)
			fv[k++] = f;
	qsort(fv, nf, sizeof *fv, byname);
	gen.o.entry = gen.o.entrydesc = -1;
	for(k = 0; k < nf; k++){
		f = fv[k];
		d = f->decl;
		link(f->name, f->pc, f->desc, sigoftype(d->ty));
		if(f->adt == nil && strcmp(f->name, "init") == 0 && exported(d)){
			gen.o.entry = f->pc;
			gen.o.entrydesc = f->desc;
		}
	}
	free(fv);

	/* descriptor 0 */
	gen.mpsize = (gen.mpsize + 3) / 4 * 4;
	gen.o.datasize = gen.mpsize;
	nmap = (gen.mpsize/4 + 7) / 8;
	gen.o.desc[0].size = gen.mpsize;
	gen.o.desc[0].nmap = nmap;
	gen.o.desc[0].map = calloc(nmap + 1, 1);
	if(gen.o.desc[0].map == nil)
		lfatal("out of memory");
	if(gen.mpmap != nil)
		memmove(gen.o.desc[0].map, gen.mpmap, nmap < gen.mpmapcap ? nmap : gen.mpmapcap);

	gen.o.name = gen.impl->sym->name;
	gen.o.path = srcfile(0);
	if(objwrite(&gen.o, out, asmout, err, sizeof err) < 0){
		lmessage("limbo: %s: %s", out != nil ? out : asmout != nil ? asmout : "object", err);
		lfatalenv = nil;
		reset();
		return -1;
	}
	if(sbl != nil && sblwrite(sbl) < 0){
		lfatalenv = nil;
		reset();
		return -1;
	}
	lfatalenv = nil;
	reset();
	return 0;
}
