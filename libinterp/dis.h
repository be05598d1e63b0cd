/*
 * The Dis VM's view of a module as the loader leaves it: decoded
 * instructions, type descriptors, the initial data items, exports,
 * import lists, exception handlers. The file format is in
 * ref/dis-format.md, the opcodes in ref/dis-isa.md.
 *
 * This header and the loader (load.c, optab.c) need only libkern and
 * the two allocation functions declared at the end, so the same code
 * serves the kernel (libinterp.a) and the host tools (limbo/asm).
 * The interpreter's run-time state (heap, Progs, instances) is not
 * here.
 */
#ifndef DIS_H
#define DIS_H

enum {
	XMAGIC = 819248,	/* plain module */
	SMAGIC = 923426,	/* signed module: refused, see load.c */

	/* runtime flags in the header */
	MUSTCOMPILE = 1<<0,	/* a hint for a JIT; interpreted anyway */
	DONTCOMPILE = 1<<1,
	SHAREMP = 1<<2,
	DYNMOD = 1<<3,
	HASLDT0 = 1<<4,		/* obsolete layout: refused */
	HASEXCEPT = 1<<5,	/* a handler section is present */
	HASLDT = 1<<6,		/* an import section is present */
	Allflags = 0x7F,

	Framehdr = 16,		/* frame words 0-3 (link, saved FP, module, type): the runtime's, no operand may name them */
	Framemin = 32,		/* the fixed frame header; every frame type is at least this big */
	Maxsize = 1<<24,	/* largest module data, type or data-item array the loader accepts */
	Maxname = 128,		/* a module name's bytes, terminator included */
	Maxbase = 4,		/* depth of the data section's base stack */
	Maxind = 0xFFFF,	/* double-indirect offsets are 16-bit unsigned */
};

/*
 * Opcodes, numbered as in the file (dis-isa.md §6). Onop and any
 * number >= Nopcode are not executable; the loader refuses the latter.
 */
enum {
	Onop, Oalt, Onbalt, Ogoto, Ocall, Oframe, Ospawn, Orunt,
	Oload, Omcall, Omspawn, Omframe, Oret, Ojmp, Ocase, Oexit,
	Onew, Onewa, Onewcb, Onewcw, Onewcf, Onewcp, Onewcm, Onewcmp,
	Osend, Orecv, Oconsb, Oconsw, Oconsp, Oconsf, Oconsm, Oconsmp,
	Oheadb, Oheadw, Oheadp, Oheadf, Oheadm, Oheadmp, Otail, Olea,
	Oindx, Omovp, Omovm, Omovmp, Omovb, Omovw, Omovf, Ocvtbw,
	Ocvtwb, Ocvtfw, Ocvtwf, Ocvtca, Ocvtac, Ocvtwc, Ocvtcw, Ocvtfc,
	Ocvtcf, Oaddb, Oaddw, Oaddf, Osubb, Osubw, Osubf, Omulb,
	Omulw, Omulf, Odivb, Odivw, Odivf, Omodw, Omodb, Oandb,
	Oandw, Oorb, Oorw, Oxorb, Oxorw, Oshlb, Oshlw, Oshrb,
	Oshrw, Oinsc, Oindc, Oaddc, Olenc, Olena, Olenl, Obeqb,
	Obneb, Obltb, Obleb, Obgtb, Obgeb, Obeqw, Obnew, Obltw,
	Oblew, Obgtw, Obgew, Obeqf, Obnef, Obltf, Oblef, Obgtf,
	Obgef, Obeqc, Obnec, Obltc, Oblec, Obgtc, Obgec, Oslicea,
	Oslicela, Oslicec, Oindw, Oindf, Oindb, Onegf, Omovl, Oaddl,
	Osubl, Odivl, Omodl, Omull, Oandl, Oorl, Oxorl, Oshll,
	Oshrl, Obnel, Obltl, Oblel, Obgtl, Obgel, Obeql, Ocvtlf,
	Ocvtfl, Ocvtlw, Ocvtwl, Ocvtlc, Ocvtcl, Oheadl, Oconsl, Onewcl,
	Ocasec, Oindl, Omovpc, Otcmp, Omnewz, Ocvtrf, Ocvtfr, Ocvtws,
	Ocvtsw, Olsrw, Olsrl, Oeclr, Onewz, Onewaz, Oraise, Ocasel,
	Omulx, Odivx, Ocvtxx, Omulx0, Odivx0, Ocvtxx0, Omulx1, Odivx1,
	Ocvtxx1, Ocvtfx, Ocvtxf, Oexpw, Oexpl, Oexpf, Oself,
	Nopcode			/* 175 */
};

