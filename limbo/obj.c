/*
 * The Limbo compiler's object writer: turns the Gobj that code
 * generation made (gen.h) into a .dis file. It merges, sorts and
 * renumbers the type descriptors as Inferno's compiler does, builds
 * the loader's Module (libinterp/dis.h) from the object, encodes it
 * with the assembler's diswrite and loads the image back before
 * writing anything: an image the loader refuses is a compiler bug.
 *
 * This file sees dis.h and gen.h but not limbo.h, whose names clash
 * with dis.h's; the front end never sees dis.h.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../libkern/kern.h"
#include "../libinterp/dis.h"
#include "asm/asm.h"
#include "gen.h"

/* gen.h numbers opcodes, modes and data kinds itself; they must be dis.h's */
#define SAME(g, d)	_Static_assert((int)(g) == (int)(d), #g " is not " #d);
SAME(INOP, Onop) SAME(IALT, Oalt) SAME(INBALT, Onbalt) SAME(IGOTO, Ogoto)
SAME(ICALL, Ocall) SAME(IFRAME, Oframe) SAME(ISPAWN, Ospawn) SAME(IRUNT, Orunt)
SAME(ILOAD, Oload) SAME(IMCALL, Omcall) SAME(IMSPAWN, Omspawn) SAME(IMFRAME, Omframe)
SAME(IRET, Oret) SAME(IJMP, Ojmp) SAME(ICASE, Ocase) SAME(IEXIT, Oexit)
SAME(INEW, Onew) SAME(INEWA, Onewa) SAME(INEWCB, Onewcb) SAME(INEWCW, Onewcw)
SAME(INEWCF, Onewcf) SAME(INEWCP, Onewcp) SAME(INEWCM, Onewcm) SAME(INEWCMP, Onewcmp)
SAME(ISEND, Osend) SAME(IRECV, Orecv) SAME(ICONSB, Oconsb) SAME(ICONSW, Oconsw)
SAME(ICONSP, Oconsp) SAME(ICONSF, Oconsf) SAME(ICONSM, Oconsm) SAME(ICONSMP, Oconsmp)
SAME(IHEADB, Oheadb) SAME(IHEADW, Oheadw) SAME(IHEADP, Oheadp) SAME(IHEADF, Oheadf)
SAME(IHEADM, Oheadm) SAME(IHEADMP, Oheadmp) SAME(ITAIL, Otail) SAME(ILEA, Olea)
SAME(IINDX, Oindx) SAME(IMOVP, Omovp) SAME(IMOVM, Omovm) SAME(IMOVMP, Omovmp)
SAME(IMOVB, Omovb) SAME(IMOVW, Omovw) SAME(IMOVF, Omovf) SAME(ICVTBW, Ocvtbw)
SAME(ICVTWB, Ocvtwb) SAME(ICVTFW, Ocvtfw) SAME(ICVTWF, Ocvtwf) SAME(ICVTCA, Ocvtca)
SAME(ICVTAC, Ocvtac) SAME(ICVTWC, Ocvtwc) SAME(ICVTCW, Ocvtcw) SAME(ICVTFC, Ocvtfc)
SAME(ICVTCF, Ocvtcf) SAME(IADDB, Oaddb) SAME(IADDW, Oaddw) SAME(IADDF, Oaddf)
SAME(ISUBB, Osubb) SAME(ISUBW, Osubw) SAME(ISUBF, Osubf) SAME(IMULB, Omulb)
SAME(IMULW, Omulw) SAME(IMULF, Omulf) SAME(IDIVB, Odivb) SAME(IDIVW, Odivw)
SAME(IDIVF, Odivf) SAME(IMODW, Omodw) SAME(IMODB, Omodb) SAME(IANDB, Oandb)
SAME(IANDW, Oandw) SAME(IORB, Oorb) SAME(IORW, Oorw) SAME(IXORB, Oxorb)
SAME(IXORW, Oxorw) SAME(ISHLB, Oshlb) SAME(ISHLW, Oshlw) SAME(ISHRB, Oshrb)
SAME(ISHRW, Oshrw) SAME(IINSC, Oinsc) SAME(IINDC, Oindc) SAME(IADDC, Oaddc)
SAME(ILENC, Olenc) SAME(ILENA, Olena) SAME(ILENL, Olenl) SAME(IBEQB, Obeqb)
SAME(IBNEB, Obneb) SAME(IBLTB, Obltb) SAME(IBLEB, Obleb) SAME(IBGTB, Obgtb)
SAME(IBGEB, Obgeb) SAME(IBEQW, Obeqw) SAME(IBNEW, Obnew) SAME(IBLTW, Obltw)
SAME(IBLEW, Oblew) SAME(IBGTW, Obgtw) SAME(IBGEW, Obgew) SAME(IBEQF, Obeqf)
SAME(IBNEF, Obnef) SAME(IBLTF, Obltf) SAME(IBLEF, Oblef) SAME(IBGTF, Obgtf)
SAME(IBGEF, Obgef) SAME(IBEQC, Obeqc) SAME(IBNEC, Obnec) SAME(IBLTC, Obltc)
SAME(IBLEC, Oblec) SAME(IBGTC, Obgtc) SAME(IBGEC, Obgec) SAME(ISLICEA, Oslicea)
SAME(ISLICELA, Oslicela) SAME(ISLICEC, Oslicec) SAME(IINDW, Oindw) SAME(IINDF, Oindf)
SAME(IINDB, Oindb) SAME(INEGF, Onegf) SAME(IMOVL, Omovl) SAME(IADDL, Oaddl)
SAME(ISUBL, Osubl) SAME(IDIVL, Odivl) SAME(IMODL, Omodl) SAME(IMULL, Omull)
SAME(IANDL, Oandl) SAME(IORL, Oorl) SAME(IXORL, Oxorl) SAME(ISHLL, Oshll)
SAME(ISHRL, Oshrl) SAME(IBNEL, Obnel) SAME(IBLTL, Obltl) SAME(IBLEL, Oblel)
SAME(IBGTL, Obgtl) SAME(IBGEL, Obgel) SAME(IBEQL, Obeql) SAME(ICVTLF, Ocvtlf)
SAME(ICVTFL, Ocvtfl) SAME(ICVTLW, Ocvtlw) SAME(ICVTWL, Ocvtwl) SAME(ICVTLC, Ocvtlc)
SAME(ICVTCL, Ocvtcl) SAME(IHEADL, Oheadl) SAME(ICONSL, Oconsl) SAME(INEWCL, Onewcl)
SAME(ICASEC, Ocasec) SAME(IINDL, Oindl) SAME(IMOVPC, Omovpc) SAME(ITCMP, Otcmp)
SAME(IMNEWZ, Omnewz) SAME(ICVTRF, Ocvtrf) SAME(ICVTFR, Ocvtfr) SAME(ICVTWS, Ocvtws)
SAME(ICVTSW, Ocvtsw) SAME(ILSRW, Olsrw) SAME(ILSRL, Olsrl) SAME(IECLR, Oeclr)
SAME(INEWZ, Onewz) SAME(INEWAZ, Onewaz) SAME(IRAISE, Oraise) SAME(ICASEL, Ocasel)
SAME(IMULX, Omulx) SAME(IDIVX, Odivx) SAME(ICVTXX, Ocvtxx) SAME(IMULX0, Omulx0)
SAME(IDIVX0, Odivx0) SAME(ICVTXX0, Ocvtxx0) SAME(IMULX1, Omulx1) SAME(IDIVX1, Odivx1)
SAME(ICVTXX1, Ocvtxx1) SAME(ICVTFX, Ocvtfx) SAME(ICVTXF, Ocvtxf) SAME(IEXPW, Oexpw)
SAME(IEXPL, Oexpl) SAME(IEXPF, Oexpf) SAME(ISELF, Oself)
SAME(INOPCODE, Nopcode)
SAME(Gnone, Anone) SAME(Gimm, Aimm) SAME(Gfp, Afp) SAME(Gmp, Amp) SAME(Gifp, Aifp) SAME(Gimp, Aimp)
SAME(GDbyte, Dbyte) SAME(GDword, Dword) SAME(GDstring, Dstring) SAME(GDreal, Dreal)
SAME(GDarray, Darray) SAME(GDindex, Dindex) SAME(GDpop, Dpop) SAME(GDbig, Dbig)
#undef SAME

