/*
 * The cycle collector: frees heap objects that reference counting
 * cannot, those kept alive only by references from other garbage (a
 * cycle, or anything hanging from one). It stops the world: gcrun runs
 * with the VM held and every Prog between instructions.
 *
 * Roots are found by trial deletion as well as by enumeration. A pass
 * over the heap counts, for each object, the references other heap
 * objects hold to it; an object whose reference count is higher is
 * referenced from outside the heap (a frame, a C structure) and so is
 * a root; no frame needs walking. The Progs' module handles and module
 * data, exception objects and the cells registered with gcroot are
 * roots too. Everything reachable from a root is marked; the rest is
 * garbage. Because every counted reference from outside the heap keeps
 * its object, a type whose references the collector cannot see (no
 * mark function, no map) makes it keep more, never free too much.
 *
 * Heap.color during a collection: Gcidle's tag in the top bits, then
 * flags, then the count of references from other objects. Only pointers
 * into objects carrying the tag are followed.
 */
#include "all.h"
#include "interp.h"

/* an arch with little memory may choose less (arch.h) */
#ifndef GCMIN
#define GCMIN	(1024*1024)
#endif
#ifndef GCNSTACK
#define GCNSTACK	4096
#endif

enum {
	Pheappool = 1,		/* poolwalk's index of the heap pool */
	Gcmin = GCMIN,		/* allocate at least this much between automatic collections */
	Nstack = GCNSTACK,	/* mark stack entries; on overflow the heap is rescanned */
	Nroots = 64,		/* gcroot's initial table */
};

#define Tagmask	0xFF800000u	/* the tag, and a bit never set in a live object's color */
#define Marked	0x00100000u	/* reachable */
#define Scanned	0x00200000u	/* its references have been marked */
#define Count	0x000FFFFFu	/* references from other objects, saturating */

int gcrunning;

static enum { Idle, Counting, Marking } phase;
static Heap *markstack[Nstack];
static int nmark;
static int overflow;		/* objects marked but not pushed: rescan */
static ulong sinceallocated;	/* bytes allocated since the last collection */
static ulong lastlive;		/* bytes left live by the last collection */
static Heap *doomed;		/* this collection's garbage, linked through Heap.ref (see doom) */
static Gcstat stats;
static Dptr **roots;		/* gcroot's cells */
static int nroots, maxroots;

void
gcinit(void)
{
	phase = Idle;
	sinceallocated = 0;
}

void
gcallocated(ulong n)
{
	sinceallocated += n;
}

/* Whether v is the data of an object the collector knows (a tagged header). */
static Heap*
object(Dptr v)
{
	Heap *h;

	if(!Isheap(v))
		return nil;
	h = PH(v);
	if((h->color & Tagmask) != Gcidle)
		return nil;
	return h;
}

void
gcmark(Dptr v)
{
	Heap *h;

	h = object(v);
	if(h == nil)
		return;
	switch(phase){
	case Counting:
		if((h->color & Count) != Count)
			h->color++;
		break;
	case Marking:
		if(h->color & Marked)
			break;
		h->color |= Marked;
		if(nmark < Nstack)
			markstack[nmark++] = h;
		else
			overflow = 1;
		break;
	case Idle:
		break;
	}
}

static void
markcell(Dptr *p)
{
	gcmark(*p);
}

void
markptrs(void *v, Dtype *t)
{
	eachptr(v, t, markcell);
}

/* Call gcmark for each reference h holds. */
static void
references(Heap *h)
{
	Dtype *t;

	t = h->t;
	if(t == nil)
		return;
	if(t->mark != nil){
		t->mark(t, H2D(h));
		return;
	}
	markptrs(H2D(h), t);
}

/* A block of the heap pool that is an object's (raw heapalloc blocks are not tagged). */
static Heap*
block(void *v, ulong size)
{
	Heap *h;

	if(size < sizeof(Heap))
		return nil;
	h = v;
	if((h->color & Tagmask) != Gcidle || h->ref <= 0)
		return nil;
	return h;
}

static void
clearwalk(void *v, ulong size, void *a)
{
	Heap *h;

	USED(a);
	if((h = block(v, size)) != nil){
		h->color = Gcidle;
		stats.nobj++;
	}
}

static void
countwalk(void *v, ulong size, void *a)
{
	Heap *h;

	USED(a);
	if((h = block(v, size)) != nil)
		references(h);
}

/* Objects referenced from outside the heap are roots. */
static void
rootwalk(void *v, ulong size, void *a)
{
	Heap *h;
	ulong n;

	USED(a);
	if((h = block(v, size)) == nil)
		return;
	n = h->color & Count;
	if(n == Count || (ulong)h->ref > n)
		gcmark(P2D(H2D(h)));
}