/*
 * Addressing modes of a decoded operand (not the file's codes). The
 * operand's value field means, per mode:
 *	Anone	absent; value 0
 *	Aimm	the immediate: a PC for branch targets, else a word
 *		(a middle immediate arrives sign-extended from 16 bits)
 *	Afp	byte offset from FP
 *	Amp	byte offset from MP
 *	Aifp	offset from FP of a pointer cell; the inner offset is in
 *		the operand's 16-bit field: address = *(FP+value) + inner
 *	Aimp	the same from MP
 */
enum {
	Anone, Aimm, Afp, Amp, Aifp, Aimp,
};

/*
 * One decoded instruction; 24 bytes, no pointers, so a module's code
 * can be prepared ahead of time and used in place (e.g. from flash).
 *
 * Invariants after a successful load (the interpreter may rely on
 * them and need not re-check):
 *	- op < Nopcode; each operand's mode agrees with what op takes
 *	  (optab), and a mode the op needs is present;
 *	- a middle operand that op reads but the file left out is a
 *	  copy of the destination (Imidd set): "addw $1, x" is x = x+1;
 *	- Afp offsets and Aifp cells lie in [Framehdr, Module.maxframe)
 *	  together with the operand's width (optab; for blocks, the
 *	  immediate size or type in the middle operand); Amp offsets
 *	  and Aimp cells in [0, Module.datasize) likewise. Where the
 *	  width is only known at run time (a block sized from memory, a
 *	  channel's element) only the first byte is checked;
 *	- inner offsets of Aifp/Aimp are 0..Maxind; their target is
 *	  only known at run time, as is the target of a branch whose
 *	  destination is in memory rather than an immediate;
 *	- an immediate branch target is a PC in [0, nprog); an
 *	  immediate type operand is a type index in [0, ntype) and a
 *	  frame type is at least Framemin bytes;
 *	- an immediate is never the destination of a write, never an
 *	  address taken (lea) or table, and never wider than 4 bytes.
 */
typedef struct Inst Inst;
struct Inst {
	u8int	op;	/* Onop..Oself */
	u8int	flags;	/* Imidd */
	u16int	xop;	/* handler index: op after loading; the interpreter may specialise it */
	u16int	mode;	/* Mkmode(src, mid, dst) of Anone..Aimp */
	u16int	si;	/* inner offsets of Aifp/Aimp operands */
	u16int	mi;
	u16int	di;
	s32int	s;	/* operand values, see the A* modes */
	s32int	m;
	s32int	d;
};

enum {
	Imidd = 1<<0,	/* the file had no middle operand; m is a copy of d if op reads one */
};

#define Mkmode(s, m, d)	((s) | (m)<<3 | (d)<<6)
#define Smode(i)	((i)->mode & 7)
#define Mmode(i)	(((i)->mode>>3) & 7)
#define Dmode(i)	(((i)->mode>>6) & 7)

/*
 * What an opcode does with an operand: its class. Used by the loader
 * to validate, and by the tools to print the usual operand form.
 * Widths: B 1, H 2 (short), W 4, R 4 (short real), L 8, F 8, P 4.
 */
enum {
	Xnone,		/* not used; an operand there is allowed but ignored */
	Xopt,		/* optional word (buffer size of newc*) */
	Xpc,		/* a PC: immediate (checked) or a word in memory (checked when used) */
	Xpcimm,		/* a PC that must be immediate (movpc) */
	Xtype,		/* type index of this module: immediate */
	Xaddr,		/* its address is taken (lea): memory */
	Xtab,		/* a table read in place (case, goto, alt): memory */
	Xval,		/* a value of the channel's element size, read (send) */
	Xvalw,		/* the same, written (recv): memory */
	Xb, Xh, Xw, Xr, Xl, Xf, Xp,		/* read */
	Xwb, Xwh, Xww, Xwr, Xwl, Xwf, Xwp,	/* written (possibly also read): memory */
	Xm, Xwm,	/* block of the size given by the middle operand */
	Xmt, Xwmt,	/* block of the type given by the middle operand */
	Nclass
};

typedef struct Opinfo Opinfo;
struct Opinfo {
	char	*name;		/* mnemonic, e.g. "addw" */
	uchar	s, m, d;	/* operand classes (Xnone...) */
};

extern Opinfo optab[Nopcode];
int	opclassrw(int class);	/* 0 none, 'r' read, 'w' written, 'i' immediate only */
int	opclasswidth(int class);	/* bytes, or 0 if not fixed */
int	opbyname(char *name);	/* opcode or -1 */

/*
 * A type descriptor: a frame, heap object, array element or the
 * module data. Map byte k bit 7-b marks the word at 32k+4b as a
 * pointer; no bit marks a word at or beyond size.
 */
typedef struct Type Type;
struct Type {
	s32int	size;	/* bytes, 0..Maxsize */
	s32int	np;	/* map bytes */
	uchar	*map;
};

