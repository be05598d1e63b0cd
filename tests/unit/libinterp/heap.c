/*
 * The Dis heap (libinterp/heap.c) and the cycle collector (gc.c):
 * reference counts free objects and leave the heap pool where it
 * started after churn; long lists and chains are freed without
 * recursion; cycles are freed by gcrun, and only garbage: objects
 * referenced from outside the heap or from gcroot cells survive, and
 * live objects that garbage referred to lose exactly those references.
 */
#include "ktest.h"
#include "../../../libinterp/interp.h"

enum { Pheap = 1 };

typedef struct Base Base;
struct Base {
	ulong	cursize;
	ulong	live;
};

static Base
heapbase(void)
{
	Poolstat ps;
	Base b;

	poolstat(Pheap, &ps);
	b.cursize = ps.cursize;
	b.live = ps.nalloc - ps.nfree;
	return b;
}

#define checkbase(b) do{ Base _n = heapbase(); \
	check(_n.cursize == (b).cursize, "heap pool cursize %lud, was %lud", _n.cursize, (b).cursize); \
	check(_n.live == (b).live, "heap pool live blocks %lud, was %lud", _n.live, (b).live); \
	check(poolcheckall() == 0, "a pool is inconsistent"); }while(0)

/* An adt of two pointers and an int: map 0xC0 names words 0 and 1. */
static uchar pair[] = { 0xC0 };
static Dtype *Tpair;

static Dptr
newpair(Dptr a, Dptr b)
{
	Heap *h;
	Dptr v;

	h = heap(Tpair);
	v = P2D(H2D(h));
	P(H2D(h)) = a;
	P(H2D(h)+4) = b;
	addref(a);
	addref(b);
	W(H2D(h)+8) = 12345;
	return v;
}

#define REF(v)	(PH(v)->ref)
#define F0(v)	P((uchar*)D2P(v))
#define F1(v)	P((uchar*)D2P(v)+4)

static void
testtypes(void)
{
	testbegin("run-time types: initmem sets the map's pointers to H, dtype counts references");
	{
		uchar buf[64], map[2] = { 0x81, 0x40 };
		Dtype *t;
		Heap *h;

		t = dtype(64, map, 2);
		memset(buf, 7, sizeof buf);
		initmem(t, buf);
		check(UW(buf) == H && UW(buf+28) == H && UW(buf+36) == H, "pointer words not H");
		check(UW(buf+4) == 0x07070707 && UW(buf+32) == 0x07070707, "non-pointer words changed");
		h = heapz(t);
		check(t->ref == 2, "type count %d with one object, want 2", t->ref);
		check(UW(H2D(h)+4) == 0 && UW(H2D(h)) == H, "heapz: pointers H, the rest 0");
		check(h->ref == 1 && h->t == t, "new object: count %d, type %p", h->ref, h->t);
		destroy(P2D(H2D(h)));
		check(t->ref == 1, "type count %d after the object died, want 1", t->ref);
		freetype(t);
		check(Tptr.size == 4 && Tptr.np == 1 && Tword.size == 4 && Tbyte.size == 1 && Treal.size == 8 && Tbig.size == 8,
			"element types' sizes");
	}
	ktestend();
}

static void
testchurn(void)
{
	enum { N = 500, Rounds = 40000 };
	static Dptr slot[N];
	Base b;
	int i, j, k, r, bad;

	testbegin("reference counting: %d random stores and drops leave the heap pool at its baseline", Rounds);
	b = heapbase();
	for(i = 0; i < N; i++)
		slot[i] = H;
	for(r = 0; r < Rounds; r++){
		i = testrand() % N;
		j = testrand() % N;
		k = testrand() % N;
		switch(testrand() % 3){
		case 0:	/* new pair pointing at two others: the store releases the old value */
			{
				Dptr v = newpair(slot[j], slot[k]);
				destroy(slot[i]);
				slot[i] = v;
			}
			break;
		case 1:	/* movp */
			addref(slot[j]);
			destroy(slot[i]);
			slot[i] = slot[j];
			break;
		case 2:
			destroy(slot[i]);
			slot[i] = H;
			break;
		}
	}
	bad = 0;
	for(i = 0; i < N; i++)
		if(slot[i] != H && REF(slot[i]) <= 0)
			bad++;
	check(bad == 0, "%d live slots with count <= 0", bad);
	for(i = 0; i < N; i++){
		destroy(slot[i]);
		slot[i] = H;
	}
	checkbase(b);
	ktestend();
}

