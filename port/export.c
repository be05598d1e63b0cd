/*
 * The export service (Sys->export, styx.md §7): a Styx server in the
 * kernel for a copy of the caller's name space below a directory,
 * over any connection. One service proc reads the requests; Tversion
 * and Tflush it answers itself, the rest go to a pool of worker procs
 * so that a request that blocks (a read of a pipe, a mount's server)
 * holds up no other. Each fid is a Chan of the exported name space.
 * A malformed message ends that connection and nothing else.
 */
#include "all.h"

typedef struct Exp Exp;
typedef struct Fid Fid;
typedef struct Req Req;
typedef struct Worker Worker;
typedef struct Qmap Qmap;

enum {
	EXPWAIT = 0,
	EXPASYNC = 1,

	Maxmsize = 65536+IOHDRSZ,
	Minmsize = 64,
	Nfidhash = 64,
	Nqidhash = 256,
	Maxworkers = 32,
};

/*
 * A fid: its Chan (walked, not crossed into what is mounted on it; or,
 * once open, the open Chan). ref counts the table's hold and each
 * request at work on it; the last closes c. Guarded by Exp.l, but for
 * diroff, which dirlk guards.
 */
struct Fid {
	Fid	*next;
	u32int	fid;
	Chan	*c;
	int	open;
	int	mode;		/* OREAD, OWRITE or ORDWR once open */
	int	ref;
	QLock	dirlk;		/* one directory read at a time */
	vlong	diroff;		/* where the next directory read must start (or 0) */
};

/* A request: waiting in Exp.work, then at work (Exp.busy) in worker's hands. */
struct Req {
	Req	*next;
	Fcall	t;
	uchar	*buf;		/* what t was unpacked from */
	Worker	*worker;
	int	flushed;	/* no reply may be sent */
};

struct Worker {
	Worker	*next;		/* idle list */
	Exp	*e;
	Proc	*p;
	Req	*req;		/* given by the service */
	Rendez	r;
};

/* Exported qid paths, made unique across devices (styx.md §7). */
struct Qmap {
	Qmap	*next;		/* by (type, dev, path) */
	Qmap	*enext;		/* by epath */
	int	type;
	uint	dev;
	uvlong	path;
	uvlong	epath;
};

/*
 * One export. l guards fids, work, busy, idle, nworker, done,
 * finished, service, stop and ref; wl is held while a reply is
 * decided and written (so a flush and the reply it cancels stay in
 * order); ql guards the qid maps.
 */
struct Exp {
	Lock	l;
	int	ref;		/* the service proc, and an EXPWAIT caller */
	Chan	*io;
	Chan	*root;
	Pgrp	*pgrp;		/* the copy of the name space */
	Egrp	*egrp;
	u32int	msize;
	int	versioned;
	Fid	*fids[Nfidhash];
	Req	*work;
	Req	*busy;
	Worker	*idle;
	int	nworker;
	int	done;		/* the connection is over: workers leave */
	int	finished;	/* all cleaned up: an EXPWAIT caller may go */
	int	stop;		/* the caller asks the service to end */
	Proc	*service;
	Rendez	finr;		/* the EXPWAIT caller waits here */
	Rendez	workr;		/* the service waits here for the workers to go */
	QLock	wl;
	QLock	ql;
	Qmap	*qhash[Nqidhash];
	Qmap	*ehash[Nqidhash];
	ushort	gen;
};

static void
expput(Exp *e)
{
	int r;

	lock(&e->l);
	r = --e->ref;
	unlock(&e->l);
	if(r == 0)
		free(e);
}

