/*
 * Tests the Dis loader (libinterp/load.c): the op integer encoding;
 * the worked example of dis-format.md decoded field by field and
 * written back byte for byte; how instructions are decoded (modes,
 * a missing middle operand); and refusal, with an error naming the
 * section and the fault, of malformed images: every truncation of
 * valid files, bad magic, opcodes, modes and operands, branch and
 * type indices out of range, data items outside module data or
 * their arrays, implausible counts, and running out of memory at
 * every allocation, without leaking.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../../libkern/kern.h"
#include "../../../libinterp/dis.h"
#include "../../../limbo/asm/asm.h"
#include "test.h"
#include "testdis.h"

static char err[512];

/* loads b; the module or nil with err set */
static Module*
load(Buf *b)
{
	err[0] = 0;
	return disload((uchar*)b->s, b->n, err, sizeof err);
}

static void
testops(void)
{
	static struct {
		s32int v;
		char *hex;
	} t[] = {
		{0, "00"}, {1, "01"}, {63, "3f"}, {-1, "7f"}, {-64, "40"},
		{64, "8040"}, {-65, "bfbf"}, {8191, "9fff"}, {-8192, "a000"},
		{8192, "c0002000"}, {-8193, "ffffdfff"}, {819248, "c00c8030"},
		{923426, "c00e1722"}, {(1<<29)-1, "dfffffff"}, {-(1<<29), "e0000000"},
	};
	Buf b;
	uchar *p;
	int i, ok, n;
	s32int v;

	for(i = 0; i < (int)nelem(t); i++){
		testbegin("op %d is %s", t[i].v, t[i].hex);
		memset(&b, 0, sizeof b);
		unhex(t[i].hex, &b);
		p = (uchar*)b.s;
		v = disop(&p, (uchar*)b.s + b.n, &ok);
		check(ok && v == t[i].v && p == (uchar*)b.s + b.n, "decoded %d (ok %d, %ld bytes)", v, ok, (long)(p - (uchar*)b.s));
		for(n = 0; n < (int)b.n; n++){
			p = (uchar*)b.s;
			disop(&p, (uchar*)b.s + n, &ok);
			check(!ok && p == (uchar*)b.s, "decoded from %d of %lu bytes", n, b.n);
		}
		testend();
		buffree(&b);
	}
	testbegin("op non-minimal encodings are accepted");
	memset(&b, 0, sizeof b);
	unhex("8005 c0000005 ffffffff", &b);
	p = (uchar*)b.s;
	v = disop(&p, (uchar*)b.s + b.n, &ok);
	check(ok && v == 5, "2-byte 5 gave %d", v);
	v = disop(&p, (uchar*)b.s + b.n, &ok);
	check(ok && v == 5, "4-byte 5 gave %d", v);
	v = disop(&p, (uchar*)b.s + b.n, &ok);
	check(ok && v == -1, "4-byte -1 gave %d", v);
	buffree(&b);
	testend();
}

