/*
 * #s, service directories (usually at /chan): files served by a
 * program in the kernel's care rather than by a device. Each attach
 * without a spec makes a new, empty, private directory owned by the
 * attaching user; "#sN" names instance N again. Files appear only
 * through srvcreate (what Sys->file2chan is built on): a client's read
 * or write of such a file calls the server's handler (Srvops) in the
 * client's own proc. A file goes when its server calls srvremove, or
 * when a client removes it (remove, or ORCLOSE).
 *
 * Lifetimes: a Srvfile is held by its server (from srvcreate to
 * srvremove) and by each Chan that refers to it; when the last goes,
 * the server's release handler is told that its arg is no longer used.
 * A Srvdir is held by each Chan and each Srvfile that refers to it.
 */
#include "all.h"

typedef struct Srvdir Srvdir;
typedef struct Sref Sref;

struct Srvdir {
	ulong	id;		/* instance number: Chan.dev and the attach spec */
	char	*owner;
	ulong	perm;
	int	ref;
	Srvfile	*files;		/* those in the directory, in the order made */
	Srvdir	*next;
};

struct Srvfile {
	Srvdir	*dir;
	char	*name;		/* never changes: entries made from it may outlive the lock */
	char	*owner;
	ulong	perm;		/* 0777 bits and DMEXCL */
	uvlong	path;
	ulong	mtime;
	Srvops	*ops;
	void	*arg;
	int	ref;
	int	linked;		/* in dir->files; implies !released */
	int	released;	/* the server has called srvremove */
	int	nopen;		/* open Chans, for DMEXCL */
	Srvfile	*next;
};

/* What one Chan of #s refers to (Chan.aux); its own, freed by close or remove. */
struct Sref {
	Srvdir	*d;
	Srvfile	*f;		/* nil for the directory */
	ulong	fid;		/* this open, as the server sees it */
	int	open;		/* counted in f->nopen */
};

/* One qlock guards every Srvdir and Srvfile field above, the list of instances and the counters. */
static struct {
	QLock	lk;
	Srvdir	*dirs;
	ulong	nextid;
	uvlong	nextpath;
	ulong	nextfid;
} srv;

static char*
user(void)
{
	return up->env->user != nil ? up->env->user : eve;
}

static int
isowner(char *owner)
{
	return strcmp(user(), owner) == 0 || iseve();
}

static Qid
srvqid(Srvfile *f)
{
	Qid q;

	if(f == nil)
		mkqid(&q, 0, 0, QTDIR);
	else
		mkqid(&q, f->path, 0, (f->perm & DMEXCL) ? QTEXCL : QTFILE);
	return q;
}

/* Holding srv.lk: d loses a reference; the last frees it. */
static void
putdir(Srvdir *d)
{
	Srvdir **l;

	if(--d->ref > 0)
		return;
	for(l = &srv.dirs; *l != nil; l = &(*l)->next)
		if(*l == d){
			*l = d->next;
			break;
		}
	free(d->owner);
	free(d);
}

static void
unlinkfile(Srvfile *f)
{
	Srvfile **l;

	for(l = &f->dir->files; *l != nil; l = &(*l)->next)
		if(*l == f){
			*l = f->next;
			break;
		}
	f->linked = 0;
}

/*
 * Holding srv.lk: f loses a reference. If it was the last, f is
 * returned for freefile, to be called once srv.lk is released.
 */
static Srvfile*
putfile(Srvfile *f)
{
	if(--f->ref > 0)
		return nil;
	if(f->linked || !f->released)
		panic("devsrv: last reference to %s, which its server still holds", f->name);
	putdir(f->dir);
	f->dir = nil;
	return f;
}

/* Without srv.lk: tell the server its arg is no longer used, and free f. */
static void
freefile(Srvfile *f)
{
	if(f == nil)
		return;
	if(f->ops->release != nil)
		f->ops->release(f->arg);
	free(f->name);
	free(f->owner);
	free(f);
}

static Sref*
newsref(Srvdir *d, Srvfile *f)
{
	Sref *s;

	s = smalloc(sizeof *s);
	s->d = d;
	s->f = f;
	d->ref++;
	if(f != nil)
		f->ref++;
	return s;
}

