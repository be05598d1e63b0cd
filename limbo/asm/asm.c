/*
 * The Dis assembler: text in, .dis image out. One statement a line;
 * '#' starts a comment; "name:" before a statement defines a label
 * (its pc is the next instruction's). Statements:
 *
 *	OPCODE [operands]	instruction, operands in src, mid, dst order:
 *				$n immediate, n(fp), n(mp), s(f(fp)),
 *				s(f(mp)), or a label where a pc is expected.
 *				Fewer than three mean src, dst (mid, dst
 *				for ops without a src, e.g. newcw); three
 *				fields, some empty, say exactly which
 *				("jmp 4(fp), ," has only a src).
 *	module "Name"		the module's name (required)
 *	source "path"		the source path (default "")
 *	flags N			runtime flags (default 0x40, plus 0x20
 *				when there are handlers)
 *	stack N			stack extent (default 10 x largest frame)
 *	entry PC, $T		default entry and its frame type (default -1, -1)
 *	datasize N		bytes of module data (default 0)
 *	desc $N, SIZE, "map"	type N: size and pointer map in hex
 *	byte OFF, v...		data items; OFF is @mp+N at top level,
 *	word OFF, v...		@ind+N inside an indir, or just N.
 *	string OFF, "text"	Words may be labels (case tables);
 *	real OFF, v...		a real of 0x and 16 hex digits gives
 *	big OFF, v...		its bits.
 *	array OFF, $T, LEN
 *	indir OFF, INDEX
 *	apop
 *	link PC, $T, SIG, "name"	an export (PC and T -1 for ".mp")
 *	ldt N			starts import list N (0, 1, ... in order)
 *	ext SIG, "name"		a function of the current import list
 *	handler N(fp), PC1, PC2, $T	a handler (T may be -1), followed
 *	etype "name", PC	by its exception-type arms,
 *	ecase "pattern", PC	its string arms
 *	ewild PC		and its * arm
 *
 * The image is checked by loading it (unless the caller asks not
 * to, as tests making broken files do); the loader's complaint is
 * reported at the line that caused it where that is known.
 */
#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../libkern/kern.h"
#include "../../libinterp/dis.h"
#include "asm.h"

enum {
	Teol, Tid, Tnum, Tstr, Tpunct,
	S = 1, M = 2, D = 4,
	Maxop = (1<<29) - 1,	/* what the file's integers hold */
	Minop = -(1<<29),
};

typedef struct Asm Asm;
typedef struct Label Label;
typedef struct Opnd Opnd;

struct Label {
	char	*name;
	s32int	pc;
	int	line;
};

struct Opnd {
	int	mode;	/* Anone... */
	vlong	v;
	vlong	ind;
	int	label;	/* v came from a label */
};

struct Asm {
	char	*file;
	char	*p;	/* next character */
	char	*e;
	int	line;
	int	pass;	/* 1: labels only; 2: everything */
	jmp_buf	jb;
	char	*err;
	int	nerr;

	int	tok;	/* the current token */
	int	punct;
	Buf	tb;	/* its text (Tid, Tnum) or bytes (Tstr) */

	Label	*lab;
	int	nlab, caplab;
	s32int	pc;

	Inst	*prog;
	int	*progline;
	int	capprog, capline;
	Type	*type;
	int	ntype, captype;
	int	*typeline;	/* 0: not defined */
	int	captl;
	Ditem	*data;
	int	*dataline;
	int	ndata, capdata, capdl;
	int	depth;
	Link	*link;
	int	*linkline;
	int	nlink, caplink, capll;
	Import	*imp;
	int	nimp, capimp, capf;
	Handler	*h;
	int	*hline;
	int	nh, caph, caphl, caplabs;

	char	*name;
	char	*path;
	int	rtset, ssset;
	s32int	rt, ss, entry, entryt, datasize;
};

static void
error(Asm *a, char *fmt, ...)
{
	va_list v;
	int n;

	if(a->line > 0)
		n = snprintf(a->err, a->nerr, "%s:%d: ", a->file, a->line);
	else
		n = snprintf(a->err, a->nerr, "%s: ", a->file);
	if(n < 0 || n >= a->nerr)
		n = 0;
	va_start(v, fmt);
	vsnprintf(a->err + n, a->nerr - n, fmt, v);
	va_end(v);
	longjmp(a->jb, 1);
}

