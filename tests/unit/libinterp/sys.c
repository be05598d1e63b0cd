/*
 * The $Sys built-in module (libinterp/sys*.c) called directly on
 * hand-built frames, in the test kernel: the export table, the print
 * verbs (sprint, print to fd 1, fprint, aprint), FD objects closing
 * when the last reference goes, files through #U (create, read,
 * write, seek, pread/pwrite, stat, fstat, wstat, dirread, fd2path,
 * remove), pipes and the exception for a write to a closed one,
 * readn, stream, fildes/dup, tokenize and the UTF-8 functions with
 * their exceptions, werrstr and %r, fversion over a pipe, sleep, dial
 * and announce errors, bind/unmount/chdir, and pctl. This file stands
 * in for the parts of sched.c and link.c that Sys uses (one Prog that
 * never runs Dis code, acquire/release as a qlock, newgroup,
 * progexcept, builtinmod) and for chan.c's and link.c's free functions.
 */
#include "ktest.h"
#include "../../../libinterp/interp.h"
#include "../../../libinterp/sysmod.h"

struct Vm vm;
char *progstate[Nstate] = { "ready", "alt", "send", "recv", "debug", "release", "exiting", "broken" };
char exNomem[] = "out of memory: heap";
char exNilref[] = "dereference of nil";
char exBounds[] = "array bounds error";
char exNegsize[] = "negative array size";
char exModule[] = "module not loaded";
char exZdiv[] = "zero divide";
char exType[] = "type not constructed correctly";
char exHungup[] = "channel hungup";
char exAltHungup[] = "alt channel hungup";
char exSpawnbuiltin[] = "spawn a builtin module";
char exInvalid[] = "invalid operation";

static Prog *prog;
static const Runtab *systab;
static int ngroup;
static int released;

void
acquire(void)
{
	qlock(&vm.vm);
	released--;
}

void
release(void)
{
	released++;
	qunlock(&vm.vm);
}

Prog*
currun(void)
{
	return prog;
}

Progs*
newgroup(Prog *p)
{
	USED(p);
	ngroup++;
	return nil;
}

/* a posted exception: Prog.kill without Pkilled, as sched.c's */
void
progexcept(Prog *p, char *text)
{
	if(p->kill == nil)
		p->kill = kstrdup(text);
}

void
builtinmod(char *name, const Runtab *tab)
{
	if(strcmp(name, "$Sys") == 0)
		systab = tab;
}

void
freechannel(Heap *h, int swept)
{
	USED(h, swept);
}

void
freemodlink(Heap *h, int swept)
{
	USED(h, swept);
}

void
markchannel(Dtype *t, void *v)
{
	USED(t, v);
}

/* sysf2c.c's channels: file2chan itself is tested by tests/styx with the whole VM */
Channel*
newchannel(Dtype *t, int size, int nbuf)
{
	USED(t, size, nbuf);
	error("no channels in this test");
}

int
kchanio(Dptr c, void *v, int send, int block)
{
	USED(c, v, send, block);
	error("no channels in this test");
}

/*
 * Frames and cells in pool memory, as Dis memory must be. The result
 * goes at 192: room after it for the biggest, (int, Dir), 72 bytes.
 */
static uchar*
frame(void)
{
	uchar *f;

	f = mallocz(192 + sizeof(Rintdir), 1);
	((Fhdr*)f)->ret = P2D(f+192);
	P(f+192) = H;
	P(f+196) = H;
	return f;
}

static Dptr
str(char *s)
{
	return c2string(s, strlen(s));
}

/* A C copy of a Dis string, in a rotating static buffer. */
static char*
cs(Dptr s)
{
	static char buf[4][512];
	static int i;
	char *p;

	i = (i+1) % 4;
	p = string2c(s);
	strecpy(buf[i], buf[i]+sizeof buf[i], p);
	free(p);
	return buf[i];
}

static void
testtable(void)
{
	static char *variadic[] = { "aprint", "fprint", "print", "sprint" };
	const Runtab *r;
	int n, i, sorted, sizes, var;

	testbegin("sys table");
	sysmodinit();
	check(systab != nil, "builtinmod not called with $Sys");
	if(systab == nil){
		ktestend();
		return;
	}
	n = 0;
	sorted = 1;
	sizes = 1;
	var = 0;
	for(r = systab; r->name != nil; r++, n++){
		if(n > 0 && strcmp(r[-1].name, r->name) >= 0)
			sorted = 0;
		if(r->size % 8 != 0 || (r->size != 0 && r->size < 32) || r->np > 16)
			sizes = 0;
		for(i = 0; i < nelem(variadic); i++)
			if(strcmp(r->name, variadic[i]) == 0 && r->size == 0)
				var++;
	}
	check(n == 43, "%d entries, want 43", n);
	check(sorted, "not sorted by name");
	check(sizes, "a frame size or map is malformed");
	check(var == 4, "%d variadic entries with size 0, want 4", var);
	check(systab[0].sig == 0x0b7c4ac0 && strcmp(systab[0].name, "announce") == 0, "announce first with its sig");
	for(r = systab; r->name != nil; r++){
		if(strcmp(r->name, "print") == 0)
			check(r->sig == 0xac849033, "print sig %#ux", r->sig);
		if(strcmp(r->name, "fwstat") == 0)
			check(r->size == 104 && r->np == 2 && r->map[1] == 0xbc, "fwstat frame %d map %#ux", r->size, r->map[1]);
		if(strcmp(r->name, "mount") == 0)
			check(r->size == 56 && r->map[1] == 0xe8, "mount frame %d map %#ux", r->size, r->map[1]);
	}
	ktestend();
}