/* The exported qid for q of the file (type, dev). */
static Qid
mapqid(Exp *e, int type, uint dev, Qid q)
{
	Qmap *m;
	uint h, eh;
	uvlong ep;

	h = (q.path ^ type ^ dev) % Nqidhash;
	qlock(&e->ql);
	for(m = e->qhash[h]; m != nil; m = m->next)
		if(m->path == q.path && m->type == type && m->dev == dev){
			q.path = m->epath;
			qunlock(&e->ql);
			return q;
		}
	ep = q.path;
	for(;;){
		eh = ep % Nqidhash;
		for(m = e->ehash[eh]; m != nil; m = m->enext)
			if(m->epath == ep)
				break;
		if(m == nil)
			break;
		ep = ((uvlong)++e->gen << 48) | (q.path & 0xFFFFFFFFFFFFULL);
	}
	m = malloc(sizeof *m);
	if(m == nil){
		qunlock(&e->ql);
		return q;
	}
	m->type = type;
	m->dev = dev;
	m->path = q.path;
	m->epath = ep;
	m->next = e->qhash[h];
	e->qhash[h] = m;
	m->enext = e->ehash[eh];
	e->ehash[eh] = m;
	qunlock(&e->ql);
	q.path = ep;
	return q;
}

static Qid
chanqid(Exp *e, Chan *c)
{
	Qid q;

	q = c->qid;
	q.type &= ~QTMOUNT;
	return mapqid(e, devtab[c->type]->dc, c->dev, q);
}

/* Rewrite the qid path of each stat entry in buf[0..n) (whole entries, as devices give them). */
static void
mapstats(Exp *e, uchar *buf, long n)
{
	long i, sz;
	Qid q;
	uchar *p;
	int type;
	uint dev;

	for(i = 0; i + BIT16SZ <= n; i += sz){
		p = buf + i;
		sz = BIT16SZ + (p[0] | p[1]<<8);
		if(sz < STATFIXLEN || sz > n - i)
			break;
		type = p[2] | p[3]<<8;
		dev = p[4] | p[5]<<8 | p[6]<<16 | (uint)p[7]<<24;
		q.type = p[8] & ~QTMOUNT;
		q.vers = 0;
		q.path = (uvlong)p[13] | (uvlong)p[14]<<8 | (uvlong)p[15]<<16 | (uvlong)p[16]<<24
			| (uvlong)p[17]<<32 | (uvlong)p[18]<<40 | (uvlong)p[19]<<48 | (uvlong)p[20]<<56;
		q = mapqid(e, type, dev, q);
		p[8] = q.type;
		p[13] = q.path;
		p[14] = q.path>>8;
		p[15] = q.path>>16;
		p[16] = q.path>>24;
		p[17] = q.path>>32;
		p[18] = q.path>>40;
		p[19] = q.path>>48;
		p[20] = q.path>>56;
	}
}

/* Fids */

static Fid*
fidlook(Exp *e, u32int fid)
{
	Fid *f;

	for(f = e->fids[fid % Nfidhash]; f != nil; f = f->next)
		if(f->fid == fid)
			return f;
	return nil;
}

/* A reference to fid, for a request's use. */
static Fid*
getfid(Exp *e, u32int fid)
{
	Fid *f;

	lock(&e->l);
	f = fidlook(e, fid);
	if(f == nil){
		unlock(&e->l);
		error("no such fid");
	}
	f->ref++;
	unlock(&e->l);
	return f;
}

static void
putfid(Exp *e, Fid *f)
{
	int r;

	if(f == nil)
		return;
	lock(&e->l);
	r = --f->ref;
	unlock(&e->l);
	if(r > 0)
		return;
	cclose(f->c);
	free(f);
}

/* f's Chan, a new reference. */
static Chan*
fidchan(Exp *e, Fid *f)
{
	Chan *c;

	lock(&e->l);
	c = f->c;
	incchan(c);
	unlock(&e->l);
	return c;
}

/* A new fid for c (which it takes); error if fid is in use. */
static void
newfid(Exp *e, u32int fid, Chan *c)
{
	Fid *f;

	f = smalloc(sizeof *f);
	f->fid = fid;
	f->c = c;
	f->ref = 1;
	lock(&e->l);
	if(fid == NOFID || fidlook(e, fid) != nil){
		unlock(&e->l);
		free(f);
		cclose(c);
		error("fid in use");
	}
	f->next = e->fids[fid % Nfidhash];
	e->fids[fid % Nfidhash] = f;
	unlock(&e->l);
}

