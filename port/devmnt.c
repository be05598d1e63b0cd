/*
 * #M, the mount driver: the kernel's Styx client (styx.md §6). A Mnt
 * is one connection to a server (any Chan: a pipe, a network call);
 * every Chan of #M names a fid on one Mnt. Requests from any number
 * of procs go out with their own tags; one reader proc per Mnt reads
 * the replies and hands each to the proc waiting for its tag. A proc
 * interrupted while waiting sends Tflush. When the server hangs up,
 * or sends what is not a well-formed reply, the Mnt dies: every
 * waiting and later request gets the error, none blocks.
 *
 * #M cannot be attached by name; Sys->mount reaches it through
 * mntattachchan.
 */
#include "all.h"

typedef struct Mnt Mnt;
typedef struct Mntrpc Mntrpc;
typedef struct Clunk Clunk;

enum {
	Minmsize = 256,
	Maxmsize = 1048576,
	Flushwait = 5000,	/* ms to wait for Rflush before giving the tag up */
	Ntags = NOTAG,		/* tags 0 .. NOTAG-1 */
};

/*
 * One request and its reply. Its sender owns it until the reply
 * comes; one given up while outstanding (abandoned) is freed by the
 * reader when its reply comes, or when the Mnt dies.
 */
struct Mntrpc {
	Mntrpc	*next;		/* in Mnt.queue while outstanding */
	Fcall	t;
	Fcall	r;		/* the reply, unpacked into rbuf */
	uchar	*rbuf;
	int	queued;
	int	tagged;		/* holds t.tag */
	int	done;		/* a reply came, or the Mnt died (err) */
	int	abandoned;
	char	*err;
	Rendez	rz;
};

/* A fid whose Chan has gone, to be clunked by the Mnt's clunker. */
struct Clunk {
	u32int	fid;
	Clunk	*next;
};

/*
 * One connection. l guards ref, queue, tags, nextfid, dead, err,
 * reader, closing, clunks and clunking; wl serialises messages on c.
 * References: each #M Chan, each queued Clunk, and the reader.
 */
struct Mnt {
	Lock	l;
	long	ref;
	ulong	id;		/* Chan.dev of its Chans */
	Chan	*c;		/* the connection; its mux is this Mnt */
	u32int	msize;
	Mntrpc	*queue;
	uchar	tags[Ntags/8+1];
	u32int	nextfid;
	int	dead;
	char	err[ERRMAX];
	Proc	*reader;
	int	closing;	/* the reader was told to go */
	Clunk	*clunks;
	int	clunking;	/* a clunker proc is at work */
	QLock	wl;
};

static struct {
	QLock	ql;		/* serialises finding or making a connection's Mnt */
	Lock	l;
	ulong	id;
} mntalloc;

static int mntdev = -1;		/* devtab index of #M */

static Mnt*
mntof(Chan *c)
{
	Mnt *m;

	m = c->mux;
	if(m == nil)
		error(Eshutdown);
	return m;
}

/* Drop a reference. The last but the reader's tells the reader to go; the last closes the connection. */
static void
mntput(Mnt *m)
{
	long r;

	lock(&m->l);
	r = --m->ref;
	if(r == 1 && m->reader != nil && !m->closing){
		/* under the lock: the reader clears m->reader under it before it goes */
		m->closing = 1;
		swiproc(m->reader, 0);
	}
	unlock(&m->l);
	if(r > 0)
		return;
	if(m->c->mux == m)
		m->c->mux = nil;
	cclose(m->c);
	free(m);
}

static void
mntincref(Mnt *m)
{
	lock(&m->l);
	m->ref++;
	unlock(&m->l);
}

static void
freerpc(Mntrpc *r)
{
	free(r->rbuf);
	free(r);
}

/* Holding m->l: r leaves the queue; its reply will not be looked for. Its tag stays r's. */
static void
dequeue(Mnt *m, Mntrpc *r)
{
	Mntrpc **l;

	if(!r->queued)
		return;
	for(l = &m->queue; *l != nil; l = &(*l)->next)
		if(*l == r){
			*l = r->next;
			break;
		}
	r->queued = 0;
}

/*
 * Holding m->l: r's tag is free again. Tags are held until the rpc
 * is freed, so a Tflush never names a tag that another request has
 * taken meanwhile.
 */