static void
testhello(void)
{
	Buf b, w;
	Module *m;
	Inst *i;

	testbegin("hello: the worked example of dis-format.md loads as documented");
	memset(&b, 0, sizeof b);
	memset(&w, 0, sizeof w);
	unhex(hellohex, &b);
	check(b.n == 125, "example is %lu bytes", b.n);
	m = load(&b);
	check(m != nil, "refused: %s", err);
	if(m == nil){
		testend();
		return;
	}
	check(strcmp(m->name, "Hello") == 0, "name %s", m->name);
	check(strcmp(m->path, "/usr/ember/hello.b") == 0, "path %s", m->path);
	check(m->rt == HASLDT && m->ss == 480, "flags %#x stack %d", m->rt, m->ss);
	check(m->nprog == 6 && m->datasize == 16 && m->ntype == 3 && m->nlink == 1,
		"sizes code %d data %d types %d links %d", m->nprog, m->datasize, m->ntype, m->nlink);
	check(m->entry == 0 && m->entryt == 2, "entry %d type %d", m->entry, m->entryt);
	check(m->maxframe == 48, "maxframe %d", m->maxframe);
	i = &m->prog[0];
	check(i->op == Oload && i->xop == Oload && i->mode == Mkmode(Amp, Aimm, Amp) && i->s == 0 && i->m == 0 && i->d == 12,
		"load decoded as op %d mode %#x %d %d %d", i->op, i->mode, i->s, i->m, i->d);
	i = &m->prog[1];
	check(i->op == Oframe && i->mode == Mkmode(Aimm, Anone, Afp) && i->s == 1 && i->d == 44,
		"frame decoded as op %d mode %#x %d %d", i->op, i->mode, i->s, i->d);
	i = &m->prog[2];
	check(i->op == Omovp && i->mode == Mkmode(Amp, Anone, Aifp) && i->s == 4 && i->d == 44 && i->di == 32,
		"movp decoded as mode %#x %d %d(%d)", i->mode, i->s, i->di, i->d);
	i = &m->prog[4];
	check(i->op == Omcall && i->mode == Mkmode(Afp, Aimm, Amp) && i->s == 44 && i->m == 0 && i->d == 12,
		"mcall decoded as mode %#x", i->mode);
	i = &m->prog[5];
	check(i->op == Oret && i->mode == 0 && i->flags == 0, "ret decoded as mode %#x flags %d", i->mode, i->flags);
	check(m->type[0].size == 16 && m->type[0].np == 1 && m->type[0].map[0] == 0xf0, "type 0");
	check(m->type[1].size == 40 && m->type[1].np == 2 && m->type[1].map[1] == 0x80, "type 1");
	check(m->ndata == 2 && m->data[0].kind == Dstring && m->data[0].n == 4 && m->data[0].off == 0
		&& memcmp(m->data[0].p, "$Sys", 4) == 0, "first data item");
	check(m->data[1].kind == Dstring && m->data[1].n == 13 && m->data[1].off == 4
		&& memcmp(m->data[1].p, "hello, world\n", 13) == 0, "second data item");
	check(strcmp(m->link[0].name, "init") == 0 && m->link[0].pc == 0 && m->link[0].type == 2
		&& m->link[0].sig == 0x4244b354, "link %s pc %d type %d sig %#x",
		m->link[0].name, m->link[0].pc, m->link[0].type, m->link[0].sig);
	check(m->nimport == 1 && m->import[0].n == 1 && strcmp(m->import[0].f[0].name, "print") == 0
		&& m->import[0].f[0].sig == 0xac849033, "imports");
	check(m->nhandler == 0, "%d handlers", m->nhandler);
	check(diswrite(m, &w, err, sizeof err) == 0, "diswrite: %s", err);
	check(w.n == b.n && memcmp(w.s, b.s, b.n) == 0, "written back as %lu different bytes", w.n);
	disfreemod(m);
	check(disnout == 0, "%ld blocks leaked", disnout);
	buffree(&b);
	buffree(&w);
	testend();
}

/* A module around one instruction, for decoding and operand checks. */
static char frametmpl[] =
	"	module	\"T\"\n"
	"	datasize	16\n"
	"	entry	L0, $1\n"
	"	desc	$0, 16, \"f0\"\n"
	"	desc	$1, 64, \"0080\"\n"
	"	desc	$2, 8, \"\"\n"
	"L0:\n"
	"	%s\n"
	"	ret\n"
	"	link	L0, $1, 0x1234, \"init\"\n"
	"	ldt	0\n"
	"	ext	0xac849033, \"print\"\n";

static Module*
loadinst(char *inst, Buf *b)
{
	char text[2048];

	snprintf(text, sizeof text, frametmpl, inst);
	if(assemble(text, 0, b, err, sizeof err) < 0)
		return nil;
	return load(b);
}

