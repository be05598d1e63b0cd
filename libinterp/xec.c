/*
 * The Dis interpreter: runs a Prog's instructions (dis-isa.md) until
 * its quantum is used, it blocks, or it ends. Not the scheduler
 * (sched.c), the stack's general cases (stack.c) or exceptions
 * (raise.c).
 *
 * Dispatch is threaded (GCC's labels as values). Each opcode has a
 * generic handler that decodes its operands' modes at run time, and
 * the hot opcodes also have handlers specialised for common mode
 * combinations, whose operand addresses fold to one add. xecprepare
 * picks, for every instruction of a loaded module, the handler that
 * fits and stores its index in Inst.xop; the code stays the loader's
 * Inst array, so a PC is always an Inst* into Rmod.prog (Frame.lr
 * holds the return Inst*; /prog stack shows PC - Rmod.prog).
 *
 * The quantum is counted in control transfers (taken branches,
 * calls, returns), not single instructions: straight-line code
 * always ends in one, and counting them costs nothing elsewhere.
 */
#include "all.h"
#include "interp.h"
#include "xec.h"

#include "xecvariant.h"

/*
 * First handler of each opcode, and the next of the same opcode: made
 * when a module is first prepared here (a kernel whose modules are all
 * prepared at build time never needs them, nor their RAM).
 */
static u16int *vfirst, *vnext;
static int vready;
static Lock vlock;

static void
variantinit(void)
{
	int i, op;
	u16int *t;

	if(__atomic_load_n(&vready, __ATOMIC_ACQUIRE))
		return;
	t = smalloc((Nopcode + Nvariant) * sizeof t[0]);	/* not under the spin lock: it may wait */
	lock(&vlock);
	if(vready){
		unlock(&vlock);
		free(t);
		return;
	}
	vfirst = t;
	vnext = t + Nopcode;
	for(op = 0; op < Nopcode; op++)
		vfirst[op] = 0xFFFF;
	/* each list in table order: push from the end */
	for(i = Nvariant-1; i >= 0; i--){
		op = variant[i].op;
		vnext[i] = vfirst[op];
		vfirst[op] = i;
	}
	for(op = 0; op < Nopcode; op++)
		if(vfirst[op] == 0xFFFF)
			panic("xec: opcode %d has no handler", op);
	__atomic_store_n(&vready, 1, __ATOMIC_RELEASE);
	unlock(&vlock);
}

static int
modefits(int want, int have)
{
	return want == Anone || want == AG || want == have;
}

/*
 * Choose each instruction's handler. Once per module (link.c calls
 * it after loading); the Insts are shared by every instance.
 */
void
xecprepare(Rmod *r)
{
	Inst *i, *e;
	int v;

	if(!__atomic_load_n(&vready, __ATOMIC_ACQUIRE))
		variantinit();
	if(r->prog == nil)
		return;
	e = r->prog + r->nprog;
	for(i = r->prog; i < e; i++){
		for(v = vfirst[i->op]; v != 0xFFFF; v = vnext[v])
			if(modefits(variant[v].s, Smode(i)) &&
			   modefits(variant[v].m, Mmode(i)) &&
			   modefits(variant[v].d, Dmode(i)))
				break;
		if(v == 0xFFFF)
			panic("xecprepare: no handler for op %d", i->op);
		i->xop = v;
	}
}

/*
 * Operand addresses. With a constant mode everything but one case
 * folds away; AG takes the instruction's mode. An immediate's
 * address is its field in the Inst (only ever read).
 */
#define IND(base, off, in) ({ \
	Dptr w_ = P((base) + (off)); \
	if(__builtin_expect(w_ == H, 0)) \
		XRAISE(exNilref); \
	(uchar*)D2P(w_) + (in); })
#define ADDR1(md, f, in) \
	((md) == Afp ? fp + pc->f : \
	 (md) == Aimm ? (uchar*)&pc->f : \
	 (md) == Amp ? mp + pc->f : \
	 (md) == Aifp ? IND(fp, pc->f, pc->in) : \
	 (md) == Aimp ? IND(mp, pc->f, pc->in) : \
	 (uchar*)nil)
#define ADDR(cm, rm, f, in)	((cm) == AG ? ADDR1((rm), f, in) : ADDR1((cm), f, in))

