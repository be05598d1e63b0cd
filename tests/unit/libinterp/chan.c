/*
 * Dis channels (libinterp/chan.c), driven from C as the interpreter
 * drives them: Progs that are never run send and receive, and the
 * tests look at their states, the values that moved, reference counts
 * and the run queue. Unbuffered and buffered exchanges in FIFO order,
 * pointer values, alt (blocking, non-blocking, arrays of channels,
 * the random choice), the errors, hangup when a channel goes, a
 * kill taking a Prog off a channel, and no allocation in a blocking
 * exchange.
 */
#include "ktest.h"
#include "../../../libinterp/interp.h"

static Prog *progs[64];
static int nprogs;

static Prog*
mkprog(void)
{
	Prog *p;

	p = newprog(nil, nil);
	progs[nprogs++] = p;
	return p;
}

/* A word of memory the VM may address (the kernel's pools are below 4 GiB). */
static s32int*
cell(s32int v)
{
	s32int *c;

	c = malloc(16);
	memset(c, 0, 16);
	*c = v;
	return c;
}

static Dptr
chanw(int nbuf)
{
	return P2D(newchannel(&Tword, 4, nbuf));
}

/* p's place in the run queue, from 1; 0 if it is not there */
static int
onqueue(Prog *p)
{
	Prog *q;
	int n;

	n = 1;
	for(q = vm.head; q != nil; q = q->link, n++)
		if(q == p)
			return n;
	return 0;
}

/* Run f under waserror; the error text, or nil if none was raised. */
static char*
raises(void (*f)(void*), void *a)
{
	static char buf[ERRMAX];

	if(waserror()){
		strecpy(buf, buf+sizeof buf, up->env->errstr);
		return buf;
	}
	f(a);
	poperror();
	return nil;
}

static void
unbuffered(void)
{
	Prog *a, *b;
	Dptr c;
	s32int *va, *vb;

	c = chanw(0);
	a = mkprog();
	b = mkprog();
	va = cell(42);
	vb = cell(0);
	csend(a, c, va);
	check(a->state == Psend && a->xptr != nil, "sender: state %s, xptr %p", progstate[a->state], a->xptr);
	crecv(b, c, vb);
	check(*vb == 42, "received %d, want 42", *vb);
	check(b->state == Pready, "receiver blocked: %s", progstate[b->state]);
	check(a->state == Pready && a->xptr == nil && onqueue(a), "sender not made ready: %s", progstate[a->state]);
	check(!onqueue(b), "receiver queued though it never blocked");
	destroy(c);
}

static void
fifo(void)
{
	Prog *r1, *r2, *s;
	Dptr c;
	s32int *v1, *v2, *x;

	c = chanw(0);
	r1 = mkprog();
	r2 = mkprog();
	s = mkprog();
	v1 = cell(0);
	v2 = cell(0);
	crecv(r1, c, v1);
	crecv(r2, c, v2);
	check(r1->state == Precv && r2->state == Precv, "receivers not blocked");
	x = cell(1);
	csend(s, c, x);
	*x = 2;
	csend(s, c, x);
	check(*v1 == 1 && *v2 == 2, "got %d, %d; want 1, 2 (first come, first served)", *v1, *v2);
	check(s->state == Pready, "sender blocked with receivers waiting");
	check(onqueue(r1) != 0 && onqueue(r2) == onqueue(r1)+1, "run queue order wrong: places %d, %d", onqueue(r1), onqueue(r2));
	destroy(c);
}

static void
buffered(void)
{
	Prog *s, *s2, *r;
	Dptr c;
	s32int *x, *y, *v;

	c = chanw(2);
	s = mkprog();
	s2 = mkprog();
	r = mkprog();
	x = cell(1);
	csend(s, c, x);
	*x = 2;
	csend(s, c, x);
	check(s->state == Pready, "send into a buffer with room blocked");
	y = cell(3);
	csend(s2, c, y);
	check(s2->state == Psend, "send into a full buffer: %s", progstate[s2->state]);
	v = cell(0);
	crecv(r, c, v);
	check(*v == 1, "first receive %d, want 1", *v);
	check(s2->state == Pready, "waiting sender not let in when room was made");
	crecv(r, c, v);
	check(*v == 2, "second receive %d, want 2", *v);
	crecv(r, c, v);
	check(*v == 3, "third receive %d, want 3", *v);
	check(r->state == Pready, "receiver blocked while values were buffered");
	crecv(r, c, v);
	check(r->state == Precv, "receive from an empty buffer did not block");
	chanunwait(r);
	r->state = Pready;
	destroy(c);
}