/* Variadic frames: the format at 32, values after it aligned to their sizes. */
typedef struct Va Va;
struct Va {
	uchar	*f;
	int	off;
};

static void
vinit(Va *v, char *fmt)
{
	v->f = frame();
	P(v->f+Fargs) = str(fmt);
	v->off = Fargs+4;
}

static void
vint(Va *v, int i)
{
	v->off = ROUNDUP(v->off, 4);
	W(v->f+v->off) = i;
	v->off += 4;
}

static void
vbig(Va *v, vlong b)
{
	v->off = ROUNDUP(v->off, 8);
	L(v->f+v->off) = b;
	v->off += 8;
}

static void
vreal(Va *v, double d)
{
	v->off = ROUNDUP(v->off, 8);
	F(v->f+v->off) = d;
	v->off += 8;
}

static void
vstr(Va *v, char *s)
{
	v->off = ROUNDUP(v->off, 4);
	P(v->f+v->off) = s != nil ? str(s) : H;
	v->off += 4;
}

/* sprint, then free the frame (its strings are released by hand: their offsets are known to the case). */
static char*
vsprint(Va *v)
{
	char *s;

	Sys_sprint(v->f);
	s = cs(P(v->f+192));
	destroy(P(v->f+192));
	destroy(P(v->f+Fargs));
	return s;
}

static void
fmtcase(char *name, char *got, char *want)
{
	testbegin("sys sprint %s", name);
	check(strcmp(got, want) == 0, "got \"%s\", want \"%s\"", got, want);
	ktestend();
}

static void
testformat(void)
{
	Va v;
	Dtype *t;
	static uchar map[] = { 0x00, 0x80 };

	vinit(&v, "%d %5d|%-5d|%05d|%+d");
	vint(&v, 42); vint(&v, 7); vint(&v, -3); vint(&v, 12); vint(&v, 9);
	fmtcase("ints", vsprint(&v), "42     7|-3   |00012|+9");

	vinit(&v, "%x %X %o %x %ux");
	vint(&v, 255); vint(&v, 255); vint(&v, 8); vint(&v, -1); vint(&v, -2);
	fmtcase("bases", vsprint(&v), "ff FF 10 ffffffff fffffffe");

	vinit(&v, "%d %bd %bx %d");
	vint(&v, 1); vbig(&v, 1LL<<40); vbig(&v, -1); vint(&v, 2);
	fmtcase("big", vsprint(&v), "1 1099511627776 ffffffffffffffff 2");

	vinit(&v, "[%c%c]");
	vint(&v, 'a'); vint(&v, 0x263A);
	fmtcase("char", vsprint(&v), "[a\xe2\x98\xba]");

	vinit(&v, "%s|%6s|%-4s|%.2s|%s|");
	vstr(&v, "abc"); vstr(&v, "xy"); vstr(&v, "z"); vstr(&v, "\xce\xb1\xce\xb2\xce\xb3"); vstr(&v, nil);
	fmtcase("strings", vsprint(&v), "abc|    xy|z   |\xce\xb1\xce\xb2||");

	vinit(&v, "%q %q");
	vstr(&v, "a b"); vstr(&v, "plain");
	fmtcase("quote", vsprint(&v), "'a b' plain");

	vinit(&v, "%g %g %g %g %g %g");
	vreal(&v, 3.14159265); vreal(&v, 1e6); vreal(&v, 0.1); vreal(&v, 100.0); vreal(&v, 0.00001); vreal(&v, -7.125e-10);
	fmtcase("g shortest", vsprint(&v), "3.14159265 1e+06 .1 100 1e-05 -7.125e-10");

	vinit(&v, "%.3g %f %e %8.2f|%G");
	vreal(&v, 3.14159); vreal(&v, 1.5); vreal(&v, 1.5); vreal(&v, 2.25); vreal(&v, 1e21);
	fmtcase("reals c-style", vsprint(&v), "3.14 1.500000 1.500000e+00     2.25|1E+21");

	vinit(&v, "%d %g");
	vint(&v, 5); vreal(&v, 0.25);
	fmtcase("real alignment", vsprint(&v), "5 .25");

	vinit(&v, "%*d|%-*d|%.*f");
	vint(&v, 4); vint(&v, 1); vint(&v, 3); vint(&v, 2); vint(&v, 2); vreal(&v, 3.14159);
	fmtcase("star", vsprint(&v), "   1|2  |3.14");

	vinit(&v, "100%% %s");
	vstr(&v, "done");
	fmtcase("percent", vsprint(&v), "100% done");

	kwerrstr("the last error");
	vinit(&v, "err: %r.");
	fmtcase("%r", vsprint(&v), "err: the last error.");

	vinit(&v, "\xe2\x98\xba=%d");
	vint(&v, 1);
	fmtcase("runes in format", vsprint(&v), "\xe2\x98\xba=1");

	/* a frame type bounds the values: a verb past it prints nothing */
	t = dtype(40, map, 2);
	vinit(&v, "%d|%d|%s");
	vint(&v, 5);
	((Fhdr*)v.f)->t = P2D(t);
	fmtcase("past the frame", vsprint(&v), "5||");
	freetype(t);

	vinit(&v, "");
	fmtcase("empty", vsprint(&v), "");
}