/* Holding srv.lk: drop s's references; what putfile returns. */
static Srvfile*
putsref(Sref *s)
{
	Srvfile *f;

	f = nil;
	if(s->f != nil){
		if(s->open)
			s->f->nopen--;
		f = putfile(s->f);
	}
	putdir(s->d);
	free(s);
	return f;
}

static Srvfile*
lookfile(Srvdir *d, char *name)
{
	Srvfile *f;

	for(f = d->files; f != nil; f = f->next)
		if(strcmp(f->name, name) == 0)
			return f;
	return nil;
}

/* Holding srv.lk: the Dir of the directory (f nil) or of f; its strings are d's or f's. */
static void
srvdir(Chan *c, Srvdir *d, Srvfile *f, Dir *dp)
{
	if(f == nil){
		devdir(c, srvqid(nil), "#s", 0, d->owner, d->perm, dp);
		dp->gid = d->owner;
		return;
	}
	devdir(c, srvqid(f), f->name, 0, f->owner, f->perm, dp);
	dp->gid = f->owner;
	dp->atime = dp->mtime = f->mtime;
}

static Chan*
srvattach(char *spec)
{
	Srvdir *d;
	Chan *c;
	char *e;
	ulong id;

	qlock(&srv.lk);
	if(waserror()){
		qunlock(&srv.lk);
		nexterror();
	}
	if(spec[0] == 0){
		d = smalloc(sizeof *d);
		d->id = srv.nextid++;
		d->owner = kstrdup(user());
		d->perm = DMDIR|0700;
		d->next = srv.dirs;
		srv.dirs = d;
	}else{
		id = strtoul(spec, &e, 10);
		if(*e != 0 || spec[0] < '0' || spec[0] > '9')
			error(Ebadspec);
		for(d = srv.dirs; d != nil; d = d->next)
			if(d->id == id)
				break;
		if(d == nil)
			error(Enonexist);
		if(strcmp(user(), d->owner) != 0)
			devpermcheck(d->owner, d->perm, OREAD);
	}
	c = devattach('s', spec);
	c->dev = d->id;
	c->aux = newsref(d, nil);
	poperror();
	qunlock(&srv.lk);
	return c;
}

static Walkqid*
srvwalk(Chan *c, Chan *nc, char **name, int nname)
{
	Sref *s;
	Srvfile *f;
	Walkqid *wq;
	int i;

	s = c->aux;
	wq = smalloc(sizeof(Walkqid) + (nname > 1 ? nname-1 : 0)*sizeof(Qid));
	qlock(&srv.lk);
	if(waserror()){
		qunlock(&srv.lk);
		free(wq);
		nexterror();
	}
	f = s->f;
	for(i = 0; i < nname; i++){
		if(f != nil){
			if(i == 0)
				error(Enotdir);
			break;
		}
		if(strcmp(name[i], "..") != 0 && strcmp(name[i], ".") != 0){
			f = lookfile(s->d, name[i]);
			if(f == nil){
				if(i == 0)
					error(Enonexist);
				break;
			}
		}
		wq->qid[wq->nqid++] = srvqid(f);
	}
	if(wq->nqid == nname){
		if(nc == nil)
			nc = devclone(c);
		nc->aux = newsref(s->d, f);
		nc->qid = srvqid(f);
		wq->clone = nc;
	}
	poperror();
	qunlock(&srv.lk);
	return wq;
}

static int
srvstat(Chan *c, uchar *db, int n)
{
	Sref *s;
	Dir d;

	s = c->aux;
	qlock(&srv.lk);
	srvdir(c, s->d, s->f, &d);
	n = convD2M(&d, db, n);
	qunlock(&srv.lk);
	if(n == 0)
		error(Ebadarg);
	return n;
}

