/*
 * Tests the Dis assembler and disassembler (limbo/asm): the sample
 * programs in progs/ and a program using every opcode assemble, load,
 * and survive disassembly and reassembly byte for byte; hello.s gives
 * exactly the bytes Inferno's compiler made; operand forms print as
 * written; data items take the encodings of dis-format.md; bad input
 * gets an error with its line; mangled text never crashes.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../../libkern/kern.h"
#include "../../../libinterp/dis.h"
#include "../../../limbo/asm/asm.h"
#include "test.h"
#include "testdis.h"

static char err[512];

/*
 * text assembles and loads; its disassembly reassembles to the same
 * bytes and disassembles to the same text. Leaves the image in img.
 */
static void
roundtrip(char *text, Buf *img)
{
	Buf again, t1, t2;
	Module *m;

	memset(&again, 0, sizeof again);
	memset(&t1, 0, sizeof t1);
	memset(&t2, 0, sizeof t2);
	if(assemble(text, 1, img, err, sizeof err) < 0){
		fail("assembling: %s", err);
		return;
	}
	m = disload((uchar*)img->s, img->n, err, sizeof err);
	if(m == nil){
		fail("loading: %s", err);
		return;
	}
	disprint(m, &t1);
	disfreemod(m);
	if(assemble(t1.s, 1, &again, err, sizeof err) < 0)
		fail("reassembling the disassembly: %s", err);
	else if(again.n != img->n || memcmp(again.s, img->s, img->n) != 0)
		fail("reassembled to %lu different bytes (from %lu)", again.n, img->n);
	else{
		m = disload((uchar*)again.s, again.n, err, sizeof err);
		check(m != nil, "reloading: %s", err);
		if(m != nil)
			disprint(m, &t2);
		disfreemod(m);
		check(t1.n == t2.n && memcmp(t1.s, t2.s, t1.n) == 0, "disassembly changed on the second round");
	}
	check(!t1.nomem && !again.nomem, "out of memory");
	check(disnout == 0, "%ld blocks leaked", disnout);
	buffree(&again);
	buffree(&t1);
	buffree(&t2);
}

static int
namecmp(const void *a, const void *b)
{
	return strcmp(*(char**)a, *(char**)b);
}

static void
testprogs(void)
{
	DIR *d;
	struct dirent *e;
	char *names[64], path[512];
	int n, i;
	ulong len;
	Buf text, img;

	d = opendir("progs");
	testbegin("progs: sample programs present");
	check(d != nil, "cannot open progs/ (run from tests/unit/libinterp)");
	testend();
	if(d == nil)
		return;
	n = 0;
	while((e = readdir(d)) != nil && n < (int)nelem(names)){
		len = strlen(e->d_name);
		if(len > 2 && strcmp(e->d_name + len - 2, ".s") == 0)
			names[n++] = strdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof names[0], namecmp);
	memset(&img, 0, sizeof img);
	for(i = 0; i < n; i++){
		testbegin("progs/%s: assembles, loads and round-trips", names[i]);
		memset(&text, 0, sizeof text);
		snprintf(path, sizeof path, "progs/%s", names[i]);
		if(readfile(path, &text, err, sizeof err) < 0)
			fail("%s", err);
		else
			roundtrip(text.s, &img);
		if(strcmp(names[i], "hello.s") == 0){
			Buf want;

			memset(&want, 0, sizeof want);
			unhex(hellohex, &want);
			check(img.n == want.n && memcmp(img.s, want.s, want.n) == 0,
				"hello.s is not the 125 bytes Inferno's compiler made (%lu bytes)", img.n);
			buffree(&want);
		}
		buffree(&text);
		free(names[i]);
		testend();
	}
	testbegin("progs: at least 4 programs");
	check(n >= 4, "found %d", n);
	testend();
	buffree(&img);
}

/* An operand for a class in a slot (0 src, 1 mid, 2 dst) that the loader accepts in the module of allops. */
static char*
sample(int class, int slot)
{
	switch(class){
	case Xopt:
		return "$2";
	case Xpc:
	case Xpcimm:
		return "top";
	case Xtype:
		return slot == 1 ? "$2" : "$1";
	case Xaddr:
	case Xval:
	case Xr:
	case Xm:
	case Xmt:
		return "40(fp)";
	case Xtab:
		return "8(mp)";
	case Xvalw:
	case Xwm:
	case Xwmt:
		return "48(fp)";
	case Xb:
		return slot == 1 ? "4(mp)" : "33(fp)";
	case Xh:
		return "36(fp)";
	case Xw:
		return slot == 1 ? "$0" : "$5";
	case Xl:
		return slot == 1 ? "8(mp)" : "40(fp)";
	case Xf:
		return slot == 1 ? "8(mp)" : "48(fp)";
	case Xp:
		return slot == 1 ? "0(mp)" : "32(0(mp))";
	case Xww:
		return slot == 1 ? "52(fp)" : "56(fp)";
	case Xwp:
		return "60(fp)";
	case Xwb:
	case Xwh:
	case Xwr:
	case Xwl:
	case Xwf:
		return "56(fp)";
	}
	return "";
}