static void
testdecode(void)
{
	static struct {
		char *inst;
		int mode;
		int flags;
		s32int s, m, d;
		int si, mi, di;
	} t[] = {
		{"addw $1, 40(fp)", Mkmode(Aimm, Afp, Afp), Imidd, 1, 40, 40},
		{"addw $1, 40(fp), 40(fp)", Mkmode(Aimm, Afp, Afp), 0, 1, 40, 40},
		{"addw $1, 4(mp), 8(mp)", Mkmode(Aimm, Amp, Amp), 0, 1, 4, 8},
		{"addw $1, 4(40(fp))", Mkmode(Aimm, Aifp, Aifp), Imidd, 1, 40, 40, 0, 4, 4},
		{"subw 65535(4(mp)), $-32768, 3(8(mp))", Mkmode(Aimp, Aimm, Aimp), 0, 4, -32768, 8, 65535, 0, 3},
		{"movw $1, 40(fp)", Mkmode(Aimm, Anone, Afp), 0, 1, 0, 40},
		{"newcw 40(fp)", Mkmode(Anone, Anone, Afp), 0, 0, 0, 40},
		{"newcw $3, 40(fp)", Mkmode(Anone, Aimm, Afp), 0, 0, 3, 40},
		{"indw 32(fp), 40(fp)", Mkmode(Afp, Afp, Afp), Imidd, 32, 40, 40},
		{"movw $-536870912, 40(fp)", Mkmode(Aimm, Anone, Afp), 0, -536870912, 0, 40},
		{"jmp L0", Mkmode(Anone, Anone, Aimm), 0, 0, 0, 0},
		{"jmp 40(fp)", Mkmode(Anone, Anone, Afp), 0, 0, 0, 40},
		{"movb 15(mp), 63(fp)", Mkmode(Amp, Anone, Afp), 0, 15, 0, 63},
		{"movl 8(mp), 56(fp)", Mkmode(Amp, Anone, Afp), 0, 8, 0, 56},
		{"movmp 16(fp), $2, 56(fp)", Mkmode(Afp, Aimm, Afp), 0, 16, 2, 56},
		{"movm 16(fp), $48, 16(fp)", Mkmode(Afp, Aimm, Afp), 0, 16, 48, 16},
		{"raise 32(fp)", Mkmode(Afp, Anone, Anone), 0, 32, 0, 0},
		{"movw 0(12(mp)), 65535(60(fp))", Mkmode(Aimp, Anone, Aifp), 0, 12, 0, 60, 0, 0, 65535},
	};
	Buf b;
	Module *m;
	Inst *i;
	int k;

	memset(&b, 0, sizeof b);
	for(k = 0; k < (int)nelem(t); k++){
		testbegin("decode %s", t[k].inst);
		m = loadinst(t[k].inst, &b);
		check(m != nil, "refused: %s", err);
		if(m != nil){
			i = &m->prog[0];
			check(i->mode == t[k].mode, "mode %#x, want %#x", i->mode, t[k].mode);
			check(i->flags == t[k].flags, "flags %d, want %d", i->flags, t[k].flags);
			check(i->s == t[k].s && i->m == t[k].m && i->d == t[k].d, "operands %d %d %d, want %d %d %d",
				i->s, i->m, i->d, t[k].s, t[k].m, t[k].d);
			check(i->si == t[k].si && i->mi == t[k].mi && i->di == t[k].di, "inner offsets %d %d %d",
				i->si, i->mi, i->di);
		}
		disfreemod(m);
		check(disnout == 0, "%ld blocks leaked", disnout);
		testend();
	}
	buffree(&b);
}

