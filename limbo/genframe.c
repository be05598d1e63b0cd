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
	markvalue(t, off, &f->map, &f->mapcap);
	return off;
}

/* the pointer layout of a value of type t, as a slot's key; 0 if it does not fit one */
static int
layout(Type *t, uchar *key, long *size)
{
	long n;

	*size = sizeof_(t);
	n = (*size/4 + 7) / 8;
	memset(key, 0, 8);
	if(n > 8)
		return 0;
	valuemap(t, key, n);
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

/* is v one of the current function's temporaries? */
int
istmp(Gopd v)
{
	Fn *f;
	int i;

	if(v.mode != Gfp)
		return 0;
	f = gen.cur;
	for(i = 0; i < f->ntmp; i++)
		if(f->tmps[i].off == v.v)
			return 1;
	return 0;
}

/*
 * Gives back every temporary, at the end of each statement: a
 * statement's temporaries are dead then, and no construct holds one
 * across a statement inside it (conditions, case values and alt
 * tables are used before their arms' statements run).
 */
void
tfree(void)
{
	Fn *f;
	int i;

	f = gen.cur;
	for(i = 0; i < f->ntmp; i++)
		f->tmps[i].busy = 0;
	greturning = 0;
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
		markvalue(d->ty, d->offset, &f->map, &f->mapcap);
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