enum {
	Maxtemp = 32,	/* the least frame Inferno's compiler sizes the stack for: the header */
	Maxop = (1<<29) - 1,	/* the largest value of the file's integers */
};

/* the writer's state: the object, and the first error met */
typedef struct Wr Wr;
struct Wr {
	Gobj	*o;
	char	*err;
	int	nerr;
	int	bad;
};

/* Records "internal error: ..." unless an error is recorded already; returns -1. */
static int
fail(Wr *w, char *fmt, ...)
{
	va_list a;
	int n;

	if(w->bad++ == 0 && w->nerr > 0){
		n = snprintf(w->err, w->nerr, "internal error: ");
		if(n < 0 || n >= w->nerr)
			return -1;
		va_start(a, fmt);
		vsnprintf(w->err + n, w->nerr - n, fmt, a);
		va_end(a);
	}
	return -1;
}

static char *opndname[] = { "source", "middle", "destination" };

/*
 * What the rest of this file indexes by must be in range: opcodes
 * (optab), operand modes, descriptor fields. Everything else is left
 * to the loader's check of the finished image.
 */
static int
checkobj(Wr *w)
{
	Gobj *o;
	Ginst *i;
	Gdesc *d;
	int k;

	o = w->o;
	if(o->name == nil)
		return fail(w, "the module has no name");
	if(o->nprog < 0 || o->ndesc < 0 || o->ndata < 0 || o->nlink < 0 || o->nimp < 0 || o->nhandler < 0)
		return fail(w, "negative count in the object");
	for(k = 0; k < o->nprog; k++){
		i = &o->prog[k];
		if(i->op >= INOPCODE)
			return fail(w, "instruction %d has opcode %d", k, i->op);
		if(i->s.mode > Gimp || i->m.mode > Gimp || i->d.mode > Gimp)
			return fail(w, "instruction %d (%s) has a bad operand mode", k, optab[i->op].name);
		/* the file's middle operand is an immediate, n(fp) or n(mp) */
		if(i->m.mode == Gifp || i->m.mode == Gimp)
			return fail(w, "instruction %d (%s) has a double-indirect middle operand", k, optab[i->op].name);
	}
	if(o->ndesc < 1)
		return fail(w, "no descriptor for the module data");
	for(k = 0; k < o->ndesc; k++){
		d = &o->desc[k];
		if(d->size < 0 || d->nmap < 0 || (d->nmap > 0 && d->map == nil))
			return fail(w, "descriptor %d: size %d, map of %d bytes", k, d->size, d->nmap);
	}
	if(o->desc[0].size != o->datasize)
		return fail(w, "descriptor 0 is %d bytes, the module data %d", o->desc[0].size, o->datasize);
	return 0;
}

