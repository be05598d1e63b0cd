/*
 * Private to the interpreter's files (xec.c, xecops.c, stack.c,
 * raise.c): inline helpers for frames and reference counts, and the
 * out-of-line instruction bodies xec.c calls. Not part of the shared
 * contract in interp.h.
 *
 * Registers: while xec runs, REG.FP, MP, SP, TS, seg and M are kept
 * current in the Prog (they change only on calls, returns and frame
 * allocation); PC lives in a local and is stored in REG.xpc (the
 * instruction being executed) before anything that can raise or
 * block, and in REG.PC (the next instruction) when xec returns.
 * PC values are always Inst* into the current module's Rmod.prog.
 */

/* A frame's bytes on the stack: frames are carved in multiples of 8. */
#define FSIZE(t)	(((t)->size + 7) & ~7)

/* The type of frame f, the first frame of segment s if its Ft is 0. */
static inline Dtype*
frametype(Stkseg *s, uchar *f)
{
	Dptr t;

	t = ((Frame*)f)->t;
	return t != 0 ? D2P(t) : s->t;
}

/* Drop one reference without a call when the object survives. */
static inline void
dropref(Dptr v)
{
	Heap *h;

	if(!Isheap(v))
		return;
	h = PH(v);
	if(h->ref > 1)
		h->ref--;
	else
		destroy(v);
}

static inline void
dropcell(Dptr *p)
{
	dropref(*p);
}

static inline void
addcell(Dptr *p)
{
	ADDREF(*p);
}

/* Every pointer word t's map names in p becomes H. */
static inline void
initptrs(uchar *p, Dtype *t)
{
	eachptr(p, t, setnil);
}

/* Release every pointer word t's map names in p (left as they were). */
static inline void
dropptrs(uchar *p, Dtype *t)
{
	eachptr(p, t, dropcell);
}

/* Add a reference to every pointer t's map names in p. */
static inline void
addptrs(uchar *p, Dtype *t)
{
	eachptr(p, t, addcell);
}

/* The Modlink's MP as the interpreter holds it. */
static inline uchar*
modmp(Modlink *ml)
{
	return ml->MP == H ? nil : D2P(ml->MP);
}

/* stack.c */
uchar*	stackextend(REG*, Dtype*);	/* newframe's slow path: a new segment */
void	cutstack(REG*, uchar *f);	/* release every frame above frame f; SP = its end */
void	popseg(REG*);			/* the current segment is done: back to the previous one */
Stkseg*	frameseg(REG*, uchar *f);	/* the segment holding frame f */

/* raise.c */
int	unwind(Prog*, char *text);	/* 1: a handler was found and R set to it */
extern char exIllegal[], exNomain[], exCasedef[], exBadpc[];

/* xecops.c: instructions too rare or too big to sit in the loop */
Inst*	xcase(s32int v, s32int *t, Inst *code, int ncode);	/* nil: no such target */
Inst*	xcasel(vlong v, uchar *t, Inst *code, int ncode);
Inst*	xcasec(Dptr v, s32int *t, Inst *code, int ncode);
void	xexpw(uchar *s, uchar *m, uchar *d);
void	xexpl(uchar *s, uchar *m, uchar *d);
void	xexpf(uchar *s, uchar *m, uchar *d);
void	fpcheck(int op, double a, double b, double r);	/* r = a op b: raise an enabled FP trap */
void	fpinval(void);		/* a real to integer conversion out of range */
void	xfixed(int op, uchar *fp, uchar *s, uchar *m, uchar *d);	/* mulx ... cvtxf */
void	xstring(int op, Inst *i, uchar *s, uchar *m, uchar *d);	/* cvt*c, cvtc*, addc, slicec, insc, indc */
void	xnew(int op, Prog*, Inst *i, uchar *s, uchar *m, uchar *d);	/* new*, newa*, newc*, mnewz */
void	xlist(int op, Prog*, Inst *i, uchar *s, uchar *m, uchar *d);	/* cons*, head*, tail, lenl */
void	xarray(int op, Prog*, Inst *i, uchar *s, uchar *m, uchar *d);	/* slicea, slicela, lena, movmp, cvtca, cvtac */
void	xload(Prog*, Inst *i, uchar *s, uchar *m, uchar *d);
void	xspawn(Prog*, Inst *i, uchar *s, uchar *m, uchar *d);	/* spawn, mspawn */
void	xraise(Prog*, Dptr v);					/* raise: does not return */
void	xtcmp(uchar *s, uchar *d);
