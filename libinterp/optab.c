/*
 * The opcode table: each opcode's mnemonic and what it does with its
 * source, middle and destination operands (dis-isa.md §6). The
 * loader checks operands against it; the tools print and parse with
 * it. Semantics live in the interpreter, not here.
 */
#include "../libkern/kern.h"
#include "dis.h"

#define OP(name, s, m, d)	{ name, s, m, d }
#define N	Xnone

Opinfo optab[Nopcode] = {
	[Onop] =	OP("nop", N, N, N),
	[Oalt] =	OP("alt", Xtab, N, Xww),
	[Onbalt] =	OP("nbalt", Xtab, N, Xww),
	[Ogoto] =	OP("goto", Xw, N, Xtab),
	[Ocall] =	OP("call", Xp, N, Xpc),
	[Oframe] =	OP("frame", Xtype, N, Xwp),
	[Ospawn] =	OP("spawn", Xp, N, Xpc),
	[Orunt] =	OP("runt", N, N, N),
	[Oload] =	OP("load", Xp, Xw, Xwp),
	[Omcall] =	OP("mcall", Xp, Xw, Xp),
	[Omspawn] =	OP("mspawn", Xp, Xw, Xp),
	[Omframe] =	OP("mframe", Xp, Xw, Xwp),
	[Oret] =	OP("ret", N, N, N),
	[Ojmp] =	OP("jmp", N, N, Xpc),
	[Ocase] =	OP("case", Xw, N, Xtab),
	[Oexit] =	OP("exit", N, N, N),
	[Onew] =	OP("new", Xtype, N, Xwp),
	[Onewa] =	OP("newa", Xw, Xtype, Xwp),
	[Onewcb] =	OP("newcb", N, Xopt, Xwp),
	[Onewcw] =	OP("newcw", N, Xopt, Xwp),
	[Onewcf] =	OP("newcf", N, Xopt, Xwp),
	[Onewcp] =	OP("newcp", N, Xopt, Xwp),
	[Onewcm] =	OP("newcm", Xw, Xopt, Xwp),
	[Onewcmp] =	OP("newcmp", Xtype, Xopt, Xwp),
	[Osend] =	OP("send", Xval, N, Xp),
	[Orecv] =	OP("recv", Xp, N, Xvalw),
	[Oconsb] =	OP("consb", Xb, N, Xwp),
	[Oconsw] =	OP("consw", Xw, N, Xwp),
	[Oconsp] =	OP("consp", Xp, N, Xwp),
	[Oconsf] =	OP("consf", Xf, N, Xwp),
	[Oconsm] =	OP("consm", Xm, Xw, Xwp),
	[Oconsmp] =	OP("consmp", Xmt, Xtype, Xwp),
	[Oheadb] =	OP("headb", Xp, N, Xwb),
	[Oheadw] =	OP("headw", Xp, N, Xww),
	[Oheadp] =	OP("headp", Xp, N, Xwp),
	[Oheadf] =	OP("headf", Xp, N, Xwf),
	[Oheadm] =	OP("headm", Xp, Xw, Xwm),
	[Oheadmp] =	OP("headmp", Xp, Xtype, Xwmt),
	[Otail] =	OP("tail", Xp, N, Xwp),
	[Olea] =	OP("lea", Xaddr, N, Xww),
	[Oindx] =	OP("indx", Xp, Xww, Xw),
	[Omovp] =	OP("movp", Xp, N, Xwp),
	[Omovm] =	OP("movm", Xm, Xw, Xwm),
	[Omovmp] =	OP("movmp", Xmt, Xtype, Xwmt),
	[Omovb] =	OP("movb", Xb, N, Xwb),
	[Omovw] =	OP("movw", Xw, N, Xww),
	[Omovf] =	OP("movf", Xf, N, Xwf),
	[Ocvtbw] =	OP("cvtbw", Xb, N, Xww),
	[Ocvtwb] =	OP("cvtwb", Xw, N, Xwb),
	[Ocvtfw] =	OP("cvtfw", Xf, N, Xww),
	[Ocvtwf] =	OP("cvtwf", Xw, N, Xwf),
	[Ocvtca] =	OP("cvtca", Xp, N, Xwp),
	[Ocvtac] =	OP("cvtac", Xp, N, Xwp),
	[Ocvtwc] =	OP("cvtwc", Xw, N, Xwp),
	[Ocvtcw] =	OP("cvtcw", Xp, N, Xww),
	[Ocvtfc] =	OP("cvtfc", Xf, N, Xwp),
	[Ocvtcf] =	OP("cvtcf", Xp, N, Xwf),
	[Oaddb] =	OP("addb", Xb, Xb, Xwb),
	[Oaddw] =	OP("addw", Xw, Xw, Xww),
	[Oaddf] =	OP("addf", Xf, Xf, Xwf),
	[Osubb] =	OP("subb", Xb, Xb, Xwb),
	[Osubw] =	OP("subw", Xw, Xw, Xww),
	[Osubf] =	OP("subf", Xf, Xf, Xwf),
	[Omulb] =	OP("mulb", Xb, Xb, Xwb),
	[Omulw] =	OP("mulw", Xw, Xw, Xww),
	[Omulf] =	OP("mulf", Xf, Xf, Xwf),
	[Odivb] =	OP("divb", Xb, Xb, Xwb),
	[Odivw] =	OP("divw", Xw, Xw, Xww),
	[Odivf] =	OP("divf", Xf, Xf, Xwf),
	[Omodw] =	OP("modw", Xw, Xw, Xww),
	[Omodb] =	OP("modb", Xb, Xb, Xwb),
	[Oandb] =	OP("andb", Xb, Xb, Xwb),
	[Oandw] =	OP("andw", Xw, Xw, Xww),
	[Oorb] =	OP("orb", Xb, Xb, Xwb),
	[Oorw] =	OP("orw", Xw, Xw, Xww),
	[Oxorb] =	OP("xorb", Xb, Xb, Xwb),
	[Oxorw] =	OP("xorw", Xw, Xw, Xww),
	[Oshlb] =	OP("shlb", Xw, Xb, Xwb),
	[Oshlw] =	OP("shlw", Xw, Xw, Xww),
	[Oshrb] =	OP("shrb", Xw, Xb, Xwb),
	[Oshrw] =	OP("shrw", Xw, Xw, Xww),
	[Oinsc] =	OP("insc", Xw, Xw, Xwp),
	[Oindc] =	OP("indc", Xp, Xw, Xww),
	[Oaddc] =	OP("addc", Xp, Xp, Xwp),
	[Olenc] =	OP("lenc", Xp, N, Xww),
	[Olena] =	OP("lena", Xp, N, Xww),
	[Olenl] =	OP("lenl", Xp, N, Xww),
	[Obeqb] =	OP("beqb", Xb, Xb, Xpc),
	[Obneb] =	OP("bneb", Xb, Xb, Xpc),
	[Obltb] =	OP("bltb", Xb, Xb, Xpc),
	[Obleb] =	OP("bleb", Xb, Xb, Xpc),
	[Obgtb] =	OP("bgtb", Xb, Xb, Xpc),
	[Obgeb] =	OP("bgeb", Xb, Xb, Xpc),
	[Obeqw] =	OP("beqw", Xw, Xw, Xpc),
	[Obnew] =	OP("bnew", Xw, Xw, Xpc),
	[Obltw] =	OP("bltw", Xw, Xw, Xpc),
	[Oblew] =	OP("blew", Xw, Xw, Xpc),
	[Obgtw] =	OP("bgtw", Xw, Xw, Xpc),
	[Obgew] =	OP("bgew", Xw, Xw, Xpc),
	[Obeqf] =	OP("beqf", Xf, Xf, Xpc),
	[Obnef] =	OP("bnef", Xf, Xf, Xpc),
	[Obltf] =	OP("bltf", Xf, Xf, Xpc),
	[Oblef] =	OP("blef", Xf, Xf, Xpc),
	[Obgtf] =	OP("bgtf", Xf, Xf, Xpc),
	[Obgef] =	OP("bgef", Xf, Xf, Xpc),
	[Obeqc] =	OP("beqc", Xp, Xp, Xpc),
	[Obnec] =	OP("bnec", Xp, Xp, Xpc),
	[Obltc] =	OP("bltc", Xp, Xp, Xpc),
	[Oblec] =	OP("blec", Xp, Xp, Xpc),
	[Obgtc] =	OP("bgtc", Xp, Xp, Xpc),
	[Obgec] =	OP("bgec", Xp, Xp, Xpc),
	[Oslicea] =	OP("slicea", Xw, Xw, Xwp),
	[Oslicela] =	OP("slicela", Xp, Xw, Xp),
	[Oslicec] =	OP("slicec", Xw, Xw, Xwp),
	[Oindw] =	OP("indw", Xp, Xww, Xw),
	[Oindf] =	OP("indf", Xp, Xww, Xw),
	[Oindb] =	OP("indb", Xp, Xww, Xw),
	[Onegf] =	OP("negf", Xf, N, Xwf),
	[Omovl] =	OP("movl", Xl, N, Xwl),
	[Oaddl] =	OP("addl", Xl, Xl, Xwl),
	[Osubl] =	OP("subl", Xl, Xl, Xwl),
	[Odivl] =	OP("divl", Xl, Xl, Xwl),
	[Omodl] =	OP("modl", Xl, Xl, Xwl),
	[Omull] =	OP("mull", Xl, Xl, Xwl),
	[Oandl] =	OP("andl", Xl, Xl, Xwl),
	[Oorl] =	OP("orl", Xl, Xl, Xwl),
	[Oxorl] =	OP("xorl", Xl, Xl, Xwl),
	[Oshll] =	OP("shll", Xw, Xl, Xwl),
	[Oshrl] =	OP("shrl", Xw, Xl, Xwl),
	[Obnel] =	OP("bnel", Xl, Xl, Xpc),
	[Obltl] =	OP("bltl", Xl, Xl, Xpc),
	[Oblel] =	OP("blel", Xl, Xl, Xpc),
	[Obgtl] =	OP("bgtl", Xl, Xl, Xpc),
	[Obgel] =	OP("bgel", Xl, Xl, Xpc),
	[Obeql] =	OP("beql", Xl, Xl, Xpc),
	[Ocvtlf] =	OP("cvtlf", Xl, N, Xwf),
	[Ocvtfl] =	OP("cvtfl", Xf, N, Xwl),
	[Ocvtlw] =	OP("cvtlw", Xl, N, Xww),
	[Ocvtwl] =	OP("cvtwl", Xw, N, Xwl),
	[Ocvtlc] =	OP("cvtlc", Xl, N, Xwp),
	[Ocvtcl] =	OP("cvtcl", Xp, N, Xwl),
	[Oheadl] =	OP("headl", Xp, N, Xwl),
	[Oconsl] =	OP("consl", Xl, N, Xwp),
	[Onewcl] =	OP("newcl", N, Xopt, Xwp),
	[Ocasec] =	OP("casec", Xp, N, Xtab),
	[Oindl] =	OP("indl", Xp, Xww, Xw),
	[Omovpc] =	OP("movpc", Xpcimm, N, Xww),
	[Otcmp] =	OP("tcmp", Xp, N, Xp),
	[Omnewz] =	OP("mnewz", Xp, Xw, Xwp),
	[Ocvtrf] =	OP("cvtrf", Xr, N, Xwf),
	[Ocvtfr] =	OP("cvtfr", Xf, N, Xwr),
	[Ocvtws] =	OP("cvtws", Xw, N, Xwh),
	[Ocvtsw] =	OP("cvtsw", Xh, N, Xww),
	[Olsrw] =	OP("lsrw", Xw, Xw, Xww),
	[Olsrl] =	OP("lsrl", Xw, Xl, Xwl),
	[Oeclr] =	OP("eclr", N, N, N),
	[Onewz] =	OP("newz", Xtype, N, Xwp),
	[Onewaz] =	OP("newaz", Xw, Xtype, Xwp),
	[Oraise] =	OP("raise", Xp, N, N),
	[Ocasel] =	OP("casel", Xl, N, Xtab),
	[Omulx] =	OP("mulx", Xw, Xw, Xww),
	[Odivx] =	OP("divx", Xw, Xw, Xww),
	[Ocvtxx] =	OP("cvtxx", Xw, Xw, Xww),
	[Omulx0] =	OP("mulx0", Xw, Xw, Xww),
	[Odivx0] =	OP("divx0", Xw, Xw, Xww),
	[Ocvtxx0] =	OP("cvtxx0", Xw, Xw, Xww),
	[Omulx1] =	OP("mulx1", Xw, Xw, Xww),
	[Odivx1] =	OP("divx1", Xw, Xw, Xww),
	[Ocvtxx1] =	OP("cvtxx1", Xw, Xw, Xww),
	[Ocvtfx] =	OP("cvtfx", Xf, Xf, Xww),
	[Ocvtxf] =	OP("cvtxf", Xw, Xf, Xwf),
	[Oexpw] =	OP("expw", Xw, Xw, Xww),
	[Oexpl] =	OP("expl", Xw, Xl, Xwl),
	[Oexpf] =	OP("expf", Xw, Xf, Xwf),
	[Oself] =	OP("self", N, N, Xwp),
};