static void
testdeep(void)
{
	enum { Ncell = 1000000, Nchain = 300000 };
	Base b;
	Dptr l, c, n;
	List *cell;
	int i;

	testbegin("a list of %d cells and a chain of %d adts are freed without running out of stack", Ncell, Nchain);
	b = heapbase();
	l = H;
	for(i = 0; i < Ncell; i++){
		cell = newlist(&Tword, l);
		W(cell->data) = i;
		l = P2D(cell);
	}
	check(W(((List*)D2P(l))->data) == Ncell-1, "head element %d", W(((List*)D2P(l))->data));
	destroy(l);
	checkbase(b);
	c = H;
	for(i = 0; i < Nchain; i++){
		n = newpair(c, H);
		destroy(c);	/* the new pair holds it now */
		c = n;
	}
	destroy(c);
	checkbase(b);
	ktestend();
}

static void
testshared(void)
{
	Base b;
	Dptr x, p, q;

	testbegin("a shared object outlives one holder and dies with the last");
	b = heapbase();
	x = newpair(H, H);
	p = newpair(x, x);
	q = newpair(x, H);
	check(REF(x) == 4, "count %d after three stores, want 4", REF(x));
	destroy(x);
	destroy(p);
	check(REF(x) == 1, "count %d with one holder left, want 1", REF(x));
	check(W((uchar*)D2P(x)+8) == 12345, "survivor's contents changed");
	destroy(q);
	checkbase(b);
	ktestend();
}

static void
testcycle(void)
{
	Base b;
	Gcstat s0, s1;
	Dptr a, c, live, tail;

	testbegin("gcrun frees a cycle and what hangs from it, and releases its references to live objects");
	gcrun(1);
	b = heapbase();
	gcstat(&s0);
	live = newpair(H, H);
	tail = newpair(H, H);		/* hangs from the cycle only */
	a = newpair(H, live);
	c = newpair(a, tail);
	destroy(tail);
	F0(a) = c;			/* close the cycle: a -> c -> a */
	addref(c);
	destroy(c);
	check(REF(live) == 2, "live object's count %d, want 2", REF(live));
	destroy(a);			/* only the cycle holds a and c now */
	check(REF(a) == 1 && REF(c) == 1, "cycle counts %d %d, want 1 1", REF(a), REF(c));
	gcrun(1);
	gcstat(&s1);
	check(s1.ncollect == s0.ncollect+1, "collections %lud, was %lud", s1.ncollect, s0.ncollect);
	check(s1.lastfreed == 3 && s1.nfreed == s0.nfreed+3, "freed %lud (total %lud, was %lud), want 3", s1.lastfreed, s1.nfreed, s0.nfreed);
	check(REF(live) == 1, "live object's count %d after the collection, want 1", REF(live));
	check(W((uchar*)D2P(live)+8) == 12345, "live object's contents changed");
	destroy(live);
	checkbase(b);
	ktestend();
}

static void
testroots(void)
{
	Base b;
	Dptr a, c, held, cell;
	Gcstat s;

	testbegin("gcrun keeps cycles held from outside the heap or from a gcroot cell");
	gcrun(1);
	b = heapbase();
	/* a cycle held by a counted reference from C (as from a frame) */
	a = newpair(H, H);
	c = newpair(a, H);
	F0(a) = c;
	addref(c);
	destroy(c);
	held = a;			/* our reference: a's count is 2, one from c */
	/* a cycle whose only outside pointer is an uncounted cell registered with gcroot */
	cell = newpair(H, H);
	{
		Dptr d = newpair(cell, H);
		F0(cell) = d;
		addref(d);
		destroy(d);
	}
	gcroot(&cell);
	destroy(cell);			/* cell still points at it, uncounted */
	check(REF(cell) == 1, "rooted cycle's count %d, want 1", REF(cell));
	gcrun(1);
	gcstat(&s);
	check(s.lastfreed == 0, "collection freed %lud objects of live cycles", s.lastfreed);
	check(REF(held) == 2 && REF(F0(held)) == 1, "held cycle's counts changed: %d %d", REF(held), REF(F0(held)));
	check(W((uchar*)D2P(F0(cell))+8) == 12345, "rooted cycle's contents changed");
	gcunroot(&cell);
	gcrun(1);
	gcstat(&s);
	check(s.lastfreed == 2, "unrooted cycle: %lud freed, want 2", s.lastfreed);
	destroy(held);
	check(REF(held) == 1, "released cycle's count %d", REF(held));
	gcrun(1);
	gcstat(&s);
	check(s.lastfreed == 2, "released cycle: %lud freed, want 2", s.lastfreed);
	checkbase(b);
	ktestend();
}

