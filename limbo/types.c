/*
 * Constructors for the tree's nodes, types and declarations, and
 * the basic types. Later stages (binding names, sizes, signatures)
 * belong here too.
 */
#include <stdio.h>
#include <setjmp.h>
#include "limbo.h"

Type	*tnone, *tint, *tbig, *tbyte, *treal, *tstring;

Type*
mktype(int kind, Src src)
{
	Type *t;

	t = lalloc(sizeof *t);
	t->kind = kind;
	t->src = src;
	return t;
}

Decl*
mkdecl(int kind, Sym *s, Src src)
{
	Decl *d;

	d = lalloc(sizeof *d);
	d->kind = kind;
	d->sym = s;
	d->src = src;
	return d;
}

Node*
mknode(int op, Src src)
{
	Node *n;

	n = lalloc(sizeof *n);
	n->op = op;
	n->src = src;
	n->stop = src;
	return n;
}

/* the basic types' single instances, with their Dis sizes (limbo-lang.md 3.1) */
void
typeinit(void)
{
	Src none = {-1, 0, 0};

	tnone = mktype(Tnone, none);
	tint = mktype(Tint, none);
	tbig = mktype(Tbig, none);
	tbyte = mktype(Tbyte, none);
	treal = mktype(Treal, none);
	tstring = mktype(Tstring, none);
	tint->size = tint->align = 4;
	tbig->size = tbig->align = 8;
	tbyte->size = tbyte->align = 1;
	treal->size = treal->align = 8;
	tstring->size = tstring->align = 4;
	tnone->sized = tint->sized = tbig->sized = tbyte->sized = treal->sized = tstring->sized = 2;
}

/* is a value of type t a pointer the garbage collector follows? */
int
ispointer(Type *t)
{
	t = realtype(t);
	if(t == nil)
		return 0;
	switch(t->kind){
	case Tstring: case Tarray: case Tlist: case Tchan: case Tref:
	case Tmodule: case Tpoly: case Tnil:
	case Tfn:	/* a function's name as a value: its reference */
		return 1;
	}
	return 0;
}

static void	sizefields(Decl*, long*, long*);

/*
 * Sets t's size and alignment (limbo-lang.md 3.1): the basic types'
 * own, pointers 4, adts and tuples their fields laid out in order,
 * each at the next offset aligned for it, rounded up to the largest
 * alignment; a pick adt and its variants start with a 4-byte tag.
 * Returns 0, or -1 for a type that contains itself by value.
 */
int
tsize(Type *t)
{
	long size, align;
	Decl *d;

	t = realtype(t);
	if(t == nil)
		return -1;
	if(t->sized == 2)
		return 0;
	if(t->sized == 1)
		return -1;
	t->sized = 1;
	size = 0;
	align = 1;
	switch(t->kind){
	case Tnone:
		break;
	case Tbyte:
		size = align = 1;
		break;
	case Tint: case Tfixed:
		size = align = 4;
		break;
	case Tbig: case Treal:
		size = align = 8;
		break;
	case Tstring: case Tarray: case Tlist: case Tchan: case Tref:
	case Tmodule: case Tpoly: case Tnil: case Tfn:
		size = align = 4;
		break;
	case Ttuple:
	case Texception:
		sizefields(t->ids, &size, &align);
		break;
	case Tadt:
		if(t->tags != nil){
			size = align = 4;
		}
		sizefields(t->ids, &size, &align);
		/* the variants, whose fields follow the common ones */
		for(d = t->tags; d != nil; d = d->next)
			if(d->ty->sized == 0){
				long vs = size, va = align;
				d->ty->sized = 1;
				sizefields(d->ty->ids, &vs, &va);
				d->ty->size = (vs + va - 1) / va * va;
				d->ty->align = va;
				d->ty->sized = 2;
			}
		break;
	case Tpickvar:
		t->sized = 0;
		if(tsize(t->of) < 0)
			return -1;
		return t->sized == 2 ? 0 : -1;
	}
	t->size = (size + align - 1) / align * align;
	t->align = align;
	t->sized = 2;
	return 0;
}

/* lays out the data members of d after *size, raising *align */
static void
sizefields(Decl *d, long *size, long *align)
{
	Type *t;

	for(; d != nil; d = d->next){
		if(d->kind != Dfield)
			continue;
		t = realtype(d->ty);
		if(t == nil || tsize(t) < 0){
			d->offset = *size;
			continue;
		}
		*size = (*size + t->align - 1) / t->align * t->align;
		d->offset = *size;
		*size += t->size;
		if(t->align > *align)
			*align = t->align;
	}
}

/* marks in map the pointers of a value of type t at offset off (bytes) */
void
pointermap(uchar *map, long nmap, Type *t, long off)
{
	Decl *d;
	long w;

	t = realtype(t);
	if(t == nil)
		return;
	if(ispointer(t)){
		w = off / 4;
		if(w / 8 < nmap)
			map[w / 8] |= 0x80 >> (w % 8);
		return;
	}
	switch(t->kind){
	case Ttuple:
	case Tadt:
	case Tpickvar:
		if(tsize(t) < 0)
			return;
		if(t->kind == Tpickvar)
			pointermap(map, nmap, t->of, off);
		for(d = t->ids; d != nil; d = d->next)
			if(d->kind == Dfield)
				pointermap(map, nmap, d->ty, off + d->offset);
		break;
	}
}

/*
 * The frame of a call to a function of type t (limbo-lang.md 8.1):
 * the 32-byte header, the parameters from offset 32 in order, each
 * aligned for its type, the total rounded up to 8. Sets each Darg's
 * offset; returns the size, or 0 for a variadic function (whose
 * caller makes the frame).
 */
long
framesize(Type *t)
{
	Decl *d;
	Type *a;
	long size;

	size = 32;
	for(d = t->ids; d != nil; d = d->next){
		a = realtype(d->ty);
		if(a == nil || tsize(a) < 0)
			continue;
		size = (size + a->align - 1) / a->align * a->align;
		d->offset = size;
		size += a->size;
	}
	if(t->varargs)
		return 0;
	return (size + 7) / 8 * 8;
}

/*
 * Lays out module data: the variables of m, sorted by name, each at
 * the next offset aligned for its type (limbo-lang.md 8.2, the
 * exported data at the start of MP). Sets each Dvar's offset; returns
 * the size, rounded up to 4. v and n are modmembers' result.
 */
long
mplayout(Decl **v, int n)
{
	Type *t;
	long size;
	int i;

	size = 0;
	for(i = 0; i < n; i++){
		t = realtype(v[i]->ty);
		if(t == nil || tsize(t) < 0)
			continue;
		size = (size + t->align - 1) / t->align * t->align;
		v[i]->offset = size;
		size += t->size;
	}
	return (size + 3) / 4 * 4;
}
