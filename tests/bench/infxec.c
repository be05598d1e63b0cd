/*
 * A model of Inferno's Dis interpreter, the yardstick for Ember's
 * (libinterp/xec.c): the same decoded instructions, run the way
 * Inferno's xec runs them. The machine registers are a global REG;
 * each instruction first calls a decode function chosen by its
 * operand modes (Inferno's dec[] table), which leaves the operands'
 * addresses in R.s, R.m and R.d, then calls its opcode's function
 * through ioptab[]; the quantum is counted per instruction and the
 * registers are copied out and in around each quantum. Branch
 * targets are pre-converted to Inst addresses as Inferno's loader
 * does. Only the opcodes the benchmarks use are here; Sys->print is
 * the only call out, and prints just its first int argument; module
 * data gets its word items (constants), not its strings. Host program: infxec file.dis.
 */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "../../libkern/kern.h"
#include "../../libinterp/dis.h"

typedef int WORD;
#define H	((uchar*)(uintptr)0xFFFFFFFFu)
#define W(p)	(*(WORD*)(p))
#define B(p)	(*(uchar*)(p))
#define PTR(p)	((uchar*)(uintptr)*(u32int*)(p))
#define SETP(p, v)	(*(u32int*)(p) = (u32int)(uintptr)(v))

typedef struct Dtype Dtype;
struct Dtype {
	int	size;
	int	np;
	uchar	*map;
};

typedef struct Array Array;
struct Array {
	WORD	len;
	u32int	t;
	u32int	root;
	u32int	data;
};

typedef struct Frame Frame;
struct Frame {
	u32int	lr, fp, mr, t;
};

struct {
	Inst	*PC;
	uchar	*MP, *FP, *SP, *TS;
	uchar	*s, *d, *m;
	WORD	t;		/* a middle immediate's value */
	int	IC;
} R, saved;

static Dtype *types;
static int done;

/* Memory Dis code addresses: a 32-bit arena, bump allocated. */
static uchar *arena, *atop;
static void*
amalloc(ulong n)
{
	uchar *p;

	p = atop;
	atop += (n + 15) & ~15UL;
	memset(p, 0, n);
	return p;
}

static void
initmem(Dtype *t, uchar *p)
{
	int i, b;

	for(i = 0; i < t->np; i++)
		for(b = 0; b < 8; b++)
			if(t->map[i] & (0x80 >> b))
				SETP(p + 32*i + 4*b, H);
}

static void
freeptrs(uchar *p, Dtype *t)
{
	int i, b;
	uchar *v;

	for(i = 0; i < t->np; i++)
		for(b = 0; b < 8; b++)
			if(t->map[i] & (0x80 >> b)){
				v = PTR(p + 32*i + 4*b);
				if(v != H)
					(*(int*)(v - 16))--;
			}
}

/* Decode functions, one per mode triple (Inferno generates them). */
#define OPND(md, f, in) \
	((md) == Afp ? R.FP + R.PC->f : \
	 (md) == Amp ? R.MP + R.PC->f : \
	 (md) == Aimm ? (uchar*)&R.PC->f : \
	 (md) == Aifp ? PTR(R.FP + R.PC->f) + R.PC->in : \
	 (md) == Aimp ? PTR(R.MP + R.PC->f) + R.PC->in : (uchar*)0)
#define DEC(sm, mm, dm) static void d_##sm##mm##dm(void) { \
	R.s = OPND(sm, s, si); \
	R.d = OPND(dm, d, di); \
	if(mm == Aimm){ R.t = R.PC->m; R.m = (uchar*)&R.t; } \
	else if(mm == Anone) R.m = R.d; \
	else R.m = OPND(mm, m, mi); \
}
#define DECM(sm, dm) DEC(sm, 0, dm) DEC(sm, 1, dm) DEC(sm, 2, dm) DEC(sm, 3, dm) DEC(sm, 4, dm) DEC(sm, 5, dm)
#define DECD(sm) DECM(sm, 0) DECM(sm, 1) DECM(sm, 2) DECM(sm, 3) DECM(sm, 4) DECM(sm, 5)
DECD(0) DECD(1) DECD(2) DECD(3) DECD(4) DECD(5)
static void (*dec[512])(void);
#define SETD(sm, mm, dm) dec[Mkmode(sm, mm, dm)] = d_##sm##mm##dm;
#define SETM(sm, dm) SETD(sm, 0, dm) SETD(sm, 1, dm) SETD(sm, 2, dm) SETD(sm, 3, dm) SETD(sm, 4, dm) SETD(sm, 5, dm)
#define SETS(sm) SETM(sm, 0) SETM(sm, 1) SETM(sm, 2) SETM(sm, 3) SETM(sm, 4) SETM(sm, 5)

