/*
 * The pools: main (kernel malloc), heap (Dis objects) and image.
 * Each is a best-fit allocator over arenas taken from xalloc as it
 * grows, with boundary sizes in every header so that neighbours
 * coalesce on free, free blocks binned by size, statistics, and a
 * consistency check. Under AddressSanitizer free space and the slack
 * after each allocation are poisoned, so overruns and use after free
 * in pool memory are caught as they would be with libc's malloc.
 *
 * Small blocks take a quicker path: a freed block of at most Maxquick
 * bytes is parked, whole and uncoalesced, on its pool's quick list for
 * its exact size, and an allocation of that size takes it back without
 * a search. Parked blocks are free as far as anyone outside can tell:
 * they are not in cursize (nalloc and nfree still count every call),
 * poolwalk does not report them, poolcheck checks them, they are
 * poisoned like any free space, and freeing one again is caught as a
 * double free. They never cost an allocation or growth: when no free
 * block fits, the parked ones are freed for real (unpark) first, and
 * at most an eighth of the pool's arena is parked at any time.
 */
#include "all.h"

enum {
	Quantum = 16,		/* block sizes and payloads are multiples of this */
	Nbin = 32,		/* free lists: bin i holds sizes in [2^i, 2^(i+1)) */
	Maxquick = 512,		/* largest block (header included) that is parked */
	Nquick = Maxquick/Quantum + 1,
};
#define Balloc	0xA110CA70U	/* plus the pool's index */
#define Bfree	0xF4EEB10CU
#define Bquick	0x9A4CED0BU	/* parked on a quick list */
#define Bend	0xE4DA4E4AU	/* sentinel closing an arena */

typedef struct Bhdr Bhdr;
typedef struct Free Free;
typedef struct Arena Arena;
typedef struct Pool Pool;

struct Bhdr {
	u32int	magic;
	u32int	size;		/* whole block, header included */
	u32int	psize;		/* the previous block's size; 0 for an arena's first */
	u32int	req;		/* bytes the caller asked for; on small machines the caller's trace above Reqbits */
};
enum { Reqbits = 24 };
#define REQ(b)	(conf.ramtotal != 0 ? (b)->req & ((1U<<Reqbits)-1) : (b)->req)
#define TAG(b)	(conf.ramtotal != 0 ? (b)->req >> Reqbits : 0)

struct Free {			/* the start of a free block's payload; a parked one uses next */
	Bhdr	*next;
	Bhdr	*prev;
};

struct Arena {
	Arena	*next;
	Bhdr	*first;
	ulong	size;
};

/*
 * A pool's blocks come from the arenas of its space: itself, or (after
 * poolshare) another pool's, whose free lists, arenas and lock it then
 * uses, so that on a small machine the pools' peaks and free space do
 * not add up. A block's magic still names its own pool. The fields
 * from l to arenas are the space's; cursize to nfree the pool's own.
 * Everything is guarded by the space's lock, an ilock.
 */
struct Pool {
	Lock	l;
	char	*name;
	Pool	*space;		/* whose arenas: nil for itself */
	ulong	maxsize;	/* most bytes of arena it may take */
	ulong	chunk;		/* growth step */
	ulong	arenasize;
	ulong	nbrk;
	ulong	scur;		/* bytes in allocated blocks of every pool in the space */
	ulong	shw;		/* its high-water mark */
	Bhdr	*bin[Nbin];
	Bhdr	*quick[Nquick];	/* parked blocks of size i*Quantum, through Free.next */
	ulong	parked;		/* bytes in parked blocks */
	Arena	*arenas;
	ulong	cursize;	/* bytes in allocated blocks, not parked ones */
	ulong	hw;
	ulong	nalloc;
	ulong	nfree;
};
#define SPACE(p)	((p)->space != nil ? (p)->space : (p))

static Pool pools[] = {
	{ .name = "main", .maxsize = 4*1024*1024, .chunk = 128*1024 },
	{ .name = "heap", .maxsize = 16*1024*1024, .chunk = 128*1024 },
	{ .name = "image", .maxsize = 8*1024*1024, .chunk = 300*1024 },
};
enum { Pmain, Pheap, Pimage };

