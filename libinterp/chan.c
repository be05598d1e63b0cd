/*
 * Dis channels and alt (dis-isa.md §8): unbuffered and buffered
 * channels of typed values, the blocking protocol between Progs, and
 * the choice among ready alt entries. A channel is a heap object of
 * type Tchannel; its buffer and the records of waiting Progs are
 * kernel memory. Everything here runs with the VM held.
 *
 * The protocol: an operation that can complete does so at once. One
 * that cannot leaves the Prog off the run queue (state Psend, Precv
 * or Palt) with a Cwait on each channel it waits for; the Prog that
 * later completes it copies the value (or writes the alt index),
 * takes all the waiter's Cwaits off their channels and makes it ready.
 * Waiters are served strictly in arrival order.
 */
#include "all.h"
#include "interp.h"

typedef struct Altwait Altwait;
typedef struct Cwait Cwait;
typedef struct Kwait Kwait;

/*
 * A channel. The buffer is a ring of nbuf elements of size bytes;
 * buffered values own their references. sendq holds waiting senders
 * (only when no receiver waits and the buffer is full) and recvq
 * waiting receivers (only when no sender waits and the buffer is
 * empty), oldest first.
 */
struct Channel {
	Dtype	*mid;		/* element type, counted; nil: a pointer-free block */
	s32int	size;		/* element bytes */
	s32int	nbuf;		/* capacity; 0: unbuffered */
	s32int	front;		/* ring index of the oldest buffered value */
	s32int	count;		/* buffered values */
	uchar	*buf;
	Cwait	*sendq, *sendtail;
	Cwait	*recvq, *recvtail;
};

/* One channel a blocked Prog waits on. */
struct Cwait {
	Altwait	*a;
	Channel	*c;
	uchar	*v;		/* the value to send, or where a received one goes */
	s32int	index;		/* its entry in the alt table; 0 for csend/crecv */
	s32int	elem;		/* receive from an array of channels: the element; else -1 */
	int	send;
	int	queued;
	Cwait	*next, *prev;
};

/* Everything one blocked Prog (or kernel proc, k) waits for: p->xptr while it is blocked. */
struct Altwait {
	Prog	*p;
	Kwait	*k;		/* a kernel proc's wait (kchanio), else nil */
	s32int	*dst;		/* alt: where the chosen index goes; nil for csend/crecv */
	int	n;
	int	cap;		/* room in w */
	Altwait	*next;		/* in waitcache */
	Cwait	w[];
};

/*
 * A blocking csend or crecv, the common case, must not go to the
 * allocator: Altwaits with room for Nquickwait Cwaits (csend, crecv
 * and small alts) are kept for reuse in waitcache, at most Ncachewait
 * of them; bigger alts allocate. Guarded by the VM, like everything
 * here. Under AddressSanitizer a cached Altwait is poisoned but for
 * its link, so a Prog that used its waiter after the exchange is
 * caught as with a freed one.
 */
enum {
	Nquickwait = 4,
	Ncachewait = 32,
};
static Altwait *waitcache;
static int nwaitcache;

#ifdef __SANITIZE_ADDRESS__
void __asan_poison_memory_region(void const volatile*, size_t);
void __asan_unpoison_memory_region(void const volatile*, size_t);
#define POISON(p, n)	__asan_poison_memory_region((p), (n))
#define UNPOISON(p, n)	__asan_unpoison_memory_region((p), (n))
#else
#define POISON(p, n)	USED(p)
#define UNPOISON(p, n)	USED(p)
#endif
#define QUICKSIZE	(sizeof(Altwait) + Nquickwait*sizeof(Cwait))

/*
 * A kernel proc waiting in kchanio, on its own stack. Whoever
 * completes the exchange (or frees the channel) sets done and wakes
 * it, holding the VM; the waiter looks at it only with the VM held.
 */
struct Kwait {
	Rendez	r;
	Altwait	*a;		/* while it waits */
	int	done;
	int	hungup;		/* the channel went instead */
};

/* The alt's pseudo-random choice among ready entries (dis-isa.md §8). */
static u32int altstate = 0x20342;

static char exAltsame[] = "alt send/recv on same chan";

static Channel*
chanof(Dptr c)
{
	if(c == H)
		error(exNilref);
	return D2P(c);
}