/* Take fid out of the table; the caller has its reference then. */
static Fid*
delfid(Exp *e, u32int fid)
{
	Fid *f, **l;

	lock(&e->l);
	for(l = &e->fids[fid % Nfidhash]; (f = *l) != nil; l = &f->next)
		if(f->fid == fid){
			*l = f->next;
			break;
		}
	unlock(&e->l);
	if(f == nil)
		error("no such fid");
	return f;
}

/* f now refers to c (which it takes), opened or not. */
static void
setfid(Exp *e, Fid *f, Chan *c, int open, int mode)
{
	Chan *old;

	lock(&e->l);
	old = f->c;
	f->c = c;
	f->open = open;
	f->mode = mode;
	unlock(&e->l);
	cclose(old);
}

static void
clunkall(Exp *e)
{
	Fid *f, *next;
	int i;

	for(i = 0; i < Nfidhash; i++){
		lock(&e->l);
		f = e->fids[i];
		e->fids[i] = nil;
		unlock(&e->l);
		for(; f != nil; f = next){
			next = f->next;
			putfid(e, f);
		}
	}
}

/*
 * What c names once mounts are crossed, as a Chan of its own with
 * c's name: the first member of a union (*mh its Mhead, if mh is not
 * nil), or a copy of c. Consumes nothing.
 */
static Chan*
crossed(Chan *c, Mhead **mh)
{
	Chan *nc;

	nc = nil;
	if(findmount(&nc, mh, c->type, c->dev, c->qid)){
		nc = cunique(nc);
		cnameclose(nc->name);
		nc->name = c->name;
		if(c->name != nil)
			incref(&c->name->r);
		return nc;
	}
	incchan(c);
	return c;
}

/*
 * What a request on a fid acts on, from c (consumed): an open fid's
 * Chan itself; otherwise the Chan a mount on it leads to, as a walk
 * would have crossed it.
 */
static Chan*
fidtarget(Chan *c, int open)
{
	Chan *x;

	if(open)
		return c;
	if(waserror()){
		cclose(c);
		nexterror();
	}
	x = crossed(c, nil);
	poperror();
	cclose(c);
	return x;
}

static int
isroot(Exp *e, Chan *c)
{
	return eqchan(c, e->root, 1);
}

/* Requests: each fills r (the reply) or raises an error. */

static void
rwalk(Exp *e, Fcall *t, Fcall *r)
{
	Fid *volatile f;
	Chan *volatile c;
	Chan *x;
	char *name;
	int i;

	f = getfid(e, t->fid);
	c = nil;
	if(waserror()){
		cclose(c);
		putfid(e, f);
		nexterror();
	}
	if(f->open)
		error("walk of open fid");
	c = fidchan(e, f);
	for(i = 0; i < t->nwname; i++){
		name = t->wname[i];
		if(strcmp(name, "..") == 0 && isroot(e, c)){
			x = crossed(c, nil);
			r->wqid[i] = chanqid(e, x);
			cclose(x);
			continue;
		}
		if(strcmp(name, "..") != 0)
			validname(name, 0);
		if(walk((Chan**)&c, &name, 1, 0, nil) < 0){
			if(i == 0)
				error(up->env->errstr);
			break;
		}
		x = crossed(c, nil);
		r->wqid[i] = chanqid(e, x);
		cclose(x);
	}
	r->nwqid = i;
	x = c;
	c = nil;	/* x is given away below: the error path must not close it too */
	if(i == t->nwname){
		if(t->newfid == t->fid)
			setfid(e, f, x, 0, 0);
		else
			newfid(e, t->newfid, x);
	}else
		cclose(x);
	poperror();
	putfid(e, f);
}

static int
openok(int mode)
{
	return (mode & ~(3|OTRUNC|ORCLOSE)) == 0;
}

static ulong
iounit(Exp *e, Chan *c)
{
	if(c->iounit == 0 || c->iounit > e->msize - IOHDRSZ)
		return 0;
	return c->iounit;
}