/*
 * Where the memory goes, on small-RAM targets (conf.ramtotal set): the
 * callers of allocations of at least Tracemin bytes, each with how
 * many, the bytes in all and the largest, the bytes of its blocks
 * live now and at the high-water mark of SRAM, listed in /dev/memory
 * after the sram line. Only the first Ntrace callers are kept; a
 * block's req holds its caller's index (plus one) above Reqbits.
 */
#ifndef NTRACE
#define NTRACE	40	/* an arch.h may keep fewer */
#endif
enum { Ntrace = NTRACE, Tracemin = 256 };
typedef struct Trace Trace;
struct Trace {
	uintptr	pc;
	uchar	pool;
	ulong	n;
	ulong	bytes;
	ulong	max;
	ulong	live;		/* bytes in its blocks now, headers included */
	ulong	peak;		/* live at the high-water mark */
};
static Trace traces[Ntrace];
static Lock tracelk;

/*
 * What SRAM held at its high-water mark (poolpeak, from xalloc): each
 * pool's allocated bytes and each space's arenas, and what was being
 * taken: an arena of grow bytes for an allocation from pc, or (grow 0)
 * something else, such as a kernel stack.
 */
static struct {
	ulong	sram;
	ulong	cur[nelem(pools)];
	ulong	arena[nelem(pools)];
	ulong	parked;
	ulong	grow;
	uintptr	pc;
} peak;
static ulong growing;		/* arena bytes poolgrow is taking, for poolpeak */
static uintptr growpc;

/* Count an allocation of block b; returns its tag: the trace's index plus one, or 0. */
static int
trace(int pool, ulong req, Bhdr *b, uintptr pc)
{
	Trace *t;
	int tag;

	if(conf.ramtotal == 0 || req < Tracemin || pc == 0 || req >= 1U<<Reqbits)
		return 0;
	tag = 0;
	ilock(&tracelk);
	for(t = traces; t < traces+Ntrace; t++)
		if(t->n == 0 || (t->pc == pc && t->pool == pool)){
			t->pc = pc;
			t->pool = pool;
			t->n++;
			t->bytes += req;
			if(req > t->max)
				t->max = req;
			t->live += b->size;
			tag = t - traces + 1;
			break;
		}
	iunlock(&tracelk);
	return tag;
}

static void
untrace(Bhdr *b)
{
	int tag;

	tag = TAG(b);
	if(tag == 0 || tag > Ntrace)
		return;
	ilock(&tracelk);
	traces[tag-1].live -= b->size;
	iunlock(&tracelk);
}

#ifdef __SANITIZE_ADDRESS__
void __asan_poison_memory_region(void const volatile*, size_t);
void __asan_unpoison_memory_region(void const volatile*, size_t);
#define POISON(p, n)	__asan_poison_memory_region((p), (n))
#define UNPOISON(p, n)	__asan_unpoison_memory_region((p), (n))
#else
#define POISON(p, n)	USED(p)
#define UNPOISON(p, n)	USED(p)
#endif

#define B2D(b)		((void*)((Bhdr*)(b)+1))
#define D2B(d)		((Bhdr*)(d)-1)
#define NEXTB(b)	((Bhdr*)((uchar*)(b)+(b)->size))
#define PREVB(b)	((Bhdr*)((uchar*)(b)-(b)->psize))
#define FREE(b)		((Free*)B2D(b))

static int
binof(ulong size)
{
	int i;

	if(size <= 1)
		return 0;
	i = 8*sizeof(ulong) - 1 - __builtin_clzl(size);
	return i < Nbin-1 ? i : Nbin-1;
}

static void
binadd(Pool *p, Bhdr *b)
{
	int i;
	Free *f;

	b->magic = Bfree;
	i = binof(b->size);
	f = FREE(b);
	UNPOISON(f, sizeof *f);
	f->prev = nil;
	f->next = p->bin[i];
	if(f->next != nil)
		FREE(f->next)->prev = b;
	p->bin[i] = b;
	POISON((uchar*)f + sizeof *f, b->size - sizeof(Bhdr) - sizeof *f);
}

