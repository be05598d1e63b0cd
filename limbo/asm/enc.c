/*
 * Writes a Module as a .dis image (dis-format.md), every integer in
 * its shortest encoding. For a module the loader read, the image is
 * the original file whenever that file used shortest encodings (as
 * the compiler and this assembler do). Also the Buf helpers.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../libkern/kern.h"
#include "../../libinterp/dis.h"
#include "asm.h"

void
bufput(Buf *b, void *v, ulong n)
{
	char *s;
	ulong cap;

	if(b->nomem || (n == 0 && b->s != nil))
		return;
	if(b->n + n + 1 > b->cap){
		cap = b->cap*2 + n + 64;
		s = realloc(b->s, cap);
		if(s == nil){
			b->nomem = 1;
			return;
		}
		b->s = s;
		b->cap = cap;
	}
	if(n > 0)
		memmove(b->s + b->n, v, n);
	b->n += n;
	b->s[b->n] = 0;		/* text stays a C string */
}

void
bufprint(Buf *b, char *fmt, ...)
{
	va_list a;
	char small[256], *big;
	int n;

	va_start(a, fmt);
	n = vsnprintf(small, sizeof small, fmt, a);
	va_end(a);
	if(n < 0)
		return;
	if((ulong)n < sizeof small){
		bufput(b, small, n);
		return;
	}
	big = malloc(n+1);
	if(big == nil){
		b->nomem = 1;
		return;
	}
	va_start(a, fmt);
	vsnprintf(big, n+1, fmt, a);
	va_end(a);
	bufput(b, big, n);
	free(big);
}

void
buffree(Buf *b)
{
	free(b->s);
	memset(b, 0, sizeof *b);
}

typedef struct Enc Enc;
struct Enc {
	Buf	*b;
	int	bad;	/* a value did not fit */
	s32int	badv;
	char	*what;
};

static void
byte(Enc *e, int c)
{
	uchar u;

	u = c;
	bufput(e->b, &u, 1);
}

static void
op(Enc *e, s32int v, char *what)
{
	uchar b[4];

	if(v >= -64 && v <= 63){
		b[0] = v & 0x7F;
		bufput(e->b, b, 1);
	}else if(v >= -8192 && v <= 8191){
		b[0] = 0x80 | ((v>>8) & 0x3F);
		b[1] = v;
		bufput(e->b, b, 2);
	}else{
		if((v < -(1<<29) || v >= (1<<29)) && e->bad++ == 0){
			e->badv = v;
			e->what = what;
		}
		b[0] = 0xC0 | ((v>>24) & 0x3F);
		b[1] = v>>16;
		b[2] = v>>8;
		b[3] = v;
		bufput(e->b, b, 4);
	}
}

static void
word(Enc *e, u32int v)
{
	uchar b[4];

	b[0] = v>>24;
	b[1] = v>>16;
	b[2] = v>>8;
	b[3] = v;
	bufput(e->b, b, 4);
}

static void
str(Enc *e, char *s)
{
	bufput(e->b, s, strlen(s)+1);
}

/* the file's 3-bit operand code for a decoded mode */
static int
filecode(int mode)
{
	switch(mode){
	case Amp:
		return 0;
	case Afp:
		return 1;
	case Aimm:
		return 2;
	case Aimp:
		return 4;
	case Aifp:
		return 5;
	}
	return 3;
}

static void
opnd(Enc *e, int mode, s32int v, int ind, char *what)
{
	switch(mode){
	case Anone:
		break;
	case Aifp:
	case Aimp:
		op(e, v, what);
		op(e, ind, what);
		break;
	default:
		op(e, v, what);
	}
}

