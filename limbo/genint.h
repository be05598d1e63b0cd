/*
 * Code generation's own state, shared by gen.c (the module: data,
 * descriptors, links, imports), genexpr.c (expressions), genstmt.c
 * (statements) and their helpers. Included after limbo.h and gen.h.
 *
 * A value lives in a Gopd: an immediate (small ints only), a frame
 * or module-data slot, or a double-indirect cell "ind(v(fp))". An
 * adt or tuple value's Gopd names its first byte; a field is the
 * same Gopd moved by the field's offset (opdoff).
 *
 * Temporaries are frame slots handed out by tmp() and given back at
 * the end of each statement (tfree); a slot keeps its
 * pointer layout for life, so the frame's pointer map stays true.
 */

enum {
	Maxframe = 1<<16,	/* frame offsets must fit a 16-bit inner offset */
	Nolabel = -1,
};

/* a chain of branch instructions whose d operand waits for a pc: linked through d.v, -1 ends */
typedef int Chain;

typedef struct Fn Fn;
typedef struct Tslot Tslot;
typedef struct Loop Loop;
typedef struct Imp Imp;

/* a frame slot made for temporaries */
struct Tslot {
	long	off;
	long	size;
	uchar	map[8];		/* its pointer words (slots with more pointers are never shared) */
	int	shareable;
	int	busy;
};

/* an enclosing statement break or continue may leave */
struct Loop {
	Sym	*label;
	int	isloop;		/* continue allowed */
	Chain	brk;
	Chain	cont;
};

/* a function being compiled or waiting to be */
struct Fn {
	Decl	*decl;		/* its Dfn (for adt members, the adt's member) */
	Node	*def;		/* Ofndef */
	Decl	*adt;		/* the adt it is a member of, or nil */
	char	*name;		/* link name: "f" or "Adt.f" */
	int	pc;		/* entry, -1 until compiled */
	int	desc;		/* frame descriptor (filled after compiling) */
	int	exported;	/* in the link section */
	Chain	calls;		/* call/spawn instructions waiting for pc */
	Fn	*next;

	/* while compiling */
	long	size;		/* frame bytes used */
	uchar	*map;		/* pointer map, a bit per word */
	long	mapcap;
	Tslot	*tmps;
	int	ntmp, captmp;
	Type	*result;
	Loop	*loops;
	int	nloop, caploop;
};

/* an import list: the members used of one module type */
struct Imp {
	Type	*mod;
	Decl	**mem;
	int	n, cap;
	int	index;		/* final list number */
	int	nload;		/* loads of this module type */
	int	nbuiltin;	/* of which load a built-in by a constant "$Name" */
	Imp	*next;
};

typedef struct Gen Gen;
struct Gen {
	Gobj	o;
	int	capprog, capdesc, capdata, caplink, caphandler;
	long	mpsize;
	uchar	*mpmap;
	long	mpmapcap;
	Decl	*impl;		/* the implemented module */
	Fn	*fns, **fntail;
	Fn	*cur;		/* the function being compiled */
	Imp	*imps;
	Imp	*selfimp;	/* functions taken by reference */
	long	selfslot;	/* MP cache of the $self handle, -1 */
	long	nilslot;	/* MP: a pointer word always nil */
	Src	src;		/* where the code being emitted comes from */
	Src	srcend;		/* where that text ends, if setspan set src (srcfrom) */
	Src	srcfrom;
	int	block;		/* the .sbl region (statement number) of that code */
	int	nblock;		/* regions made (newblock) */
};

extern Gen	gen;

