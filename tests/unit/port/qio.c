/*
 * Blocks and queues: message, byte and coalescing reads, flow control
 * (a writer held at the limit and released below half of it), close
 * and hangup, EOF then the error, interrupt-time writes past the
 * limit, the 64 KiB block split, and 1 MB through a small queue
 * between two kprocs.
 */
#include "ktest.h"

enum {
	Waitms = 5000,		/* longest a case waits for a kproc */
};

/* The error a write or read raises, or nil if none: in errbuf. */
static char errbuf[ERRMAX];

static long
tryread(Queue *q, void *buf, int n)
{
	long r;

	errbuf[0] = 0;
	if(waserror()){
		strecpy(errbuf, errbuf+sizeof errbuf, up->env->errstr);
		return -1;
	}
	r = qread(q, buf, n);
	poperror();
	return r;
}

static long
trywrite(Queue *q, void *buf, int n)
{
	long r;

	errbuf[0] = 0;
	if(waserror()){
		strecpy(errbuf, errbuf+sizeof errbuf, up->env->errstr);
		return -1;
	}
	r = qwrite(q, buf, n);
	poperror();
	return r;
}

static void
testmsg(void)
{
	Queue *q;
	char buf[64];
	long n;

	testbegin("Qmsg: a read returns one message and drops its unread rest");
	q = qopen(1024, Qmsg, nil, nil);
	qwrite(q, "hello", 5);
	qwrite(q, "world!", 6);
	n = qread(q, buf, 3);
	check(n == 3 && memcmp(buf, "hel", 3) == 0, "first read %ld bytes '%.*s', want 'hel'", n, (int)MAX(n, 0), buf);
	n = qread(q, buf, sizeof buf);
	check(n == 6 && memcmp(buf, "world!", 6) == 0, "second read %ld bytes '%.*s', want 'world!'", n, (int)MAX(n, 0), buf);
	check(qlen(q) == 0, "qlen %d after reading both messages", qlen(q));
	qfree(q);
	ktestend();
}

static void
testbytes(void)
{
	Queue *q;
	char buf[64];
	long n1, n2, n3;

	testbegin("byte queue: a read stops at a block boundary and leaves a block's rest queued");
	q = qopen(1024, 0, nil, nil);
	qwrite(q, "abc", 3);
	qwrite(q, "defg", 4);
	check(qlen(q) == 7, "qlen %d, want 7", qlen(q));
	n1 = qread(q, buf, sizeof buf);
	check(n1 == 3 && memcmp(buf, "abc", 3) == 0, "first read %ld bytes, want 'abc'", n1);
	n2 = qread(q, buf, 2);
	check(n2 == 2 && memcmp(buf, "de", 2) == 0, "second read %ld bytes, want 'de'", n2);
	n3 = qread(q, buf, sizeof buf);
	check(n3 == 2 && memcmp(buf, "fg", 2) == 0, "third read %ld bytes, want 'fg'", n3);
	qfree(q);
	ktestend();
}

static void
testcoalesce(void)
{
	Queue *q;
	char buf[64];
	long n;

	testbegin("Qcoalesce: a read gathers several blocks");
	q = qopen(1024, Qcoalesce, nil, nil);
	qwrite(q, "abc", 3);
	qwrite(q, "defg", 4);
	qwrite(q, "hi", 2);
	n = qread(q, buf, 8);
	check(n == 8 && memcmp(buf, "abcdefgh", 8) == 0, "read %ld bytes '%.*s', want 'abcdefgh'", n, (int)MAX(n, 0), buf);
	n = qread(q, buf, sizeof buf);
	check(n == 1 && buf[0] == 'i', "second read %ld bytes, want 'i'", n);
	qfree(q);
	ktestend();
}

static void
testzero(void)
{
	Queue *q;
	char buf[8];
	long n1, n2;

	testbegin("a zero-length write reads as a zero-length read, in order");
	q = qopen(1024, 0, nil, nil);
	qwrite(q, "", 0);
	qwrite(q, "x", 1);
	n1 = qread(q, buf, sizeof buf);
	n2 = qread(q, buf, sizeof buf);
	check(n1 == 0, "first read %ld, want 0", n1);
	check(n2 == 1 && buf[0] == 'x', "second read %ld, want 'x'", n2);
	check(!qisclosed(q), "queue closed by a zero-length write");
	qfree(q);
	ktestend();
}