/* Raise an exception from inside the loop: the state is in R but PC. */
#define XRAISE(e)	do{ R->xpc = pc; R->IC = ic; error(e); }while(0)
/* Before a call out of the loop that may raise. */
#define SYNC()		(R->xpc = pc, R->IC = ic)
/* Reload the current module's registers after R->M changed. */
#define LOADMOD()	do{ mp = R->MP; code = R->M->m->prog; ncode = R->M->m->nprog; types = R->M->m->type; }while(0)

/*
 * Before following a word of Dis memory as a pointer, where a
 * type-unsafe program's garbage would make a processor fault: R.xpc
 * is pc, so that the fault (xecfault) is raised, and its handler
 * found, at this instruction. Operands in fp, mp or the instruction
 * stay in mapped memory (the loader bounds their offsets), so the
 * handlers that touch only those, the hottest, never pay for it; ret
 * does not either (dropref ignores words outside the heap: Isheap).
 */
#define FSYNC()		(R->xpc = pc)
#define FAULTS(md)	((md) == AG || (md) == Aifp || (md) == Aimp)
#define DISPATCH()	goto *lab[pc->xop]
#define NEXT()		do{ pc++; DISPATCH(); }while(0)
/* A target from memory is checked here; an immediate one (dimm) was by the loader. */
#define JMPTO(t)	do{ u32int j_ = (t); \
				if(!dimm && __builtin_expect(j_ >= ncode, 0)) XRAISE(exBadpc); \
				pc = code + j_; \
				if(--ic <= 0) goto Lquantum; \
				DISPATCH(); }while(0)
/* After an operation that may block: if the Prog is no longer ready, stop. */
#define BLOCKED()	do{ if(p->state != Pready || p->kill != nil){ R->PC = pc + 1; R->IC = ic; return; } }while(0)

/* Allocate a frame of type t at SP into the word at dst. */
#define NEWFRAME(ty, dst) do{ \
	Dtype *t1_ = (ty); \
	uchar *f1_ = R->SP; \
	int n1_ = FSIZE(t1_); \
	if(__builtin_expect(f1_ + n1_ > R->TS, 0)){ \
		SYNC(); \
		f1_ = stackextend(R, t1_); \
	}else{ \
		R->SP = f1_ + n1_; \
		((Frame*)f1_)->t = P2D(t1_); \
	} \
	((Frame*)f1_)->mr = 0; \
	initptrs(f1_, t1_); \
	W(dst) = P2D(f1_); \
	}while(0)

/* A pointer store: the new value gains a reference, the old loses one. */
#define PSTORE(d, v) do{ Dptr v_ = (v), o_ = P(d); FSYNC(); ADDREF(v_); P(d) = v_; dropref(o_); }while(0)

#define UW_(a)	((u32int)W(a))
#define UL_(a)	((u64int)L(a))

/*
 * Operation bodies: S, M and D are the operands' addresses. One line
 * an opcode, byte, word and big written out alike on purpose: each
 * body expands inside every handler of its opcode, specialised ones
 * included, so that a handler is straight-line code with no call or
 * switch on the operand type. Do not fold them for their likeness.
 */
#define OP_nop(S, M, D)		XRAISE(exIllegal)
#define OP_runt(S, M, D)	/* no operation */
#define OP_eclr(S, M, D)	/* no operation (reserved) */

#define OP_movw(S, M, D)	W(D) = W(S)
#define OP_movb(S, M, D)	B(D) = B(S)
#define OP_movl(S, M, D)	L(D) = L(S)
#define OP_movf(S, M, D)	F(D) = F(S)
#define OP_movp(S, M, D)	PSTORE(D, P(S))
#define OP_movm(S, M, D)	do{ FSYNC(); memmove(D, S, W(M)); }while(0)
#define OP_movmp(S, M, D)	do{ Dtype *t_; FSYNC(); t_ = types[W(M)]; addptrs(S, t_); dropptrs(D, t_); memmove(D, S, t_->size); }while(0)
#define OP_lea(S, M, D)		W(D) = P2D(S)
#define OP_movpc(S, M, D)	W(D) = P2D(code + W(S))

