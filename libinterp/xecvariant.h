/*
 * The interpreter's handlers, as data: each opcode's specialised
 * variants (by operand modes) before its generic one. xec.c builds its
 * dispatch table from HANDLERS; xecpick chooses an instruction's
 * variant (Inst.xop) the way xecprepare does, so that tools/dismod can
 * prepare modules ahead of time (the rp2040's, used in place from
 * flash). Needs dis.h.
 */
/* A handler's operand whose mode is decided at run time (beyond Aimp). */
#define AG	7

/*
 * The handlers: X(name, smode, mmode, dmode). Specialised handlers
 * come before the generic one of their opcode (xecprepare takes the
 * first that fits); Anone and AG fit any mode.
 */
#define ARITHW(X, op) \
	X(op, Aimm, Afp, Afp) X(op, Afp, Afp, Afp) X(op, Amp, Afp, Afp) \
	X(op, Aimm, Aimm, Afp) X(op, Afp, Aimm, Afp) X(op, Amp, Aimm, Afp) \
	X(op, Aimm, Amp, Afp) X(op, Afp, Amp, Afp) X(op, Amp, Amp, Afp) \
	X(op, Aimm, Amp, Amp) X(op, Afp, Amp, Amp) X(op, Aimm, Afp, Amp) X(op, Afp, Afp, Amp) \
	X(op, Aimm, Afp, Aifp) X(op, Afp, Afp, Aifp)
#define BRANCHW(X, op) \
	X(op, Afp, Afp, Aimm) X(op, Afp, Aimm, Aimm) X(op, Afp, Amp, Aimm) \
	X(op, Amp, Afp, Aimm) X(op, Amp, Aimm, Aimm) X(op, Amp, Amp, Aimm) \
	X(op, Aimm, Afp, Aimm) X(op, Aimm, Amp, Aimm)
#define INDV(X, op) \
	X(op, Afp, Afp, Afp) X(op, Afp, Afp, Aimm) X(op, Amp, Afp, Afp) X(op, Amp, Afp, Aimm) \
	X(op, Aifp, Afp, Afp) X(op, Aifp, Afp, Aimm)

#define SPECIAL(X) \
	X(movw, Afp, Anone, Afp) X(movw, Aimm, Anone, Afp) X(movw, Amp, Anone, Afp) \
	X(movw, Afp, Anone, Amp) X(movw, Aimm, Anone, Amp) X(movw, Amp, Anone, Amp) \
	X(movw, Afp, Anone, Aifp) X(movw, Aimm, Anone, Aifp) X(movw, Aifp, Anone, Afp) \
	X(movw, Aimp, Anone, Afp) X(movw, Afp, Anone, Aimp) \
	X(movp, Afp, Anone, Afp) X(movp, Amp, Anone, Afp) X(movp, Afp, Anone, Amp) \
	X(movp, Afp, Anone, Aifp) X(movp, Aifp, Anone, Afp) \
	X(movb, Afp, Anone, Afp) X(movb, Aimm, Anone, Afp) X(movb, Aifp, Anone, Afp) X(movb, Afp, Anone, Aifp) \
	X(movl, Afp, Anone, Afp) X(movl, Amp, Anone, Afp) X(movl, Afp, Anone, Aifp) \
	X(movf, Afp, Anone, Afp) X(movf, Amp, Anone, Afp) X(movf, Afp, Anone, Aifp) \
	X(lea, Afp, Anone, Afp) X(lea, Afp, Anone, Aifp) X(lea, Amp, Anone, Aifp) \
	ARITHW(X, addw) ARITHW(X, subw) ARITHW(X, mulw) ARITHW(X, andw) \
	ARITHW(X, orw) ARITHW(X, xorw) ARITHW(X, shlw) ARITHW(X, shrw) ARITHW(X, lsrw) \
	X(addl, Afp, Afp, Afp) X(subl, Afp, Afp, Afp) \
	X(addf, Afp, Afp, Afp) X(subf, Afp, Afp, Afp) X(mulf, Afp, Afp, Afp) X(divf, Afp, Afp, Afp) \
	BRANCHW(X, beqw) BRANCHW(X, bnew) BRANCHW(X, bltw) \
	BRANCHW(X, blew) BRANCHW(X, bgtw) BRANCHW(X, bgew) \
	X(beqb, Afp, Aimm, Aimm) X(bneb, Afp, Aimm, Aimm) X(beqb, Afp, Afp, Aimm) X(bneb, Afp, Afp, Aimm) \
	X(beql, Afp, Afp, Aimm) X(bnel, Afp, Afp, Aimm) X(bltl, Afp, Afp, Aimm) \
	X(blel, Afp, Afp, Aimm) X(bgtl, Afp, Afp, Aimm) X(bgel, Afp, Afp, Aimm) \
	X(bltf, Afp, Afp, Aimm) X(bgef, Afp, Afp, Aimm) \
	INDV(X, indw) INDV(X, indb) INDV(X, indx) INDV(X, indf) INDV(X, indl) \
	X(frame, Aimm, Anone, Afp) X(call, Afp, Anone, Aimm) \
	X(mframe, Amp, Aimm, Afp) X(mframe, Afp, Aimm, Afp) \
	X(mcall, Afp, Aimm, Amp) X(mcall, Afp, Aimm, Afp) \
	X(jmp, Anone, Anone, Aimm) \
	X(cvtwl, Afp, Anone, Afp) X(cvtlw, Afp, Anone, Afp) X(cvtbw, Afp, Anone, Afp) X(cvtwb, Afp, Anone, Afp) \
	X(lena, Afp, Anone, Afp) X(lenc, Afp, Anone, Afp) \
	X(addb, Aimm, Afp, Afp)