static void
testcontainers(void)
{
	Base b;
	Array *arr, *sl;
	List *l;
	Dptr a, s, o, lv;
	Gcstat st;

	testbegin("gcrun frees cycles through arrays, slices and lists");
	gcrun(1);
	b = heapbase();
	/* array element -> adt -> array */
	arr = newarray(&Tptr, 10, 0);
	a = P2D(arr);
	o = newpair(a, H);
	P(arr->data + 4*3) = o;		/* moves our reference to o in */
	/* a slice of it in another adt that the array also holds */
	s = slicearray(a, 2, 6);
	sl = D2P(s);
	check(sl->root == a && sl->len == 4 && sl->data == arr->data + 8, "slice root/len/data");
	check(REF(a) == 3, "array count %d (ours, o's, the slice's), want 3", REF(a));
	P(arr->data + 4*7) = newpair(s, H);
	destroy(s);
	/* a list cell holding an adt that holds the list */
	l = newlist(&Tptr, H);
	lv = P2D(l);
	P(l->data) = newpair(lv, a);
	destroy(lv);
	destroy(a);
	check(REF(a) == 3, "array count %d held by garbage, want 3", REF(a));
	gcrun(1);
	gcstat(&st);
	check(st.lastfreed == 6, "%lud freed, want 6 (array, 2 adts, slice, cell, its adt)", st.lastfreed);
	checkbase(b);
	ktestend();
}

/* Every object reachable from v still holds its contents (a freed one would trip ASan or the check). */
static int
intact(Dptr v, int depth)
{
	if(v == H)
		return 1;
	if(REF(v) <= 0 || W((uchar*)D2P(v)+8) != 12345)
		return 0;
	if(depth == 0)
		return 1;
	return intact(F0(v), depth-1) && intact(F1(v), depth-1);
}

static void
testcyclechurn(void)
{
	enum { N = 300, Rounds = 30000 };
	static Dptr root[N];
	Base b;
	Gcstat s0, s1;
	Dptr v, o;
	int i, j, r, bad;

	testbegin("random graphs with cycles: collections among %d mutations free no live object, and all garbage in the end", Rounds);
	gcrun(1);
	b = heapbase();
	gcstat(&s0);
	for(i = 0; i < N; i++)
		root[i] = H;
	bad = 0;
	for(r = 0; r < Rounds; r++){
		i = testrand() % N;
		j = testrand() % N;
		switch(testrand() % 5){
		case 0:
		case 1:	/* a new object pointing at two roots' objects */
			v = newpair(root[j], root[testrand() % N]);
			destroy(root[i]);
			root[i] = v;
			break;
		case 2:	/* an object's field now points at another root's object: cycles form */
			if(root[i] == H)
				break;
			addref(root[j]);
			if(testrand() & 1){
				o = F0(root[i]);
				F0(root[i]) = root[j];
			}else{
				o = F1(root[i]);
				F1(root[i]) = root[j];
			}
			destroy(o);
			break;
		case 3:
			destroy(root[i]);
			root[i] = H;
			break;
		case 4:
			if(r % 50 == 0)
				gcrun(1);
			break;
		}
		if(r % 1000 == 0)
			for(i = 0; i < N; i++)
				if(!intact(root[i], 4))
					bad++;
	}
	gcrun(1);
	for(i = 0; i < N; i++)
		if(!intact(root[i], 6))
			bad++;
	check(bad == 0, "%d roots reach a freed or changed object", bad);
	for(i = 0; i < N; i++){
		destroy(root[i]);
		root[i] = H;
	}
	gcrun(1);
	gcstat(&s1);
	check(s1.nfreed > s0.nfreed, "collections freed nothing");
	checkbase(b);
	ktestend();
}