/* Flow control: a writer of Nflow blocks of Flowblock bytes into a queue of Flowlimit. */
enum {
	Flowlimit = 4096,
	Flowblock = 1024,
	Nflow = 8,
};

static struct {
	Queue	*q;
	volatile int	written;	/* qwrite calls that returned */
	volatile int	done;
	volatile int	kicks;
	char	err[ERRMAX];
} flow;

static void
flowkick(void *a)
{
	USED(a);
	flow.kicks++;
}

static void
flowwriter(void *a)
{
	static char block[Flowblock];
	int i;

	USED(a);
	if(waserror()){
		strecpy(flow.err, flow.err+sizeof flow.err, up->env->errstr);
		flow.done = 1;
		return;
	}
	for(i = 0; i < Nflow; i++){
		memset(block, 'a'+i, sizeof block);
		qwrite(flow.q, block, sizeof block);
		flow.written++;
	}
	poperror();
	flow.done = 1;
}

static void
testflow(void)
{
	char buf[Flowblock];
	int i, kicks, w;
	long n;

	testbegin("flow control: a writer waits at the limit and resumes below half of it, with a kick");
	memset(&flow, 0, sizeof flow);
	flow.q = qopen(Flowlimit, 0, flowkick, nil);
	kproc("flowwriter", flowwriter, nil, 0);
	waitcount(&flow.written, Flowlimit/Flowblock - 1, Waitms);
	nap(100);	/* time to write one more, were it not held */
	check(flow.written == Flowlimit/Flowblock - 1, "writer returned from %d writes, want %d (blocked in the next)",
		flow.written, Flowlimit/Flowblock - 1);
	check(qlen(flow.q) == Flowlimit, "qlen %d while the writer waits, want %d", qlen(flow.q), Flowlimit);
	check(qfull(flow.q), "qfull is false while the writer waits");
	check(qwindow(flow.q) == 0, "qwindow %d at the limit", qwindow(flow.q));

	/* down to limit-1 block and to limit/2: both still too full */
	for(i = 0; i < 2; i++){
		n = qread(flow.q, buf, sizeof buf);
		check(n == Flowblock && buf[0] == 'a'+i, "read %d: %ld bytes of '%c'", i, n, n > 0 ? buf[0] : '?');
		kicks = flow.kicks;
		nap(50);
		check(flow.written == Flowlimit/Flowblock - 1, "writer resumed with %d bytes queued (not below limit/2)",
			qlen(flow.q));
	}
	/* below limit/2: the writer goes on */
	kicks = flow.kicks;
	n = qread(flow.q, buf, sizeof buf);
	check(n == Flowblock && buf[0] == 'c', "third read: %ld bytes of '%c'", n, n > 0 ? buf[0] : '?');
	check(flow.kicks > kicks, "no kick when the queue fell below limit/2");
	w = flow.written;
	waitcount(&flow.written, w+1, Waitms);
	check(flow.written > w, "writer still blocked with %d bytes queued (below limit/2)", qlen(flow.q));

	/* drain the rest in order */
	for(i = 3; i < Nflow; i++){
		n = qread(flow.q, buf, sizeof buf);
		check(n == Flowblock && buf[0] == 'a'+i && buf[Flowblock-1] == 'a'+i,
			"block %d: %ld bytes of '%c'", i, n, n > 0 ? buf[0] : '?');
	}
	check(waitfor(&flow.done, Waitms), "writer did not finish");
	check(flow.err[0] == 0, "writer got error '%s'", flow.err);
	check(flow.written == Nflow, "writer finished %d writes, want %d", flow.written, Nflow);
	qfree(flow.q);
	ktestend();
}