#define JMP(d)	(R.PC = (Inst*)PTR(d))
#define OP(x)	static void x(void)

OP(illegal) { fprintf(stderr, "infxec: opcode %d not modelled\n", R.PC[-1].op); exit(1); }
OP(movw) { W(R.d) = W(R.s); }
OP(movb) { B(R.d) = B(R.s); }
OP(movp) {
	uchar *sv, *dv;

	sv = PTR(R.s);
	if(sv != H)
		(*(int*)(sv - 16))++;
	dv = PTR(R.d);
	SETP(R.d, sv);
	if(dv != H)
		(*(int*)(dv - 16))--;
}
OP(lea) { SETP(R.d, R.s); }
OP(addw) { W(R.d) = W(R.m) + W(R.s); }
OP(subw) { W(R.d) = W(R.m) - W(R.s); }
OP(mulw) { W(R.d) = W(R.m) * W(R.s); }
OP(divw) { W(R.d) = W(R.m) / W(R.s); }
OP(modw) { W(R.d) = W(R.m) % W(R.s); }
OP(andw) { W(R.d) = W(R.m) & W(R.s); }
OP(xorw) { W(R.d) = W(R.m) ^ W(R.s); }
OP(shlw) { W(R.d) = W(R.m) << W(R.s); }
OP(shrw) { W(R.d) = W(R.m) >> W(R.s); }
OP(cvtbw) { W(R.d) = B(R.s); }
OP(jmp) { JMP(R.d); }
OP(bltw) { if(W(R.s) < W(R.m)) JMP(R.d); }
OP(bgew) { if(W(R.s) >= W(R.m)) JMP(R.d); }
OP(bgtw) { if(W(R.s) > W(R.m)) JMP(R.d); }
OP(beqw) { if(W(R.s) == W(R.m)) JMP(R.d); }
OP(beqb) { if(B(R.s) == B(R.m)) JMP(R.d); }
OP(indw) {
	Array *a;
	WORD i;

	a = (Array*)PTR(R.s);
	i = W(R.d);
	if((uchar*)a == H || (u32int)i >= (u32int)a->len){
		fprintf(stderr, "infxec: array bounds error\n");
		exit(1);
	}
	SETP(R.m, PTR(&a->data) + i*4);
}
OP(indb) {
	Array *a;
	WORD i;

	a = (Array*)PTR(R.s);
	i = W(R.d);
	if((uchar*)a == H || (u32int)i >= (u32int)a->len){
		fprintf(stderr, "infxec: array bounds error\n");
		exit(1);
	}
	SETP(R.m, PTR(&a->data) + i);
}
OP(newa) {
	Dtype *t;
	uchar *h;
	Array *a;
	int n;

	t = &types[W(R.m)];
	n = W(R.s);
	h = amalloc(16 + sizeof(Array) + n*t->size);
	*(int*)h = 1;
	a = (Array*)(h + 16);
	a->len = n;
	a->root = 0xFFFFFFFF;
	SETP(&a->data, (uchar*)(a + 1));
	SETP(R.d, a);
}
OP(frame) {
	Dtype *t;
	Frame *f;
	uchar *nsp;

	t = &types[W(R.s)];
	nsp = R.SP + t->size;
	if(nsp >= R.TS){
		fprintf(stderr, "infxec: stack overflow\n");
		exit(1);
	}
	f = (Frame*)R.SP;
	R.SP = nsp;
	SETP(&f->t, t);
	f->mr = 0;
	if(t->np)
		initmem(t, (uchar*)f);
	SETP(R.d, f);
}
OP(call) {
	Frame *f;

	f = (Frame*)PTR(R.s);
	SETP(&f->lr, R.PC);
	SETP(&f->fp, R.FP);
	R.FP = (uchar*)f;
	JMP(R.d);
}
OP(ret) {
	Frame *f;
	Dtype *t;

	f = (Frame*)R.FP;
	R.FP = PTR(&f->fp);
	if(R.FP == nil){
		R.FP = (uchar*)f;
		done = 1;
		R.IC = 1;
		return;
	}
	R.SP = (uchar*)f;
	R.PC = (Inst*)PTR(&f->lr);
	t = (Dtype*)PTR(&f->t);
	if(t->np)
		freeptrs((uchar*)f, t);
}
/* load: the only module is $Sys; mcall: print's one int argument */
OP(load) { SETP(R.d, H); }
OP(mcall) {
	uchar *f;

	f = PTR(R.s);
	printf("%d\n", W(f + 36));
	R.SP = f;
}

