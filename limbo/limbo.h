/*
 * Ember's Limbo compiler: a host tool (C library only). This header
 * holds the front end's shared structures: source positions, tokens,
 * interned names, the syntax tree (Node), types (Type) and declared
 * names (Decl), and the functions each file exports.
 *
 * Everything the front end allocates lives in one arena (lalloc) and
 * is released at once by lfreeall; nothing is freed piecemeal.
 *
 * The passes, in order (limbo.c): parse.c builds the tree as written,
 * names unresolved (a type written as a name is a Type of kind Tname);
 * bind.c enters declarations in scopes and points names at them
 * (Node.decl, Type.bound); const.c folds con declarations (Decl.value);
 * check.c gives expressions their types (Node.ty). None of them
 * changes what print.c prints. types.c and sig.c compute, on the same
 * structures, what code generation and linking need: sizes and
 * alignments, pointer maps, frames, module data layout, Inferno's
 * type strings and signatures (dis-link.md, limbo-lang.md section 8).
 */

typedef unsigned char	uchar;
typedef unsigned int	uint;
typedef long long	vlong;
typedef unsigned long long	uvlong;

#ifndef nil
#define nil	((void*)0)
#endif
#define nelem(a)	(sizeof(a)/sizeof((a)[0]))

enum {
	Maxerr = 20,		/* errors reported before giving up */
	Maxinclude = 32,	/* include nesting */
	Maxnest = 256,		/* syntactic nesting (expressions, statements, types) */
	Maxpath = 32,		/* -I directories */
};

/* A place in the source: file indexes the table of source files (srcfile). */
typedef struct Src Src;
struct Src {
	int	file;
	int	line;
	int	col;		/* in characters, from 1 */
};

typedef struct Sym Sym;
typedef struct Tok Tok;
typedef struct Node Node;
typedef struct Type Type;
typedef struct Decl Decl;
typedef struct Str Str;
typedef struct Out Out;

/* A string constant: UTF-8 bytes, possibly with NULs, and its length. */
struct Str {
	char	*s;
	int	n;
};

/* An interned name; two Syms are the same name iff the pointers are equal. */
struct Sym {
	char	*name;
	int	len;
	int	tok;		/* Lid, or the keyword's token */
	Sym	*hash;
	Decl	*decl;		/* innermost declaration in scope (later stages) */
};

/* Tokens. The operators' names say what they are; keywords are Lkeyword. */
enum {
	Leof = 0,
	Lid,
	Licon,		/* integer or character constant: ival; Tok.ischar for 'c' */
	Lrcon,		/* real constant: rval */
	Lscon,		/* string constant: sval */

	/* keywords, in the order of the table in lex.c */
	Ladt, Lalt, Larray, Lbig, Lbreak, Lbyte, Lcase, Lchan, Lcon,
	Lcontinue, Lcyclic, Ldo, Ldynamic, Lelse, Lexception, Lexit, Lfixed,
	Lfn, Lfor, Lhd, Lif, Limplement, Limport, Linclude, Lint, Llen,
	Llist, Lload, Lmodule, Lnil, Lof, Lor, Lpick, Lraise, Lraises,
	Lreal, Lref, Lreturn, Lself, Lspawn, Lstring, Ltagof, Ltl, Lto,
	Ltype, Lwhile,

	/* operators and separators */
	Lplus, Lminus, Lstar, Lslash, Lpercent, Land, Lorop, Lxor, Lcomp,
	Lnot, Lexp, Leq, Lneq, Llt, Lgt, Lleq, Lgeq, Llsh, Lrsh, Landand,
	Loror, Lcomm, Lcons, Las, Laddas, Lsubas, Lmulas, Ldivas, Lmodas,
	Landas, Loras, Lxoras, Llshas, Lrshas, Lexpas, Ldas, Linc, Ldec,
	Lmdot, Larrow, Lcolon, Lsemi, Llparen, Lrparen, Llbrace, Lrbrace,
	Llbrack, Lrbrack, Lcomma, Ldot, Lsnd,

	Ntok
};