static void
testclose(void)
{
	Queue *q;
	char buf[16];
	long n;
	int i;

	testbegin("qclose discards data: reads give EOF three times, then \"%s\"; writes fail", Ehungup);
	q = qopen(1024, 0, nil, nil);
	qwrite(q, "lost", 4);
	qclose(q);
	check(qisclosed(q), "not closed");
	check(qlen(q) == 0, "qlen %d after qclose", qlen(q));
	for(i = 0; i < 3; i++){
		n = tryread(q, buf, sizeof buf);
		check(n == 0, "EOF read %d gave %ld (%s)", i, n, errbuf);
	}
	n = tryread(q, buf, sizeof buf);
	check(n == -1 && strcmp(errbuf, Ehungup) == 0, "fourth read gave %ld error '%s'", n, errbuf);
	n = trywrite(q, "x", 1);
	check(n == -1 && strcmp(errbuf, Ehungup) == 0, "write after qclose gave %ld error '%s'", n, errbuf);
	qreopen(q);
	qwrite(q, "again", 5);
	n = tryread(q, buf, sizeof buf);
	check(n == 5 && memcmp(buf, "again", 5) == 0, "after qreopen read %ld (%s)", n, errbuf);
	qfree(q);
	ktestend();
}

static void
testhangup(void)
{
	Queue *q;
	char buf[16];
	long n;
	int i;

	testbegin("qhangup keeps the data; the default message gives EOF three times, another at once");
	q = qopen(1024, 0, nil, nil);
	qwrite(q, "kept", 4);
	qhangup(q, nil);
	n = tryread(q, buf, sizeof buf);
	check(n == 4 && memcmp(buf, "kept", 4) == 0, "read after hangup gave %ld (%s), want 'kept'", n, errbuf);
	for(i = 0; i < 3; i++){
		n = tryread(q, buf, sizeof buf);
		check(n == 0, "EOF read %d gave %ld (%s)", i, n, errbuf);
	}
	n = tryread(q, buf, sizeof buf);
	check(n == -1 && strcmp(errbuf, Ehungup) == 0, "fourth EOF read gave %ld error '%s'", n, errbuf);
	qfree(q);

	q = qopen(1024, 0, nil, nil);
	qwrite(q, "x", 1);
	qhangup(q, "gone fishing");
	n = tryread(q, buf, sizeof buf);
	check(n == 1 && buf[0] == 'x', "read after hangup with a message gave %ld (%s)", n, errbuf);
	n = tryread(q, buf, sizeof buf);
	check(n == -1 && strcmp(errbuf, "gone fishing") == 0, "read at end gave %ld error '%s', want the message", n, errbuf);
	n = trywrite(q, "y", 1);
	check(n == -1 && strcmp(errbuf, "gone fishing") == 0, "write gave %ld error '%s', want the message", n, errbuf);
	qfree(q);
	ktestend();
}

static void
testiwrite(void)
{
	Queue *q;
	static char big[1000], buf[1000];
	int n, i, bad;

	testbegin("qiwrite ignores the limit; qproduce then refuses and marks the queue full");
	for(i = 0; i < sizeof big; i++)
		big[i] = i*7;
	q = qopen(100, 0, nil, nil);
	n = qiwrite(q, big, sizeof big);
	check(n == sizeof big, "qiwrite queued %d of %d", n, (int)sizeof big);
	check(qlen(q) == sizeof big, "qlen %d", qlen(q));
	n = qproduce(q, "z", 1);
	check(n == -1, "qproduce over the limit gave %d, want -1", n);
	check(qfull(q), "not marked full after qproduce was refused");
	n = qread(q, buf, sizeof buf);
	bad = n != sizeof big || memcmp(buf, big, sizeof big) != 0;
	check(!bad, "read back %d bytes, contents %s", n, bad ? "differ" : "same");
	check(!qfull(q), "still full when empty");
	n = qproduce(q, "z", 1);
	check(n == 1, "qproduce into the empty queue gave %d", n);
	n = qconsume(q, buf, sizeof buf);
	check(n == 1 && buf[0] == 'z', "qconsume gave %d", n);
	n = qconsume(q, buf, sizeof buf);
	check(n == -1, "qconsume of an empty queue gave %d, want -1", n);
	qfree(q);
	ktestend();
}

static void
testnoblock(void)
{
	Queue *q;
	char buf[80];

	testbegin("qnoblock: a write at the limit is discarded, not waited on");
	memset(buf, 'n', sizeof buf);
	q = qopen(100, 0, nil, nil);
	qnoblock(q, 1);
	qwrite(q, buf, sizeof buf);
	qwrite(q, buf, sizeof buf);	/* 80 < 100: queued, overshooting */
	qwrite(q, buf, sizeof buf);	/* at 160: dropped */
	check(qlen(q) == 2*sizeof buf, "qlen %d, want %d", qlen(q), 2*(int)sizeof buf);
	qfree(q);
	ktestend();
}

