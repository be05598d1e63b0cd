/*
 * The Dis heap: objects from the heap pool, each behind a 16-byte Heap
 * header, freed the moment their reference count reaches zero; run-time
 * types and the interpreter's own types. Garbage that counting cannot
 * free (cycles) is gc.c's.
 *
 * Freeing never recurses: an object whose count reaches zero joins a
 * list of dying objects, and the outermost destroy releases them one by
 * one, so a long list or a deep chain of adts costs no C stack.
 */
#include "all.h"
#include "interp.h"

static uchar ptrmap[] = { 0x80 };

/* A module handle holds its instance's data and, for $self handles, the instance's handle. */
static void
markmodlink(Dtype *t, void *v)
{
	Modlink *ml;

	USED(t);
	ml = v;
	gcmark(ml->MP);
	gcmark(ml->self);
}

Dtype Tstring = { .ref = 1 };
Dtype Tarray = { .ref = 1, .free = freearray, .mark = markarray };
Dtype Tlist = { .ref = 1, .free = freelist, .mark = marklist };
Dtype Tchannel = { .ref = 1, .free = freechannel, .mark = markchannel };
Dtype Tmodlink = { .ref = 1, .free = freemodlink, .mark = markmodlink };
Dtype Tptr = { .ref = 1, .size = 4, .np = 1, .map = ptrmap };
Dtype Tword = { .ref = 1, .size = 4 };
Dtype Tbyte = { .ref = 1, .size = 1 };
Dtype Treal = { .ref = 1, .size = 8 };
Dtype Tbig = { .ref = 1, .size = 8 };

/*
 * Objects whose count reached zero and whose contents are still to be
 * released, linked through Heap.color (the collector never sees them:
 * the list is empty whenever destroy returns). Guarded by the VM.
 */
static Heap *dying;
static int releasing;

u32int heaplo, heapspan;	/* Isheap's: pointers [heaplo, heaplo+heapspan) have their header in memory */

static void
heaprange(void)
{
	uvlong lo, hi;
	int i;

	lo = ~0ULL;
	hi = 0;
	for(i = 0; i < conf.nmem; i++){
		if(conf.mem[i].base < lo)
			lo = conf.mem[i].base;
		if(conf.mem[i].base + conf.mem[i].size > hi)
			hi = conf.mem[i].base + conf.mem[i].size;
	}
	if(hi > H)
		hi = H;		/* never H itself */
	lo += sizeof(Heap);
	if(lo >= hi)
		panic("heaprange: no memory");
	heaplo = lo;
	heapspan = hi - lo;
}

Heap*
nheap(int size)
{
	Heap *h;

	if(size < 0 || size > 0x7FFFFFFF - (int)sizeof(Heap))
		error("out of memory: heap");
	if(heapspan == 0)
		heaprange();
	h = heapalloc(sizeof(Heap) + size);
	if(h == nil){
		gcrun(1);
		h = heapalloc(sizeof(Heap) + size);
		if(h == nil)
			error("out of memory: heap");
	}
	h->ref = 1;
	h->color = Gcidle;
	h->t = nil;
	gcallocated(sizeof(Heap) + size);
	return h;
}

/* new leaves non-pointer bytes unspecified; they are zeroed all the same, so no program sees another's leftovers */
Heap*
heap(Dtype *t)
{
	return heapz(t);
}

Heap*
heapz(Dtype *t)
{
	Heap *h;

	h = nheap(t->size);
	h->t = t;
	if(t->map == t->mapbuf)
		t->ref++;
	memset(H2D(h), 0, t->size);
	initmem(t, H2D(h));
	return h;
}

void
initmem(Dtype *t, void *v)
{
	eachptr(v, t, setnil);
}

static void
destroycell(Dptr *p)
{
	destroy(*p);
}

void
freeptrs(void *v, Dtype *t)
{
	eachptr(v, t, destroycell);
}

/* Release what h holds and return its memory. */
static void
freeobj(Heap *h)
{
	Dtype *t;

	t = h->t;
	if(t != nil){
		if(t->free != nil)
			t->free(h, 0);
		else if(t->np > 0)
			freeptrs(H2D(h), t);
		freetype(t);
	}
	freeheap(h);
}

void
destroy(Dptr v)
{
	Heap *h;

	if(!Isheap(v))
		return;
	h = PH(v);
	if(h->color == Gcdoomed)
		return;		/* the collector is freeing it */
	if(--h->ref > 0)
		return;
	if(h->ref < 0)
		panic("destroy: %#ux has count %d (type %p)", v, h->ref, h->t);
	h->color = P2D(dying);
	dying = h;
	if(releasing)
		return;
	releasing = 1;
	while((h = dying) != nil){
		dying = D2P(h->color);
		freeobj(h);
	}
	releasing = 0;
}

void
addref(Dptr v)
{
	if(Isheap(v))
		PH(v)->ref++;
}

void
freeheap(Heap *h)
{
	h->color = 0;
	heapfree(h);
}

Dtype*
dtype(int size, uchar *map, int np)
{
	Dtype *t;

	if(size < 0 || np < 0)
		error("bad type");
	t = malloc(sizeof(Dtype) + np);
	if(t == nil)
		error("out of memory: main");
	t->ref = 1;
	t->size = size;
	t->np = np;
	t->map = t->mapbuf;
	if(np > 0)
		memmove(t->mapbuf, map, np);
	t->free = nil;
	t->mark = nil;
	return t;
}

void
freetype(Dtype *t)
{
	if(t == nil || t->map != t->mapbuf)
		return;		/* the interpreter's own types are static */
	if(--t->ref > 0)
		return;
	if(t->ref < 0)
		panic("freetype: %p has count %d", t, t->ref);
	free(t);
}
