/*
 * #| through the kernel's file interface: write boundaries, zero-length
 * writes, stat lengths and qids, EOF once the other end is closed,
 * "write on closed pipe", a writer held at 32 KiB, and 1 MB through a
 * pipe between two kprocs with every write boundary kept.
 */
#include "ktest.h"

/* Stat fd into d (strings in strs); 0 on success. */
static int
fdstat(int fd, Dir *d, char *strs)
{
	uchar buf[256];
	int n;

	n = kfstat(fd, buf, sizeof buf);
	if(n <= 0)
		return -1;
	if(convM2D(buf, n, d, strs) == 0)
		return -1;
	return 0;
}

static void
testboundaries(void)
{
	int fd[2];
	char buf[64];
	long n1, n2, n3, n4;

	testbegin("pipe: each read returns one write, both ways; a zero-length write reads as 0");
	if(kpipe(fd) < 0){
		fail("kpipe: %s", errstr());
		ktestend();
		return;
	}
	check(kwrite(fd[0], "one", 3) == 3, "write 'one': %s", errstr());
	check(kwrite(fd[0], "three", 5) == 5, "write 'three': %s", errstr());
	check(kwrite(fd[0], "", 0) == 0, "zero-length write: %s", errstr());
	check(kwrite(fd[0], "z", 1) == 1, "write 'z': %s", errstr());
	n1 = kread(fd[1], buf, sizeof buf);
	check(n1 == 3 && memcmp(buf, "one", 3) == 0, "first read %ld, want 'one'", n1);
	n2 = kread(fd[1], buf, sizeof buf);
	check(n2 == 5 && memcmp(buf, "three", 5) == 0, "second read %ld, want 'three'", n2);
	n3 = kread(fd[1], buf, sizeof buf);
	check(n3 == 0, "read of the zero-length write gave %ld", n3);
	n4 = kread(fd[1], buf, sizeof buf);
	check(n4 == 1 && buf[0] == 'z', "read after the zero-length one gave %ld", n4);
	check(kwrite(fd[1], "back", 4) == 4, "write at data1: %s", errstr());
	check(kwrite(fd[1], "wards", 5) == 5, "write at data1: %s", errstr());
	n1 = kread(fd[0], buf, sizeof buf);
	check(n1 == 4 && memcmp(buf, "back", 4) == 0, "read at data gave %ld, want 'back'", n1);
	n2 = kread(fd[0], buf, sizeof buf);
	check(n2 == 5 && memcmp(buf, "wards", 5) == 0, "second read at data gave %ld, want 'wards'", n2);
	kclose(fd[0]);
	kclose(fd[1]);
	ktestend();
}

static void
teststat(void)
{
	int fd[2], fd2[2];
	Dir d0, d1, d2;
	char s0[128], s1[128], s2[128];

	testbegin("pipe: stat gives names, 0660, the bytes waiting as length, and qids unique per pipe");
	if(kpipe(fd) < 0 || kpipe(fd2) < 0){
		fail("kpipe: %s", errstr());
		ktestend();
		return;
	}
	kwrite(fd[0], "0123456789", 10);
	check(fdstat(fd[0], &d0, s0) == 0 && fdstat(fd[1], &d1, s1) == 0 && fdstat(fd2[0], &d2, s2) == 0,
		"stat: %s", errstr());
	check(strcmp(d0.name, "data") == 0 && strcmp(d1.name, "data1") == 0, "names '%s' and '%s'", d0.name, d1.name);
	check((d0.mode & 0777) == 0660 && (d1.mode & 0777) == 0660, "modes %lo and %lo", d0.mode, d1.mode);
	check(d1.length == 10 && d0.length == 0, "lengths %lld (data) and %lld (data1), want 0 and 10",
		d0.length, d1.length);
	check(d0.qid.path != d1.qid.path, "data and data1 share qid path %llx", (unsigned long long)d0.qid.path);
	check(d0.qid.path != d2.qid.path, "two pipes' data share qid path %llx", (unsigned long long)d0.qid.path);
	check(d0.type == '|', "device type %c", d0.type);
	kclose(fd[0]);
	kclose(fd[1]);
	kclose(fd2[0]);
	kclose(fd2[1]);
	ktestend();
}