/* Data item kinds (high nibble of the item's code byte). */
enum {
	Dbyte = 1,	/* n bytes */
	Dword = 2,	/* n words */
	Dstring = 3,	/* n bytes of UTF-8 making one string */
	Dreal = 4,	/* n IEEE doubles */
	Darray = 5,	/* a new array: a = element type, b = length */
	Dindex = 6,	/* push the base; base = &element a of the array at off */
	Dpop = 7,	/* pop the base */
	Dbig = 8,	/* n 64-bit integers */
};

/*
 * An initial data item, in file order. off is relative to the
 * current base (MP, or an array element after Dindex). The loader
 * has checked, by replaying the base stack, that every item lies
 * within MP or within the array it indexes, with words, strings
 * and arrays 4-aligned and reals and bigs 8-aligned (relative to
 * MP or the array's first element), that Dindex names an array
 * made by an earlier Darray and not overwritten since, and that
 * pushes and pops match (at most Maxbase deep).
 */
typedef struct Ditem Ditem;
struct Ditem {
	uchar	kind;	/* Dbyte... */
	s32int	n;	/* bytes, words, reals, bigs, string bytes; 1 for Darray, Dindex, Dpop (their count is ignored) */
	s32int	off;	/* offset from the current base */
	s32int	a;	/* Darray: element type; Dindex: element index (0..length); Dstring: Drostring or 0 */
	s32int	b;	/* Darray: length */
	uchar	*p;	/* the payload as in the file (big-endian), or nil */
};

/*
 * A Dstring item of a module prepared at build time (tools/dismod) for a
 * kernel with Roheap may have a == Drostring: p is then the characters
 * of a String in read-only memory, behind its Heap header, that every
 * instance uses in place (libinterp/link.c's newmp).
 */
enum { Drostring = 1 };

/* An export. pc and type are -1 only for ".mp" (the module's exported data). */
typedef struct Link Link;
struct Link {
	char	*name;	/* "init", "Iobuf.gets", ".mp" */
	s32int	pc;
	s32int	type;	/* frame type index */
	u32int	sig;
};

/* An import list (what one load instruction links against). */
typedef struct Import Import;
typedef struct Ifunc Ifunc;
struct Ifunc {
	u32int	sig;
	char	*name;
};
struct Import {
	s32int	n;
	Ifunc	*f;
};

/* An exception handler; pattern j < ne names a user-defined exception. */
typedef struct Handler Handler;
typedef struct Hlabel Hlabel;
struct Hlabel {
	char	*name;	/* pattern; a final '*' makes it a prefix */
	s32int	pc;
};
struct Handler {
	s32int	eoff;	/* frame offset of the slot receiving the exception */
	s32int	pc1;	/* protects pc1 <= PC < pc2 */
	s32int	pc2;
	s32int	type;	/* type of the slots to clear, or -1 */
	s32int	ne;	/* leading labels that are exception types */
	s32int	nlab;
	Hlabel	*lab;
	s32int	wildpc;	/* the * arm, or -1 */
};

/*
 * A loaded module. Everything it points to is owned by it and freed
 * by disfreemod. The header's fields are kept as read so that the
 * tools can write the file back.
 */
typedef struct Module Module;
typedef struct Dmem Dmem;
struct Module {
	char	*name;		/* the module it implements, e.g. "Hello" */
	char	*path;		/* source path written by the compiler */
	s32int	rt;		/* runtime flags */
	s32int	ss;		/* stack extent: a sizing hint */
	s32int	entry;		/* default entry pc, or -1 */
	s32int	entryt;		/* its frame type, or -1 */

	s32int	nprog;
	Inst	*prog;

	s32int	ntype;
	Type	*type;		/* indexed by descriptor number */
	s32int	maxframe;	/* largest type: bound on frame offsets */

	s32int	datasize;	/* bytes of MP; type 0 describes it when non-zero */
	s32int	ndata;
	Ditem	*data;

	s32int	nlink;
	Link	*link;

	s32int	nimport;	/* import lists, when rt has HASLDT */
	Import	*import;

	s32int	nhandler;	/* when rt has HASEXCEPT */
	Handler	*handler;

	Dmem	*mem;		/* the loader's allocations */
};

/*
 * load.c: parse and check a .dis image. On success returns the
 * Module (buf may then be freed); on failure nil, with an error
 * naming the section and what was wrong in err[0..nerr-1].
 */
Module*	disload(uchar *buf, ulong len, char *err, int nerr);
void	disfreemod(Module*);
void*	dismodalloc(Module*, ulong);	/* zeroed memory freed with the module, or nil */
s32int	disop(uchar **pp, uchar *e, int *ok);	/* one "op" integer; *ok = 0 if truncated */
u32int	disget32(uchar*);	/* big-endian */
u64int	disget64(uchar*);

/*
 * Supplied by the user of the loader: the kernel (disalloc.c) or a
 * host program. dismalloc returns zeroed memory or nil.
 */
void*	dismalloc(ulong);
void	disfree(void*);

#endif