static void
bindel(Pool *p, Bhdr *b)
{
	Free *f;

	f = FREE(b);
	if(f->prev != nil)
		FREE(f->prev)->next = f->next;
	else
		p->bin[binof(b->size)] = f->next;
	if(f->next != nil)
		FREE(f->next)->prev = f->prev;
}

/* Take an arena big enough for a block of n bytes; 0 if the pool is at its limit. */
static int
poolgrow(Pool *p, ulong n)
{
	ulong size;
	Arena *a;
	Bhdr *b, *end;

	size = p->chunk;
	if(size < n + sizeof(Bhdr))
		size = ROUNDUP(n + sizeof(Bhdr), p->chunk);
	if(p->arenasize + size > p->maxsize){
		if(p->arenasize + n + sizeof(Bhdr) > p->maxsize)
			return 0;
		size = ROUNDUP(n + sizeof(Bhdr), Quantum);
	}
	growing = size;
	a = xalloc(sizeof(Arena) + Quantum + size);
	growing = 0;
	if(a == nil)
		return 0;
	b = (Bhdr*)ROUNDUP((uintptr)(a+1), Quantum);
	b->size = size - sizeof(Bhdr);
	b->psize = 0;
	b->req = 0;
	end = NEXTB(b);
	end->magic = Bend;
	end->size = 0;
	end->psize = b->size;
	end->req = 0;
	a->first = b;
	a->size = size;
	a->next = p->arenas;
	p->arenas = a;
	p->arenasize += size;
	p->nbrk++;
	binadd(p, b);
	return 1;
}

/* The smallest free block of at least n bytes, unlinked; nil if none. */
static Bhdr*
bestfit(Pool *p, ulong n)
{
	int i;
	Bhdr *b, *best;

	best = nil;
	for(b = p->bin[binof(n)]; b != nil; b = FREE(b)->next)
		if(b->size >= n && (best == nil || b->size < best->size))
			best = b;
	for(i = binof(n)+1; best == nil && i < Nbin; i++)
		for(b = p->bin[i]; b != nil; b = FREE(b)->next)
			if(best == nil || b->size < best->size)
				best = b;
	if(best != nil)
		bindel(p, best);
	return best;
}

/* Cut b down to n bytes, returning the rest to the free lists. */
static void
split(Pool *p, Bhdr *b, ulong n)
{
	Bhdr *r;

	if(b->size - n < sizeof(Bhdr) + sizeof(Free) + Quantum)
		return;
	r = (Bhdr*)((uchar*)b + n);
	UNPOISON(r, sizeof *r);
	r->size = b->size - n;
	r->psize = n;
	r->req = 0;
	b->size = n;
	NEXTB(r)->psize = r->size;
	binadd(p, r);
}

/* The parked block after b on its quick list; its link is poisoned but while read. */
static Bhdr*
quicknext(Bhdr *b)
{
	Bhdr *n;

	UNPOISON(FREE(b), sizeof(Bhdr*));
	n = FREE(b)->next;
	POISON(FREE(b), sizeof(Bhdr*));
	return n;
}

/* Park b, just freed and unpoisoned, on its quick list. */
static void
park(Pool *p, Bhdr *b)
{
	int i;

	i = b->size/Quantum;
	b->magic = Bquick;
	FREE(b)->next = p->quick[i];
	p->quick[i] = b;
	p->parked += b->size;
	POISON(B2D(b), b->size - sizeof(Bhdr));
}

static void	freeblock(Pool*, Bhdr*);

/* Free every parked block for real, so that they coalesce. */
static void
unpark(Pool *p)
{
	int i;
	Bhdr *b;

	for(i = 0; i < Nquick; i++){
		while((b = p->quick[i]) != nil){
			p->quick[i] = quicknext(b);
			p->parked -= b->size;
			UNPOISON(B2D(b), b->size - sizeof(Bhdr));
			freeblock(p, b);
		}
	}
}