static void
testbigblock(void)
{
	Queue *q;
	uchar *in, *out;
	long n1, n2;
	int i, bad;

	testbegin("a write over 64 KiB is split at 64 KiB; in Qmsg mode only 64 KiB is kept");
	in = malloc(BLOCKMAX + 100);
	out = malloc(2*BLOCKMAX);
	for(i = 0; i < BLOCKMAX + 100; i++)
		in[i] = i ^ (i >> 8);
	q = qopen(1024*1024, 0, nil, nil);
	check(qwrite(q, in, BLOCKMAX + 100) == BLOCKMAX + 100, "qwrite did not return the count");
	n1 = qread(q, out, 2*BLOCKMAX);
	n2 = qread(q, out + MAX(n1, 0), 2*BLOCKMAX);
	check(n1 == BLOCKMAX && n2 == 100, "reads of %ld and %ld bytes, want %d and 100", n1, n2, BLOCKMAX);
	bad = n1 + n2 != BLOCKMAX + 100 || memcmp(in, out, BLOCKMAX + 100) != 0;
	check(!bad, "data differ");
	qfree(q);

	q = qopen(1024*1024, Qmsg, nil, nil);
	n1 = qwrite(q, in, BLOCKMAX + 100);
	check(n1 == BLOCKMAX + 100, "Qmsg qwrite returned %ld", n1);
	check(qlen(q) == BLOCKMAX, "Qmsg queue holds %d bytes, want %d", qlen(q), BLOCKMAX);
	qfree(q);
	free(in);
	free(out);
	ktestend();
}

static void
testbread(void)
{
	Queue *q;
	Block *b;
	int n;

	testbegin("qbread splits a long block, qdiscard drops bytes, qget takes a block");
	q = qopen(1024, 0, nil, nil);
	qwrite(q, "0123456789", 10);
	b = qbread(q, 4);
	check(b != nil && BLEN(b) == 4 && memcmp(b->rp, "0123", 4) == 0, "qbread(4) gave %d bytes", b != nil ? (int)BLEN(b) : -1);
	freeb(b);
	check(qlen(q) == 6, "qlen %d after the split, want 6", qlen(q));
	n = qdiscard(q, 2);
	check(n == 2 && qlen(q) == 4, "qdiscard gave %d, qlen %d", n, qlen(q));
	b = qget(q);
	check(b != nil && BLEN(b) == 4 && memcmp(b->rp, "6789", 4) == 0, "qget gave %d bytes", b != nil ? (int)BLEN(b) : -1);
	freeb(b);
	check(qget(q) == nil, "qget of an empty queue is not nil");
	b = allocb(3);
	memmove(b->wp, "xyz", 3);
	b->wp += 3;
	n = qpass(q, b);
	check(n == 3 && qlen(q) == 3, "qpass gave %d, qlen %d", n, qlen(q));
	qfree(q);
	ktestend();
}