static void
pointers(void)
{
	Prog *s, *r;
	Dptr c, str, old;
	Dptr *src, *dst;

	c = P2D(newchannel(&Tptr, 4, 1));
	s = mkprog();
	r = mkprog();
	str = c2string("hello", 5);
	old = c2string("old", 3);
	src = (Dptr*)cell(0);
	dst = (Dptr*)cell(0);
	*src = str;
	*dst = old;
	addref(old);		/* kept here to watch it */
	csend(s, c, src);
	check(PH(str)->ref == 2, "buffered string has %d references, want 2", PH(str)->ref);
	crecv(r, c, dst);
	check(*dst == str, "received another value");
	check(PH(str)->ref == 2, "received string has %d references, want 2 (sender's and receiver's)", PH(str)->ref);
	check(PH(old)->ref == 1, "overwritten string has %d references, want 1", PH(old)->ref);
	csend(s, c, src);
	check(PH(str)->ref == 3, "buffered again: %d references, want 3", PH(str)->ref);
	destroy(c);
	check(PH(str)->ref == 2, "destroying the channel left %d references, want 2", PH(str)->ref);
	destroy(*dst);
	*dst = H;
	destroy(old);
	check(PH(str)->ref == 1, "after the receiver let go: %d references", PH(str)->ref);
	destroy(str);
}

static void
sendnil(void *a)
{
	csend(a, H, cell(0));
}

static void
recvnil(void *a)
{
	crecv(a, H, cell(0));
}

static void
nilchan(void)
{
	Prog *p;
	char *e;

	p = mkprog();
	e = raises(sendnil, p);
	check(e != nil && strcmp(e, "dereference of nil") == 0, "send on nil: %s", e ? e : "no error");
	e = raises(recvnil, p);
	check(e != nil && strcmp(e, "dereference of nil") == 0, "recv on nil: %s", e ? e : "no error");
	check(p->state == Pready, "state %s after a failed operation", progstate[p->state]);
}

/* An alt table in VM memory: nsend, nrecv, then (channel, value address) pairs. */
static uchar*
alttab(int nsend, int nrecv, Dptr *ch, s32int **val)
{
	uchar *t;
	int i;

	t = malloc(8 + 8*(nsend+nrecv));
	W(t) = nsend;
	W(t+4) = nrecv;
	for(i = 0; i < nsend+nrecv; i++){
		P(t + 8 + 8*i) = ch[i];
		UW(t + 8 + 8*i + 4) = P2D(val[i]);
	}
	return t;
}

static void
alt(void)
{
	Prog *p, *q, *s;
	Dptr ch[3];
	s32int *val[3], *dst, *qv, *x;
	uchar *t;

	ch[0] = chanw(0);
	ch[1] = chanw(0);
	ch[2] = chanw(0);
	val[0] = cell(10);
	val[1] = cell(0);
	val[2] = cell(0);
	t = alttab(1, 2, ch, val);
	dst = cell(-1);
	p = mkprog();
	q = mkprog();
	s = mkprog();

	xalt(p, t, dst, 0);
	check(*dst == 3 && p->state == Pready, "nbalt with nothing ready: index %d, state %s", *dst, progstate[p->state]);

	qv = cell(0);
	crecv(q, ch[0], qv);
	xalt(p, t, dst, 1);
	check(*dst == 0 && *qv == 10, "alt with a receiver waiting: index %d, value %d", *dst, *qv);
	check(q->state == Pready && p->state == Pready, "states %s, %s", progstate[q->state], progstate[p->state]);

	*dst = -1;
	xalt(p, t, dst, 1);
	check(p->state == Palt && *dst == -1, "alt with nothing ready: state %s, index %d", progstate[p->state], *dst);
	x = cell(77);
	csend(s, ch[2], x);
	check(*dst == 2 && *val[2] == 77, "alt completed by a sender: index %d, value %d", *dst, *val[2]);
	check(p->state == Pready && p->xptr == nil && s->state == Pready, "after the exchange: %s, %s", progstate[p->state], progstate[s->state]);
	/* the alt's other entries are gone from their channels */
	csend(s, ch[0], x);
	check(s->state == Psend, "send found a receiver the alt had left: %s", progstate[s->state]);
	chanunwait(s);
	s->state = Pready;
	destroy(ch[0]);
	destroy(ch[1]);
	destroy(ch[2]);
}