struct Tok {
	int	kind;
	Src	src;
	Src	stop;		/* the position just after the token */
	Sym	*sym;		/* Lid and keywords */
	vlong	ival;
	double	rval;
	Str	sval;
	uchar	ischar;		/* Licon written as a character constant */
	uchar	israw;		/* Lstring written with back quotes */
};

/*
 * Kinds of type. Tname is a type written as a name and not yet bound:
 * Type.sym is the name, Type.mod the module for Mod->Name, Type.tag
 * the variant for Adt.Tag, and Type.targs the arguments of Adt[T, U].
 */
enum {
	Tnone = 0,	/* no value: a function without a result */
	Tint,
	Tbig,
	Tbyte,
	Treal,
	Tstring,
	Tfixed,		/* fixed(scale[, max]): Type.scale, Type.max (expressions) */
	Tpoly,		/* a type parameter; ids are its constraint (fn members) */
	Tarray,		/* of */
	Tlist,		/* of */
	Tchan,		/* of */
	Tref,		/* of */
	Ttuple,		/* ids: the elements, unnamed Dfield decls */
	Tadt,		/* ids: members; tags: pick variants; tparams */
	Tpickvar,	/* Adt.Tag: ids: the variant's own fields; of: the adt */
	Tmodule,	/* ids: members */
	Tfn,		/* ids: parameters; of: result (Tnone if none); tparams; raises */
	Texception,	/* ids: the value's elements, unnamed Dfield decls */
	Tname,		/* unbound name, see above */
	Tnil,		/* the type of nil (later stages) */
	Tany,		/* anything, for error recovery (later stages) */

	Ntype
};

struct Type {
	int	kind;
	Src	src;
	Type	*of;		/* element, referent or result */
	Decl	*ids;		/* fields, members, parameters or elements, linked by next */
	Decl	*tags;		/* Tadt with pick: Dtag decls; tags written "A or B" share one Tpickvar */
	Decl	*tparams;	/* Tadt, Tfn: the type parameters (Dtparam) */
	Node	*raises;	/* Tfn: the exception names after raises (Oname or Omdot), by next */
	Decl	*decl;		/* Tadt, Tmodule: the declaration that introduced it */
	uchar	varargs;	/* Tfn: ends with * */
	uchar	rraise;		/* Tfn: raises written without parentheses */

	/* Tname */
	Sym	*sym;
	Sym	*mod;		/* Mod->Name */
	Sym	*tag;		/* Name.Tag */
	Node	*targs;		/* Name[T, ...]: Otype nodes */

	/* Tfixed */
	Node	*scale;
	Node	*max;

	/* filled by later stages */
	Type	*bound;		/* Tname: the type it names (bind.c) */
	uchar	checked;	/* Tname: bound, or the failure reported */
	long	size;
	long	align;
	uchar	sized;
	uint	sig;
};

/* Kinds of declaration. */
enum {
	Dnone = 0,
	Dvar,		/* variable or module data; init is its initialiser */
	Dconst,		/* con; init is the expression (shared by K1, K2: con e) */
	Dtype,		/* type synonym, adt or module (ty->decl == this decl for the latter two) */
	Dfn,		/* function: in a module or adt, or a forward declaration */
	Dfield,		/* adt data member or tuple element */
	Darg,		/* function parameter */
	Dtag,		/* pick variant name; ty is the Tpickvar */
	Dexc,		/* exception */
	Dimport,	/* name: import init; */
	Dtparam,	/* type parameter; ty is its Tpoly */

	Ndecl
};

/*
 * A declared name. Names declared together (a, b: int) share one
 * Type (and one init), so the printer can group them again.
 */
struct Decl {
	int	kind;
	Sym	*sym;		/* nil for an unnamed tuple element or a nil parameter */
	Src	src;
	Type	*ty;
	Node	*init;
	Decl	*next;
	uchar	cyclic;		/* Dfield: cyclic */
	uchar	self;		/* Darg: self */
	uchar	inferred;	/* Dvar: declared name := init, its type the init's (check.c) */
	int	iota;		/* its place among the names declared with it: iota's value */