static void
ropen(Exp *e, Fcall *t, Fcall *r)
{
	Fid *volatile f;
	Chan *volatile c;
	Mhead *volatile mh;
	Chan *c0;
	int mode;

	f = getfid(e, t->fid);
	c = nil;
	mh = nil;
	if(waserror()){
		cclose(c);
		putmhead(mh);
		putfid(e, f);
		nexterror();
	}
	if(f->open)
		error("file already open");
	if(!openok(t->mode))
		error("open/create -- unknown mode");
	mode = openmode(t->mode & ~(OTRUNC|ORCLOSE));
	c0 = fidchan(e, f);
	if(waserror()){
		cclose(c0);
		nexterror();
	}
	c = crossed(c0, (Mhead**)&mh);
	poperror();
	cclose(c0);
	c = cunique(c);
	if((t->mode & 3) == OEXEC && (c->qid.type & QTDIR))
		error("cannot exec directory");
	c = devtab[c->type]->open(c, t->mode);
	if(t->mode & ORCLOSE)
		c->flag |= CRCLOSE;
	if(mh != nil && (c->qid.type & QTDIR)){
		c->umh = mh;
		c->umc = nil;
		c->uri = 0;
		mh = nil;
	}
	putmhead(mh);
	mh = nil;
	r->qid = chanqid(e, c);
	r->iounit = iounit(e, c);
	f->diroff = 0;
	setfid(e, f, c, 1, mode);
	c = nil;
	poperror();
	putfid(e, f);
}

static void
rcreate(Exp *e, Fcall *t, Fcall *r)
{
	Fid *volatile f;
	Chan *volatile c;
	Mhead *volatile mh;
	Chan *c0;
	Cname *cn;
	int mode;

	f = getfid(e, t->fid);
	c = nil;
	mh = nil;
	if(waserror()){
		cclose(c);
		putmhead(mh);
		putfid(e, f);
		nexterror();
	}
	if(f->open)
		error("file already open");
	if(!openok(t->mode))
		error("open/create -- unknown mode");
	mode = openmode(t->mode & ~(OTRUNC|ORCLOSE));
	validname(t->name, 0);
	c0 = fidchan(e, f);
	if(waserror()){
		cclose(c0);
		nexterror();
	}
	c = crossed(c0, (Mhead**)&mh);
	poperror();
	cclose(c0);
	if(!(c->qid.type & QTDIR))
		error(Enotdir);
	c0 = createdir(c, mh);
	cn = c->name;
	if(cn != nil)
		incref(&cn->r);
	cclose(c);
	c = cunique(c0);
	putmhead(mh);
	mh = nil;
	if(waserror()){
		cnameclose(cn);
		nexterror();
	}
	devtab[c->type]->create(c, t->name, t->mode, t->perm);
	poperror();
	if(cn == nil)
		cn = newcname("?");
	cn = addelem(cn, t->name);
	cnameclose(c->name);
	c->name = cn;
	if(t->mode & ORCLOSE)
		c->flag |= CRCLOSE;
	r->qid = chanqid(e, c);
	r->iounit = iounit(e, c);
	f->diroff = 0;
	setfid(e, f, c, 1, mode);
	c = nil;
	poperror();
	putfid(e, f);
}

/* Restart reading the directory c from its beginning. */
static void
dirrewind(Chan *c)
{
	c->offset = 0;
	c->dri = 0;
	c->devoffset = 0;
	if(c->umh != nil)
		unionrewind(c);
}

static void
rread(Exp *e, Fcall *t, Fcall *r, uchar *buf)
{
	Fid *volatile f;
	Chan *volatile c;
	long n;

	f = getfid(e, t->fid);
	c = nil;
	if(waserror()){
		cclose(c);
		putfid(e, f);
		nexterror();
	}
	if(!f->open || (f->mode != OREAD && f->mode != ORDWR))
		error("read/write -- not open in suitable mode");
	if(t->count > e->msize - IOHDRSZ)
		error("read/write -- count too big");
	if(t->offset < 0)
		error(Enegoff);
	c = fidchan(e, f);
	if(c->qid.type & QTDIR){
		qlock(&f->dirlk);
		if(waserror()){
			qunlock(&f->dirlk);
			nexterror();
		}
		if(t->offset == 0)
			dirrewind(c);
		else if(t->offset != f->diroff)
			error("can't seek on a directory");
		if(c->umh != nil)
			n = unionread(c, buf, t->count);
		else
			n = devtab[c->type]->read(c, buf, t->count, c->offset);
		c->offset += n;
		f->diroff = t->offset + n;
		poperror();
		qunlock(&f->dirlk);
		mapstats(e, buf, n);
	}else
		n = devtab[c->type]->read(c, buf, t->count, t->offset);
	r->count = n;
	r->data = buf;
	poperror();
	cclose(c);
	putfid(e, f);
}

