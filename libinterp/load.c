/*
 * The Dis loader: turns a .dis image in memory into a Module, reading
 * each section once and checking everything it reads (dis-format.md).
 * It never reads outside the image and frees all it allocated when
 * it fails. It does not build module data (strings and arrays need
 * the VM's heap): it leaves the checked data items for that.
 *
 * Decisions beyond Inferno's loader, all stricter:
 *	- signed modules (SMAGIC) are refused: Ember has no signature
 *	  checking, and loading one unchecked would defeat its purpose;
 *	- opcodes >= Nopcode, the obsolete HASLDT0 layout and unknown
 *	  header flags are refused; MUSTCOMPILE is only a hint;
 *	- operands are checked against the opcode (optab.c): offsets
 *	  within the largest type (the frame bound) or the module data,
 *	  never in the frame's runtime-owned first 16 bytes; no writes
 *	  to immediates; immediate branch targets and type indices in
 *	  range; double-indirect and middle values in their 16 bits;
 *	- every type number is defined once, and no map bit lies past
 *	  its type's size; data items are aligned to their kind;
 *	- the file ends exactly after the source path.
 */
#include "../libkern/kern.h"
#include "dis.h"

typedef struct Ld Ld;
typedef struct Region Region;

_Static_assert(sizeof(Inst) == 24, "Inst is meant to be 24 bytes");

/* The loader's state; the first error recorded wins, and reading stops. */
struct Ld {
	uchar	*buf;
	uchar	*p;	/* next byte to read */
	uchar	*e;	/* end of the image */
	char	*sect;	/* section being read */
	char	ctx[96];	/* item being read, e.g. "instruction 12", or "" */
	char	*err;
	int	nerr;
	int	bad;
	Module	*m;
};

/* Allocations the module owns: a list, freed as one by disfreemod. */
struct Dmem {
	Dmem	*next;
	u64int	pad;	/* keeps what follows 16-aligned */
};

/*
 * Where data items land while the data section is checked: region
 * 0 is MP, each array item makes one more. An array item records
 * where its pointer was stored (region in, offset off) so that an
 * index item can find it; a later store over that word unlinks it
 * (in = -1). Slots, a hash table keyed by (in, off), find the
 * latest array stored at a place, so checking stays linear in the
 * section's size.
 */
typedef struct Slot Slot;
typedef struct Dchk Dchk;
enum {
	Aheader = 16,	/* what each data-item array is charged beyond its elements */
};
struct Region {
	s32int	size;	/* bytes of storage */
	s32int	esize;	/* element size (arrays) */
	s32int	len;	/* elements (arrays) */
	s32int	in;	/* region holding the pointer, or -1 (MP, or overwritten since) */
	s32int	off;	/* its offset there */
	Type	*t;	/* what its elements (or MP) are: which words hold pointers */
};
struct Slot {
	s32int	in;
	s32int	off;
	s32int	r;	/* region; 0: empty slot */
};
struct Dchk {
	Region	*reg;
	int	nreg;
	int	capreg;
	Slot	*slot;
	int	nslot;	/* used */
	int	capslot;	/* a power of 2 */
};

static char *kindname[] = {
	[Dbyte] = "byte", [Dword] = "word", [Dstring] = "string", [Dreal] = "real",
	[Darray] = "array", [Dindex] = "index", [Dpop] = "pop", [Dbig] = "big",
};

static int
bad(Ld *l, char *fmt, ...)
{
	va_list a;
	char *p, *e;

	if(l->bad++ == 0 && l->nerr > 0){
		e = l->err + l->nerr;
		p = seprint(l->err, e, "%s: ", l->sect);
		if(l->ctx[0] != 0)
			p = seprint(p, e, "%s: ", l->ctx);
		va_start(a, fmt);
		vseprint(p, e, fmt, a);
		va_end(a);
	}
	l->p = l->e;
	return -1;
}

static void
setctx(Ld *l, char *fmt, ...)
{
	va_list a;

	va_start(a, fmt);
	vseprint(l->ctx, l->ctx + sizeof l->ctx, fmt, a);
	va_end(a);
}

static int
truncated(Ld *l)
{
	return bad(l, "truncated at byte %lud", (ulong)(l->e - l->buf));
}

/* Memory owned by m, zeroed, freed with it by disfreemod; nil if there is none. */
void*
dismodalloc(Module *m, ulong n)
{
	Dmem *d;

	if(n > ~(ulong)0 - sizeof *d || (d = dismalloc(sizeof *d + n)) == nil)
		return nil;
	d->next = m->mem;
	m->mem = d;
	return d + 1;
}