static int
ischannel(Dptr c)
{
	return PH(c)->t == &Tchannel;
}

/* Add a reference for each pointer of value v. */
static void
valref(Channel *c, uchar *v)
{
	Dtype *t;
	int i, b;

	t = c->mid;
	if(t == nil)
		return;
	for(i = 0; i < t->np; i++)
		for(b = 0; b < 8; b++)
			if(t->map[i] & (0x80>>b))
				addref(P(v + 32*i + 4*b));
}

/* Release the pointers of the value at v (about to be overwritten or dropped). */
static void
valdrop(Channel *c, uchar *v)
{
	if(c->mid != nil && c->mid->np > 0)
		freeptrs(v, c->mid);
}

/*
 * The value a receive overwrites is released only once the exchange
 * is complete: releasing it may free a channel and so wake Progs,
 * which must not happen while queues are half updated. keepold saves
 * it (nil: it holds no pointers), dropold releases the saved copy.
 */
typedef struct Old Old;
struct Old {
	uchar	*v;
	uchar	small[64];
};

static void
keepold(Channel *c, Old *o, uchar *dst)
{
	o->v = nil;
	if(c->mid == nil || c->mid->np == 0)
		return;
	o->v = o->small;
	if(c->size > (int)sizeof o->small){
		o->v = malloc(c->size);
		if(o->v == nil)
			error("out of memory: main");
	}
	memmove(o->v, dst, c->size);
}

static void
dropold(Channel *c, Old *o)
{
	if(o->v == nil)
		return;
	valdrop(c, o->v);
	if(o->v != o->small)
		free(o->v);
	o->v = nil;
}

/* Where a value received from an array of channels goes, after the index word. */
static int
valoff(Channel *c)
{
	if(c->mid == &Treal || c->mid == &Tbig)
		return 8;
	return 4;
}

Channel*
newchannel(Dtype *elem, int size, int nbuf)
{
	Heap *h;
	Channel *c;
	uchar *buf;

	if(nbuf < 0)
		error(exNegsize);
	if(size < 0 || size > Maxsize)
		error(exType);
	buf = nil;
	if(nbuf > 0){
		if(size > 0 && nbuf > Maxsize/size)
			error(exNomem);
		buf = malloc(nbuf*size > 0 ? nbuf*size : 1);
		if(buf == nil)
			error("out of memory: main");
	}
	if(waserror()){
		free(buf);
		nexterror();
	}
	h = nheap(sizeof(Channel));
	poperror();
	h->t = &Tchannel;
	c = (Channel*)H2D(h);
	memset(c, 0, sizeof *c);
	if(elem != nil)
		elem->ref++;
	c->mid = elem;
	c->size = size;
	c->nbuf = nbuf;
	c->buf = buf;
	return c;
}

static void
enqueue(Cwait *w)
{
	Channel *c;
	Cwait **head, **tail;

	c = w->c;
	if(w->send){
		head = &c->sendq;
		tail = &c->sendtail;
	}else{
		head = &c->recvq;
		tail = &c->recvtail;
	}
	w->next = nil;
	w->prev = *tail;
	if(*tail != nil)
		(*tail)->next = w;
	else
		*head = w;
	*tail = w;
	w->queued = 1;
}

static void
dequeue(Cwait *w)
{
	Channel *c;
	Cwait **head, **tail;

	if(!w->queued)
		return;
	c = w->c;
	if(w->send){
		head = &c->sendq;
		tail = &c->sendtail;
	}else{
		head = &c->recvq;
		tail = &c->recvtail;
	}
	if(w->prev != nil)
		w->prev->next = w->next;
	else
		*head = w->next;
	if(w->next != nil)
		w->next->prev = w->prev;
	else
		*tail = w->prev;
	w->next = w->prev = nil;
	w->queued = 0;
}

/* An Altwait for n Cwaits; the caller fills every Cwait it uses and enqueues it. */
static Altwait*
newwait(Prog *p, s32int *dst, int n)
{
	Altwait *a;
	int cap;

	a = waitcache;
	if(n <= Nquickwait && a != nil){
		UNPOISON(a, QUICKSIZE);
		waitcache = a->next;
		nwaitcache--;
	}else{
		cap = n > Nquickwait ? n : Nquickwait;
		a = mallocz(sizeof(Altwait) + cap*sizeof(Cwait), 0);
		if(a == nil)
			error("out of memory: main");
		a->cap = cap;
	}
	a->p = p;
	a->k = nil;
	a->dst = dst;
	a->n = n;
	a->next = nil;
	return a;
}