/* An FD's descriptor number. */
static int
fdnum(Dptr fd)
{
	return fd == H ? -1 : W(D2P(fd));
}

static int
isopen(int fd)
{
	char *s;

	s = kfd2path(fd);
	free(s);
	return s != nil;
}

static Dptr
bytes(char *s, int n)
{
	return mem2array(s, n);
}

static int
sysread(Dptr fd, Dptr buf, int n)
{
	uchar *f;
	int r;

	f = frame();
	P(f+32) = fd;
	P(f+36) = buf;
	W(f+40) = n;
	Sys_read(f);
	r = W(f+192);
	free(f);
	return r;
}

static int
syswrite(Dptr fd, char *s)
{
	uchar *f;
	int r;

	f = frame();
	P(f+32) = fd;
	P(f+36) = bytes(s, strlen(s));
	W(f+40) = strlen(s);
	Sys_write(f);
	r = W(f+192);
	destroy(P(f+36));
	free(f);
	return r;
}

static Dptr
sysopen(char *path, int mode)
{
	uchar *f;
	Dptr fd;

	f = frame();
	P(f+32) = str(path);
	W(f+36) = mode;
	Sys_open(f);
	fd = P(f+192);
	destroy(P(f+32));
	free(f);
	return fd;
}

static void
testpipe(void)
{
	uchar *f;
	Array *a;
	Dptr arr, buf, rd, wr;
	Dptr *fds;
	Va v;
	int r, wfd, rfd;
	char got[64];

	testbegin("sys pipe fprint read close");
	arr = P2D(newarray(&Tptr, 2, 1));
	f = frame();
	P(f+32) = arr;
	Sys_pipe(f);
	check(W(f+192) == 0, "pipe returned %d: %s", W(f+192), up->env->errstr);
	free(f);
	a = D2P(arr);
	fds = (Dptr*)a->data;
	rd = fds[0];
	wr = fds[1];
	check(rd != H && wr != H && isopen(fdnum(rd)) && isopen(fdnum(wr)), "pipe fds not open");

	/* fprint: fd@32, format@36, values from 40 */
	v.f = frame();
	P(v.f+32) = wr;
	P(v.f+36) = str("%s=%d\n");
	v.off = 40;
	vstr(&v, "x");
	vint(&v, 17);
	Sys_fprint(v.f);
	check(W(v.f+192) == 5, "fprint returned %d", W(v.f+192));
	destroy(P(v.f+36));
	destroy(P(v.f+40));
	free(v.f);

	buf = P2D(newarray(&Tbyte, 64, 1));
	r = sysread(rd, buf, 64);
	check(r == 5, "read %d bytes", r);
	if(r == 5){
		memmove(got, ((Array*)D2P(buf))->data, 5);
		got[5] = 0;
		check(strcmp(got, "x=17\n") == 0, "read \"%s\"", got);
	}
	check(sysread(rd, buf, -1) == 0, "read with n < 0 is not 0");
	check(sysread(rd, H, 10) == 0, "read of a nil array is not 0");

	/* the last reference to the write end closes it: the reader sees end of file */
	wfd = fdnum(wr);
	fds[1] = H;
	destroy(wr);
	check(!isopen(wfd), "fd %d still open after its FD was freed", wfd);
	check(sysread(rd, buf, 64) == 0, "no end of file after the writer went");
	check(released == 0, "release/acquire unbalanced (%d)", released);
	rfd = fdnum(rd);
	destroy(buf);
	destroy(arr);
	check(!isopen(rfd), "read end %d open after the array went", rfd);
	ktestend();

	testbegin("sys pipe short array");
	arr = P2D(newarray(&Tptr, 1, 1));
	f = frame();
	P(f+32) = arr;
	Sys_pipe(f);
	check(W(f+192) == -1, "pipe into 1 element returned %d", W(f+192));
	destroy(arr);
	free(f);
	ktestend();
}