static void
untag(Mnt *m, Mntrpc *r)
{
	if(r->tagged){
		m->tags[r->t.tag/8] &= ~(1 << (r->t.tag%8));
		r->tagged = 0;
	}
}

/*
 * The server has gone or cannot be trusted: every outstanding request
 * ends with err, and so does every later one.
 */
static void
mntdie(Mnt *m, char *err)
{
	Mntrpc *r, *next;

	lock(&m->l);
	if(m->dead){
		unlock(&m->l);
		return;
	}
	m->dead = 1;
	strecpy(m->err, m->err+sizeof m->err, err);
	for(r = m->queue; r != nil; r = next){
		next = r->next;
		dequeue(m, r);
		r->err = m->err;
		r->done = 1;
		if(r->abandoned){
			untag(m, r);
			freerpc(r);
		}else
			wakeup(&r->rz);
	}
	unlock(&m->l);
}

/* The sender lets r go: freed now, or by the reader if it is still outstanding. */
static void
rpcput(Mnt *m, Mntrpc *r)
{
	if(r == nil)
		return;
	lock(&m->l);
	if(r->queued){
		r->abandoned = 1;
		r = nil;
	}else
		untag(m, r);
	unlock(&m->l);
	if(r != nil)
		freerpc(r);
}

static Mntrpc*
newrpc(int type)
{
	Mntrpc *r;

	r = smalloc(sizeof *r);
	r->t.type = type;
	return r;
}

/* Give r the smallest free tag and queue it. */
static void
enqueue(Mnt *m, Mntrpc *r)
{
	int i, b;

	lock(&m->l);
	if(m->dead){
		unlock(&m->l);
		error(m->err);
	}
	for(i = 0; i < (int)sizeof m->tags; i++)
		if(m->tags[i] != 0xFF)
			break;
	for(b = 0; i < (int)sizeof m->tags && b < 8; b++)
		if(!(m->tags[i] & (1<<b)))
			break;
	if(i*8+b >= Ntags){
		unlock(&m->l);
		error("mount: no free tags");
	}
	m->tags[i] |= 1<<b;
	r->t.tag = i*8+b;
	r->tagged = 1;
	r->next = m->queue;
	m->queue = r;
	r->queued = 1;
	unlock(&m->l);
}

/* Send r's request. An interrupted write may or may not have sent it; a failed one kills the Mnt. */
static void
mntsend(Mnt *m, Mntrpc *r)
{
	uchar *buf;
	uint n;

	n = styxsize(&r->t);
	if(n == 0 || n > m->msize)
		error(Emsgsize);
	buf = smalloc(n);
	styxpack(&r->t, buf, n);
	qlock(&m->wl);
	if(waserror()){
		qunlock(&m->wl);
		free(buf);
		if(strcmp(up->env->errstr, Eintr) != 0)
			mntdie(m, up->env->errstr);
		nexterror();
	}
	styxwrite(m->c, buf, n);
	poperror();
	qunlock(&m->wl);
	free(buf);
}

static int
rpcdone(void *a)
{
	return ((Mntrpc*)a)->done;
}

/*
 * r was interrupted: ask the server to forget it, and wait (a while)
 * for Rflush or r's reply. Unanswered, both are left to the reader.
 */
static void
mntflush(Mnt *m, Mntrpc *r)
{
	Mntrpc *f;

	f = newrpc(Tflush);
	f->t.oldtag = r->t.tag;
	if(waserror()){
		rpcput(m, f);
		return;
	}
	enqueue(m, f);
	mntsend(m, f);
	tsleep(&f->rz, rpcdone, f, Flushwait);
	poperror();
	lock(&m->l);
	if(f->done && !r->done)
		dequeue(m, r);	/* flushed: its reply will never come */
	unlock(&m->l);
	rpcput(m, f);
}

/*
 * Send r and wait for its reply: on return r->r is the reply (of the
 * right type); an Rerror, the Mnt's death or an interrupt is raised.
 * The caller frees r with rpcput, on error too.
 */
static void
mntrpc(Mnt *m, Mntrpc *r)
{
	enqueue(m, r);
	if(waserror()){
		if(strcmp(up->env->errstr, Eintr) == 0){
			up->intr = 0;
			if(!r->done)
				mntflush(m, r);
			up->intr = 0;
			error(Eintr);
		}
		nexterror();
	}
	mntsend(m, r);
	sleep(&r->rz, rpcdone, r);
	poperror();
	if(r->err != nil)
		error(r->err);
	if(r->r.type == Rerror)
		error(r->r.ename);
}