/*
 * 'r' read, 'w' written (so never an immediate), 'i' must be an
 * immediate, 'm' must be in memory but is only addressed, 0 unused.
 */
int
opclassrw(int class)
{
	switch(class){
	case Xnone:
		return 0;
	case Xtype:
	case Xpcimm:
		return 'i';
	case Xaddr:
	case Xtab:
		return 'm';
	case Xvalw:
	case Xwb: case Xwh: case Xww: case Xwr: case Xwl: case Xwf: case Xwp:
	case Xwm: case Xwmt:
		return 'w';
	}
	return 'r';
}

/* The bytes an operand of the class covers, or 0 if only the instruction's other operands or the run time tell. */
int
opclasswidth(int class)
{
	switch(class){
	case Xb: case Xwb:
		return 1;
	case Xh: case Xwh:
		return 2;
	case Xopt: case Xpc: case Xpcimm: case Xtype: case Xtab:
	case Xw: case Xww: case Xr: case Xwr: case Xp: case Xwp:
		return 4;
	case Xl: case Xwl: case Xf: case Xwf:
		return 8;
	}
	return 0;
}

int
opbyname(char *name)
{
	int i;

	for(i = 0; i < Nopcode; i++)
		if(strcmp(optab[i].name, name) == 0)
			return i;
	return -1;
}