static void
testfildes(void)
{
	uchar *f;
	Dptr fd, d;
	int n, r;

	testbegin("sys fildes dup");
	fd = sysopen("#U", OREAD);
	check(fd != H, "open #U: %s", up->env->errstr);
	n = fdnum(fd);
	f = frame();
	W(f+32) = n;
	Sys_fildes(f);
	d = P(f+192);
	check(d != H && fdnum(d) != n && isopen(fdnum(d)), "fildes did not make a new descriptor");
	destroy(d);
	check(isopen(n), "the original closed with the duplicate");

	W(f+32) = n;
	W(f+36) = 15;
	Sys_dup(f);
	r = W(f+192);
	check(r == 15 && isopen(15), "dup(%d, 15) returned %d: %s", n, r, up->env->errstr);
	kclose(15);

	W(f+32) = 3999;
	P(f+192) = H;
	Sys_fildes(f);
	check(P(f+192) == H, "fildes of a closed fd is not nil");
	free(f);
	destroy(fd);
	check(!isopen(n), "fd %d open after its FD went", n);
	ktestend();
}

static void
testfiles(void)
{
	uchar *f;
	Dptr fd, buf, dfd;
	Rintdir *rd;
	Rintptr *rp;
	Sysdir *sd;
	Array *a;
	int i, found, n;

	testbegin("sys create write seek read");
	f = frame();
	P(f+32) = str("#U/sysfile");
	W(f+36) = ORDWR;
	W(f+40) = 0640;
	Sys_create(f);
	fd = P(f+192);
	destroy(P(f+32));
	free(f);
	check(fd != H, "create: %s", up->env->errstr);
	check(syswrite(fd, "hello") == 5, "write");
	f = frame();
	P(f+32) = fd;
	L(f+40) = 1;
	W(f+48) = 0;
	Sys_seek(f);
	check(L(f+192) == 1, "seek returned %lld", L(f+192));
	free(f);
	buf = P2D(newarray(&Tbyte, 16, 1));
	n = sysread(fd, buf, 3);
	check(n == 3 && memcmp(((Array*)D2P(buf))->data, "ell", 3) == 0, "read after seek: %d", n);

	/* pwrite at 0, pread from 0: the fd's own offset is not moved */
	f = frame();
	P(f+32) = fd;
	P(f+36) = bytes("J", 1);
	W(f+40) = 1;
	L(f+48) = 0;
	Sys_pwrite(f);
	check(W(f+192) == 1, "pwrite returned %d", W(f+192));
	destroy(P(f+36));
	P(f+36) = buf;
	W(f+40) = 16;
	Sys_pread(f);
	check(W(f+192) == 5 && memcmp(((Array*)D2P(buf))->data, "Jello", 5) == 0, "pread returned %d", W(f+192));
	free(f);
	n = sysread(fd, buf, 16);
	check(n == 1 && ((Array*)D2P(buf))->data[0] == 'o', "read after pread: %d", n);
	ktestend();

	testbegin("sys fstat stat fd2path iounit");
	f = frame();
	P(f+32) = fd;
	rd = (Rintdir*)(f+192);
	memset(rd, 0, sizeof *rd);
	rd->t1.name = rd->t1.uid = rd->t1.gid = rd->t1.muid = H;
	Sys_fstat(f);
	check(rd->t0 == 0, "fstat: %s", up->env->errstr);
	check(strcmp(cs(rd->t1.name), "sysfile") == 0, "name %s", cs(rd->t1.name));
	check(rd->t1.length == 5 && ((rd->t1.mode & 0777) == 0640 || (rd->t1.mode & 0777) == 0600) && rd->t1.qidtype == QTFILE, "length %lld mode %uo qtype %d", rd->t1.length, rd->t1.mode, rd->t1.qidtype);
	check(rd->t1.dtype == 'U', "dtype %d", rd->t1.dtype);
	destroy(rd->t1.name); destroy(rd->t1.uid); destroy(rd->t1.gid); destroy(rd->t1.muid);
	rd->t1.name = rd->t1.uid = rd->t1.gid = rd->t1.muid = H;
	P(f+192) = H;
	Sys_fd2path(f);
	check(strstr(cs(P(f+192)), "sysfile") != nil, "fd2path %s", cs(P(f+192)));
	destroy(P(f+192));
	Sys_iounit(f);
	check(W(f+192) >= 0, "iounit %d", W(f+192));
	free(f);

	f = frame();
	P(f+32) = str("#U/sysfile");
	rd = (Rintdir*)(f+192);
	rd->t1.name = rd->t1.uid = rd->t1.gid = rd->t1.muid = H;
	Sys_stat(f);
	check(rd->t0 == 0 && rd->t1.length == 5, "stat: %d %s", rd->t0, up->env->errstr);
	destroy(rd->t1.name); destroy(rd->t1.uid); destroy(rd->t1.gid); destroy(rd->t1.muid);
	destroy(P(f+32));
	P(f+32) = str("#U/nonesuch");
	rd->t1.name = rd->t1.uid = rd->t1.gid = rd->t1.muid = H;
	Sys_stat(f);
	check(rd->t0 == -1 && up->env->errstr[0] != 0, "stat of nothing: %d", rd->t0);
	destroy(P(f+32));
	free(f);
	ktestend();

	testbegin("sys wstat nulldir mode");
	f = frame();
	P(f+32) = str("#U/sysfile");
	sd = (Sysdir*)(f+40);
	sd->name = sd->uid = sd->gid = sd->muid = H;
	sd->qidpath = ~0LL;
	sd->qidvers = sd->qidtype = sd->atime = sd->mtime = sd->dtype = sd->dev = -1;
	sd->length = ~0LL;
	sd->mode = 0400;
	Sys_wstat(f);
	check(W(f+192) == 0, "wstat: %d %s", W(f+192), up->env->errstr);
	destroy(P(f+32));
	free(f);
	f = frame();
	P(f+32) = str("#U/sysfile");
	rd = (Rintdir*)(f+192);
	rd->t1.name = rd->t1.uid = rd->t1.gid = rd->t1.muid = H;
	Sys_stat(f);
	check(rd->t0 == 0 && (rd->t1.mode & 0777) == 0400 && rd->t1.length == 5, "after wstat: mode %uo length %lld", rd->t1.mode, rd->t1.length);
	destroy(rd->t1.name); destroy(rd->t1.uid); destroy(rd->t1.gid); destroy(rd->t1.muid);
	destroy(P(f+32));
	free(f);
	ktestend();

	testbegin("sys dirread");
	dfd = sysopen("#U", OREAD);
	check(dfd != H, "open #U: %s", up->env->errstr);
	f = frame();
	P(f+32) = dfd;
	rp = (Rintptr*)(f+192);
	rp->t1 = H;
	found = 0;
	for(;;){
		Sys_dirread(f);
		if(rp->t0 <= 0)
			break;
		a = D2P(rp->t1);
		check(a->len == (u32int)rp->t0, "array of %ud for %d entries", a->len, rp->t0);
		sd = (Sysdir*)a->data;
		for(i = 0; i < rp->t0; i++)
			if(strcmp(cs(sd[i].name), "sysfile") == 0 && sd[i].length == 5)
				found++;
	}
	check(rp->t0 == 0, "dirread ended with %d", rp->t0);
	check(found == 1, "sysfile found %d times", found);
	destroy(rp->t1);
	free(f);
	destroy(dfd);
	ktestend();

	testbegin("sys remove open-fails");
	destroy(fd);
	destroy(buf);
	f = frame();
	P(f+32) = str("#U/sysfile");
	Sys_remove(f);
	check(W(f+192) == 0, "remove: %s", up->env->errstr);
	Sys_remove(f);
	check(W(f+192) == -1, "second remove succeeded");
	destroy(P(f+32));
	free(f);
	fd = sysopen("#U/sysfile", OREAD);
	check(fd == H && strstr(up->env->errstr, "not exist") != nil, "open of a removed file: %s", up->env->errstr);
	ktestend();
}