/*
 * The reader: one per Mnt, until the Mnt dies or only the reader
 * holds it. Each reply goes to the request with its tag.
 */
static void
mntreader(void *a)
{
	Mnt *m;
	Mntrpc *r;
	Fcall f;
	uchar *buf;
	uint n;
	int closing;
	char err[ERRMAX], why[ERRMAX];

	m = a;
	lock(&m->l);
	m->reader = up;
	closing = m->closing || m->ref == 1;
	m->closing = closing;
	unlock(&m->l);
	buf = nil;
	while(!closing){
		if(buf == nil)
			buf = smalloc(m->msize);
		if(waserror()){
			lock(&m->l);
			closing = m->closing;
			unlock(&m->l);
			if(closing)
				break;
			if(strcmp(up->env->errstr, Eintr) == 0)
				continue;
			snprint(why, sizeof why, "%s: %s", Emountrpc, up->env->errstr);
			mntdie(m, why);
			break;
		}
		n = styxread(m->c, buf, m->msize);
		poperror();
		if(n == 0){
			mntdie(m, Ehungup);
			break;
		}
		if(styxunpack(buf, n, &f, err, sizeof err) < 0){
			snprint(why, sizeof why, "%s: %s", Emountrpc, err);
			mntdie(m, why);
			break;
		}
		lock(&m->l);
		for(r = m->queue; r != nil; r = r->next)
			if(r->t.tag == f.tag)
				break;
		if(r == nil || (f.type != r->t.type+1 && f.type != Rerror)){
			unlock(&m->l);
			if(r == nil)
				snprint(why, sizeof why, "%s: %s with tag %d, which no request has", Emountrpc, styxtypename(f.type), f.tag);
			else
				snprint(why, sizeof why, "%s: %s in reply to %s", Emountrpc, styxtypename(f.type), styxtypename(r->t.type));
			mntdie(m, why);
			break;
		}
		dequeue(m, r);
		r->r = f;
		r->rbuf = buf;
		buf = nil;
		r->done = 1;
		if(r->abandoned){
			untag(m, r);
			freerpc(r);
		}else
			wakeup(&r->rz);
		closing = m->closing;
		unlock(&m->l);
	}
	free(buf);
	mntdie(m, Eshutdown);	/* if it still lives: abandoned requests go */
	lock(&m->l);
	m->reader = nil;
	unlock(&m->l);
	mntput(m);
}

static u32int
newfid(Mnt *m)
{
	u32int fid;

	lock(&m->l);
	fid = m->nextfid++;
	if(m->nextfid == NOFID)
		m->nextfid = 1;
	unlock(&m->l);
	return fid;
}

/* A Chan of m for the same file as c (or the root), holding a reference to m and a new fid. */
static Chan*
mntchan(Mnt *m, Chan *c)
{
	Chan *nc;

	nc = newchan();
	nc->type = mntdev;
	nc->dev = m->id;
	nc->mux = m;
	mntincref(m);
	nc->fid = newfid(m);
	nc->mchan = m->c;
	if(c != nil){
		nc->qid = c->qid;
		nc->mqid = c->mqid;
		nc->flag |= c->flag & CCACHE;
	}
	return nc;
}

/* A Chan whose fid never reached the server: it goes without a clunk. */
static void
dropchan(Chan *c)
{
	Mnt *m;

	m = c->mux;
	c->mux = nil;
	cclose(c);
	if(m != nil)
		mntput(m);
}

/* The version exchange on a new connection (styx.md §3.1, §5). */
static void
mntversion(Mnt *m)
{
	Fcall t, r;
	uchar *buf;
	uint n;
	char err[ERRMAX];

	memset(&t, 0, sizeof t);
	t.type = Tversion;
	t.tag = NOTAG;
	t.msize = MAXMSG;
	t.version = "9P2000";
	buf = smalloc(MAXMSG);
	if(waserror()){
		free(buf);
		nexterror();
	}
	n = styxpack(&t, buf, MAXMSG);
	styxwrite(m->c, buf, n);
	n = styxread(m->c, buf, MAXMSG);
	if(n == 0)
		error(Ehungup);
	if(styxunpack(buf, n, &r, err, sizeof err) < 0)
		errorf("%s: %s", Emountrpc, err);
	if(r.type == Rerror)
		error(r.ename);
	if(r.type != Rversion || r.tag != NOTAG)
		errorf("%s: %s in reply to Tversion", Emountrpc, styxtypename(r.type));
	if(r.msize > MAXMSG)
		error("server tries to increase msize in fversion");
	if(r.msize < Minmsize || r.msize > Maxmsize)
		error("nonsense value of msize in fversion");
	if(strncmp(r.version, "9P2000", 6) != 0 || (r.version[6] != 0 && r.version[6] != '.'))
		errorf("incompatible 9P versions: server speaks %q", r.version);
	m->msize = r.msize;
	poperror();
	free(buf);
}