static void
testallops(void)
{
	Buf text, img;
	Module *m;
	Opinfo *o;
	int k;

	memset(&text, 0, sizeof text);
	memset(&img, 0, sizeof img);
	bufprint(&text, "\tmodule\tAllops\n\tdatasize\t16\n\tentry\ttop, $1\n"
		"\tdesc\t$0, 16, \"f0\"\n\tdesc\t$1, 64, \"0000\"\n\tdesc\t$2, 8, \"\"\n"
		"\tlink\ttop, $1, 0x4244b354, \"init\"\n\tldt\t0\n\text\t0xac849033, \"print\"\ntop:\n");
	for(k = 0; k < Nopcode; k++){
		o = &optab[k];
		bufprint(&text, "\t%s\t%s, %s, %s\n", o->name, sample(o->s, 0), sample(o->m, 1), sample(o->d, 2));
	}
	testbegin("every opcode: assembles, loads and round-trips");
	roundtrip(text.s, &img);
	testend();
	testbegin("every opcode: decoded in order with its operands");
	m = disload((uchar*)img.s, img.n, err, sizeof err);
	check(m != nil && m->nprog == Nopcode, "%s", m == nil ? err : "wrong count");
	for(k = 0; m != nil && k < m->nprog; k++){
		o = &optab[k];
		check(m->prog[k].op == k, "instruction %d is op %d", k, m->prog[k].op);
		check((Smode(&m->prog[k]) != Anone) == (o->s != Xnone), "%s: src present %d", o->name, Smode(&m->prog[k]));
		check((Dmode(&m->prog[k]) != Anone) == (o->d != Xnone), "%s: dst present %d", o->name, Dmode(&m->prog[k]));
		check((Mmode(&m->prog[k]) != Anone) == (o->m != Xnone), "%s: mid present %d", o->name, Mmode(&m->prog[k]));
	}
	disfreemod(m);
	testend();
	testbegin("every opcode: names unique and found by opbyname");
	for(k = 0; k < Nopcode; k++)
		check(opbyname(optab[k].name) == k, "%s found as %d", optab[k].name, opbyname(optab[k].name));
	check(opbyname("frob") == -1, "frob found");
	testend();
	buffree(&text);
	buffree(&img);
}

static char tmpl[] =
	"	module	\"T\"\n"
	"	datasize	16\n"
	"	desc	$0, 16, \"f0\"\n"
	"	desc	$1, 64, \"0080\"\n"
	"	desc	$2, 8, \"\"\n"
	"top:\n"
	"	%s\n"
	"	ret\n";

/* Where the code starts: after the 9 header integers. */
static ulong
codestart(Buf *b)
{
	uchar *p;
	int i, ok;

	p = (uchar*)b->s;
	for(i = 0; i < 9; i++)
		disop(&p, (uchar*)b->s + b->n, &ok);
	return p - (uchar*)b->s;
}