#define OP_addb(S, M, D)	B(D) = B(M) + B(S)
#define OP_subb(S, M, D)	B(D) = B(M) - B(S)
#define OP_mulb(S, M, D)	B(D) = B(M) * B(S)
#define OP_divb(S, M, D)	do{ if(B(S) == 0) XRAISE(exZdiv); B(D) = B(M) / B(S); }while(0)
#define OP_modb(S, M, D)	do{ if(B(S) == 0) XRAISE(exZdiv); B(D) = B(M) % B(S); }while(0)
#define OP_andb(S, M, D)	B(D) = B(M) & B(S)
#define OP_orb(S, M, D)		B(D) = B(M) | B(S)
#define OP_xorb(S, M, D)	B(D) = B(M) ^ B(S)
#define OP_shlb(S, M, D)	B(D) = (u8int)((u32int)B(M) << (W(S) & 31))
#define OP_shrb(S, M, D)	B(D) = (u8int)((u32int)B(M) >> (W(S) & 31))

#define OP_addw(S, M, D)	W(D) = (s32int)(UW_(M) + UW_(S))
#define OP_subw(S, M, D)	W(D) = (s32int)(UW_(M) - UW_(S))
#define OP_mulw(S, M, D)	W(D) = (s32int)(UW_(M) * UW_(S))
#define OP_divw(S, M, D)	do{ s32int s_ = W(S); if(s_ == 0) XRAISE(exZdiv); \
				W(D) = s_ == -1 ? (s32int)(0u - UW_(M)) : W(M) / s_; }while(0)
#define OP_modw(S, M, D)	do{ s32int s_ = W(S); if(s_ == 0) XRAISE(exZdiv); \
				W(D) = s_ == -1 ? 0 : W(M) % s_; }while(0)
#define OP_andw(S, M, D)	W(D) = W(M) & W(S)
#define OP_orw(S, M, D)		W(D) = W(M) | W(S)
#define OP_xorw(S, M, D)	W(D) = W(M) ^ W(S)
#define OP_shlw(S, M, D)	W(D) = (s32int)(UW_(M) << (W(S) & 31))
#define OP_shrw(S, M, D)	W(D) = W(M) >> (W(S) & 31)
#define OP_lsrw(S, M, D)	W(D) = (s32int)(UW_(M) >> (W(S) & 31))

#define OP_addl(S, M, D)	L(D) = (vlong)(UL_(M) + UL_(S))
#define OP_subl(S, M, D)	L(D) = (vlong)(UL_(M) - UL_(S))
#define OP_mull(S, M, D)	L(D) = (vlong)(UL_(M) * UL_(S))
#define OP_divl(S, M, D)	do{ vlong s_ = L(S); if(s_ == 0) XRAISE(exZdiv); \
				L(D) = s_ == -1 ? (vlong)(0ull - UL_(M)) : L(M) / s_; }while(0)
#define OP_modl(S, M, D)	do{ vlong s_ = L(S); if(s_ == 0) XRAISE(exZdiv); \
				L(D) = s_ == -1 ? 0 : L(M) % s_; }while(0)
#define OP_andl(S, M, D)	L(D) = L(M) & L(S)
#define OP_orl(S, M, D)		L(D) = L(M) | L(S)
#define OP_xorl(S, M, D)	L(D) = L(M) ^ L(S)
#define OP_shll(S, M, D)	L(D) = (vlong)(UL_(M) << (W(S) & 63))
#define OP_shrl(S, M, D)	L(D) = L(M) >> (W(S) & 63)
#define OP_lsrl(S, M, D)	L(D) = (vlong)(UL_(M) >> (W(S) & 63))

/*
 * Real arithmetic: a result that is not a normal finite number may be
 * an IEEE exception whose trap $Math's control word enables; fpcheck
 * decides (zero is the common such result, and costs only the call).
 */
#define FPOP(S, M, D, op, code)	do{ double a_ = F(M), b_ = F(S), r_ = a_ op b_; \
				if(__builtin_expect(!(__builtin_fabs(r_) >= 2.2250738585072014e-308 && \
				   __builtin_fabs(r_) <= 1.7976931348623157e308), 0)){ \
					SYNC(); fpcheck(code, a_, b_, r_); } \
				F(D) = r_; }while(0)
#define OP_addf(S, M, D)	FPOP(S, M, D, +, Oaddf)
#define OP_subf(S, M, D)	FPOP(S, M, D, -, Osubf)
#define OP_mulf(S, M, D)	FPOP(S, M, D, *, Omulf)
#define OP_divf(S, M, D)	FPOP(S, M, D, /, Odivf)
#define OP_negf(S, M, D)	F(D) = -F(S)