/* c's Mnt, made (versioned, with its reader) on first use. A new reference. */
static Mnt*
mntget(Chan *c)
{
	Mnt *m;

	qlock(&mntalloc.ql);
	if(waserror()){
		qunlock(&mntalloc.ql);
		nexterror();
	}
	m = c->mux;
	if(m != nil){
		lock(&m->l);
		if(m->dead || m->closing){
			unlock(&m->l);
			error(m->dead ? m->err : Eshutdown);
		}
		m->ref++;
		unlock(&m->l);
		poperror();
		qunlock(&mntalloc.ql);
		return m;
	}
	m = smalloc(sizeof *m);
	m->ref = 1;
	lock(&mntalloc.l);
	m->id = ++mntalloc.id;
	unlock(&mntalloc.l);
	m->c = c;
	m->nextfid = 1;
	if(waserror()){
		free(m);
		nexterror();
	}
	mntversion(m);
	poperror();
	incchan(c);
	c->mux = m;
	c->flag |= CMSG;
	m->ref++;	/* the reader's */
	kproc("mntreader", mntreader, m, 0);
	poperror();
	qunlock(&mntalloc.ql);
	return m;
}

/*
 * Attach to the server on c (open for reading and writing) as the
 * current user, naming the tree spec; ac, if not nil, is an
 * authentication Chan (Sys->fauth) of the same connection. Returns
 * the root of the tree, a Chan of #M.
 */
Chan*
mntattachchan(Chan *c, Chan *ac, char *spec, int flags)
{
	Mnt *m;
	Mntrpc *volatile r;
	Chan *volatile nc;
	char *user;

	if(mntdev < 0)
		mntdev = devno('M', 0);
	if(ac != nil && (devtab[ac->type]->dc != 'M' || ac->mchan != c))
		error("authentication fid not of this connection");
	m = mntget(c);
	nc = nil;
	r = nil;
	if(waserror()){
		if(nc != nil)
			dropchan(nc);
		rpcput(m, r);
		mntput(m);
		nexterror();
	}
	nc = mntchan(m, nil);
	r = newrpc(Tattach);
	r->t.fid = nc->fid;
	r->t.afid = ac != nil ? (u32int)ac->fid : NOFID;
	user = up->env->user != nil ? up->env->user : eve;
	r->t.uname = user;
	r->t.aname = spec != nil ? spec : "";
	mntrpc(m, r);
	nc->qid = r->r.qid;
	nc->mqid = r->r.qid;
	if(flags & MCACHE)
		nc->flag |= CCACHE;
	poperror();
	rpcput(m, r);
	mntput(m);	/* nc holds its own */
	return nc;
}

static Chan*
mntattach(char *spec)
{
	USED(spec);
	error(Enoattach);
}

static Walkqid*
mntwalk(Chan *c, Chan *nc, char **name, int nname)
{
	Mnt *m;
	Mntrpc *volatile r;
	Walkqid *volatile wq;
	Chan *volatile clone;
	int i;

	m = mntof(c);
	if(nname > MAXWELEM)
		error("devmnt: too many names in one walk");
	if(c->flag & COPEN)
		error("walk of open fid");
	if(nc != nil)
		error("devmnt: walk into a given Chan");
	wq = smalloc(sizeof(Walkqid) + (nname > 1 ? nname-1 : 0)*sizeof(Qid));
	clone = nil;
	r = nil;
	if(waserror()){
		rpcput(m, r);
		if(clone != nil)
			dropchan(clone);
		free(wq);
		nexterror();
	}
	clone = mntchan(m, c);
	r = newrpc(Twalk);
	r->t.fid = c->fid;
	r->t.newfid = clone->fid;
	r->t.nwname = nname;
	for(i = 0; i < nname; i++)
		r->t.wname[i] = name[i];
	mntrpc(m, r);
	if(r->r.nwqid > nname)
		errorf("%s: Rwalk of %d qids for %d names", Emountrpc, r->r.nwqid, nname);
	if(nname > 0 && r->r.nwqid == 0)
		error(Enonexist);
	wq->nqid = r->r.nwqid;
	for(i = 0; i < wq->nqid; i++)
		wq->qid[i] = r->r.wqid[i];
	if(wq->nqid == nname){
		if(nname > 0)
			clone->qid = wq->qid[nname-1];
		wq->clone = clone;
	}else
		dropchan(clone);
	clone = nil;
	poperror();
	rpcput(m, r);
	return wq;
}