static void
testeof(void)
{
	int fd[2];
	char buf[64];
	long n;

	testbegin("pipe: after the writing end closes, the reader drains what is left, then reads EOF");
	if(kpipe(fd) < 0){
		fail("kpipe: %s", errstr());
		ktestend();
		return;
	}
	kwrite(fd[0], "bye", 3);
	kclose(fd[0]);
	n = kread(fd[1], buf, sizeof buf);
	check(n == 3 && memcmp(buf, "bye", 3) == 0, "read gave %ld (%s), want 'bye'", n, errstr());
	n = kread(fd[1], buf, sizeof buf);
	check(n == 0, "read at the end gave %ld (%s), want 0", n, errstr());
	kclose(fd[1]);
	ktestend();
}

static void
testclosedwrite(void)
{
	int fd[2];
	long n;

	testbegin("pipe: a write whose reader has closed fails with \"%s\"", Eclosedpipe);
	if(kpipe(fd) < 0){
		fail("kpipe: %s", errstr());
		ktestend();
		return;
	}
	kclose(fd[1]);
	n = kwrite(fd[0], "lost", 4);
	check(n == -1, "write returned %ld", n);
	check(strcmp(errstr(), Eclosedpipe) == 0, "error '%s'", errstr());
	kclose(fd[0]);
	ktestend();
}

static void
testdir(void)
{
	int fd, n, i, seen;
	Dir *d;

	testbegin("#| lists data and data1");
	fd = kopen("#|", OREAD);
	if(fd < 0){
		fail("open #|: %s", errstr());
		ktestend();
		return;
	}
	n = kdirread(fd, &d);
	check(n == 2, "%d entries, want 2", n);
	seen = 0;
	for(i = 0; i < n; i++){
		if(strcmp(d[i].name, "data") == 0)
			seen |= 1;
		if(strcmp(d[i].name, "data1") == 0)
			seen |= 2;
	}
	check(seen == 3, "data and data1 not both listed (%d)", seen);
	free(d);
	kclose(fd);
	ktestend();
}

static void
testbind(void)
{
	int a, b;
	char buf[16];
	long n;

	testbegin("#| bound on a directory: its data and data1 are the two ends of one pipe");
	if(kbind("#|", "/n", MREPL) < 0){
		fail("bind #| /n: %s", errstr());
		ktestend();
		return;
	}
	a = kopen("/n/data", ORDWR);
	b = kopen("/n/data1", ORDWR);
	check(a >= 0 && b >= 0, "open /n/data, /n/data1: %s", errstr());
	if(a >= 0 && b >= 0){
		kwrite(b, "via bind", 8);
		n = kread(a, buf, sizeof buf);
		check(n == 8 && memcmp(buf, "via bind", 8) == 0, "read %ld", n);
	}
	kclose(a);
	kclose(b);
	kunmount(nil, "/n");
	ktestend();
}

/* A writer of 8 KiB blocks: held once 32 KiB wait, released at 16 KiB. */
static struct {
	int	fd;
	volatile int	written;
	volatile int	done;
	char	err[ERRMAX];
} flow;

static void
flowwriter(void *a)
{
	static char buf[8192];
	int i;

	USED(a);
	for(i = 0; i < 8; i++){
		memset(buf, '0'+i, sizeof buf);
		if(kwrite(flow.fd, buf, sizeof buf) != sizeof buf){
			strecpy(flow.err, flow.err+sizeof flow.err, up->env->errstr);
			break;
		}
		flow.written++;
	}
	flow.done = 1;
}