	/* filled by later stages */
	Decl	*old;		/* the declaration this one hides */
	int	scope;		/* the depth of the scope it is declared in */
	Node	*def;		/* Dfn: its definition (Ofndef); Dimport: non-nil once resolved */
	Node	*value;		/* Dconst: its value (const.c) */
	uchar	evaluating;	/* Dconst: 1 while its value is computed, 2 after */
	Decl	*member;	/* Dimport: the module member it names */
	long	offset;
	int	refs;
	uchar	where;		/* code generation: Wnone, or Wmp/Wfp: offset is in module data/the frame */
};

enum {
	Wnone, Wmp, Wfp,
};

/* Syntax tree operators. */
enum {
	Onone = 0,

	/* terms */
	Oname,		/* sym */
	Oconst,		/* ival; ischar if written 'c' */
	Oreal,		/* rval */
	Ostring,	/* sval */
	Onil,
	Owild,		/* * as a qualifier or initialiser index */
	Otype,		/* wtype: a type where the grammar wants one (type arguments) */
	Otuple,		/* list: elements */

	/* postfix: l is the operand */
	Ocall,		/* l(list) */
	Oindex,		/* l[r] */
	Oinst,		/* l[list]: l instantiated with the Otype nodes in list */
	Oslice,		/* l[r:third]; r or third may be nil */
	Odot,		/* l.sym */
	Omdot,		/* l->sym */
	Opostinc,
	Opostdec,

	/* prefix: l is the operand */
	Oplus, Oneg, Onot, Ocomp, Oderef, Opreinc, Opredec, Orcv,
	Ohd, Otl, Olen, Oref, Otagof,
	Ocast,		/* (wtype) l */

	/* binary: l op r */
	Oexp, Omul, Odiv, Omod, Oadd, Osub, Olsh, Orsh, Olt, Ogt, Oleq,
	Ogeq, Oeq, Oneq, Oand, Oxor, Oor, Ocons, Oandand, Ooror,

	/* assignment, right associative: l op r */
	Oas, Odas, Oaddas, Osubas, Omulas, Odivas, Omodas, Oandas, Ooras,
	Oxoras, Olshas, Orshas, Oexpas, Osnd,

	Oload,		/* load sym l */

	/* constructors */
	Oarray,		/* array[l] of wtype, or with hasinit array[l] of {list}; l nil for array[] */
	Olistof,	/* list of {list} */
	Ochan,		/* chan[l] of wtype; l nil if unbuffered */
	Oelem,		/* initialiser element: list (qualifiers) => r */
	Orange,		/* l to r */

	/* statements; Node.label names a labelled loop, case, alt or pick */
	Oblock,		/* { list } */
	Oif,		/* if(l) body else third */
	Owhile,		/* while(l) body */
	Odo,		/* do body while(l); */
	Ofor,		/* for(l; r; third) body */
	Ocase,		/* case l { list of Oarm } */
	Oalt,		/* alt { list of Oarm } */
	Opick,		/* pick sym := l { list of Oarm } */
	Oarm,		/* list (qualifiers) => body (an Oblock printed without braces) */
	Obreak,		/* sym: label or nil */
	Ocontinue,
	Oreturn,	/* l or nil */
	Ospawn,		/* l: the call */
	Oexit,
	Oraise,		/* l or nil */
	Oexcept,	/* l: the guarded Oblock; sym: the exception variable or nil; list of Oarm */
	Oempty,		/* ; */

	/* declarations */
	Odecl,		/* decls: one group of names declared together */
	Ofndef,		/* function definition: sym, l (the adt, Oname or Oinst, or nil), ty (its Tfn), body */
	Oinclude,	/* sval: the file; list: what it declared */
	Oimplement,	/* list: the module names (Oname) */

	Nop
};