static void*
lalloc(Ld *l, ulong n)
{
	void *v;

	v = dismodalloc(l->m, n);
	if(v == nil)
		bad(l, "out of memory");
	return v;
}

static ulong
left(Ld *l)
{
	return l->e - l->p;
}

u32int
disget32(uchar *p)
{
	return (u32int)p[0]<<24 | p[1]<<16 | p[2]<<8 | p[3];
}

u64int
disget64(uchar *p)
{
	return (u64int)disget32(p)<<32 | disget32(p+4);
}

/* Decodes one op integer at *pp, never reading at or past e. */
s32int
disop(uchar **pp, uchar *e, int *ok)
{
	uchar *p;
	u32int v;

	p = *pp;
	*ok = 0;
	if(p >= e)
		return 0;
	switch(p[0] >> 6){
	case 0:
		*pp = p+1;
		*ok = 1;
		return p[0];
	case 1:
		*pp = p+1;
		*ok = 1;
		return (s32int)p[0] - 128;
	case 2:
		if(e - p < 2)
			return 0;
		v = (p[0] & 0x3F)<<8 | p[1];
		*pp = p+2;
		*ok = 1;
		return (v & 0x2000) ? (s32int)v - (1<<14) : (s32int)v;
	}
	if(e - p < 4)
		return 0;
	v = (u32int)(p[0] & 0x3F)<<24 | p[1]<<16 | p[2]<<8 | p[3];
	*pp = p+4;
	*ok = 1;
	return (v & 0x20000000) ? (s32int)v - (1<<30) : (s32int)v;
}

static s32int
getop(Ld *l)
{
	int ok;
	s32int v;

	v = disop(&l->p, l->e, &ok);
	if(!ok)
		truncated(l);
	return v;
}

static int
getbyte(Ld *l)
{
	if(l->p >= l->e){
		truncated(l);
		return 0;
	}
	return *l->p++;
}

static u32int
getword(Ld *l)
{
	u32int v;

	if(left(l) < 4){
		truncated(l);
		return 0;
	}
	v = disget32(l->p);
	l->p += 4;
	return v;
}

/* A NUL-terminated string of at most max bytes with the NUL (0: any), copied into the module. */
static char*
getstr(Ld *l, ulong max, char *what)
{
	uchar *z;
	ulong n;
	char *s;

	if(l->bad)
		return nil;
	n = left(l);
	if(max != 0 && n > max)
		n = max;
	z = memchr(l->p, 0, n);
	if(z == nil){
		if(n == left(l))
			truncated(l);
		else
			bad(l, "%s longer than %lud bytes", what, max-1);
		return nil;
	}
	n = z - l->p;
	s = lalloc(l, n+1);
	if(s == nil)
		return nil;
	memmove(s, l->p, n+1);
	l->p = z+1;
	return s;
}

static int
header(Ld *l)
{
	Module *m;
	s32int magic;

	m = l->m;
	l->sect = "header";
	magic = getop(l);
	if(l->bad)
		return -1;
	if(magic == SMAGIC)
		return bad(l, "signed modules are not supported");
	if(magic != XMAGIC)
		return bad(l, "bad magic %d", magic);
	m->rt = getop(l);
	m->ss = getop(l);
	m->nprog = getop(l);
	m->datasize = getop(l);
	m->ntype = getop(l);
	m->nlink = getop(l);
	m->entry = getop(l);
	m->entryt = getop(l);
	if(l->bad)
		return -1;
	if(m->rt & HASLDT0)
		return bad(l, "obsolete dis (flag HASLDT0)");
	if(m->rt & ~Allflags)
		return bad(l, "unknown runtime flags %#ux", m->rt & ~Allflags);
	if(m->ss < 0 || m->nprog < 0 || m->datasize < 0 || m->ntype < 0 || m->nlink < 0)
		return bad(l, "implausible Dis file: negative size (stack %d code %d data %d types %d links %d)",
			m->ss, m->nprog, m->datasize, m->ntype, m->nlink);
	/* each instruction takes at least 2 bytes, each type 3, each link 7 */
	if((ulong)m->nprog > left(l)/2)
		return bad(l, "code size %d too large for the file", m->nprog);
	if((ulong)m->ntype > left(l)/3)
		return bad(l, "type count %d too large for the file", m->ntype);
	if((ulong)m->nlink > left(l)/7)
		return bad(l, "link count %d too large for the file", m->nlink);
	if(m->datasize > Maxsize)
		return bad(l, "module data size %d larger than %d", m->datasize, Maxsize);
	if(m->entry == -1 && m->entryt == -1)
		return 0;
	if(m->entry < 0 || m->entry >= m->nprog)
		return bad(l, "entry pc %d outside code (size %d)", m->entry, m->nprog);
	if(m->entryt < 0 || m->entryt >= m->ntype)
		return bad(l, "entry type %d out of range (%d types)", m->entryt, m->ntype);
	return 0;
}