/* called on each reference to a descriptor */
typedef void Reffn(int *ref, void *arg);

static int
badref(Wr *w, int r, char *fmt, ...)
{
	char where[96];
	va_list a;

	va_start(a, fmt);
	vsnprintf(where, sizeof where, fmt, a);
	va_end(a);
	return fail(w, "%s names descriptor %d (there are %d)", where, r, w->o->ndesc);
}

#define INRANGE(o, r)	((r) >= 0 && (r) < (o)->ndesc)

/*
 * Calls fn on every reference to a descriptor in the object, each
 * checked to name one: operands of class Xtype (optab) given as
 * immediates (frame, new, newa, newcmp, consmp, headmp, movmp, ...;
 * not mnewz, whose type is the loaded module's), the entry's frame,
 * links and handlers other than -1, and array data items.
 */
static int
eachref(Wr *w, Reffn *fn, void *arg)
{
	Gobj *o;
	Ginst *i;
	Opinfo *op;
	Gopd *g[3];
	uchar class[3];
	int k, j, r;

	o = w->o;
	for(k = 0; k < o->nprog; k++){
		i = &o->prog[k];
		op = &optab[i->op];
		g[0] = &i->s, g[1] = &i->m, g[2] = &i->d;
		class[0] = op->s, class[1] = op->m, class[2] = op->d;
		for(j = 0; j < 3; j++){
			if(class[j] != Xtype || g[j]->mode != Gimm)
				continue;
			if(!INRANGE(o, g[j]->v))
				return badref(w, g[j]->v, "instruction %d (%s) %s operand", k, op->name, opndname[j]);
			fn(&g[j]->v, arg);
		}
	}
	if(o->entrydesc != -1){
		if(!INRANGE(o, o->entrydesc))
			return badref(w, o->entrydesc, "the entry's frame");
		fn(&o->entrydesc, arg);
	}
	for(k = 0; k < o->nlink; k++){
		r = o->link[k].desc;
		if(r == -1)
			continue;
		if(!INRANGE(o, r))
			return badref(w, r, "link %d (%s)", k, o->link[k].name != nil ? o->link[k].name : "?");
		fn(&o->link[k].desc, arg);
	}
	for(k = 0; k < o->nhandler; k++){
		r = o->handler[k].desc;
		if(r == -1)
			continue;
		if(!INRANGE(o, r))
			return badref(w, r, "handler %d", k);
		fn(&o->handler[k].desc, arg);
	}
	for(k = 0; k < o->ndata; k++){
		if(o->data[k].kind != GDarray)
			continue;
		r = o->data[k].a;
		if(!INRANGE(o, r))
			return badref(w, r, "array data item %d", k);
		fn(&o->data[k].a, arg);
	}
	return 0;
}

