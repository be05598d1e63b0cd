/*
 * #s, service directories: a file made with srvcreate and served by C
 * handlers, used through kopen/kread/kwrite/kclose: handlers see the
 * offsets and fids, clunk comes at close, the handler's errors reach
 * the client; listing and stat; wstat of the mode and DMEXCL; removal
 * by the server (srvremove: clients then get "i/o on hungup
 * channel", and release comes after the last close), by a client
 * (remove, ORCLOSE); instances named by spec, and their errors.
 */
#include "ktest.h"

/* A server: a buffer read and written at offsets; remembers what its handlers saw. */
typedef struct Echo Echo;
struct Echo {
	char	data[256];
	long	len;
	ulong	lastfid;
	vlong	lastoff;
	int	nclunk;
	ulong	clunkfid;
	int	released;
	int	fail;		/* reads raise "boom" */
};

static long
echoread(void *a, ulong fid, void *buf, long n, vlong off)
{
	Echo *e = a;

	e->lastfid = fid;
	e->lastoff = off;
	if(e->fail)
		error("boom");
	if(off >= e->len)
		return 0;
	if(n > e->len - off)
		n = e->len - off;
	memmove(buf, e->data+off, n);
	return n;
}

static long
echowrite(void *a, ulong fid, void *buf, long n, vlong off)
{
	Echo *e = a;

	e->lastfid = fid;
	e->lastoff = off;
	if(off < 0 || off + n > (vlong)sizeof e->data)
		error(Etoobig);
	memmove(e->data+off, buf, n);
	if(off + n > e->len)
		e->len = off + n;
	return n;
}

static void
echoclunk(void *a, ulong fid)
{
	Echo *e = a;

	e->nclunk++;
	e->clunkfid = fid;
}

static void
echorelease(void *a)
{
	Echo *e = a;

	e->released++;
}

static Srvops echoops = { echoread, echowrite, echoclunk, echorelease };

static Echo e1, e2, e3, e4;
static Srvfile *s1, *s2, *s3;

/* srvcreate, with its error as nil and the error string */
static Srvfile*
mk(char *dir, char *name, ulong perm, Echo *e)
{
	Srvfile *f;

	if(waserror())
		return nil;
	f = srvcreate(dir, name, perm, &echoops, e);
	poperror();
	return f;
}

static int
wstatmode(char *path, ulong mode)
{
	uchar buf[128];
	Dir d;

	nulldir(&d);
	d.mode = mode;
	return kwstat(path, buf, convD2M(&d, buf, sizeof buf));
}

static void
testcreate(void)
{
	char strs[256], *got;
	Dir d;

	testbegin("srvcreate makes files in a bound #s directory, listed in order, mode 0600, owned by the user");
	check(kbind("#s", "/chan", MREPL) >= 0, "bind #s /chan: %r");
	got = dirnames("/chan");
	check(got[0] == 0, "a new #s is not empty: \"%s\"", got);
	s1 = mk("/chan", "echo", 0600, &e1);
	check(s1 != nil, "srvcreate echo: %r");
	s2 = mk("/chan", "two", 0600, &e2);
	check(s2 != nil, "srvcreate two: %r");
	got = dirnames("/chan");
	check(strcmp(got, "echo two") == 0, "ls /chan gave \"%s\"", got);
	check(trystat("/chan/echo", &d, strs, sizeof strs) == 0, "stat: %r");
	check(strcmp(d.name, "echo") == 0 && d.mode == 0600 && d.length == 0 && d.qid.type == QTFILE && d.type == 's',
		"stat gave %D", &d);
	check(strcmp(d.uid, up->env->user) == 0, "owner %s, want %s", d.uid, up->env->user);
	check(trystat("/chan", &d, strs, sizeof strs) == 0 && d.mode == (DMDIR|0700) && strcmp(d.uid, up->env->user) == 0,
		"the directory: %D", &d);
	check(mk("/chan", "echo", 0600, &e3) == nil && strcmp(up->env->errstr, Eexist) == 0, "second echo: %r");
	check(mk("/n", "x", 0600, &e3) == nil && strcmp(up->env->errstr, Enotsrv) == 0, "srvcreate in /n: %r");
	check(mk("/chan", "a/b", 0600, &e3) == nil, "srvcreate of a/b succeeded");
	check(kcreate("/chan/new", OWRITE, 0600) < 0, "kcreate in #s succeeded");
	ktestend();
}

