/*
 * The mount driver and the export service together (port/devmnt.c,
 * port/export.c), under the sanitizers: a directory of the host's
 * files exported over a pipe and mounted; files made, written, read,
 * stat'd and removed through the mount; a read that blocks in the
 * exported name space while other requests go on, then interrupted
 * (Tflush on one side, the worker interrupted on the other); the
 * server's end closed, after which the mount's files give errors.
 */
#include "ktest.h"

enum { EXPASYNC = 1 };

static int p[2];

static void
testmount(void)
{
	int fd, n;
	char buf[64];
	Dir d;
	char strs[256];

	testbegin("export #U/x over a pipe, mount it on /m: create, write, read, stat, remove");
	kclose(kcreate("/x", OREAD, DMDIR|0755));
	kclose(kcreate("/m", OREAD, DMDIR|0755));
	check(kpipe(p) == 0, "kpipe: %r");
	check(kexport(p[0], "/x", EXPASYNC) == 0, "export: %r");
	check(kmount(p[1], -1, "/m", MREPL|MCREATE, "") >= 0, "mount: %r");
	fd = kcreate("/m/f", ORDWR, 0644);
	check(fd >= 0, "create: %r");
	check(kwrite(fd, "hello", 5) == 5, "write: %r");
	check(kpread(fd, buf, sizeof buf, 0) == 5 && memcmp(buf, "hello", 5) == 0, "read back: %r");
	kclose(fd);
	n = kdirstat("/x/f", &d, strs, sizeof strs);
	check(n == 0 && d.length == 5, "the file in the exported directory: %r");
	n = kdirstat("/m/f", &d, strs, sizeof strs);
	check(n == 0 && d.length == 5 && d.type == 'M' && strcmp(d.name, "f") == 0, "stat through the mount: %r %D", &d);
	check(kremove("/m/f") == 0, "remove: %r");
	check(kdirstat("/x/f", &d, strs, sizeof strs) < 0, "still in the exported directory");
	ktestend();
}

/* a pipe in the exported directory's name space whose read blocks */
static int bp[2];
static volatile int readdone;
static char readerr[ERRMAX];
static Proc *readerproc;
static Rendez pause;

static void
blockedreader(void *a)
{
	int fd;
	char buf[16];
	long n;

	USED(a);
	readerproc = up;
	fd = kopen("/m/blk/data1", OREAD);
	if(fd < 0){
		snprint(readerr, sizeof readerr, "open: %r");
		readdone = 1;
		return;
	}
	n = kread(fd, buf, sizeof buf);
	if(n < 0)
		snprint(readerr, sizeof readerr, "%r");
	else
		snprint(readerr, sizeof readerr, "read %ld", n);
	kclose(fd);
	readdone = 1;
}

static void
testblocking(void)
{
	Dir d;
	char strs[256];
	int i;

	testbegin("a read blocked in the export holds up no other request, and is interrupted by Tflush");
	/* a pipe bound into the exported tree before the export took its copy: make a fresh export */
	kclose(kcreate("/y", OREAD, DMDIR|0755));
	kclose(kcreate("/y/blk", OREAD, DMDIR|0755));
	kclose(kcreate("/n2", OREAD, DMDIR|0755));
	check(kbind("#|", "/y/blk", MREPL) >= 0, "bind pipe: %r");
	check(kpipe(bp) == 0, "kpipe: %r");
	check(kexport(bp[0], "/y", EXPASYNC) == 0, "export: %r");
	check(kmount(bp[1], -1, "/m", MREPL, "") >= 0, "mount: %r");
	readdone = 0;
	readerproc = nil;
	kproc("blockedreader", blockedreader, nil, KPDUP);
	for(i = 0; i < 50 && readerproc == nil; i++)
		tsleep(&pause, return0, nil, 10);
	tsleep(&pause, return0, nil, 100);
	check(!readdone, "the read did not block: %s", readerr);
	/* other requests on the same mount go on */
	check(kdirstat("/m/blk", &d, strs, sizeof strs) == 0, "stat while a read blocks: %r");
	/* interrupt the reader: its kernel call ends with "interrupted" */
	if(readerproc != nil)
		swiproc(readerproc, 0);
	for(i = 0; i < 200 && !readdone; i++)
		tsleep(&pause, return0, nil, 10);
	check(readdone && strcmp(readerr, Eintr) == 0, "reader: done %d: %s", readdone, readerr);
	check(kdirstat("/m/blk", &d, strs, sizeof strs) == 0, "stat after the flush: %r");
	ktestend();
}

static void
testhangup(void)
{
	Dir d;
	char strs[256];
	int n;

	testbegin("the server's end closed: the mount's files give errors, not hangs");
	kclose(p[0]);	/* the export had its own reference; ours goes */
	/* end the export of /x by closing its connection from this side too: unmount */
	check(kunmount(nil, "/m") == 0, "unmount: %r");
	check(kdirstat("/m/f", &d, strs, sizeof strs) < 0, "the unmounted tree is still there");
	/* a mount whose server's pipe end is closed before anything is asked */
	check(kpipe(p) == 0, "kpipe: %r");
	kclose(p[0]);
	n = kmount(p[1], -1, "/m", MREPL, "");
	check(n < 0 && (strcmp(up->env->errstr, Eclosedpipe) == 0 || strcmp(up->env->errstr, Ehungup) == 0), "mount of a closed pipe: %d %r", n);
	kclose(p[1]);
	ktestend();
}

int
testmain(void)
{
	fmtinstall('D', dirfmt);
	testmount();
	testblocking();
	testhangup();
	return testnfail;
}
