/*
 * A model of Inferno's Dis interpreter, the yardstick for Ember's
 * (libinterp/xec.c): the same decoded instructions, run the way
 * Inferno's xec runs them. The machine registers are a global REG;
 * each instruction first calls a decode function chosen by its
 * operand modes (Inferno's dec[] table), which leaves the operands'
 * addresses in R.s, R.m and R.d, then calls its opcode's function
 * through ioptab[]; the quantum is counted per instruction and the
 * registers are copied out and in around each quantum. Branch
 * targets are pre-converted to Inst addresses as Inferno's loader
 * does.
 *
 * Only the opcodes the benchmarks use are here (the hand-assembled
 * programs of tests/bench and those Ember's limbo compiles from
 * ../shared/bench), written after Inferno's: heap objects with a
 * 16-byte header (reference count, type, colour) freed when the
 * count drops to zero, pointer fields released by their type's map,
 * and Inferno's write barrier (Setmark) where it has one; newaz
 * clearing its array's memory, which Inferno's pool does not hand
 * out cleared; strings as Inferno's String (bytes, or runes once a
 * character >= 0x80 goes in), grown with a quarter's slack by insc
 * and addc; arrays, lists; Progs on a run queue scheduled as
 * Inferno's vmachine does (the x87 environment saved and restored
 * around each quantum), unbuffered channels that hand a value
 * straight to a waiting Prog, spawn. Not modelled, so the model is
 * if anything faster than Inferno: its mark-and-sweep collector (run
 * from vmachine every 256 quanta), its pool allocator (heap blocks
 * here come from per-size free lists in a 32-bit arena) and its
 * kernel between a Sys call and the host. Module data gets its
 * words, reals, bigs and strings. The one module loaded is $Sys,
 * built in: print and fprint (formats %d, %bd, %s, %r), fildes,
 * open, create, read and write, done by the host's calls; blocking
 * calls do not release the machine to other Progs, and an exception
 * ends the run (the machine's errors likewise). Host program: infxec
 * file.dis [args].
 */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include "../../libkern/kern.h"
#include "../../libinterp/dis.h"

typedef int WORD;
#define H	((uchar*)(uintptr)0xFFFFFFFFu)
#define W(p)	(*(WORD*)(p))
#define B(p)	(*(uchar*)(p))
#define V(p)	(*(vlong*)(p))
#define F(p)	(*(double*)(p))
#define PTR(p)	((uchar*)(uintptr)*(u32int*)(p))
#define SETP(p, v)	(*(u32int*)(p) = (u32int)(uintptr)(v))
#define HREF(v)	(*(int*)((v) - 16))	/* a heap object's header: count, */
#define HTYPE(v)	((Dtype*)PTR((v) - 12))	/* type, */
#define HSIZE(v)	(*(int*)((v) - 8))	/* block size, */
#define HCOLOR(v)	(*(int*)((v) - 4))	/* the collector's colour */
/* Inferno's Setmark, the write barrier (the collector itself is not modelled) */
static int mutator = 0, propagator = 3, nprop;
#define Setmark(v)	if(HCOLOR(v) != mutator){ HCOLOR(v) = propagator; nprop = 1; }

typedef struct Dtype Dtype;
struct Dtype {
	int	size;
	int	np;
	uchar	*map;
	void	(*free)(uchar*);	/* nil: release the pointers of the map */
};

typedef struct Array Array;
struct Array {
	WORD	len;
	u32int	t;
	u32int	root;
	u32int	data;
};

typedef struct String String;
struct String {
	int	len;	/* < 0: -len runes */
	int	max;	/* bytes, or runes when len < 0 */
	u32int	tmp;
	uchar	data[];
};
#define SRUNE(s)	((Rune*)(s)->data)

typedef struct List List;
struct List {
	u32int	tail;
	u32int	t;	/* element type when it holds pointers */
	uchar	data[];
};

typedef struct Frame Frame;
struct Frame {
	u32int	lr, fp, mr, t;
};

typedef struct Prog Prog;
typedef struct REG REG;
struct REG {
	Inst	*PC;
	uchar	*MP, *FP, *SP, *TS;
	uchar	*s, *d, *m;
	WORD	t;		/* a middle immediate's value */
	int	IC;
};

enum { Pready, Psend, Precv, Pexiting };
struct Prog {
	REG	R;
	int	state;
	uchar	*ptr;		/* the value a blocked send or recv moves */
	Prog	*link;		/* run queue */
	Prog	*qnext;		/* a channel's queue */
	uchar	fpu[28];	/* its x87 environment (Osenv.fpu) */
};

typedef struct Channel Channel;
struct Channel {
	Prog	*sendh, *sendt;
	Prog	*recvh, *recvt;
	void	(*mover)(uchar*, uchar*);
};

typedef struct Sysfn Sysfn;
struct Sysfn {
	char	*name;
	void	(*fn)(uchar*);
	Dtype	*frame;	/* nil: variadic */
	int	size;
	uchar	map[2];
};

typedef struct Modlink Modlink;
struct Modlink {
	u32int	MP;	/* word 0 (H: built in) */
	int	nlinks;
	Sysfn	*links[];
};

static REG R;
static Prog *cur, *runhd, *runtl;
static Dtype *types;
static Dtype *Tstring, *Tarray, *Tlist, *Tchannel, *Tfd, *Tmodlink, *Tptr;
static Module *mod;
static char errstr[256] = "";