static uchar *sametab;

static void
altsame(void *a)
{
	xalt(a, sametab, cell(0), 1);
}

static void
samechan(void)
{
	Prog *p;
	Dptr ch[2];
	s32int *val[2];
	char *e;

	ch[0] = chanw(0);
	ch[1] = ch[0];
	val[0] = cell(1);
	val[1] = cell(0);
	sametab = alttab(1, 1, ch, val);
	p = mkprog();
	e = raises(altsame, p);
	check(e != nil && strcmp(e, "alt send/recv on same chan") == 0, "got %s", e ? e : "no error");
	check(p->state == Pready, "state %s", progstate[p->state]);
	destroy(ch[0]);
}

static void
altarray(void)
{
	Prog *p, *s;
	Array *a;
	Dptr ch[1], c0, c1;
	s32int *val[1], *dst, *x;
	uchar *t;

	c0 = chanw(0);
	c1 = chanw(0);
	a = newarray(&Tptr, 2, 1);
	((Dptr*)a->data)[0] = c0;
	((Dptr*)a->data)[1] = c1;
	ch[0] = P2D(a);
	val[0] = cell(0);	/* index word, then the value */
	t = alttab(0, 1, ch, val);
	p = mkprog();
	s = mkprog();
	dst = cell(-1);

	x = cell(5);
	csend(s, c1, x);
	xalt(p, t, dst, 1);
	check(*dst == 0 && val[0][0] == 1 && val[0][1] == 5, "ready element: entry %d, element %d, value %d", *dst, val[0][0], val[0][1]);
	check(s->state == Pready, "sender left waiting");

	xalt(p, t, dst, 1);
	check(p->state == Palt, "alt over idle channels did not block");
	*x = 6;
	csend(s, c0, x);
	check(val[0][0] == 0 && val[0][1] == 6 && p->state == Pready, "waiting alt: element %d, value %d, state %s",
		val[0][0], val[0][1], progstate[p->state]);
	destroy(ch[0]);		/* the array holds the channels */
}

static void
altrandom(void)
{
	Prog *p, *s;
	Dptr ch[2];
	s32int *val[2], *dst, *x;
	uchar *t;
	int i, n[2];

	ch[0] = chanw(64);
	ch[1] = chanw(64);
	p = mkprog();
	s = mkprog();
	x = cell(1);
	for(i = 0; i < 40; i++){
		csend(s, ch[0], x);
		csend(s, ch[1], x);
	}
	val[0] = cell(0);
	val[1] = cell(0);
	t = alttab(0, 2, ch, val);
	dst = cell(-1);
	n[0] = n[1] = 0;
	for(i = 0; i < 40; i++){
		xalt(p, t, dst, 0);
		if(*dst == 0 || *dst == 1)
			n[*dst]++;
	}
	check(n[0] + n[1] == 40 && n[0] > 5 && n[1] > 5, "choices %d and %d of 40", n[0], n[1]);
	destroy(ch[0]);
	destroy(ch[1]);
}

