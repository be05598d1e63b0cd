/*
 * The frame of the function being compiled: its parameters (placed
 * by framesize), local variables (one slot each, for the function's
 * life) and temporaries (slots lent for one statement and reused by
 * later ones of the same pointer layout). The pointer map grows with
 * it and becomes the frame's descriptor.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include "limbo.h"
#include "gen.h"
#include "genint.h"

static void
markptr(Fn *f, long off)
{
	long w, ncap;
	uchar *m;

	w = off / 4;
	if(w / 8 >= f->mapcap){
		ncap = f->mapcap ? 2*f->mapcap : 64;
		while(w / 8 >= ncap)
			ncap *= 2;
		m = realloc(f->map, ncap);
		if(m == nil)
			lfatal("out of memory");
		memset(m + f->mapcap, 0, ncap - f->mapcap);
		f->map = m;
		f->mapcap = ncap;
	}
	f->map[w / 8] |= 0x80 >> (w % 8);
}

/* the pointer words of a value of type t at off */
static void
markvalue(Fn *f, Type *t, long off)
{
	uchar map[512];
	long i, n;

	n = (sizeof_(t)/4 + 7) / 8;
	if(n > (long)sizeof map)
		ierror("a local too large");
	memset(map, 0, n);
	if(isptr(t) && realtype(t) != nil && (realtype(t)->kind == Tany || realtype(t)->kind == Tpoly || realtype(t)->kind == Texception))
		map[0] = 0x80;
	else
		pointermap(map, n, t, 0);
	for(i = 0; i < n*8; i++)
		if(map[i/8] & (0x80 >> (i%8)))
			markptr(f, off + 4*i);
}

static long
align(Type *t)
{
	Type *r;

	r = realtype(t);
	if(r == nil || r->kind == Tany || r->kind == Tpoly)
		return 4;
	tsize(r);
	return r->align > 0 ? r->align : 4;
}

long
falloc(Type *t)
{
	Fn *f;
	long off, a;

	f = gen.cur;
	a = align(t);
	off = (f->size + a - 1) / a * a;
	f->size = off + sizeof_(t);
	if(f->size >= Maxframe)
		lfatal("%s: frame too large", f->name);
	markvalue(f, t, off);
	return off;
}

/* the pointer layout of a value of type t, as a slot's key */
static int
layout(Type *t, uchar *key, long *size)
{
	long n;

	*size = sizeof_(t);
	n = (*size/4 + 7) / 8;
	memset(key, 0, 8);
	if(n > 8)
		return 0;
	if(isptr(t) && realtype(t) != nil && (realtype(t)->kind == Tany || realtype(t)->kind == Tpoly || realtype(t)->kind == Texception))
		key[0] = 0x80;
	else
		pointermap(key, n, t, 0);
	return 1;
}

Gopd
tmp(Type *t)
{
	Fn *f;
	Tslot *s;
	uchar key[8];
	long size;
	int i, shareable;

	f = gen.cur;
	shareable = layout(t, key, &size);
	if(shareable)
		for(i = 0; i < f->ntmp; i++){
			s = &f->tmps[i];
			if(!s->busy && s->shareable && s->size == size && memcmp(s->map, key, 8) == 0
			&& s->off % align(t) == 0){
				s->busy = 1;
				return fpopd(s->off);
			}
		}
	if(f->ntmp == f->captmp){
		f->captmp = f->captmp ? 2*f->captmp : 32;
		s = realloc(f->tmps, f->captmp * sizeof *s);
		if(s == nil)
			lfatal("out of memory");
		f->tmps = s;
	}
	s = &f->tmps[f->ntmp++];
	s->off = falloc(t);
	s->size = size;
	memmove(s->map, key, 8);
	s->shareable = shareable;
	s->busy = 1;
	return fpopd(s->off);
}

Gopd
tmpword(void)
{
	return tmp(tint);
}

/* temporaries in use now; trelease gives back those lent since */
int
tmark(void)
{
	return gen.cur->ntmp;
}

void
trelease(int mark)
{
	Fn *f;
	int i;

	f = gen.cur;
	(void)mark;	/* statements release all: no construct holds a temporary across an inner statement */
	for(i = 0; i < f->ntmp; i++)
		f->tmps[i].busy = 0;
}

/* starts f's frame: the header and the parameters */
void
framebegin(Fn *f)
{
	Decl *d;
	Type *t;

	t = rtype(f->def->ty);
	f->size = framesize(t);
	if(f->size == 0)
		lfatal("%s: a variadic function cannot be defined", f->name);
	for(d = t->ids; d != nil; d = d->next){
		d->where = Wfp;
		markvalue(f, d->ty, d->offset);
	}
	polyframe(f);	/* constraint functions' hidden words (genexpr.c) */
}

/* ends it: its descriptor, the frame rounded up to 8 */
void
frameend(Fn *f)
{
	Gdesc *d;
	long size, nmap;

	size = (f->size + 7) / 8 * 8;
	nmap = (size/4 + 7) / 8;
	d = &gen.o.desc[f->desc];
	d->size = size;
	d->nmap = nmap;
	d->map = calloc(nmap + 1, 1);
	if(d->map == nil)
		lfatal("out of memory");
	if(f->map != nil)
		memmove(d->map, f->map, nmap < f->mapcap ? nmap : f->mapcap);
	free(f->map);
	free(f->tmps);
	free(f->loops);
	f->map = nil;
	f->tmps = nil;
	f->loops = nil;
	f->mapcap = f->ntmp = f->captmp = f->nloop = f->caploop = 0;
}