static void
xerror(char *s)
{
	fflush(stdout);
	fprintf(stderr, "infxec: %s\n", s);
	exit(1);
}

/* Memory Dis code addresses: a 32-bit arena, bump allocated. */
static uchar *arena, *atop, *aend;
static void*
amalloc(ulong n)
{
	uchar *p;

	p = atop;
	atop += (n + 15) & ~15UL;
	if(atop > aend)
		xerror("out of memory");
	memset(p, 0, n);
	return p;
}

/* The heap: blocks of the arena on free lists by size (16-byte steps). */
enum { Nsizes = 8192 };
static uchar *freel[Nsizes];

static uchar*
halloc(ulong n, Dtype *t)
{
	uchar *h;
	ulong sz, c;

	sz = (n + 16 + 15) & ~15UL;
	c = sz >> 4;
	if(c < Nsizes && freel[c] != nil){
		h = freel[c];
		freel[c] = *(uchar**)h;
	}else{
		h = atop;
		atop += sz;
		if(atop > aend)
			xerror("out of memory: heap");
	}
	*(int*)h = 1;
	SETP(h + 4, t);
	*(int*)(h + 8) = sz;
	*(int*)(h + 12) = mutator;
	return h + 16;
}

static void
hfree(uchar *v)
{
	uchar *h;
	ulong c;

	h = v - 16;
	c = HSIZE(v) >> 4;
	if(c < Nsizes){
		*(uchar**)h = freel[c];
		freel[c] = h;
	}
}

static void
initmem(Dtype *t, uchar *p)
{
	int i, b;

	for(i = 0; i < t->np; i++)
		for(b = 0; b < 8; b++)
			if(t->map[i] & (0x80 >> b))
				SETP(p + 32*i + 4*b, H);
}

static void freeptrs(uchar*, Dtype*);

static void
destroy(uchar *v)
{
	Dtype *t;

	if(v == H || --HREF(v) > 0)
		return;
	t = HTYPE(v);
	if(t->free != nil)
		t->free(v);
	else if(t->np)
		freeptrs(v, t);
	hfree(v);
}

static void
freeptrs(uchar *p, Dtype *t)
{
	int i, b;

	for(i = 0; i < t->np; i++)
		for(b = 0; b < 8; b++)
			if(t->map[i] & (0x80 >> b))
				destroy(PTR(p + 32*i + 4*b));
}

/* pointer assignment: the new value already counted */
static void
assign(uchar *d, uchar *v)
{
	uchar *o;

	o = PTR(d);
	SETP(d, v);
	destroy(o);
}

static void
freearray(uchar *v)
{
	Array *a;
	Dtype *t;
	uchar *p;
	int i;

	a = (Array*)v;
	t = (Dtype*)PTR(&a->t);
	if(PTR(&a->root) != H){
		destroy(PTR(&a->root));
		return;
	}
	if(t->np)
		for(i = 0, p = PTR(&a->data); i < a->len; i++, p += t->size)
			freeptrs(p, t);
}

static void
freelist(uchar *v)
{
	List *l;
	Dtype *t;
	uchar *tl;

	/* v's block is freed by destroy; its dead tails here, without recursion */
	l = (List*)v;
	t = (Dtype*)PTR(&l->t);
	if(t != nil)
		freeptrs(l->data, t);
	tl = PTR(&l->tail);
	while(tl != H && --HREF(tl) == 0){
		l = (List*)tl;
		t = (Dtype*)PTR(&l->t);
		if(t != nil)
			freeptrs(l->data, t);
		tl = PTR(&l->tail);
		hfree((uchar*)l);
	}
}

static void
freefd(uchar *v)
{
	close(W(v));
}

static Dtype*
mktype(int size, int np, uchar *map, void (*free)(uchar*))
{
	Dtype *t;

	t = amalloc(sizeof *t);
	t->size = size;
	t->np = np;
	t->map = map;
	t->free = free;
	return t;
}

/* Strings */
static String*
newstring(int nb)
{
	String *s;

	s = (String*)halloc(sizeof(String) + nb, Tstring);
	s->tmp = 0;
	s->len = nb;
	s->max = HSIZE((uchar*)s) - 16 - sizeof(String);
	return s;
}

static String*
newrunes(int nr)
{
	String *s;

	s = newstring(nr*sizeof(Rune));
	s->len = -nr;
	s->max /= sizeof(Rune);
	return s;
}

static int
slen(String *s)
{
	if((uchar*)s == H)
		return 0;
	return s->len < 0 ? -s->len : s->len;
}

static Rune
sat(String *s, int i)
{
	return s->len < 0 ? SRUNE(s)[i] : s->data[i];
}

static String*
cstring(char *c)
{
	String *s;
	Rune r;
	char *p;
	int n, i;

	for(p = c; *p != 0; p++)
		if((uchar)*p >= Runeself)
			break;
	if(*p == 0){
		n = strlen(c);
		s = newstring(n);
		memmove(s->data, c, n);
		return s;
	}
	s = newrunes(utflen(c));
	for(p = c, i = 0; *p != 0; i++){
		p += chartorune(&r, p);
		SRUNE(s)[i] = r;
	}
	return s;
}

/* the text of s in UTF-8, in buf */
static char*
string2c(String *s, char *buf, int nbuf)
{
	char *p, *e;
	Rune r;
	int i, n;

	p = buf;
	e = buf + nbuf - UTFmax - 1;
	n = slen(s);
	for(i = 0; i < n && p < e; i++){
		r = sat(s, i);
		if(r < Runeself)
			*p++ = r;
		else
			p += runetochar(p, &r);
	}
	*p = 0;
	return buf;
}

