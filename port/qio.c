/*
 * Blocks and queues. A Block is a buffer with a read and a write
 * pointer; a Queue is a flow-controlled FIFO of Blocks between a
 * producer and a consumer, either of which may run at interrupt
 * time. Queues carry bytes, not messages, unless opened with Qmsg.
 */
#include "all.h"

/*
 * Everything but the two QLocks and the two Rendez is guarded by l,
 * an ilock: interrupt-time producers and consumers take it too.
 * rlock serialises readers and wlock writers, so at most one proc
 * sleeps on rr and one on wr.
 */
struct Queue {
	Lock	l;
	Block	*bfirst;
	Block	*blast;
	int	len;		/* bytes allocated to queued blocks (BALLOC): what flow control counts */
	int	dlen;		/* data bytes queued (BLEN) */
	int	limit;		/* writers wait while len >= limit */
	int	inilim;		/* limit as opened, for qreopen */
	int	state;
	int	noblock;	/* discard writes at the limit instead of waiting */
	int	eof;		/* reads of a closed, empty queue so far */
	void	(*kick)(void*);	/* restart the other side: output started, or input resumed */
	void	(*bypass)(void*, Block*);	/* if set, writes go straight here */
	void	*arg;		/* for kick and bypass */
	QLock	rlock;
	Rendez	rr;
	QLock	wlock;
	Rendez	wr;
	char	err[ERRMAX];	/* why it is closed */
};

enum {
	Maxeof = 3,		/* EOF reads of a closed queue before its error is raised */
	Minqblock = 128,	/* least a coalescing qproduce allocates, to gather small writes */
};

/*
 * Blocks. The header and the buffer are one allocation from the
 * kernel pool; whoever holds a Block owns it and frees it once.
 */

static Block*
mkblock(int size, int clr)
{
	Block *b;

	if(size < 0)
		panic("allocb: negative size %d, pc %p", size, (void*)getcallerpc(&size));
	b = mallocz(sizeof(Block) + size, clr);
	if(b == nil)
		return nil;
	b->next = nil;
	b->list = nil;
	b->free = nil;
	b->flag = 0;
	b->checksum = 0;
	b->base = (uchar*)(b+1);
	b->lim = b->base + size;
	b->rp = b->base;
	b->wp = b->base;
	return b;
}

/* A block with room for size bytes. Process context only: raises Enomem. */
Block*
allocb(int size)
{
	Block *b;

	if(up == nil)
		panic("allocb with no process, pc %p", (void*)getcallerpc(&size));
	b = mkblock(size, 0);
	if(b == nil)
		error(Enomem);
	return b;
}

/* allocb for interrupt handlers: never sleeps nor raises; nil if memory is short. */
Block*
iallocb(int size)
{
	Block *b;

	b = mkblock(size, 0);
	if(b == nil)
		return nil;
	b->flag |= BINTR;
	return b;
}

void
freeb(Block *b)
{
	if(b == nil)
		return;
	if(b->flag & BFREE)
		panic("freeb: block %p freed twice, pc %p", b, (void*)getcallerpc(&b));
	if(b->free != nil){
		b->free(b);
		return;
	}
	b->flag |= BFREE;
	b->next = nil;
	b->list = nil;
	b->rp = b->wp = b->lim = b->base = nil;
	free(b);
}

void
freeblist(Block *b)
{
	Block *next;

	for(; b != nil; b = next){
		next = b->next;
		b->next = nil;
		freeb(b);
	}
}

/* Bytes in the chain b, b->next, ... */
int
blocklen(Block *b)
{
	int n;

	n = 0;
	for(; b != nil; b = b->next)
		n += BLEN(b);
	return n;
}

/* Panic unless b's pointers are in order. */
void
checkb(Block *b, char *msg)
{
	if(b == nil)
		panic("checkb: nil block: %s", msg);
	if(b->flag & BFREE)
		panic("checkb: block %p already freed: %s", b, msg);
	if(b->base == nil || b->base > b->rp || b->rp > b->wp || b->wp > b->lim)
		panic("checkb: block %p base %p rp %p wp %p lim %p: %s",
			b, b->base, b->rp, b->wp, b->lim, msg);
}