static void
testforms(void)
{
	static struct {
		char *in;
		char *out;	/* as disassembled */
		char *hex;	/* its encoding */
	} t[] = {
		{"addw $1, 40(fp)", "addw\t$1, 40(fp)", "3a 11 01 28"},
		{"addw $1, 40(fp), 40(fp)", "addw\t$1, 40(fp), 40(fp)", "3a 91 28 01 28"},
		{"addw 4(mp), $-3, 8(mp)", "addw\t4(mp), $-3, 8(mp)", "3a 40 7d 04 08"},
		{"movw $64, 40(fp)", "movw\t$64, 40(fp)", "2d 11 8040 28"},
		{"movw $-8193, 40(fp)", "movw\t$-8193, 40(fp)", "2d 11 ffffdfff 28"},
		{"movw 0(4(mp)), 65535(60(fp))", "movw\t0(4(mp)), 65535(60(fp))", "2d 25 04 00 3c c0 00 ff ff"},
		{"newcw 40(fp)", "newcw\t40(fp)", "13 19 28"},
		{"newcw $2, 40(fp)", "newcw\t$2, 40(fp)", "13 59 02 28"},
		{"newcm $4, 40(fp)", "newcm\t$4, 40(fp)", "16 11 04 28"},
		{"newcm $4, $2, 40(fp)", "newcm\t$4, $2, 40(fp)", "16 51 02 04 28"},
		{"raise 40(fp)", "raise\t40(fp)", "9e 0b 28"},
		{"raise 40(fp), , 44(fp)", "raise\t40(fp), 44(fp)", "9e 09 28 2c"},
		{"jmp top", "jmp\tL0", "0d 1a 00"},
		{"jmp 40(fp), , top", "jmp\t40(fp), L0", "0d 0a 28 00"},
		{"jmp , $3, top", "jmp\t, $3, L0", "0d 5a 03 00"},
		{"ret", "ret", "0c 1b"},
		{"ret , , ", "ret", "0c 1b"},
		{"beqw 40(fp), $0, top", "beqw\t40(fp), $0, L0", "5d 4a 00 28 00"},
		{"movpc top, 40(fp)", "movpc\tL0, 40(fp)", "92 11 00 28"},
		{"indw 32(fp), 40(fp), 44(fp)", "indw\t32(fp), 40(fp), 44(fp)", "72 89 28 20 2c"},
		{"lea 40(fp), 16(44(fp))", "lea\t40(fp), 16(44(fp))", "27 0d 28 2c 10"},
		{"frame $1, 44(fp)", "frame\t$1, 44(fp)", "05 11 01 2c"},
		{"self 40(fp)", "self\t40(fp)", "ae 19 28"},
	};
	Buf img, text;
	Buf want;
	Module *m;
	char src[1024], line[256];
	ulong c;
	int k;

	memset(&img, 0, sizeof img);
	memset(&want, 0, sizeof want);
	for(k = 0; k < (int)nelem(t); k++){
		testbegin("form %s", t[k].in);
		snprintf(src, sizeof src, tmpl, t[k].in);
		roundtrip(src, &img);
		memset(&text, 0, sizeof text);
		m = disload((uchar*)img.s, img.n, err, sizeof err);
		if(m != nil){
			disprint(m, &text);
			snprintf(line, sizeof line, "\t%s\t# 0\n", t[k].out);
			check(strstr(text.s, line) != nil, "disassembled as %s", strstr(text.s, "L0:\n") ? strstr(text.s, "L0:\n") + 4 : text.s);
		}
		disfreemod(m);
		want.n = 0;
		unhex(t[k].hex, &want);
		c = codestart(&img);
		check(img.n > c + want.n && memcmp(img.s + c, want.s, want.n) == 0, "encoded differently at byte %lu", c);
		buffree(&text);
		testend();
	}
	buffree(&img);
	buffree(&want);
}

/* Data items encode as dis-format.md §5 says. */
static void
testdataenc(void)
{
	static struct {
		char *item;
		char *hex;
	} t[] = {
		{"word @mp+32", "20 00 20 00"},
		{"string @mp+4, \"\"", "30 00 04 00"},
		{"string @mp+0, \"$Sys\"", "34 00 24 53 79 73 00"},
		{"byte @mp+11, 255, -1", "12 0b ff ff 00"},
		{"word @mp+8, 1, 2", "22 08 00000001 00000002 00"},
		{"word @mp+16, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16", "20 10 10 00000001"},
		{"word @mp+16, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15", "2f 10 00000001"},
		{"byte @mp+8, 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1",
			"10 80 48 08 01"},
		{"real @mp+232, 1.5", "41 80 e8 3f f8 00 00 00 00 00 00 00"},
		{"big @mp+24, 2", "81 18 00 00 00 00 00 00 00 02 00"},
		{"real @mp+8, 0x7ff8000000000001", "41 08 7f f8 00 00 00 00 00 01 00"},
		{"real @mp+8, -0", "41 08 80 00 00 00 00 00 00 00 00"},
		{"array @mp+260, $1, 7\n indir @mp+260, 0\n apop", "51 81 04 00 00 00 01 00 00 00 07 61 81 04 00 00 00 00 71 00 00"},
	};
	static char dtmpl[] =
		"	module	\"D\"\n"
		"	datasize	512\n"
		"	desc	$0, 512, \"c00000000000000040\"\n"	/* pointers at 0, 4 and 260 */
		"	desc	$1, 40, \"\"\n"
		"	ret\n"
		"	%s\n";
	Buf img, want;
	char src[2048];
	int k;

	memset(&img, 0, sizeof img);
	memset(&want, 0, sizeof want);
	for(k = 0; k < (int)nelem(t); k++){
		testbegin("data encoding of %s", t[k].item);
		snprintf(src, sizeof src, dtmpl, t[k].item);
		roundtrip(src, &img);
		want.n = 0;
		unhex(t[k].hex, &want);
		check(memmem(img.s, img.n, want.s, want.n) != nil, "%s not in the image", t[k].hex);
		testend();
	}
	buffree(&img);
	buffree(&want);
}