static void
hangup(void)
{
	Prog *p, *q;
	Dptr c, ch[1];
	s32int *val[1];

	c = chanw(0);
	p = mkprog();
	crecv(p, c, cell(0));
	destroy(c);
	check(p->state == Pready && p->xptr == nil && onqueue(p), "blocked receiver after its channel went: %s", progstate[p->state]);
	check(p->kill != nil && strcmp(p->kill, "channel hangup") == 0, "exception %s", p->kill ? p->kill : "none");

	ch[0] = chanw(0);
	val[0] = cell(0);
	q = mkprog();
	xalt(q, alttab(0, 1, ch, val), cell(0), 1);
	destroy(ch[0]);
	check(q->kill != nil && strcmp(q->kill, "alt channel hungup") == 0, "alt's exception %s", q->kill ? q->kill : "none");
}

static void
killwait(void)
{
	Prog *p, *r;
	Dptr c;
	s32int *v;

	c = chanw(0);
	p = mkprog();
	r = mkprog();
	v = cell(9);
	csend(p, c, v);
	check(killprog(p, "killed") == 1, "killprog did not kill");
	check((p->flags & Pkilled) && p->state == Pready && p->xptr == nil && onqueue(p), "killed sender: state %s flags %#x",
		progstate[p->state], p->flags);
	crecv(r, c, v);
	check(r->state == Precv, "receive found the killed sender");
	chanunwait(r);
	r->state = Pready;
	destroy(c);
}

/* Take p off the run queue, as the scheduler does when it runs p. */
static void
offqueue(Prog *p)
{
	Prog **l, *prev;

	prev = nil;
	for(l = &vm.head; *l != nil; prev = *l, l = &(*l)->link)
		if(*l == p){
			*l = p->link;
			if(vm.tail == p)
				vm.tail = prev;
			p->link = nil;
			return;
		}
}

/*
 * A csend or crecv that blocks takes its waiter from chan.c's cache:
 * 400 blocking operations allocate nothing (a few allocations are
 * allowed for other kernel processes using the main pool meanwhile).
 */
static void
noalloc(void)
{
	enum { Nround = 200 };
	Prog *a, *b;
	Dptr c;
	s32int *va, *vb;
	Poolstat before, after;
	int i, bad;

	c = chanw(0);
	a = mkprog();
	b = mkprog();
	va = cell(0);
	vb = cell(0);
	bad = 0;
	memset(&before, 0, sizeof before);
	for(i = 0; i <= Nround; i++){
		if(i == 1)
			poolstat(0, &before);	/* after the first round has filled the cache */
		*va = i;
		csend(a, c, va);
		crecv(b, c, vb);
		if(*vb != i || a->state != Pready || b->state != Pready)
			bad++;
		offqueue(a);
		crecv(a, c, va);
		*vb = -i;
		csend(b, c, vb);
		if(*va != -i || a->state != Pready || b->state != Pready)
			bad++;
		offqueue(a);
	}
	poolstat(0, &after);
	check(bad == 0, "%d of %d exchanges went wrong", bad, 2*(Nround+1));
	check(after.nalloc - before.nalloc < 10, "%lud allocations in %d blocking sends and receives",
		after.nalloc - before.nalloc, 2*Nround);
	free(va);
	free(vb);
	destroy(c);
}

int
testmain(void)
{
	int i;

	acquire();
	run("unbuffered send waits for a receiver", unbuffered);
	run("waiting receivers are served in order", fifo);
	run("buffered channel", buffered);
	run("pointer values are counted", pointers);
	run("nil channel", nilchan);
	run("alt and nbalt", alt);
	run("alt send/recv on same chan", samechan);
	run("alt over an array of channels", altarray);
	run("alt chooses among ready entries", altrandom);
	run("hangup of a destroyed channel", hangup);
	run("kill takes a Prog off its channel", killwait);
	run("blocking send and receive do not allocate", noalloc);
	/* the Progs end (they have no code: xec takes the kill first) when the VM runs */
	for(i = 0; i < nprogs; i++){
		if(progs[i]->state != Pready)
			chanunwait(progs[i]);
		killprog(progs[i], "killed");
		addrun(progs[i]);
	}
	release();
	return testnfail;
}
