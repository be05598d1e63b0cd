/*
 * Pipes: #| makes a new pipe at each attach, a directory holding
 * data and data1; what is written to one is read from the other.
 * Each direction is a queue, so write boundaries up to a block are
 * kept and writers wait when 32 KiB are waiting to be read.
 */
#include "all.h"

enum {
	Qdir,
	Qdata0,
	Qdata1,

	Pipeqsize = 32*1024,	/* bytes a direction holds before writers wait */
	Qshift = 5,		/* qid path = pipe number << Qshift | file */
};

#define PIPEFILE(c)	((int)((c)->qid.path & ((1<<Qshift)-1)))

/*
 * q[0] is written at data1 and read at data; q[1] the other way.
 * ref counts the Chans that point at the pipe, opened or not;
 * qref[i] counts the opens of data (0) and data1 (1). The pipe is
 * freed with its last Chan. All guarded by l.
 */
typedef struct Pipe Pipe;
struct Pipe {
	QLock	l;
	int	ref;
	int	qref[2];
	Queue	*q[2];
	ulong	path;		/* this pipe's number */
	char	*user;		/* who attached: owner of its files */
};

static struct {
	Lock	l;
	ulong	path;
} pipealloc;

static char *pipename[] = { "#|", "data", "data1" };

static void
freepipe(Pipe *p)
{
	qfree(p->q[0]);
	qfree(p->q[1]);
	free(p->user);
	free(p);
}

static int
pipegen(Chan *c, char *name, Dirtab *tab, int ntab, int i, Dir *dp)
{
	Pipe *p;
	Qid q;
	int f;
	vlong len;

	p = c->aux;
	if(i == DEVDOTDOT){
		mkqid(&q, p->path<<Qshift | Qdir, 0, QTDIR);
		devdir(c, q, pipename[Qdir], 0, p->user, DMDIR|0555, dp);
		return 1;
	}
	if(i < 0 || i > 1)
		return -1;
	f = Qdata0 + i;
	mkqid(&q, p->path<<Qshift | f, 0, QTFILE);
	len = qlen(p->q[i]);	/* data reads q[0], data1 reads q[1] */
	devdir(c, q, pipename[f], len, p->user, 0660, dp);
	return 1;
}

static Chan*
pipeattach(char *spec)
{
	Pipe *p;
	Chan *c;

	p = mallocz(sizeof(Pipe), 1);
	if(p == nil)
		error(Enomem);
	p->q[0] = qopen(Pipeqsize, 0, nil, nil);
	p->q[1] = qopen(Pipeqsize, 0, nil, nil);
	if(p->q[0] == nil || p->q[1] == nil){
		qfree(p->q[0]);
		qfree(p->q[1]);
		free(p);
		error(Enomem);
	}
	p->user = kstrdup(up->env->user != nil ? up->env->user : eve);
	p->ref = 1;
	lock(&pipealloc.l);
	p->path = ++pipealloc.path;
	unlock(&pipealloc.l);
	if(waserror()){
		freepipe(p);
		nexterror();
	}
	c = devattach('|', spec);
	poperror();
	c->aux = p;
	mkqid(&c->qid, p->path<<Qshift | Qdir, 0, QTDIR);
	return c;
}

/* Every Chan the walk makes holds a reference on the pipe. */
static Walkqid*
pipewalk(Chan *c, Chan *nc, char **name, int nname)
{
	Walkqid *wq;
	Pipe *p;

	p = c->aux;
	wq = devwalk(c, nc, name, nname, nil, 0, pipegen);
	if(wq != nil && wq->clone != nil && wq->clone != c){
		wq->clone->aux = p;
		qlock(&p->l);
		p->ref++;
		qunlock(&p->l);
	}
	return wq;
}

static int
pipestat(Chan *c, uchar *db, int n)
{
	return devstat(c, db, n, nil, 0, pipegen);
}