/* Header fields: defaults, and explicit values kept. */
static void
testheader(void)
{
	static struct {
		char *lines;
		s32int rt, ss;
	} t[] = {
		{"", HASLDT, 0},
		{"flags 0x41", MUSTCOMPILE|HASLDT, 0},
		{"flags 0", 0, 0},
		{"flags 0x60", HASLDT|HASEXCEPT, 0},
		{"stack 12345", HASLDT, 12345},
		{"entry top, $1", HASLDT, 640},
		{"link top, $1, 0, \"f\"\n frame $1, 40(fp)", HASLDT, 640},
		{"handler 40(fp), top, top, -1", HASLDT|HASEXCEPT, 0},
	};
	Buf img;
	Module *m;
	char src[1024];
	int k;

	memset(&img, 0, sizeof img);
	for(k = 0; k < (int)nelem(t); k++){
		testbegin("header with \"%s\"", t[k].lines);
		snprintf(src, sizeof src, tmpl, t[k].lines);
		roundtrip(src, &img);
		m = disload((uchar*)img.s, img.n, err, sizeof err);
		check(m != nil && m->rt == t[k].rt && m->ss == t[k].ss, "flags %#x stack %d, want %#x %d",
			m ? m->rt : -1, m ? m->ss : -1, t[k].rt, t[k].ss);
		disfreemod(m);
		testend();
	}
	buffree(&img);
}

static void
testerrors(void)
{
	static struct {
		char *lines;
		char *want;
	} t[] = {
		{"frob 1", "t.s:7: unknown opcode or directive frob"},
		{"jmp nowhere", "t.s:7: undefined label nowhere"},
		{"movw 4(xp), 40(fp)", "t.s:7: expected fp or mp"},
		{"movw top, 40(fp)", "t.s:7: operand src: movw takes no pc there"},
		{"movw , 40(fp)", "t.s:7: empty operand"},
		{"movw $1, 40(fp), 44(fp), 48(fp)", "t.s:7: more than three operands"},
		{"addw $1, 4(40(fp)), 44(fp)", "t.s:7: the middle operand cannot be indirect"},
		{"movw 1(fp) 40(fp)", "t.s:7: expected ','"},
		{"movw $536870912, 40(fp)", "t.s:7: immediate 536870912 outside -536870912..536870911"},
		{"movw 70000(4(fp)), 40(fp)", "t.s:7: indirect offsets must be 0..65535"},
		{"movw @, 40(fp)", "t.s:7: expected offset"},
		{"movw $0x, 40(fp)", "t.s:7: bad immediate 0x"},
		{"movw $12a, 40(fp)", "t.s:7: bad immediate 12a"},
		{"nop\n movw 4096(fp), 40(fp)", "t.s:8: code: instruction 1: operand src: frame offset 4096 past frame size 64"},
		{"word @mp+0, -1\n word @mp+14, 1", "t.s:8: data: item 1 at byte"},
		{"link 9, $1, 0, \"f\"", "t.s:7: links: link 0 (f): pc 9 outside code"},
		{"handler 4(fp), top, top, -1", "t.s:7: handlers: handler 0: exception slot 4(fp) outside"},
		{"top: ret", "t.s:7: label top defined twice"},
		{"string @mp+0, \"abc", "t.s:7: unterminated string"},
		{"string @mp+0, \"\\q\"", "t.s:7: unknown escape \\q"},
		{"string @mp+0, \"\\x4\"", "t.s:7: \\x needs two hex digits"},
		{"array @mp+0, $2, 1\n indir @mp+0, 0\n word @mp+0, 1", "t.s:9: @mp inside an indir: use @ind"},
		{"word @ind+0, 1", "t.s:7: @ind outside an indir"},
		{"byte @mp+0, 256", "t.s:7: byte 256 outside -128..255"},
		{"word @mp+0, 0x100000000", "t.s:7: word 0x100000000 outside"},
		{"big @mp+0, 9223372036854775808", "t.s:7: big 9223372036854775808 out of range"},
		{"real @mp+8, 1.5x", "t.s:7: bad real 1.5x"},
		{"real @mp+8, 0x7ff800000000000g", "t.s:7: bad real bits 0x7ff800000000000g"},
		{"ldt 1", "t.s:7: import lists are numbered in order: expected ldt 0"},
		{"ext 1, \"f\"", "t.s:7: ext before any ldt"},
		{"etype \"x\", top", "t.s:7: etype before any handler"},
		{"handler 40(fp), top, top, -1\n ecase \"x\", top\n etype \"y\", top", "t.s:9: etype arms come before ecase arms"},
		{"desc $4, 8, \"\"", "t.s: type $3 not defined (desc)"},
		{"desc $1, 8, \"\"", "t.s:7: type 1 already defined at line 4"},
		{"desc $5, 8, \"abc\"", "t.s:7: pointer map needs an even number of hex digits"},
		{"desc $5, 8, \"zz\"", "t.s:7: bad hex in pointer map"},
		{"flags 0\n ldt 0", "t.s: import lists (ldt) but flags lack HASLDT (0x40)"},
		{"flags 0x40\n handler 40(fp), top, top, -1", "t.s: handlers but flags lack HASEXCEPT (0x20)"},
		{"module \"T\" extra", "t.s:7: unexpected extra at the end of the statement"},
		{"module \"a\\x00b\"", "t.s:7: module name contains a NUL byte"},
		{"\x01", "t.s:7: unexpected character"},
		{"ret # a comment \"with a quote", nil},
		{"movw\t$0x7f, 40(fp)\t# hex immediate", nil},
	};
	Buf img;
	char src[1024];
	int k, r;

	memset(&img, 0, sizeof img);
	for(k = 0; k < (int)nelem(t); k++){
		testbegin("assembler %s: %s", t[k].want ? "refuses" : "accepts", t[k].lines);
		snprintf(src, sizeof src, tmpl, t[k].lines);
		err[0] = 0;
		r = assemble(src, 1, &img, err, sizeof err);
		if(t[k].want == nil)
			check(r == 0, "refused: %s", err);
		else
			check(r < 0 && strstr(err, t[k].want) != nil, "said \"%s\", want \"%s\"", r < 0 ? err : "nothing", t[k].want);
		check(disnout == 0, "%ld blocks leaked", disnout);
		testend();
	}
	testbegin("assembler refuses a file without a module directive");
	r = asmtext("\tret\n", 5, "t.s", 1, &img, err, sizeof err);
	check(r < 0 && strcmp(err, "t.s: no module directive") == 0, "said \"%s\"", err);
	testend();
	buffree(&img);
}

