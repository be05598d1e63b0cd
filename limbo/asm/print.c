/*
 * The disassembler: a Module as assembler text (the syntax is in
 * asm.c), in the order of the file's sections. Branch targets and
 * the pcs of links, the entry and handlers become labels L<pc>.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../libkern/kern.h"
#include "../../libinterp/dis.h"
#include "asm.h"

enum {
	S = 1, M = 2, D = 4,
};

/*
 * Which operand slots n written operands fill when an instruction
 * lists fewer than three: src then dst, except where the opcode
 * uses no src (newcw $4, 8(fp) is mid and dst) or no dst (raise).
 * Three fields, some possibly empty, always mean src, mid, dst.
 */
int
opslots(int o, int n)
{
	Opinfo *p;

	p = &optab[o];
	switch(n){
	case 0:
		return 0;
	case 1:
		if(p->d == Xnone && p->s != Xnone)
			return S;
		if(p->d == Xnone && p->s == Xnone && p->m != Xnone)
			return M;
		return D;
	case 2:
		if(p->s == Xnone && p->m != Xnone)
			return M|D;
		return S|D;
	}
	return S|M|D;
}

static int
ispc(int class)
{
	return class == Xpc || class == Xpcimm;
}

static void
quote(Buf *b, uchar *s, long n)
{
	long i;

	bufput(b, "\"", 1);
	for(i = 0; i < n; i++){
		switch(s[i]){
		case '"':
			bufput(b, "\\\"", 2);
			break;
		case '\\':
			bufput(b, "\\\\", 2);
			break;
		case '\n':
			bufput(b, "\\n", 2);
			break;
		case '\t':
			bufput(b, "\\t", 2);
			break;
		default:
			if(s[i] < ' ' || s[i] == 0x7F)
				bufprint(b, "\\x%02x", s[i]);
			else
				bufput(b, &s[i], 1);
		}
	}
	bufput(b, "\"", 1);
}

static void
qstr(Buf *b, char *s)
{
	quote(b, (uchar*)s, strlen(s));
}

static void
opnd(Buf *b, int mode, s32int v, int ind, int class)
{
	switch(mode){
	case Aimm:
		if(ispc(class))
			bufprint(b, "L%d", v);
		else
			bufprint(b, "$%d", v);
		break;
	case Afp:
		bufprint(b, "%d(fp)", v);
		break;
	case Amp:
		bufprint(b, "%d(mp)", v);
		break;
	case Aifp:
		bufprint(b, "%d(%d(fp))", ind, v);
		break;
	case Aimp:
		bufprint(b, "%d(%d(mp))", ind, v);
		break;
	}
}

static void
inst(Buf *b, Inst *i)
{
	Opinfo *o;
	int present, n, k, first;

	o = &optab[i->op];
	present = 0;
	if(Smode(i) != Anone)
		present |= S;
	if(Mmode(i) != Anone && (i->flags & Imidd) == 0)
		present |= M;
	if(Dmode(i) != Anone)
		present |= D;
	n = ((present&S) != 0) + ((present&M) != 0) + ((present&D) != 0);
	bufprint(b, "\t%s", o->name);
	if(present == 0)
		return;
	bufput(b, "\t", 1);
	if(opslots(i->op, n) != present)
		present = S|M|D;	/* the explicit form, empty fields for absent operands */
	first = 1;
	for(k = S; k <= D; k <<= 1){
		if((present & k) == 0)
			continue;
		if(!first)
			bufput(b, ", ", 2);
		first = 0;
		switch(k){
		case S:
			opnd(b, Smode(i), i->s, i->si, o->s);
			break;
		case M:
			if((i->flags & Imidd) == 0)
				opnd(b, Mmode(i), i->m, i->mi, o->m);
			break;
		case D:
			opnd(b, Dmode(i), i->d, i->di, o->d);
			break;
		}
	}
}

/* The shortest %g form that reads back as the same double, or the bits in hex. */
static void
real(Buf *b, uchar *p)
{
	u64int bits, back;
	double d, r;
	char s[64];
	int prec;

	bits = disget64(p);
	memmove(&d, &bits, 8);
	if(d == d && d - d == 0){	/* finite */
		for(prec = 1; prec <= 17; prec++){
			snprintf(s, sizeof s, "%.*g", prec, d);
			r = strtod(s, nil);
			memmove(&back, &r, 8);
			if(back == bits){
				bufprint(b, "%s", s);
				return;
			}
		}
	}
	bufprint(b, "0x%016llx", (unsigned long long)bits);
}

static void
ditem(Buf *b, Ditem *d, int depth)
{
	static char *names[] = {
		[Dbyte] = "byte", [Dword] = "word", [Dstring] = "string", [Dreal] = "real",
		[Darray] = "array", [Dindex] = "indir", [Dpop] = "apop", [Dbig] = "big",
	};
	s32int k;

	bufprint(b, "\t%s", names[d->kind]);
	if(d->kind == Dpop){
		if(d->off != 0)
			bufprint(b, "\t%d", d->off);
		return;
	}
	bufprint(b, "\t@%s+%d", depth == 0 ? "mp" : "ind", d->off);
	switch(d->kind){
	case Dbyte:
		for(k = 0; k < d->n; k++)
			bufprint(b, ", %d", d->p[k]);
		break;
	case Dword:
		for(k = 0; k < d->n; k++)
			bufprint(b, ", %d", (s32int)disget32(d->p + 4*k));
		break;
	case Dstring:
		bufput(b, ", ", 2);
		quote(b, d->p, d->n);
		break;
	case Dreal:
		for(k = 0; k < d->n; k++){
			bufput(b, ", ", 2);
			real(b, d->p + 8*k);
		}
		break;
	case Dbig:
		for(k = 0; k < d->n; k++)
			bufprint(b, ", %lld", (long long)disget64(d->p + 8*k));
		break;
	case Darray:
		bufprint(b, ", $%d, %d", d->a, d->b);
		break;
	case Dindex:
		bufprint(b, ", %d", d->a);
		break;
	}
}