/* a is done with (its Cwaits are off their channels): keep it for the next wait, or free it. */
static void
freewait(Altwait *a)
{
	if(a->cap != Nquickwait || nwaitcache >= Ncachewait){
		free(a);
		return;
	}
	a->next = waitcache;
	waitcache = a;
	nwaitcache++;
	POISON((uchar*)a + sizeof *a, QUICKSIZE - sizeof *a);
	POISON(a, offsetof(Altwait, next));
}

/* Take every Cwait of a off its channel. */
static void
unwaitall(Altwait *a)
{
	int i;

	for(i = 0; i < a->n; i++)
		dequeue(&a->w[i]);
}

/* A kernel proc's wait is over: it exchanged its value, or (hungup) the channel went. */
static void
kfinish(Altwait *a, int hungup)
{
	Kwait *k;

	k = a->k;
	unwaitall(a);
	k->a = nil;
	k->hungup = hungup;
	k->done = 1;
	freewait(a);
	wakeup(&k->r);
}

/* w's exchange has been done: its Prog goes on, with the alt's choice. */
static void
finish(Cwait *w)
{
	Altwait *a;
	Prog *p;

	a = w->a;
	if(a->k != nil){
		kfinish(a, 0);
		return;
	}
	p = a->p;
	if(a->dst != nil)
		*a->dst = w->index;
	unwaitall(a);
	p->xptr = nil;
	freewait(a);
	addrun(p);
}

/* The destination of a receive by w: after the index word for an array entry. */
static uchar*
recvdst(Cwait *w)
{
	if(w->elem < 0)
		return w->v;
	W(w->v) = w->elem;
	return w->v + valoff(w->c);
}

static int
sendready(Channel *c)
{
	return c->recvq != nil || c->count < c->nbuf;
}

static int
recvready(Channel *c)
{
	return c->count > 0 || c->sendq != nil;
}

/* Send the value at v on c, which is ready for it. */
static void
dosend(Channel *c, uchar *v)
{
	Cwait *w;
	uchar *slot, *dst;
	Old old;

	w = c->recvq;
	if(w != nil){
		dst = recvdst(w);
		keepold(c, &old, dst);
		valref(c, v);
		memmove(dst, v, c->size);
		finish(w);
		dropold(c, &old);
		return;
	}
	slot = c->buf + ((c->front + c->count) % c->nbuf) * c->size;
	valref(c, v);
	memmove(slot, v, c->size);
	c->count++;
}

/* Receive from c, which is ready, into dst. */
static void
dorecv(Channel *c, uchar *dst)
{
	Cwait *w;
	uchar *slot;
	Old old;

	keepold(c, &old, dst);
	if(c->count > 0){
		/* the buffered value's references move to dst */
		slot = c->buf + c->front*c->size;
		memmove(dst, slot, c->size);
		c->front = (c->front + 1) % c->nbuf;
		c->count--;
		w = c->sendq;
		if(w != nil){
			/* the buffer was full: the oldest waiting sender's value takes the free place */
			slot = c->buf + ((c->front + c->count) % c->nbuf) * c->size;
			valref(c, w->v);
			memmove(slot, w->v, c->size);
			c->count++;
			finish(w);
		}
		dropold(c, &old);
		return;
	}
	w = c->sendq;
	valref(c, w->v);
	memmove(dst, w->v, c->size);
	finish(w);
	dropold(c, &old);
}

/* p waits for one exchange on c. */
static void
waitone(Prog *p, Channel *c, uchar *v, int send)
{
	Altwait *a;
	Cwait *w;

	a = newwait(p, nil, 1);
	w = &a->w[0];
	w->a = a;
	w->c = c;
	w->v = v;
	w->index = 0;
	w->elem = -1;
	w->send = send;
	enqueue(w);
	p->xptr = a;
	p->state = send ? Psend : Precv;
}

void
csend(Prog *p, Dptr cv, void *v)
{
	Channel *c;

	c = chanof(cv);
	if(sendready(c)){
		dosend(c, v);
		return;
	}
	waitone(p, c, v, 1);
}