static void
testwide(void)
{
	enum { N = 20000 };
	Base b;
	Array *arr;
	Dptr av, x, y;
	Gcstat st;
	int i, bad;

	testbegin("an array of %d cycles: marking past the mark stack keeps them all, and frees them all once unreachable", N);
	gcrun(1);
	b = heapbase();
	arr = newarray(&Tptr, N, 0);
	av = P2D(arr);
	for(i = 0; i < N; i++){
		x = newpair(H, H);
		y = newpair(x, H);
		F0(x) = y;		/* x <-> y; the array holds x */
		P(arr->data + 4*i) = x;
	}
	gcrun(1);
	gcstat(&st);
	check(st.lastfreed == 0, "freed %lud live objects", st.lastfreed);
	bad = 0;
	for(i = 0; i < N; i++)
		if(!intact(P(arr->data + 4*i), 3))
			bad++;
	check(bad == 0, "%d cycles damaged", bad);
	destroy(av);
	gcrun(1);
	gcstat(&st);
	check(st.lastfreed == 2*N, "freed %lud, want %d", st.lastfreed, 2*N);
	checkbase(b);
	ktestend();
}

static void
testschedule(void)
{
	Gcstat s0, s1;
	Dptr v;
	int i;

	testbegin("gcrun(0) collects only once enough has been allocated since the last collection");
	gcrun(1);
	gcstat(&s0);
	gcrun(0);
	gcstat(&s1);
	check(s1.ncollect == s0.ncollect, "gcrun(0) collected right after a collection");
	for(i = 0; i < 200000; i++){	/* 200000 * 32 bytes passes any threshold below 6 MB */
		v = newpair(H, H);
		destroy(v);
	}
	gcrun(0);
	gcstat(&s1);
	check(s1.ncollect == s0.ncollect+1, "gcrun(0) did not collect after 6 MB of allocation");
	ktestend();
}

static void
testexhaust(void)
{
	Base b;
	Poolstat ps;
	Dptr a, c;
	Gcstat s0, s1;
	char *err;
	volatile int n;

	testbegin("heap exhaustion: the collector runs first, then \"out of memory: heap\"");
	gcrun(1);
	b = heapbase();
	poolstat(Pheap, &ps);
	/* a cycle of 64K the failing allocation's collection can free */
	a = P2D(newarray(&Tptr, 16000, 0));
	c = newpair(a, H);
	P(((Array*)D2P(a))->data) = c;
	destroy(a);
	gcstat(&s0);
	poolsetmax(Pheap, ps.arenasize);	/* no more arenas */
	n = 0;
	if(waserror()){
		err = up->env->errstr;
		check(strcmp(err, "out of memory: heap") == 0, "raised '%s'", err);
	}else{
		/* more than the pool holds: first fails, collects, fails again */
		nheap(ps.arenasize);
		n = 1;
		poperror();
	}
	check(n == 0, "an allocation larger than the pool succeeded");
	gcstat(&s1);
	check(s1.ncollect == s0.ncollect+1 && s1.lastfreed == 2, "collections %lud (was %lud), freed %lud: want one collection freeing 2",
		s1.ncollect, s0.ncollect, s1.lastfreed);
	poolsetmax(Pheap, ps.maxsize);
	checkbase(b);
	{
		char buf[200];

		seprintgc(buf, buf+sizeof buf);
		check(strncmp(buf, "gc: ", 4) == 0, "seprintgc: '%s'", buf);
	}
	ktestend();
}

int
testmain(void)
{
	Tpair = dtype(12, pair, 1);
	testtypes();
	testchurn();
	testdeep();
	testshared();
	testcycle();
	testroots();
	testcontainers();
	testcyclechurn();
	testwide();
	testschedule();
	testexhaust();
	freetype(Tpair);
	return testexit();
}