/* Reads an operand coded c (file codes: 0 mp, 1 fp, 2 imm, 3 none, 4 s(f(mp)), 5 s(f(fp))). */
static int
operand(Ld *l, int c, char *which, int *mode, s32int *v, u16int *ind)
{
	s32int f, s;

	switch(c){
	case 0:
		*mode = Amp;
		*v = getop(l);
		return 0;
	case 1:
		*mode = Afp;
		*v = getop(l);
		return 0;
	case 2:
		*mode = Aimm;
		*v = getop(l);
		return 0;
	case 3:
		*mode = Anone;
		return 0;
	case 4:
	case 5:
		*mode = c == 4 ? Aimp : Aifp;
		f = getop(l);
		s = getop(l);
		if(l->bad)
			return -1;
		if(f < 0 || f > Maxind || s < 0 || s > Maxind)
			return bad(l, "operand %s: indirect offsets %d(%d) outside 0..%d", which, s, f, Maxind);
		*v = f;
		*ind = s;
		return 0;
	}
	return bad(l, "operand %s: reserved addressing mode %d", which, c);
}

static int
code(Ld *l)
{
	Module *m;
	Inst *i;
	int k, a, sm, mm, dm;

	m = l->m;
	l->sect = "code";
	m->prog = lalloc(l, (ulong)m->nprog * sizeof *m->prog);
	if(m->prog == nil)
		return -1;
	for(k = 0; k < m->nprog; k++){
		setctx(l, "instruction %d", k);
		i = &m->prog[k];
		i->op = getbyte(l);
		a = getbyte(l);
		if(l->bad)
			return -1;
		if(i->op >= Nopcode)
			return bad(l, "bad opcode %d", i->op);
		i->xop = i->op;
		switch(a >> 6){
		case 0:
			mm = Anone;
			break;
		case 1:
			mm = Aimm;
			i->m = getop(l);
			if(!l->bad && (i->m < -32768 || i->m > 32767))
				return bad(l, "operand mid: immediate %d does not fit 16 bits", i->m);
			break;
		case 2:
			mm = Afp;
			i->m = getop(l);
			break;
		default:
			mm = Amp;
			i->m = getop(l);
			break;
		}
		if(operand(l, (a>>3) & 7, "src", &sm, &i->s, &i->si) < 0)
			return -1;
		if(operand(l, a & 7, "dst", &dm, &i->d, &i->di) < 0)
			return -1;
		if(l->bad)
			return -1;
		if(mm == Anone && optab[i->op].m != Xnone && optab[i->op].m != Xopt){
			mm = dm;
			i->m = i->d;
			i->mi = i->di;
			i->flags |= Imidd;
		}
		i->mode = Mkmode(sm, mm, dm);
	}
	l->ctx[0] = 0;
	return 0;
}

static int
types(Ld *l)
{
	Module *m;
	Type *t;
	s32int k, id, size, np, b, w;

	m = l->m;
	l->sect = "types";
	m->type = lalloc(l, (ulong)m->ntype * sizeof *m->type);
	if(m->type == nil)
		return -1;
	for(k = 0; k < m->ntype; k++)
		m->type[k].size = -1;
	for(k = 0; k < m->ntype; k++){
		setctx(l, "entry %d", k);
		id = getop(l);
		size = getop(l);
		np = getop(l);
		if(l->bad)
			return -1;
		if(id < 0 || id >= m->ntype)
			return bad(l, "descriptor number %d out of range (%d types)", id, m->ntype);
		setctx(l, "type %d", id);
		t = &m->type[id];
		if(t->size >= 0)
			return bad(l, "defined twice");
		if(size < 0 || size > Maxsize)
			return bad(l, "implausible size %d", size);
		if(np < 0 || (ulong)np > left(l))
			return bad(l, "map size %d runs past the end of the file", np);
		t->map = lalloc(l, np);
		if(t->map == nil)
			return -1;
		memmove(t->map, l->p, np);
		l->p += np;
		t->size = size;
		t->np = np;
		for(b = 0; b < np; b++)
			for(w = 0; w < 8; w++)
				if(t->map[b] & (0x80>>w) && 32*b + 4*w + 4 > size)
					return bad(l, "map marks offset %d, past the size %d", 32*b + 4*w, size);
		if(size > m->maxframe)
			m->maxframe = size;
	}
	l->ctx[0] = 0;
	for(k = 0; k < m->ntype; k++)
		if(m->type[k].size < 0)
			return bad(l, "type %d not defined", k);
	if(m->datasize != 0 && (m->ntype == 0 || m->type[0].size != m->datasize))
		return bad(l, "bad desc for mp: type 0 must have the module data size %d", m->datasize);
	return 0;
}