/* gen.c: the module */
void	ierror(char*, ...) __attribute__((format(printf, 1, 2), noreturn));	/* a compiler bug, at gen.src */
int	compile(Node *tree, char *out, char *asmout, char *sbl);
int	emit(int op, Gopd s, Gopd m, Gopd d);	/* returns its pc */
int	pc(void);
void	patch(Chain, int target);
Chain	append(Chain, Chain);
Chain	jump(void);		/* a jmp waiting for its target */
Gopd	imm(long);
Gopd	fpopd(long);
Gopd	mpopd(long);
Gopd	indopd(Gopd cell, long off);	/* ind(cell): cell an fp or mp slot */
Gopd	opdoff(Gopd, long);	/* the same place moved by off bytes */
void	setsrc(Node*);		/* the code emitted next comes from n's text */
void	setspan(Src start, Src end);
void	newblock(void);		/* and starts a new .sbl region */
extern Gopd	none;
int	descof(Type*);		/* a heap or value descriptor for t */
void	valuemap(Type*, uchar *map, long nmap);	/* t's pointer words, as isptr sees them */
void	markword(long off, uchar **map, long *cap);	/* in a map that grows */
void	markvalue(Type*, long off, uchar **map, long *cap);
int	descsize(long size, uchar *map, long nmap);
long	mpalloc(Type*);		/* module data for a value of t */
long	mpstr(Str);		/* the slot of a string literal */
long	mpword(long);
long	mpbig(vlong);
long	mpreal(double);
long	mpbytes(long size, long align);	/* raw module data (tables) */
void	dataword(long off, long v);
void	databig(long off, vlong v);
void	datastr(long off, Str s);	/* also marks the word a pointer */
void	impfixup(int pc, int which, Type *mod, Decl *member);
void	impload(int pc, Type *mod, int builtin);	/* the load at pc of module type mod */	/* which: 's', 'm', 'd'; member nil: the list's own index */
Fn*	fnof(Decl*);		/* the local function a Dfn names, or nil */
void	callfixup(int pc, Fn*);
Fn*	selffn(Decl*);		/* a local function taken by reference (exported for it) */
void	selffixup(int pc, int which, Decl *fn);	/* operand waiting for fn's slot in the $self list */
long	selfhandle(void);	/* MP slot of the $self handle, loaded here if it is still nil */
extern Node	*gentree;

/* sbl.c: the symbol file of the module compiled, from gen and gentree */
int	sblwrite(char *file);

/* genframe.c: the current function's frame */
long	falloc(Type*);		/* a slot for a local variable of type t */
Gopd	tmp(Type*);
Gopd	tmpword(void);		/* a non-pointer word (addresses, frames) */
void	tfree(void);		/* gives back every temporary */
int	istmp(Gopd);		/* one of the function's temporaries */

/* genexpr.c */
Gopd	gexpr(Node*, Gopd *dst);	/* n's value, stored into *dst when dst is given */
Gopd	gaddr(Node*);		/* where the lvalue n lives */
void	gstore(Type*, Gopd src, Gopd dst);	/* a move of a value of type t */
extern int	greturning;
void	releasetmp(Type*, Gopd);	/* a temporary whose value has moved on drops its references */
Chain	gcond(Node*, int sense);	/* branches taken when n's truth equals sense */
Gopd	gnil(void);
int	isptr(Type*);
long	sizeof_(Type*);
Type*	rtype(Type*);
void	gassign(Node *l, Node *r);	/* l = r as a statement */
void	gdeclare(Decl*);	/* a local variable gets its slot */
int	constint(Node*, vlong*);
long	initlen(Node *list);
void	nyi(Src, char*);	/* a construct code generation does not do yet */
Gopd	gspawn(Node *call);
void	polyframe(Fn*);		/* reserves a function's hidden words for constraint functions */

/* genframe.c */
void	framebegin(Fn*);
void	frameend(Fn*);

/* genstmt.c */
void	gbody(Fn*);
void	gstmt(Node*);
Loop*	pushloop(Sym *label, int isloop);
void	poploop(int cont);

/* genswitch.c */
void	gcase(Node*);
void	galt(Node*);
void	gpick(Node*);
void	gexcept(Node*);
void	graise(Node*);
Gopd	grecvarray(Node *n, Gopd *dst);	/* <-a, a an array of channels: (index, value) */
Gopd	gexcvalue(Node *e, Type *exc, Gopd *dst);	/* E(args) or E: a new exception object */