static void
markused(int *r, void *arg)
{
	((uchar*)arg)[*r] = 1;
}

static void
renumber(int *r, void *arg)
{
	*r = ((int*)arg)[*r];
}

/* Inferno's order of descriptors: size, then map length, then map bytes. */
static int
desccmp(Gdesc *a, Gdesc *b)
{
	if(a->size != b->size)
		return a->size < b->size ? -1 : 1;
	if(a->nmap != b->nmap)
		return a->nmap < b->nmap ? -1 : 1;
	if(a->nmap == 0)
		return 0;
	return memcmp(a->map, b->map, a->nmap);
}

typedef struct Dsort Dsort;
struct Dsort {
	Gdesc	*d;
	int	old;	/* its pre-number */
};

static int
dsortcmp(const void *va, const void *vb)
{
	const Dsort *a, *b;
	int c;

	a = va;
	b = vb;
	c = desccmp(a->d, b->d);
	if(c != 0)
		return c;
	return a->old - b->old;	/* equal ones merge; any order would do */
}

/*
 * Leaves in o->desc what Inferno's compiler writes: each map
 * trimmed after its last non-zero byte; only descriptors something
 * refers to; duplicates merged; the module data's first, the rest
 * sorted (desccmp) and numbered from 1. A descriptor equal to the
 * module data's shares number 0, as in Inferno, where both come
 * from one table of distinct descriptors. Every reference is
 * renumbered. Running it again changes nothing.
 */