static int
stringcmp(String *a, String *b)
{
	int la, lb, i, n;
	Rune ra, rb;

	la = slen(a);
	lb = slen(b);
	n = la < lb ? la : lb;
	if(n > 0 && a->len >= 0 && b->len >= 0){
		i = memcmp(a->data, b->data, n);
		if(i != 0)
			return i;
	}else
		for(i = 0; i < n; i++){
			ra = sat(a, i);
			rb = sat(b, i);
			if(ra != rb)
				return ra < rb ? -1 : 1;
		}
	return la - lb;
}

/* Decode functions, one per mode triple (Inferno generates them). */
#define OPND(md, f, in) \
	((md) == Afp ? R.FP + R.PC->f : \
	 (md) == Amp ? R.MP + R.PC->f : \
	 (md) == Aimm ? (uchar*)&R.PC->f : \
	 (md) == Aifp ? PTR(R.FP + R.PC->f) + R.PC->in : \
	 (md) == Aimp ? PTR(R.MP + R.PC->f) + R.PC->in : (uchar*)0)
#define DEC(sm, mm, dm) static void d_##sm##mm##dm(void) { \
	R.s = OPND(sm, s, si); \
	R.d = OPND(dm, d, di); \
	if(mm == Aimm){ R.t = R.PC->m; R.m = (uchar*)&R.t; } \
	else if(mm == Anone) R.m = R.d; \
	else R.m = OPND(mm, m, mi); \
}
#define DECM(sm, dm) DEC(sm, 0, dm) DEC(sm, 1, dm) DEC(sm, 2, dm) DEC(sm, 3, dm) DEC(sm, 4, dm) DEC(sm, 5, dm)
#define DECD(sm) DECM(sm, 0) DECM(sm, 1) DECM(sm, 2) DECM(sm, 3) DECM(sm, 4) DECM(sm, 5)
DECD(0) DECD(1) DECD(2) DECD(3) DECD(4) DECD(5)
static void (*dec[512])(void);
#define SETD(sm, mm, dm) dec[Mkmode(sm, mm, dm)] = d_##sm##mm##dm;
#define SETM(sm, dm) SETD(sm, 0, dm) SETD(sm, 1, dm) SETD(sm, 2, dm) SETD(sm, 3, dm) SETD(sm, 4, dm) SETD(sm, 5, dm)
#define SETS(sm) SETM(sm, 0) SETM(sm, 1) SETM(sm, 2) SETM(sm, 3) SETM(sm, 4) SETM(sm, 5)

#define JMP(d)	(R.PC = (Inst*)PTR(d))
#define OP(x)	static void x(void)

OP(illegal) { fprintf(stderr, "infxec: opcode %d not modelled\n", R.PC[-1].op); exit(1); }
OP(movw) { W(R.d) = W(R.s); }
OP(movb) { B(R.d) = B(R.s); }
OP(movl) { V(R.d) = V(R.s); }
OP(movf) { F(R.d) = F(R.s); }
OP(movp) {
	uchar *sv;

	sv = PTR(R.s);
	if(sv != H){
		HREF(sv)++;
		Setmark(sv);
	}
	assign(R.d, sv);
}
OP(lea) { SETP(R.d, R.s); }
OP(addw) { W(R.d) = W(R.m) + W(R.s); }
OP(subw) { W(R.d) = W(R.m) - W(R.s); }
OP(mulw) { W(R.d) = W(R.m) * W(R.s); }
OP(divw) { W(R.d) = W(R.m) / W(R.s); }
OP(modw) { W(R.d) = W(R.m) % W(R.s); }
OP(andw) { W(R.d) = W(R.m) & W(R.s); }
OP(xorw) { W(R.d) = W(R.m) ^ W(R.s); }
OP(shlw) { W(R.d) = W(R.m) << W(R.s); }
OP(shrw) { W(R.d) = W(R.m) >> W(R.s); }
OP(addl) { V(R.d) = V(R.m) + V(R.s); }
OP(addf) { F(R.d) = F(R.m) + F(R.s); }
OP(subf) { F(R.d) = F(R.m) - F(R.s); }
OP(mulf) { F(R.d) = F(R.m) * F(R.s); }
OP(divf) { F(R.d) = F(R.m) / F(R.s); }
OP(cvtbw) { W(R.d) = B(R.s); }
OP(cvtwb) { B(R.d) = W(R.s); }
OP(cvtwl) { V(R.d) = W(R.s); }
OP(cvtwf) { F(R.d) = W(R.s); }
OP(jmp) { JMP(R.d); }
OP(bltw) { if(W(R.s) < W(R.m)) JMP(R.d); }
OP(blew) { if(W(R.s) <= W(R.m)) JMP(R.d); }
OP(bgew) { if(W(R.s) >= W(R.m)) JMP(R.d); }
OP(bgtw) { if(W(R.s) > W(R.m)) JMP(R.d); }
OP(beqw) { if(W(R.s) == W(R.m)) JMP(R.d); }
OP(bnew) { if(W(R.s) != W(R.m)) JMP(R.d); }
OP(beqb) { if(B(R.s) == B(R.m)) JMP(R.d); }
OP(blef) { if(F(R.s) <= F(R.m)) JMP(R.d); }
OP(bgtf) { if(F(R.s) > F(R.m)) JMP(R.d); }
OP(bnec) { if(stringcmp((String*)PTR(R.s), (String*)PTR(R.m)) != 0) JMP(R.d); }
OP(bgec) { if(stringcmp((String*)PTR(R.s), (String*)PTR(R.m)) >= 0) JMP(R.d); }
OP(indw) {
	Array *a;
	WORD i;

	a = (Array*)PTR(R.s);
	i = W(R.d);
	if((uchar*)a == H || (u32int)i >= (u32int)a->len)
		xerror("array bounds error");
	SETP(R.m, PTR(&a->data) + i*4);
}
OP(indb) {
	Array *a;
	WORD i;

	a = (Array*)PTR(R.s);
	i = W(R.d);
	if((uchar*)a == H || (u32int)i >= (u32int)a->len)
		xerror("array bounds error");
	SETP(R.m, PTR(&a->data) + i);
}
OP(lena) {
	Array *a;

	a = (Array*)PTR(R.s);
	W(R.d) = (uchar*)a == H ? 0 : a->len;
}
OP(new) {
	Dtype *t;
	uchar *v;

	t = &types[W(R.s)];
	v = halloc(t->size, t);
	initmem(t, v);
	assign(R.d, v);
}
/* newa and newaz: Inferno's heap blocks come uncleared from its pool */
static void
newarray(int zero)
{
	Dtype *t;
	Array *a;
	uchar *p;
	int n, i;

	t = &types[W(R.m)];
	n = W(R.s);
	if(n < 0)
		xerror("negative array size");
	a = (Array*)halloc(sizeof(Array) + n*t->size, Tarray);
	SETP(&a->t, t);
	a->len = n;
	a->root = 0xFFFFFFFF;
	SETP(&a->data, (uchar*)(a + 1));
	if(zero)
		memset(a + 1, 0, n*t->size);
	if(t->np)
		for(i = 0, p = (uchar*)(a + 1); i < n; i++, p += t->size)
			initmem(t, p);
	assign(R.d, (uchar*)a);
}
OP(newa) { newarray(0); }
OP(newaz) { newarray(1); }