/* Called by xalloc, locked, at each new high-water mark of SRAM: note what it holds. */
void
poolpeak(void)
{
	int i;

	peak.sram = conf.ramtotal - xfreelow();
	peak.parked = 0;
	for(i = 0; i < nelem(pools); i++){
		peak.cur[i] = pools[i].cursize;
		peak.arena[i] = pools[i].arenasize;
		peak.parked += pools[i].parked;
	}
	peak.grow = growing;
	peak.pc = growing != 0 ? growpc : 0;
	for(i = 0; i < Ntrace; i++)
		traces[i].peak = traces[i].live;
}

static void*
poolalloc(Pool *p, ulong req, uintptr pc)
{
	Pool *s;
	Bhdr *b;
	ulong n;

	if(req > 0x7FFFFFF0UL - sizeof(Bhdr) - sizeof(Free))
		return nil;
	n = ROUNDUP(req + sizeof(Bhdr), Quantum);
	if(n < sizeof(Bhdr) + sizeof(Free))
		n = sizeof(Bhdr) + sizeof(Free);
	s = SPACE(p);
	ilock(&s->l);
	if(n <= Maxquick && (b = s->quick[n/Quantum]) != nil){
		s->quick[n/Quantum] = quicknext(b);
		s->parked -= b->size;
	}else{
		b = bestfit(s, n);
		if(b == nil && s->parked != 0){
			unpark(s);
			b = bestfit(s, n);
		}
		if(b == nil){
			growpc = pc;
			if(!poolgrow(s, n)){
				iunlock(&s->l);
				return nil;
			}
			b = bestfit(s, n);
		}
		split(s, b, n);
	}
	b->magic = Balloc + (p - pools);
	b->req = req | trace(p - pools, req, b, pc) << Reqbits;

	p->cursize += b->size;
	if(p->cursize > p->hw)
		p->hw = p->cursize;
	s->scur += b->size;
	if(s->scur > s->shw)
		s->shw = s->scur;
	p->nalloc++;
	iunlock(&s->l);
	UNPOISON(B2D(b), req);
	POISON((uchar*)B2D(b) + req, b->size - sizeof(Bhdr) - req);
	return B2D(b);
}

static void
badfree(Pool *p, void *v, Bhdr *b, uintptr pc)
{
	panic("%s pool: free of %p with bad magic %ux (double free or not allocated), pc %p",
		p->name, v, b->magic, (void*)pc);
}

static void
poolfree(Pool *p, void *v, uintptr pc)
{
	Pool *s;
	Bhdr *b;

	b = D2B(v);
	s = SPACE(p);
	ilock(&s->l);
	if(b->magic != Balloc + (p - pools)){
		iunlock(&s->l);
		badfree(p, v, b, pc);
	}
	p->cursize -= b->size;
	s->scur -= b->size;
	p->nfree++;
	if(TAG(b) != 0)
		untrace(b);
	UNPOISON(B2D(b), b->size - sizeof(Bhdr));
	if(b->size <= Maxquick && s->parked + b->size <= s->arenasize/8)
		park(s, b);
	else
		freeblock(s, b);
	iunlock(&s->l);
}

/*
 * On a small machine an arena left wholly free (its one block b) goes
 * back to xalloc, for the other pools and the kernel stacks. 1 if it
 * went.
 */
static int
arenafree(Pool *p, Bhdr *b)
{
	Arena **l, *a;

	for(l = &p->arenas; (a = *l) != nil; l = &a->next)
		if(a->first == b){
			*l = a->next;
			p->arenasize -= a->size;
			UNPOISON(a, sizeof(Arena) + Quantum + a->size);
			xfree(a);
			return 1;
		}
	return 0;
}