static void
testtokenize(void)
{
	uchar *f;
	Rintptr *r;
	Dptr l;
	List *c;
	char got[128], *e;

	testbegin("sys tokenize");
	f = frame();
	P(f+32) = str("  a bc\tdef  ");
	P(f+36) = str(" \t");
	r = (Rintptr*)(f+192);
	Sys_tokenize(f);
	e = got;
	got[0] = 0;
	for(l = r->t1; l != H; l = c->tail){
		c = D2P(l);
		e = seprint(e, got+sizeof got, "<%s>", cs(P(c->data)));
	}
	check(r->t0 == 3 && strcmp(got, "<a><bc><def>") == 0, "%d tokens %s", r->t0, got);
	destroy(r->t1);
	destroy(P(f+32));
	P(f+32) = H;
	r->t1 = H;
	Sys_tokenize(f);
	check(r->t0 == 0 && r->t1 == H, "nil string: %d", r->t0);
	destroy(P(f+36));
	free(f);
	ktestend();
}

/* Run fn on f; the exception it raised, or "" if none. */
static char*
raised(void (*fn)(void*), uchar *f)
{
	static char e[ERRMAX];

	e[0] = 0;
	if(waserror()){
		strecpy(e, e+sizeof e, up->env->errstr);
		return e;
	}
	fn(f);
	poperror();
	return e;
}

