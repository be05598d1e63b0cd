/*
 * virtio-blk (virtio 1.0, section 5.2): each device a disk of #S,
 * sdV0, sdV1 ..., in 512-byte sectors. A transfer is cut into
 * requests of at most Maxsec sectors, up to Nreq of them in flight
 * at once, each a chain of three buffers (header, data, status);
 * the device's interrupt takes the finished ones off the used ring
 * and wakes the proc that waits for them. A list of writes (fat.c's
 * metadata) is given to the device in one go, so that the writes
 * reach the disk together. The waiting proc also looks at
 * the ring every Poll ms, so a lost interrupt only slows it down; a
 * device whose transport gives no interrupt at all is polled by the
 * waiting proc, which lets others run between looks. A device that
 * does not answer in Timeout ms is dead to Ember.
 */
#include "all.h"
#include "virtio.h"
#include "drivers.h"

enum {
	Bin = 0,
	Bout = 1,
	Bflush = 4,

	Sok = 0,
	Sioerr = 1,
	Sunsupp = 2,

	Fsizemax = 1<<1,
	Fro = 1<<5,
	Fflush = 1<<9,

	Secsize = 512,
	Nreq = 16,
	Maxsec = 128,		/* 64 KiB a request */
	Qsize = 64,
	Poll = 50,
	Timeout = 30*1000,
};

typedef struct Req Req;
typedef struct Blk Blk;

struct Req {
	/* what the device reads: type, reserved, sector */
	u32int	type;
	u32int	reserved;
	u64int	sector;
	u8int	status;		/* what it writes back */
	volatile int	done;
	long	nsec;
};

struct Blk {
	QLock	lk;		/* one transfer at a time */
	Vdev	*v;
	Vq	*q;
	Rendez	r;
	int	ro;
	int	canflush;
	int	dead;
	int	polled;		/* no interrupt: the waiting proc polls */
	long	maxsec;
	int	nreq;		/* how many may be in flight */
	int	nwait;		/* how many req[] the transfer waits for */
	char	name[KNAMELEN];
	Req	req[Nreq];
};

static int nblk;

/* the finished requests, from the interrupt handler or a waiting proc */
static void
complete(Blk *b)
{
	void *tag;
	ulong len;
	Req *r;
	int any;

	any = 0;
	ilock(&b->q->lk);
	while(vqtake(b->q, &tag, &len)){
		r = tag;
		if(r != nil){
			r->done = 1;
			any = 1;
		}
	}
	iunlock(&b->q->lk);
	if(any)
		wakeup(&b->r);
}

static void
blkintr(void *u, void *a)
{
	Blk *b;

	USED(u);
	b = a;
	if(vdevisr(b->v) & 1)
		complete(b);
}

static int
alldone(void *a)
{
	Blk *b;
	int i;

	b = a;
	for(i = 0; i < b->nwait; i++)
		if(!b->req[i].done)
			return 0;
	return 1;
}

/*
 * Wait for every request given; an interrupted sleep does not end
 * the wait, since the device still owns the buffers.
 */
static void
await(Blk *b)
{
	ulong t0;

	t0 = msec();
	while(!alldone(b)){
		if(b->polled)
			yield();
		else if(!waserror()){
			tsleep(&b->r, alldone, b, Poll);
			poperror();
		}
		complete(b);
		if(!alldone(b) && msec() - t0 > Timeout){
			b->dead = 1;
			errorf("virtio-blk: %s: the device does not answer", b->name);
		}
	}
}

/* give the device req[i] with its buffers: 0, or -1 if the ring is full */
static int
submit(Blk *b, Req *r, void *data, long nsec, int in)
{
	Vbuf vb[3];
	int n, h;

	r->reserved = 0;
	r->status = 0xFF;
	r->done = 0;
	r->nsec = nsec;
	n = 0;
	vb[n].p = r;
	vb[n].n = 16;
	vb[n++].in = 0;
	if(nsec > 0){
		vb[n].p = data;
		vb[n].n = nsec*Secsize;
		vb[n++].in = in;
	}
	vb[n].p = &r->status;
	vb[n].n = 1;
	vb[n++].in = 1;
	ilock(&b->q->lk);
	h = vqadd(b->q, vb, n, r);
	iunlock(&b->q->lk);
	return h < 0 ? -1 : 0;
}

static char*
statusmsg(int s)
{
	switch(s){
	case Sioerr:
		return "i/o error";
	case Sunsupp:
		return "request not supported";
	case 0xFF:
		return "no status";
	}
	return "bad status";
}

/* Queue a request of nsec sectors at sec: 1, or 0 if req[] or the ring is full. */
static int
queue(Blk *b, int write, void *data, long nsec, uvlong sec)
{
	Req *r;

	if(b->nwait >= b->nreq)
		return 0;
	r = &b->req[b->nwait];
	r->type = write ? Bout : Bin;
	r->sector = sec;
	if(submit(b, r, data, nsec, !write) < 0)
		return 0;
	b->nwait++;
	return 1;
}

/*
 * Start the queued requests, all at once, and wait for them: the
 * sectors done before the first that failed, or an error if that is
 * the first.
 */