/* Strings */
OP(lenc) { W(R.d) = slen((String*)PTR(R.s)); }
OP(indc) {
	String *s;
	u32int v;

	s = (String*)PTR(R.s);
	v = W(R.m);
	if((uchar*)s == H)
		xerror("dereference of nil");
	if(v >= (u32int)slen(s))
		xerror("array bounds error");
	W(R.d) = sat(s, v);
}
/* a private copy of the string at d, in runes if they are wanted */
static String*
splitc(uchar *d, int expand)
{
	String *s, *ns;
	int i, l;

	s = (String*)PTR(d);
	l = slen(s);
	if(expand && s->len >= 0){
		ns = newrunes(l);
		for(i = 0; i < l; i++)
			SRUNE(ns)[i] = s->data[i];
	}else if(s->len < 0){
		ns = newrunes(l);
		memmove(ns->data, s->data, l*sizeof(Rune));
	}else{
		ns = newstring(l);
		memmove(ns->data, s->data, l);
	}
	assign(d, (uchar*)ns);
	return ns;
}
OP(insc) {
	u32int v;
	int l, r, expand;
	String *ss, *ns;

	r = W(R.s);
	v = W(R.m);
	ss = (String*)PTR(R.d);
	expand = r >= Runeself;
	if((uchar*)ss == H){
		ss = newstring(0);
		assign(R.d, (uchar*)ss);
		if(expand){
			ss->len = 0;
			ss->max /= sizeof(Rune);
			goto runes;
		}
	}else if(HREF((uchar*)ss) > 1 || (expand && ss->len > 0))
		ss = splitc(R.d, expand);
	if(ss->len < 0 || expand){
	runes:
		l = -ss->len;
		if(v < (u32int)l)
			SRUNE(ss)[v] = r;
		else if(v == (u32int)l && v < (u32int)ss->max){
			ss->len = -(v+1);
			SRUNE(ss)[v] = r;
		}else{
			if(v != (u32int)l)
				xerror("array bounds error");
			ns = newrunes(v + 1 + v/4);
			memmove(ns->data, ss->data, l*sizeof(Rune));
			SRUNE(ns)[v] = r;
			ns->len = -(v+1);
			assign(R.d, (uchar*)ns);
		}
	}else{
		l = ss->len;
		if(v < (u32int)l)
			ss->data[v] = r;
		else if(v == (u32int)l && v < (u32int)ss->max){
			ss->len = v+1;
			ss->data[v] = r;
		}else{
			if(v != (u32int)l)
				xerror("array bounds error");
			ns = newstring(v + 1 + v/4);
			memmove(ns->data, ss->data, l);
			ns->data[v] = r;
			ns->len = v+1;
			assign(R.d, (uchar*)ns);
		}
	}
}
static String*
addstring(String *s1, String *s2, int append)
{
	String *ns;
	int l1, l2, l, i;

	l1 = slen(s1);
	l2 = slen(s2);
	l = l1 + l2;
	if(s1->len >= 0 && s2->len >= 0){
		if(append && HREF((uchar*)s1) == 1 && s1->max >= l){
			memmove(s1->data + l1, s2->data, l2);
			s1->len = l;
			return s1;
		}
		ns = newstring(append ? l + l/4 : l);
		memmove(ns->data, s1->data, l1);
		memmove(ns->data + l1, s2->data, l2);
		ns->len = l;
		return ns;
	}
	ns = newrunes(append ? l + l/4 : l);
	for(i = 0; i < l1; i++)
		SRUNE(ns)[i] = sat(s1, i);
	for(i = 0; i < l2; i++)
		SRUNE(ns)[l1+i] = sat(s2, i);
	ns->len = -l;
	return ns;
}
OP(addc) {
	String *s1, *s2, *ns;

	s2 = (String*)PTR(R.s);
	s1 = (String*)PTR(R.m);
	if((uchar*)s1 == H || (uchar*)s2 == H){
		if((uchar*)s1 == H)
			s1 = s2;
		if((uchar*)s1 == H)
			ns = s1;
		else if(s1->len >= 0){
			ns = newstring(s1->len);
			memmove(ns->data, s1->data, s1->len);
		}else{
			ns = newrunes(-s1->len);
			memmove(ns->data, s1->data, -s1->len*sizeof(Rune));
		}
	}else{
		ns = addstring(s1, s2, R.m == R.d);
		if(ns == s1 && R.m == R.d)
			return;
	}
	assign(R.d, (uchar*)ns);
}
OP(slicec) {
	String *s, *ns;
	int start, stop;

	start = W(R.s);
	stop = W(R.m);
	s = (String*)PTR(R.d);
	if((uchar*)s == H){
		if(start == 0 && stop == 0)
			return;
		xerror("array bounds error");
	}
	if(stop < start || start < 0 || stop > slen(s))
		xerror("array bounds error");
	if(s->len < 0){
		ns = newrunes(stop - start);
		memmove(ns->data, SRUNE(s) + start, (stop - start)*sizeof(Rune));
	}else{
		ns = newstring(stop - start);
		memmove(ns->data, s->data + start, stop - start);
	}
	assign(R.d, (uchar*)ns);
}
OP(cvtwc) {
	String *s;
	char buf[16];
	int n;

	n = snprintf(buf, sizeof buf, "%d", W(R.s));
	s = newstring(n);
	memmove(s->data, buf, n);
	assign(R.d, (uchar*)s);
}
OP(cvtcw) {
	String *s;
	char buf[64];

	s = (String*)PTR(R.s);
	if((uchar*)s == H)
		W(R.d) = 0;
	else
		W(R.d) = strtol(string2c(s, buf, sizeof buf), nil, 10);
}