/* Copy n bytes starting offset bytes into the chain b to p; returns the bytes copied. */
int
readblist(Block *b, uchar *p, int n, ulong offset)
{
	int m, done;

	done = 0;
	for(; b != nil && done < n; b = b->next){
		m = BLEN(b);
		if(offset >= m){
			offset -= m;
			continue;
		}
		m -= offset;
		if(m > n - done)
			m = n - done;
		memmove(p + done, b->rp + offset, m);
		done += m;
		offset = 0;
	}
	return done;
}

/* The chain b as a single block; b is consumed. */
Block*
concatblock(Block *b)
{
	Block *nb;
	int n;

	if(b == nil || b->next == nil)
		return b;
	n = blocklen(b);
	nb = allocb(n);
	nb->wp += readblist(b, nb->wp, n, 0);
	freeblist(b);
	return nb;
}

/* A new block holding the first count bytes of the chain b, zero-filled if b is shorter; b is kept. */
Block*
copyblock(Block *b, int count)
{
	Block *nb;
	int n;

	nb = allocb(count);
	n = readblist(b, nb->wp, count, 0);
	nb->wp += n;
	if(n < count){
		memset(nb->wp, 0, count - n);
		nb->wp += count - n;
	}
	if(b != nil)
		nb->flag |= b->flag & (Bipck|Budpck|Btcpck|Bpktck);
	return nb;
}

/*
 * size > 0: make room for size bytes before the data, which then
 * start at rp (the new bytes are not initialised). size < 0: make
 * sure -size bytes are free after wp. b may be replaced; the old one
 * is freed.
 */
Block*
padblock(Block *b, int size)
{
	Block *nb;
	int n;

	n = BLEN(b);
	if(size >= 0){
		if(b->rp - b->base >= size){
			b->rp -= size;
			return b;
		}
		nb = allocb(size + n);
		nb->rp += size;
		nb->wp = nb->rp;
		memmove(nb->wp, b->rp, n);
		nb->wp += n;
		nb->rp -= size;
		nb->next = b->next;
		b->next = nil;
	}else{
		size = -size;
		if(b->next != nil)
			panic("padblock: block %p is part of a chain, pc %p", b, (void*)getcallerpc(&b));
		if(b->lim - b->wp >= size)
			return b;
		nb = allocb(size + n);
		memmove(nb->wp, b->rp, n);
		nb->wp += n;
	}
	nb->flag |= b->flag & (Bipck|Budpck|Btcpck|Bpktck);
	nb->checksum = b->checksum;
	freeb(b);
	return nb;
}

/*
 * Make the first n bytes of the chain b contiguous in its first
 * block. Returns the (possibly new) chain, or nil, with b freed, if
 * b holds fewer than n bytes.
 */
Block*
pullupblock(Block *b, int n)
{
	Block *nb, *next;
	int m, have;

	if(b == nil)
		return nil;
	if(BLEN(b) >= n)
		return b;
	if(blocklen(b) < n){
		freeblist(b);
		return nil;
	}
	if(b->lim - b->rp < n){
		nb = allocb(n);
		have = BLEN(b);
		memmove(nb->wp, b->rp, have);
		nb->wp += have;
		nb->next = b->next;
		nb->flag |= b->flag & (Bipck|Budpck|Btcpck|Bpktck);
		b->next = nil;
		freeb(b);
		b = nb;
	}else if(b->lim - b->wp < n - BLEN(b)){
		/* room, but behind rp: slide the data to the front */
		have = BLEN(b);
		memmove(b->base, b->rp, have);
		b->rp = b->base;
		b->wp = b->base + have;
	}
	while(BLEN(b) < n){
		next = b->next;
		m = n - BLEN(b);
		if(m > BLEN(next))
			m = BLEN(next);
		memmove(b->wp, next->rp, m);
		b->wp += m;
		next->rp += m;
		if(BLEN(next) == 0){
			b->next = next->next;
			next->next = nil;
			freeb(next);
		}
	}
	return b;
}

/*
 * Keep only the len bytes of the chain b starting at offset. Returns
 * the trimmed chain, or nil, with b freed, if b is too short.
 */