/* Instructions the loader must refuse, and what it must say. */
static void
testoperands(void)
{
	static struct {
		char *inst;
		char *want;
	} t[] = {
		{"movw 4096(fp), 40(fp)", "code: instruction 0: operand src: frame offset 4096 past frame size 64"},
		{"movw 64(fp), 40(fp)", "code: instruction 0: operand src: frame offset 64 past frame size 64"},
		{"movw 61(fp), 40(fp)", "operand src: frame offset 61 past frame size 64"},
		{"movl 60(fp), 40(fp)", "operand src: frame offset 60 past frame size 64"},
		{"movw -4(fp), 40(fp)", "operand src: frame offset -4 inside the frame header"},
		{"movw $1, 8(fp)", "operand dst: frame offset 8 inside the frame header"},
		{"movw $1, 12(fp)", "operand dst: frame offset 12 inside the frame header"},
		{"movw 16(mp), 40(fp)", "operand src: module data offset 16 past data size 16"},
		{"movw 13(mp), 40(fp)", "operand src: module data offset 13 past data size 16"},
		{"movw -1(mp), 40(fp)", "operand src: module data offset -1 negative"},
		{"movw 0(70(fp)), 40(fp)", "operand src: frame offset 70 past frame size 64"},
		{"movw 0(14(mp)), 40(fp)", "operand src: module data offset 14 past data size 16"},
		{"movw 0(12(fp)), 40(fp)", "operand src: frame offset 12 inside the frame header"},
		{"addw 40(fp), 70(fp), 40(fp)", "operand mid: frame offset 70 past frame size 64"},
		{"addw 40(fp), 62(fp)", "operand mid (dst): frame offset 62 past frame size 64"},
		{"movw $1, $2", "operand dst: an immediate cannot be written"},
		{"addw $1, $2", "operand dst: an immediate cannot be written"},
		{"indw 32(fp), $1, 40(fp)", "operand mid: an immediate cannot be written"},
		{"lea $1, 40(fp)", "operand src: must be in memory, not an immediate"},
		{"case 40(fp), $3", "operand dst: must be in memory, not an immediate"},
		{"movl $1, 40(fp)", "operand src: an immediate cannot hold 8 bytes"},
		{"addf $1, 40(fp)", "operand src: an immediate cannot hold 8 bytes"},
		{"jmp $5", "code: instruction 0: operand dst: branch target 5 outside code (size 2)"},
		{"jmp $2", "operand dst: branch target 2 outside code (size 2)"},
		{"jmp $-1", "operand dst: branch target -1 outside code (size 2)"},
		{"beqw 40(fp), $0, $9", "operand dst: branch target 9 outside code"},
		{"call 40(fp), $99", "operand dst: branch target 99 outside code"},
		{"spawn 40(fp), $-7", "operand dst: branch target -7 outside code"},
		{"movpc $7, 44(fp)", "operand src: branch target 7 outside code"},
		{"movpc 40(fp), 44(fp)", "operand src: must be an immediate"},
		{"new $3, 40(fp)", "operand src: type 3 out of range (3 types)"},
		{"new $-1, 40(fp)", "operand src: type -1 out of range (3 types)"},
		{"new 40(fp), 40(fp)", "operand src: must be an immediate"},
		{"newa $3, 40(fp)", "operand mid (dst): must be an immediate"},
		{"newa $3, $9, 40(fp)", "operand mid: type 9 out of range"},
		{"frame $2, 40(fp)", "operand src: frame type 2 of 8 bytes smaller than a frame header"},
		{"movw 40(fp), , ", "operand dst: missing"},
		{"movw , , 40(fp)", "operand src: missing"},
		{"ret , , ", nil},
		{"load 0(mp), $1, 4(mp)", "operand mid: import list 1 out of range (1 lists)"},
		{"load 0(mp), $-1, 4(mp)", "operand mid: import list -1 out of range (1 lists)"},
		{"movmp 40(fp), $1, 48(fp)", "operand src: frame offset 40 past frame size 64"},
		{"movmp 32(fp), $1, 48(fp)", "operand src: frame offset 32 past frame size 64"},
		{"movm 40(fp), $-1, 48(fp)", "operand mid: negative block size -1"},
		{"movm 40(fp), $32, 48(fp)", "operand src: frame offset 40 past frame size 64"},
		{"load 0(mp), $40000, 4(mp)", "operand mid: immediate 40000 does not fit 16 bits"},
		{"jmp 40(fp)", nil},
		{"movw 0(4(mp)), 40(fp)", nil},
		{"movb $300, 63(fp)", nil},
		{"headm 32(fp), 40(fp), 48(fp)", nil},
		{"nop", nil},
	};
	Buf b;
	Module *m;
	int k;

	memset(&b, 0, sizeof b);
	for(k = 0; k < (int)nelem(t); k++){
		if(t[k].want == nil)
			testbegin("operand %s accepted", t[k].inst);
		else
			testbegin("operand %s refused", t[k].inst);
		m = loadinst(t[k].inst, &b);
		if(t[k].want == nil)
			check(m != nil, "refused: %s", err);
		else
			check(m == nil && strstr(err, t[k].want) != nil, "said \"%s\", want \"%s\"",
				m == nil ? err : "nothing", t[k].want);
		disfreemod(m);
		check(disnout == 0, "%ld blocks leaked", disnout);
		testend();
	}
	buffree(&b);
}

