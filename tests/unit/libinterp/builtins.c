/*
 * The built-in modules $Math, $Keyring and $Draw (libinterp/math.c,
 * keyring.c, draw.c) as Dis code meets them: first a Dis program
 * (vm/md5abc.s, assembled beside this test) run by disexec, using
 * Keyring->md5 as md5sum does, Math->sqrt, and loading $Draw as diff
 * does; then, driven from C, loaded by name with the import lists that
 * Inferno's commands carry (md5sum, calc, lib/auth, diff) and called
 * on frames built as mframe/mcall build them (arguments from 32, the
 * result's address at 16). Checks results, exceptions, and that
 * references balance.
 */
#include <stdlib.h>
#include "ktest.h"
#include "host.h"
#include "../../../libinterp/interp.h"

#define REF(v)	(PH(v)->ref)

#define RAISES(stmt, want) do{ \
	if(waserror()) \
		check(strcmp(up->env->errstr, want) == 0, "%s raised '%s', want '%s'", #stmt, up->env->errstr, want); \
	else{ \
		stmt; \
		poperror(); \
		check(0, "%s raised nothing, want '%s'", #stmt, want); \
	} }while(0)

/* A frame and a result cell in memory the VM may address. */
static uchar *frame, *res;

static uchar*
newcall(void)
{
	memset(frame, 0, 256);
	memset(res, 0, 64);
	((Frame*)frame)->ret = P2D(res);
	return frame;
}

static Modlink*
linkbuiltin(char *path, Ifunc *f, int n)
{
	Import imp;
	char err[ERRMAX];
	Modlink *ml;

	imp.n = n;
	imp.f = f;
	ml = loadmod(path, &imp, err, sizeof err);
	check(ml != nil, "load %s: %s", path, err);
	return ml;
}

static void
call(Modlink *ml, int i)
{
	ml->links[i].fn(frame);
}

static Dptr
bytes(char *s, int n)
{
	return mem2array(s, n);
}

static void
hex(uchar *d, int n, char *s)
{
	int i;

	for(i = 0; i < n; i++)
		snprint(s + 2*i, 3, "%02x", d[i]);
}

/*
 * Keyring: md5sum's list, then the digest semantics of
 * builtins-more.md §2.3.
 */
static Ifunc md5sumlist[] = {{0x07656377, "md5"}};
static Ifunc krlist[] = {
	{0x07656377, "sha1"},
	{0xec9ac159, "hmac_md5"},
	{0x491fbd11, "DigestState.copy"},
	{0xa47c1b24, "IPint.add"},
	{0xb2c82015, "readauthinfo"},
	{0x09c576bb, "auth"},
	{0xd9de1bb7, "getmsg"},
	{0x7cfef557, "sendmsg"},
	{0x07656377, "sha512"},
};
enum { Ksha1, Khmacmd5, Kcopy, Kipadd, Kreadauth, Kauth, Kgetmsg, Ksendmsg, Ksha512 };

/* digestfn(buf, n, digest, state) on the frame; returns the result (owned) */
static Dptr
digestcall(Modlink *ml, int i, Dptr buf, int n, Dptr dig, Dptr state)
{
	uchar *f;
	Dptr r;

	f = newcall();
	P(res) = H;
	P(f+32) = buf;
	W(f+36) = n;
	P(f+40) = dig;
	P(f+44) = state;
	call(ml, i);
	r = P(res);
	P(res) = H;
	return r;
}

static void
md5sum(void)
{
	Modlink *md5;
	Dptr buf, bc, dig, st, st2;
	char got[64];
	uchar *f;

	md5 = linkbuiltin("$Keyring", md5sumlist, nelem(md5sumlist));
	if(md5 == nil)
		return;
	buf = bytes("abcdef", 6);
	dig = mem2array("0123456789abcdef_extra", 22);
	/* as md5sum: state = md5(buf, n, nil, state) per block, then md5(buf, 0, digest, state) */
	st = digestcall(md5, 0, buf, 1, H, H);
	check(st != H && REF(st) == 1, "first call: state %#ux", st);
	bc = bytes("bcdef", 5);
	st2 = digestcall(md5, 0, bc, 2, H, st);
	destroy(bc);
	check(st2 == st && REF(st) == 2, "second call returns the state passed (ref %d)", REF(st));
	destroy(st2);
	st2 = digestcall(md5, 0, buf, 0, dig, st);
	check(st2 == st, "finishing returns the state");
	destroy(st2);
	destroy(st);
	hex(((Array*)D2P(dig))->data, 16, got);
	check(strcmp(got, "900150983cd24fb0d6963f7d28e17f72") == 0, "md5(abc) %s", got);
	check(memcmp(((Array*)D2P(dig))->data + 16, "_extra", 6) == 0, "bytes past the digest changed");

	/* nil state, finishing at once: the empty input */
	st = digestcall(md5, 0, H, 0, dig, H);
	hex(((Array*)D2P(dig))->data, 16, got);
	check(strcmp(got, "d41d8cd98f00b204e9800998ecf8427e") == 0, "md5() %s", got);
	destroy(st);

	/* n beyond len buf is clamped */
	st = digestcall(md5, 0, buf, 1000, dig, H);
	hex(((Array*)D2P(dig))->data, 16, got);
	check(strcmp(got, "e80b5017098950fc58aad83c8c14978e") == 0, "md5(abcdef) clamped: %s", got);
	destroy(st);

	/* errors */
	f = newcall();
	P(res) = H;
	P(f+32) = H;
	W(f+36) = 3;
	P(f+40) = H;
	P(f+44) = H;
	RAISES(call(md5, 0), "invalid argument");
	P(f+32) = buf;
	W(f+36) = -1;
	RAISES(call(md5, 0), "invalid argument");
	W(f+36) = 1;
	P(f+40) = mem2array("short", 5);
	RAISES(call(md5, 0), "bad digest value");
	destroy(P(f+40));
	P(f+40) = H;
	P(f+44) = P2D(H2D(heapz(&Tword)));	/* a Limbo-made ref DigestState(0) */
	RAISES(call(md5, 0), "type not constructed correctly: DigestState");
	destroy(P(f+44));
	check(P(res) == H, "a failed call left a result");
	destroy(buf);
	destroy(dig);
	destroy(P2D(md5));
}

static void
keyring(void)
{
	Modlink *kr;
	Dptr buf, bc, dig, st, cp, key;
	char got[160];
	uchar *f;

	kr = linkbuiltin("$Keyring", krlist, nelem(krlist));
	if(kr == nil)
		return;
	buf = bytes("a", 1);
	bc = bytes("bc", 2);
	dig = mem2array("01234567890123456789", 20);
	/* sha1 of "a" then "bc", and of a copy taken after "a" */
	st = digestcall(kr, Ksha1, buf, 1, H, H);
	f = newcall();
	P(res) = H;
	P(f+32) = st;
	call(kr, Kcopy);
	cp = P(res);
	P(res) = H;
	check(cp != H && cp != st && REF(cp) == 1, "copy %#ux of %#ux", cp, st);
	destroy(digestcall(kr, Ksha1, bc, 2, dig, st));
	hex(((Array*)D2P(dig))->data, 20, got);
	check(strcmp(got, "a9993e364706816aba3e25717850c26c9cd0d89d") == 0, "sha1(a, bc) %s", got);
	memset(((Array*)D2P(dig))->data, 0, 20);
	destroy(digestcall(kr, Ksha1, bc, 2, dig, cp));
	hex(((Array*)D2P(dig))->data, 20, got);
	check(strcmp(got, "a9993e364706816aba3e25717850c26c9cd0d89d") == 0, "sha1 of the copy %s", got);
	destroy(st);
	destroy(cp);
	/* copy of nil is nil */
	f = newcall();
	P(res) = H;
	P(f+32) = H;
	call(kr, Kcopy);
	check(P(res) == H, "copy(nil) not nil");

	/* a state of another digest */
	st = digestcall(kr, Ksha1, buf, 1, H, H);
	f = newcall();
	P(res) = H;
	P(f+32) = buf;
	W(f+36) = 1;
	P(f+40) = H;
	P(f+44) = st;
	RAISES(call(kr, Ksha512), "Keyring: DigestState of another algorithm");
	destroy(st);

	/* hmac_md5("abc", key "key") */
	key = bytes("key", 3);
	f = newcall();
	P(res) = H;
	P(f+32) = bytes("abc", 3);
	W(f+36) = 3;
	P(f+40) = key;
	P(f+44) = dig;
	P(f+48) = H;
	call(kr, Khmacmd5);
	hex(((Array*)D2P(dig))->data, 16, got);
	check(strcmp(got, "d2fe98063f876b03193afb49b4979591") == 0, "hmac_md5 %s", got);
	destroy(P(res));
	P(res) = H;
	P(f+40) = H;
	RAISES(call(kr, Khmacmd5), "bad encryption key");
	destroy(P(f+32));

	/* the rest of the interface links and says it is absent */
	f = newcall();
	P(res) = H;
	P(f+32) = H;
	P(f+36) = H;
	RAISES(call(kr, Kipadd), "Keyring->IPint.add not implemented");
	RAISES(call(kr, Kreadauth), "Keyring->readauthinfo not implemented");
	destroy(buf);
	destroy(bc);
	destroy(dig);
	destroy(key);
	destroy(P2D(kr));
}

/*
 * Math: calc's list (builtins-more.md §1) plus the rest of what is
 * tested here.
 */
static Ifunc calclist[] = {
	{0x6584767b, "FPcontrol"},
	{0xa1d1fe48, "acos"},
	{0xf293f6cf, "atan2"},
	{0xd1fb0c8c, "export_real"},
	{0x6e97c646, "lgamma"},
	{0x6e97c646, "modf"},
	{0xf293f6cf, "pow"},
	{0xa1d1fe48, "sqrt"},
	{0x7b2e5f52, "isnan"},
	{0xd1fb0c8c, "import_real"},
	{0xfeca4db6, "dot"},
	{0x1629207e, "norm2"},
	{0xa5fc2e4d, "iamax"},
	{0x53b8cd34, "gemm"},
	{0x0fc7c7b8, "sort"},
	{0x616977e8, "getFPcontrol"},
	{0x6584767b, "FPstatus"},
	{0xb61ffc5b, "jn"},
	{0x64fa84ba, "scalbn"},
	{0x9589d476, "realbits64"},
	{0x40a58596, "bits32real"},
	{0x3f1d94ee, "export_int"},
	{0x40a58596, "pow10"},
};
enum { Mfpcontrol, Macos, Matan2, Mexportreal, Mlgamma, Mmodf, Mpow, Msqrt, Misnan, Mimportreal,
	Mdot, Mnorm2, Miamax, Mgemm, Msort, Mgetfpcontrol, Mfpstatus, Mjn, Mscalbn, Mrealbits64, Mbits32real,
	Mexportint, Mpow10 };

static Dptr
reals(double *v, int n)
{
	Array *a;

	a = newarray(&Treal, n, 1);
	memmove(a->data, v, n*sizeof(double));
	return P2D(a);
}

static Dptr
ints(s32int *v, int n)
{
	Array *a;

	a = newarray(&Tword, n, 1);
	memmove(a->data, v, n*sizeof(s32int));
	return P2D(a);
}

#define RV(a, i)	(((double*)((Array*)D2P(a))->data)[i])
#define IV(a, i)	(((s32int*)((Array*)D2P(a))->data)[i])

static void
math(void)
{
	Modlink *m;
	uchar *f;
	Dptr x, y, b, A, B, C, p;
	static double xv[] = {3, -4, 0.5, 12};
	static double yv[] = {1, 2, 4, 0.25};
	static s32int pv[] = {0, 1, 2, 3};
	static double av[] = {1, 2, 3, 4, 5, 6};	/* 2x3 column-major: [1 3 5; 2 4 6] */
	static double bv[] = {1, 0, 1, 0, 1, 0};	/* 3x2: [1 0; 0 1; 1 0] */
	static uchar be[] = {0x40, 0x09, 0x21, 0xfb, 0x54, 0x44, 0x2d, 0x18};

	m = linkbuiltin("$Math", calclist, nelem(calclist));
	if(m == nil)
		return;
	f = newcall();
	F(f+32) = 2;
	call(m, Msqrt);
	check(F(res) == 1.4142135623730951, "sqrt(2) = %g", F(res));
	f = newcall();
	F(f+32) = 2;
	F(f+40) = 10;
	call(m, Mpow);
	check(F(res) == 1024, "pow(2, 10) = %g", F(res));
	f = newcall();
	F(f+32) = 1;
	F(f+40) = -1;
	call(m, Matan2);
	check(F(res) == 2.356194490192345, "atan2(1, -1) = %.17g", F(res));
	f = newcall();
	F(f+32) = -1;
	call(m, Macos);
	check(F(res) == 3.141592653589793, "acos(-1) = %.17g", F(res));
	f = newcall();
	F(f+32) = -0.5;
	call(m, Mlgamma);
	check(W(res) == -1 && F(res+8) == 1.2655121234846454, "lgamma(-0.5) = (%d, %.17g)", W(res), F(res+8));
	f = newcall();
	F(f+32) = -3.75;
	call(m, Mmodf);
	check(W(res) == -3 && F(res+8) == -0.75, "modf(-3.75) = (%d, %g)", W(res), F(res+8));
	f = newcall();
	F(f+32) = 1e300;
	call(m, Mmodf);
	check(W(res) == 0x7FFFFFFF && F(res+8) == 0, "modf(1e300) = (%d, %g)", W(res), F(res+8));
	f = newcall();
	L(f+32) = 0x7FF8000000000001LL;
	call(m, Misnan);
	check(W(res) == 1, "isnan(NaN) = %d", W(res));
	f = newcall();
	W(f+32) = 3;
	F(f+40) = 2.5;
	call(m, Mjn);
	check(F(res) == 0.21660039103911352, "jn(3, 2.5) = %.17g", F(res));
	f = newcall();
	F(f+32) = 1.5;
	W(f+40) = -1074;
	call(m, Mscalbn);
	check(F(res) == 0x1p-1073, "scalbn(1.5, -1074) = %a", F(res));
	f = newcall();
	F(f+32) = 1;
	call(m, Mrealbits64);
	check(L(res) == 0x3FF0000000000000LL, "realbits64(1) = %llux", L(res));
	f = newcall();
	W(f+32) = 0x40490fdb;
	call(m, Mbits32real);
	check(F(res) == (double)3.14159274101257324f, "bits32real = %.17g", F(res));
	f = newcall();
	W(f+32) = -3;
	call(m, Mpow10);
	check(F(res) == 0.001, "pow10(-3) = %.17g", F(res));

	/* FP words: set under a mask, the old value returned */
	f = newcall();
	call(m, Mgetfpcontrol);
	check(W(res) == 0xF, "default control %#ux", W(res));
	f = newcall();
	W(f+32) = 0x300;
	W(f+36) = 0x301;
	call(m, Mfpcontrol);
	check(W(res) == 0xF, "FPcontrol returned %#ux", W(res));
	f = newcall();
	call(m, Mgetfpcontrol);
	check(W(res) == 0x30E, "control now %#ux", W(res));
	f = newcall();
	W(f+32) = 0xF;
	W(f+36) = 0x301;
	call(m, Mfpcontrol);
	f = newcall();
	W(f+32) = 0;
	W(f+36) = 0;
	call(m, Mfpstatus);
	check(W(res) == 0, "status %#ux", W(res));

	/* vectors */
	x = reals(xv, 4);
	y = reals(yv, 4);
	f = newcall();
	P(f+32) = x;
	P(f+36) = y;
	call(m, Mdot);
	check(F(res) == 3 - 8 + 2 + 3, "dot = %g", F(res));
	f = newcall();
	P(f+32) = x;
	call(m, Mnorm2);
	check(F(res) == 13.009611831257688, "norm2 = %.17g", F(res));
	f = newcall();
	P(f+32) = x;
	call(m, Miamax);
	check(W(res) == 3, "iamax = %d", W(res));
	destroy(y);
	y = reals(yv, 3);
	f = newcall();
	P(f+32) = x;
	P(f+36) = y;
	RAISES(call(m, Mdot), "math: array lengths differ");

	/* sort: x[p[i]] ascending */
	p = ints(pv, 4);
	f = newcall();
	P(f+32) = x;
	P(f+36) = p;
	call(m, Msort);
	check(IV(p, 0) == 1 && IV(p, 1) == 2 && IV(p, 2) == 0 && IV(p, 3) == 3, "sort: %d %d %d %d", IV(p, 0), IV(p, 1), IV(p, 2), IV(p, 3));
	IV(p, 2) = 4;
	RAISES(call(m, Msort), "math: sort: index out of range");
	destroy(p);

	/* export_real / import_real: big-endian IEEE */
	b = mem2array("0123456789abcdefXYZ", 19);
	destroy(x);
	x = reals((double[]){3.141592653589793, -2}, 2);
	f = newcall();
	P(f+32) = b;
	P(f+36) = x;
	call(m, Mexportreal);
	check(memcmp(((Array*)D2P(b))->data, be, 8) == 0 && ((Array*)D2P(b))->data[8] == 0xC0 && ((Array*)D2P(b))->data[16] == 'X', "export_real bytes");
	RV(x, 0) = 0;
	RV(x, 1) = 0;
	call(m, Mimportreal);
	check(RV(x, 0) == 3.141592653589793 && RV(x, 1) == -2, "import_real %g %g", RV(x, 0), RV(x, 1));
	destroy(b);
	b = mem2array("0123456789", 10);
	P(f+32) = b;
	RAISES(call(m, Mexportreal), "math: byte array too short");
	destroy(b);
	destroy(x);
	b = mem2array("abcd", 4);
	x = ints((s32int[]){0x01020304}, 1);
	f = newcall();
	P(f+32) = b;
	P(f+36) = x;
	call(m, Mexportint);
	check(memcmp(((Array*)D2P(b))->data, "\x01\x02\x03\x04", 4) == 0, "export_int bytes");
	destroy(b);
	destroy(x);

	/* gemm: C = 2 A B + 1 C with A 2x3, B 3x2 */
	A = reals(av, 6);
	B = reals(bv, 6);
	C = reals((double[]){1, 1, 1, 1}, 4);
	f = newcall();
	W(f+32) = 'N';
	W(f+36) = 'N';
	W(f+40) = 2;
	W(f+44) = 2;
	W(f+48) = 3;
	F(f+56) = 2;
	P(f+64) = A;
	W(f+68) = 2;
	P(f+72) = B;
	W(f+76) = 3;
	F(f+80) = 1;
	P(f+88) = C;
	W(f+92) = 2;
	call(m, Mgemm);
	/* A B = [1+5 3; 2+6 4] = [6 3; 8 4] */
	check(RV(C, 0) == 13 && RV(C, 1) == 17 && RV(C, 2) == 7 && RV(C, 3) == 9, "gemm %g %g %g %g", RV(C, 0), RV(C, 1), RV(C, 2), RV(C, 3));
	W(f+32) = 'T';	/* A^T is 3x2: m=2 no longer fits lda=2 */
	RAISES(call(m, Mgemm), "array bounds error");
	W(f+32) = 'X';
	RAISES(call(m, Mgemm), "math: gemm: transpose must be 'N' or 'T'");
	destroy(A);
	destroy(B);
	destroy(C);
	destroy(y);
	destroy(P2D(m));
}

/*
 * Draw: diff's empty list, and the display-free parts.
 */
static Ifunc drawlist[] = {
	{0x095a87a7, "Point.add"},
	{0x1ad68a89, "Rect.clip"},
	{0x74694470, "Display.allocate"},
	{0xadae6aad, "Chans.mk"},
	{0xb20b7b7b, "Chans.text"},
	{0xe2951762, "Image.draw"},
	{0x6584767b, "setalpha"},
	{0xab1724b2, "bytesperline"},
};
enum { Dptadd, Drclip, Dalloc, Dchanmk, Dchantext, Dimdraw, Dsetalpha, Dbpl };

static void
draw(void)
{
	Modlink *d;
	uchar *f;
	char *s;
	static Ifunc bad[] = {{0x12345678, "Point.add"}};
	Import imp;
	char err[ERRMAX];

	d = linkbuiltin("$Draw", nil, 0);
	if(d != nil)
		destroy(P2D(d));
	imp.n = 1;
	imp.f = bad;
	check(loadmod("$Draw", &imp, err, sizeof err) == nil, "a wrong sig linked");
	d = linkbuiltin("$Draw", drawlist, nelem(drawlist));
	if(d == nil)
		return;
	f = newcall();
	W(f+32) = 1;
	W(f+36) = 2;
	W(f+40) = 10;
	W(f+44) = 20;
	call(d, Dptadd);
	check(W(res) == 11 && W(res+4) == 22, "Point.add (%d, %d)", W(res), W(res+4));
	f = newcall();
	W(f+32) = 0; W(f+36) = 0; W(f+40) = 10; W(f+44) = 10;
	W(f+48) = 5; W(f+52) = -5; W(f+56) = 20; W(f+60) = 7;
	call(d, Drclip);
	check(W(res) == 5 && W(res+4) == 0 && W(res+8) == 10 && W(res+12) == 7 && W(res+16) == 1, "Rect.clip");
	f = newcall();
	P(res) = H;
	P(f+32) = H;
	call(d, Dalloc);
	check(P(res) == H && strcmp(up->env->errstr, "no display") == 0, "Display.allocate: %#ux '%s'", P(res), up->env->errstr);
	f = newcall();
	P(f+32) = c2string("r8g8b8", 6);
	call(d, Dchanmk);
	check(W(res) == ((0<<4|8)<<16 | (1<<4|8)<<8 | (2<<4|8)), "Chans.mk(r8g8b8) = %#ux", W(res));
	destroy(P(f+32));
	f = newcall();
	P(res) = H;
	W(f+32) = (4<<4|8)<<24 | (0<<4|8)<<16 | (1<<4|8)<<8 | (2<<4|8);
	call(d, Dchantext);
	s = P(res) == H ? nil : string2c(P(res));
	check(s != nil && strcmp(s, "a8r8g8b8") == 0, "Chans.text %s", s);
	free(s);
	destroy(P(res));
	f = newcall();
	W(f+32) = 0xFF8040FF;
	W(f+36) = 0x80;
	call(d, Dsetalpha);
	check(UW(res) == 0x80402080, "setalpha %#ux", UW(res));
	f = newcall();
	W(f+32) = 3; W(f+40) = 13; W(f+48) = 1;
	call(d, Dbpl);
	check(W(res) == 2, "bytesperline(3..13, 1) = %d", W(res));
	f = newcall();
	P(f+32) = H;
	RAISES(call(d, Dimdraw), "dereference of nil");
	P(f+32) = P2D(H2D(heapz(&Tword)));
	RAISES(call(d, Dimdraw), "Draw->Image.draw: no display");
	destroy(P(f+32));
	destroy(P2D(d));
}

/* Run vm/md5abc.s (built into the dis folder beside this test); what it writes on fds 1 and 2 is checked. */
static void
endtoend(void)
{
	static char r[4096];
	char path[600], out[512], *ok, *s;
	char *argv[] = {"md5abc", nil};
	int st;

	ok = nil;
	HOSTCALL(ok = realpath(hostargv[0], r));
	check(ok != nil, "no path to the test");
	if(ok == nil)
		return;
	s = strrchr(r, '/');
	if(s != nil)
		*s = 0;
	snprint(path, sizeof path, "#U*%s/dis/md5abc.dis", r);
	outputto("#U/vmout");
	st = disexec(path, argv);
	readfile("#U/vmout", out, sizeof out);
	check(st == 0, "status %d (%r), output \"%s\"", st, out);
	check(strcmp(out, "900150983cd24fb0d6963f7d28e17f72\n1.4142135623730951\n") == 0, "output \"%s\"", out);
}

int
testmain(void)
{
	/* the program starts the VM, which registers the built-in modules */
	run("a Dis program using Keyring->md5, Math->sqrt and $Draw", endtoend);
	acquire();
	frame = malloc(256);
	res = malloc(64);
	run("Keyring as md5sum uses it", md5sum);
	run("Keyring copy, sha1, hmac, unimplemented entries", keyring);
	run("Math on frames", math);
	run("Draw without a display", draw);
	free(frame);
	free(res);
	release();
	return testnfail;
}