#define OP_expw(S, M, D)	do{ SYNC(); xexpw(S, M, D); }while(0)
#define OP_expl(S, M, D)	do{ SYNC(); xexpl(S, M, D); }while(0)
#define OP_expf(S, M, D)	do{ SYNC(); xexpf(S, M, D); }while(0)

#define OP_cvtbw(S, M, D)	W(D) = B(S)
#define OP_cvtwb(S, M, D)	B(D) = (u8int)W(S)
#define OP_cvtwf(S, M, D)	F(D) = W(S)
#define OP_cvtfw(S, M, D)	do{ double x_ = F(S); \
				if(__builtin_expect(!(x_ > -2147483648.5 && x_ < 2147483647.5), 0)){ SYNC(); fpinval(); } \
				W(D) = f2w(x_); }while(0)
#define OP_cvtlf(S, M, D)	F(D) = (double)L(S)
#define OP_cvtfl(S, M, D)	do{ double x_ = F(S); \
				if(__builtin_expect(!(x_ > -9223372036854775808.0 && x_ < 9223372036854775808.0), 0)){ SYNC(); fpinval(); } \
				L(D) = f2l(x_); }while(0)
#define OP_cvtlw(S, M, D)	W(D) = (s32int)L(S)
#define OP_cvtwl(S, M, D)	L(D) = W(S)
#define OP_cvtrf(S, M, D)	F(D) = *(float*)(S)
#define OP_cvtfr(S, M, D)	*(float*)(D) = (float)F(S)
#define OP_cvtws(S, M, D)	*(short*)(D) = (short)W(S)
#define OP_cvtsw(S, M, D)	W(D) = *(short*)(S)

#define STRING(op, S, M, D)	do{ SYNC(); xstring(op, pc, S, M, D); }while(0)
#define OP_cvtca(S, M, D)	STRING(Ocvtca, S, M, D)
#define OP_cvtac(S, M, D)	STRING(Ocvtac, S, M, D)
#define OP_cvtwc(S, M, D)	STRING(Ocvtwc, S, M, D)
#define OP_cvtlc(S, M, D)	STRING(Ocvtlc, S, M, D)
#define OP_cvtfc(S, M, D)	STRING(Ocvtfc, S, M, D)
#define OP_cvtcw(S, M, D)	STRING(Ocvtcw, S, M, D)
#define OP_cvtcl(S, M, D)	STRING(Ocvtcl, S, M, D)
#define OP_cvtcf(S, M, D)	STRING(Ocvtcf, S, M, D)
#define OP_insc(S, M, D)	STRING(Oinsc, S, M, D)
#define OP_indc(S, M, D)	STRING(Oindc, S, M, D)
#define OP_addc(S, M, D)	STRING(Oaddc, S, M, D)
#define OP_slicec(S, M, D)	STRING(Oslicec, S, M, D)
#define OP_lenc(S, M, D)	do{ FSYNC(); W(D) = P(S) == H ? 0 : stringlen(P(S)); }while(0)

#define CMPC(S, M, rel, D)	do{ SYNC(); if(stringcmp(P(S), P(M)) rel 0) JMPTO(W(D)); }while(0)
#define OP_beqc(S, M, D)	CMPC(S, M, ==, D)
#define OP_bnec(S, M, D)	CMPC(S, M, !=, D)
#define OP_bltc(S, M, D)	CMPC(S, M, <, D)
#define OP_blec(S, M, D)	CMPC(S, M, <=, D)
#define OP_bgtc(S, M, D)	CMPC(S, M, >, D)
#define OP_bgec(S, M, D)	CMPC(S, M, >=, D)