Block*
trimblock(Block *b, int offset, int len)
{
	Block *start, *next;
	int l;

	if(b == nil)
		return nil;
	if(offset < 0 || len < 0 || blocklen(b) < offset + len){
		freeblist(b);
		return nil;
	}
	/* drop the blocks wholly before offset; the chain is long enough to leave one */
	while(BLEN(b) <= offset && b->next != nil){
		offset -= BLEN(b);
		next = b->next;
		b->next = nil;
		freeb(b);
		b = next;
	}
	b->rp += offset;
	start = b;
	while((l = BLEN(b)) < len){
		len -= l;
		b = b->next;
	}
	b->wp -= l - len;
	freeblist(b->next);
	b->next = nil;
	return start;
}

/*
 * Queues.
 */

Queue*
qopen(int limit, int msg, void (*kick)(void*), void *arg)
{
	Queue *q;

	q = mallocz(sizeof(Queue), 1);
	if(q == nil)
		return nil;
	q->limit = limit;
	q->inilim = limit;
	q->kick = kick;
	q->arg = arg;
	q->state = (msg & (Qmsg|Qcoalesce|Qkick)) | Qstarve;
	return q;
}

/* A queue whose writes go straight to bypass(arg, b) instead of being queued. */
Queue*
qbypass(void (*bypass)(void*, Block*), void *arg)
{
	Queue *q;

	q = mallocz(sizeof(Queue), 1);
	if(q == nil)
		return nil;
	q->bypass = bypass;
	q->arg = arg;
	return q;
}

/* Append the chain b, each block a message of its own. q->l held. */
static void
addlist(Queue *q, Block *b)
{
	if(q->bfirst == nil)
		q->bfirst = b;
	else
		q->blast->next = b;
	for(;; b = b->next){
		q->len += BALLOC(b);
		q->dlen += BLEN(b);
		if(b->next == nil)
			break;
	}
	q->blast = b;
}

/* Unlink the first block. q->l held. */
static Block*
unlinkfirst(Queue *q)
{
	Block *b;

	b = q->bfirst;
	if(b == nil)
		return nil;
	q->bfirst = b->next;
	if(q->bfirst == nil)
		q->blast = nil;
	b->next = nil;
	q->len -= BALLOC(b);
	q->dlen -= BLEN(b);
	return b;
}

/* Starved reader? Clears the mark and says whether to wake it. q->l held. */
static int
takestarve(Queue *q)
{
	if(q->state & Qstarve){
		q->state &= ~Qstarve;
		return 1;
	}
	return 0;
}

/* Has the queue drained enough to release a flow-controlled writer? q->l held. */
static int
takeflow(Queue *q)
{
	if((q->state & Qflow) && q->len < q->limit/2){
		q->state &= ~Qflow;
		return 1;
	}
	return 0;
}

/* Release q->l, held, and wake a starved reader. */
static void
unlockstarve(Queue *q)
{
	int wake;

	wake = takestarve(q);
	iunlock(&q->l);
	if(wake)
		wakeup(&q->rr);
}

/*
 * Release q->l, held, free dead (blocks taken off q), and release a
 * flow-controlled writer if q has drained enough.
 */
static void
unlockflow(Queue *q, Block *dead)
{
	int wake;

	wake = takeflow(q);
	iunlock(&q->l);
	freeblist(dead);
	if(wake)
		wakeup(&q->wr);
}

/* A writer's: queue b, release q->l (held), kick the consumer and wake a starved reader. */
static void
addunlock(Queue *q, Block *b)
{
	int wake;

	addlist(q, b);
	wake = takestarve(q);
	iunlock(&q->l);
	if(q->kick != nil && (wake || (q->state & Qkick)))
		q->kick(q->arg);
	if(wake)
		wakeup(&q->rr);
}

static int
qnotfull(void *a)
{
	Queue *q = a;

	return q->len < q->limit || q->noblock || (q->state & Qclosed);
}

static int
qnotempty(void *a)
{
	Queue *q = a;

	return q->bfirst != nil || (q->state & Qclosed);
}

/* Raise q's error, copied first: it may change once q->l is released. q->l held. */
static void
qerror(Queue *q)
{
	char buf[ERRMAX];

	strecpy(buf, buf+sizeof buf, q->err[0] != '\0' ? q->err : Ehungup);
	iunlock(&q->l);
	error(buf);
}

/*
 * Queue b, then wait while the queue is at its limit (so it may
 * overshoot by one block). b is consumed even on error.
 */
