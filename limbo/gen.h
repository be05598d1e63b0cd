/*
 * The Limbo compiler's object code, between code generation (gen*.c,
 * which know the syntax tree) and the writer (obj.c, which knows the
 * Dis loader's Module and the .dis format). This header includes
 * neither limbo.h nor libinterp/dis.h, whose names clash (both have a
 * Type, and Ocall is a tree operator in one and an opcode in the
 * other), so each side includes it with its own.
 *
 * Type descriptors are numbered as they are made (Gobj.desc); obj.c
 * merges duplicates, sorts them as Inferno's compiler does and
 * renumbers every reference (type operands, links, handlers, array
 * data items, the entry's frame type). Descriptor 0 must be the
 * module data's.
 */

/* Dis opcodes, numbered as in the file (dis-isa.md 6); obj.c checks them against dis.h */
enum {
	INOP, IALT, INBALT, IGOTO, ICALL, IFRAME, ISPAWN, IRUNT,
	ILOAD, IMCALL, IMSPAWN, IMFRAME, IRET, IJMP, ICASE, IEXIT,
	INEW, INEWA, INEWCB, INEWCW, INEWCF, INEWCP, INEWCM, INEWCMP,
	ISEND, IRECV, ICONSB, ICONSW, ICONSP, ICONSF, ICONSM, ICONSMP,
	IHEADB, IHEADW, IHEADP, IHEADF, IHEADM, IHEADMP, ITAIL, ILEA,
	IINDX, IMOVP, IMOVM, IMOVMP, IMOVB, IMOVW, IMOVF, ICVTBW,
	ICVTWB, ICVTFW, ICVTWF, ICVTCA, ICVTAC, ICVTWC, ICVTCW, ICVTFC,
	ICVTCF, IADDB, IADDW, IADDF, ISUBB, ISUBW, ISUBF, IMULB,
	IMULW, IMULF, IDIVB, IDIVW, IDIVF, IMODW, IMODB, IANDB,
	IANDW, IORB, IORW, IXORB, IXORW, ISHLB, ISHLW, ISHRB,
	ISHRW, IINSC, IINDC, IADDC, ILENC, ILENA, ILENL, IBEQB,
	IBNEB, IBLTB, IBLEB, IBGTB, IBGEB, IBEQW, IBNEW, IBLTW,
	IBLEW, IBGTW, IBGEW, IBEQF, IBNEF, IBLTF, IBLEF, IBGTF,
	IBGEF, IBEQC, IBNEC, IBLTC, IBLEC, IBGTC, IBGEC, ISLICEA,
	ISLICELA, ISLICEC, IINDW, IINDF, IINDB, INEGF, IMOVL, IADDL,
	ISUBL, IDIVL, IMODL, IMULL, IANDL, IORL, IXORL, ISHLL,
	ISHRL, IBNEL, IBLTL, IBLEL, IBGTL, IBGEL, IBEQL, ICVTLF,
	ICVTFL, ICVTLW, ICVTWL, ICVTLC, ICVTCL, IHEADL, ICONSL, INEWCL,
	ICASEC, IINDL, IMOVPC, ITCMP, IMNEWZ, ICVTRF, ICVTFR, ICVTWS,
	ICVTSW, ILSRW, ILSRL, IECLR, INEWZ, INEWAZ, IRAISE, ICASEL,
	IMULX, IDIVX, ICVTXX, IMULX0, IDIVX0, ICVTXX0, IMULX1, IDIVX1,
	ICVTXX1, ICVTFX, ICVTXF, IEXPW, IEXPL, IEXPF, ISELF,
	INOPCODE
};

/* operand modes, the values of dis.h's Anone...Aimp */
enum {
	Gnone, Gimm, Gfp, Gmp, Gifp, Gimp,
};

/*
 * An operand: v is the immediate, the FP or MP offset, or for Gifp
 * and Gimp the offset of the pointer cell, with ind the offset from
 * what it points at ("ind(v(fp))").
 */
typedef struct Gopd Gopd;
struct Gopd {
	unsigned char	mode;
	unsigned short	ind;
	int	v;
};

/* an instruction and the source text it came from (for .sbl) */
typedef struct Ginst Ginst;
struct Ginst {
	unsigned char	op;
	Gopd	s, m, d;	/* m.mode Gnone: no middle operand */
	int	file;		/* source file index */
	int	line, col;	/* start of the source text */
	int	eline, ecol;	/* its end */
	int	block;		/* the .sbl block number */
};

/* a type descriptor: size in bytes, pointer map (bit 7 of byte 0 = word 0) */
typedef struct Gdesc Gdesc;
struct Gdesc {
	int	size;
	int	nmap;
	unsigned char	*map;
};

/* data item kinds: the values of dis.h's Dbyte...Dbig */
enum {
	GDbyte = 1, GDword, GDstring, GDreal, GDarray, GDindex, GDpop, GDbig,
};

/*
 * An initial data item, as dis.h's Ditem: off from the current base;
 * n bytes, words, string bytes, reals or bigs; GDarray a = element
 * descriptor, b = length; GDindex a = element index; p the payload
 * in host order (words as int, reals as double, bigs as long long,
 * bytes and string bytes as they are).
 */
typedef struct Gdata Gdata;
struct Gdata {
	unsigned char	kind;
	int	off;
	int	n;
	int	a, b;
	void	*p;
};

typedef struct Glink Glink;
struct Glink {
	char	*name;
	int	pc;		/* -1 for ".mp" */
	int	desc;		/* frame descriptor; -1 for ".mp" */
	unsigned int	sig;
};

typedef struct Gimport Gimport;
struct Gimport {
	int	n;
	char	**name;
	unsigned int	*sig;
};

typedef struct Ghandler Ghandler;
struct Ghandler {
	int	eoff;		/* frame offset of the exception slot */
	int	pc1, pc2;	/* protects pc1 <= PC < pc2 */
	int	desc;		/* slots to clear, or -1 */
	int	ne;		/* leading labels naming exception types */
	int	nlab;
	char	**lab;		/* patterns */
	int	*labpc;
	int	wildpc;		/* the * arm, or -1 */
};

typedef struct Gobj Gobj;
struct Gobj {
	char	*name;		/* the implemented module */
	char	*path;		/* source path */
	int	rt;		/* runtime flags (HASLDT 0x40, HASEXCEPT 0x20 are added by obj.c as needed) */
	int	entry, entrydesc;	/* init's pc and frame descriptor, or -1 */

	Ginst	*prog;
	int	nprog;
	Gdesc	*desc;
	int	ndesc;
	int	datasize;
	Gdata	*data;
	int	ndata;
	Glink	*link;
	int	nlink;
	Gimport	*imp;
	int	nimp;
	Ghandler	*handler;
	int	nhandler;
};

/*
 * obj.c: o as a .dis image in file (after merging and renumbering
 * descriptors in o), checked by loading it back; with asmfile also
 * its Dis assembly there (disas reads it back). Returns 0, or -1
 * with the reason in err.
 */
int	objwrite(Gobj *o, char *file, char *asmfile, char *err, int nerr);