/* Set the type and device of each stat entry in buf[0..n) to #M's; they must be whole entries. */
static void
mntdirfix(Chan *c, uchar *buf, long n)
{
	long i, sz;

	for(i = 0; i < n; i += sz){
		if(n - i < BIT16SZ)
			errorf("%s: partial directory entry", Emountrpc);
		sz = BIT16SZ + (buf[i] | buf[i+1]<<8);
		if(sz > n - i || statcheck(buf+i, sz) < 0)
			errorf("%s: malformed directory entry", Emountrpc);
		buf[i+2] = devtab[c->type]->dc;
		buf[i+3] = devtab[c->type]->dc >> 8;
		buf[i+4] = c->dev;
		buf[i+5] = c->dev >> 8;
		buf[i+6] = c->dev >> 16;
		buf[i+7] = c->dev >> 24;
	}
}

static int
mntstat(Chan *c, uchar *dp, int n)
{
	Mnt *m;
	Mntrpc *volatile r;

	m = mntof(c);
	r = newrpc(Tstat);
	if(waserror()){
		rpcput(m, r);
		nexterror();
	}
	r->t.fid = c->fid;
	mntrpc(m, r);
	if(r->r.nstat > n){
		/* too small: say how big the entry is (chandirstat asks again) */
		if(n < BIT16SZ)
			error(Eshortstat);
		memmove(dp, r->r.stat, BIT16SZ);
		n = BIT16SZ;
	}else{
		n = r->r.nstat;
		memmove(dp, r->r.stat, n);
		mntdirfix(c, dp, n);
	}
	poperror();
	rpcput(m, r);
	return n;
}

static ulong
mntiounit(Mnt *m, u32int iounit)
{
	if(iounit == 0 || iounit > m->msize - IOHDRSZ)
		return m->msize - IOHDRSZ;
	return iounit;
}

/* Topen or Tcreate: c becomes open. */
static void
mntopencreate(Chan *c, int type, char *name, int omode, ulong perm)
{
	Mnt *m;
	Mntrpc *volatile r;
	int mode;

	m = mntof(c);
	mode = openmode(omode & ~(OTRUNC|ORCLOSE|OEXCL|OCEXEC));
	r = newrpc(type);
	if(waserror()){
		rpcput(m, r);
		nexterror();
	}
	r->t.fid = c->fid;
	r->t.mode = omode & (3|OTRUNC|ORCLOSE);
	r->t.name = name;
	r->t.perm = perm;
	mntrpc(m, r);
	c->qid = r->r.qid;
	c->offset = 0;
	c->mode = mode;
	c->iounit = mntiounit(m, r->r.iounit);
	c->flag |= COPEN;
	poperror();
	rpcput(m, r);
}

static Chan*
mntopen(Chan *c, int omode)
{
	mntopencreate(c, Topen, nil, omode, 0);
	return c;
}

static void
mntcreate(Chan *c, char *name, int omode, ulong perm)
{
	mntopencreate(c, Tcreate, name, omode, perm);
}

/* The clunker: a proc per Mnt while fids wait to be clunked, so that a close never blocks. */
static void
mntclunker(void *a)
{
	Mnt *m;
	Clunk *cl;
	Mntrpc *r;

	m = a;
	for(;;){
		lock(&m->l);
		cl = m->clunks;
		if(cl == nil){
			m->clunking = 0;
			unlock(&m->l);
			break;
		}
		m->clunks = cl->next;
		unlock(&m->l);
		r = newrpc(Tclunk);
		r->t.fid = cl->fid;
		if(!waserror()){
			mntrpc(m, r);
			poperror();
		}
		rpcput(m, r);
		free(cl);
		mntput(m);
	}
}