long
qbwrite(Queue *q, Block *b)
{
	int n;

	n = BLEN(b);
	if(q->bypass != nil){
		q->bypass(q->arg, b);
		return n;
	}
	qlock(&q->wlock);
	if(waserror()){
		qunlock(&q->wlock);
		nexterror();
	}
	ilock(&q->l);
	if(q->state & Qclosed){
		freeb(b);
		qerror(q);
	}
	if(q->noblock && q->len >= q->limit){
		/* a queue that never blocks drops what does not fit */
		iunlock(&q->l);
		freeb(b);
		poperror();
		qunlock(&q->wlock);
		return n;
	}
	addunlock(q, b);
	for(;;){
		ilock(&q->l);
		if(qnotfull(q)){
			iunlock(&q->l);
			break;
		}
		q->state |= Qflow;
		iunlock(&q->l);
		sleep(&q->wr, qnotfull, q);
	}
	poperror();
	qunlock(&q->wlock);
	return n;
}

/*
 * Copy buf into blocks of at most BLOCKMAX bytes and queue them one
 * by one; each is atomic with respect to other writers. In message
 * mode only the first block's worth is queued. Returns n.
 */
long
qwrite(Queue *q, void *buf, int n)
{
	Block *b;
	int m, done;

	done = 0;
	do{
		m = n - done;
		if(m > BLOCKMAX)
			m = BLOCKMAX;
		b = allocb(m);
		if(m > 0)
			memmove(b->wp, (uchar*)buf + done, m);
		b->wp += m;
		qbwrite(q, b);
		done += m;
	}while(done < n && !(q->state & Qmsg));
	return n;
}

/*
 * Interrupt-safe write: never waits, ignores the limit, queues what
 * it can allocate. Returns the bytes queued.
 */
int
qiwrite(Queue *q, void *buf, int n)
{
	Block *b;
	int m, done;

	done = 0;
	do{
		m = n - done;
		if(m > BLOCKMAX)
			m = BLOCKMAX;
		b = iallocb(m);
		if(b == nil)
			break;
		if(m > 0)
			memmove(b->wp, (uchar*)buf + done, m);
		b->wp += m;
		ilock(&q->l);
		if(q->state & Qclosed){
			iunlock(&q->l);
			freeb(b);
			break;
		}
		addunlock(q, b);
		done += m;
	}while(done < n && !(q->state & Qmsg));
	return done;
}

/*
 * Wait for something to read. Returns 1 with q->l held and data
 * queued, or 0 at EOF (q->l released); raises q's error once EOF has
 * been read Maxeof times, or at once if it was hung up with a reason.
 */
static int
qwait(Queue *q)
{
	for(;;){
		ilock(&q->l);
		if(q->bfirst != nil)
			return 1;
		if(q->state & Qclosed){
			if(++q->eof > Maxeof || (q->err[0] != '\0' && strcmp(q->err, Ehungup) != 0))
				qerror(q);
			iunlock(&q->l);
			return 0;
		}
		q->state |= Qstarve;
		iunlock(&q->l);
		sleep(&q->rr, qnotempty, q);
	}
}

/* After data were taken: release a flow-controlled writer and restart the producer. */
static void
qwakewriter(Queue *q)
{
	if(q->kick != nil)
		q->kick(q->arg);
	wakeup(&q->wr);
}

/*
 * Read at most n bytes from one block (from several when
 * Qcoalesce). The rest of a block stays queued, unless the queue
 * carries messages. Returns 0 at EOF; a zero-length block reads as 0.
 */
long
qread(Queue *q, void *buf, int n)
{
	Block *b, *dead;
	uchar *p;
	int m, done, wake;

	qlock(&q->rlock);
	if(waserror()){
		qunlock(&q->rlock);
		nexterror();
	}
	if(!qwait(q)){
		poperror();
		qunlock(&q->rlock);
		return 0;
	}
	/* q->l is held: copy, and unlink what is used up */
	p = buf;
	done = 0;
	dead = nil;
	while((b = q->bfirst) != nil){
		m = BLEN(b);
		if(m > n - done)
			m = n - done;
		if(m > 0)
			memmove(p + done, b->rp, m);
		done += m;
		b->rp += m;
		q->dlen -= m;
		if(BLEN(b) == 0 || (q->state & Qmsg)){
			unlinkfirst(q);
			b->next = dead;
			dead = b;
		}
		if((q->state & (Qcoalesce|Qmsg)) != Qcoalesce || done == n)
			break;
	}
	wake = takeflow(q);
	iunlock(&q->l);
	freeblist(dead);
	if(wake)
		qwakewriter(q);
	poperror();
	qunlock(&q->rlock);
	return done;
}