#define BR(c, D)		do{ if(c) JMPTO(W(D)); }while(0)
#define OP_beqb(S, M, D)	BR(B(S) == B(M), D)
#define OP_bneb(S, M, D)	BR(B(S) != B(M), D)
#define OP_bltb(S, M, D)	BR(B(S) < B(M), D)
#define OP_bleb(S, M, D)	BR(B(S) <= B(M), D)
#define OP_bgtb(S, M, D)	BR(B(S) > B(M), D)
#define OP_bgeb(S, M, D)	BR(B(S) >= B(M), D)
#define OP_beqw(S, M, D)	BR(W(S) == W(M), D)
#define OP_bnew(S, M, D)	BR(W(S) != W(M), D)
#define OP_bltw(S, M, D)	BR(W(S) < W(M), D)
#define OP_blew(S, M, D)	BR(W(S) <= W(M), D)
#define OP_bgtw(S, M, D)	BR(W(S) > W(M), D)
#define OP_bgew(S, M, D)	BR(W(S) >= W(M), D)
#define OP_beql(S, M, D)	BR(L(S) == L(M), D)
#define OP_bnel(S, M, D)	BR(L(S) != L(M), D)
#define OP_bltl(S, M, D)	BR(L(S) < L(M), D)
#define OP_blel(S, M, D)	BR(L(S) <= L(M), D)
#define OP_bgtl(S, M, D)	BR(L(S) > L(M), D)
#define OP_bgel(S, M, D)	BR(L(S) >= L(M), D)
#define OP_beqf(S, M, D)	BR(F(S) == F(M), D)
#define OP_bnef(S, M, D)	BR(F(S) != F(M), D)
#define OP_bltf(S, M, D)	BR(F(S) < F(M), D)
#define OP_blef(S, M, D)	BR(F(S) <= F(M), D)
#define OP_bgtf(S, M, D)	BR(F(S) > F(M), D)
#define OP_bgef(S, M, D)	BR(F(S) >= F(M), D)

#define OP_jmp(S, M, D)		JMPTO(W(D))
#define OP_goto(S, M, D)	do{ s32int *t_ = (s32int*)(D); u32int i_ = W(S); \
				if(i_ >= (u32int)t_[-1]) XRAISE(exBounds); \
				JMPTO(t_[i_]); }while(0)
#define CASE(call)		do{ Inst *n_; SYNC(); n_ = call; \
				if(n_ == nil) XRAISE(exCasedef); \
				pc = n_; if(--ic <= 0) goto Lquantum; DISPATCH(); }while(0)
#define OP_case(S, M, D)	CASE(xcase(W(S), (s32int*)(D), code, ncode))
#define OP_casel(S, M, D)	CASE(xcasel(L(S), D, code, ncode))
#define OP_casec(S, M, D)	CASE(xcasec(P(S), (s32int*)(D), code, ncode))

/* Array element addresses: middle is the result, destination the index. */
#define INDEX(S, M, D, size)	do{ Dptr a_ = P(S); Array *ap_; u32int i_ = W(D); FSYNC(); \
				if(a_ == H) XRAISE(exBounds); \
				ap_ = D2P(a_); \
				if(i_ >= ap_->len) XRAISE(exBounds); \
				W(M) = P2D(ap_->data + i_*(size)); }while(0)
#define OP_indw(S, M, D)	INDEX(S, M, D, 4)
#define OP_indb(S, M, D)	INDEX(S, M, D, 1)
#define OP_indf(S, M, D)	INDEX(S, M, D, 8)
#define OP_indl(S, M, D)	INDEX(S, M, D, 8)
#define OP_indx(S, M, D)	INDEX(S, M, D, ap_->t->size)
#define OP_lena(S, M, D)	do{ FSYNC(); W(D) = P(S) == H ? 0 : (s32int)((Array*)D2P(P(S)))->len; }while(0)

#define ARRAY(op, S, M, D)	do{ SYNC(); xarray(op, p, pc, S, M, D); }while(0)
#define OP_slicea(S, M, D)	ARRAY(Oslicea, S, M, D)
#define OP_slicela(S, M, D)	ARRAY(Oslicela, S, M, D)

#define ALLOC(op, S, M, D)	do{ SYNC(); xnew(op, p, pc, S, M, D); }while(0)
#define OP_new(S, M, D)		ALLOC(Onew, S, M, D)
#define OP_newz(S, M, D)	ALLOC(Onewz, S, M, D)
#define OP_mnewz(S, M, D)	ALLOC(Omnewz, S, M, D)
#define OP_newa(S, M, D)	ALLOC(Onewa, S, M, D)
#define OP_newaz(S, M, D)	ALLOC(Onewaz, S, M, D)
#define OP_newcb(S, M, D)	ALLOC(Onewcb, S, M, D)
#define OP_newcw(S, M, D)	ALLOC(Onewcw, S, M, D)
#define OP_newcf(S, M, D)	ALLOC(Onewcf, S, M, D)
#define OP_newcp(S, M, D)	ALLOC(Onewcp, S, M, D)
#define OP_newcl(S, M, D)	ALLOC(Onewcl, S, M, D)
#define OP_newcm(S, M, D)	ALLOC(Onewcm, S, M, D)
#define OP_newcmp(S, M, D)	ALLOC(Onewcmp, S, M, D)

