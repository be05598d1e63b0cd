/*
 * The Dis VM's run-time state: heap objects, types, modules and their
 * instances, Progs (Dis threads), and the interfaces between the
 * interpreter (xec.c), the heap (heap.c, gc.c), strings and arrays
 * (string.c, array.c), channels (chan.c), the scheduler (sched.c),
 * module loading and linking (link.c) and the built-in modules
 * (sys*.c, math.c, keyring.c, draw.c). The loader's view of a file
 * is in dis.h. Facts: ref/dis-isa.md, dis-link.md, kernel-core.md.
 *
 * Dis words are 32 bits on every target. Memory that Dis code can
 * address (heap objects, frames, module data) comes from the kernel's
 * pools, which lie in the low 4 GiB on every target (on the host, an
 * arena mapped there), so a C pointer to it fits a Dis word. The
 * conversion happens only through D2P and P2D below.
 *
 * A Dis pointer cell holds H (all ones) for nil, never 0.
 */
#include "dis.h"

typedef struct Array	Array;
typedef struct Channel	Channel;
typedef struct Dtype	Dtype;
typedef struct Frame	Frame;
typedef struct Heap	Heap;
typedef struct List	List;
typedef struct Modl	Modl;
typedef struct Modlink	Modlink;
typedef struct Prog	Prog;
typedef struct Progs	Progs;
typedef struct REG	REG;
typedef struct Rmod	Rmod;
typedef struct Runtab	Runtab;
typedef struct Stkseg	Stkseg;
typedef struct String	String;

typedef u32int	Dptr;		/* a Dis pointer cell's contents */

enum {
	H = 0xFFFFFFFFu,	/* nil */
	Quanta = 2048,		/* instructions a Prog runs before others get a turn */
	Stackmin = 4096,	/* smallest stack segment */
	Maxlinkname = 256,
};

/* The one place Dis words and C pointers meet. */
#define D2P(w)	((void*)(uintptr)(u32int)(w))
#define P2D(p)	((Dptr)(uintptr)(p))

/* Cells of Dis memory by type. */
#define W(a)	(*(s32int*)(a))
#define UW(a)	(*(u32int*)(a))
#define B(a)	(*(u8int*)(a))
#define L(a)	(*(vlong*)(a))
#define F(a)	(*(double*)(a))
#define P(a)	(*(Dptr*)(a))

/*
 * Every heap object is a Heap header followed by the data Dis code
 * sees; a Dis pointer addresses the data. 16 bytes on every target so
 * that data is 8-aligned.
 */
struct Heap {
	s32int	ref;	/* references; 0 frees the object */
	u32int	color;	/* the cycle collector's mark (gc.c) */
	union {
		Dtype	*t;	/* what the object is */
		u64int	pad;
	};
};
#define H2D(h)	((uchar*)(h) + sizeof(Heap))
#define D2H(p)	((Heap*)((uchar*)(p) - sizeof(Heap)))
#define PH(w)	D2H(D2P(w))	/* the header of a non-nil Dis pointer */

/*
 * A run-time type: a module's type descriptor, or one of the
 * interpreter's own (strings, arrays, lists, channels, module
 * handles), which have their own free and mark.
 */
struct Dtype {
	s32int	ref;		/* module types: the Rmod and live objects hold them */
	s32int	size;		/* object bytes */
	s32int	np;		/* map bytes */
	uchar	*map;		/* bit 7-b of byte k: word 32k+4b is a pointer */
	void	(*free)(Heap*, int swept);	/* nil: release the pointers the map names */
	void	(*mark)(Dtype*, void*);		/* gc: nil: mark the pointers the map names */
	uchar	mapbuf[];	/* map storage for types made at run time */
};
/*
 * free releases what the object holds (destroy its pointers, drop other
 * resources) but not the object's memory or its type: destroy and the
 * collector then call freetype(h->t) and freeheap(h). swept: the
 * collector is freeing it; destroy as usual (destroy ignores objects the
 * collector is freeing). free must not raise errors or allocate.
 * mark (called with the object's data) calls gcmark once for each
 * counted reference the object holds, and for no other pointer.
 * Objects of the interpreter's own types (channels, module handles) may
 * be made with nheap and then h->t set; those types are not counted.
 */