static void
rwrite(Exp *e, Fcall *t, Fcall *r)
{
	Fid *volatile f;
	Chan *volatile c;

	f = getfid(e, t->fid);
	c = nil;
	if(waserror()){
		cclose(c);
		putfid(e, f);
		nexterror();
	}
	if(!f->open || (f->mode != OWRITE && f->mode != ORDWR))
		error("read/write -- not open in suitable mode");
	if(t->count > e->msize - IOHDRSZ)
		error("read/write -- count too big");
	if(t->offset < 0)
		error(Enegoff);
	c = fidchan(e, f);
	if(c->qid.type & QTDIR)
		error(Eisdir);
	r->count = devtab[c->type]->write(c, t->data, t->count, t->offset);
	poperror();
	cclose(c);
	putfid(e, f);
}

static void
rclunk(Exp *e, Fcall *t)
{
	putfid(e, delfid(e, t->fid));
}

/* Tremove: the fid goes whatever happens. */
static void
rremove(Exp *e, Fcall *t)
{
	Fid *volatile f;
	Chan *volatile c;
	Chan *c0;

	f = delfid(e, t->fid);
	/* the fid's Chan is this request's now */
	lock(&e->l);
	c0 = f->c;
	f->c = nil;
	unlock(&e->l);
	c = nil;
	if(waserror()){
		if(c != nil && c->ref == 1)
			c->type = 0;	/* the device may have let it go */
		cclose(c);
		putfid(e, f);
		nexterror();
	}
	c = fidtarget(c0, f->open);
	if(!f->open)
		c = cunique(c);
	devtab[c->type]->remove(c);
	/* as kremove: a removed Chan is closed as the root's, unless a request still holds it */
	if(c->ref == 1)
		c->type = 0;
	poperror();
	cclose(c);
	putfid(e, f);
}

static void
rstat(Exp *e, Fcall *t, Fcall *r, uchar *buf)
{
	Fid *volatile f;
	Chan *volatile c;
	int n;

	f = getfid(e, t->fid);
	c = nil;
	if(waserror()){
		cclose(c);
		putfid(e, f);
		nexterror();
	}
	c = fidtarget(fidchan(e, f), f->open);
	n = devtab[c->type]->stat(c, buf, e->msize - IOHDRSZ);
	if(n < BIT16SZ || statcheck(buf, n) < 0)
		error(Eshortstat);
	mapstats(e, buf, n);
	r->stat = buf;
	r->nstat = n;
	poperror();
	cclose(c);
	putfid(e, f);
}

static void
rwstat(Exp *e, Fcall *t)
{
	Fid *volatile f;
	Chan *volatile c;

	f = getfid(e, t->fid);
	c = nil;
	if(waserror()){
		cclose(c);
		putfid(e, f);
		nexterror();
	}
	c = fidtarget(fidchan(e, f), f->open);
	devtab[c->type]->wstat(c, t->stat, t->nstat);
	poperror();
	cclose(c);
	putfid(e, f);
}

static void
rattach(Exp *e, Fcall *t, Fcall *r)
{
	Chan *c;

	c = crossed(e->root, nil);
	r->qid = chanqid(e, c);
	cclose(c);
	incchan(e->root);
	newfid(e, t->fid, e->root);
}

/*
 * Write the reply r to req (unless it has been flushed), then let req
 * go. An Rerror too long for msize is cut short.
 */