static void
pc(Buf *b, s32int v)
{
	if(v < 0)
		bufprint(b, "%d", v);
	else
		bufprint(b, "L%d", v);
}

static void
type(Buf *b, s32int t)
{
	if(t < 0)
		bufprint(b, "%d", t);
	else
		bufprint(b, "$%d", t);
}

/* Marks in lab[0..nprog] the pcs that need a label. */
static void
marklabels(Module *m, uchar *lab)
{
	Inst *i;
	Handler *h;
	s32int k, j;

#define MARK(v) do{ if((v) >= 0 && (v) <= m->nprog) lab[v] = 1; }while(0)
	for(k = 0; k < m->nprog; k++){
		i = &m->prog[k];
		if(Smode(i) == Aimm && ispc(optab[i->op].s))
			MARK(i->s);
		if(Dmode(i) == Aimm && ispc(optab[i->op].d))
			MARK(i->d);
	}
	MARK(m->entry);
	for(k = 0; k < m->nlink; k++)
		MARK(m->link[k].pc);
	for(k = 0; k < m->nhandler; k++){
		h = &m->handler[k];
		MARK(h->pc1);
		MARK(h->pc2);
		MARK(h->wildpc);
		for(j = 0; j < h->nlab; j++)
			MARK(h->lab[j].pc);
	}
#undef MARK
}

void
disprint(Module *m, Buf *b)
{
	uchar *lab;
	s32int k, j, depth;
	Type *t;
	Handler *h;

	bufprint(b, "# %d instructions, %d types, %d data items, %d links, %d import lists, %d handlers\n",
		m->nprog, m->ntype, m->ndata, m->nlink, m->nimport, m->nhandler);
	bufput(b, "\tmodule\t", 8);
	qstr(b, m->name);
	bufput(b, "\n\tsource\t", 9);
	qstr(b, m->path);
	bufprint(b, "\n\tflags\t%#x\n\tstack\t%d\n\tentry\t", m->rt, m->ss);
	pc(b, m->entry);
	bufput(b, ", ", 2);
	type(b, m->entryt);
	bufprint(b, "\n\tdatasize\t%d\n", m->datasize);

	if(m->ntype > 0)
		bufput(b, "\n", 1);
	for(k = 0; k < m->ntype; k++){
		t = &m->type[k];
		bufprint(b, "\tdesc\t$%d, %d, \"", k, t->size);
		for(j = 0; j < t->np; j++)
			bufprint(b, "%02x", t->map[j]);
		bufput(b, "\"\n", 2);
	}

	bufput(b, "\n", 1);
	lab = calloc(m->nprog+1, 1);
	if(lab == nil){
		b->nomem = 1;
		return;
	}
	marklabels(m, lab);
	for(k = 0; k <= m->nprog; k++){
		if(lab[k])
			bufprint(b, "L%d:\n", k);
		if(k == m->nprog)
			break;
		inst(b, &m->prog[k]);
		bufprint(b, "\t# %d\n", k);
	}
	free(lab);

	if(m->ndata > 0)
		bufput(b, "\n", 1);
	depth = 0;
	for(k = 0; k < m->ndata; k++){
		ditem(b, &m->data[k], depth);
		bufput(b, "\n", 1);
		if(m->data[k].kind == Dindex)
			depth++;
		else if(m->data[k].kind == Dpop)
			depth--;
	}

	if(m->nlink > 0)
		bufput(b, "\n", 1);
	for(k = 0; k < m->nlink; k++){
		bufput(b, "\tlink\t", 6);
		pc(b, m->link[k].pc);
		bufput(b, ", ", 2);
		type(b, m->link[k].type);
		bufprint(b, ", 0x%08x, ", m->link[k].sig);
		qstr(b, m->link[k].name);
		bufput(b, "\n", 1);
	}

	if(m->nimport > 0)
		bufput(b, "\n", 1);
	for(k = 0; k < m->nimport; k++){
		bufprint(b, "\tldt\t%d\n", k);
		for(j = 0; j < m->import[k].n; j++){
			bufprint(b, "\text\t0x%08x, ", m->import[k].f[j].sig);
			qstr(b, m->import[k].f[j].name);
			bufput(b, "\n", 1);
		}
	}

	for(k = 0; k < m->nhandler; k++){
		h = &m->handler[k];
		bufprint(b, "\n\thandler\t%d(fp), ", h->eoff);
		pc(b, h->pc1);
		bufput(b, ", ", 2);
		pc(b, h->pc2);
		bufput(b, ", ", 2);
		type(b, h->type);
		bufput(b, "\n", 1);
		for(j = 0; j < h->nlab; j++){
			bufput(b, j < h->ne ? "\tetype\t" : "\tecase\t", 7);
			qstr(b, h->lab[j].name);
			bufput(b, ", ", 2);
			pc(b, h->lab[j].pc);
			bufput(b, "\n", 1);
		}
		if(h->wildpc >= 0){
			bufput(b, "\tewild\t", 7);
			pc(b, h->wildpc);
			bufput(b, "\n", 1);
		}
	}
}