static void
testutf(void)
{
	uchar *f;
	Rint3 *r;
	Dptr a;

	testbegin("sys byte2char");
	f = frame();
	r = (Rint3*)(f+192);
	a = bytes("a\xe2\x98\xba\xff\xe2\x98", 7);
	P(f+32) = a;
	W(f+36) = 0;
	Sys_byte2char(f);
	check(r->t0 == 'a' && r->t1 == 1 && r->t2 == 1, "ascii: %d %d %d", r->t0, r->t1, r->t2);
	W(f+36) = 1;
	Sys_byte2char(f);
	check(r->t0 == 0x263A && r->t1 == 3 && r->t2 == 1, "rune: %#x %d %d", r->t0, r->t1, r->t2);
	W(f+36) = 4;
	Sys_byte2char(f);
	check(r->t0 == Runeerror && r->t1 == 1 && r->t2 == 0, "bad byte: %#x %d %d", r->t0, r->t1, r->t2);
	W(f+36) = 5;
	Sys_byte2char(f);
	check(r->t0 == Runeerror && r->t1 == 0 && r->t2 == 0, "short: %#x %d %d", r->t0, r->t1, r->t2);
	W(f+36) = 7;
	check(strcmp(raised(Sys_byte2char, f), "array bounds error") == 0, "n = len did not raise");
	W(f+36) = -1;
	check(strcmp(raised(Sys_byte2char, f), "array bounds error") == 0, "n < 0 did not raise");
	ktestend();

	testbegin("sys utfbytes");
	W(f+36) = 7;
	Sys_utfbytes(f);
	check(W(f+192) == 5, "utfbytes of 7 = %d, want 5", W(f+192));
	W(f+36) = 3;
	Sys_utfbytes(f);
	check(W(f+192) == 1, "utfbytes of 3 = %d, want 1", W(f+192));
	W(f+36) = 8;
	check(strcmp(raised(Sys_utfbytes, f), "array bounds error") == 0, "n > len did not raise");
	ktestend();

	testbegin("sys char2byte");
	W(f+32) = 0x263A;
	P(f+36) = a;
	W(f+40) = 1;
	Sys_char2byte(f);
	check(W(f+192) == 3 && memcmp(((Array*)D2P(a))->data+1, "\xe2\x98\xba", 3) == 0, "wrote %d", W(f+192));
	W(f+40) = 5;
	Sys_char2byte(f);
	check(W(f+192) == 0, "no room: wrote %d", W(f+192));
	W(f+32) = -5;
	W(f+40) = 0;
	Sys_char2byte(f);
	check(W(f+192) == 3 && memcmp(((Array*)D2P(a))->data, "\xef\xbf\xbd", 3) == 0, "bad rune: wrote %d", W(f+192));
	W(f+40) = 7;
	check(strcmp(raised(Sys_char2byte, f), "array bounds error") == 0, "n = len did not raise");
	destroy(a);
	free(f);
	ktestend();
}

static void
testerrstr(void)
{
	uchar *f;
	Va v;

	testbegin("sys werrstr");
	f = frame();
	P(f+32) = str("my own error");
	Sys_werrstr(f);
	check(W(f+192) == 0 && strcmp(up->env->errstr, "my own error") == 0, "errstr %s", up->env->errstr);
	destroy(P(f+32));
	free(f);
	vinit(&v, "%r");
	check(strcmp(vsprint(&v), "my own error") == 0, "%%r after werrstr");
	ktestend();
}

/* fversion against a reply already waiting in a pipe. */
static void
testfversion(void)
{
	static uchar rv[] = { 19,0,0,0, 101, 0xFF,0xFF, 0x00,0x20,0,0, 6,0, '9','P','2','0','0','0' };
	uchar *f, tv[64];
	Rintptr *r;
	int p[2], n;

	testbegin("sys fversion");
	check(kpipe(p) == 0, "kpipe: %r");
	check(kwrite(p[1], rv, sizeof rv) == sizeof rv, "write reply: %r");
	f = frame();
	P(f+32) = mkfd(p[0]);
	W(f+36) = 65536;
	P(f+40) = str("9P2000");
	r = (Rintptr*)(f+192);
	Sys_fversion(f);
	check(r->t0 == 8192 && strcmp(cs(r->t1), "9P2000") == 0, "got (%d, %s): %s", r->t0, cs(r->t1), up->env->errstr);
	n = kread(p[1], tv, sizeof tv);
	check(n == 19 && tv[4] == 100 && tv[5] == 0xFF && tv[7] == 0 && tv[9] == 1 && memcmp(tv+13, "9P2000", 6) == 0, "Tversion sent: %d bytes", n);
	destroy(r->t1);
	destroy(P(f+32));
	destroy(P(f+40));
	free(f);
	kclose(p[1]);
	ktestend();
}