/* Whole modules, in text, that the loader must refuse. */
static void
testsections(void)
{
	static char head[] =
		"	module	\"T\"\n"
		"	datasize	16\n"
		"	desc	$0, 16, \"f0\"\n"
		"	desc	$1, 64, \"0080\"\n"
		"	desc	$2, 8, \"\"\n"
		"	desc	$3, 4, \"80\"\n"
		"L0:	movw	$1, 40(fp)\n"
		"L1:	ret\n";
	static struct {
		char *name;
		char *text;
		char *want;
	} t[] = {
		{"entry pc", "entry 99, $1", "header: entry pc 99 outside code (size 2)"},
		{"entry type", "entry L0, $7", "header: entry type 7 out of range (4 types)"},
		{"entry type without pc", "entry -1, $1", "header: entry pc -1 outside code"},
		{"entry frame too small", "entry L0, $2", "header: entry type 2 of 8 bytes smaller than a frame header"},
		{"map past size", "desc $4, 8, \"20\"", "types: type 4: map marks offset 8, past the size 8"},
		{"map byte past size", "desc $4, 8, \"0080\"", "types: type 4: map marks offset 32, past the size 8"},
		{"map trailing zeros", "desc $4, 8, \"c00000\"", nil},
		{"data size", "datasize 20", "types: bad desc for mp: type 0 must have the module data size 20"},
		{"word past data", "word @mp+14, 1", "data: item 0 at byte"},
		{"word past data says", "word @mp+12, 1, 2", "word: offset 12, 8 bytes, past module data size 16"},
		{"byte past data", "byte @mp+16, 1", "byte: offset 16, 1 bytes, past module data size 16"},
		{"bytes over pointers", "byte @mp+0, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16",
			"byte: offset 0, 16 bytes, overwrites a pointer in the type map"},
		{"word over a pointer", "word @mp+4, 5", "word: offset 4, 4 bytes, overwrites a pointer in the type map"},
		{"nil word over a pointer", "word @mp+4, -1", nil},
		{"real over pointers", "real @mp+8, 1.5", "real: offset 8, 8 bytes, overwrites a pointer"},
		{"string in a plain word", "desc $4, 8, \"40\"\n array @mp+0, $4, 1\n indir @mp+0, 0\n string @ind+0, \"x\"\n apop",
			"string: offset 0 is not a pointer in the type map"},
		{"string in an element's pointer", "desc $4, 8, \"40\"\n array @mp+0, $4, 2\n indir @mp+0, 1\n string @ind+4, \"x\"\n apop", nil},
		{"word over an element's pointer", "desc $4, 8, \"40\"\n array @mp+0, $4, 2\n indir @mp+0, 0\n word @ind+8, 0, 7\n apop",
			"word: offset 8, 8 bytes, overwrites a pointer in the type map"},
		{"string past data", "string @mp+16, \"x\"", "string: offset 16, 4 bytes, past module data size 16"},
		{"real past data", "real @mp+16, 1.5", "real: offset 16, 8 bytes, past module data size 16"},
		{"big past data", "big @mp+8, 1, 2", "big: offset 8, 16 bytes, past module data size 16"},
		{"word misaligned", "word @mp+2, 1", "word: offset 2 not 4-aligned"},
		{"string misaligned", "string @mp+1, \"x\"", "string: offset 1 not 4-aligned"},
		{"real misaligned", "real @mp+4, 1.5", "real: offset 4 not 8-aligned"},
		{"big misaligned", "big @mp+4, 1", "big: offset 4 not 8-aligned"},
		{"array type", "array @mp+0, $5, 2", "bad array type 5 (4 types)"},
		{"array too large", "array @mp+0, $2, 3000000", "array of 3000000 elements of 8 bytes too large"},
		{"arrays too large together", "array @mp+0, $2, 1000000\n array @mp+4, $2, 1000000\n array @mp+8, $2, 1000000",
			"data: item 2 at byte"},
		{"index without array", "indir @mp+4, 0", "ind not array: no array at offset 4"},
		{"index past array", "array @mp+0, $2, 2\n indir @mp+0, 3", "array init range: index 3 outside array of 2"},
		{"index at end of array", "array @mp+0, $2, 2\n indir @mp+0, 2\n apop", nil},
		{"index of overwritten array", "array @mp+0, $2, 2\n word @mp+0, -1\n indir @mp+0, 0", "ind not array"},
		{"index of partly overwritten array", "array @mp+4, $2, 2\n byte @mp+7, 5\n indir @mp+4, 0",
			"byte: offset 7, 1 bytes, overwrites a pointer in the type map"},
		{"array element fits", "array @mp+0, $2, 2\n indir @mp+0, 0\n word @ind+12, 1\n apop", nil},
		{"array element past", "array @mp+0, $2, 2\n indir @mp+0, 0\n word @ind+16, 1\n apop",
			"word: offset 16 from element base 0, 4 bytes, past array storage of 16 bytes"},
		{"array element past from index 1", "array @mp+0, $2, 2\n indir @mp+0, 1\n word @ind+8, 1\n apop",
			"word: offset 8 from element base 8, 4 bytes, past array storage of 16 bytes"},
		{"pop without index", "apop", "pop range: nothing to pop"},
		{"base stack depth 4", "array @mp+0, $3, 1\n indir @mp+0, 0\n array @ind+0, $3, 1\n indir @ind+0, 0\n"
			" array @ind+0, $3, 1\n indir @ind+0, 0\n array @ind+0, $3, 1\n indir @ind+0, 0\n apop\n apop\n apop\n apop", nil},
		{"base stack depth 5", "array @mp+0, $3, 1\n indir @mp+0, 0\n array @ind+0, $3, 1\n indir @ind+0, 0\n"
			" array @ind+0, $3, 1\n indir @ind+0, 0\n array @ind+0, $3, 1\n indir @ind+0, 0\n"
			" array @ind+0, $3, 1\n indir @ind+0, 0", "base stack deeper than 4"},
		{"link pc", "link 5, $1, 0, \"f\"", "links: link 0 (f): pc 5 outside code (size 2)"},
		{"link type", "link L0, $9, 0, \"f\"", "links: link 0 (f): frame type 9 out of range (4 types)"},
		{"link frame too small", "link L0, $2, 0, \"f\"", "links: link 0 (f): frame type 2 of 8 bytes smaller than a frame header"},
		{"link .mp with pc", "link L0, $1, 0, \".mp\"", "links: link 0 (.mp): pc 0 and type 1, not -1"},
		{"link .mp", "link -1, -1, 0x4cc0c5b7, \".mp\"", nil},
		{"link function without pc", "link -1, -1, 0, \"f\"", "links: link 0 (f): pc -1 outside code"},
		{"link empty name", "link L0, $1, 0, \"\"", "links: link 0 (): empty name"},
		{"import empty name", "ldt 0\n ext 1, \"\"", "imports: list 0 function 0: empty name"},
		{"load list range", "ldt 0\n ldt 1\n ext 1, \"f\"", nil},
		{"handler slot", "handler 8(fp), L0, L1, -1", "handlers: handler 0: exception slot 8(fp) outside frame size 64"},
		{"handler slot past frame", "handler 61(fp), L0, L1, -1", "exception slot 61(fp) outside frame size 64"},
		{"handler range", "handler 40(fp), L1, L0, -1", "handlers: handler 0: bad pc range 1..0 (code size 2)"},
		{"handler range past code", "handler 40(fp), L0, 3, -1", "bad pc range 0..3 (code size 2)"},
		{"handler range to end", "handler 40(fp), L0, 2, -1", nil},
		{"handler type", "handler 40(fp), L0, L1, $7", "handlers: handler 0: type 7 out of range (4 types)"},
		{"handler label pc", "handler 40(fp), L0, L1, -1\n ecase \"x\", 9", "handlers: handler 0 label 0: pc 9 outside code (size 2)"},
		{"handler wild pc", "handler 40(fp), L0, L1, -1\n ewild 2", "handlers: handler 0: wildcard pc 2 outside code (size 2)"},
		{"handler ok", "handler 40(fp), L0, L1, $2\n etype \"T.E\", L1\n ecase \"x*\", L1\n ewild L1", nil},
		{"module name too long", "module \"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"",
			"name: bad module name: longer than 127 bytes"},
		{"module name empty", "module \"\"", "name: bad module name: empty"},
	};
	Buf b;
	Module *m;
	char text[4096];
	int k;

	memset(&b, 0, sizeof b);
	for(k = 0; k < (int)nelem(t); k++){
		testbegin("section %s: %s", t[k].want ? "refused" : "accepted", t[k].name);
		snprintf(text, sizeof text, "%s\t%s\n", head, t[k].text);
		m = nil;
		if(assemble(text, 0, &b, err, sizeof err) < 0)
			fail("assembler: %s", err);
		else{
			m = load(&b);
			if(t[k].want == nil)
				check(m != nil, "refused: %s", err);
			else
				check(m == nil && strstr(err, t[k].want) != nil, "said \"%s\", want \"%s\"",
					m == nil ? err : "nothing", t[k].want);
		}
		disfreemod(m);
		check(disnout == 0, "%ld blocks leaked", disnout);
		testend();
	}
	buffree(&b);
}