/* The interpreter's own types (heap.c). */
extern Dtype Tstring, Tarray, Tlist, Tchannel, Tmodlink, Tptr, Tword, Tbyte, Treal, Tbig;

/*
 * Strings. len > 0: len bytes of Latin-1/ASCII in data.ascii; len < 0:
 * -len 32-bit runes in data.runes. The empty string is nil (H). Strings
 * are immutable once shared (ref > 1); insc and addc copy then.
 */
struct String {
	s32int	len;
	s32int	max;	/* capacity in characters of the current form */
	union {
		uchar	ascii[1];
		Rune	runes[1];
	} data;
};
#define Sascii	data.ascii
#define Srune	data.runes

/*
 * Arrays. A slice refers to its root's storage and holds a reference
 * to the root (root == H for an array that owns its data).
 */
struct Array {
	u32int	len;
	Dtype	*t;	/* element type; t->size is the element size */
	Dptr	root;
	uchar	*data;
};

/* A list cell: the element follows, 8-aligned. */
struct List {
	Dptr	tail;
	Dtype	*t;	/* element type */
	uchar	data[];
};

/*
 * A loaded module shared by all its instances: the loader's Module
 * plus run-time types; or a built-in module.
 */
struct Rmod {
	Rmod	*next;		/* the loaded-module cache */
	s32int	ref;
	char	*path;		/* as loaded; "$Sys" for built-ins */
	char	*name;		/* implemented module, e.g. "Sh" */
	Module	*m;		/* nil for built-ins */
	Inst	*prog;		/* m->prog, or nil */
	s32int	nprog;
	Dtype	**type;		/* m->ntype run-time types */
	s32int	ntype;
	Qid	qid;		/* the file's identity, for the cache */
	ulong	dtype, dev;
	s32int	nlink;		/* exports */
	struct Rlink {
		char	*name;
		u32int	sig;
		Inst	*pc;		/* Dis entry, or nil */
		void	(*fn)(void*);	/* built-in entry, or nil */
		Dtype	*frame;
	} *link;		/* nil for built-ins: */
	const Runtab	*tab;	/* a built-in's table, in read-only memory */
	struct Rlink	**tablink;	/* its exports' Rlinks, made when first linked */
};
typedef struct Rlink Rlink;

/*
 * A module prepared at build time (tools/dismod) and used in place from
 * read-only memory: its Module (code with Inst.xop chosen), run-time
 * types (uncounted: map is not mapbuf) and exports, all const.
 */
typedef struct Prepmod Prepmod;
struct Prepmod {
	Module	*m;
	Dtype	**type;
	Rlink	*link;
};

/*
 * A module handle (Limbo value of a module type): a heap object of
 * type Tmodlink. Word 0 is the instance's MP (compiled code reads it);
 * the rest is the interpreter's.
 */
struct Modl {
	Inst	*pc;		/* Dis entry, or nil for a built-in */
	void	(*fn)(void*);	/* built-in entry */
	Dtype	*frame;		/* frame type */
	Rlink	*l;		/* the export linked to */
};
struct Modlink {
	Dptr	MP;		/* module data, a counted reference (freemodlink destroys it); H for built-ins */
	Rmod	*m;
	Dptr	self;		/* $self handles: the handle of the instance (a reference), else H */
	s32int	nlinks;
	Modl	links[];
};

/* The frame header (dis-isa.md §2). */
struct Frame {
	Dptr	lr;		/* caller's PC (an Inst*) */
	Dptr	fp;		/* caller's FP, 0 in a thread's first frame */
	Dptr	mr;		/* caller's Modlink after an mcall, else 0 */
	Dptr	t;		/* this frame's Dtype; 0: first frame of a segment */
	Dptr	ret;		/* where the result goes */
	Dptr	temps[3];
	uchar	args[];
};
enum { Flr = 0, Ffp = 4, Fmr = 8, Ft = 12, Fret = 16, Ftemps = 20, Fargs = 32 };

/*
 * A stack segment; frames start at Stkseg.stack. The first frame of a
 * segment has Ft 0; its type is Stkseg.t. A popped segment is kept
 * as its predecessor's spare (next) for the following extension.
 */