static void
testtime(void)
{
	uchar *f;
	ulong t0, t1;

	testbegin("sys millisec sleep");
	f = frame();
	Sys_millisec(f);
	t0 = W(f+192);
	W(f+32) = 30;
	Sys_sleep(f);
	check(W(f+192) == 0, "sleep returned %d", W(f+192));
	Sys_millisec(f);
	t1 = W(f+192);
	check(t1 - t0 >= 29 && t1 - t0 < 2000, "slept %lud ms", t1 - t0);
	W(f+32) = 0;
	Sys_sleep(f);
	check(W(f+192) == 0 && released == 0, "sleep(0)");
	free(f);
	ktestend();
}

static void
testnet(void)
{
	uchar *f;
	Rintconn *r;

	testbegin("sys dial and announce fail with an error: a refused call, a network that is not there");
	f = frame();
	r = (Rintconn*)(f+192);
	r->t1.dfd = r->t1.cfd = r->t1.dir = H;
	P(f+32) = str("tcp!127.0.0.1!1");
	P(f+36) = H;
	Sys_dial(f);
	check(r->t0 == -1 && r->t1.dfd == H && r->t1.cfd == H, "dial: %d", r->t0);
	check(up->env->errstr[0] != 0, "no error text");
	destroy(P(f+32));
	P(f+32) = str("nosuchnet!*!1");
	up->env->errstr[0] = 0;
	Sys_announce(f);
	check(r->t0 == -1, "announce: %d", r->t0);
	check(up->env->errstr[0] != 0, "no error text for announce");
	destroy(P(f+32));
	free(f);
	ktestend();
}

static void
testpctl(void)
{
	uchar *f;
	List *l;
	Dptr keep, other;
	Fgrp *ofg;
	Pgrp *opg;
	int k, o, ngr;

	testbegin("sys pctl NEWFD");
	keep = sysopen("#U", OREAD);
	other = sysopen("#U", OREAD);
	k = fdnum(keep);
	o = fdnum(other);
	check(k >= 0 && o >= 0, "opens");
	f = frame();
	W(f+32) = 1;	/* NEWFD */
	l = newlist(&Tword, H);
	W(l->data) = k;
	P(f+36) = P2D(l);
	ofg = up->env->fgrp;
	Sys_pctl(f);
	check(W(f+192) == prog->pid, "pctl returned %d", W(f+192));
	check(up->env->fgrp != ofg, "fd table not replaced");
	check(isopen(k) && !isopen(o), "kept %d open: %d; other %d open: %d", k, isopen(k), o, isopen(o));
	ktestend();

	testbegin("sys pctl FORKFD closes the listed");
	W(f+32) = 2;	/* FORKFD */
	ofg = up->env->fgrp;
	Sys_pctl(f);
	check(up->env->fgrp != ofg && !isopen(k), "fd %d still open in the copy", k);
	destroy(P(f+36));
	ktestend();

	testbegin("sys pctl FORKNS NEWENV NEWPGRP");
	opg = up->env->pgrp;
	ngr = ngroup;
	W(f+32) = 8|64|16;
	P(f+36) = H;
	Sys_pctl(f);
	check(W(f+192) == prog->pid && up->env->pgrp != opg && ngroup == ngr+1, "pctl: %d", W(f+192));
	check(released == 0, "release/acquire unbalanced (%d)", released);
	/* the FDs belong to the fd table they were made in: freeing them closes there, not here */
	destroy(keep);
	destroy(other);
	ktestend();

	testbegin("sys pctl NEWNS NODEVS");
	check(kchdir("#U/nsdir") == 0, "chdir: %r");
	W(f+32) = 4|32;	/* NEWNS|NODEVS */
	P(f+36) = H;
	Sys_pctl(f);
	check(W(f+192) == prog->pid, "pctl: %d %s", W(f+192), up->env->errstr);
	keep = sysopen("/inner", OREAD);
	check(keep != H, "/inner in the new name space: %s", up->env->errstr);
	destroy(keep);
	other = sysopen("#U", OREAD);
	check(other == H, "#U opened despite NODEVS");
	destroy(other);
	free(f);
	ktestend();
}