static void
testflow(void)
{
	int fd[2], i, w;
	static char buf[8192];
	long n;

	testbegin("pipe: a writer waits when 32 KiB are queued and resumes below 16 KiB");
	if(kpipe(fd) < 0){
		fail("kpipe: %s", errstr());
		ktestend();
		return;
	}
	memset(&flow, 0, sizeof flow);
	flow.fd = fd[0];
	kproc("pipewriter", flowwriter, nil, KPDUPFDG);
	waitcount(&flow.written, 3, 5000);
	nap(100);	/* time to write one more, were it not held */
	check(flow.written == 3, "writer finished %d writes before waiting, want 3 (the 4th reaches 32 KiB)", flow.written);
	n = kread(fd[1], buf, sizeof buf);
	n += kread(fd[1], buf, sizeof buf);
	nap(50);
	check(flow.written == 3, "writer resumed at 16 KiB queued (%d writes)", flow.written);
	w = flow.written;
	n += kread(fd[1], buf, sizeof buf);
	waitcount(&flow.written, w+1, 5000);
	check(flow.written > w, "writer still waiting with 8 KiB queued");
	for(i = 3; i < 8; i++)
		n += kread(fd[1], buf, sizeof buf);
	check(n == 8*8192, "read %ld bytes, want %d", n, 8*8192);
	check(waitfor(&flow.done, 5000) && flow.err[0] == 0, "writer: done %d error '%s'", flow.done, flow.err);
	kclose(fd[0]);
	kclose(fd[1]);
	ktestend();
}

/* 1 MB through a pipe between two kprocs; the reader checks every write's boundary. */
enum {
	Total = 1024*1024,
	Maxw = 3000,
};

static struct {
	int	fd[2];
	volatile int	wdone;
	volatile int	rdone;
	ulong	whash;
	ulong	rhash;
	long	rbytes;
	int	badsize;	/* reads whose size was not the matching write's */
	char	err[ERRMAX];
} pump;

static void
pumpwriter(void *a)
{
	static uchar buf[Maxw];
	ulong seed, dseed, h;
	long sent, n, i;

	USED(a);
	seed = 4242;
	dseed = 777;
	h = 2166136261UL;
	for(sent = 0; sent < Total; sent += n){
		n = 1 + xrand(&seed) % Maxw;
		if(n > Total - sent)
			n = Total - sent;
		for(i = 0; i < n; i++)
			buf[i] = xrand(&dseed);
		h = fnv1a(h, buf, n);
		if(kwrite(pump.fd[0], buf, n) != n){
			strecpy(pump.err, pump.err+sizeof pump.err, up->env->errstr);
			break;
		}
	}
	pump.whash = h;
	kclose(pump.fd[0]);
	pump.wdone = 1;
}

static void
pumpreader(void *a)
{
	static uchar buf[2*Maxw];
	ulong seed, h;
	long n, want, left;

	USED(a);
	seed = 4242;	/* the writer's sizes */
	h = 2166136261UL;
	left = Total;
	for(;;){
		n = kread(pump.fd[1], buf, sizeof buf);
		if(n < 0){
			strecpy(pump.err, pump.err+sizeof pump.err, up->env->errstr);
			break;
		}
		if(n == 0)
			break;
		want = 1 + xrand(&seed) % Maxw;
		if(want > left)
			want = left;
		if(n != want)
			pump.badsize++;
		left -= n;
		h = fnv1a(h, buf, n);
		pump.rbytes += n;
	}
	pump.rhash = h;
	kclose(pump.fd[1]);
	pump.rdone = 1;
}

static void
testpump(void)
{
	testbegin("1 MB through a pipe between two kprocs: intact, every write one read");
	memset(&pump, 0, sizeof pump);
	if(kpipe(pump.fd) < 0){
		fail("kpipe: %s", errstr());
		ktestend();
		return;
	}
	kproc("pipereader", pumpreader, nil, KPDUPFDG);
	kproc("pipewriter", pumpwriter, nil, KPDUPFDG);
	check(waitfor(&pump.wdone, 60*1000), "writer did not finish");
	check(waitfor(&pump.rdone, 60*1000), "reader did not finish");
	check(pump.err[0] == 0, "error '%s'", pump.err);
	check(pump.rbytes == Total, "read %ld bytes, want %d", pump.rbytes, Total);
	check(pump.rhash == pump.whash, "checksum read %#lx, written %#lx", pump.rhash, pump.whash);
	check(pump.badsize == 0, "%d reads did not match their write's size", pump.badsize);
	ktestend();
}

int
testmain(void)
{
	testboundaries();
	teststat();
	testeof();
	testclosedwrite();
	testdir();
	testbind();
	testflow();
	testpump();
	return testnfail;
}