static Slot*
slotfind(Slot *t, int cap, s32int in, s32int off)
{
	u32int h;

	h = ((u32int)in * 0x9E3779B1u) ^ ((u32int)off * 0x85EBCA77u);
	for(h &= cap-1; t[h].r != 0; h = (h+1) & (cap-1))
		if(t[h].in == in && t[h].off == off)
			break;
	return &t[h];
}

/* The array whose pointer is stored at (in, off), or 0. */
static int
arrayat(Dchk *d, s32int in, s32int off)
{
	Slot *s;

	s = slotfind(d->slot, d->capslot, in, off);
	if(s->r != 0 && d->reg[s->r].in == in && d->reg[s->r].off == off)
		return s->r;
	return 0;
}

/* A store over bytes [o, o+w) of region in unlinks the arrays whose pointers it overwrites. */
static void
overwrite(Dchk *d, s32int in, s32int o, s32int w)
{
	s32int p;
	int r;

	for(p = o & ~3; p < o+w; p += 4)	/* array pointers are 4-aligned: those overlapping */
		if((r = arrayat(d, in, p)) != 0)
			d->reg[r].in = -1;
}

static void*
growtab(void *old, int n, int cap, ulong size)
{
	void *v;

	v = dismalloc(cap * size);
	if(v != nil && old != nil)
		memmove(v, old, n * size);
	disfree(old);
	return v;
}

/* Adds region r, its pointer stored at (r.in, r.off). */
/* Whether word w of type t holds a pointer (its map says so). */
static int
mapptr(Type *t, long w)
{
	return t != nil && w/8 < t->np && (t->map[w/8] & (0x80 >> (w%8))) != 0;
}

/*
 * Whether width bytes at offset o of region r are a pointer slot (ptr
 * set: a string or array item) or plain data that leaves the pointer
 * slots alone, so that the run time never releases a word that is not
 * a reference. Words (the big-endian values at words, for a word item)
 * may put nil (all ones) in a pointer slot, as tables of strings do.
 */
static int
slotsagree(Region *r, long o, long width, int ptr, uchar *words)
{
	long a, eo;

	if(ptr){
		eo = r->esize > 0 ? o % r->esize : o;	/* an array's elements share the element type's map */
		return eo % 4 == 0 && mapptr(r->t, eo/4);
	}
	for(a = o & ~3L; a < o + width; a += 4){
		eo = r->esize > 0 ? a % r->esize : a;
		if(eo % 4 == 0 && mapptr(r->t, eo/4) && (words == nil || disget32(words + (a - o)) != 0xFFFFFFFF))
			return 0;
	}
	return 1;
}

static int
newregion(Ld *l, Dchk *d, Region r)
{
	Slot *old, *s;
	int i, oldcap;

	if(d->nreg == d->capreg){
		d->capreg *= 2;
		d->reg = growtab(d->reg, d->nreg, d->capreg, sizeof *d->reg);
		if(d->reg == nil)
			return bad(l, "out of memory");
	}
	if(2*(d->nslot+1) > d->capslot){
		old = d->slot;
		oldcap = d->capslot;
		d->capslot *= 2;
		d->slot = dismalloc(d->capslot * sizeof *d->slot);
		if(d->slot == nil){
			d->slot = old;
			d->capslot = oldcap;
			return bad(l, "out of memory");
		}
		for(i = 0; i < oldcap; i++)
			if(old[i].r != 0)
				*slotfind(d->slot, d->capslot, old[i].in, old[i].off) = old[i];
		disfree(old);
	}
	d->reg[d->nreg] = r;
	s = slotfind(d->slot, d->capslot, r.in, r.off);
	if(s->r == 0)
		d->nslot++;
	*s = (Slot){r.in, r.off, d->nreg};
	d->nreg++;
	return 0;
}

/*
 * One pass over the data section. With items nil it checks every
 * item, counts them into *nitem and returns the section's length;
 * with items it fills them in, payloads pointing into blob (a copy
 * of the section). Items land as dis-format.md §5 says.
 */