/* Lists */
static List*
cons(ulong size, uchar *lp)
{
	List *l;

	l = (List*)halloc(sizeof(List) + size, Tlist);
	l->t = 0;
	if(PTR(lp) != H)
		Setmark(PTR(lp));
	l->tail = *(u32int*)lp;
	SETP(lp, l);
	return l;
}
OP(consw) { W(cons(4, R.d)->data) = W(R.s); }
OP(headw) {
	List *l;

	l = (List*)PTR(R.s);
	if((uchar*)l == H)
		xerror("dereference of nil");
	W(R.d) = W(l->data);
}
OP(headp) {
	List *l;
	uchar *v;

	l = (List*)PTR(R.s);
	if((uchar*)l == H)
		xerror("dereference of nil");
	v = PTR(l->data);
	if(v != H){
		HREF(v)++;
		Setmark(v);
	}
	assign(R.d, v);
}
OP(tail) {
	List *l;
	uchar *t;

	l = (List*)PTR(R.s);
	if((uchar*)l == H)
		xerror("dereference of nil");
	t = PTR(&l->tail);
	if(t != H){
		HREF(t)++;
		Setmark(t);
	}
	assign(R.d, t);
}

/* Progs and channels */
static void
addrun(Prog *p)
{
	p->state = Pready;
	p->link = nil;
	if(runhd == nil)
		runhd = p;
	else
		runtl->link = p;
	runtl = p;
}
/* the running Prog leaves the run queue (it is its head) */
static void
delrun(int state)
{
	Prog *p;

	p = runhd;
	p->state = state;
	runhd = p->link;
	if(p->link == nil)
		runtl = nil;
	R.IC = 1;
}

/* FPsave and FPrestore of Inferno's emu (asm-386.S) */
static void
fpsave(uchar *env)
{
#if defined(__x86_64__) || defined(__i386__)
	__asm__ volatile("fstenv %0" : "=m"(*(uchar(*)[28])env));
#else
	USED(env);
#endif
}
static void
fprestore(uchar *env)
{
#if defined(__x86_64__) || defined(__i386__)
	__asm__ volatile("fldenv %0" : : "m"(*(uchar(*)[28])env));
#else
	USED(env);
#endif
}
static void
moverw(uchar *s, uchar *d)
{
	W(d) = W(s);
}
OP(newcw) {
	Channel *c;

	c = (Channel*)halloc(sizeof(Channel), Tchannel);
	c->sendh = c->sendt = c->recvh = c->recvt = nil;
	c->mover = moverw;
	assign(R.d, (uchar*)c);
}
OP(send) {
	Channel *c;
	Prog *p;

	c = (Channel*)PTR(R.d);
	if((uchar*)c == H)
		xerror("dereference of nil");
	p = c->recvh;
	if(p == nil){
		cur->ptr = R.s;
		cur->qnext = nil;
		if(c->sendh == nil)
			c->sendh = cur;
		else
			c->sendt->qnext = cur;
		c->sendt = cur;
		delrun(Psend);
		return;
	}
	c->recvh = p->qnext;
	c->mover(R.s, p->ptr);
	p->ptr = nil;
	addrun(p);
}
OP(recv) {
	Channel *c;
	Prog *p;

	c = (Channel*)PTR(R.s);
	if((uchar*)c == H)
		xerror("dereference of nil");
	p = c->sendh;
	if(p == nil){
		cur->ptr = R.d;
		cur->qnext = nil;
		if(c->recvh == nil)
			c->recvh = cur;
		else
			c->recvt->qnext = cur;
		c->recvt = cur;
		delrun(Precv);
		return;
	}
	c->sendh = p->qnext;
	c->mover(p->ptr, R.d);
	p->ptr = nil;
	addrun(p);
}