static void
reply(Exp *e, Req *req, Fcall *r)
{
	Req **l;
	uchar *buf;
	uint n;
	int flushed;
	char *ename;

	r->tag = req->t.tag;
	if(r->type == Rerror && strlen(r->ename) > e->msize - STYXHDRSZ - BIT16SZ){
		ename = r->ename;
		ename[e->msize - STYXHDRSZ - BIT16SZ] = 0;
	}
	n = styxsize(r);
	buf = nil;
	if(n != 0 && n <= e->msize)
		buf = malloc(n);
	if(buf != nil)
		styxpack(r, buf, n);
	qlock(&e->wl);
	lock(&e->l);
	for(l = &e->busy; *l != nil; l = &(*l)->next)
		if(*l == req){
			*l = req->next;
			break;
		}
	flushed = req->flushed;
	unlock(&e->l);
	if(!flushed && buf != nil && !waserror()){
		styxwrite(e->io, buf, n);
		poperror();
	}
	qunlock(&e->wl);
	free(buf);
	free(req->buf);
	free(req);
}

/* Serve req in a worker, and reply. */
static void
serve(Exp *e, Req *req)
{
	Fcall *t, r;
	uchar *volatile data;
	char ename[ERRMAX];

	t = &req->t;
	memset(&r, 0, sizeof r);
	r.type = t->type+1;
	data = nil;
	if(waserror()){
		strecpy(ename, ename+sizeof ename, up->env->errstr);
		memset(&r, 0, sizeof r);
		r.type = Rerror;
		r.ename = ename;
		reply(e, req, &r);
		free(data);
		return;
	}
	switch(t->type){
	case Tauth:
		error("authentication not required");
	case Tattach:
		rattach(e, t, &r);
		break;
	case Twalk:
		rwalk(e, t, &r);
		break;
	case Topen:
		ropen(e, t, &r);
		break;
	case Tcreate:
		rcreate(e, t, &r);
		break;
	case Tread:
		if(t->count > e->msize - IOHDRSZ)
			error("read/write -- count too big");
		data = smalloc(t->count > 0 ? t->count : 1);
		rread(e, t, &r, data);
		break;
	case Twrite:
		rwrite(e, t, &r);
		break;
	case Tclunk:
		rclunk(e, t);
		break;
	case Tremove:
		rremove(e, t);
		break;
	case Tstat:
		data = smalloc(e->msize);
		rstat(e, t, &r, data);
		break;
	case Twstat:
		rwstat(e, t);
		break;
	default:
		errorf("unexpected %s", styxtypename(t->type));
	}
	poperror();
	reply(e, req, &r);
	free(data);
}

static int
haswork(void *a)
{
	Worker *w;

	w = a;
	return w->req != nil || w->e->done;
}

/* A worker: takes requests from the queue, or waits idle for one. */
static void
exportworker(void *a)
{
	Worker *w;
	Exp *e;
	Req *req;

	w = a;
	e = w->e;
	w->p = up;
	for(;;){
		lock(&e->l);
		req = w->req;
		w->req = nil;
		if(req == nil && e->work != nil){
			req = e->work;
			e->work = req->next;
		}
		if(req == nil){
			if(e->done)
				break;
			w->next = e->idle;
			e->idle = w;
			unlock(&e->l);
			while(waserror())
				;
			sleep(&w->r, haswork, w);
			poperror();
			continue;
		}
		req->worker = w;
		req->next = e->busy;
		e->busy = req;
		up->intr = 0;
		unlock(&e->l);
		serve(e, req);
	}
	/* e->l held */
	e->nworker--;
	unlock(&e->l);
	wakeup(&e->workr);
	free(w);
}

/* Hand req to an idle worker, or queue it (starting a worker if there are few). */
static void
dispatch(Exp *e, Req *req)
{
	Worker *w;
	Req **l;
	int start;

	lock(&e->l);
	w = e->idle;
	if(w != nil){
		e->idle = w->next;
		w->req = req;
		unlock(&e->l);
		wakeup(&w->r);
		return;
	}
	for(l = &e->work; *l != nil; l = &(*l)->next)
		;
	req->next = nil;
	*l = req;
	start = e->nworker < Maxworkers;
	if(start)
		e->nworker++;
	unlock(&e->l);
	if(start){
		w = smalloc(sizeof *w);
		w->e = e;
		kproc("exportwork", exportworker, w, KPDUPPG|KPDUPENVG);
	}
}