/* After a mark stack overflow: push what was marked but not scanned. */
static void
rescanwalk(void *v, ulong size, void *a)
{
	Heap *h;

	USED(a);
	if((h = block(v, size)) == nil)
		return;
	if((h->color & (Marked|Scanned)) == Marked){
		if(nmark < Nstack)
			markstack[nmark++] = h;
		else
			overflow = 1;
	}
}

static void
drain(void)
{
	Heap *h;

	for(;;){
		while(nmark > 0){
			h = markstack[--nmark];
			if(h->color & Scanned)
				continue;
			h->color |= Scanned;
			references(h);
		}
		if(!overflow)
			break;
		overflow = 0;
		poolwalk(Pheappool, rescanwalk, nil);
	}
}

/*
 * A doomed object's ref holds the next doomed object, as minus its
 * address/16 (objects are 16-aligned below 4 GiB): never above 0, so a
 * stray drop of a reference goes to destroy, which leaves it alone.
 */
static s32int
doomlink(Heap *next)
{
	return -(s32int)(P2D(next) >> 4);
}

static Heap*
doomnext(Heap *h)
{
	return D2P((u32int)-h->ref << 4);
}

/* Unmarked objects are garbage: doom them, and make the rest idle again. */
static void
sweepwalk(void *v, ulong size, void *a)
{
	Heap *h;

	USED(a);
	if((h = block(v, size)) == nil)
		return;
	if(h->color & Marked){
		h->color = Gcidle;
		return;
	}
	h->color = Gcdoomed;
	h->ref = doomlink(doomed);
	doomed = h;
}

static void
markprogs(void)
{
	Prog *p;
	int i;

	for(p = vm.progs; p != nil; p = p->next){
		if(p->R.M != nil)
			gcmark(P2D(p->R.M));
		if(p->R.MP != nil)
			gcmark(P2D(p->R.MP));
		gcmark(p->exobj);
		if(p->syscallm != nil)
			gcmark(P2D(p->syscallm));
	}
	for(i = 0; i < nroots; i++)
		gcmark(*roots[i]);
}

void
gcrun(int full)
{
	Heap *h, *next;
	Dtype *t;
	ulong nfreed, bytes;
	Poolstat ps;

	if(gcrunning)
		return;
	if(!full && sinceallocated < MAX((ulong)Gcmin, lastlive))
		return;
	gcrunning = 1;
	stats.ncollect++;
	stats.nobj = 0;

	poolwalk(Pheappool, clearwalk, nil);
	phase = Counting;
	poolwalk(Pheappool, countwalk, nil);
	phase = Marking;
	nmark = 0;
	overflow = 0;
	poolwalk(Pheappool, rootwalk, nil);
	markprogs();
	drain();
	phase = Idle;
	doomed = nil;
	poolwalk(Pheappool, sweepwalk, nil);

	/*
	 * Release what the doomed hold: destroy ignores the doomed
	 * themselves, so only live objects lose references, and no
	 * object is freed twice. Then return the memory.
	 */
	for(h = doomed; h != nil; h = doomnext(h)){
		t = h->t;
		if(t == nil)
			continue;
		if(t->free != nil)
			t->free(h, 1);
		else if(t->np > 0)
			freeptrs(H2D(h), t);
	}
	nfreed = 0;
	bytes = 0;
	for(h = doomed; h != nil; h = next){
		next = doomnext(h);
		freetype(h->t);
		bytes += msize(h);
		freeheap(h);
		nfreed++;
	}
	doomed = nil;

	stats.nfreed += nfreed;
	stats.lastfreed = nfreed;
	stats.bytesfreed += bytes;
	sinceallocated = 0;
	lastlive = 0;
	if(poolstat(Pheappool, &ps) == 0)
		lastlive = ps.cursize;
	gcrunning = 0;
}

void
gcroot(Dptr *cell)
{
	Dptr **r;

	if(nroots == maxroots){
		r = realloc(roots, (maxroots + Nroots) * sizeof *roots);
		if(r == nil)
			error("out of memory: main");
		roots = r;
		maxroots += Nroots;
	}
	roots[nroots++] = cell;
}

void
gcunroot(Dptr *cell)
{
	int i;

	for(i = nroots-1; i >= 0; i--)
		if(roots[i] == cell){
			roots[i] = roots[--nroots];
			return;
		}
}

void
gcstat(Gcstat *s)
{
	*s = stats;
}

char*
seprintgc(char *buf, char *e)
{
	return seprint(buf, e, "gc: %lud collections, %lud objects (%lud bytes) freed, %lud by the last of %lud objects\n",
		stats.ncollect, stats.nfreed, stats.bytesfreed, stats.lastfreed, stats.nobj);
}