/* Frames and calls */
static uchar*
newframe(Dtype *t)
{
	Frame *f;
	uchar *nsp;

	nsp = R.SP + t->size;
	if(nsp >= R.TS)
		xerror("stack overflow");
	f = (Frame*)R.SP;
	R.SP = nsp;
	SETP(&f->t, t);
	f->mr = 0;
	if(t->np)
		initmem(t, (uchar*)f);
	return (uchar*)f;
}
OP(frame) { SETP(R.d, newframe(&types[W(R.s)])); }
OP(mframe) {
	Modlink *ml;
	Sysfn *l;

	ml = (Modlink*)PTR(R.s);
	if((uchar*)ml == H)
		xerror("module not loaded");
	l = ml->links[W(R.m)];
	if(l->frame == nil)
		xerror("mframe of a variadic function");
	SETP(R.d, newframe(l->frame));
}
OP(call) {
	Frame *f;

	f = (Frame*)PTR(R.s);
	SETP(&f->lr, R.PC);
	SETP(&f->fp, R.FP);
	R.FP = (uchar*)f;
	JMP(R.d);
}
OP(ret) {
	Frame *f;
	Dtype *t;

	f = (Frame*)R.FP;
	R.FP = PTR(&f->fp);
	t = (Dtype*)PTR(&f->t);
	if(R.FP == nil){
		R.FP = (uchar*)f;
		if(t->np)
			freeptrs((uchar*)f, t);
		delrun(Pexiting);
		return;
	}
	R.SP = (uchar*)f;
	R.PC = (Inst*)PTR(&f->lr);
	if(t->np)
		freeptrs((uchar*)f, t);
}
OP(spawn) {
	Prog *p;
	Frame *f;
	Dtype *t;
	uchar *stk;

	f = (Frame*)PTR(R.s);
	t = (Dtype*)PTR(&f->t);
	p = calloc(1, sizeof *p);
	memmove(p->fpu, cur->fpu, sizeof p->fpu);
	stk = amalloc(1<<16);
	p->R = R;
	p->R.PC = (Inst*)PTR(R.d);
	p->R.TS = stk + (1<<16);
	memmove(stk, f, t->size);
	((Frame*)stk)->fp = 0;
	p->R.FP = stk;
	p->R.SP = stk + t->size;
	R.SP = (uchar*)f;
	addrun(p);
}
OP(raise) {
	String *s;
	char buf[256];

	s = (String*)PTR(R.s);
	fflush(stdout);
	if((uchar*)s == H)
		xerror("dereference of nil");
	string2c(s, buf, sizeof buf);
	if(strncmp(buf, "fail:", 5) == 0)
		exit(1);
	fprintf(stderr, "infxec: exception: %s\n", buf);
	exit(1);
}

/* $Sys, built in */
static int
fmtsys(uchar *f, int argoff, char *out, int nout)
{
	String *fs;
	char fmt[512], *p, *o, *e;
	int off;

	fs = (String*)PTR(f + argoff);
	string2c(fs, fmt, sizeof fmt);
	off = argoff + 4;
	o = out;
	e = out + nout - 1;
	for(p = fmt; *p != 0 && o < e; p++){
		if(*p != '%'){
			*o++ = *p;
			continue;
		}
		p++;
		if(*p == 'd'){
			o += snprintf(o, e - o, "%d", W(f + off));
			off += 4;
		}else if(p[0] == 'b' && p[1] == 'd'){
			p++;
			off = (off + 7) & ~7;
			o += snprintf(o, e - o, "%lld", V(f + off));
			off += 8;
		}else if(*p == 's'){
			string2c((String*)PTR(f + off), o, e - o);
			o += strlen(o);
			off += 4;
		}else if(*p == 'r')
			o += snprintf(o, e - o, "%s", errstr);
		else if(*p == '%')
			*o++ = '%';
		else
			xerror("print format not modelled");
		if(o > e)
			o = e;
	}
	*o = 0;
	return o - out;
}
static void
sysprint(uchar *f)
{
	char buf[1024];
	int n;

	n = fmtsys(f, 32, buf, sizeof buf);
	fwrite(buf, 1, n, stdout);
	W(PTR(f + 16)) = n;
}
static uchar*
mkfd(int fd)
{
	uchar *v;

	if(fd < 0){
		snprintf(errstr, sizeof errstr, "%s", strerror(errno));
		return H;
	}
	v = halloc(4, Tfd);
	W(v) = fd;
	return v;
}
static void
sysfprint(uchar *f)
{
	char buf[1024];
	int n;

	n = fmtsys(f, 36, buf, sizeof buf);
	fflush(stdout);
	W(PTR(f + 16)) = write(W(PTR(f + 32)), buf, n);
}
static void
sysfildes(uchar *f)
{
	assign(PTR(f + 16), mkfd(dup(W(f + 32))));
}
static void
sysopen(uchar *f)
{
	char path[1024];

	string2c((String*)PTR(f + 32), path, sizeof path);
	assign(PTR(f + 16), mkfd(open(path, W(f + 36) & 3)));
}
static void
syscreate(uchar *f)
{
	char path[1024];

	string2c((String*)PTR(f + 32), path, sizeof path);
	assign(PTR(f + 16), mkfd(open(path, (W(f + 36) & 3) | O_CREAT | O_TRUNC, W(f + 40) & 0777)));
}
static void
sysrw(uchar *f, int wr)
{
	uchar *fd;
	Array *a;
	int n;

	fd = PTR(f + 32);
	a = (Array*)PTR(f + 36);
	n = W(f + 40);
	if(fd == H || (uchar*)a == H || n < 0){
		W(PTR(f + 16)) = -1;
		return;
	}
	if(n > a->len)
		n = a->len;
	if(wr)
		n = write(W(fd), PTR(&a->data), n);
	else
		n = read(W(fd), PTR(&a->data), n);
	if(n < 0)
		snprintf(errstr, sizeof errstr, "%s", strerror(errno));
	W(PTR(f + 16)) = n;
}
static void sysread(uchar *f) { sysrw(f, 0); }
static void syswrite(uchar *f) { sysrw(f, 1); }