static Chan*
pipeopen(Chan *c, int omode)
{
	Pipe *p;

	if(c->qid.type & QTDIR){
		if(omode != OREAD)
			error(Eperm);
		c->mode = omode;
		c->flag |= COPEN;
		c->offset = 0;
		return c;
	}
	p = c->aux;
	qlock(&p->l);
	switch(PIPEFILE(c)){
	case Qdata0:
		p->qref[0]++;
		break;
	case Qdata1:
		p->qref[1]++;
		break;
	}
	qunlock(&p->l);
	c->mode = openmode(omode);
	c->flag |= COPEN;
	c->offset = 0;
	c->iounit = BLOCKMAX;
	return c;
}

/*
 * When one end's last open closes, nobody reads what the other end
 * writes (q closed: its writes fail, data discarded) and nobody
 * writes what it reads (q hung up: it reads the rest, then EOF).
 */
static void
pipeclose(Chan *c)
{
	Pipe *p;
	int last;

	p = c->aux;
	if(p == nil)
		return;
	qlock(&p->l);
	if(c->flag & COPEN){
		switch(PIPEFILE(c)){
		case Qdata0:
			if(--p->qref[0] == 0){
				qhangup(p->q[1], nil);
				qclose(p->q[0]);
			}
			break;
		case Qdata1:
			if(--p->qref[1] == 0){
				qhangup(p->q[0], nil);
				qclose(p->q[1]);
			}
			break;
		}
	}
	last = --p->ref == 0;
	qunlock(&p->l);
	if(last)
		freepipe(p);
}

static long
piperead(Chan *c, void *va, long n, vlong offset)
{
	Pipe *p;

	p = c->aux;
	switch(PIPEFILE(c)){
	case Qdir:
		return devdirread(c, va, n, nil, 0, pipegen);
	case Qdata0:
		return qread(p->q[0], va, n);
	case Qdata1:
		return qread(p->q[1], va, n);
	}
	error(Egreg);
	return -1;
}

static Block*
pipebread(Chan *c, long n, ulong offset)
{
	Pipe *p;

	p = c->aux;
	switch(PIPEFILE(c)){
	case Qdata0:
		return qbread(p->q[0], n);
	case Qdata1:
		return qbread(p->q[1], n);
	}
	return devbread(c, n, offset);
}

/* The queue a write at c goes to. */
static Queue*
pipewq(Chan *c)
{
	Pipe *p;

	p = c->aux;
	switch(PIPEFILE(c)){
	case Qdata0:
		return p->q[1];
	case Qdata1:
		return p->q[0];
	}
	error(Eperm);
	return nil;
}

/* A write to a pipe whose reader has gone raises Eclosedpipe, whatever the queue says. */
static long
pipewrite(Chan *c, void *va, long n, vlong offset)
{
	Queue *q;

	q = pipewq(c);
	if(qisclosed(q))
		error(Eclosedpipe);
	if(waserror()){
		if(qisclosed(q))
			error(Eclosedpipe);
		nexterror();
	}
	n = qwrite(q, va, n);
	poperror();
	return n;
}

static long
pipebwrite(Chan *c, Block *b, ulong offset)
{
	Queue *q;
	long n;

	if(waserror()){
		freeb(b);
		nexterror();
	}
	q = pipewq(c);
	if(qisclosed(q))
		error(Eclosedpipe);
	poperror();
	if(waserror()){
		if(qisclosed(q))
			error(Eclosedpipe);
		nexterror();
	}
	n = qbwrite(q, b);	/* consumes b, even on error */
	poperror();
	return n;
}

Dev pipedevtab = {
	'|',
	"pipe",

	devreset,
	devinit,
	devshutdown,
	pipeattach,
	pipewalk,
	pipestat,
	pipeopen,
	devcreate,
	pipeclose,
	piperead,
	pipebread,
	pipewrite,
	pipebwrite,
	devremove,
	devwstat,
};