/*
 * Read one block of at most n bytes (a longer one is split and its
 * rest left queued, except in message mode, where it is returned
 * whole). nil at EOF. The caller owns the block.
 */
Block*
qbread(Queue *q, int n)
{
	Block *b;
	Block *volatile nb;	/* live across waserror */
	int wake;

	nb = nil;
	qlock(&q->rlock);
	if(waserror()){
		freeb(nb);
		qunlock(&q->rlock);
		nexterror();
	}
	for(;;){
		if(!qwait(q)){
			poperror();
			qunlock(&q->rlock);
			freeb(nb);
			return nil;
		}
		b = q->bfirst;
		if(BLEN(b) <= n || (q->state & Qmsg)){
			b = unlinkfirst(q);
			break;
		}
		if(nb != nil){
			/* split: the first n bytes leave in nb, the rest stays queued */
			memmove(nb->wp, b->rp, n);
			nb->wp += n;
			b->rp += n;
			q->dlen -= n;
			b = nb;
			nb = nil;
			break;
		}
		/* allocation may wait or raise: not under q->l; look again afterwards */
		iunlock(&q->l);
		nb = allocb(n);
	}
	wake = takeflow(q);
	iunlock(&q->l);
	freeb(nb);
	if(wake)
		qwakewriter(q);
	poperror();
	qunlock(&q->rlock);
	return b;
}

/*
 * Interrupt-time producer: -1 (and Qflow set) if the queue is at its
 * limit; otherwise appends, into the last block when coalescing, and
 * returns n (0 if memory is short). Wakes a starved reader.
 */
int
qproduce(Queue *q, void *buf, int n)
{
	Block *b;

	ilock(&q->l);
	if(q->len >= q->limit){
		q->state |= Qflow;
		iunlock(&q->l);
		return -1;
	}
	b = q->blast;
	if((q->state & Qcoalesce) && b != nil && b->lim - b->wp >= n){
		if(n > 0)
			memmove(b->wp, buf, n);
		b->wp += n;
		q->dlen += n;
	}else{
		b = iallocb((q->state & Qcoalesce) && n < Minqblock ? Minqblock : n);
		if(b == nil){
			iunlock(&q->l);
			return 0;
		}
		if(n > 0)
			memmove(b->wp, buf, n);
		b->wp += n;
		addlist(q, b);
	}
	unlockstarve(q);
	return n;
}

/*
 * Interrupt-time consumer: -1 (and Qstarve set) if the queue is
 * empty; otherwise takes at most n bytes from the first block.
 */
int
qconsume(Queue *q, void *buf, int n)
{
	Block *b, *dead;
	int m;

	dead = nil;
	ilock(&q->l);
	for(;;){
		b = q->bfirst;
		if(b == nil){
			q->state |= Qstarve;
			iunlock(&q->l);
			freeblist(dead);
			return -1;
		}
		if(BLEN(b) > 0 || (q->state & Qmsg))
			break;
		/* empty blocks carry nothing for a byte consumer */
		unlinkfirst(q);
		b->next = dead;
		dead = b;
	}
	m = BLEN(b);
	if(m > n)
		m = n;
	if(m > 0)
		memmove(buf, b->rp, m);
	b->rp += m;
	q->dlen -= m;
	if(BLEN(b) == 0 || (q->state & Qmsg)){
		unlinkfirst(q);
		b->next = dead;
		dead = b;
	}
	unlockflow(q, dead);
	return m;
}

static int
pass(Queue *q, Block *b, int uselimit)
{
	int n;

	n = blocklen(b);
	ilock(&q->l);
	if(q->state & Qclosed){
		iunlock(&q->l);
		freeblist(b);
		return 0;
	}
	if(uselimit && q->len >= q->limit){
		q->state |= Qflow;
		iunlock(&q->l);
		freeblist(b);
		return -1;
	}
	addlist(q, b);
	unlockstarve(q);
	return n;
}

/*
 * Queue the chain b without copying (each block a message); never
 * waits. -1 with b freed if the queue is at its limit, 0 if closed.
 */
int
qpass(Queue *q, Block *b)
{
	return pass(q, b, 1);
}

