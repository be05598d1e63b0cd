/*
 * objtest tmpdir: checks limbo/obj.c's objwrite on objects filled by
 * hand. The hello world of dis-format.md 12 must come out as the 125
 * bytes listed there, with its descriptors given out of order, with
 * a duplicate, an untrimmed map and an unused one; an object the
 * loader refuses must give an error and no file. Prints "ok" or one
 * line per failure and exits 1.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../../libkern/kern.h"
#include "../../libinterp/dis.h"
#include "../../limbo/asm/asm.h"
#include "../../limbo/gen.h"

static int nfail;
static char *dir;

static void
failed(char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void
failed(char *fmt, ...)
{
	va_list a;

	va_start(a, fmt);
	vprintf(fmt, a);
	va_end(a);
	printf("\n");
	nfail++;
}

static char*
path(char *name)
{
	static char buf[4][512];
	static int n;
	char *p;

	p = buf[n++ % 4];
	snprintf(p, sizeof buf[0], "%s/%s", dir, name);
	return p;
}

/* dis-format.md 12, byte for byte */
static uchar hello[] = {
	0xc0, 0x0c, 0x80, 0x30, 0x80, 0x40, 0x81, 0xe0, 0x06, 0x10, 0x03, 0x01, 0x00, 0x02, 0x08, 0x40,
	0x00, 0x00, 0x0c, 0x05, 0x11, 0x01, 0x2c, 0x29, 0x05, 0x04, 0x2c, 0x20, 0x27, 0x0d, 0x28, 0x2c,
	0x10, 0x09, 0x48, 0x00, 0x2c, 0x0c, 0x0c, 0x1b, 0x00, 0x10, 0x01, 0xf0, 0x01, 0x28, 0x02, 0x00,
	0x80, 0x02, 0x30, 0x02, 0x00, 0xc0, 0x34, 0x00, 0x24, 0x53, 0x79, 0x73, 0x3d, 0x04, 0x68, 0x65,
	0x6c, 0x6c, 0x6f, 0x2c, 0x20, 0x77, 0x6f, 0x72, 0x6c, 0x64, 0x0a, 0x00, 0x48, 0x65, 0x6c, 0x6c,
	0x6f, 0x00, 0x00, 0x02, 0x42, 0x44, 0xb3, 0x54, 0x69, 0x6e, 0x69, 0x74, 0x00, 0x01, 0x01, 0xac,
	0x84, 0x90, 0x33, 0x70, 0x72, 0x69, 0x6e, 0x74, 0x00, 0x00, 0x2f, 0x75, 0x73, 0x72, 0x2f, 0x65,
	0x6d, 0x62, 0x65, 0x72, 0x2f, 0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x2e, 0x62, 0x00,
};

static Gopd
imm(int v)
{
	return (Gopd){Gimm, 0, v};
}

static Gopd
fp(int v)
{
	return (Gopd){Gfp, 0, v};
}

static Gopd
mp(int v)
{
	return (Gopd){Gmp, 0, v};
}

static Gopd
ifp(int ind, int v)
{
	return (Gopd){Gifp, ind, v};
}

static Gopd none;

static Ginst
inst(int op, Gopd s, Gopd m, Gopd d)
{
	Ginst i;

	memset(&i, 0, sizeof i);
	i.op = op;
	i.s = s;
	i.m = m;
	i.d = d;
	return i;
}

/* the hello world's parts; hellobj fills a fresh Gobj with them */
static Ginst hprog[6];
static uchar mpmap[] = {0xf0, 0x00}, initmap[] = {0x00, 0xc0}, printmap[] = {0x00, 0x80, 0x00, 0x00};
static Gdesc hdesc[5];
static Gdata hdata[2];
static Glink hlink[1];
static char *pname[] = {"print"};
static unsigned int psig[] = {0xac849033};
static Gimport himp[1];

/*
 * Descriptor pre-numbers: 0 the module data (map untrimmed), 1 and 3
 * init's frame (the same twice), 2 print's frame (map untrimmed),
 * 4 one nothing uses. Inferno's numbers: 0, print's 1, init's 2.
 */