void
crecv(Prog *p, Dptr cv, void *v)
{
	Channel *c;

	c = chanof(cv);
	if(recvready(c)){
		dorecv(c, v);
		return;
	}
	waitone(p, c, v, 0);
}

void
chanunwait(Prog *p)
{
	Altwait *a;

	a = p->xptr;
	if(a == nil)
		return;
	unwaitall(a);
	p->xptr = nil;
	freewait(a);
}

/* An alt table entry: channel word, then the value's address. */
#define ACHAN(t, i)	P((t) + 8 + 8*(i))
#define AVAL(t, i)	((uchar*)D2P(UW((t) + 8 + 8*(i) + 4)))

/* Raise "alt send/recv on same chan" if a send entry's channel is also received from. */
static void
samechan(uchar *t, int nsend, int n)
{
	int i, j, k;
	Dptr c;
	Array *a;

	for(i = 0; i < nsend; i++){
		c = ACHAN(t, i);
		if(c == H)
			continue;	/* entryready raises it */
		for(j = nsend; j < n; j++){
			if(ACHAN(t, j) == c)
				error(exAltsame);
			if(ACHAN(t, j) != H && PH(ACHAN(t, j))->t == &Tarray){
				a = D2P(ACHAN(t, j));
				for(k = 0; k < (int)a->len; k++)
					if(((Dptr*)a->data)[k] == c)
						error(exAltsame);
			}
		}
	}
}

/* For entry i, whether it is ready now, and for an array entry the first ready element. */
static int
entryready(uchar *t, int i, int nsend, int *elem)
{
	Dptr cv;
	Array *a;
	int k;

	*elem = -1;
	cv = ACHAN(t, i);
	if(cv == H)
		error(exNilref);
	if(i < nsend){
		if(!ischannel(cv))
			error(exType);
		return sendready(D2P(cv));
	}
	if(ischannel(cv))
		return recvready(D2P(cv));
	if(PH(cv)->t != &Tarray)
		error(exType);
	a = D2P(cv);
	for(k = 0; k < (int)a->len; k++){
		cv = ((Dptr*)a->data)[k];
		if(cv != H && ischannel(cv) && recvready(D2P(cv))){
			*elem = k;
			return 1;
		}
	}
	return 0;
}

/* Block p on every channel of the table. */
static void
altwait(Prog *p, uchar *t, int nsend, int n, s32int *dst)
{
	Altwait *a;
	Cwait *w;
	Dptr cv;
	Array *arr;
	int i, k, nw;

	nw = 0;
	for(i = 0; i < n; i++){
		cv = ACHAN(t, i);
		if(i >= nsend && PH(cv)->t == &Tarray){
			arr = D2P(cv);
			for(k = 0; k < (int)arr->len; k++)
				if(((Dptr*)arr->data)[k] != H)
					nw++;
		}else
			nw++;
	}
	a = newwait(p, dst, nw);
	w = a->w;
	for(i = 0; i < n; i++){
		cv = ACHAN(t, i);
		if(i >= nsend && PH(cv)->t == &Tarray){
			arr = D2P(cv);
			for(k = 0; k < (int)arr->len; k++){
				cv = ((Dptr*)arr->data)[k];
				if(cv == H || !ischannel(cv))
					continue;
				w->a = a;
				w->c = D2P(cv);
				w->v = AVAL(t, i);
				w->index = i;
				w->elem = k;
				w->send = 0;
				enqueue(w);
				w++;
			}
			continue;
		}
		w->a = a;
		w->c = D2P(cv);
		w->v = AVAL(t, i);
		w->index = i;
		w->elem = -1;
		w->send = i < nsend;
		enqueue(w);
		w++;
	}
	a->n = w - a->w;
	p->xptr = a;
	p->state = Palt;
}