struct Node {
	int	op;
	Src	src;
	Src	stop;		/* just after the node's last token */
	Node	*l;
	Node	*r;
	Node	*third;
	Node	*body;
	Node	*list;		/* first child of a list, linked by next */
	Node	*next;
	Sym	*sym;
	Sym	*label;
	Type	*wtype;		/* a type written in it: Otype, Ocast, Oarray, Ochan */
	Type	*ty;		/* an expression's type (check.c); Ofndef's function type */
	Decl	*decls;
	vlong	ival;
	double	rval;
	Str	sval;
	uchar	ischar;
	uchar	hasinit;	/* Oarray with an initialiser list */

	/* filled by later stages */
	Decl	*decl;		/* Oname: the declaration it names; Oload: the module type; Oarm of pick or exception: its variable */
	uchar	isconst;	/* a folded constant's value (const.c) */
	uchar	istype;		/* names a type, not a value: ty is that type (check.c) */
};

/* The front end's state, one per compilation: options and results. */
typedef struct Front Front;
struct Front {
	char	*incdir[Maxpath];	/* -I, in order */
	int	nincdir;
	int	noinclude;		/* refuse include (the fuzzer) */
	int	warn;			/* -w: report warnings */
	void	(*errout)(char*);	/* each message, without newline; nil: stderr */
	int	nerr;
	Node	*tree;			/* the file's declarations, linked by next */
};

extern Front	front;

/* mem.c: the arena and errors */
void*	lalloc(long);
char*	lstrdup(char*, int);
void	lfreeall(void);
void	lerror(Src, char*, ...) __attribute__((format(printf, 2, 3)));
void	lwarn(Src, char*, ...) __attribute__((format(printf, 2, 3)));
void	lfatal(char*, ...) __attribute__((format(printf, 1, 2), noreturn));
void	lgiveup(void) __attribute__((noreturn));
void	lmessage(char*, ...) __attribute__((format(printf, 1, 2)));
extern jmp_buf	*lfatalenv;	/* where lfatal returns to */

/* lex.c */
void	lexinit(void);
Sym*	lookup(char*, int);
int	lexopen(char *file, Src from);	/* push a file; -1 (reported) if it cannot be read */
int	lexbuf(char *name, char *text, long len);	/* push text as a file */
void	lexpop(void);
int	lexdepth(void);
Tok*	peek(int);		/* the token k ahead, 0 the next one */
Tok	next(void);
char*	srcfile(int);
char*	tokname(int);
char*	tokstr(Tok*, char*, int);	/* the token as written, for messages */

/* parse.c */
Node*	parsefile(char *file);
Node*	parsetext(char *name, char *text, long len);

/* sig.c */
uint	sigof(char*, long);
Type*	realtype(Type*);
int	tequal(Type*, Type*);
int	modmembers(Type*, int, Decl***);
void	typestring(Out*, Type*);
void	mpstring(Out*, Type*);

/* bind.c */
void	bindtree(Node*);
Decl*	implmodule(void);

/* check.c */
void	typecheck(Node*);

/* const.c */
void	constcheck(Node*);
Node*	constval(Decl*);
Node*	constexpr(Node*);
Decl*	constdecl(Node*);
Decl*	tuplemember(Type*, Sym*);

/* gen.c: code generation (gen.h, genint.h) */
int	compile(Node *tree, char *out, char *asmout, char *sbl);

/* types.c */
Type*	mktype(int kind, Src);
Decl*	mkdecl(int kind, Sym*, Src);
Node*	mknode(int op, Src);
void	typeinit(void);
int	ispointer(Type*);
int	tsize(Type*);
void	pointermap(uchar*, long, Type*, long);
long	framesize(Type*);
long	mplayout(Decl**, int);
extern Type	*tnone, *tint, *tbig, *tbyte, *treal, *tstring;

/* print.c: the tree back as Limbo source; Out is a growing text buffer */
struct Out {
	char	*s;
	long	n;
	long	cap;
	int	parens;		/* every operand that is not a term in parentheses */
};
void	printtree(Out*, Node*);
void	printexpr(Out*, Node*);
void	printtype(Out*, Type*);
void	outs(Out*, char*, long);
void	outfmt(Out*, char*, ...) __attribute__((format(printf, 2, 3)));