static long
datapass(Ld *l, Ditem *items, int *nitem, uchar *blob)
{
	Module *m;
	uchar *start, *at;
	Dchk d;
	Region *r;
	Ditem it;
	int c, sp, cur, j;
	s32int base, width, align, o;
	s32int stk[Maxbase][2];
	vlong total;
	Type *t;

	m = l->m;
	start = l->p;
	d.nreg = 1;
	d.capreg = 8;
	d.reg = dismalloc(d.capreg * sizeof *d.reg);
	d.nslot = 0;
	d.capslot = 16;
	d.slot = dismalloc(d.capslot * sizeof *d.slot);
	if(d.reg == nil || d.slot == nil){
		disfree(d.reg);
		disfree(d.slot);
		return bad(l, "out of memory");
	}
	d.reg[0] = (Region){m->datasize, 0, 0, -1, 0, m->ntype > 0 ? &m->type[0] : nil};
	cur = 0;	/* the base: region cur at offset base */
	base = 0;
	sp = 0;
	total = 0;
	*nitem = 0;
	for(;;){
		at = l->p;
		setctx(l, "item %d at byte %lud", *nitem, (ulong)(at - l->buf));
		c = getbyte(l);
		if(l->bad || c == 0)
			break;
		memset(&it, 0, sizeof it);
		it.kind = c >> 4;
		it.n = c & 0xF;
		if(it.n == 0)
			it.n = getop(l);
		it.off = getop(l);
		if(l->bad)
			break;
		if(it.kind < Dbyte || it.kind > Dbig){
			bad(l, "bad data item kind %d", it.kind);
			break;
		}
		if(it.n < 0){
			bad(l, "%s: negative count %d", kindname[it.kind], it.n);
			break;
		}
		width = 0;
		align = 1;
		switch(it.kind){
		case Dbyte:
		case Dstring:
			if((ulong)it.n > left(l)){
				truncated(l);
				break;
			}
			it.p = l->p;
			l->p += it.n;
			width = it.kind == Dbyte ? it.n : 4;
			align = it.kind == Dbyte ? 1 : 4;
			break;
		case Dword:
			if((ulong)it.n > left(l)/4){
				truncated(l);
				break;
			}
			it.p = l->p;
			l->p += 4*it.n;
			width = 4*it.n;
			align = 4;
			break;
		case Dreal:
		case Dbig:
			if((ulong)it.n > left(l)/8){
				truncated(l);
				break;
			}
			it.p = l->p;
			l->p += 8*it.n;
			width = 8*it.n;
			align = 8;
			break;
		case Darray:
			it.a = getword(l);
			it.b = getword(l);
			width = 4;
			align = 4;
			break;
		case Dindex:
			it.a = getword(l);
			width = 4;
			align = 4;
			break;
		}
		if(l->bad)
			break;
		if(it.kind == Darray || it.kind == Dindex || it.kind == Dpop)
			it.n = 1;	/* the count of these is ignored; kept as the compiler writes it */
		if(it.kind == Dpop){
			if(sp == 0){
				bad(l, "pop range: nothing to pop");
				break;
			}
			sp--;
			cur = stk[sp][0];
			base = stk[sp][1];
			goto next;
		}
		if(it.off < 0){
			bad(l, "%s: negative offset %d", kindname[it.kind], it.off);
			break;
		}
		if((vlong)base + it.off + width > d.reg[cur].size){
			if(cur == 0)
				bad(l, "%s: offset %d, %d bytes, past module data size %d",
					kindname[it.kind], it.off, width, d.reg[cur].size);
			else
				bad(l, "%s: offset %d from element base %d, %d bytes, past array storage of %d bytes",
					kindname[it.kind], it.off, base, width, d.reg[cur].size);
			break;
		}
		o = base + it.off;
		if(o % align != 0){
			bad(l, "%s: offset %d not %d-aligned", kindname[it.kind], o, align);
			break;
		}
		if(it.kind == Dindex){
			j = arrayat(&d, cur, o);
			if(j == 0){
				bad(l, "ind not array: no array at offset %d", o);
				break;
			}
			r = &d.reg[j];
			if(it.a < 0 || it.a > r->len){
				bad(l, "array init range: index %d outside array of %d", it.a, r->len);
				break;
			}
			if(sp == Maxbase){
				bad(l, "base stack deeper than %d", Maxbase);
				break;
			}
			stk[sp][0] = cur;
			stk[sp][1] = base;
			sp++;
			cur = j;
			base = it.a * r->esize;
			goto next;
		}
		if(!slotsagree(&d.reg[cur], o, width, it.kind == Dstring || it.kind == Darray, it.kind == Dword ? it.p : nil)){
			if(it.kind == Dstring || it.kind == Darray)
				bad(l, "%s: offset %d is not a pointer in the type map", kindname[it.kind], o);
			else
				bad(l, "%s: offset %d, %d bytes, overwrites a pointer in the type map", kindname[it.kind], o, width);
			break;
		}
		overwrite(&d, cur, o, width);
		if(it.kind == Darray){
			if(it.a < 0 || it.a >= m->ntype){
				bad(l, "bad array type %d (%d types)", it.a, m->ntype);
				break;
			}
			t = &m->type[it.a];
			/* each array costs its elements and a header's worth (Aheader) */
			if(it.b < 0 || (vlong)it.b * t->size + Aheader > Maxsize - total){
				bad(l, "array of %d elements of %d bytes too large", it.b, t->size);
				break;
			}
			total += (vlong)it.b * t->size + Aheader;
			if(newregion(l, &d, (Region){it.b * t->size, t->size, it.b, cur, o, t}) < 0)
				break;
		}
	next:
		if(items != nil){
			if(it.p != nil)
				it.p = blob + (it.p - start);
			items[*nitem] = it;
		}
		(*nitem)++;
	}
	disfree(d.reg);
	disfree(d.slot);
	l->ctx[0] = 0;
	if(l->bad)
		return -1;
	return l->p - start;
}