/* Byte-level damage to the hello module. Code starts at byte 14; ret is bytes 38-39; types at 40. */
static void
testbytes(void)
{
	static struct {
		char *name;
		ulong off;
		ulong del;
		char *hex;
		char *want;
	} t[] = {
		{"bad magic", 0, 4, "c00c8031", "header: bad magic 819249"},
		{"signed module", 0, 4, "c00e1722", "header: signed modules are not supported"},
		{"empty file", 0, 125, "", "header: truncated at byte 0"},
		{"obsolete flag", 4, 2, "10", "header: obsolete dis (flag HASLDT0)"},
		{"unknown flag", 4, 2, "80c0", "header: unknown runtime flags 0x80"},
		{"negative code size", 8, 1, "7f", "header: implausible Dis file: negative size"},
		{"negative stack", 6, 2, "7f", "header: implausible Dis file: negative size (stack -1"},
		{"huge code size", 8, 1, "dfffffff", "header: code size 536870911 too large for the file"},
		{"huge data size", 9, 1, "c1000001", "header: module data size 16777217 larger than 16777216"},
		{"huge type count", 10, 1, "dfffffff", "header: type count 536870911 too large for the file"},
		{"huge link count", 11, 1, "dfffffff", "header: link count 536870911 too large for the file"},
		{"bad opcode", 38, 1, "c8", "code: instruction 5: bad opcode 200"},
		{"opcode 175", 38, 1, "af", "code: instruction 5: bad opcode 175"},
		{"reserved dst mode 6", 39, 1, "1e", "code: instruction 5: operand dst: reserved addressing mode 6"},
		{"reserved src mode 7", 39, 1, "3b", "code: instruction 5: operand src: reserved addressing mode 7"},
		{"indirect offset past 16 bits", 27, 1, "c0011170", "code: instruction 2: operand dst: indirect offsets 70000(44) outside 0..65535"},
		{"negative indirect offset", 27, 1, "7f", "code: instruction 2: operand dst: indirect offsets -1(44) outside 0..65535"},
		{"type defined twice", 44, 1, "00", "types: type 0: defined twice"},
		{"type number out of range", 44, 1, "05", "types: entry 1: descriptor number 5 out of range (3 types)"},
		{"type size negative", 45, 1, "7f", "types: type 1: implausible size -1"},
		{"type size too large", 45, 1, "c1000001", "types: type 1: implausible size 16777217"},
		{"type map past the file", 46, 1, "9fff", "types: type 1: map size 8191 runs past the end of the file"},
		{"data kind 9", 54, 1, "94", "data: item 0 at byte 54: bad data item kind 9"},
		{"data kind 10", 54, 1, "a4", "data: item 0 at byte 54: bad data item kind 10"},
		{"data negative count", 54, 1, "307f", "data: item 0 at byte 54: string: negative count -1"},
		{"data huge count", 54, 1, "20dfffffff", "data: item 0 at byte 54: truncated at byte"},
		{"data string past file", 54, 1, "30c0100000", "data: item 0 at byte 54: truncated at byte"},
		{"data negative offset", 55, 1, "7f", "data: item 0 at byte 54: string: negative offset -1"},
		{"data terminator missing", 75, 50, "", "data: item 2 at byte 75: truncated at byte 75"},
		{"name unterminated", 81, 44, "", "name: truncated at byte 81"},
		{"import count huge", 93, 1, "dfffffff", "imports: implausible count of import lists 536870911"},
		{"import function count huge", 94, 1, "dfffffff", "imports: list 0: implausible function count 536870911"},
		{"import terminator", 105, 1, "07", "imports: expected the terminating 0 byte, found 0x7"},
		{"no handler section", 4, 2, "8060", "handlers: implausible handler count 47"},
		{"trailing byte", 125, 0, "00", "source: 1 bytes after the source path"},
		{"trailing bytes", 125, 0, "0102", "source: 2 bytes after the source path"},
		{"source unterminated", 124, 1, "", "source: truncated at byte 124"},
	};
	Buf b;
	Module *m;
	int k;

	memset(&b, 0, sizeof b);
	for(k = 0; k < (int)nelem(t); k++){
		testbegin("bytes refused: %s", t[k].name);
		b.n = 0;
		unhex(hellohex, &b);
		splice(&b, t[k].off, t[k].del, t[k].hex);
		m = load(&b);
		check(m == nil && strstr(err, t[k].want) != nil, "said \"%s\", want \"%s\"", m == nil ? err : "nothing", t[k].want);
		disfreemod(m);
		check(disnout == 0, "%ld blocks leaked", disnout);
		testend();
	}
	buffree(&b);
}