static Chan*
srvopen(Chan *c, int omode)
{
	Sref *s;
	Srvfile *f;

	s = c->aux;
	qlock(&srv.lk);
	if(waserror()){
		qunlock(&srv.lk);
		nexterror();
	}
	f = s->f;
	if(f == nil){
		if((omode&3) != OREAD || (omode & ORCLOSE))
			error(Eisdir);
		devpermcheck(s->d->owner, s->d->perm, omode);
	}else{
		if(f->released)
			error(Ehungup);
		devpermcheck(f->owner, f->perm, omode);
		if((omode & ORCLOSE) && !isowner(f->owner) && !isowner(s->d->owner))
			error(Eperm);
		if((f->perm & DMEXCL) && f->nopen > 0)
			error(Einuse);
		f->nopen++;
		s->open = 1;
		s->fid = ++srv.nextfid;
	}
	c->mode = openmode(omode);
	c->flag |= COPEN;
	if(omode & ORCLOSE)
		c->flag |= CRCLOSE;
	c->offset = 0;
	poperror();
	qunlock(&srv.lk);
	return c;
}

static void
srvclose(Chan *c)
{
	Sref *s;
	Srvfile *f, *dead;
	void (*clunk)(void*, ulong);

	s = c->aux;
	if(s == nil)
		return;		/* removed */
	c->aux = nil;
	clunk = nil;
	qlock(&srv.lk);
	f = s->f;
	if(f != nil && s->open){
		if(!f->released)
			clunk = f->ops->clunk;
		if((c->flag & CRCLOSE) && f->linked)
			unlinkfile(f);
	}
	qunlock(&srv.lk);
	/* s still holds f, so its server's arg is good for the call */
	if(clunk != nil && !waserror()){
		clunk(f->arg, s->fid);
		poperror();
	}
	qlock(&srv.lk);
	dead = putsref(s);
	qunlock(&srv.lk);
	freefile(dead);
}

/* Whole entries from the c->dri-th file on; under the lock, so names stay put while packed. */
static long
srvdirread(Chan *c, uchar *buf, long n)
{
	Sref *s;
	Srvfile *f;
	Dir d;
	long m, sz;
	int i;

	s = c->aux;
	m = 0;
	qlock(&srv.lk);
	for(i = 0, f = s->d->files; f != nil; f = f->next, i++){
		if(i < c->dri)
			continue;
		srvdir(c, s->d, f, &d);
		sz = convD2M(&d, buf+m, n-m);
		if(sz <= BIT16SZ)
			break;
		m += sz;
		c->dri++;
	}
	qunlock(&srv.lk);
	if(m == 0 && f != nil)
		error(Eshort);
	return m;
}

static long
srvread(Chan *c, void *va, long n, vlong off)
{
	Sref *s;
	Srvfile *f;

	s = c->aux;
	f = s->f;
	if(f == nil)
		return srvdirread(c, va, n);
	if(f->released)
		error(Ehungup);
	if(f->ops->read == nil)
		error(Eperm);
	return f->ops->read(f->arg, s->fid, va, n, off);
}

static long
srvwrite(Chan *c, void *va, long n, vlong off)
{
	Sref *s;
	Srvfile *f;

	s = c->aux;
	f = s->f;
	if(f == nil)
		error(Eisdir);
	if(f->released)
		error(Ehungup);
	if(f->ops->write == nil)
		error(Eperm);
	return f->ops->write(f->arg, s->fid, va, n, off);
}

/* A client removes a file: it leaves the directory; its server and open Chans carry on. */
static void
srvchanremove(Chan *c)
{
	Sref *s;
	Srvfile *dead;

	s = c->aux;
	if(s == nil)
		error(Enonexist);
	c->aux = nil;		/* remove ends the Chan's use, whatever happens */
	qlock(&srv.lk);
	if(waserror()){
		dead = putsref(s);
		qunlock(&srv.lk);
		freefile(dead);
		nexterror();
	}
	if(s->f == nil)
		error(Eperm);
	if(!s->f->linked)
		error(Enonexist);
	if(!isowner(s->f->owner) && !isowner(s->d->owner))
		error(Eperm);
	unlinkfile(s->f);
	poperror();
	dead = putsref(s);
	qunlock(&srv.lk);
	freefile(dead);
}

/* A 32-bit field of a wstat that asks for no change. */
static int
untouched(ulong v)
{
	return (u32int)v == (u32int)~0;
}

/*
 * The owner may change the mode (permission bits, and DMEXCL for a
 * file); nothing else can change, though a wstat may repeat what is.
 */