/* Holding e->l: every request at work is flushed, every waiting one dropped. */
static Req*
abortall(Exp *e)
{
	Req *req, *dead;

	for(req = e->busy; req != nil; req = req->next){
		req->flushed = 1;
		if(req->worker != nil && req->worker->p != nil)
			swiproc(req->worker->p, 0);
	}
	dead = e->work;
	e->work = nil;
	return dead;
}

static void
freereqs(Req *req)
{
	Req *next;

	for(; req != nil; req = next){
		next = req->next;
		free(req->buf);
		free(req);
	}
}

/* Write a reply from the service proc itself. */
static void
sreply(Exp *e, Fcall *r)
{
	uchar *buf;
	uint n;

	n = styxsize(r);
	if(n == 0 || n > e->msize)
		return;
	buf = smalloc(n);
	styxpack(r, buf, n);
	qlock(&e->wl);
	if(!waserror()){
		styxwrite(e->io, buf, n);
		poperror();
	}
	qunlock(&e->wl);
	free(buf);
}

/* not inlined: its Fcall would add to exportproc's frame on a small kernel stack */
static void __attribute__((noinline))
rversion(Exp *e, Fcall *t)
{
	Fcall r;
	Req *dead;
	char *v, *dot, vers[32];
	int n;

	memset(&r, 0, sizeof r);
	r.tag = t->tag;
	if(t->msize < Minmsize){
		r.type = Rerror;
		r.ename = "message size too small";
		sreply(e, &r);
		return;
	}
	lock(&e->l);
	dead = abortall(e);
	unlock(&e->l);
	freereqs(dead);
	clunkall(e);
	/* the client's version, cut at '.', must be 9P2000 or later */
	v = t->version;
	dot = strchr(v, '.');
	n = dot != nil ? dot - v : (int)strlen(v);
	if(n >= (int)sizeof vers)
		n = sizeof vers - 1;
	memmove(vers, v, n);
	vers[n] = 0;
	r.type = Rversion;
	r.msize = t->msize < Maxmsize ? t->msize : Maxmsize;
	if(strncmp(vers, "9P", 2) == 0 && strcmp(vers, "9P2000") >= 0){
		r.version = "9P2000";
		e->msize = r.msize;
		e->versioned = 1;
	}else{
		r.version = "unknown";
		e->versioned = 0;
	}
	sreply(e, &r);
}

/* not inlined: its Fcall would add to exportproc's frame on a small kernel stack */
static void __attribute__((noinline))
rflush(Exp *e, Fcall *t)
{
	Fcall r;
	Req *req, **l;

	memset(&r, 0, sizeof r);
	r.type = Rflush;
	r.tag = t->tag;
	qlock(&e->wl);
	lock(&e->l);
	for(req = e->busy; req != nil; req = req->next)
		if(req->t.tag == t->oldtag && !req->flushed){
			req->flushed = 1;
			if(req->worker != nil && req->worker->p != nil)
				swiproc(req->worker->p, 0);
			break;
		}
	for(l = &e->work; (req = *l) != nil; l = &req->next)
		if(req->t.tag == t->oldtag){
			*l = req->next;
			break;
		}
	unlock(&e->l);
	qunlock(&e->wl);
	if(req != nil){
		free(req->buf);
		free(req);
	}
	sreply(e, &r);
}

static int
noworkers(void *a)
{
	return ((Exp*)a)->nworker == 0;
}