#define LIST(op, S, M, D)	do{ SYNC(); xlist(op, p, pc, S, M, D); }while(0)
#define OP_consb(S, M, D)	LIST(Oconsb, S, M, D)
#define OP_consw(S, M, D)	LIST(Oconsw, S, M, D)
#define OP_consp(S, M, D)	LIST(Oconsp, S, M, D)
#define OP_consf(S, M, D)	LIST(Oconsf, S, M, D)
#define OP_consl(S, M, D)	LIST(Oconsl, S, M, D)
#define OP_consm(S, M, D)	LIST(Oconsm, S, M, D)
#define OP_consmp(S, M, D)	LIST(Oconsmp, S, M, D)
#define OP_headb(S, M, D)	LIST(Oheadb, S, M, D)
#define OP_headw(S, M, D)	LIST(Oheadw, S, M, D)
#define OP_headp(S, M, D)	LIST(Oheadp, S, M, D)
#define OP_headf(S, M, D)	LIST(Oheadf, S, M, D)
#define OP_headl(S, M, D)	LIST(Oheadl, S, M, D)
#define OP_headm(S, M, D)	LIST(Oheadm, S, M, D)
#define OP_headmp(S, M, D)	LIST(Oheadmp, S, M, D)
#define OP_tail(S, M, D)	LIST(Otail, S, M, D)
#define OP_lenl(S, M, D)	LIST(Olenl, S, M, D)

#define FIXED(op, S, M, D)	do{ SYNC(); xfixed(op, fp, S, M, D); }while(0)
#define OP_mulx(S, M, D)	FIXED(Omulx, S, M, D)
#define OP_divx(S, M, D)	FIXED(Odivx, S, M, D)
#define OP_cvtxx(S, M, D)	FIXED(Ocvtxx, S, M, D)
#define OP_mulx0(S, M, D)	FIXED(Omulx0, S, M, D)
#define OP_divx0(S, M, D)	FIXED(Odivx0, S, M, D)
#define OP_cvtxx0(S, M, D)	FIXED(Ocvtxx0, S, M, D)
#define OP_mulx1(S, M, D)	FIXED(Omulx1, S, M, D)
#define OP_divx1(S, M, D)	FIXED(Odivx1, S, M, D)
#define OP_cvtxx1(S, M, D)	FIXED(Ocvtxx1, S, M, D)
#define OP_cvtfx(S, M, D)	FIXED(Ocvtfx, S, M, D)
#define OP_cvtxf(S, M, D)	FIXED(Ocvtxf, S, M, D)

#define OP_tcmp(S, M, D)	do{ SYNC(); xtcmp(S, D); }while(0)
#define OP_raise(S, M, D)	do{ SYNC(); xraise(p, P(S)); }while(0)
#define OP_self(S, M, D)	PSTORE(D, P2D(R->M))
#define OP_load(S, M, D)	do{ SYNC(); R->PC = pc + 1; xload(p, pc, S, M, D); BLOCKED(); }while(0)
#define OP_spawn(S, M, D)	do{ SYNC(); xspawn(p, pc, S, M, D); }while(0)
#define OP_mspawn(S, M, D)	OP_spawn(S, M, D)

#define OP_send(S, M, D)	do{ Dptr c_ = P(D); if(c_ == H) XRAISE(exNilref); \
				SYNC(); R->PC = pc + 1; csend(p, c_, S); BLOCKED(); }while(0)
#define OP_recv(S, M, D)	do{ Dptr c_ = P(S); if(c_ == H) XRAISE(exNilref); \
				SYNC(); R->PC = pc + 1; crecv(p, c_, D); BLOCKED(); }while(0)
#define OP_alt(S, M, D)		do{ SYNC(); R->PC = pc + 1; xalt(p, S, (s32int*)(D), 1); BLOCKED(); }while(0)
#define OP_nbalt(S, M, D)	do{ SYNC(); R->PC = pc + 1; xalt(p, S, (s32int*)(D), 0); BLOCKED(); }while(0)

#define OP_exit(S, M, D)	goto Lexit

