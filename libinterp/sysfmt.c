/*
 * Sys->print, fprint, sprint and aprint: Limbo's format verbs over
 * the variadic values of a Dis frame (dis-link.md §4, dis-isa.md §2).
 *
 * A conversion is '%', then any characters, up to the first verb
 * letter: % q s e E f g G d o x X c r H. What comes between (flags,
 * width, precision, '*', and the 'b' that makes an integer verb take
 * a big) is handed to libkern's formatter with the value, so flags
 * mean what they mean in Plan 9's print. Values are read in order
 * after the fixed arguments, each aligned to its size relative to
 * the frame: ints and '*' 4 bytes, bigs and reals 8, strings a
 * pointer. %g and %G with neither width nor precision print the
 * shortest form that reads back exactly (fmtreal, dis-isa.md §6.5.1).
 */
#include "all.h"
#include "interp.h"
#include "sysmod.h"

enum {
	Maxspec = 64,		/* bytes of one conversion passed to libkern */
	Fmtstart = 256,
};

/* Grow the output buffer when libkern fills it; stop is kept one short of the end, for the NUL. */
static int
growflush(Fmt *f)
{
	char *nb;
	int n, sz;

	n = f->to - f->start;
	sz = (f->stop - f->start + 1) * 2;
	nb = realloc(f->start, sz);
	if(nb == nil)
		return 0;
	f->start = nb;
	f->to = nb + n;
	f->stop = nb + sz - 1;
	return 1;
}

/*
 * The frame's limits, if its type is known: variadic values are read
 * only inside it, and strings only from slots the map marks as
 * pointers, so a format asking for more than was passed prints
 * nothing for the missing values instead of reading beyond.
 */
typedef struct Vframe Vframe;
struct Vframe {
	uchar	*fp;
	Dtype	*t;	/* nil: unknown, trusted */
};

static int
inframe(Vframe *v, uchar *va, int size)
{
	if(v->t == nil)
		return 1;
	return va + size <= v->fp + v->t->size;
}

static int
isptr(Vframe *v, uchar *va)
{
	int w;

	if(v->t == nil)
		return 1;
	w = (va - v->fp) / 4;
	if(w/8 >= v->t->np)
		return 0;
	return (v->t->map[w/8] >> (7 - w%8)) & 1;
}

static uchar*
align(Vframe *v, uchar *va, int n)
{
	while((va - v->fp) & (n-1))
		va++;
	return va;
}

/* A real with no width or precision: shortest round trip, with the sign flags. */
static void
shortreal(Fmt *out, char *spec, int verb, double d)
{
	char buf[64], *p;

	fmtreal(buf, sizeof buf, d);
	if(buf[0] != '-'){
		if(strchr(spec, '+') != nil)
			fmtstrcpy(out, "+");
		else if(strchr(spec, ' ') != nil)
			fmtstrcpy(out, " ");
	}
	if(verb == 'G')
		for(p = buf; *p; p++)
			if(*p == 'e')
				*p = 'E';
	fmtstrcpy(out, buf);
}

/* Does the conversion name a width or precision? */
static int
haswidth(char *spec)
{
	for(spec++; *spec; spec++)
		if((*spec >= '1' && *spec <= '9') || *spec == '.' || *spec == '*')
			return 1;
	return 0;
}

/*
 * One conversion: spec is "%flags" so far; verb ends it. Returns the
 * next value's address.
 */
static uchar*
convert(Fmt *out, Prog *p, Vframe *v, uchar *va, char *spec, int isbig, int verb)
{
	char *e, *s;
	Dptr sp;
	vlong bg;
	double d;
	s32int i;
	Heap *h;

	e = spec + strlen(spec);
	switch(verb){
	case '%':
		fmtstrcpy(out, "%");
		return va;
	case 'r':
		fmtstrcpy(out, p->osenv->errstr);
		return va;
	case 'q':
	case 's':
		if(!inframe(v, va, 4))
			return va;
		sp = P(va);
		if(!isptr(v, va))
			sp = H;
		va += 4;
		if(sp != H && PH(sp)->t != &Tstring){
			/* not a string (an adt, an exception value): say what it is rather than read it as one */
			fmtprint(out, "<%s>", PH(sp)->t == &Tarray ? "array" : PH(sp)->t == &Tlist ? "list" : "non-string");
			return va;
		}
		s = sp == H ? nil : string2c(sp);
		e[0] = verb;
		e[1] = 0;
		fmtprint(out, spec, s != nil ? s : "");
		free(s);
		return va;
	case 'e':
	case 'E':
	case 'f':
	case 'g':
	case 'G':
		va = align(v, va, 8);
		if(!inframe(v, va, 8))
			return va;
		d = F(va);
		va += 8;
		if((verb == 'g' || verb == 'G') && !haswidth(spec)){
			shortreal(out, spec, verb, d);
			return va;
		}
		e[0] = verb;
		e[1] = 0;
		fmtprint(out, spec, d);
		return va;
	case 'd':
	case 'o':
	case 'x':
	case 'X':
	case 'c':
		if(isbig){
			va = align(v, va, 8);
			if(!inframe(v, va, 8))
				return va;
			bg = L(va);
			va += 8;
			if(verb == 'c'){
				e[0] = 'C';
				e[1] = 0;
				fmtprint(out, spec, (Rune)bg);
				return va;
			}
			e[0] = 'l';
			e[1] = 'l';
			e[2] = verb;
			e[3] = 0;
			fmtprint(out, spec, bg);
			return va;
		}
		if(!inframe(v, va, 4))
			return va;
		i = W(va);
		va += 4;
		if(verb == 'c'){
			/* always a Unicode character */
			e[0] = 'C';
			e[1] = 0;
			fmtprint(out, spec, (Rune)i);
			return va;
		}
		e[0] = verb;
		e[1] = 0;
		fmtprint(out, spec, (int)i);
		return va;
	case 'H':
		/* debugging: a pointer's reference count and type */
		if(!inframe(v, va, 4))
			return va;
		sp = P(va);
		va += 4;
		if(sp == H || !isptr(v, va-4))
			fmtprint(out, "-1.%.8lux", 0UL);
		else{
			h = PH(sp);
			fmtprint(out, "%d.%.8lux", (int)h->ref, (ulong)(uintptr)h->t);
		}
		return va;
	}
	return va;
}