static int
data(Ld *l)
{
	Module *m;
	uchar *start, *blob;
	long len;
	int n;

	m = l->m;
	l->sect = "data";
	start = l->p;
	len = datapass(l, nil, &n, nil);
	if(len < 0)
		return -1;
	m->data = lalloc(l, (ulong)n * sizeof *m->data);
	blob = lalloc(l, len);
	if(m->data == nil || blob == nil)
		return -1;
	memmove(blob, start, len);
	l->p = start;
	if(datapass(l, m->data, &n, blob) < 0)
		return -1;
	m->ndata = n;
	return 0;
}

static int
links(Ld *l)
{
	Module *m;
	Link *k;
	s32int i;

	m = l->m;
	l->sect = "name";
	m->name = getstr(l, Maxname, "bad module name:");
	if(m->name == nil)
		return -1;
	if(m->name[0] == 0)
		return bad(l, "bad module name: empty");
	l->sect = "links";
	m->link = lalloc(l, (ulong)m->nlink * sizeof *m->link);
	if(m->link == nil)
		return -1;
	for(i = 0; i < m->nlink; i++){
		setctx(l, "link %d", i);
		k = &m->link[i];
		k->pc = getop(l);
		k->type = getop(l);
		k->sig = getword(l);
		k->name = getstr(l, 0, "");
		if(l->bad)
			return -1;
		setctx(l, "link %d (%s)", i, k->name);
		if(strcmp(k->name, ".mp") == 0){
			if(k->pc != -1 || k->type != -1)
				return bad(l, "pc %d and type %d, not -1", k->pc, k->type);
			continue;
		}
		if(k->name[0] == 0)
			return bad(l, "empty name");
		if(k->pc < 0 || k->pc >= m->nprog)
			return bad(l, "pc %d outside code (size %d)", k->pc, m->nprog);
		if(k->type < 0 || k->type >= m->ntype)
			return bad(l, "frame type %d out of range (%d types)", k->type, m->ntype);
		if(m->type[k->type].size < Framemin)
			return bad(l, "frame type %d of %d bytes smaller than a frame header", k->type, m->type[k->type].size);
	}
	l->ctx[0] = 0;
	return 0;
}

static int
terminator(Ld *l)
{
	int c;

	c = getbyte(l);
	if(l->bad)
		return -1;
	if(c != 0)
		return bad(l, "expected the terminating 0 byte, found %#ux", c);
	return 0;
}