static void*
grow(void *v, int n, int *cap, ulong size)
{
	if(n < *cap)
		return v;
	*cap = *cap ? 2 * *cap : 16;
	v = realloc(v, *cap * size);
	if(v == nil){
		fprintf(stderr, "disas: out of memory\n");
		exit(1);
	}
	memset((char*)v + n*size, 0, (*cap - n) * size);
	return v;
}
#define GROW(v, n, cap)	((v) = grow((v), (n), &(cap), sizeof *(v)))

static char*
estrdup(char *s, long n)
{
	char *t;

	t = malloc(n+1);
	if(t == nil){
		fprintf(stderr, "disas: out of memory\n");
		exit(1);
	}
	memmove(t, s, n);
	t[n] = 0;
	return t;
}

static int
hexval(int c)
{
	if(c >= '0' && c <= '9')
		return c - '0';
	if(c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if(c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static void
lexstring(Asm *a)
{
	char *p;
	char c;
	int h1, h2;

	p = a->p + 1;
	for(;;){
		if(p >= a->e || *p == '\n')
			error(a, "unterminated string");
		c = *p++;
		if(c == '"')
			break;
		if(c == '\\'){
			if(p >= a->e)
				error(a, "unterminated string");
			c = *p++;
			switch(c){
			case 'n':
				c = '\n';
				break;
			case 't':
				c = '\t';
				break;
			case '\\':
			case '"':
				break;
			case 'x':
				if(a->e - p < 2 || (h1 = hexval(p[0])) < 0 || (h2 = hexval(p[1])) < 0)
					error(a, "\\x needs two hex digits");
				c = h1<<4 | h2;
				p += 2;
				break;
			default:
				error(a, "unknown escape \\%c", c);
			}
		}
		bufput(&a->tb, &c, 1);
	}
	a->p = p;
	a->tok = Tstr;
}

/* Reads the next token of the line; at the end of the line (or a comment) Teol, without consuming the newline. */
static void
lex(Asm *a)
{
	char *p, *s;
	int hex;

	a->tb.n = 0;
	bufput(&a->tb, "", 0);
	if(a->tb.nomem){
		fprintf(stderr, "disas: out of memory\n");
		exit(1);
	}
	a->tb.s[0] = 0;
	p = a->p;
	while(p < a->e && (*p == ' ' || *p == '\t' || *p == '\r'))
		p++;
	a->p = p;
	if(p >= a->e || *p == '\n' || *p == '#'){
		while(p < a->e && *p != '\n')
			p++;
		a->p = p;
		a->tok = Teol;
		return;
	}
	if(*p == '"'){
		lexstring(a);
		return;
	}
	s = p;
	if(isdigit((uchar)*p) || ((*p == '-' || *p == '.') && p+1 < a->e && isdigit((uchar)p[1]))
	|| (*p == '-' && a->e - p > 2 && p[1] == '.' && isdigit((uchar)p[2]))){
		hex = (p[0] == '0' && p+1 < a->e && (p[1] == 'x' || p[1] == 'X'))
			|| (p[0] == '-' && a->e - p > 2 && p[1] == '0' && (p[2] == 'x' || p[2] == 'X'));
		p++;
		while(p < a->e && (isalnum((uchar)*p) || *p == '.' || *p == '_'
		|| (!hex && (*p == '+' || *p == '-') && (p[-1] == 'e' || p[-1] == 'E'))))
			p++;
		bufput(&a->tb, s, p - s);
		a->p = p;
		a->tok = Tnum;
		return;
	}
	if(isalpha((uchar)*p) || *p == '_' || *p == '.'){
		while(p < a->e && (isalnum((uchar)*p) || *p == '_' || *p == '.'))
			p++;
		bufput(&a->tb, s, p - s);
		a->p = p;
		a->tok = Tid;
		return;
	}
	if(strchr(",()$:@+", *p) == nil)
		error(a, "unexpected character '%c'", *p);
	a->punct = *p;
	a->p = p+1;
	a->tok = Tpunct;
}

static int
ispunct1(Asm *a, int c)
{
	return a->tok == Tpunct && a->punct == c;
}

static void
expect(Asm *a, int c)
{
	if(!ispunct1(a, c))
		error(a, "expected '%c'", c);
	lex(a);
}

static void
comma(Asm *a)
{
	expect(a, ',');
}

static void
endline(Asm *a)
{
	if(a->tok != Teol)
		error(a, "unexpected %s at the end of the statement", a->tok == Tstr ? "string" : a->tb.s[0] ? a->tb.s : "punctuation");
}

/* An integer in [lo, hi], decimal or 0x hex, possibly negative. */
static vlong
integer(Asm *a, vlong lo, vlong hi, char *what)
{
	char *s;
	uvlong mag, d;
	int neg, base, n;
	vlong v;

	if(a->tok != Tnum)
		error(a, "expected %s", what);
	s = a->tb.s;
	neg = *s == '-';
	if(neg)
		s++;
	base = 10;
	if(s[0] == '0' && (s[1] == 'x' || s[1] == 'X')){
		base = 16;
		s += 2;
	}
	mag = 0;
	for(n = 0; *s != 0; s++, n++){
		d = base == 16 ? (uvlong)hexval(*s) : (uvlong)(*s - '0');
		if(d >= (uvlong)base || (base == 10 && !isdigit((uchar)*s)))
			error(a, "bad %s %s", what, a->tb.s);
		if(mag > (~(uvlong)0 - d) / base)
			error(a, "%s %s out of range", what, a->tb.s);
		mag = mag*base + d;
	}
	if(n == 0)
		error(a, "bad %s %s", what, a->tb.s);
	if(neg){
		if(mag > (uvlong)1<<63)
			error(a, "%s %s out of range", what, a->tb.s);
		v = mag == (uvlong)1<<63 ? (vlong)(-0x7FFFFFFFFFFFFFFFLL - 1) : -(vlong)mag;
	}else{
		if(mag > 0x7FFFFFFFFFFFFFFFULL)
			error(a, "%s %s out of range", what, a->tb.s);
		v = mag;
	}
	if(v < lo || v > hi)
		error(a, "%s %s outside %lld..%lld", what, a->tb.s, lo, hi);
	lex(a);
	return v;
}

static int
labelcmp(const void *x, const void *y)
{
	return strcmp(((Label*)x)->name, ((Label*)y)->name);
}

/* The label called name; the labels are sorted once pass 1 has found them all. */
static Label*
lookup(Asm *a, char *name)
{
	Label k;

	if(a->nlab == 0)
		return nil;
	k.name = name;
	return bsearch(&k, a->lab, a->nlab, sizeof *a->lab, labelcmp);
}

static s32int
label(Asm *a)
{
	Label *l;

	l = lookup(a, a->tb.s);
	if(l == nil)
		error(a, "undefined label %s", a->tb.s);
	lex(a);
	return l->pc;
}

/* A pc: a label or a number (-1 for none). */
static s32int
pcval(Asm *a)
{
	if(a->tok == Tid)
		return label(a);
	if(ispunct1(a, '$'))
		lex(a);
	return integer(a, -1, Maxop, "pc");
}

/* A type index: $n, n or -1. */
static s32int
typeval(Asm *a)
{
	if(ispunct1(a, '$'))
		lex(a);
	return integer(a, -1, Maxop, "type index");
}

/* A quoted string (or a name, for the module's) into *dst, replacing what was there. */
static void
string(Asm *a, char *what, char **dst)
{
	if(a->tok != Tstr && !(a->tok == Tid && strcmp(what, "module name") == 0))
		error(a, "expected %s in quotes", what);
	if(a->tok == Tstr && memchr(a->tb.s, 0, a->tb.n) != nil)
		error(a, "%s contains a NUL byte", what);
	free(*dst);
	*dst = estrdup(a->tb.s, a->tb.n);	/* stored before lex can fail, so cleanup frees it */
	lex(a);
}

/* fp or mp after '(' */
static int
base(Asm *a)
{
	int fp;

	if(a->tok != Tid || (strcmp(a->tb.s, "fp") != 0 && strcmp(a->tb.s, "mp") != 0))
		error(a, "expected fp or mp");
	fp = a->tb.s[0] == 'f';
	lex(a);
	return fp;
}

static void
operand(Asm *a, Opnd *o)
{
	vlong v, f;

	memset(o, 0, sizeof *o);
	if(a->tok == Teol || ispunct1(a, ','))
		return;
	if(ispunct1(a, '$')){
		lex(a);
		o->mode = Aimm;
		o->v = integer(a, Minop, Maxop, "immediate");
		return;
	}
	if(a->tok == Tid){
		o->mode = Aimm;
		o->v = label(a);
		o->label = 1;
		return;
	}
	v = integer(a, Minop, Maxop, "offset");
	expect(a, '(');
	if(a->tok == Tid){
		o->mode = base(a) ? Afp : Amp;
		o->v = v;
		expect(a, ')');
		return;
	}
	f = integer(a, Minop, Maxop, "offset");
	expect(a, '(');
	o->mode = base(a) ? Aifp : Aimp;
	expect(a, ')');
	expect(a, ')');
	if(v < 0 || v > Maxind || f < 0 || f > Maxind)
		error(a, "indirect offsets must be 0..%d", Maxind);
	o->v = f;
	o->ind = v;
}

static void
instruction(Asm *a, int op)
{
	Opnd f[3], o[3];
	Opinfo *oi;
	Inst *i;
	int k, j, slots, cls[3];
	static char *names[] = { "src", "mid", "dst" };

	k = 0;
	if(a->tok != Teol){
		for(;;){
			if(k == 3)
				error(a, "more than three operands");
			operand(a, &f[k++]);
			if(a->tok == Teol)
				break;
			comma(a);
		}
	}
	slots = k == 3 ? S|M|D : opslots(op, k);
	memset(o, 0, sizeof o);
	for(j = 0; j < k; j++)
		if(k < 3 && f[j].mode == Anone)
			error(a, "empty operand: list all three (src, mid, dst) to leave one out");
	for(j = 0, k = 0; j < 3; j++)
		if(slots & (1<<j))
			o[j] = f[k++];
	oi = &optab[op];
	cls[0] = oi->s;
	cls[1] = oi->m;
	cls[2] = oi->d;
	for(j = 0; j < 3; j++)
		if(o[j].label && cls[j] != Xpc && cls[j] != Xpcimm)
			error(a, "operand %s: %s takes no pc there", names[j], oi->name);
	if(o[1].mode == Aifp || o[1].mode == Aimp)
		error(a, "the middle operand cannot be indirect");
	GROW(a->prog, a->pc, a->capprog);
	GROW(a->progline, a->pc, a->capline);
	a->progline[a->pc] = a->line;
	i = &a->prog[a->pc++];
	i->op = op;
	i->xop = op;
	i->s = o[0].v;
	i->si = o[0].ind;
	i->d = o[2].v;
	i->di = o[2].ind;
	i->m = o[1].v;
	if(o[1].mode == Anone && oi->m != Xnone && oi->m != Xopt){
		o[1].mode = o[2].mode;
		i->m = i->d;
		i->mi = i->di;
		i->flags |= Imidd;
	}
	i->mode = Mkmode(o[0].mode, o[1].mode, o[2].mode);
}

/* OFF: @mp+N (top level), @ind+N (inside an indir), or N */
static s32int
offset(Asm *a)
{
	int ind;

	if(!ispunct1(a, '@'))
		return integer(a, 0, Maxop, "offset");
	lex(a);
	if(a->tok != Tid || (strcmp(a->tb.s, "mp") != 0 && strcmp(a->tb.s, "ind") != 0))
		error(a, "expected @mp or @ind");
	ind = a->tb.s[0] == 'i';
	if(ind != (a->depth > 0))
		error(a, ind ? "@ind outside an indir" : "@mp inside an indir: use @ind");
	lex(a);
	if(!ispunct1(a, '+'))
		return 0;
	lex(a);
	return integer(a, 0, Maxop, "offset");
}

static void
putbe(Buf *b, uvlong v, int n)
{
	uchar c;

	while(n-- > 0){
		c = v >> (8*n);
		bufput(b, &c, 1);
	}
}

static uvlong
realbits(Asm *a)
{
	char *s, *end;
	double d;
	uvlong bits;
	int k;

	if(a->tok != Tnum)
		error(a, "expected a real");
	s = a->tb.s;
	if(strlen(s) == 18 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')){
		bits = 0;
		for(k = 2; k < 18; k++){
			if(hexval(s[k]) < 0)
				error(a, "bad real bits %s", s);
			bits = bits<<4 | hexval(s[k]);
		}
	}else{
		d = strtod(s, &end);
		if(*end != 0 || end == s)
			error(a, "bad real %s", s);
		memmove(&bits, &d, 8);
	}
	lex(a);
	return bits;
}

static void
dataitem(Asm *a, int kind)
{
	Ditem *d;
	Buf b;
	Label *l;

	GROW(a->data, a->ndata, a->capdata);
	GROW(a->dataline, a->ndata, a->capdl);
	a->dataline[a->ndata] = a->line;
	d = &a->data[a->ndata++];
	d->kind = kind;
	d->n = 1;
	if(kind == Dpop){
		if(a->tok == Tnum)
			d->off = integer(a, Minop, Maxop, "offset");	/* ignored, as written */
		if(a->depth > 0)
			a->depth--;
		return;
	}
	d->off = offset(a);
	switch(kind){
	case Darray:
		comma(a);
		if(!ispunct1(a, '$'))
			error(a, "expected $type");
		d->a = typeval(a);
		comma(a);
		d->b = integer(a, 0, 0x7FFFFFFF, "length");
		return;
	case Dindex:
		comma(a);
		d->a = integer(a, 0, 0x7FFFFFFF, "index");
		a->depth++;
		return;
	case Dstring:
		comma(a);
		if(a->tok != Tstr)
			error(a, "expected a string in quotes");
		if(a->tb.n > Maxop)
			error(a, "string too long");
		d->n = a->tb.n;
		d->p = (uchar*)estrdup(a->tb.s, a->tb.n);
		lex(a);
		return;
	}
	memset(&b, 0, sizeof b);
	d->n = 0;
	while(ispunct1(a, ',')){
		lex(a);
		switch(kind){
		case Dbyte:
			putbe(&b, integer(a, -128, 255, "byte"), 1);
			break;
		case Dword:
			if(a->tok == Tid){
				l = lookup(a, a->tb.s);
				if(l == nil)
					error(a, "undefined label %s", a->tb.s);
				lex(a);
				putbe(&b, l->pc, 4);
			}else
				putbe(&b, integer(a, -0x80000000LL, 0xFFFFFFFFLL, "word"), 4);
			break;
		case Dbig:
			putbe(&b, integer(a, -0x7FFFFFFFFFFFFFFFLL - 1, 0x7FFFFFFFFFFFFFFFLL, "big"), 8);
			break;
		case Dreal:
			putbe(&b, realbits(a), 8);
			break;
		}
		d->n++;
		d->p = (uchar*)b.s;	/* owned from here on, freed with the items */
		if(b.nomem){
			fprintf(stderr, "disas: out of memory\n");
			exit(1);
		}
	}
}

static void
desc(Asm *a)
{
	s32int k, size;
	Type *t;
	char *s;
	long n, j;

	if(!ispunct1(a, '$'))
		error(a, "expected $N");
	lex(a);
	k = integer(a, 0, 65535, "type number");
	comma(a);
	size = integer(a, 0, Maxsize, "size");
	comma(a);
	if(a->tok != Tstr)
		error(a, "expected the pointer map in quotes");
	s = a->tb.s;
	n = a->tb.n;
	if(n % 2 != 0)
		error(a, "pointer map needs an even number of hex digits");
	while(a->ntype <= k){
		GROW(a->type, a->ntype, a->captype);
		GROW(a->typeline, a->ntype, a->captl);
		a->ntype++;
	}
	if(a->typeline[k] != 0)
		error(a, "type %d already defined at line %d", k, a->typeline[k]);
	a->typeline[k] = a->line;
	t = &a->type[k];
	t->size = size;
	t->np = n/2;
	t->map = malloc(n/2 + 1);
	if(t->map == nil){
		fprintf(stderr, "disas: out of memory\n");
		exit(1);
	}
	for(j = 0; j < n; j += 2){
		if(hexval(s[j]) < 0 || hexval(s[j+1]) < 0)
			error(a, "bad hex in pointer map");
		t->map[j/2] = hexval(s[j])<<4 | hexval(s[j+1]);
	}
	lex(a);
}

static void
link(Asm *a)
{
	Link *k;

	GROW(a->link, a->nlink, a->caplink);
	GROW(a->linkline, a->nlink, a->capll);
	a->linkline[a->nlink] = a->line;
	k = &a->link[a->nlink++];
	k->pc = pcval(a);
	comma(a);
	k->type = typeval(a);
	comma(a);
	k->sig = integer(a, 0, 0xFFFFFFFFLL, "signature");
	comma(a);
	string(a, "name", &k->name);
}

static void
ldt(Asm *a)
{
	Import *im;

	if(integer(a, 0, Maxop, "list number") != a->nimp)
		error(a, "import lists are numbered in order: expected ldt %d", a->nimp);
	GROW(a->imp, a->nimp, a->capimp);
	im = &a->imp[a->nimp++];
	im->n = 0;
	a->capf = 0;
}

static void
ext(Asm *a)
{
	Import *im;
	Ifunc *f;

	if(a->nimp == 0)
		error(a, "ext before any ldt");
	im = &a->imp[a->nimp-1];
	GROW(im->f, im->n, a->capf);
	f = &im->f[im->n++];
	f->sig = integer(a, 0, 0xFFFFFFFFLL, "signature");
	comma(a);
	string(a, "name", &f->name);
}

static void
handler(Asm *a)
{
	Handler *h;

	GROW(a->h, a->nh, a->caph);
	GROW(a->hline, a->nh, a->caphl);
	a->hline[a->nh] = a->line;
	h = &a->h[a->nh++];
	h->eoff = integer(a, Minop, Maxop, "exception slot");
	if(ispunct1(a, '(')){
		lex(a);
		if(!base(a))
			error(a, "the exception slot is in the frame: N(fp)");
		expect(a, ')');
	}
	comma(a);
	h->pc1 = pcval(a);
	comma(a);
	h->pc2 = pcval(a);
	comma(a);
	h->type = typeval(a);
	h->wildpc = -1;
	a->caplabs = 0;
}

static void
arm(Asm *a, char *kind)
{
	Handler *h;
	Hlabel *l;

	if(a->nh == 0)
		error(a, "%s before any handler", kind);
	h = &a->h[a->nh-1];
	if(strcmp(kind, "ewild") == 0){
		h->wildpc = pcval(a);
		return;
	}
	if(strcmp(kind, "etype") == 0 && h->ne != h->nlab)
		error(a, "etype arms come before ecase arms");
	if(h->nlab == 0xFFFF)
		error(a, "too many arms");
	GROW(h->lab, h->nlab, a->caplabs);
	l = &h->lab[h->nlab++];
	if(strcmp(kind, "etype") == 0)
		h->ne++;
	string(a, "pattern", &l->name);
	comma(a);
	l->pc = pcval(a);
}

static void
statement(Asm *a, char *w)
{
	int op;

	op = opbyname(w);
	lex(a);
	if(op >= 0){
		instruction(a, op);
		return;
	}
	if(strcmp(w, "module") == 0){
		string(a, "module name", &a->name);
	}else if(strcmp(w, "source") == 0){
		string(a, "source path", &a->path);
	}else if(strcmp(w, "flags") == 0){
		a->rt = integer(a, 0, Maxop, "flags");
		a->rtset = 1;
	}else if(strcmp(w, "stack") == 0){
		a->ss = integer(a, 0, Maxop, "stack extent");
		a->ssset = 1;
	}else if(strcmp(w, "entry") == 0){
		a->entry = pcval(a);
		comma(a);
		a->entryt = typeval(a);
	}else if(strcmp(w, "datasize") == 0)
		a->datasize = integer(a, 0, Maxop, "data size");
	else if(strcmp(w, "desc") == 0)
		desc(a);
	else if(strcmp(w, "byte") == 0)
		dataitem(a, Dbyte);
	else if(strcmp(w, "word") == 0)
		dataitem(a, Dword);
	else if(strcmp(w, "string") == 0)
		dataitem(a, Dstring);
	else if(strcmp(w, "real") == 0)
		dataitem(a, Dreal);
	else if(strcmp(w, "big") == 0)
		dataitem(a, Dbig);
	else if(strcmp(w, "array") == 0)
		dataitem(a, Darray);
	else if(strcmp(w, "indir") == 0)
		dataitem(a, Dindex);
	else if(strcmp(w, "apop") == 0)
		dataitem(a, Dpop);
	else if(strcmp(w, "link") == 0)
		link(a);
	else if(strcmp(w, "ldt") == 0)
		ldt(a);
	else if(strcmp(w, "ext") == 0)
		ext(a);
	else if(strcmp(w, "handler") == 0)
		handler(a);
	else if(strcmp(w, "etype") == 0 || strcmp(w, "ecase") == 0 || strcmp(w, "ewild") == 0)
		arm(a, w);
	else
		error(a, "unknown opcode or directive %s", w);
	endline(a);
}

/* One pass over the text: pass 1 defines the labels, pass 2 assembles. */
static void
pass(Asm *a, char *text, ulong len)
{
	char w[32], *nl;
	Label *l;

	a->p = text;
	a->e = text + len;
	a->pc = 0;
	a->depth = 0;
	for(a->line = 1; a->p < a->e; a->line++){
		lex(a);
		while(a->tok == Tid && a->p < a->e && *a->p == ':'){
			if(a->pass == 1){
				GROW(a->lab, a->nlab, a->caplab);
				l = &a->lab[a->nlab++];
				l->name = estrdup(a->tb.s, a->tb.n);
				l->pc = a->pc;
				l->line = a->line;
			}
			a->p++;
			lex(a);
		}
		if(a->tok == Tid){
			if(a->tb.n >= sizeof w)
				error(a, "unknown opcode or directive %s", a->tb.s);
			strcpy(w, a->tb.s);
			if(a->pass == 2)
				statement(a, w);
			else if(opbyname(w) >= 0)
				a->pc++;
		}else if(a->tok != Teol)
			error(a, "expected a label, opcode or directive");
		nl = memchr(a->p, '\n', a->e - a->p);
		a->p = nl == nil ? a->e : nl+1;
	}
}

/* Sorts the labels for lookup, refusing one defined twice. */
static void
sortlabels(Asm *a)
{
	int i;

	if(a->nlab > 1)
		qsort(a->lab, a->nlab, sizeof *a->lab, labelcmp);
	for(i = 1; i < a->nlab; i++)
		if(strcmp(a->lab[i].name, a->lab[i-1].name) == 0){
			a->line = MAX(a->lab[i].line, a->lab[i-1].line);
			error(a, "label %s defined twice", a->lab[i].name);
		}
}

/* The line that the loader's complaint err is about, or 0. */
static int
errline(Asm *a, char *err)
{
	int k;

	if(sscanf(err, "code: instruction %d:", &k) == 1 && k >= 0 && k < a->pc)
		return a->progline[k];
	if(sscanf(err, "data: item %d ", &k) == 1 && k >= 0 && k < a->ndata)
		return a->dataline[k];
	if(sscanf(err, "types: type %d", &k) == 1 && k >= 0 && k < a->ntype)
		return a->typeline[k];
	if(sscanf(err, "links: link %d", &k) == 1 && k >= 0 && k < a->nlink)
		return a->linkline[k];
	if(sscanf(err, "handlers: handler %d", &k) == 1 && k >= 0 && k < a->nh)
		return a->hline[k];
	return 0;
}

/* The default stack extent: as the compiler does, 10 times the largest frame. */
static s32int
stackextent(Asm *a)
{
	s32int max, k, t;

	max = 0;
#define FRAME(t) do{ if((t) >= 0 && (t) < a->ntype && a->type[t].size > max) max = a->type[t].size; }while(0)
	FRAME(a->entryt);
	for(k = 0; k < a->nlink; k++)
		FRAME(a->link[k].type);
	for(k = 0; k < a->pc; k++){
		t = a->prog[k].s;
		if(a->prog[k].op == Oframe && Smode(&a->prog[k]) == Aimm)
			FRAME(t);
	}
#undef FRAME
	return max > Maxop/10 ? Maxop : 10*max;
}

static void
finish(Asm *a, Buf *out, int check)
{
	Module m, *lm;
	ulong n0;
	s32int k;
	char err[256];

	a->line = 0;
	if(a->name == nil)
		error(a, "no module directive");
	for(k = 0; k < a->ntype; k++)
		if(a->typeline[k] == 0)
			error(a, "type $%d not defined (desc)", k);
	if(!a->rtset)
		a->rt = HASLDT | (a->nh > 0 ? HASEXCEPT : 0);
	if(a->nimp > 0 && (a->rt & HASLDT) == 0)
		error(a, "import lists (ldt) but flags lack HASLDT (0x40)");
	if(a->nh > 0 && (a->rt & HASEXCEPT) == 0)
		error(a, "handlers but flags lack HASEXCEPT (0x20)");
	if(!a->ssset)
		a->ss = stackextent(a);
	memset(&m, 0, sizeof m);
	m.name = a->name;
	m.path = a->path != nil ? a->path : "";
	m.rt = a->rt;
	m.ss = a->ss;
	m.entry = a->entry;
	m.entryt = a->entryt;
	m.nprog = a->pc;
	m.prog = a->prog;
	m.ntype = a->ntype;
	m.type = a->type;
	m.datasize = a->datasize;
	m.ndata = a->ndata;
	m.data = a->data;
	m.nlink = a->nlink;
	m.link = a->link;
	m.nimport = a->nimp;
	m.import = a->imp;
	m.nhandler = a->nh;
	m.handler = a->h;
	n0 = out->n;
	if(diswrite(&m, out, err, sizeof err) < 0)
		error(a, "%s", err);
	if(!check)
		return;
	lm = disload((uchar*)out->s + n0, out->n - n0, err, sizeof err);
	if(lm == nil){
		out->n = n0;
		a->line = errline(a, err);
		error(a, "%s", err);
	}
	disfreemod(lm);
}

static void
cleanup(Asm *a)
{
	int i, j;

	for(i = 0; i < a->nlab; i++)
		free(a->lab[i].name);
	free(a->lab);
	free(a->prog);
	free(a->progline);
	for(i = 0; i < a->ntype; i++)
		free(a->type[i].map);
	free(a->type);
	free(a->typeline);
	for(i = 0; i < a->ndata; i++)
		free(a->data[i].p);
	free(a->data);
	free(a->dataline);
	for(i = 0; i < a->nlink; i++)
		free(a->link[i].name);
	free(a->link);
	free(a->linkline);
	for(i = 0; i < a->nimp; i++){
		for(j = 0; j < a->imp[i].n; j++)
			free(a->imp[i].f[j].name);
		free(a->imp[i].f);
	}
	free(a->imp);
	for(i = 0; i < a->nh; i++){
		for(j = 0; j < a->h[i].nlab; j++)
			free(a->h[i].lab[j].name);
		free(a->h[i].lab);
	}
	free(a->h);
	free(a->hline);
	free(a->name);
	free(a->path);
	buffree(&a->tb);
	free(a);
}

int
asmtext(char *text, ulong len, char *file, int check, Buf *out, char *err, int nerr)
{
	Asm *a;
	volatile int r;

	a = calloc(1, sizeof *a);
	if(a == nil){
		snprintf(err, nerr, "%s: out of memory", file);
		return -1;
	}
	a->file = file;
	a->err = err;
	a->nerr = nerr;
	a->entry = -1;
	a->entryt = -1;
	r = -1;
	if(setjmp(a->jb) == 0){
		a->pass = 1;
		pass(a, text, len);
		sortlabels(a);
		a->pass = 2;
		pass(a, text, len);
		finish(a, out, check);
		r = 0;
	}
	cleanup(a);
	return r;
}