#define G0(X, op)	X(op, Anone, Anone, Anone)
#define G1(X, op)	X(op, Anone, Anone, AG)
#define G2(X, op)	X(op, AG, Anone, AG)
#define G3(X, op)	X(op, AG, AG, AG)

#define GENERIC(X) \
	G0(X, nop) G3(X, alt) G3(X, nbalt) G2(X, goto) G2(X, call) G2(X, frame) G2(X, spawn) G0(X, runt) \
	G3(X, load) G3(X, mcall) G3(X, mspawn) G3(X, mframe) G0(X, ret) G1(X, jmp) G2(X, case) G0(X, exit) \
	G2(X, new) G3(X, newa) G3(X, newcb) G3(X, newcw) G3(X, newcf) G3(X, newcp) G3(X, newcm) G3(X, newcmp) \
	G2(X, send) G2(X, recv) G2(X, consb) G2(X, consw) G2(X, consp) G2(X, consf) G3(X, consm) G3(X, consmp) \
	G2(X, headb) G2(X, headw) G2(X, headp) G2(X, headf) G3(X, headm) G3(X, headmp) G2(X, tail) G2(X, lea) \
	G3(X, indx) G2(X, movp) G3(X, movm) G3(X, movmp) G2(X, movb) G2(X, movw) G2(X, movf) G2(X, cvtbw) \
	G2(X, cvtwb) G2(X, cvtfw) G2(X, cvtwf) G2(X, cvtca) G2(X, cvtac) G2(X, cvtwc) G2(X, cvtcw) G2(X, cvtfc) \
	G2(X, cvtcf) G3(X, addb) G3(X, addw) G3(X, addf) G3(X, subb) G3(X, subw) G3(X, subf) G3(X, mulb) \
	G3(X, mulw) G3(X, mulf) G3(X, divb) G3(X, divw) G3(X, divf) G3(X, modw) G3(X, modb) G3(X, andb) \
	G3(X, andw) G3(X, orb) G3(X, orw) G3(X, xorb) G3(X, xorw) G3(X, shlb) G3(X, shlw) G3(X, shrb) \
	G3(X, shrw) G3(X, insc) G3(X, indc) G3(X, addc) G2(X, lenc) G2(X, lena) G2(X, lenl) G3(X, beqb) \
	G3(X, bneb) G3(X, bltb) G3(X, bleb) G3(X, bgtb) G3(X, bgeb) G3(X, beqw) G3(X, bnew) G3(X, bltw) \
	G3(X, blew) G3(X, bgtw) G3(X, bgew) G3(X, beqf) G3(X, bnef) G3(X, bltf) G3(X, blef) G3(X, bgtf) \
	G3(X, bgef) G3(X, beqc) G3(X, bnec) G3(X, bltc) G3(X, blec) G3(X, bgtc) G3(X, bgec) G3(X, slicea) \
	G3(X, slicela) G3(X, slicec) G3(X, indw) G3(X, indf) G3(X, indb) G2(X, negf) G2(X, movl) G3(X, addl) \
	G3(X, subl) G3(X, divl) G3(X, modl) G3(X, mull) G3(X, andl) G3(X, orl) G3(X, xorl) G3(X, shll) \
	G3(X, shrl) G3(X, bnel) G3(X, bltl) G3(X, blel) G3(X, bgtl) G3(X, bgel) G3(X, beql) G2(X, cvtlf) \
	G2(X, cvtfl) G2(X, cvtlw) G2(X, cvtwl) G2(X, cvtlc) G2(X, cvtcl) G2(X, headl) G2(X, consl) G3(X, newcl) \
	G2(X, casec) G3(X, indl) G2(X, movpc) G2(X, tcmp) G3(X, mnewz) G2(X, cvtrf) G2(X, cvtfr) G2(X, cvtws) \
	G2(X, cvtsw) G3(X, lsrw) G3(X, lsrl) G0(X, eclr) G2(X, newz) G3(X, newaz) G2(X, raise) G2(X, casel) \
	G3(X, mulx) G3(X, divx) G3(X, cvtxx) G3(X, mulx0) G3(X, divx0) G3(X, cvtxx0) G3(X, mulx1) G3(X, divx1) \
	G3(X, cvtxx1) G3(X, cvtfx) G3(X, cvtxf) G3(X, expw) G3(X, expl) G3(X, expf) G1(X, self)

#define HANDLERS(X)	SPECIAL(X) GENERIC(X)

typedef struct Variant Variant;
struct Variant {
	u8int	op;
	u8int	s, m, d;
};

#define VDESC(name, sm, mm, dm)	{ O##name, sm, mm, dm },
static const Variant variant[] = { HANDLERS(VDESC) };
enum { Nvariant = nelem(variant) };

/* The first variant that fits i's modes: its Inst.xop; -1 if none. */
static inline int
xecpick(Inst *i)
{
	int v;

	for(v = 0; v < (int)(sizeof variant/sizeof variant[0]); v++)
		if(variant[v].op == i->op &&
		   (variant[v].s == Anone || variant[v].s == AG || variant[v].s == Smode(i)) &&
		   (variant[v].m == Anone || variant[v].m == AG || variant[v].m == Mmode(i)) &&
		   (variant[v].d == Anone || variant[v].d == AG || variant[v].d == Dmode(i)))
			return v;
	return -1;
}