static void
testio(void)
{
	char buf[64];
	ulong fid;
	long n;
	int fd;

	testbegin("reads and writes go to the handlers with offsets and the open's fid; close clunks it");
	fd = kopen("/chan/echo", ORDWR);
	check(fd >= 0, "open: %r");
	check(kwrite(fd, "hello", 5) == 5, "write: %r");
	check(e1.lastoff == 0 && e1.len == 5, "handler saw offset %lld, len %ld", e1.lastoff, e1.len);
	check(kwrite(fd, " world", 6) == 6 && e1.lastoff == 5, "second write at offset %lld: %r", e1.lastoff);
	fid = e1.lastfid;
	n = kpread(fd, buf, sizeof buf, 0);
	check(n == 11 && memcmp(buf, "hello world", 11) == 0, "pread gave %ld: %r", n);
	check(e1.lastfid == fid && fid != 0, "fid %lud then %lud", fid, e1.lastfid);
	n = kpread(fd, buf, 5, 6);
	check(n == 5 && memcmp(buf, "world", 5) == 0 && e1.lastoff == 6, "pread at 6 gave %ld, offset %lld", n, e1.lastoff);
	check(e1.nclunk == 0, "clunked before the close");
	kclose(fd);
	check(e1.nclunk == 1 && e1.clunkfid == fid, "clunks %d, fid %lud want %lud", e1.nclunk, e1.clunkfid, fid);
	fd = kopen("/chan/echo", OREAD);
	kread(fd, buf, 1);
	check(e1.lastfid != fid, "a second open has the same fid %lud", fid);
	e1.fail = 1;
	check(kread(fd, buf, 1) < 0 && strcmp(up->env->errstr, "boom") == 0, "the handler's error: %r");
	e1.fail = 0;
	kclose(fd);
	ktestend();
}

static void
testmode(void)
{
	char strs[256];
	Dir d;
	int fd, fd2;

	testbegin("wstat changes the mode; the owner bits decide opens; DMEXCL allows one open at a time");
	check(wstatmode("/chan/echo", 0400) >= 0, "wstat 0400: %r");
	check(trystat("/chan/echo", &d, strs, sizeof strs) == 0 && d.mode == 0400, "mode now %luo", d.mode);
	check(kopen("/chan/echo", ORDWR) < 0 && strcmp(up->env->errstr, Eperm) == 0, "ORDWR on 0400: %r");
	fd = kopen("/chan/echo", OREAD);
	check(fd >= 0, "OREAD on 0400: %r");
	kclose(fd);
	check(wstatmode("/chan/echo", DMEXCL|0600) >= 0, "wstat DMEXCL: %r");
	check(trystat("/chan/echo", &d, strs, sizeof strs) == 0 && d.mode == (DMEXCL|0600) && d.qid.type == QTEXCL,
		"mode %luo qid type %ux", d.mode, d.qid.type);
	fd = kopen("/chan/echo", OREAD);
	check(fd >= 0, "first exclusive open: %r");
	fd2 = kopen("/chan/echo", OREAD);
	check(fd2 < 0 && strcmp(up->env->errstr, Einuse) == 0, "second exclusive open: %r");
	kclose(fd);
	fd2 = kopen("/chan/echo", OREAD);
	check(fd2 >= 0, "open after the close: %r");
	kclose(fd2);
	check(wstatmode("/chan/echo", DMDIR|0700) < 0, "a file became a directory");
	check(wstatmode("/chan/echo", 0600) >= 0, "wstat back to 0600: %r");
	ktestend();
}