struct Stkseg {
	Stkseg	*prev;
	Stkseg	*next;		/* a spare newer segment, or nil */
	uchar	*top;		/* end of the segment */
	uchar	*sp;		/* saved SP when a newer segment is in use */
	Dtype	*t;		/* type of the first frame */
	uchar	stack[] __attribute__((aligned(8)));
};

/* The machine state of a Prog; the interpreter's registers while it runs. */
struct REG {
	Inst	*PC;		/* next instruction */
	uchar	*MP;		/* module data (nil for none) */
	uchar	*FP;		/* current frame */
	uchar	*SP;		/* first free byte of the stack */
	uchar	*TS;		/* end of the current segment */
	Stkseg	*seg;		/* current segment */
	Modlink	*M;		/* current module instance */
	s32int	IC;		/* instructions left in the quantum */
	Inst	*xpc;		/* the instruction being executed (exceptions) */
};

enum {				/* Prog.state */
	Pready,
	Palt,
	Psend,
	Precv,
	Pdebug,
	Prelease,	/* in a system call, not holding the VM */
	Pexiting,
	Pbroken,
	Nstate,
};
extern char *progstate[Nstate];	/* "ready", "alt", ... as /prog/N/status shows them */

enum {				/* Prog.flags */
	Ppropagate = 1<<0,	/* group leader: exceptions propagate to the group */
	Pnotifyleader = 1<<1,
	Prestricted = 1<<2,
	Pprivate = 1<<3,
	Pkilled = 1<<4,		/* a kill is pending: taken at the next instruction boundary */
	Ppropagated = 1<<5,	/* sched.c: its posted exception came from its group; not propagated again */
};

/* A process group. */
struct Progs {
	s32int	id;
	s32int	ref;
	Prog	*head, *tail;	/* members, through Prog.gnext/gprev */
	Prog	*leader;
	int	flags;		/* Ppropagate, Pnotifyleader (set by the leader) */
	Queue	*waitq;		/* unused */
};

struct Prog {
	REG	R;
	Prog	*link;		/* run queue */
	Prog	*next, *prev;	/* all progs, by pid */
	Prog	*gnext, *gprev;	/* its group's members */
	Progs	*group;
	s32int	pid;
	s32int	parent;		/* pid of the spawner, 0 for the first */
	int	state;
	int	flags;
	char	*kill;		/* pending kill's text (malloc'd) */
	char	exstr[ERRMAX];	/* its last exception, "pc module text" for /prog/N/exception */
	char	*exval;		/* the exception being raised (string form), while unwinding */
	Dptr	exobj;		/* a user-defined exception object being raised, or H */
	Osenv	*osenv;		/* name space, fds, env, user, error string */
	void	*xptr;		/* channel/alt operation in progress (chan.c) */
	s32int	xval;		/* its result */
	Rendez	*waitr;		/* unused */
	ulong	ticks;		/* VM time used, in clock ticks */
	ulong	relticks;	/* ticks when it last released the VM (a system call), not counted as its time */
	ulong	runstart;	/* ticks when its quantum began, moved on by the time it spent released */
	Queue	*waitq;		/* while /prog/N/wait is open: that Chan's queue (devprog.c makes, sets, clears and frees it, VM held); progexit qproduces a child's exit message into its parent's, never frees it */
	Proc	*kproc;		/* the kernel process running its system call, while Prelease */
	Modlink	*syscallm;	/* the built-in module it is in, for status "Caller[$Sys]" */
	int	xecing;		/* xec is running its instructions: a processor fault is its exception (xecfault) */
};

/* A built-in function's table entry (dis-link.md §7). */
struct Runtab {
	char	*name;
	u32int	sig;
	void	(*fn)(void*);
	s32int	size;		/* frame bytes, 0 for variadic */
	s32int	np;
	uchar	map[16];
};

/*
 * heap.c: allocation, reference counting, types.
 * Objects are allocated from the heap pool; allocation failure
 * raises "out of memory: heap".
 *
 * Raising a Dis exception: error(text) (the kernel's), from the
 * interpreter or a built-in. xec runs Dis code under waserror and
 * turns what it catches into the Prog's exception (handleexception),
 * so the kernel itself never unwinds past the VM.
 */