/* A module using every section and data item kind, to be cut short and starved. */
static char fullprog[] =
	"	module	\"Full\"\n"
	"	source	\"/appl/full.b\"\n"
	"	datasize	64\n"
	"	entry	L0, $1\n"
	"	desc	$0, 64, \"c0\"\n"
	"	desc	$1, 48, \"0080\"\n"
	"	desc	$2, 8, \"80\"\n"
	"L0:	frame	$1, 40(fp)\n"
	"	call	40(fp), L2\n"
	"	movw	$1, 32(fp)\n"
	"L2:	raise	0(mp)\n"
	"	ret\n"
	"	string	@mp+0, \"boom\"\n"
	"	array	@mp+4, $2, 3\n"
	"	indir	@mp+4, 1\n"
	"	string	@ind+0, \"x\"\n"
	"	word	@ind+4, -1\n"
	"	apop\n"
	"	byte	@mp+9, 1, 2, 3\n"
	"	word	@mp+12, 1, 2, 3, 4, 5, 6, 7, 8, 9\n"
	"	real	@mp+48, 1.5\n"
	"	big	@mp+56, -2\n"
	"	link	-1, -1, 0x4cc0c5b7, \".mp\"\n"
	"	link	L0, $1, 0x4244b354, \"init\"\n"
	"	ldt	0\n"
	"	ext	0xac849033, \"print\"\n"
	"	ldt	1\n"
	"	handler	36(fp), L0, L2, $2\n"
	"	etype	\"Full.E\", L2\n"
	"	ecase	\"boom\", L2\n"
	"	ecase	\"x*\", L2\n"
	"	ewild	L2\n"
	"	handler	36(fp), L0, 5, -1\n";