static void
testblocks(void)
{
	Block *b, *c, *l;
	uchar buf[32];
	int n;

	testbegin("block helpers: pad, pullup, trim, concat, copy, readblist");
	b = allocb(8);
	memmove(b->wp, "world", 5);
	b->wp += 5;
	b = padblock(b, 6);
	memmove(b->rp, "hello ", 6);
	check(BLEN(b) == 11 && memcmp(b->rp, "hello world", 11) == 0, "padblock front: '%.*s'", (int)BLEN(b), b->rp);
	b = padblock(b, -20);
	check(b->lim - b->wp >= 20 && BLEN(b) == 11, "padblock back: room %d, len %d", (int)(b->lim - b->wp), (int)BLEN(b));
	checkb(b, "testblocks");

	/* a chain: "hello world" + "!!" + "abc" */
	c = allocb(2);
	memmove(c->wp, "!!", 2);
	c->wp += 2;
	b->next = c;
	c->next = allocb(3);
	memmove(c->next->wp, "abc", 3);
	c->next->wp += 3;
	check(blocklen(b) == 16, "blocklen %d, want 16", blocklen(b));
	n = readblist(b, buf, 5, 9);
	check(n == 5 && memcmp(buf, "ld!!a", 5) == 0, "readblist at 9: %d '%.*s'", n, n, buf);
	l = copyblock(b, 20);
	check(BLEN(l) == 20 && memcmp(l->rp, "hello world!!abc\0\0\0\0", 20) == 0, "copyblock of 20");
	freeb(l);
	b = pullupblock(b, 14);
	check(b != nil && BLEN(b) >= 14 && memcmp(b->rp, "hello world!!a", 14) == 0, "pullupblock 14");
	check(blocklen(b) == 16, "blocklen %d after pullup", blocklen(b));
	b = trimblock(b, 6, 8);
	check(b != nil && blocklen(b) == 8, "trimblock length %d", b != nil ? blocklen(b) : -1);
	b = concatblock(b);
	check(b != nil && b->next == nil && BLEN(b) == 8 && memcmp(b->rp, "world!!a", 8) == 0, "concat after trim: '%.*s'",
		b != nil ? (int)BLEN(b) : 0, b != nil ? b->rp : (uchar*)"");
	check(pullupblock(b, 100) == nil, "pullupblock past the end is not nil");	/* frees b */
	ktestend();
}

/* 1 MB through a 4 KB queue between two kprocs. */
enum {
	Total = 1024*1024,
	Smallq = 4096,
};

static struct {
	Queue	*q;
	volatile int	wdone;
	volatile int	rdone;
	ulong	whash;
	ulong	rhash;
	long	rbytes;
	char	err[ERRMAX];
} pump;

static void
pumpwriter(void *a)
{
	static uchar buf[3000];
	ulong seed, h;
	long sent, n, i;

	USED(a);
	seed = 12345;
	h = 2166136261UL;
	if(waserror()){
		strecpy(pump.err, pump.err+sizeof pump.err, up->env->errstr);
		pump.wdone = 1;
		return;
	}
	for(sent = 0; sent < Total; sent += n){
		n = 1 + xrand(&seed) % sizeof buf;
		if(n > Total - sent)
			n = Total - sent;
		for(i = 0; i < n; i++)
			buf[i] = xrand(&seed);
		h = fnv1a(h, buf, n);
		qwrite(pump.q, buf, n);
	}
	poperror();
	pump.whash = h;
	qhangup(pump.q, nil);
	pump.wdone = 1;
}

static void
pumpreader(void *a)
{
	static uchar buf[5000];
	ulong seed, h;
	long n, want;

	USED(a);
	seed = 999;
	h = 2166136261UL;
	if(waserror()){
		strecpy(pump.err, pump.err+sizeof pump.err, up->env->errstr);
		pump.rdone = 1;
		return;
	}
	for(;;){
		want = 1 + xrand(&seed) % sizeof buf;
		n = qread(pump.q, buf, want);
		if(n == 0)
			break;
		h = fnv1a(h, buf, n);
		pump.rbytes += n;
	}
	poperror();
	pump.rhash = h;
	pump.rdone = 1;
}

static void
testpump(void)
{
	testbegin("1 MB through a 4 KB queue between two kprocs arrives intact");
	memset(&pump, 0, sizeof pump);
	pump.q = qopen(Smallq, 0, nil, nil);
	kproc("pumpreader", pumpreader, nil, 0);
	kproc("pumpwriter", pumpwriter, nil, 0);
	check(waitfor(&pump.wdone, 60*1000), "writer did not finish");
	check(waitfor(&pump.rdone, 60*1000), "reader did not finish");
	check(pump.err[0] == 0, "error '%s'", pump.err);
	check(pump.rbytes == Total, "read %ld bytes, want %d", pump.rbytes, Total);
	check(pump.rhash == pump.whash, "checksum read %#lx, written %#lx", pump.rhash, pump.whash);
	if(pump.wdone && pump.rdone)
		qfree(pump.q);
	ktestend();
}

int
testmain(void)
{
	testmsg();
	testbytes();
	testcoalesce();
	testzero();
	testflow();
	testclose();
	testhangup();
	testiwrite();
	testnoblock();
	testbigblock();
	testbread();
	testblocks();
	testpump();
	return testnfail;
}