/* The service: reads requests until the connection ends, then cleans up. */
static void
exportproc(void *a)
{
	Exp *e;
	Req *req, *dead;
	Worker *w;
	uchar *buf;
	uint n, nbuf;
	Fcall r;
	char err[ERRMAX];

	e = a;
	/* the copy of the name space and environment is this proc's, and its workers' */
	closepgrp(up->env->pgrp);
	up->env->pgrp = e->pgrp;
	e->pgrp = nil;
	closeegrp(up->env->egrp);
	up->env->egrp = e->egrp;
	e->egrp = nil;
	lock(&e->l);
	e->service = up;
	unlock(&e->l);
	buf = nil;
	nbuf = 0;
	while(!e->stop){
		if(buf == nil || nbuf != (e->versioned ? e->msize : MAXMSG)){
			free(buf);
			nbuf = e->versioned ? e->msize : MAXMSG;
			buf = smalloc(nbuf);
		}
		if(waserror()){
			if(strcmp(up->env->errstr, Eintr) == 0 && !e->stop)
				continue;
			break;
		}
		n = styxread(e->io, buf, nbuf);
		poperror();
		if(n == 0)
			break;
		req = smalloc(sizeof *req);
		req->buf = buf;
		buf = nil;
		if(styxunpack(req->buf, n, &req->t, err, sizeof err) < 0){
			free(req->buf);
			free(req);
			break;
		}
		switch(req->t.type){
		case Tversion:
			rversion(e, &req->t);
			break;
		case Tflush:
			if(e->versioned)
				rflush(e, &req->t);
			break;
		default:
			if(!e->versioned || (req->t.type & 1) != 0){
				memset(&r, 0, sizeof r);
				r.type = Rerror;
				r.tag = req->t.tag;
				r.ename = e->versioned ? "unexpected reply message" : "Tversion not seen";
				sreply(e, &r);
				break;
			}
			dispatch(e, req);
			req = nil;
		}
		if(req != nil){
			free(req->buf);
			free(req);
		}
	}
	free(buf);

	/* the end: flush everything, wait for the workers, release the fids */
	lock(&e->l);
	e->done = 1;
	dead = abortall(e);
	for(w = e->idle; w != nil; w = w->next)
		wakeup(&w->r);
	e->idle = nil;
	unlock(&e->l);
	freereqs(dead);
	while(waserror())
		;
	sleep(&e->workr, noworkers, e);
	poperror();
	clunkall(e);
	cclose(e->root);
	e->root = nil;
	cclose(e->io);
	e->io = nil;
	for(n = 0; n < Nqidhash; n++)
		while(e->qhash[n] != nil){
			Qmap *m = e->qhash[n];
			e->qhash[n] = m->next;
			free(m);
		}
	lock(&e->l);
	e->finished = 1;
	e->service = nil;
	unlock(&e->l);
	wakeup(&e->finr);
	expput(e);
}

static int
finished(void *a)
{
	return ((Exp*)a)->finished;
}

/*
 * Serve the name space below dir on the connection fd (styx.md §7).
 * EXPASYNC: return at once; else return when the connection ends
 * (or the caller is interrupted, which ends it too).
 */
int
kexport(int fd, char *dir, int flag)
{
	Exp *volatile e;
	Chan *volatile io, *volatile root;
	Proc *p;

	e = nil;
	io = nil;
	root = nil;
	if(waserror()){
		cclose(io);
		cclose(root);
		if(e != nil){
			closepgrp(e->pgrp);
			closeegrp(e->egrp);
			free(e);
		}
		return -1;
	}
	if(flag != EXPWAIT && flag != EXPASYNC)
		error(Ebadarg);
	io = fdtochan(fd, ORDWR, 1, 1);
	root = namec(dir, Atodir, 0, 0);
	e = smalloc(sizeof *e);
	e->pgrp = forkpgrp(up->env->pgrp);
	e->egrp = dupegrp(up->env->egrp);
	e->io = io;
	e->root = root;
	e->msize = MAXMSG;
	e->ref = flag == EXPASYNC ? 1 : 2;
	poperror();
	kproc("export", exportproc, e, 0);
	if(flag == EXPASYNC)
		return 0;
	if(waserror()){
		/* interrupted: end the service; it cleans up */
		lock(&e->l);
		e->stop = 1;
		p = e->service;
		if(p != nil)
			swiproc(p, 0);
		unlock(&e->l);
		expput(e);
		return -1;
	}
	sleep(&e->finr, finished, e);
	poperror();
	expput(e);
	return 0;
}