/* Every proper prefix of a valid image is refused with a section's name, and nothing leaks. */
static void
truncations(char *name, Buf *b)
{
	static char *sections[] = {
		"header: ", "code: ", "types: ", "data: ", "name: ", "links: ",
		"imports: ", "handlers: ", "source: ",
	};
	Module *m;
	ulong n;
	int k, named, ntrunc;

	testbegin("%s: each of its %lu truncations refused", name, b->n);
	ntrunc = 0;
	for(n = 0; n < b->n; n++){
		m = disload((uchar*)b->s, n, err, sizeof err);
		if(m != nil){
			fail("prefix of %lu bytes accepted", n);
			disfreemod(m);
			continue;
		}
		named = 0;
		for(k = 0; k < (int)nelem(sections); k++)
			if(strncmp(err, sections[k], strlen(sections[k])) == 0)
				named = 1;
		check(named, "prefix of %lu bytes: error \"%s\" names no section", n, err);
		if(strstr(err, "truncated") != nil)
			ntrunc++;
	}
	check(disnout == 0, "%ld blocks leaked", disnout);
	check(ntrunc > (int)b->n/2, "only %d of %lu errors say truncated", ntrunc, b->n);
	m = disload((uchar*)b->s, b->n, err, sizeof err);
	check(m != nil, "whole image refused: %s", err);
	disfreemod(m);
	testend();
}

/* Failing each allocation in turn gives "out of memory" and leaks nothing. */
static void
starve(char *name, Buf *b)
{
	Module *m;
	long k, total;

	testbegin("%s: each allocation failing in turn", name);
	disnalloc = 0;
	m = disload((uchar*)b->s, b->n, err, sizeof err);
	total = disnalloc;
	check(m != nil, "refused: %s", err);
	disfreemod(m);
	for(k = 0; k < total; k++){
		disnalloc = 0;
		disfailat = k;
		m = disload((uchar*)b->s, b->n, err, sizeof err);
		check(m == nil && strstr(err, ": out of memory") != nil, "allocation %ld of %ld failing: %s",
			k, total, m == nil ? err : "loaded anyway");
		disfreemod(m);
		check(disnout == 0, "allocation %ld failing leaked %ld blocks", k, disnout);
	}
	disfailat = -1;
	check(total > 10, "only %ld allocations", total);
	testend();
}

/* Enough arrays to grow the loader's tables, nested and overwritten. */
static void
manyarrays(Buf *b)
{
	Buf t;
	int k;

	memset(&t, 0, sizeof t);
	bufprint(&t, "\tmodule\tMany\n\tdatasize\t64\n\tdesc\t$0, 64, \"ffff\"\n\tdesc\t$1, 8, \"80\"\n\tret\n");
	for(k = 0; k < 40; k++){
		bufprint(&t, "\tarray\t@mp+%d, $1, 2\n\tindir\t@mp+%d, 1\n", 4*(k%16), 4*(k%16));
		bufprint(&t, "\tarray\t@ind+0, $1, 1\n\tindir\t@ind+0, 0\n\tword\t@ind+4, %d\n\tapop\n\tapop\n", k);
	}
	bufprint(&t, "\tword\t@mp+0, -1\n\tarray\t@mp+0, $1, 3\n\tindir\t@mp+0, 3\n\tapop\n");
	testbegin("many: assembles");
	check(assemble(t.s, 1, b, err, sizeof err) == 0, "%s", err);
	testend();
	buffree(&t);
}

static void
testwhole(void)
{
	Buf b;

	memset(&b, 0, sizeof b);
	unhex(hellohex, &b);
	truncations("hello", &b);
	starve("hello", &b);
	testbegin("full: assembles");
	check(assemble(fullprog, 1, &b, err, sizeof err) == 0, "%s", err);
	testend();
	truncations("full", &b);
	starve("full", &b);
	manyarrays(&b);
	truncations("many", &b);
	starve("many", &b);
	buffree(&b);
}

/* A short error buffer gets a truncated message, and none at all is allowed. */
static void
testerrbuf(void)
{
	char small[8];
	Module *m;

	testbegin("error buffer of 8 bytes");
	m = disload((uchar*)"\x01", 1, small, sizeof small);
	check(m == nil && strcmp(small, "header:") == 0, "got \"%s\"", small);
	m = disload((uchar*)"\x01", 1, nil, 0);
	check(m == nil, "loaded");
	check(disnout == 0, "%ld blocks leaked", disnout);
	testend();
}

int
main(void)
{
	testops();
	testhello();
	testdecode();
	testoperands();
	testsections();
	testbytes();
	testwhole();
	testerrbuf();
	return testexit();
}