/* Return b, not in any list and unpoisoned, to the free lists, coalesced with free neighbours. */
static void
freeblock(Pool *p, Bhdr *b)
{
	Bhdr *n, *pr;

	n = NEXTB(b);
	if(n->magic == Bfree){
		bindel(p, n);
		n->magic = 0;
		b->size += n->size;
		NEXTB(b)->psize = b->size;
	}
	if(b->psize != 0){
		pr = PREVB(b);
		if(pr->magic == Bfree){
			bindel(p, pr);
			b->magic = 0;
			pr->size += b->size;
			NEXTB(pr)->psize = pr->size;
			b = pr;
		}
	}
	if(conf.ramtotal != 0 && b->psize == 0 && NEXTB(b)->magic == Bend && arenafree(p, b))
		return;
	binadd(p, b);
}

/* An allocated block's magic says which pool it came from. */
static Pool*
whichpool(void *v)
{
	u32int i;

	i = D2B(v)->magic - Balloc;
	if(i >= nelem(pools))
		return nil;
	return &pools[i];
}

void
poolinit(void)
{
	ulong total;
	int i;

	total = conf.ialloc;
	if(total == 0)
		return;
	pools[Pmain].maxsize = total/4;
	pools[Pheap].maxsize = total/2;
	pools[Pimage].maxsize = total/8;
	/* little memory: grow in small steps, since arenas are never given back */
	for(i = 0; i < nelem(pools); i++)
		while(pools[i].chunk > total/64 && pools[i].chunk > 1024)
			pools[i].chunk /= 2;
}

void
poolsetmax(int i, ulong max)
{
	if(i >= 0 && i < nelem(pools))
		SPACE(&pools[i])->maxsize = max;
}

/*
 * Pool i takes its blocks from the arenas of pool with from now on
 * (before its first allocation): one set of arenas for both.
 */
void
poolshare(int i, int with)
{
	Pool *p;

	if(i < 0 || i >= nelem(pools) || with < 0 || with >= nelem(pools) || i == with)
		return;
	p = &pools[i];
	if(p->arenas != nil || p->space != nil || pools[with].space != nil)
		panic("poolshare(%d, %d): pool in use", i, with);
	p->space = &pools[with];
}

/* pc is the caller's, for the trace; 0: not traced */
static void*
mallocpc(ulong n, int clr, uintptr pc)
{
	void *v;

	v = poolalloc(&pools[Pmain], n, pc);
	if(v != nil && clr)
		memset(v, 0, n);
	return v;
}

void*
mallocz(ulong n, int clr)
{
	return mallocpc(n, clr, getcallerpc(&n));
}

void*
malloc(size_t n)
{
	return mallocpc(n, 1, getcallerpc(&n));
}

void*
calloc(size_t n, size_t m)
{
	if(m != 0 && n > (size_t)-1/m)
		return nil;
	return mallocpc(n*m, 1, getcallerpc(&n));
}

/* Never fails: waits for memory to be freed. */
void*
smalloc(ulong n)
{
	void *v;

	Rendez r;

	while((v = mallocpc(n, 1, getcallerpc(&n))) == nil){
		if(up == nil)
			panic("smalloc %lud: out of memory at boot", n);
		memset(&r, 0, sizeof r);
		tsleep(&r, return0, nil, 100);
	}
	return v;
}

void
free(void *v)
{
	Pool *p;

	if(v == nil)
		return;
	p = whichpool(v);
	if(p == nil)
		panic("free(%p): bad magic %ux (double free or not allocated), pc %p",
			v, D2B(v)->magic, (void*)getcallerpc(&v));
	poolfree(p, v, getcallerpc(&v));
}

ulong
msize(void *v)
{
	return D2B(v)->size - sizeof(Bhdr);
}

void*
realloc(void *v, size_t n)
{
	Bhdr *b;
	void *nv;
	ulong old;

	if(v == nil)
		return malloc(n);
	b = D2B(v);
	if(whichpool(v) != &pools[Pmain])
		panic("realloc(%p): bad magic %ux, pc %p", v, b->magic, (void*)getcallerpc(&v));
	old = REQ(b);
	if(n <= b->size - sizeof(Bhdr)){
		UNPOISON(v, n);
		if(n > old)
			memset((uchar*)v + old, 0, n - old);
		b->req = n | TAG(b) << Reqbits;
		POISON((uchar*)v + n, b->size - sizeof(Bhdr) - n);
		return v;
	}
	nv = mallocpc(n, 0, getcallerpc(&v));
	if(nv == nil)
		return nil;
	memmove(nv, v, old);
	memset((uchar*)nv + old, 0, n - old);
	free(v);
	return nv;
}