/* Random damage to the sample text: assembly either fails or gives an image the loader accepts. */
static void
testmangled(void)
{
	static char alphabet[] = "$(),:@+-#\"\\ \t\nfpmx0123456789Labc";
	Buf text, img;
	char *s;
	ulong n;
	int k, j, ok;

	memset(&text, 0, sizeof text);
	memset(&img, 0, sizeof img);
	testbegin("mangled programs never crash the assembler");
	if(readfile("progs/except.s", &text, err, sizeof err) < 0){
		fail("%s", err);
		testend();
		return;
	}
	s = malloc(text.n + 64);
	ok = 0;
	for(k = 0; k < 3000; k++){
		memmove(s, text.s, text.n);
		n = text.n;
		for(j = 1 + testrand() % 4; j > 0; j--){
			switch(testrand() % 3){
			case 0:	/* replace */
				s[testrand() % n] = alphabet[testrand() % (sizeof alphabet - 1)];
				break;
			case 1:	/* delete */
				if(n > 1){
					ulong at = testrand() % n;
					memmove(s + at, s + at + 1, n - at - 1);
					n--;
				}
				break;
			case 2:	/* insert */
				if(n < text.n + 60){
					ulong at = testrand() % n;
					memmove(s + at + 1, s + at, n - at);
					s[at] = alphabet[testrand() % (sizeof alphabet - 1)];
					n++;
				}
				break;
			}
		}
		img.n = 0;
		if(asmtext(s, n, "m.s", 1, &img, err, sizeof err) == 0)
			ok++;
	}
	check(ok > 0 && ok < 3000, "%d of 3000 assembled", ok);
	check(disnout == 0, "%ld blocks leaked", disnout);
	free(s);
	buffree(&text);
	buffree(&img);
	testend();
}

int
main(void)
{
	testprogs();
	testallops();
	testforms();
	testdataenc();
	testheader();
	testerrors();
	testmangled();
	return testexit();
}