static int
descriptors(Wr *w)
{
	Gobj *o;
	Gdesc *d, *keep;
	Dsort *s;
	uchar *used;
	int *newid, k, n, nkeep, r;

	o = w->o;
	for(k = 0; k < o->ndesc; k++){
		d = &o->desc[k];
		while(d->nmap > 0 && d->map[d->nmap-1] == 0)
			d->nmap--;
	}
	used = calloc(o->ndesc, 1);
	newid = calloc(o->ndesc, sizeof *newid);
	s = calloc(o->ndesc, sizeof *s);
	keep = calloc(o->ndesc, sizeof *keep);
	r = -1;
	if(used == nil || newid == nil || s == nil || keep == nil){
		fail(w, "out of memory");
		goto out;
	}
	if(eachref(w, markused, used) < 0)
		goto out;
	n = 0;
	for(k = 1; k < o->ndesc; k++)
		if(used[k])
			s[n++] = (Dsort){&o->desc[k], k};
	qsort(s, n, sizeof *s, dsortcmp);
	keep[0] = o->desc[0];
	nkeep = 1;
	for(k = 0; k < n; k++){
		if(desccmp(s[k].d, &keep[0]) == 0)
			newid[s[k].old] = 0;
		else if(nkeep > 1 && desccmp(s[k].d, &keep[nkeep-1]) == 0)
			newid[s[k].old] = nkeep-1;
		else{
			keep[nkeep] = *s[k].d;
			newid[s[k].old] = nkeep++;
		}
	}
	if(eachref(w, renumber, newid) < 0)
		goto out;
	/* the maps of descriptors merged or unused are no one's now */
	for(k = 1; k < o->ndesc; k++){
		int j;
		if(o->desc[k].map == nil)
			continue;
		for(j = 0; j < nkeep; j++)
			if(keep[j].map == o->desc[k].map)
				break;
		if(j == nkeep)
			free(o->desc[k].map);
	}
	memmove(o->desc, keep, nkeep * sizeof *keep);
	o->ndesc = nkeep;
	r = 0;
out:
	free(used);
	free(newid);
	free(s);
	free(keep);
	return r;
}

/*
 * The header's stack extent: 10 times the largest frame, as in
 * limbo-lang.md 8.5; the frames being those of the entry, the links
 * and the frame instructions (these include the frames built for
 * calls of variadic built-ins), and never less than the frame
 * header. Inferno's compiler counts, besides function frames, the
 * offset of each call's last argument rather than the size of the
 * callee's frame, which no object records; the two agree on the
 * compiler's usual output (dis-format.md 12: 480).
 */
static s32int
stackextent(Gobj *o)
{
	vlong max;
	int k;

#define FRAME(t)	if((t) >= 0 && (t) < o->ndesc && o->desc[t].size > max) max = o->desc[t].size
	max = Maxtemp;
	if(o->entry != -1)
		FRAME(o->entrydesc);
	for(k = 0; k < o->nlink; k++)
		FRAME(o->link[k].desc);
	for(k = 0; k < o->nprog; k++)
		if(o->prog[k].op == IFRAME && o->prog[k].s.mode == Gimm)
			FRAME(o->prog[k].s.v);
#undef FRAME
	max *= 10;
	return max > Maxop ? Maxop : max;
}

static void
put32(uchar *p, u32int v)
{
	p[0] = v>>24;
	p[1] = v>>16;
	p[2] = v>>8;
	p[3] = v;
}

static void
put64(uchar *p, u64int v)
{
	put32(p, v>>32);
	put32(p+4, v);
}

/* An operand as the loader decodes it: no value or inner offset where the mode has none. */
static int
opnd(Gopd *g, s32int *v, u16int *ind)
{
	*v = 0;
	*ind = 0;
	switch(g->mode){
	case Gnone:
		break;
	case Gifp:
	case Gimp:
		*ind = g->ind;
		/* fall through */
	default:
		*v = g->v;
	}
	return g->mode;
}

static void
insts(Module *m, Gobj *o)
{
	Ginst *g;
	Inst *i;
	int k, sm, mm, dm;

	for(k = 0; k < o->nprog; k++){
		g = &o->prog[k];
		i = &m->prog[k];
		i->op = g->op;
		i->xop = g->op;
		sm = opnd(&g->s, &i->s, &i->si);
		dm = opnd(&g->d, &i->d, &i->di);
		mm = opnd(&g->m, &i->m, &i->mi);
		/* no middle operand: what the op reads there is the destination (load.c decodes it so) */
		if(mm == Gnone && optab[g->op].m != Xnone && optab[g->op].m != Xopt){
			mm = dm;
			i->m = i->d;
			i->mi = i->di;
			i->flags |= Imidd;
		}
		i->mode = Mkmode(sm, mm, dm);
	}
}

