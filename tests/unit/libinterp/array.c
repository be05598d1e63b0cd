/*
 * Arrays, slices and list cells (libinterp/array.c): newa's elements
 * and its negative size, mem2array, slicea's sharing, root references
 * and bounds, slicela's reference counting, overlap and bounds, and
 * cons cells. Everything made is freed: the heap pool ends where it
 * started.
 */
#include "ktest.h"
#include "../../../libinterp/interp.h"

#define REF(v)	(PH(v)->ref)

#define RAISES(stmt, want) do{ \
	if(waserror()) \
		check(strcmp(up->env->errstr, want) == 0, "%s raised '%s', want '%s'", #stmt, up->env->errstr, want); \
	else{ \
		stmt; \
		poperror(); \
		check(0, "%s raised nothing, want '%s'", #stmt, want); \
	} }while(0)

/* an adt of an int and a pointer: map 0x40 names word 1 */
static uchar ipmap[] = { 0x40 };
static Dtype *Tip;

static Dptr
leaf(int v)
{
	Heap *h;

	h = heap(&Tword);
	W(H2D(h)) = v;
	return P2D(H2D(h));
}

static void
testnew(void)
{
	Array *a;
	Dptr v;
	int i, bad;

	testbegin("newarray: element pointers H, other bytes 0, type counted; negative size raised");
	a = newarray(Tip, 100, 0);
	bad = 0;
	for(i = 0; i < 100; i++)
		if(W(a->data + 8*i) != 0 || UW(a->data + 8*i + 4) != H)
			bad++;
	check(bad == 0 && a->len == 100 && a->root == H && a->t == Tip, "%d elements wrong", bad);
	check(((uintptr)a->data & 7) == 0, "data not 8-aligned");
	check(Tip->ref == 2, "element type count %d, want 2", Tip->ref);
	P(a->data + 4) = leaf(7);
	destroy(P2D(a));
	check(Tip->ref == 1, "element type count %d after free, want 1", Tip->ref);
	RAISES(newarray(&Tword, -1, 1), "negative array size");
	a = newarray(&Tbyte, 0, 1);
	check(a->len == 0, "empty array");
	destroy(P2D(a));
	v = mem2array("hello", 5);
	a = D2P(v);
	check(a->len == 5 && a->t == &Tbyte && memcmp(a->data, "hello", 5) == 0, "mem2array");
	destroy(v);
	ktestend();
}

static void
testslice(void)
{
	Array *a, *s, *ss;
	Dptr av, sv, ssv, e;
	int i;

	testbegin("slicearray: shares storage, refers to the root, bounds and nil rules");
	av = P2D(newarray(&Tptr, 10, 0));
	a = D2P(av);
	for(i = 0; i < 10; i++)
		P(a->data + 4*i) = leaf(i);
	sv = slicearray(av, 2, 8);
	s = D2P(sv);
	check(s->len == 6 && s->data == a->data + 8 && s->root == av && REF(av) == 2, "a[2:8]: len %d", s->len);
	ssv = slicearray(sv, 1, 3);
	ss = D2P(ssv);
	check(ss->root == av && ss->data == a->data + 12 && ss->len == 2 && REF(av) == 3 && REF(sv) == 1,
		"slice of a slice refers to the root");
	e = P(ss->data);
	check(W(D2P(e)) == 3, "s[1:3][0] is a[3]");
	/* a store through a slice is seen by the array */
	destroy(P(ss->data + 4));
	P(ss->data + 4) = leaf(99);
	check(W(D2P(P(a->data + 16))) == 99, "store through the slice not seen by the array");
	check(slicearray(av, 0, 10) == av && REF(av) == 4, "whole slice is not the array itself");
	destroy(av);
	e = slicearray(av, 10, 10);
	check(e != H && ((Array*)D2P(e))->len == 0 && REF(av) == 4, "empty slice of an array");
	destroy(e);
	RAISES(slicearray(av, 0, 11), "array bounds error");
	RAISES(slicearray(av, 5, 4), "array bounds error");
	RAISES(slicearray(av, -1, 4), "array bounds error");
	RAISES(slicearray(sv, 0, 7), "array bounds error");
	check(slicearray(H, 3, 3) == H, "nil[3:3] not nil");
	RAISES(slicearray(H, 0, 1), "dereference of nil");
	/* the array lives while slices do; its elements die with the last */
	destroy(av);
	check(REF(av) == 2, "root count %d with two slices, want 2", REF(av));
	destroy(sv);
	check(W(D2P(P(ss->data))) == 3, "slice's elements gone with the other slice");
	destroy(ssv);
	ktestend();
}

static void
testcopy(void)
{
	Array *a, *b;
	Dptr av, bv, sv, x[6];
	int i;

	testbegin("copyarray (slicela): references, overlap both ways, bounds, nil");
	for(i = 0; i < 6; i++)
		x[i] = leaf(i);
	av = P2D(newarray(&Tptr, 6, 0));
	a = D2P(av);
	for(i = 0; i < 6; i++){
		P(a->data + 4*i) = x[i];
		addref(x[i]);
	}
	bv = P2D(newarray(&Tptr, 3, 0));
	b = D2P(bv);
	copyarray(av, 2, bv);		/* a[2:] = three nils */
	check(UW(a->data + 8) == H && UW(a->data + 16) == H && P(a->data + 20) == x[5], "copy of nils");
	check(REF(x[2]) == 1 && REF(x[4]) == 1 && REF(x[5]) == 2, "overwritten elements not released");
	P(b->data) = x[0];
	addref(x[0]);
	copyarray(av, 3, bv);		/* a[3:] = (x0, nil, nil) */
	check(P(a->data + 12) == x[0] && REF(x[0]) == 4 && REF(x[5]) == 1, "counts after copy: x0 %d x5 %d", REF(x[0]), REF(x[5]));
	/* overlapping: a[1:] = a[0:5], then a[0:] = a[1:6] */
	for(i = 0; i < 6; i++){
		destroy(P(a->data + 4*i));
		P(a->data + 4*i) = x[i];
		addref(x[i]);
	}
	sv = slicearray(av, 0, 5);
	copyarray(av, 1, sv);
	destroy(sv);
	check(P(a->data) == x[0] && P(a->data + 4) == x[0] && P(a->data + 20) == x[4], "a[1:] = a[0:5] moved wrong");
	check(REF(x[0]) == 4 && REF(x[4]) == 2 && REF(x[5]) == 1, "counts after overlap: %d %d %d", REF(x[0]), REF(x[4]), REF(x[5]));
	sv = slicearray(av, 1, 6);
	copyarray(av, 0, sv);
	destroy(sv);
	check(P(a->data) == x[0] && P(a->data + 4) == x[1] && P(a->data + 16) == x[4] && P(a->data + 20) == x[4], "a[0:] = a[1:6] moved wrong");
	check(REF(x[0]) == 3 && REF(x[1]) == 2 && REF(x[4]) == 3, "counts after second overlap: %d %d %d", REF(x[0]), REF(x[1]), REF(x[4]));
	copyarray(av, 0, H);		/* nil source: nothing */
	RAISES(copyarray(H, 0, bv), "dereference of nil");
	RAISES(copyarray(av, 4, bv), "array bounds error");
	RAISES(copyarray(av, -1, bv), "array bounds error");
	copyarray(av, 3, bv);		/* exactly to the end */
	/* bytes */
	{
		Dptr c = mem2array("abcdef", 6), d = mem2array("XY", 2);

		copyarray(c, 4, d);
		check(memcmp(((Array*)D2P(c))->data, "abcdXY", 6) == 0, "byte copy");
		destroy(c);
		destroy(d);
	}
	destroy(av);
	destroy(bv);
	for(i = 0; i < 6; i++){
		check(REF(x[i]) == 1, "x%d count %d at the end, want 1", i, REF(x[i]));
		destroy(x[i]);
	}
	ktestend();
}

static void
testlist(void)
{
	List *l, *m;
	Dptr lv, mv, e;

	testbegin("newlist: cells hold the tail moved in, element pointers H; freeing releases both");
	l = newlist(&Tbyte, H);
	check(l->tail == H && l->t == &Tbyte && ((uintptr)l->data & 7) == 0, "byte cell");
	B(l->data) = 200;
	lv = P2D(l);
	m = newlist(&Tptr, lv);		/* our reference to l moves into m */
	check(UW(m->data) == H && m->tail == lv && REF(lv) == 1, "pointer cell");
	e = leaf(5);
	P(m->data) = e;
	addref(e);
	mv = P2D(m);
	addref(lv);
	destroy(mv);
	check(REF(lv) == 1 && REF(e) == 1 && B(l->data) == 200, "freeing the head released tail and element");
	destroy(lv);
	destroy(e);
	m = newlist(Tip, H);
	check(W(m->data) == 0 && UW(m->data + 4) == H, "adt cell");
	destroy(P2D(m));
	ktestend();
}

int
testmain(void)
{
	Poolstat before, after;

	Tip = dtype(8, ipmap, 1);
	poolstat(1, &before);
	testnew();
	testslice();
	testcopy();
	testlist();
	testbegin("arrays: the heap pool is back at its baseline");
	poolstat(1, &after);
	check(after.cursize == before.cursize && after.nalloc - after.nfree == before.nalloc - before.nfree,
		"heap pool cursize %lud, was %lud", after.cursize, before.cursize);
	check(poolcheckall() == 0, "a pool is inconsistent");
	ktestend();
	freetype(Tip);
	return testexit();
}
