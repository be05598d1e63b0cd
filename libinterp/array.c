/*
 * Arrays, slices and list cells: their allocation, the slicing and
 * slice assignment instructions' semantics (dis-isa.md §6.7), and the
 * free and mark functions of Tarray and Tlist. The instructions that
 * index or walk them are xec.c's.
 *
 * An array owns its elements, stored after the Array header in the
 * same object (root == H). A slice shares its root's storage and holds
 * a reference to the root, never to its elements: only the root
 * releases or marks them, so each element reference is counted once.
 */
#include "all.h"
#include "interp.h"

enum {
	Arrayhdr = ROUNDUP(sizeof(Array), 8),	/* elements start 8-aligned */
};

static void
badbounds(void)
{
	error("array bounds error");
}

static void
addrefcell(Dptr *p)
{
	addref(*p);
}

/* Add a reference for each pointer the type names in v. */
static void
incptrs(void *v, Dtype *t)
{
	eachptr(v, t, addrefcell);
}

static void
holdtype(Dtype *t)
{
	if(t->map == t->mapbuf)
		t->ref++;
}

/*
 * Every element's pointers are H. The other bytes are zeroed whatever
 * zero says, so that no program sees what an earlier one left in the
 * heap.
 */
Array*
newarray(Dtype *elem, int len, int zero)
{
	Heap *h;
	Array *a;
	uchar *p;
	int i;

	USED(zero);
	if(len < 0)
		error("negative array size");
	if(elem->size > 0 && len > (0x7FFFFFFF - Arrayhdr - 64) / elem->size)
		error("out of memory: heap");
	h = nheap(Arrayhdr + len*elem->size);
	h->t = &Tarray;
	a = (Array*)H2D(h);
	a->len = len;
	a->t = elem;
	holdtype(elem);
	a->root = H;
	a->data = (uchar*)a + Arrayhdr;
	memset(a->data, 0, (ulong)len*elem->size);
	if(elem->np > 0)
		for(i = 0, p = a->data; i < len; i++, p += elem->size)
			initmem(elem, p);
	return a;
}

Dptr
mem2array(void *p, int n)
{
	Array *a;

	a = newarray(&Tbyte, n, 0);
	if(n > 0)
		memmove(a->data, p, n);
	return P2D(a);
}

/*
 * a[start:end]: a new array object on the same storage. The whole
 * array is a itself: both would name the same elements.
 */
Dptr
slicearray(Dptr av, int start, int end)
{
	Array *a, *s;
	Heap *h;
	Dptr root;

	if(av == H){
		if(start == end)
			return H;
		error("dereference of nil");
	}
	a = D2P(av);
	if((u32int)start > (u32int)end || (u32int)end > a->len)
		badbounds();
	if(start == 0 && (u32int)end == a->len){
		addref(av);
		return av;
	}
	root = a->root != H ? a->root : av;
	h = nheap(sizeof(Array));
	h->t = &Tarray;
	s = (Array*)H2D(h);
	s->len = end - start;
	s->t = a->t;
	holdtype(s->t);
	s->root = root;
	addref(root);
	s->data = a->data + (ulong)start*a->t->size;
	return P2D(s);
}

/*
 * dst[off:] = src. References for src's pointers are added before
 * dst's old ones are dropped, and the bytes move as memmove does, so
 * overlapping storage (a slice of the same array) comes out right.
 */
void
copyarray(Dptr dv, int off, Dptr sv)
{
	Array *d, *s;
	Dtype *t;
	ulong n, i;

	if(sv == H)
		return;
	if(dv == H)
		error("dereference of nil");
	d = D2P(dv);
	s = D2P(sv);
	if(off < 0 || (uvlong)off + s->len > d->len)
		badbounds();
	if(s->len == 0)
		return;
	t = d->t;
	n = (ulong)s->len * t->size;
	if(t->np > 0){
		for(i = 0; i < s->len; i++)
			incptrs(s->data + i*t->size, t);
		for(i = 0; i < s->len; i++)
			freeptrs(d->data + ((ulong)off + i)*t->size, t);
	}
	memmove(d->data + (ulong)off*t->size, s->data, n);
}

List*
newlist(Dtype *elem, Dptr tail)
{
	Heap *h;
	List *l;
	int n;

	n = elem->size;
	if(n < 8)
		n = 8;		/* a byte element takes a word's slot; keep cells 8-aligned */
	h = nheap(sizeof(List) + n);
	h->t = &Tlist;
	l = (List*)H2D(h);
	l->tail = tail;
	l->t = elem;
	holdtype(elem);
	memset(l->data, 0, n);
	initmem(elem, l->data);
	return l;
}

void
freearray(Heap *h, int swept)
{
	Array *a;
	uchar *p;
	u32int i;

	USED(swept);
	a = (Array*)H2D(h);
	if(a->root != H)
		destroy(a->root);
	else if(a->t->np > 0)
		for(i = 0, p = a->data; i < a->len; i++, p += a->t->size)
			freeptrs(p, a->t);
	freetype(a->t);
}

void
markarray(Dtype *t, void *v)
{
	Array *a;
	uchar *p;
	u32int i;

	USED(t);
	a = v;
	if(a->root != H)
		gcmark(a->root);
	else if(a->t->np > 0)
		for(i = 0, p = a->data; i < a->len; i++, p += a->t->size)
			markptrs(p, a->t);
}

/* The tail goes on destroy's list of dying objects: a long list costs no stack. */
void
freelist(Heap *h, int swept)
{
	List *l;

	USED(swept);
	l = (List*)H2D(h);
	if(l->t->np > 0)
		freeptrs(l->data, l->t);
	destroy(l->tail);
	freetype(l->t);
}

void
marklist(Dtype *t, void *v)
{
	List *l;

	USED(t);
	l = v;
	gcmark(l->tail);
	if(l->t->np > 0)
		markptrs(l->data, l->t);
}