void*
heapalloc(ulong n)
{
	return poolalloc(&pools[Pheap], n, getcallerpc(&n));
}

void
heapfree(void *v)
{
	if(v != nil)
		poolfree(&pools[Pheap], v, getcallerpc(&v));
}

char*
kstrdup(char *s)
{
	char *t;
	int n;

	n = strlen(s) + 1;
	t = smalloc(n);
	memmove(t, s, n);
	return t;
}

/* Replace *p with a copy of s, freeing the old string. */
void
kstrdupto(char **p, char *s)
{
	char *t, *o;

	t = kstrdup(s);
	o = *p;
	*p = t;
	free(o);
}

static ulong
maxfree(Pool *p)
{
	int i;
	Bhdr *b;
	ulong m;

	m = 0;
	for(i = 0; i < Nbin; i++)
		for(b = p->bin[i]; b != nil; b = FREE(b)->next)
			if(b->size - sizeof(Bhdr) > m)
				m = b->size - sizeof(Bhdr);
	for(i = Nquick-1; i > 0; i--)
		if(p->quick[i] != nil){
			if(i*Quantum - sizeof(Bhdr) > m)
				m = i*Quantum - sizeof(Bhdr);
			break;
		}
	return m;
}

int
poolstat(int i, Poolstat *s)
{
	Pool *p, *sp;

	if(i < 0 || i >= nelem(pools))
		return -1;
	p = &pools[i];
	sp = SPACE(p);
	ilock(&sp->l);
	s->name = p->name;
	s->cursize = p->cursize;
	s->maxsize = sp->maxsize;
	s->hw = p->hw;
	s->nalloc = p->nalloc;
	s->nfree = p->nfree;
	s->nbrk = sp->nbrk;
	s->maxfree = maxfree(sp);
	s->arenasize = sp->arenasize;
	iunlock(&sp->l);
	return 0;
}

/*
 * Call fn for every allocated block of pool i, in address order within
 * each arena, with its payload and the bytes asked for (the collector's
 * sweep). Parked blocks are free, not reported: their contents are a
 * freed object's. The pool stays locked: fn must not allocate from it
 * or free to it.
 */
void
poolwalk(int i, void (*fn)(void*, ulong, void*), void *arg)
{
	Pool *p;
	Arena *a;
	Bhdr *b;

	if(i < 0 || i >= nelem(pools))
		return;
	p = SPACE(&pools[i]);
	ilock(&p->l);
	for(a = p->arenas; a != nil; a = a->next)
		for(b = a->first; b->magic != Bend; b = NEXTB(b))
			if(b->magic == Balloc + i)
				fn(B2D(b), REQ(b), arg);
	iunlock(&p->l);
}

/* Live blocks of pool i by size class (2^k bytes and up): counts and bytes. */
static void
livesizes(int i, ulong *n, ulong *bytes, int nc)
{
	Pool *p;
	Arena *a;
	Bhdr *b;
	int c;

	p = SPACE(&pools[i]);
	ilock(&p->l);
	for(a = p->arenas; a != nil; a = a->next)
		for(b = a->first; b->magic != Bend; b = NEXTB(b))
			if(b->magic == Balloc + i){
				c = binof(b->size);
				if(c >= nc)
					c = nc-1;
				n[c]++;
				bytes[c] += b->size;
			}
	iunlock(&p->l);
}

/*
 * The text of /dev/memory: one line per pool; on small-RAM targets the
 * sram line, then where the memory goes: each pool's arenas, its live
 * blocks by size class (live POOL SIZE COUNT BYTES: blocks of SIZE up
 * to twice that) and the callers of its big allocations (caller POOL
 * PC COUNT BYTES LARGEST, since boot).
 */
