/*
 * Dis stacks: each Prog's frames live in a chain of segments
 * (Stkseg), newest last. frame/mframe carve frames at SP; a frame
 * that does not fit starts a new segment, and is marked by Ft 0 with
 * its type kept in the segment. Frames in a segment are contiguous,
 * each FSIZE(type) bytes, so the stack can be walked upwards from any
 * frame. The interpreter's fast paths for frame and ret are in
 * xec.c; this file has the general cases.
 */
#include "all.h"
#include "interp.h"
#include "xec.h"

char exNomain[] = "out of memory: main";

/* The segment that holds frame f (searching from the newest). */
Stkseg*
frameseg(REG *R, uchar *f)
{
	Stkseg *s;

	for(s = R->seg; s != nil; s = s->prev)
		if(f >= s->stack && f < s->top)
			return s;
	panic("frameseg: frame %p not on the stack", f);
	return nil;
}

/*
 * A new segment for a frame of type t that does not fit: at least
 * Stackmin, the module's stack hint, and room for two such frames;
 * where RAM is small, conf.dstackmin and room for the one frame.
 * The previous segment's spare is reused when it is big enough.
 */
uchar*
stackextend(REG *R, Dtype *t)
{
	Stkseg *s, *cur;
	int n;
	ulong need;
	uchar *f;

	n = FSIZE(t);
	if(conf.dstackmin != 0){
		need = conf.dstackmin;
		if(need < (ulong)n + 16)
			need = (ulong)n + 16;
	}else{
		need = Stackmin;
		if(R->M != nil && R->M->m != nil && R->M->m->m != nil && R->M->m->m->ss > 0 &&
		   (ulong)R->M->m->m->ss > need && R->M->m->m->ss < Maxsize)
			need = R->M->m->m->ss;
		if(need < 2*(ulong)n + 16)
			need = 2*(ulong)n + 16;
	}
	need = (need + 7) & ~7UL;

	cur = R->seg;
	s = nil;
	if(cur != nil && cur->next != nil){
		s = cur->next;
		cur->next = nil;
		if(s->top - s->stack < n){
			free(s);
			s = nil;
		}
	}
	if(s == nil){
		s = malloc(sizeof(Stkseg) + need);
		if(s == nil)
			error(exNomain);
		s->top = s->stack + need;
	}
	s->next = nil;
	s->prev = cur;
	s->sp = nil;
	s->t = t;
	if(cur != nil)
		cur->sp = R->SP;
	R->seg = s;
	R->TS = s->top;
	f = s->stack;
	R->SP = f + n;
	((Frame*)f)->t = 0;
	return f;
}

uchar*
newframe(REG *R, Dtype *t)
{
	uchar *f;
	int n;

	n = FSIZE(t);
	if(R->SP == nil || R->SP + n > R->TS)
		f = stackextend(R, t);
	else{
		f = R->SP;
		R->SP = f + n;
		((Frame*)f)->t = P2D(t);
	}
	((Frame*)f)->mr = 0;
	initptrs(f, t);
	return f;
}

/*
 * The current segment holds no more frames: make the previous one
 * current, keeping this one as its spare; the last one is freed.
 */
void
popseg(REG *R)
{
	Stkseg *s, *prev;

	s = R->seg;
	prev = s->prev;
	if(s->next != nil){
		free(s->next);
		s->next = nil;
	}
	if(prev == nil){
		free(s);
		R->seg = nil;
		R->SP = nil;
		R->TS = nil;
		return;
	}
	if(prev->next != nil && prev->next != s)
		free(prev->next);
	prev->next = s;
	R->seg = prev;
	R->SP = prev->sp;
	R->TS = prev->top;
	prev->sp = nil;
}

/* Release the pointers of the frames in [f, end) of segment s. */
static void
dropframes(Stkseg *s, uchar *f, uchar *end)
{
	Dtype *t;

	while(f < end){
		t = frametype(s, f);
		dropptrs(f, t);
		f += FSIZE(t);
	}
}

/*
 * Release every frame above frame f, called or not (their module
 * bookkeeping is the caller's business), and free the segments they
 * occupy; SP becomes the end of f.
 */
void
cutstack(REG *R, uchar *f)
{
	Stkseg *fs;
	uchar *end;

	fs = frameseg(R, f);
	while(R->seg != fs){
		dropframes(R->seg, R->seg->stack, R->SP);
		popseg(R);
	}
	end = f + FSIZE(frametype(fs, f));
	dropframes(fs, end, R->SP);
	R->SP = end;
}

/*
 * Pop the frame at FP: frames allocated above it but never called
 * go too. The caller's FP and, after an mcall, its module return.
 * PC is left alone.
 */
void
popframe(REG *R)
{
	uchar *f;
	Frame *fr;
	Dptr mr;
	Modlink *old;

	f = R->FP;
	fr = (Frame*)f;
	cutstack(R, f);
	dropptrs(f, frametype(R->seg, f));
	mr = fr->mr;
	R->FP = fr->fp == 0 ? nil : D2P(fr->fp);
	if(fr->t == 0)
		popseg(R);
	else
		R->SP = f;
	if(mr != 0){
		old = R->M;
		R->M = D2P(mr);
		R->MP = modmp(R->M);
		dropref(P2D(old));
	}
}

void
freestack(REG *R)
{
	while(R->FP != nil)
		popframe(R);
	while(R->seg != nil){
		dropframes(R->seg, R->seg->stack, R->SP);
		popseg(R);
	}
	R->SP = nil;
	R->TS = nil;
}