static void (*ioptab[Nopcode])(void);

static void
xec(void)
{
	int op;

	R = saved;
	R.IC = 2048;
	do {
		dec[R.PC->mode]();
		op = R.PC->op;
		R.PC++;
		ioptab[op]();
	} while(--R.IC != 0);
	saved = R;
}

static uchar*
readfile(char *path, ulong *np)
{
	FILE *f;
	uchar *b;
	long n;

	f = fopen(path, "rb");
	if(f == nil){
		perror(path);
		exit(1);
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	b = malloc(n);
	if(fread(b, 1, n, f) != (size_t)n){
		perror(path);
		exit(1);
	}
	fclose(f);
	*np = n;
	return b;
}

int
main(int argc, char **argv)
{
	char err[256];
	Module *m;
	Inst *code, *i;
	uchar *buf, *fp;
	ulong n;
	int k;
	Frame *f;

	if(argc != 2){
		fprintf(stderr, "usage: infxec file.dis\n");
		return 2;
	}
	arena = mmap(nil, 1<<28, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_32BIT, -1, 0);
	if(arena == MAP_FAILED){
		perror("mmap");
		return 1;
	}
	atop = arena;
	buf = readfile(argv[1], &n);
	m = disload(buf, n, err, sizeof err);
	if(m == nil){
		fprintf(stderr, "infxec: %s\n", err);
		return 1;
	}

	for(k = 0; k < Nopcode; k++)
		ioptab[k] = illegal;
	ioptab[Omovw] = movw; ioptab[Omovb] = movb; ioptab[Omovp] = movp; ioptab[Olea] = lea;
	ioptab[Oaddw] = addw; ioptab[Osubw] = subw; ioptab[Omulw] = mulw; ioptab[Odivw] = divw;
	ioptab[Omodw] = modw; ioptab[Oandw] = andw; ioptab[Oxorw] = xorw; ioptab[Oshlw] = shlw;
	ioptab[Oshrw] = shrw; ioptab[Ocvtbw] = cvtbw; ioptab[Ojmp] = jmp; ioptab[Obltw] = bltw;
	ioptab[Obgew] = bgew; ioptab[Obgtw] = bgtw; ioptab[Obeqw] = beqw; ioptab[Obeqb] = beqb; ioptab[Oindw] = indw; ioptab[Oindb] = indb;
	ioptab[Onewa] = newa; ioptab[Oframe] = frame; ioptab[Ocall] = call; ioptab[Oret] = ret;
	ioptab[Oload] = load; ioptab[Omcall] = mcall;
	SETS(0) SETS(1) SETS(2) SETS(3) SETS(4) SETS(5)

	types = amalloc(m->ntype * sizeof(Dtype));
	for(k = 0; k < m->ntype; k++){
		types[k].size = m->type[k].size;
		types[k].np = m->type[k].np;
		types[k].map = m->type[k].map;
	}
	code = amalloc(m->nprog * sizeof(Inst));
	memmove(code, m->prog, m->nprog * sizeof(Inst));
	for(i = code; i < code + m->nprog; i++)
		if((ioptab[i->op] == jmp || ioptab[i->op] == bltw || ioptab[i->op] == bgew ||
		    ioptab[i->op] == bgtw || ioptab[i->op] == beqw ||
		    ioptab[i->op] == beqb || ioptab[i->op] == call) && Dmode(i) == Aimm)
			i->d = (s32int)(u32int)(uintptr)&code[i->d];

	R.MP = amalloc(m->datasize + 8);
	if(m->datasize > 0)
		initmem(&types[0], R.MP);
	/* top-level word items (constants too big for an immediate); strings stay nil */
	for(k = 0; k < m->ndata; k++)
		if(m->data[k].kind == Dword)
			for(int j = 0; j < m->data[k].n; j++)
				W(R.MP + m->data[k].off + 4*j) = (WORD)disget32(m->data[k].p + 4*j);
	R.SP = amalloc(1<<20);
	R.TS = R.SP + (1<<20);
	fp = R.SP;
	R.SP += types[m->entryt].size;
	initmem(&types[m->entryt], fp);
	f = (Frame*)fp;
	SETP(&f->t, &types[m->entryt]);
	R.FP = fp;
	R.PC = &code[m->entry];
	saved = R;
	while(!done)
		xec();
	return 0;
}