/* poolread's output: its lines, made one at a time, copied where they fall in the reader's window */
typedef struct Memout Memout;
struct Memout {
	char	*va;
	int	count;
	ulong	offset;
	ulong	pos;	/* bytes of text before this line */
	int	n;	/* bytes given to the reader */
	char	line[200];
};

static void
memline(Memout *o, char *fmt, ...)
{
	va_list arg;
	char *e;
	ulong len, skip, k;

	va_start(arg, fmt);
	e = vseprint(o->line, o->line + sizeof o->line, fmt, arg);
	va_end(arg);
	len = e - o->line;
	if(o->pos + len > o->offset && o->n < o->count){
		skip = o->offset > o->pos ? o->offset - o->pos : 0;
		k = len - skip;
		if(k > (ulong)(o->count - o->n))
			k = o->count - o->n;
		memmove(o->va + o->n, o->line + skip, k);
		o->n += k;
	}
	o->pos += len;
}

int
poolread(char *va, int count, ulong offset)
{
	Memout *o;
	char pk[nelem(pools)*24], *e;
	Poolstat ps;
	int i, j, n;
	ulong used, hw, cn[Nbin], cb[Nbin];
	Trace t;

	used = hw = 0;
	if(conf.ramtotal != 0){
		used = conf.ramtotal - xfreebytes();
		hw = conf.ramtotal - xfreelow();
	}
	/* a line at a time, not the whole text: a read of the figures should not raise them */
	o = smalloc(sizeof *o);
	o->va = va;
	o->count = count;
	o->offset = offset;
	for(i = 0; poolstat(i, &ps) == 0; i++)
		memline(o, "%11lud %11lud %11lud %11lud %11lud %11lud %11lud %s\n",
			ps.cursize, ps.maxsize, ps.hw, ps.nalloc, ps.nfree, ps.nbrk, ps.maxfree, ps.name);
	/* all of RAM: in use now (what xalloc has given out, pool arenas whole, plus the image and boot stack) and at most */
	if(conf.ramtotal != 0){
		memline(o, "sram %lud %lud %lud\n", used, hw, conf.ramtotal);
		/* at the high-water mark: the image and boot stack, arenas, the rest of xalloc (kernel stacks), the pools' use */
		memline(o, "peak image %lud arenas %lud parked %lud other %lud grow %lud pc %#p\n",
			conf.ramtotal - conf.ialloc, peak.arena[0]+peak.arena[1]+peak.arena[2], peak.parked,
			peak.sram - (conf.ramtotal - conf.ialloc) - (peak.arena[0]+peak.arena[1]+peak.arena[2]) - peak.grow,
			peak.grow, (void*)peak.pc);
		e = pk;
		for(i = 0; i < nelem(pools); i++)
			e = seprint(e, pk + sizeof pk, " %s %lud", pools[i].name, peak.cur[i]);
		memline(o, "peak%s\n", pk);
		for(i = 0; i < nelem(pools); i++){
			if(pools[i].space != nil)
				memline(o, "arena %s in %s\n", pools[i].name, pools[i].space->name);
			else
				memline(o, "arena %s %lud parked %lud high-water %lud\n", pools[i].name, pools[i].arenasize, pools[i].parked, pools[i].shw);
			memset(cn, 0, sizeof cn);
			memset(cb, 0, sizeof cb);
			livesizes(i, cn, cb, Nbin);
			for(j = 0; j < Nbin; j++)
				if(cn[j] != 0)
					memline(o, "live %s %d %lud %lud\n", pools[i].name, 1<<j, cn[j], cb[j]);
		}
		for(j = 0; j < Ntrace; j++){
			ilock(&tracelk);
			t = traces[j];
			iunlock(&tracelk);
			if(t.n == 0)
				break;
			memline(o, "caller %s %#p %lud %lud %lud %lud %lud\n", pools[t.pool].name, (void*)t.pc, t.n, t.bytes, t.max, t.live, t.peak);
		}
	}
	n = o->n;
	free(o);
	return n;
}