static long
run(Blk *b, int write)
{
	Req *r;
	long done;
	int i, n;

	if(b->nwait == 0)
		errorf("virtio-blk: %s: no room in the queue", b->name);
	vdevnotify(b->v, b->q);
	await(b);
	n = b->nwait;
	b->nwait = 0;
	done = 0;
	for(i = 0; i < n; i++){
		r = &b->req[i];
		if(r->status != Sok){
			if(done == 0)
				errorf("virtio-blk: %s: %s at sector %llud: %s", b->name, write ? "write" : "read", r->sector, statusmsg(r->status));
			break;
		}
		done += r->nsec;
	}
	return done;
}

static void
lockdisk(Blk *b, int write)
{
	qlock(&b->lk);
	if(b->dead){
		qunlock(&b->lk);
		errorf("virtio-blk: %s: the device does not answer", b->name);
	}
	if(write && b->ro){
		qunlock(&b->lk);
		errorf("virtio-blk: %s: read-only disk", b->name);
	}
	b->nwait = 0;
}

/* As many of the n sectors at sec as fit in the queue at once: how many were moved. */
static long
blkrw(void *a, int write, void *buf, long n, uvlong sec)
{
	Blk *b;
	uchar *p;
	long m, done;

	b = a;
	lockdisk(b, write);
	if(waserror()){
		qunlock(&b->lk);
		nexterror();
	}
	p = buf;
	while(n > 0){
		m = n < b->maxsec ? n : b->maxsec;
		if(!queue(b, write, p, m, sec))
			break;
		p += m*Secsize;
		sec += m;
		n -= m;
	}
	done = run(b, write);
	poperror();
	qunlock(&b->lk);
	return done;
}

/*
 * Every segment written, the device given them all at once (so far
 * as the queue holds them), so that they reach the disk together.
 */
static void
blkwritev(void *a, Sdseg *seg, int nseg)
{
	Blk *b;
	uchar *p;
	uvlong sec;
	long n, m, queued;
	int i;

	b = a;
	lockdisk(b, 1);
	if(waserror()){
		qunlock(&b->lk);
		nexterror();
	}
	queued = 0;
	for(i = 0; i < nseg; i++){
		p = seg[i].buf;
		sec = seg[i].off / Secsize;
		n = seg[i].n / Secsize;
		while(n > 0){
			m = n < b->maxsec ? n : b->maxsec;
			if(!queue(b, 1, p, m, sec)){
				if(run(b, 1) != queued)
					errorf("virtio-blk: %s: a write failed", b->name);
				queued = 0;
				continue;
			}
			queued += m;
			p += m*Secsize;
			sec += m;
			n -= m;
		}
	}
	if(queued > 0 && run(b, 1) != queued)
		errorf("virtio-blk: %s: a write failed", b->name);
	poperror();
	qunlock(&b->lk);
}

static void
blkflush(void *a)
{
	Blk *b;
	Req *r;

	b = a;
	if(!b->canflush)
		return;
	lockdisk(b, 0);
	if(waserror()){
		qunlock(&b->lk);
		nexterror();
	}
	r = &b->req[0];
	r->type = Bflush;
	r->sector = 0;
	if(submit(b, r, nil, 0, 0) < 0)
		errorf("virtio-blk: %s: no room in the queue", b->name);
	b->nwait = 1;
	vdevnotify(b->v, b->q);
	await(b);
	b->nwait = 0;
	if(r->status != Sok)
		errorf("virtio-blk: %s: flush: %s", b->name, statusmsg(r->status));
	poperror();
	qunlock(&b->lk);
}

static Sdops blkops = {
	.rw = blkrw,
	.writev = blkwritev,
	.flush = blkflush,
};

/* a device found by the transport: set it up and give it to #S */
void
virtioblk(Vdev *v)
{
	Blk *b;
	u64int f;
	uvlong nsec;
	u32int sm;
	int qn;

	f = vdevfeatures(v);
	if(vdevaccept(v, Fsizemax | Fro | Fflush) < 0)
		error("virtio-blk: the device refuses our features");
	qn = vdevqmax(v, 0);
	if(qn < 3)
		error("virtio-blk: no request queue");
	if(qn > Qsize)
		qn = Qsize;
	while(qn & (qn-1))
		qn &= qn-1;
	b = mallocz(sizeof *b, 1);
	if(b == nil)
		error(Enomem);
	b->v = v;
	b->q = vqalloc(0, qn);
	if(b->q == nil)
		error(Enomem);
	if(vdevqueue(v, b->q) < 0)
		error("virtio-blk: the device refuses the queue");
	b->ro = (f & Fro) != 0;
	b->canflush = (f & Fflush) != 0;
	b->maxsec = Maxsec;
	if(f & Fsizemax){
		sm = vdevcfg32(v, 8);
		if(sm/Secsize > 0 && sm/Secsize < (u32int)b->maxsec)
			b->maxsec = sm/Secsize;
	}
	b->nreq = qn/3 < Nreq ? qn/3 : Nreq;
	nsec = vdevcfg64(v, 0);
	snprint(b->name, sizeof b->name, "sdV%d", nblk++);
	if(vdevintr(v, blkintr, b, b->name) < 0){
		b->polled = 1;
		print("%s: virtio-blk: no interrupt; polling\n", b->name);
	}
	vdevready(v);
	print("%s: virtio-blk, %llud sectors (%lludM)%s, queue %d, %d requests in flight\n",
		b->name, nsec, nsec*Secsize>>20, b->ro ? ", read-only" : "", qn, b->nreq);
	sdadddisk(b->name, Secsize, nsec, &blkops, b);
}