static Sysfn sysfns[] = {
	{"create", syscreate, nil, 48, {0x00, 0x80}},
	{"fildes", sysfildes, nil, 40, {0x00, 0x00}},
	{"fprint", sysfprint, nil, 0, {0}},
	{"open", sysopen, nil, 40, {0x00, 0x80}},
	{"print", sysprint, nil, 0, {0}},
	{"read", sysread, nil, 48, {0x00, 0xc0}},
	{"write", syswrite, nil, 48, {0x00, 0xc0}},
};

OP(load) {
	String *s;
	Import *im;
	Modlink *ml;
	char path[64];
	int i, k;

	s = (String*)PTR(R.s);
	if((uchar*)s == H || strcmp(string2c(s, path, sizeof path), "$Sys") != 0)
		xerror("only $Sys is modelled");
	im = &mod->import[W(R.m)];
	ml = (Modlink*)halloc(sizeof(Modlink) + im->n*sizeof(Sysfn*), Tmodlink);
	ml->MP = 0xFFFFFFFF;
	ml->nlinks = im->n;
	for(i = 0; i < im->n; i++){
		for(k = 0; k < (int)nelem(sysfns); k++)
			if(strcmp(sysfns[k].name, im->f[i].name) == 0)
				break;
		if(k == nelem(sysfns))
			xerror("Sys function not modelled");
		ml->links[i] = &sysfns[k];
	}
	assign(R.d, (uchar*)ml);
}
OP(mcall) {
	Frame *f;
	Modlink *ml;
	Dtype *t;

	f = (Frame*)PTR(R.s);
	ml = (Modlink*)PTR(R.d);
	if((uchar*)ml == H)
		xerror("module not loaded");
	SETP(&f->lr, R.PC);
	SETP(&f->fp, R.FP);
	R.FP = (uchar*)f;
	HREF((uchar*)ml)++;
	ml->links[W(R.m)]->fn((uchar*)f);
	HREF((uchar*)ml)--;
	R.FP = PTR(&f->fp);
	R.SP = (uchar*)f;
	t = (Dtype*)PTR(&f->t);
	if(t->np)
		freeptrs((uchar*)f, t);
}

static void (*ioptab[Nopcode])(void);

static void
xec(Prog *p)
{
	int op;

	R = p->R;
	R.IC = 2048;
	do {
		dec[R.PC->mode]();
		op = R.PC->op;
		R.PC++;
		ioptab[op]();
	} while(--R.IC != 0);
	p->R = R;
}