#define OP_frame(S, M, D)	NEWFRAME(types[W(S)], D)
#define OP_call(S, M, D)	do{ Frame *f_ = D2P(P(S)); FSYNC(); \
				f_->lr = P2D(pc + 1); \
				f_->fp = P2D(fp); \
				fp = (uchar*)f_; \
				R->FP = fp; \
				JMPTO(W(D)); }while(0)
#define OP_mframe(S, M, D)	do{ Dptr h_ = P(S); Modlink *ml_; s32int k_ = W(M); Dtype *t_; FSYNC(); \
				if(h_ == H) XRAISE(exModule); \
				ml_ = D2P(h_); \
				if((u32int)k_ < (u32int)ml_->nlinks) \
					t_ = ml_->links[k_].frame; \
				else if(k_ < 0 && -(k_+1) < ml_->m->nlink) \
					t_ = ml_->m->link[-(k_+1)].frame; \
				else \
					t_ = nil; \
				if(t_ == nil) XRAISE(exInvalid); \
				NEWFRAME(t_, D); }while(0)
#define OP_mcall(S, M, D)	do{ Dptr h_ = P(D); Modlink *ml_; s32int k_ = W(M); Inst *e_ = nil; void (*fn_)(void*) = nil; FSYNC(); \
				Frame *f_ = D2P(P(S)); \
				if(h_ == H) XRAISE(exModule); \
				ml_ = D2P(h_); \
				if((u32int)k_ < (u32int)ml_->nlinks){ \
					e_ = ml_->links[k_].pc; fn_ = ml_->links[k_].fn; \
				}else if(k_ < 0 && -(k_+1) < ml_->m->nlink){ \
					e_ = ml_->m->link[-(k_+1)].pc; fn_ = ml_->m->link[-(k_+1)].fn; \
				}else \
					XRAISE(exInvalid); \
				f_->lr = P2D(pc + 1); \
				f_->fp = P2D(fp); \
				if(fn_ != nil){ bf = f_; bfn = fn_; bml = ml_; goto Lbuiltin; } \
				if(e_ == nil) XRAISE(exModule); \
				f_->mr = P2D(R->M); \
				PH(h_)->ref++; \
				R->M = ml_; \
				R->MP = modmp(ml_); \
				fp = (uchar*)f_; \
				R->FP = fp; \
				LOADMOD(); \
				pc = e_; \
				if(--ic <= 0) goto Lquantum; \
				DISPATCH(); }while(0)
#define OP_ret(S, M, D)		do{ Frame *f_ = (Frame*)fp; Dtype *t_ = D2P(f_->t); Dptr mr_ = f_->mr; \
				Inst *lr_ = D2P(f_->lr); uchar *cfp_ = D2P(f_->fp); \
				if(f_->fp == 0) goto Lexit; \
				if(__builtin_expect(f_->t == 0 || R->SP != fp + FSIZE(t_), 0)){ \
					SYNC(); \
					popframe(R); \
				}else{ \
					dropptrs(fp, t_); \
					R->SP = fp; \
					R->FP = cfp_; \
					if(mr_ != 0){ \
						Modlink *o_ = R->M; \
						R->M = D2P(mr_); \
						R->MP = modmp(R->M); \
						dropref(P2D(o_)); \
					} \
				} \
				fp = cfp_; \
				if(mr_ != 0) LOADMOD(); \
				pc = lr_; \
				if(--ic <= 0) goto Lquantum; \
				DISPATCH(); }while(0)

/*
 * cvtfw, cvtfl: halves away from zero. Out of range or NaN is an
 * invalid operation (fpinval); with that trap off, the minimum, as x86
 * gives.
 */
static inline s32int
f2w(double x)
{
	x = x < 0 ? x - 0.5 : x + 0.5;
	if(!(x > -2147483649.0 && x < 2147483648.0))
		return (s32int)0x80000000u;
	return (s32int)x;
}

static inline vlong
f2l(double x)
{
	x = x < 0 ? x - 0.5 : x + 0.5;
	if(!(x >= -9223372036854775808.0 && x < 9223372036854775808.0))
		return (vlong)0x8000000000000000ull;
	return (vlong)x;
}