static int
checkfail(Pool *p, Bhdr *b, char *what)
{
	print("%s pool: block %p: %s (magic %ux size %ud psize %ud)\n",
		p->name, b, what, b->magic, b->size, b->psize);
	return -1;
}

/* Walk every arena and free list of p; 0 if all is consistent. */
static int
poolcheck(Pool *p)
{
	Arena *a;
	Bhdr *b, *prev;
	ulong nfreeblk, nbinned, used, nparked, parked, nquick, cur;
	int i;

	nfreeblk = 0;
	used = 0;
	nparked = 0;
	parked = 0;
	for(a = p->arenas; a != nil; a = a->next){
		prev = nil;
		for(b = a->first; b->magic != Bend; b = NEXTB(b)){
			if(b->magic - Balloc >= nelem(pools) && b->magic != Bfree && b->magic != Bquick)
				return checkfail(p, b, "bad magic");
			if(b->size == 0 || b->size % Quantum != 0 || (uchar*)b + b->size > (uchar*)a->first + a->size)
				return checkfail(p, b, "bad size");
			if(b->psize != (prev != nil ? prev->size : 0))
				return checkfail(p, b, "size of previous block disagrees");
			if(b->magic == Bfree){
				if(prev != nil && prev->magic == Bfree)
					return checkfail(p, b, "adjacent free blocks not coalesced");
				nfreeblk++;
			}else if(b->magic == Bquick){
				if(b->size > Maxquick)
					return checkfail(p, b, "parked block too big");
				nparked++;
				parked += b->size;
			}else{
				if(SPACE(&pools[b->magic - Balloc]) != p)
					return checkfail(p, b, "allocated block of a pool of another space");
				if(REQ(b) > b->size - sizeof(Bhdr))
					return checkfail(p, b, "request larger than block");
				used += b->size;
			}
			prev = b;
		}
		if((uchar*)b != (uchar*)a->first + a->size - sizeof(Bhdr))
			return checkfail(p, b, "arena end misplaced");
	}
	nbinned = 0;
	for(i = 0; i < Nbin; i++)
		for(b = p->bin[i]; b != nil; b = FREE(b)->next){
			if(b->magic != Bfree)
				return checkfail(p, b, "allocated block on a free list");
			if(binof(b->size) != i)
				return checkfail(p, b, "free block in the wrong bin");
			nbinned++;
		}
	if(nbinned != nfreeblk){
		print("%s pool: %lud free blocks but %lud on the free lists\n", p->name, nfreeblk, nbinned);
		return -1;
	}
	nquick = 0;
	for(i = 0; i < Nquick; i++)
		for(b = p->quick[i]; b != nil && nquick <= nparked; b = quicknext(b)){
			if(b->magic != Bquick)
				return checkfail(p, b, "unparked block on a quick list");
			if(b->size != (ulong)i*Quantum)
				return checkfail(p, b, "parked block on the wrong quick list");
			nquick++;
		}
	if(nquick != nparked || parked != p->parked){
		print("%s pool: %lud parked blocks of %lud bytes but %lud on the quick lists, parked %lud\n",
			p->name, nparked, parked, nquick, p->parked);
		return -1;
	}
	cur = 0;
	for(i = 0; i < nelem(pools); i++)
		if(SPACE(&pools[i]) == p)
			cur += pools[i].cursize;
	if(used != cur || used != p->scur){
		print("%s pool: %lud bytes in allocated blocks but cursize %lud, space %lud\n", p->name, used, cur, p->scur);
		return -1;
	}
	return 0;
}

int
poolcheckall(void)
{
	int i, r, bad;

	bad = 0;
	for(i = 0; i < nelem(pools); i++){
		if(pools[i].space != nil)
			continue;	/* checked with its space */
		ilock(&pools[i].l);
		r = poolcheck(&pools[i]);
		iunlock(&pools[i].l);
		if(r < 0)
			bad = -1;
	}
	return bad;
}