static uchar*
readfile(char *path, ulong *np)
{
	FILE *f;
	uchar *b;
	long n;

	f = fopen(path, "rb");
	if(f == nil){
		perror(path);
		exit(1);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	b = malloc(n);
	if(fread(b, 1, n, f) != (size_t)n){
		perror(path);
		exit(1);
	}
	fclose(f);
	*np = n;
	return b;
}

int
main(int argc, char **argv)
{
	char err[256], *s;
	Module *m;
	Inst *code, *i;
	uchar *buf, *fp, *p;
	ulong n;
	int k, j;
	Frame *f;
	Prog *pr;
	Ditem *di;
	String *str;
	List *l;

	if(argc < 2){
		fprintf(stderr, "usage: infxec file.dis [args...]\n");
		return 2;
	}
	arena = mmap(nil, 1<<29, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_32BIT|MAP_NORESERVE, -1, 0);
	if(arena == MAP_FAILED){
		perror("mmap");
		return 1;
	}
	atop = arena;
	aend = arena + (1<<29);
	buf = readfile(argv[1], &n);
	m = disload(buf, n, err, sizeof err);
	if(m == nil){
		fprintf(stderr, "infxec: %s\n", err);
		return 1;
	}
	mod = m;

	for(k = 0; k < Nopcode; k++)
		ioptab[k] = illegal;
	ioptab[Omovw] = movw; ioptab[Omovb] = movb; ioptab[Omovp] = movp; ioptab[Olea] = lea;
	ioptab[Omovl] = movl; ioptab[Omovf] = movf;
	ioptab[Oaddw] = addw; ioptab[Osubw] = subw; ioptab[Omulw] = mulw; ioptab[Odivw] = divw;
	ioptab[Omodw] = modw; ioptab[Oandw] = andw; ioptab[Oxorw] = xorw; ioptab[Oshlw] = shlw;
	ioptab[Oshrw] = shrw; ioptab[Oaddl] = addl;
	ioptab[Oaddf] = addf; ioptab[Osubf] = subf; ioptab[Omulf] = mulf; ioptab[Odivf] = divf;
	ioptab[Ocvtbw] = cvtbw; ioptab[Ocvtwb] = cvtwb; ioptab[Ocvtwl] = cvtwl; ioptab[Ocvtwf] = cvtwf;
	ioptab[Ojmp] = jmp; ioptab[Obltw] = bltw; ioptab[Oblew] = blew;
	ioptab[Obgew] = bgew; ioptab[Obgtw] = bgtw; ioptab[Obeqw] = beqw; ioptab[Obnew] = bnew;
	ioptab[Obeqb] = beqb; ioptab[Oblef] = blef; ioptab[Obgtf] = bgtf; ioptab[Obnec] = bnec; ioptab[Obgec] = bgec;
	ioptab[Oindw] = indw; ioptab[Oindb] = indb; ioptab[Olena] = lena;
	ioptab[Onew] = new; ioptab[Onewa] = newa; ioptab[Onewaz] = newaz;
	ioptab[Olenc] = lenc; ioptab[Oindc] = indc; ioptab[Oinsc] = insc; ioptab[Oaddc] = addc;
	ioptab[Oslicec] = slicec; ioptab[Ocvtwc] = cvtwc; ioptab[Ocvtcw] = cvtcw;
	ioptab[Oconsw] = consw; ioptab[Oheadw] = headw; ioptab[Oheadp] = headp; ioptab[Otail] = tail;
	ioptab[Onewcw] = newcw; ioptab[Osend] = send; ioptab[Orecv] = recv; ioptab[Ospawn] = spawn;
	ioptab[Oframe] = frame; ioptab[Omframe] = mframe; ioptab[Ocall] = call; ioptab[Oret] = ret;
	ioptab[Oload] = load; ioptab[Omcall] = mcall; ioptab[Oraise] = raise;
	SETS(0) SETS(1) SETS(2) SETS(3) SETS(4) SETS(5)

	Tstring = mktype(0, 0, nil, nil);
	Tarray = mktype(0, 0, nil, freearray);
	Tlist = mktype(0, 0, nil, freelist);
	Tchannel = mktype(0, 0, nil, nil);
	Tfd = mktype(4, 0, nil, freefd);
	Tmodlink = mktype(0, 0, nil, nil);
	Tptr = mktype(4, 1, (uchar*)"\x80", nil);
	for(k = 0; k < (int)nelem(sysfns); k++)
		if(sysfns[k].size != 0)
			sysfns[k].frame = mktype(sysfns[k].size, 2, sysfns[k].map, nil);

	types = amalloc(m->ntype * sizeof(Dtype));
	for(k = 0; k < m->ntype; k++){
		types[k].size = m->type[k].size;
		types[k].np = m->type[k].np;
		types[k].map = m->type[k].map;
	}
	code = amalloc(m->nprog * sizeof(Inst));
	memmove(code, m->prog, m->nprog * sizeof(Inst));
	for(i = code; i < code + m->nprog; i++)
		if(optab[i->op].d == Xpc && Dmode(i) == Aimm)
			i->d = (s32int)(u32int)(uintptr)&code[i->d];

	R.MP = amalloc(m->datasize + 8);
	if(m->datasize > 0)
		initmem(&types[0], R.MP);
	/* top-level data items: constants and strings */
	for(k = 0; k < m->ndata; k++){
		di = &m->data[k];
		p = R.MP + di->off;
		switch(di->kind){
		case Dbyte:
			memmove(p, di->p, di->n);
			break;
		case Dword:
			for(j = 0; j < di->n; j++)
				W(p + 4*j) = (WORD)disget32(di->p + 4*j);
			break;
		case Dreal:
		case Dbig:
			for(j = 0; j < di->n; j++)
				V(p + 8*j) = (vlong)disget64(di->p + 8*j);
			break;
		case Dstring:
			s = malloc(di->n + 1);
			memmove(s, di->p, di->n);
			s[di->n] = 0;
			str = cstring(s);
			free(s);
			assign(p, (uchar*)str);
			break;
		default:
			xerror("data item not modelled");
		}
	}

	/* the first Prog: init(nil, argv) */
	pr = calloc(1, sizeof *pr);
	R.SP = amalloc(1<<20);
	R.TS = R.SP + (1<<20);
	fp = R.SP;
	R.SP += types[m->entryt].size;
	initmem(&types[m->entryt], fp);
	f = (Frame*)fp;
	SETP(&f->t, &types[m->entryt]);
	for(k = argc - 1; k >= 1; k--){
		l = cons(4, fp + 36);
		SETP(&l->t, Tptr);
		SETP(l->data, cstring(argv[k]));
	}
	R.FP = fp;
	R.PC = &code[m->entry];
	pr->R = R;
#if defined(__x86_64__) || defined(__i386__)
	__asm__ volatile("fninit");
#endif
	fpsave(pr->fpu);
	addrun(pr);
	/* Inferno's vmachine, without the collector and the other kprocs */
	while(runhd != nil){
		cur = runhd;
		fprestore(cur->fpu);
		xec(cur);
		fpsave(cur->fpu);
		if(runhd != nil && cur == runhd && runhd != runtl){
			runhd = cur->link;
			cur->link = nil;
			runtl->link = cur;
			runtl = cur;
		}
	}
	fflush(stdout);
	return 0;
}