#define HANDLER(name, sm, mm, dm) \
	h_##name##_##sm##_##mm##_##dm: { \
		if(FAULTS(sm) || FAULTS(mm) || FAULTS(dm)) \
			FSYNC(); \
		uchar *S = ADDR(sm, Smode(pc), s, si); \
		uchar *M = ADDR(mm, Mmode(pc), m, mi); \
		uchar *D = ADDR(dm, Dmode(pc), d, di); \
		const int dimm = (dm) == Aimm; \
		(void)S; (void)M; (void)D; (void)dimm; \
		OP_##name(S, M, D); \
	} \
	NEXT();
#define LABEL(name, sm, mm, dm)	&&h_##name##_##sm##_##mm##_##dm,

/*
 * Run p from R.PC. Returns when the quantum is used, p blocks or
 * ends; an error() inside unwinds to xec.
 */
static void __attribute__((noinline))
run(Prog *p)
{
	static void *const lab[] = { HANDLERS(LABEL) };
	REG *R;
	Inst *pc, *code;
	uchar *fp, *mp;
	Dtype **types;
	u32int ncode;
	int ic;
	Frame *bf;
	void (*bfn)(void*);
	Modlink *bml;

	bf = nil;
	bfn = nil;
	bml = nil;
	R = &p->R;
	R->MP = modmp(R->M);
	fp = R->FP;
	pc = R->PC;
	ic = R->IC;
	LOADMOD();
	DISPATCH();

	HANDLERS(HANDLER)

Lbuiltin:
	/*
	 * mcall of a built-in function: the frame is FP while it runs; it
	 * may raise (xec pops the frame), block or be killed.
	 */
	bf->mr = 0;
	R->FP = (uchar*)bf;
	R->xpc = pc;
	R->PC = pc + 1;
	p->syscallm = bml;
	bfn(bf);
	p->syscallm = nil;
	popframe(R);
	if(p->state != Pready || p->kill != nil){
		R->IC = ic;
		return;
	}
	NEXT();

Lquantum:
	R->PC = pc;
	R->IC = 0;
	return;

Lexit:
	/* exit, or ret from the first frame: a normal end */
	R->xpc = pc;
	R->PC = pc;
	freestack(R);
	progexit(p, "");
}

/* A kill that has come for p: it ends without running handlers. */
static void
takekill(Prog *p)
{
	char buf[ERRMAX];

	p->flags &= ~Pkilled;
	strecpy(buf, buf+sizeof buf, p->kill != nil ? p->kill : "killed");
	if(p->kill != nil)
		free(p->kill);
	p->kill = nil;
	progexit(p, buf);
}

void
xec(Prog *p)
{
	char buf[ERRMAX];

	if(p->flags & Pkilled){
		takekill(p);
		return;
	}
	p->R.IC = Quanta;
	for(;;){
		if(waserror()){
			p->xecing = 0;
			strecpy(buf, buf+sizeof buf, up->env->errstr);
			if(p->syscallm != nil){
				/* raised inside a built-in: its frame goes first */
				p->syscallm = nil;
				popframe(&p->R);
			}
			if(p->flags & Pkilled){
				takekill(p);
				return;
			}
			if(p->kill != nil){
				/* an exception posted while in a system call supersedes the interruption it caused */
				strecpy(buf, buf+sizeof buf, p->kill);
				free(p->kill);
				p->kill = nil;
			}
			if(!unwind(p, buf)){
				progexit(p, buf);
				return;
			}
			/* an exception counts as a control transfer */
			if(--p->R.IC <= 0)
				return;
			continue;
		}
		if(p->kill != nil){
			/*
			 * An exception posted while p waited or was in a
			 * system call (channel hangup, a group's
			 * propagated exception): raised where it stands.
			 */
			strecpy(buf, buf+sizeof buf, p->kill);
			free(p->kill);
			p->kill = nil;
			p->R.xpc = p->R.PC - 1;
			error(buf);
		}
		p->xecing = 1;
		run(p);
		p->xecing = 0;
		poperror();
		return;
	}
}

/*
 * For the arch's trap handler: a processor fault is the current Prog's
 * while this proc runs its instructions, or a built-in they called
 * that has not let the VM go; the handler's error() then reaches xec's
 * label as any exception does, at R.xpc. In unwinding, in the
 * collector (whose state error() would leave half made) or elsewhere
 * it is not.
 */
int
xecfault(void)
{
	Prog *p;

	if(up == nil || (p = up->prog) == nil)
		return 0;
	return p->xecing && p->state == Pready && !gcrunning;
}