static void
hellobj(Gobj *o)
{
	hprog[0] = inst(ILOAD, mp(0), imm(0), mp(12));
	hprog[1] = inst(IFRAME, imm(2), none, fp(44));
	hprog[2] = inst(IMOVP, mp(4), none, ifp(32, 44));
	hprog[3] = inst(ILEA, fp(40), none, ifp(16, 44));
	hprog[4] = inst(IMCALL, fp(44), imm(0), mp(12));
	hprog[5] = inst(IRET, none, none, none);
	hdesc[0] = (Gdesc){16, sizeof mpmap, mpmap};
	hdesc[1] = (Gdesc){48, sizeof initmap, initmap};
	hdesc[2] = (Gdesc){40, sizeof printmap, printmap};
	hdesc[3] = (Gdesc){48, sizeof initmap, initmap};
	hdesc[4] = (Gdesc){8, 0, nil};
	hdata[0] = (Gdata){GDstring, 0, 4, 0, 0, "$Sys"};
	hdata[1] = (Gdata){GDstring, 4, 13, 0, 0, "hello, world\n"};
	hlink[0] = (Glink){"init", 0, 3, 0x4244b354};
	himp[0] = (Gimport){1, pname, psig};
	memset(o, 0, sizeof *o);
	o->name = "Hello";
	o->path = "/usr/ember/hello.b";
	o->entry = 0;
	o->entrydesc = 1;
	o->prog = hprog;
	o->nprog = nelem(hprog);
	o->desc = hdesc;
	o->ndesc = nelem(hdesc);
	o->datasize = 16;
	o->data = hdata;
	o->ndata = nelem(hdata);
	o->link = hlink;
	o->nlink = 1;
	o->imp = himp;
	o->nimp = 1;
}

static int
readall(char *file, Buf *b)
{
	char err[256];

	memset(b, 0, sizeof *b);
	if(readfile(file, b, err, sizeof err) < 0){
		failed("objwrite: %s", err);
		return -1;
	}
	return 0;
}

static void
same(char *what, uchar *got, ulong ngot, uchar *want, ulong nwant)
{
	ulong k;

	for(k = 0; k < ngot && k < nwant; k++)
		if(got[k] != want[k])
			break;
	if(k == ngot && k == nwant)
		return;
	if(k < ngot && k < nwant)
		failed("%s: byte %lu is %02x, not %02x (%lu bytes, want %lu)", what, k, got[k], want[k], ngot, nwant);
	else
		failed("%s: %lu bytes, want %lu", what, ngot, nwant);
}

static void
testhello(void)
{
	Gobj o;
	Buf b, text, back;
	char err[256];

	hellobj(&o);
	if(objwrite(&o, path("hello.dis"), path("hello.s"), err, sizeof err) < 0){
		failed("hello: %s", err);
		return;
	}
	if(readall(path("hello.dis"), &b) < 0)
		return;
	same("hello.dis", (uchar*)b.s, b.n, hello, sizeof hello);
	if(o.ndesc != 3 || o.desc[1].size != 40 || o.desc[2].size != 48 || o.desc[1].nmap != 2 || o.desc[0].nmap != 1)
		failed("hello: %d descriptors, the second of %d bytes and map %d, not 3, 40 and 2",
			o.ndesc, o.desc[1].size, o.desc[1].nmap);
	if(o.entrydesc != 2 || o.link[0].desc != 2 || o.prog[1].s.v != 1)
		failed("hello: references renumbered to entry %d, link %d, frame %d, not 2, 2, 1",
			o.entrydesc, o.link[0].desc, o.prog[1].s.v);

	/* the assembly reads back as the same module */
	if(readall(path("hello.s"), &text) < 0)
		return;
	memset(&back, 0, sizeof back);
	if(asmtext(text.s, text.n, "hello.s", 1, &back, err, sizeof err) < 0)
		failed("hello.s does not assemble: %s", err);
	else
		same("hello.s assembled", (uchar*)back.s, back.n, hello, sizeof hello);
	buffree(&text);
	buffree(&back);

	/* writing the renumbered object again changes nothing */
	if(objwrite(&o, path("hello2.dis"), nil, err, sizeof err) < 0)
		failed("hello written twice: %s", err);
	else if(readall(path("hello2.dis"), &back) == 0){
		same("hello written twice", (uchar*)back.s, back.n, hello, sizeof hello);
		buffree(&back);
	}
	buffree(&b);
}