/* The data items, their payloads big-endian as in the file. */
static int
items(Wr *w, Module *m)
{
	Gobj *o;
	Gdata *g;
	Ditem *d;
	uchar *p;
	u64int bits;
	int k, j, size;

	o = w->o;
	for(k = 0; k < o->ndata; k++){
		g = &o->data[k];
		d = &m->data[k];
		d->kind = g->kind;
		d->off = g->off;
		d->n = g->n;
		if(g->n < 0)
			return fail(w, "data item %d has count %d", k, g->n);
		size = 0;
		switch(g->kind){
		case GDbyte:
		case GDstring:
			size = 1;
			break;
		case GDword:
			size = 4;
			break;
		case GDreal:
		case GDbig:
			size = 8;
			break;
		case GDarray:
			d->a = g->a;
			d->b = g->b;
			d->n = 1;	/* ignored by loaders; Inferno's compiler writes 1 */
			continue;
		case GDindex:
			d->a = g->a;
			d->n = 1;
			continue;
		case GDpop:
			d->n = 1;
			continue;
		default:
			return fail(w, "data item %d has kind %d", k, g->kind);
		}
		if(g->n > 0 && g->p == nil)
			return fail(w, "data item %d has no payload", k);
		if(g->n > Maxsize)
			return fail(w, "data item %d has count %d", k, g->n);
		if(size == 1){
			d->p = g->p;
			continue;
		}
		p = dismodalloc(m, (ulong)g->n * size);
		if(p == nil)
			return fail(w, "out of memory");
		d->p = p;
		for(j = 0; j < g->n; j++){
			switch(g->kind){
			case GDword:
				put32(p + 4*j, ((int*)g->p)[j]);
				break;
			case GDreal:
				memmove(&bits, &((double*)g->p)[j], sizeof bits);
				put64(p + 8*j, bits);
				break;
			case GDbig:
				put64(p + 8*j, ((long long*)g->p)[j]);
				break;
			}
		}
	}
	return 0;
}

static int
links(Wr *w, Module *m)
{
	Gobj *o;
	Gimport *gi;
	Import *im;
	Ghandler *gh;
	Handler *h;
	int k, j;

	o = w->o;
	for(k = 0; k < o->nlink; k++){
		if(o->link[k].name == nil)
			return fail(w, "link %d has no name", k);
		m->link[k] = (Link){o->link[k].name, o->link[k].pc, o->link[k].desc, o->link[k].sig};
	}
	for(k = 0; k < o->nimp; k++){
		gi = &o->imp[k];
		im = &m->import[k];
		if(gi->n < 0 || (gi->n > 0 && (gi->name == nil || gi->sig == nil)))
			return fail(w, "import list %d has %d functions", k, gi->n);
		im->n = gi->n;
		im->f = dismodalloc(m, (ulong)gi->n * sizeof *im->f);
		if(im->f == nil)
			return fail(w, "out of memory");
		for(j = 0; j < gi->n; j++){
			if(gi->name[j] == nil)
				return fail(w, "import list %d: function %d has no name", k, j);
			im->f[j] = (Ifunc){gi->sig[j], gi->name[j]};
		}
	}
	for(k = 0; k < o->nhandler; k++){
		gh = &o->handler[k];
		h = &m->handler[k];
		if(gh->nlab < 0 || (gh->nlab > 0 && (gh->lab == nil || gh->labpc == nil)))
			return fail(w, "handler %d has %d labels", k, gh->nlab);
		*h = (Handler){gh->eoff, gh->pc1, gh->pc2, gh->desc, gh->ne, gh->nlab, nil, gh->wildpc};
		h->lab = dismodalloc(m, (ulong)gh->nlab * sizeof *h->lab);
		if(h->lab == nil)
			return fail(w, "out of memory");
		for(j = 0; j < gh->nlab; j++){
			if(gh->lab[j] == nil)
				return fail(w, "handler %d: label %d has no pattern", k, j);
			h->lab[j] = (Hlabel){gh->lab[j], gh->labpc[j]};
		}
	}
	return 0;
}