/*
 * The last reference to c: its fid is clunked, later, by the Mnt's
 * clunker, which takes c's reference to the Mnt (fids are never
 * reused, so a fid clunked late cannot be confused with a new one).
 */
static void
mntclose(Chan *c)
{
	Mnt *m;
	Clunk *cl, **l;
	int start;

	m = c->mux;
	if(m == nil)
		return;
	c->mux = nil;
	lock(&m->l);
	if(m->dead){
		unlock(&m->l);
		mntput(m);
		return;
	}
	unlock(&m->l);
	cl = smalloc(sizeof *cl);
	cl->fid = c->fid;
	lock(&m->l);
	for(l = &m->clunks; *l != nil; l = &(*l)->next)
		;
	*l = cl;
	start = !m->clunking;
	m->clunking = 1;
	unlock(&m->l);
	if(start)
		kproc("mntclunk", mntclunker, m, 0);
}

/* One Tread or Twrite of at most the iounit; the count done. */
static long
mntio1(Mnt *m, Chan *c, int type, uchar *buf, long n, vlong off)
{
	Mntrpc *volatile r;

	r = newrpc(type);
	if(waserror()){
		rpcput(m, r);
		nexterror();
	}
	r->t.fid = c->fid;
	r->t.offset = off;
	r->t.count = n;
	if(type == Twrite)
		r->t.data = buf;
	mntrpc(m, r);
	if(r->r.count > (u32int)n)
		errorf("%s: %s of %ud bytes for %ld", Emountrpc, styxtypename(r->r.type), r->r.count, n);
	n = r->r.count;
	if(type == Tread)
		memmove(buf, r->r.data, n);
	poperror();
	rpcput(m, r);
	return n;
}

static ulong
chaniounit(Mnt *m, Chan *c)
{
	return c->iounit != 0 ? c->iounit : m->msize - IOHDRSZ;
}

static long
mntread(Chan *c, void *va, long n, vlong off)
{
	Mnt *m;
	uchar *p;
	long nr, unit, tot, want;

	m = mntof(c);
	p = va;
	unit = chaniounit(m, c);
	if(c->qid.type & QTDIR){
		/* one message: whole entries only */
		if(n > unit)
			n = unit;
		nr = mntio1(m, c, Tread, p, n, off);
		mntdirfix(c, p, nr);
		return nr;
	}
	for(tot = 0; tot < n; ){
		want = n - tot;
		if(want > unit)
			want = unit;
		nr = mntio1(m, c, Tread, p+tot, want, off+tot);
		tot += nr;
		if(nr < want)
			break;
	}
	return tot;
}

static long
mntwrite(Chan *c, void *va, long n, vlong off)
{
	Mnt *m;
	uchar *p;
	long nw, unit, tot, want;

	m = mntof(c);
	p = va;
	unit = chaniounit(m, c);
	tot = 0;
	do{
		want = n - tot;
		if(want > unit)
			want = unit;
		nw = mntio1(m, c, Twrite, p+tot, want, off+tot);
		tot += nw;
		if(nw < want)
			break;
	}while(tot < n);
	return tot;
}

/* Tremove clunks the fid whatever the answer: c's reference to the Mnt goes here. */
static void
mntremove(Chan *c)
{
	Mnt *m;
	Mntrpc *volatile r;

	m = mntof(c);
	c->mux = nil;
	r = newrpc(Tremove);
	if(waserror()){
		rpcput(m, r);
		mntput(m);
		nexterror();
	}
	r->t.fid = c->fid;
	mntrpc(m, r);
	poperror();
	rpcput(m, r);
	mntput(m);
}

static int
mntwstat(Chan *c, uchar *dp, int n)
{
	Mnt *m;
	Mntrpc *volatile r;

	m = mntof(c);
	r = newrpc(Twstat);
	if(waserror()){
		rpcput(m, r);
		nexterror();
	}
	r->t.fid = c->fid;
	r->t.stat = dp;
	r->t.nstat = n;
	mntrpc(m, r);
	poperror();
	rpcput(m, r);
	return n;
}

static void
mntreset(void)
{
	mntdev = devno('M', 0);
}

Dev mntdevtab = {
	'M',
	"mnt",

	mntreset,
	devinit,
	devshutdown,
	mntattach,
	mntwalk,
	mntstat,
	mntopen,
	mntcreate,
	mntclose,
	mntread,
	devbread,
	mntwrite,
	devbwrite,
	mntremove,
	mntwstat,
};