static int
imports(Ld *l)
{
	Module *m;
	Import *im;
	s32int i, j;

	m = l->m;
	l->sect = "imports";
	m->nimport = getop(l);
	if(l->bad)
		return -1;
	if(m->nimport < 0 || (ulong)m->nimport > left(l))
		return bad(l, "implausible count of import lists %d", m->nimport);
	m->import = lalloc(l, (ulong)m->nimport * sizeof *m->import);
	if(m->import == nil)
		return -1;
	for(i = 0; i < m->nimport; i++){
		setctx(l, "list %d", i);
		im = &m->import[i];
		im->n = getop(l);
		if(l->bad)
			return -1;
		if(im->n < 0 || (ulong)im->n > left(l)/5)
			return bad(l, "implausible function count %d", im->n);
		im->f = lalloc(l, (ulong)im->n * sizeof *im->f);
		if(im->f == nil)
			return -1;
		for(j = 0; j < im->n; j++){
			setctx(l, "list %d function %d", i, j);
			im->f[j].sig = getword(l);
			im->f[j].name = getstr(l, 0, "");
			if(l->bad)
				return -1;
			if(im->f[j].name[0] == 0)
				return bad(l, "empty name");
		}
	}
	l->ctx[0] = 0;
	return terminator(l);
}

static int
pcok(Module *m, s32int pc)
{
	return pc >= 0 && pc < m->nprog;
}

static int
handlers(Ld *l)
{
	Module *m;
	Handler *h;
	s32int i, j, v;

	m = l->m;
	l->sect = "handlers";
	m->nhandler = getop(l);
	if(l->bad)
		return -1;
	if(m->nhandler < 0 || (ulong)m->nhandler > left(l)/6)
		return bad(l, "implausible handler count %d", m->nhandler);
	m->handler = lalloc(l, (ulong)m->nhandler * sizeof *m->handler);
	if(m->handler == nil)
		return -1;
	for(i = 0; i < m->nhandler; i++){
		setctx(l, "handler %d", i);
		h = &m->handler[i];
		h->eoff = getop(l);
		h->pc1 = getop(l);
		h->pc2 = getop(l);
		h->type = getop(l);
		v = getop(l);
		if(l->bad)
			return -1;
		if(h->eoff < Framehdr || (vlong)h->eoff + 4 > m->maxframe)
			return bad(l, "exception slot %d(fp) outside frame size %d", h->eoff, m->maxframe);
		if(h->pc1 < 0 || h->pc1 > h->pc2 || h->pc2 > m->nprog)
			return bad(l, "bad pc range %d..%d (code size %d)", h->pc1, h->pc2, m->nprog);
		if(h->type < -1 || h->type >= m->ntype)
			return bad(l, "type %d out of range (%d types)", h->type, m->ntype);
		if(v < 0)
			return bad(l, "bad label count %#ux", v);
		h->nlab = v & 0xFFFF;
		h->ne = v >> 16;
		if(h->ne > h->nlab)
			return bad(l, "%d exception-type labels of %d", h->ne, h->nlab);
		if((ulong)h->nlab > left(l)/2)
			return bad(l, "label count %d too large for the file", h->nlab);
		h->lab = lalloc(l, (ulong)h->nlab * sizeof *h->lab);
		if(h->lab == nil)
			return -1;
		for(j = 0; j < h->nlab; j++){
			setctx(l, "handler %d label %d", i, j);
			h->lab[j].name = getstr(l, 0, "");
			h->lab[j].pc = getop(l);
			if(l->bad)
				return -1;
			if(!pcok(m, h->lab[j].pc))
				return bad(l, "pc %d outside code (size %d)", h->lab[j].pc, m->nprog);
		}
		setctx(l, "handler %d", i);
		h->wildpc = getop(l);
		if(l->bad)
			return -1;
		if(h->wildpc != -1 && !pcok(m, h->wildpc))
			return bad(l, "wildcard pc %d outside code (size %d)", h->wildpc, m->nprog);
	}
	l->ctx[0] = 0;
	return terminator(l);
}

static int
source(Ld *l)
{
	Module *m;

	m = l->m;
	l->sect = "source";
	m->path = getstr(l, 0, "");
	if(m->path == nil)
		return -1;
	if(l->p != l->e)
		return bad(l, "%lud bytes after the source path", left(l));
	return 0;
}