/* An operand outside the frame: the loader refuses, nothing is written. */
static void
testrefused(void)
{
	Gobj o;
	char err[256], *want;

	hellobj(&o);
	hprog[3].d = ifp(16, 400);
	unlink(path("bad.dis"));
	unlink(path("bad.s"));
	if(objwrite(&o, path("bad.dis"), path("bad.s"), err, sizeof err) == 0){
		failed("refused: objwrite accepted an operand outside the frame");
		return;
	}
	want = "internal error: the loader refuses the object: ";
	if(strncmp(err, want, strlen(want)) != 0 || strstr(err, "frame") == nil)
		failed("refused: message \"%s\"", err);
	if(access(path("bad.dis"), F_OK) == 0 || access(path("bad.s"), F_OK) == 0)
		failed("refused: a file was written");

	/* a reference to a descriptor that does not exist */
	hellobj(&o);
	hprog[1].s = imm(9);
	if(objwrite(&o, path("bad.dis"), nil, err, sizeof err) == 0)
		failed("refused: objwrite accepted descriptor 9 of 5");
	else if(strcmp(err, "internal error: instruction 1 (frame) source operand names descriptor 9 (there are 5)") != 0)
		failed("refused: message \"%s\"", err);
	if(access(path("bad.dis"), F_OK) == 0)
		failed("refused: a file was written");
}

/* No module data: descriptor 0 is still written, with size 0. */
static void
testnodata(void)
{
	static Ginst prog[1];
	static Gdesc desc[2];
	static Glink link[1];
	Gobj o;
	Module *m;
	Buf b;
	char err[256];

	prog[0] = inst(IRET, none, none, none);
	desc[0] = (Gdesc){0, 0, nil};
	desc[1] = (Gdesc){40, 0, nil};
	link[0] = (Glink){"init", 0, 1, 0x4244b354};
	memset(&o, 0, sizeof o);
	o.name = "Nodata";
	o.path = "nodata.b";
	o.entry = 0;
	o.entrydesc = 1;
	o.prog = prog;
	o.nprog = 1;
	o.desc = desc;
	o.ndesc = 2;
	o.link = link;
	o.nlink = 1;
	if(objwrite(&o, path("nodata.dis"), nil, err, sizeof err) < 0){
		failed("nodata: %s", err);
		return;
	}
	if(readall(path("nodata.dis"), &b) < 0)
		return;
	m = disload((uchar*)b.s, b.n, err, sizeof err);
	if(m == nil)
		failed("nodata: %s", err);
	else if(m->datasize != 0 || m->ntype != 2 || m->type[0].size != 0 || m->entryt != 1 || m->ss != 400 || m->rt != HASLDT)
		failed("nodata: datasize %d, %d types, type 0 of %d bytes, entry type %d, stack %d, flags %#x",
			m->datasize, m->ntype, m->ntype > 0 ? m->type[0].size : -1, m->entryt, m->ss, m->rt);
	disfreemod(m);
	buffree(&b);
}

/*
 * Handlers, arrays, reals and bigs; a descriptor equal to the module
 * data's shares its number 0, as in Inferno.
 */