static int
isverb(Rune c)
{
	return c < Runeself && c != 0 && strchr("%qseEfgGdoxXcrH", c) != nil;
}

/*
 * Format the Dis string fmt with the values from va on (in the frame
 * at fp). Returns a malloc'd NUL-terminated UTF-8 buffer and its
 * length in *n. Raises exNomem if memory runs out.
 */
char*
sysformat(Prog *p, uchar *fp, uchar *va, Dptr fmt, int *n)
{
	Fmt *out;	/* allocated: the error branch reads it */
	Vframe v;
	String *s;
	Dptr ft;
	char spec[Maxspec+8], *sp, *buf;
	int i, len, isbig, star;
	Rune c;

	out = mallocz(sizeof *out, 1);
	if(out == nil)
		error(exNomem);
	out->start = malloc(Fmtstart);
	if(out->start == nil){
		free(out);
		error(exNomem);
	}
	out->to = out->start;
	out->stop = out->start + Fmtstart - 1;
	out->flush = growflush;
	if(waserror()){
		free(out->start);
		free(out);
		nexterror();
	}

	v.fp = fp;
	v.t = nil;
	ft = ((Fhdr*)fp)->t;
	if(ft != 0 && ft != H)
		v.t = D2P(ft);
	else if(p != nil && p->R.seg != nil && fp == p->R.seg->stack)
		v.t = p->R.seg->t;	/* the first frame of a segment: its type is the segment's */

	len = 0;
	s = nil;
	if(fmt != H){
		s = D2P(fmt);
		len = stringlen(fmt);
	}
	for(i = 0; i < len; ){
		c = stringrune(s, i++);
		if(c != '%'){
			fmtrune(out, c);
			continue;
		}
		sp = spec;
		*sp++ = '%';
		*sp = 0;
		isbig = 0;
		while(i < len){
			c = stringrune(s, i++);
			if(isverb(c)){
				va = convert(out, p, &v, va, spec, isbig, c);
				break;
			}
			switch(c){
			case 'b':
				isbig = 1;
				continue;
			case 'l':
			case 'z':
				/* C's size letters: Limbo's values have their own sizes */
				continue;
			case '*':
				star = 0;
				if(inframe(&v, va, 4)){
					star = W(va);
					va += 4;
				}
				if(sp < spec+Maxspec-12)
					sp += snprint(sp, 12, "%d", star);
				continue;
			}
			if(sp < spec+Maxspec-UTFmax)
				sp += runetochar(sp, &c);
			*sp = 0;
		}
	}
	poperror();
	/* stop is one short of the buffer's end: room for the NUL */
	*out->to = 0;
	*n = out->to - out->start;
	buf = out->start;
	free(out);
	return buf;
}

/* print and fprint: format fmt with the arguments at args in frame a and write it to fd. */
static void
printcall(void *a, int fd, uchar *args, Dptr fmt, s32int *ret)
{
	Prog *p;
	char *buf;
	long r;
	int n;

	p = currun();
	buf = sysformat(p, a, args, fmt, &n);
	release();
	r = kwrite(fd, buf, n);
	acquire();
	free(buf);
	if(r < 0)
		checkclosedpipe(p);
	*ret = r;
}

void
Sys_print(void *a)
{
	Fp *f;

	f = a;
	printcall(a, 1, (uchar*)a + Fargs + 4, f->p, RET(f));
}

void
Sys_fprint(void *a)
{
	Fpp *f;

	f = a;
	printcall(a, fdchk(f->p0), (uchar*)a + Fargs + 8, f->p1, RET(f));
}

/* sprint and aprint: the formatted text as a string, or an array of byte, in place of what the result held. */
static void
sprintcall(void *a, int asarray)
{
	Fp *f;
	char *buf;
	Dptr s, o;
	int n;

	f = a;
	buf = sysformat(currun(), a, (uchar*)a + Fargs + 4, f->p, &n);
	if(waserror()){
		free(buf);
		nexterror();
	}
	if(asarray)
		s = mem2array(buf, n);
	else
		s = n > 0 ? c2string(buf, n) : H;
	poperror();
	free(buf);
	o = P(RET(f));
	P(RET(f)) = s;
	destroy(o);
}

void
Sys_sprint(void *a)
{
	sprintcall(a, 0);
}

void
Sys_aprint(void *a)
{
	sprintcall(a, 1);
}