/* The loader's Module for the (renumbered) object; strings and maps are the object's. */
static Module*
mkmodule(Wr *w)
{
	Gobj *o;
	Module *m;
	int k;

	o = w->o;
	m = dismalloc(sizeof *m);
	if(m == nil){
		fail(w, "out of memory");
		return nil;
	}
	m->name = o->name;
	m->path = o->path != nil ? o->path : "";
	m->rt = o->rt | HASLDT;
	if(o->nhandler > 0)
		m->rt |= HASEXCEPT;
	m->ss = stackextent(o);
	m->entry = o->entry;
	m->entryt = o->entry != -1 ? o->entrydesc : -1;
	m->nprog = o->nprog;
	m->ntype = o->ndesc;
	m->datasize = o->datasize;
	m->ndata = o->ndata;
	m->nlink = o->nlink;
	m->nimport = o->nimp;
	m->nhandler = o->nhandler;
	m->prog = dismodalloc(m, (ulong)o->nprog * sizeof *m->prog);
	m->type = dismodalloc(m, (ulong)o->ndesc * sizeof *m->type);
	m->data = dismodalloc(m, (ulong)o->ndata * sizeof *m->data);
	m->link = dismodalloc(m, (ulong)o->nlink * sizeof *m->link);
	m->import = dismodalloc(m, (ulong)o->nimp * sizeof *m->import);
	m->handler = dismodalloc(m, (ulong)o->nhandler * sizeof *m->handler);
	if(m->prog == nil || m->type == nil || m->data == nil || m->link == nil || m->import == nil || m->handler == nil){
		fail(w, "out of memory");
		goto bad;
	}
	insts(m, o);
	for(k = 0; k < o->ndesc; k++){
		m->type[k] = (Type){o->desc[k].size, o->desc[k].nmap, o->desc[k].map};
		if(o->desc[k].size > m->maxframe)
			m->maxframe = o->desc[k].size;
	}
	if(items(w, m) < 0 || links(w, m) < 0)
		goto bad;
	return m;
bad:
	disfreemod(m);
	return nil;
}

int
objwrite(Gobj *o, char *file, char *asmfile, char *err, int nerr)
{
	Wr w;
	Module *m, *lm;
	Buf dis, text;
	char why[256];
	int k, r;

	memset(&w, 0, sizeof w);
	w.o = o;
	w.err = err;
	w.nerr = nerr;
	if(checkobj(&w) < 0 || descriptors(&w) < 0)
		return -1;
	m = mkmodule(&w);
	if(m == nil)
		return -1;
	memset(&dis, 0, sizeof dis);
	memset(&text, 0, sizeof text);
	lm = nil;
	r = -1;
	if(diswrite(m, &dis, why, sizeof why) < 0){
		if(dis.nomem)
			snprintf(err, nerr, "out of memory");
		else
			fail(&w, "%s", why);
		goto out;
	}
	lm = disload((uchar*)dis.s, dis.n, why, sizeof why);
	if(lm == nil){
		fail(&w, "the loader refuses the object: %s", why);
		goto out;
	}
	/* what the loader decoded is what was meant: else the encoding lost something */
	for(k = 0; k < m->nprog; k++)
		if(memcmp(&m->prog[k], &lm->prog[k], sizeof m->prog[k]) != 0){
			fail(&w, "instruction %d (%s) changes when written and read back", k, optab[m->prog[k].op].name);
			goto out;
		}
	if(file != nil && writefile(file, dis.s, dis.n, err, nerr) < 0)
		goto out;
	if(asmfile != nil){
		disprint(lm, &text);
		if(text.nomem){
			snprintf(err, nerr, "out of memory");
			if(file != nil)
				unlink(file);
			goto out;
		}
		if(writefile(asmfile, text.s, text.n, err, nerr) < 0){
			if(file != nil)
				unlink(file);
			goto out;
		}
	}
	r = 0;
out:
	disfreemod(m);
	disfreemod(lm);
	buffree(&dis);
	buffree(&text);
	return r;
}