/* Checks one decoded operand against its class (what the opcode does with it). */
static int
chkopnd(Ld *l, char *which, int class, int mode, s32int v, s32int width)
{
	Module *m;
	int rw;

	m = l->m;
	rw = opclassrw(class);
	if(mode == Anone){
		if(class == Xnone || class == Xopt)
			return 0;
		return bad(l, "operand %s: missing", which);
	}
	if(mode == Aimm){
		if(rw == 'w')
			return bad(l, "operand %s: an immediate cannot be written", which);
		if(rw == 'm')
			return bad(l, "operand %s: must be in memory, not an immediate", which);
		if(width > 4)
			return bad(l, "operand %s: an immediate cannot hold %d bytes", which, width);
		if((class == Xpc || class == Xpcimm) && !pcok(m, v))
			return bad(l, "operand %s: branch target %d outside code (size %d)", which, v, m->nprog);
		if(class == Xtype && (v < 0 || v >= m->ntype))
			return bad(l, "operand %s: type %d out of range (%d types)", which, v, m->ntype);
		return 0;
	}
	if(rw == 'i')
		return bad(l, "operand %s: must be an immediate", which);
	if(mode == Aifp || mode == Aimp)
		width = 4;	/* the pointer cell */
	if(width == 0)
		width = 1;
	if(mode == Afp || mode == Aifp){
		if(v < Framehdr)
			return bad(l, "operand %s: frame offset %d inside the frame header", which, v);
		if((vlong)v + width > m->maxframe)
			return bad(l, "operand %s: frame offset %d past frame size %d", which, v, m->maxframe);
		return 0;
	}
	if(v < 0)
		return bad(l, "operand %s: module data offset %d negative", which, v);
	if((vlong)v + width > m->datasize)
		return bad(l, "operand %s: module data offset %d past data size %d", which, v, m->datasize);
	return 0;
}

/* The width of a block operand sized by the middle operand, 0 if unknown. */
static s32int
blockwidth(Module *m, Inst *i, int class)
{
	if(Mmode(i) != Aimm)
		return 0;
	if(class == Xm || class == Xwm)
		return i->m;
	if(i->m >= 0 && i->m < m->ntype)
		return m->type[i->m].size;
	return 0;
}

static s32int
width(Module *m, Inst *i, int class)
{
	switch(class){
	case Xm: case Xwm: case Xmt: case Xwmt:
		return blockwidth(m, i, class);
	}
	return opclasswidth(class);
}

static int
checkcode(Ld *l)
{
	Module *m;
	Inst *i;
	Opinfo *o;
	s32int k;

	m = l->m;
	l->sect = "code";
	for(k = 0; k < m->nprog; k++){
		setctx(l, "instruction %d", k);
		i = &m->prog[k];
		o = &optab[i->op];
		if(Mmode(i) == Aimm && (o->s == Xm || o->d == Xwm) && i->m < 0)
			return bad(l, "operand mid: negative block size %d", i->m);
		if(chkopnd(l, "src", o->s, Smode(i), i->s, width(m, i, o->s)) < 0)
			return -1;
		if(chkopnd(l, (i->flags & Imidd) ? "mid (dst)" : "mid", o->m, Mmode(i), i->m, width(m, i, o->m)) < 0)
			return -1;
		if(chkopnd(l, "dst", o->d, Dmode(i), i->d, width(m, i, o->d)) < 0)
			return -1;
		if(i->op == Oframe && m->type[i->s].size < Framemin)
			return bad(l, "operand src: frame type %d of %d bytes smaller than a frame header",
				i->s, m->type[i->s].size);
		if(i->op == Oload && Mmode(i) == Aimm && (m->rt & HASLDT) != 0 && (i->m < 0 || i->m >= m->nimport))
			return bad(l, "operand mid: import list %d out of range (%d lists)", i->m, m->nimport);
	}
	l->ctx[0] = 0;
	return 0;
}

void
disfreemod(Module *m)
{
	Dmem *d, *n;

	if(m == nil)
		return;
	for(d = m->mem; d != nil; d = n){
		n = d->next;
		disfree(d);
	}
	disfree(m);
}

Module*
disload(uchar *buf, ulong len, char *err, int nerr)
{
	Ld l;
	Module *m;

	memset(&l, 0, sizeof l);
	l.buf = buf;
	l.p = buf;
	l.e = buf + len;
	l.err = err;
	l.nerr = nerr;
	l.sect = "header";
	m = dismalloc(sizeof *m);
	if(m == nil){
		bad(&l, "out of memory");
		return nil;
	}
	l.m = m;
	if(header(&l) < 0 || code(&l) < 0 || types(&l) < 0 || data(&l) < 0 || links(&l) < 0)
		goto Bad;
	if(m->entryt >= 0 && m->type[m->entryt].size < Framemin){
		l.sect = "header";
		bad(&l, "entry type %d of %d bytes smaller than a frame header", m->entryt, m->type[m->entryt].size);
		goto Bad;
	}
	if((m->rt & HASLDT) != 0 && imports(&l) < 0)
		goto Bad;
	if((m->rt & HASEXCEPT) != 0 && handlers(&l) < 0)
		goto Bad;
	if(source(&l) < 0 || checkcode(&l) < 0)
		goto Bad;
	return m;
Bad:
	disfreemod(m);
	return nil;
}