/* print to fd 1, aprint, readn, stream, and the kill for a write to a closed pipe */
static void
testio(void)
{
	uchar *f;
	Va v;
	Dptr buf, rd, wr, src, dst;
	Array *a;
	int p[2], q[2], n, old1;
	char got[64];

	testbegin("sys print to fd 1");
	check(kpipe(p) == 0, "kpipe: %r");
	old1 = kdup(1, -1);	/* -1 if fd 1 is not open */
	check(kdup(p[1], 1) == 1, "dup onto 1: %r");
	vinit(&v, "hi %d\n");
	vint(&v, 3);
	Sys_print(v.f);
	check(W(v.f+192) == 5, "print returned %d", W(v.f+192));
	destroy(P(v.f+Fargs));
	free(v.f);
	n = kread(p[0], got, sizeof got - 1);
	check(n == 5 && memcmp(got, "hi 3\n", 5) == 0, "read %d", n);
	if(old1 >= 0){
		kdup(old1, 1);
		kclose(old1);
	}else
		kclose(1);
	ktestend();

	testbegin("sys aprint");
	vinit(&v, "a%sc");
	vstr(&v, "b");
	Sys_aprint(v.f);
	a = D2P(P(v.f+192));
	check(P(v.f+192) != H && a->len == 3 && memcmp(a->data, "abc", 3) == 0, "aprint");
	destroy(P(v.f+192));
	destroy(P(v.f+Fargs));
	destroy(P(v.f+Fargs+4));
	vinit(&v, "");
	Sys_aprint(v.f);
	check(P(v.f+192) != H && ((Array*)D2P(P(v.f+192)))->len == 0, "aprint of nothing is not an empty array");
	destroy(P(v.f+192));
	free(v.f);
	ktestend();

	testbegin("sys readn");
	rd = mkfd(p[0]);
	check(kwrite(p[1], "abc", 3) == 3 && kwrite(p[1], "defg", 4) == 4, "writes: %r");
	buf = P2D(newarray(&Tbyte, 16, 1));
	f = frame();
	P(f+32) = rd;
	P(f+36) = buf;
	W(f+40) = 6;
	Sys_readn(f);
	check(W(f+192) == 6 && memcmp(((Array*)D2P(buf))->data, "abcdef", 6) == 0, "readn returned %d", W(f+192));
	kclose(p[1]);
	W(f+40) = 6;
	Sys_readn(f);
	check(W(f+192) == 1, "readn at the end returned %d", W(f+192));
	Sys_readn(f);
	check(W(f+192) == 0, "readn past the end returned %d", W(f+192));
	free(f);
	destroy(rd);
	destroy(buf);
	ktestend();

	testbegin("sys stream");
	check(kpipe(p) == 0 && kpipe(q) == 0, "kpipe: %r");
	kwrite(p[1], "0123456789", 10);
	kclose(p[1]);
	src = mkfd(p[0]);
	dst = mkfd(q[1]);
	f = frame();
	P(f+32) = src;
	P(f+36) = dst;
	W(f+40) = 4;
	Sys_stream(f);
	check(W(f+192) == 10, "stream returned %d", W(f+192));
	n = 0;
	while(n < 10 && (W(f+192) = kread(q[0], got+n, sizeof got - n)) > 0)
		n += W(f+192);
	check(n == 10 && memcmp(got, "0123456789", 10) == 0, "copied %d", n);
	free(f);
	destroy(src);
	destroy(dst);
	kclose(q[0]);
	ktestend();

	testbegin("sys write to a closed pipe");
	check(kpipe(p) == 0, "kpipe: %r");
	kclose(p[0]);
	wr = mkfd(p[1]);
	check(syswrite(wr, "x") == -1, "write succeeded");
	check(prog->kill != nil && strcmp(prog->kill, "write on closed pipe") == 0 && !(prog->flags & Pkilled), "no exception posted: %s", prog->kill != nil ? prog->kill : "nil");
	free(prog->kill);
	prog->kill = nil;
	destroy(wr);
	ktestend();
}

static void
testns(void)
{
	uchar *f;
	Dptr fd;

	testbegin("sys bind chdir unmount");
	kclose(kcreate("#U/nsdir", OREAD, DMDIR|0777));
	kclose(kcreate("#U/nsdir/inner", OWRITE, 0666));
	f = frame();
	P(f+32) = str("#U/nsdir");
	P(f+36) = str("/");
	W(f+40) = MBEFORE;
	Sys_bind(f);
	check(W(f+192) >= 0, "bind: %s", up->env->errstr);
	fd = sysopen("/inner", OREAD);
	check(fd != H, "/inner after bind: %s", up->env->errstr);
	destroy(fd);
	Sys_unmount(f);
	check(W(f+192) == 0, "unmount: %s", up->env->errstr);
	fd = sysopen("/inner", OREAD);
	check(fd == H, "/inner after unmount");
	destroy(P(f+32));
	destroy(P(f+36));
	P(f+32) = str("#U/nsdir");
	Sys_chdir(f);
	check(W(f+192) == 0, "chdir: %s", up->env->errstr);
	fd = sysopen("inner", OREAD);
	check(fd != H, "relative open after chdir: %s", up->env->errstr);
	destroy(fd);
	destroy(P(f+32));
	P(f+32) = str("#U/nonesuch");
	Sys_chdir(f);
	check(W(f+192) == -1, "chdir to nothing succeeded");
	destroy(P(f+32));
	free(f);
	ktestend();
}

int
testmain(void)
{
	prog = mallocz(sizeof(Prog), 1);
	prog->pid = 7;
	prog->osenv = up->env;
	prog->exobj = H;
	acquire();
	released = 0;
	testtable();
	testformat();
	testpipe();
	testio();
	testfildes();
	testfiles();
	testtokenize();
	testutf();
	testerrstr();
	testfversion();
	testtime();
	testnet();
	testns();
	testpctl();
	release();
	return testnfail;
}