static void
inst(Enc *e, Inst *i)
{
	int mm, a;

	mm = (i->flags & Imidd) ? Anone : Mmode(i);
	a = filecode(Smode(i))<<3 | filecode(Dmode(i));
	switch(mm){
	case Aimm:
		a |= 0x40;
		break;
	case Afp:
		a |= 0x80;
		break;
	case Amp:
		a |= 0xC0;
		break;
	}
	byte(e, i->op);
	byte(e, a);
	if(mm != Anone)
		op(e, i->m, "middle operand");
	opnd(e, Smode(i), i->s, i->si, "source operand");
	opnd(e, Dmode(i), i->d, i->di, "destination operand");
}

static void
ditem(Enc *e, Ditem *d)
{
	if(d->n >= 1 && d->n <= 15)
		byte(e, d->kind<<4 | d->n);
	else{
		byte(e, d->kind<<4);
		op(e, d->n, "data count");
	}
	op(e, d->off, "data offset");
	switch(d->kind){
	case Dbyte:
	case Dstring:
		bufput(e->b, d->p, d->n);
		break;
	case Dword:
		bufput(e->b, d->p, 4*(ulong)d->n);
		break;
	case Dreal:
	case Dbig:
		bufput(e->b, d->p, 8*(ulong)d->n);
		break;
	case Darray:
		word(e, d->a);
		word(e, d->b);
		break;
	case Dindex:
		word(e, d->a);
		break;
	}
}

int
diswrite(Module *m, Buf *b, char *err, int nerr)
{
	Enc e;
	s32int i, j;
	Type *t;
	Handler *h;

	memset(&e, 0, sizeof e);
	e.b = b;
	op(&e, XMAGIC, "magic");
	op(&e, m->rt, "flags");
	op(&e, m->ss, "stack extent");
	op(&e, m->nprog, "code size");
	op(&e, m->datasize, "data size");
	op(&e, m->ntype, "type count");
	op(&e, m->nlink, "link count");
	op(&e, m->entry, "entry pc");
	op(&e, m->entryt, "entry type");
	for(i = 0; i < m->nprog; i++)
		inst(&e, &m->prog[i]);
	for(i = 0; i < m->ntype; i++){
		t = &m->type[i];
		op(&e, i, "type number");
		op(&e, t->size, "type size");
		op(&e, t->np, "map size");
		bufput(b, t->map, t->np);
	}
	for(i = 0; i < m->ndata; i++)
		ditem(&e, &m->data[i]);
	byte(&e, 0);
	str(&e, m->name);
	for(i = 0; i < m->nlink; i++){
		op(&e, m->link[i].pc, "link pc");
		op(&e, m->link[i].type, "link type");
		word(&e, m->link[i].sig);
		str(&e, m->link[i].name);
	}
	if(m->rt & HASLDT){
		op(&e, m->nimport, "import list count");
		for(i = 0; i < m->nimport; i++){
			op(&e, m->import[i].n, "import count");
			for(j = 0; j < m->import[i].n; j++){
				word(&e, m->import[i].f[j].sig);
				str(&e, m->import[i].f[j].name);
			}
		}
		byte(&e, 0);
	}
	if(m->rt & HASEXCEPT){
		op(&e, m->nhandler, "handler count");
		for(i = 0; i < m->nhandler; i++){
			h = &m->handler[i];
			op(&e, h->eoff, "handler slot");
			op(&e, h->pc1, "handler pc");
			op(&e, h->pc2, "handler pc");
			op(&e, h->type, "handler type");
			if(h->nlab > 0xFFFF || h->ne > 0x1FFF){
				e.bad++;
				e.badv = h->nlab;
				e.what = "handler label count";
			}
			op(&e, h->nlab | h->ne<<16, "handler label count");
			for(j = 0; j < h->nlab; j++){
				str(&e, h->lab[j].name);
				op(&e, h->lab[j].pc, "handler label pc");
			}
			op(&e, h->wildpc, "handler pc");
		}
		byte(&e, 0);
	}
	str(&e, m->path);
	if(e.bad){
		snprintf(err, nerr, "%s %d does not fit the file's 30-bit integers", e.what, e.badv);
		return -1;
	}
	if(b->nomem){
		snprintf(err, nerr, "out of memory");
		return -1;
	}
	return 0;
}