static void
testmore(void)
{
	static Ginst prog[4];
	static uchar map0[] = {0x80}, map1[] = {0x00, 0xe0}, map4[] = {0x00, 0x20, 0x00};
	static Gdesc desc[5];
	static int words[] = {1, 2, -3};
	static double reals[] = {1.5};
	static long long bigs[] = {2};
	static Gdata data[6];
	static Glink link[1];
	static char *lab[] = {"x*"};
	static int labpc[] = {3};
	static Ghandler h[1];
	static uchar real[] = {0x3f, 0xf8, 0, 0, 0, 0, 0, 0}, big[] = {0, 0, 0, 0, 0, 0, 0, 2};
	static uchar word[] = {0, 0, 0, 1, 0, 0, 0, 2, 0xff, 0xff, 0xff, 0xfd};
	Gobj o;
	Module *m;
	Buf b;
	char err[256];

	prog[0] = inst(INEW, imm(2), none, fp(40));
	prog[1] = inst(IADDW, imm(1), none, fp(44));
	prog[2] = inst(IRET, none, none, none);
	prog[3] = inst(IRET, none, none, none);
	desc[0] = (Gdesc){24, sizeof map0, map0};
	desc[1] = (Gdesc){48, sizeof map1, map1};
	desc[2] = (Gdesc){24, sizeof map0, map0};
	desc[3] = (Gdesc){4, 0, nil};
	desc[4] = (Gdesc){48, sizeof map4, map4};
	data[0] = (Gdata){GDarray, 0, 1, 3, 3, nil};
	data[1] = (Gdata){GDindex, 0, 1, 0, 0, nil};
	data[2] = (Gdata){GDword, 0, 3, 0, 0, words};
	data[3] = (Gdata){GDpop, 0, 1, 0, 0, nil};
	data[4] = (Gdata){GDreal, 8, 1, 0, 0, reals};
	data[5] = (Gdata){GDbig, 16, 1, 0, 0, bigs};
	link[0] = (Glink){"init", 0, 1, 0x4244b354};
	h[0] = (Ghandler){40, 0, 2, 4, 0, 1, lab, labpc, -1};
	memset(&o, 0, sizeof o);
	o.name = "More";
	o.path = "more.b";
	o.entry = 0;
	o.entrydesc = 1;
	o.prog = prog;
	o.nprog = nelem(prog);
	o.desc = desc;
	o.ndesc = nelem(desc);
	o.datasize = 24;
	o.data = data;
	o.ndata = nelem(data);
	o.link = link;
	o.nlink = 1;
	o.handler = h;
	o.nhandler = 1;
	if(objwrite(&o, path("more.dis"), nil, err, sizeof err) < 0){
		failed("more: %s", err);
		return;
	}
	if(readall(path("more.dis"), &b) < 0)
		return;
	m = disload((uchar*)b.s, b.n, err, sizeof err);
	if(m == nil){
		failed("more: %s", err);
		buffree(&b);
		return;
	}
	/* sorted: 0 the data, 1 the array's ints, 2 the handler's (00 20), 3 init's (00 e0) */
	if(m->ntype != 4 || m->type[1].size != 4 || m->type[2].np != 2 || m->type[2].map[1] != 0x20 || m->type[3].map[1] != 0xe0)
		failed("more: %d types, not 4 in Inferno's order", m->ntype);
	if(m->prog[0].s != 0 || m->entryt != 3 || m->link[0].type != 3 || m->nhandler != 1 || m->handler[0].type != 2 || m->data[0].a != 1)
		failed("more: references renumbered to new %d, entry %d, link %d, handler %d, array %d, not 0, 3, 3, 2, 1",
			m->prog[0].s, m->entryt, m->link[0].type, m->nhandler > 0 ? m->handler[0].type : -9, m->data[0].a);
	if(m->rt != (HASLDT|HASEXCEPT) || m->ss != 480)
		failed("more: flags %#x, stack %d, not 0x60, 480", m->rt, m->ss);
	if((m->prog[1].flags & Imidd) == 0 || Mmode(&m->prog[1]) != Afp || m->prog[1].m != 44)
		failed("more: addw's middle operand is not its destination");
	if(m->ndata != 6 || memcmp(m->data[2].p, word, sizeof word) != 0 || memcmp(m->data[4].p, real, 8) != 0
	|| memcmp(m->data[5].p, big, 8) != 0)
		failed("more: data items not big-endian as in the file");
	disfreemod(m);
	buffree(&b);
}

int
main(int argc, char **argv)
{
	if(argc != 2){
		fprintf(stderr, "usage: objtest tmpdir\n");
		return 2;
	}
	dir = argv[1];
	testhello();
	testrefused();
	testnodata();
	testmore();
	if(nfail == 0)
		printf("ok\n");
	return nfail != 0;
}