Heap*	nheap(int size);			/* untyped object of size bytes (t = nil) */
Heap*	heapz(Dtype*);				/* typed object: pointers H, the rest 0 */
Heap*	heap(Dtype*);				/* typed object: pointers H, the rest unspecified */
void	initmem(Dtype*, void*);			/* set every pointer the type names to H */
void	freeptrs(void*, Dtype*);		/* release every pointer the type names */
void	destroy(Dptr);				/* drop one reference; free at 0 (H, any word not Isheap, ignored) */
void	addref(Dptr);				/* add one reference (H, any word not Isheap, ignored) */
/*
 * A kernel whose arch.h defines Roheap may hold objects outside its
 * memory, in read-only memory (the rp2040's prepared modules' string
 * constants, in flash, with a count that says shared): ADDREF leaves
 * them alone as destroy does. Elsewhere it only skips H.
 */
enum { Roref = 0x40000000 };	/* a read-only object's count: shared, never 1, never changed */
#ifdef Roheap
#define	ADDREF(w)	do{ if(Isheap(w)) PH(w)->ref++; }while(0)
#else
#define	ADDREF(w)	do{ if((w) != H) PH(w)->ref++; }while(0)
#endif
/*
 * Where objects can lie: the kernel's memory (heap.c takes it from
 * conf.mem at the first allocation). A word outside (H, or an integer
 * a type-unsafe program put in a pointer cell) is no object: destroy,
 * dropref, addref and the collector ignore it rather than follow it.
 */
extern u32int	heaplo, heapspan;
#define	Isheap(w)	((u32int)((w) - heaplo) < heapspan)
Dtype*	dtype(int size, uchar *map, int np);	/* a new run-time type (ref 1) */
void	freetype(Dtype*);			/* drop a reference (only types made by dtype are counted and freed) */
void	freeheap(Heap*);			/* return an object's memory (after its contents are released) */

/*
 * Call f on each pointer cell t's map names in the object at v, in
 * address order: every walk of a type map is this one. Always inlined,
 * so that f, a constant at each call, is inlined too: the interpreter's
 * hot paths (xec.h) walk frames with it.
 */
static inline __attribute__((always_inline)) void
eachptr(void *v, Dtype *t, void (*f)(Dptr*))
{
	Dptr *w;
	int i, b, k;

	for(i = 0; i < t->np; i++){
		w = (Dptr*)((uchar*)v + 32*i);
		for(b = t->map[i]; b != 0; b &= ~(0x80 >> k)){
			k = __builtin_clz((unsigned)b) - 24;	/* the highest bit left, 7-k, is word k */
			f(&w[k]);
		}
	}
}

static inline void
setnil(Dptr *p)
{
	*p = H;
}

/* gc.c: the cycle collector. */
void	gcinit(void);
void	gcmark(Dptr);				/* mark an object reachable (from a mark function) */
void	markptrs(void*, Dtype*);		/* gcmark every pointer the type names */
void	gcrun(int full);			/* VM held, Progs between instructions: full: collect now; else collect if enough was allocated since the last (the scheduler calls gcrun(0) between quanta) */
extern int	gcrunning;
void	gcroot(Dptr *cell);			/* C code keeps a Dis pointer in *cell: the collector treats it as a root */
void	gcunroot(Dptr *cell);
typedef struct Gcstat Gcstat;
struct Gcstat {
	ulong	ncollect;	/* collections run */
	ulong	nfreed;		/* objects freed by the collector */
	ulong	bytesfreed;
	ulong	lastfreed;	/* objects freed by the last collection */
	ulong	nobj;		/* objects seen by the last collection */
};
void	gcstat(Gcstat*);
/* Heap.color: every object's is Gcidle outside a collection; Gcdoomed while the collector frees it */
#define Gcidle	0xD1000000u
#define Gcdoomed	0xD1400000u
void	gcallocated(ulong);			/* heap.c: bytes allocated, for gcrun(0)'s schedule */
char*	seprintgc(char *buf, char *e);		/* the statistics as one line of text, for devcons/devprog */