void
xalt(Prog *p, uchar *t, s32int *dst, int block)
{
	int nsend, nrecv, n, i, nready, pick, elem;
	int small[16], *ready;
	uchar *v;
	Channel *c;

	nsend = W(t);
	nrecv = W(t + 4);
	if(nsend < 0 || nrecv < 0 || nsend > 0xFFFF || nrecv > 0xFFFF)
		error(exBounds);
	n = nsend + nrecv;
	samechan(t, nsend, n);

	ready = small;
	if(n > (int)nelem(small)){
		ready = malloc(n*sizeof(int));
		if(ready == nil)
			error("out of memory: main");
	}
	if(waserror()){
		if(ready != small)
			free(ready);
		nexterror();
	}
	nready = 0;
	for(i = 0; i < n; i++)
		if(entryready(t, i, nsend, &elem))
			ready[nready++] = i;
	pick = -1;
	if(nready > 0){
		altstate = altstate*1103515245 + 12345;
		pick = ready[(altstate >> 8) % nready];
	}
	poperror();
	if(ready != small)
		free(ready);

	if(pick < 0){
		if(!block){
			*dst = n;
			return;
		}
		altwait(p, t, nsend, n, dst);
		return;
	}
	v = AVAL(t, pick);
	entryready(t, pick, nsend, &elem);
	*dst = pick;
	if(pick < nsend){
		dosend(D2P(ACHAN(t, pick)), v);
		return;
	}
	if(elem < 0){
		dorecv(D2P(ACHAN(t, pick)), v);
		return;
	}
	c = D2P(((Dptr*)((Array*)D2P(ACHAN(t, pick)))->data)[elem]);
	W(v) = elem;
	dorecv(c, v + valoff(c));
}

/* A Prog still waiting on a channel that goes: it gets the hangup exception. */
static void
hangup(Cwait *w)
{
	Prog *p;
	char *text;

	if(w->a->k != nil){
		kfinish(w->a, 1);
		return;
	}
	p = w->a->p;
	text = w->a->dst != nil ? exAltHungup : exHungup;
	chanunwait(p);
	progexcept(p, text);
}

void
freechannel(Heap *h, int swept)
{
	Channel *c;
	int i;

	USED(swept);
	c = (Channel*)H2D(h);
	while(c->sendq != nil)
		hangup(c->sendq);
	while(c->recvq != nil)
		hangup(c->recvq);
	for(i = 0; i < c->count; i++)
		valdrop(c, c->buf + ((c->front + i) % c->nbuf) * c->size);
	c->count = 0;
	free(c->buf);
	c->buf = nil;
	freetype(c->mid);
	c->mid = nil;
}

/* The collector: buffered values are the channel's references. */
void
markchannel(Dtype *t, void *v)
{
	Channel *c;
	Dtype *mt;
	uchar *e;
	int i, k, b;

	USED(t);
	c = v;
	mt = c->mid;
	if(mt == nil || mt->np == 0)
		return;
	for(i = 0; i < c->count; i++){
		e = c->buf + ((c->front + i) % c->nbuf) * c->size;
		for(k = 0; k < mt->np; k++)
			for(b = 0; b < 8; b++)
				if(mt->map[k] & (0x80>>b))
					gcmark(P(e + 32*k + 4*b));
	}
}

static int
kdone(void *a)
{
	return ((Kwait*)a)->done;
}

/*
 * A kernel proc (a file2chan client's) sends the value at v on the
 * channel cv, or receives into v, with the VM held. If the exchange
 * cannot happen at once it returns 0 when !block; else it lets the VM
 * go, sleeps until a Prog completes it, and takes the VM again. 1:
 * done; -1: the channel was freed while it waited. An interrupt
 * raises Eintr (VM held) unless the exchange was done meanwhile. v
 * is the caller's until the call returns; pointers in it are counted
 * as in any channel value.
 */
int
kchanio(Dptr cv, void *v, int send, int block)
{
	Channel *c;
	Altwait *a;
	Cwait *w;
	Kwait k;

	c = chanof(cv);
	if(send ? sendready(c) : recvready(c)){
		if(send)
			dosend(c, v);
		else
			dorecv(c, v);
		return 1;
	}
	if(!block)
		return 0;
	memset(&k, 0, sizeof k);
	a = newwait(nil, nil, 1);
	a->k = &k;
	w = &a->w[0];
	w->a = a;
	w->c = c;
	w->v = v;
	w->index = 0;
	w->elem = -1;
	w->send = send;
	enqueue(w);
	k.a = a;
	release();
	if(waserror()){
		acquire();
		if(!k.done){
			unwaitall(k.a);
			freewait(k.a);
			nexterror();
		}
		return k.hungup ? -1 : 1;
	}
	sleep(&k.r, kdone, &k);
	poperror();
	acquire();
	return k.hungup ? -1 : 1;
}