int
qpassnolim(Queue *q, Block *b)
{
	return pass(q, b, 0);
}

/* Append the chain b regardless of limit and state, and wake a reader. */
void
qaddlist(Queue *q, Block *b)
{

	ilock(&q->l);
	addlist(q, b);
	unlockstarve(q);
}

/* Take the first block without waiting; nil if there is none. */
Block*
qget(Queue *q)
{
	Block *b;

	ilock(&q->l);
	b = unlinkfirst(q);
	if(b == nil){
		q->state |= Qstarve;
		iunlock(&q->l);
		return nil;
	}
	unlockflow(q, nil);
	return b;
}

/* Drop up to n bytes from the front; returns how many were dropped. */
int
qdiscard(Queue *q, int n)
{
	Block *b, *dead;
	int m, done;

	dead = nil;
	done = 0;
	ilock(&q->l);
	while(done < n && (b = q->bfirst) != nil){
		m = BLEN(b);
		if(m <= n - done){
			unlinkfirst(q);
			b->next = dead;
			dead = b;
		}else{
			m = n - done;
			b->rp += m;
			q->dlen -= m;
		}
		done += m;
	}
	unlockflow(q, dead);
	return done;
}

/* Bytes the first block holds: what a read could return now without waiting. */
int
qpeekable(Queue *q)
{
	int n;

	ilock(&q->l);
	n = q->bfirst != nil ? BLEN(q->bfirst) : 0;
	iunlock(&q->l);
	return n;
}

/* Mark q closed with the default error, discard its data, and wake everyone. */
void
qclose(Queue *q)
{
	Block *b;

	if(q == nil)
		return;
	ilock(&q->l);
	q->state |= Qclosed;
	q->state &= ~(Qflow|Qstarve);
	strecpy(q->err, q->err+sizeof q->err, Ehungup);
	b = q->bfirst;
	q->bfirst = nil;
	q->blast = nil;
	q->len = 0;
	q->dlen = 0;
	q->noblock = 0;
	iunlock(&q->l);
	freeblist(b);
	wakeup(&q->rr);
	wakeup(&q->wr);
}

/* Mark q closed with msg (nil: the default), keeping its data for readers; wake everyone. */
void
qhangup(Queue *q, char *msg)
{
	ilock(&q->l);
	q->state |= Qclosed;
	if(msg == nil || *msg == '\0')
		msg = Ehungup;
	strecpy(q->err, q->err+sizeof q->err, msg);
	iunlock(&q->l);
	wakeup(&q->rr);
	wakeup(&q->wr);
}

/* Open a closed queue again, as it was made. */
void
qreopen(Queue *q)
{
	ilock(&q->l);
	q->state &= ~Qclosed;
	q->state |= Qstarve;
	q->eof = 0;
	q->limit = q->inilim;
	q->err[0] = '\0';
	iunlock(&q->l);
}

/* Discard the data; the queue stays open. */
void
qflush(Queue *q)
{
	Block *b;

	ilock(&q->l);
	b = q->bfirst;
	q->bfirst = nil;
	q->blast = nil;
	q->len = 0;
	q->dlen = 0;
	q->state &= ~Qflow;
	iunlock(&q->l);
	freeblist(b);
	wakeup(&q->wr);
}

/* Close and free q. Nobody may be using it any more. */
void
qfree(Queue *q)
{
	if(q == nil)
		return;
	qclose(q);
	free(q);
}

int
qlen(Queue *q)
{
	return q->dlen;
}

/* Room left before writers wait; never negative. */
int
qwindow(Queue *q)
{
	int n;

	n = q->limit - q->len;
	return n < 0 ? 0 : n;
}

int
qcanread(Queue *q)
{
	return q->bfirst != nil;
}

void
qsetlimit(Queue *q, int limit)
{

	ilock(&q->l);
	q->limit = limit;
	unlockflow(q, nil);
}

/* onoff: writes at the limit are discarded rather than waiting. */
void
qnoblock(Queue *q, int onoff)
{
	q->noblock = onoff;
	if(onoff)
		wakeup(&q->wr);
}

int
qfull(Queue *q)
{
	return (q->state & Qflow) != 0;
}

int
qisclosed(Queue *q)
{
	return (q->state & Qclosed) != 0;
}

int
qstate(Queue *q)
{
	return q->state;
}