/* string.c */
String*	newstring(int nbytes);			/* ascii form, len = nbytes */
String*	newrunes(int nrunes);			/* rune form, len = -nrunes */
Dptr	c2string(char *utf, int n);		/* a new string from UTF-8 (H for "") */
char*	string2c(Dptr s);			/* a malloc'd NUL-terminated UTF-8 copy; the caller frees it */
int	stringlen(Dptr s);			/* characters */
Rune	stringrune(String*, int i);
int	stringcmp(Dptr a, Dptr b);		/* <0, 0, >0 */
Dptr	stringdup(Dptr);			/* a private copy */
int	string2utf(Dptr s, char *buf, int n);	/* UTF-8 bytes written, at most n-1, NUL-terminated; -1 if it would not fit */
Dptr	addstring(Dptr a, Dptr b, int append);	/* a ++ b: a new reference the caller owns (append and a unshared: a extended in place, returned with a reference added) */
Dptr	slicestring(Dptr s, int start, int end);	/* a new reference */
Dptr	insertrune(Dptr s, int i, Rune r);	/* s[i] = r: takes over the caller's reference to s and returns the string to store in its place */
Dptr	int2string(vlong);
Dptr	real2string(double);
vlong	string2int(Dptr);			/* cvtcl; saturates at 64 bits: cvtcw clamps it to 32 */
double	string2real(Dptr);
Dptr	string2array(Dptr);			/* cvtca */
Dptr	array2string(Dptr);			/* cvtac */
int	fmtreal(char *buf, int n, double);	/* dis-isa.md §6.5.1 */

/* array.c and list operations */
Array*	newarray(Dtype *elem, int len, int zero);	/* raises "negative array size" */
Dptr	mem2array(void *p, int n);		/* a new array of byte holding p[0..n) */
Dptr	slicearray(Dptr a, int start, int end);	/* a new reference */
void	copyarray(Dptr dst, int off, Dptr src);	/* slicela */
List*	newlist(Dtype *elem, Dptr tail);	/* consX: tail gains no reference: the caller moves one in */
void	freearray(Heap*, int);			/* Tarray's free and mark */
void	markarray(Dtype*, void*);
void	freelist(Heap*, int);			/* Tlist's */
void	marklist(Dtype*, void*);

/* chan.c: channels and alt */
Channel*	newchannel(Dtype *elem, int size, int nbuf);	/* nbuf 0: unbuffered */
/*
 * csend/crecv/xalt return at once. If the operation could not complete
 * the Prog is taken off the run queue in state Psend/Precv/Palt, and the
 * party that completes it later copies the value (or index) and makes
 * it ready with addrun; the interpreter must then return from xec.
 */
void	csend(Prog*, Dptr c, void *v);
void	crecv(Prog*, Dptr c, void *v);
void	chanunwait(Prog*);			/* take a killed Prog off any channel it waits on */
void	xalt(Prog*, uchar *table, s32int *dst, int block);	/* writes the chosen index to *dst, now or when it completes; blocked: p->state Palt */
void	freechannel(Heap*, int);
void	markchannel(Dtype*, void*);		/* Tchannel's mark: the buffered values */
int	kchanio(Dptr c, void *v, int send, int block);	/* a kernel proc's send or receive (VM held): 1 done, 0 not ready (!block), -1 the channel went */

/* xec.c: the interpreter */
/*
 * xec runs p (the caller has made it current: up->prog = p, up->env =
 * p->osenv, VM held) until its quantum is used up (p still ready: the
 * scheduler requeues it), it blocks (state no longer Pready: it is off
 * the run queue), or it ends (progexit called). It catches error()
 * raised inside and hands the text to handleexception.
 */
void	xec(Prog*);
void	xecprepare(Rmod*);			/* after loading: specialise the code for the interpreter (Inst.xop) */
void	handleexception(Prog*, char *text);	/* unwind to a handler, or progexit(p, text) */
uchar*	newframe(REG*, Dtype*);			/* carve a frame on the stack (pointers H, Fmr 0); SP moves past it */
void	popframe(REG*);				/* release the frame at FP and any uncalled frames above it; FP = its caller's, module restored */
void	freestack(REG*);			/* release every frame and segment (a Prog's end); FP, SP nil after */
/*
 * $Math's FP control word, for the interpreter (to be provided by
 * math.c; until it is, xec takes Inferno's default): real arithmetic
 * whose exception's trap is enabled (INVAL 1, ZDIV 2, OVFL 4, UNFL 8)
 * raises "sys: fp: ...".
 */