static void
testsrvremove(void)
{
	char buf[8];
	int fd;

	testbegin("srvremove: the file leaves the directory, open fds get hangups, release after the last close");
	fd = kopen("/chan/two", ORDWR);
	check(fd >= 0, "open two: %r");
	srvremove(s2);
	check(strcmp(dirnames("/chan"), "echo") == 0, "ls /chan gave \"%s\"", dirnames("/chan"));
	check(kopen("/chan/two", OREAD) < 0, "two still opens");
	check(kread(fd, buf, sizeof buf) < 0 && strcmp(up->env->errstr, Ehungup) == 0, "read after srvremove: %r");
	check(kwrite(fd, "x", 1) < 0 && strcmp(up->env->errstr, Ehungup) == 0, "write after srvremove: %r");
	check(e2.released == 0, "released while a client still has it open");
	kclose(fd);
	check(e2.released == 1, "release called %d times after the last close", e2.released);
	check(e2.nclunk == 0, "clunk called on a released file");
	ktestend();
}

static void
testclientremove(void)
{
	int fd;

	testbegin("a client's remove or ORCLOSE takes the file from the directory; the server still ends it");
	s3 = mk("/chan", "three", 0600, &e3);
	check(s3 != nil, "srvcreate three: %r");
	check(kremove("/chan/three") == 0, "remove: %r");
	check(strcmp(dirnames("/chan"), "echo") == 0, "ls /chan gave \"%s\"", dirnames("/chan"));
	check(e3.released == 0, "released while the server holds it");
	srvremove(s3);
	check(e3.released == 1, "release %d after srvremove", e3.released);
	s3 = mk("/chan", "four", 0600, &e4);
	fd = kopen("/chan/four", ORDWR|ORCLOSE);
	check(fd >= 0, "open ORCLOSE: %r");
	check(strcmp(dirnames("/chan"), "echo four") == 0, "ls /chan gave \"%s\"", dirnames("/chan"));
	kclose(fd);
	check(strcmp(dirnames("/chan"), "echo") == 0, "after the ORCLOSE close ls /chan gave \"%s\"", dirnames("/chan"));
	check(e4.nclunk == 1 && e4.released == 0, "clunks %d released %d", e4.nclunk, e4.released);
	srvremove(s3);
	check(e4.released == 1, "release %d", e4.released);
	check(kremove("/chan") < 0, "removed the directory");
	check(kremove("/chan/nonesuch") < 0 && strstr(up->env->errstr, "does not exist") != nil, "remove nonesuch: %r");
	ktestend();
}

static void
testinstances(void)
{
	char path[64], strs[256], *user;
	Dir d;
	int fd;

	testbegin("each attach is a new empty directory; #sN names instance N, for its owner");
	check(strcmp(dirnames("#s"), "") == 0, "a fresh #s lists \"%s\"", dirnames("#s"));
	check(trystat("/chan", &d, strs, sizeof strs) == 0, "stat /chan: %r");
	snprint(path, sizeof path, "#s%ud/echo", d.dev);
	fd = kopen(path, OREAD);
	check(fd >= 0, "open %s: %r", path);
	kclose(fd);
	snprint(path, sizeof path, "#s%ud", d.dev);
	check(strcmp(dirnames(path), "echo") == 0, "ls %s gave \"%s\"", path, dirnames(path));
	check(kopen("#s99999", OREAD) < 0 && strstr(up->env->errstr, "does not exist") != nil, "#s99999: %r");
	check(kopen("#sx", OREAD) < 0 && strstr(up->env->errstr, Ebadspec) != nil, "#sx: %r");
	user = up->env->user;
	up->env->user = "someone-else";
	check(kopen(path, OREAD) < 0 && strcmp(up->env->errstr, Eperm) == 0, "another user attached %s: %r", path);
	up->env->user = user;
	ktestend();
}

static void
testlast(void)
{
	testbegin("srvremove of the last file; nothing is released twice");
	srvremove(s1);
	check(strcmp(dirnames("/chan"), "") == 0, "ls /chan gave \"%s\"", dirnames("/chan"));
	check(e1.released == 1 && e2.released == 1 && e3.released == 1 && e4.released == 1,
		"releases %d %d %d %d", e1.released, e2.released, e3.released, e4.released);
	ktestend();
}

int
testmain(void)
{
	testcreate();
	testio();
	testmode();
	testsrvremove();
	testclientremove();
	testinstances();
	testlast();
	return testnfail;
}