static int
srvwstat(Chan *c, uchar *db, int n)
{
	Sref *s;
	Dir d;
	char *strs, *owner, *name;
	ulong *perm, dirbit;

	s = c->aux;
	strs = smalloc(n);
	qlock(&srv.lk);
	if(waserror()){
		qunlock(&srv.lk);
		free(strs);
		nexterror();
	}
	if(convM2D(db, n, &d, strs) == 0)
		error(Ebadstat);
	if(s->f == nil){
		owner = s->d->owner;
		name = "#s";
		perm = &s->d->perm;
		dirbit = DMDIR;
	}else{
		if(s->f->released)
			error(Ehungup);
		owner = s->f->owner;
		name = s->f->name;
		perm = &s->f->perm;
		dirbit = 0;
	}
	if(!isowner(owner))
		error(Eperm);
	if(d.name != nil && d.name[0] != 0 && strcmp(d.name, name) != 0)
		error(Eperm);
	if((d.uid != nil && d.uid[0] != 0 && strcmp(d.uid, owner) != 0)
	|| (d.gid != nil && d.gid[0] != 0 && strcmp(d.gid, owner) != 0))
		error(Eperm);
	if(d.length != ~0LL && d.length != 0)
		error(Eperm);
	if(!untouched(d.mode)){
		if((d.mode & DMDIR) != dirbit)
			error(Eperm);
		*perm = dirbit | (d.mode & 0777);
		if(dirbit == 0)
			*perm |= d.mode & DMEXCL;
	}
	poperror();
	qunlock(&srv.lk);
	free(strs);
	return n;
}

/*
 * Make the file name, with permissions perm (0777 bits and DMEXCL), in
 * the #s directory reached by the path dir, served by ops with arg.
 * The caller is its server until it calls srvremove.
 */
Srvfile*
srvcreate(char *dir, char *name, ulong perm, Srvops *ops, void *arg)
{
	Chan *c;
	Sref *s;
	Srvfile *f, **l;

	if(name[0] == 0)
		error(Efilename);
	validname(name, 0);
	c = namec(dir, Aaccess, 0, 0);
	qlock(&srv.lk);
	if(waserror()){
		qunlock(&srv.lk);
		cclose(c);
		nexterror();
	}
	if(devtab[c->type]->dc != 's' || !(c->qid.type & QTDIR))
		error(Enotsrv);
	s = c->aux;
	if(strcmp(user(), s->d->owner) != 0)
		devpermcheck(s->d->owner, s->d->perm, OWRITE);
	if(lookfile(s->d, name) != nil)
		error(Eexist);
	f = smalloc(sizeof *f);
	f->dir = s->d;
	f->dir->ref++;
	f->name = kstrdup(name);
	f->owner = kstrdup(user());
	f->perm = perm & (0777|DMEXCL);
	f->path = ++srv.nextpath;
	f->mtime = seconds();
	f->ops = ops;
	f->arg = arg;
	f->ref = 1;
	for(l = &s->d->files; *l != nil; l = &(*l)->next)
		;
	*l = f;
	f->linked = 1;
	poperror();
	qunlock(&srv.lk);
	cclose(c);
	return f;
}

/*
 * The server lets go of f: it leaves its directory (if still there),
 * and Chans that have it open get "i/o on hungup channel" from now
 * on. Handler calls already under way are the server's to end; its
 * arg must stay good until the release handler is called.
 */
void
srvremove(Srvfile *f)
{
	Srvfile *dead;

	qlock(&srv.lk);
	if(f->released){
		qunlock(&srv.lk);
		panic("srvremove: %s released twice", f->name);
	}
	f->released = 1;
	if(f->linked)
		unlinkfile(f);
	dead = putfile(f);
	qunlock(&srv.lk);
	freefile(dead);
}

Dev srvdevtab = {
	's',
	"srv",

	devreset,
	devinit,
	devshutdown,
	srvattach,
	srvwalk,
	srvstat,
	srvopen,
	devcreate,
	srvclose,
	srvread,
	devbread,
	srvwrite,
	devbwrite,
	srvchanremove,
	srvwstat,
};