/* $Math's FP control bits; the interpreter consults the trap bits (math.c keeps the word) */
enum {
	FPinval = 1<<0,
	FPzdiv = 1<<1,
	FPovfl = 1<<2,
	FPunfl = 1<<3,
	FPinex = 1<<4,
	FPrndmask = 0x300,
	FPrndnr = 0,
};
u32int	fpcontrolword(void);

/* sched.c: Progs and the VM */
extern struct Vm {
	Lock	l;		/* guards progs, Prog.next/prev; a Prog leaves progs under l before its osenv goes (devprog lists /prog under l alone) */
	Prog	*head, *tail;	/* ready to run: changed only by the kernel process holding the VM (sched.c) */
	int	nprog;		/* alive */
	Prog	*progs;		/* all, by pid */
	QLock	vm;		/* held by the kernel process running Dis code */
	Rendez	idle;		/* VM processes with nothing to do */
	int	nidle;
	int	nproc;		/* kernel processes serving the VM */
	s32int	pidgen;
} vm;
Prog*	currun(void);			/* the Prog the calling kernel process runs Dis code for */
Prog*	newprog(Prog *parent, Modlink*);	/* a new Prog, not ready; NEWPGRP etc. later by pctl */
void	addrun(Prog*);			/* make ready */
void	delrun(int state);		/* the current Prog blocks in state */
void	release(void);			/* before a blocking kernel call from a built-in: let other Progs run */
void	acquire(void);			/* after it: wait for the VM again */
/* devprog.c also brackets its looks at a Prog with acquire() ... release(), from a device operation in a Prog's system call (already released) or in a kernel proc with no Prog; there neither may raise an error */
void	progexit(Prog*, char *why);	/* end a Prog: why nil or "" for a normal exit; else it prints [Module] Broken: "why" on the Prog's fd 2 unless why is "interrupted" or starts "fail:", records it for /prog/N/exception and the parent's wait, and ends the group per its flags */
Progs*	newgroup(Prog *leader);		/* pctl NEWPGRP: a new group led by leader (moves it) */
int	killprog(Prog*, char *why);		/* VM held: 1 if p will end (Pkilled, taken by xec; a Prog in a system call has it interrupted; a broken one goes now), 0 if it is already exiting */
int	killgrp(Prog*, char *why);		/* killprog every member of p's group but the caller's Prog; the number killed */
int	killgrpid(int id, char *why);		/* without the VM, from a kernel process: kill process group id (the console's ^C, through conskillgrp); the number killed */
void	progexcept(Prog*, char *text);		/* VM held: post a catchable exception (Prog.kill without Pkilled), raised by xec when p next runs; a waiting Prog is made ready, a released one interrupted */
Prog*	progpid(int pid);			/* nil if none; takes vm.l */
/* disexec (portfns.h), the first program, is sched.c's */

/* link.c: modules at run time */
void	builtinmod(char *name, const Runtab *tab);	/* register "$Name"; tab ends with a nil name */
Modlink*	loadmod(char *path, Import *imp, char *err, int nerr);	/* VM held (called from the current Prog, it lets the VM go while reading the file); nil with err on failure; imp nil: "obsolete dis" */
Modlink*	linkmod(Rmod*, uchar *mp, Import *imp, char *err, int nerr);
Modlink*	mklinkself(Modlink*, Import*, char*, int);
void	freemodlink(Heap*, int);
uchar*	newmp(Rmod*);				/* a fresh instance's module data */
void	rmoddecref(Rmod*);

/* The built-in modules' initialisation (called once at VM start). */
void	sysmodinit(void);
/* sysmod.c: Sys->FD objects, for built-ins that take or make them */
Dptr	mkfd(int fd);				/* a new FD owning fd of the current fd table (closed when freed) */
int	fdchk(Dptr fd);				/* its descriptor; -1 for nil */
void	mathmodinit(void);
void	keyringmodinit(void);
void	drawmodinit(void);

/* Raise helpers for built-ins: the text Inferno uses. */
extern char exNomem[], exNilref[], exBounds[], exNegsize[], exModule[], exZdiv[], exType[], exHungup[], exAltHungup[], exSpawnbuiltin[], exInvalid[];
