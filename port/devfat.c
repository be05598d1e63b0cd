/*
 * #F, fat: FAT12/16/32 volumes (fat.c) on any file of sectors: a
 * disk partition of #S, or on the host a disk image through #U.
 * "#F" holds ctl, where volumes are opened, closed and synced; each
 * open volume NAME is the tree of "#FNAME". Not a cache: every change
 * is written through to the disk in a crash-safe order (fat.h).
 *
 *	open NAME FILE [ro]	serve the FAT volume in FILE as #FNAME
 *	close NAME		sync it and let it go (no file of it may be in use)
 *	sync [NAME]		write the free count and flush the disk(s)
 *
 * Reading ctl gives a line per volume. Each volume has its own qlock,
 * held across every operation on it; fatl guards the list.
 */
#include "all.h"
#include "fat.h"

typedef struct Fvol Fvol;
typedef struct Fchan Fchan;

struct Fvol {
	QLock	lk;		/* every operation on v */
	char	*name;
	char	*path;		/* the disk, as opened */
	Chan	*disk;
	Fatvol	*v;
	char	*owner;
	uint	id;		/* Chan.dev of its files */
	int	ref;		/* Chans of its tree; guarded by fatl.lk */
	Fvol	*next;
};

/* Chan.aux of a volume's Chans. */
struct Fchan {
	Fvol	*fv;
	Fatfile	*f;
	ulong	slot;		/* directory reads: the next slot */
	vlong	doff;		/* and the offset it answers */
};

enum {
	Qtop = 0,		/* #F's own files, at dev 0 */
	Qctl,
	Topbit = 1ULL<<62,	/* on the qid paths of #F's own files */
	Ctlmax = 8192,		/* what ctl reads at most */
};

static struct {
	QLock	lk;
	Fvol	*vols;
	uint	nextid;
} fatl;

static char Enovol[] = "fat: no such volume";

static Fvol*
findvol(char *name)
{
	Fvol *fv;

	for(fv = fatl.vols; fv != nil; fv = fv->next)
		if(strcmp(fv->name, name) == 0)
			return fv;
	return nil;
}

/* The disk's side of fat.c: whole transfers or an error. */
static void
fatdiskio(Fatvol *v, int write, void *buf, long n, uvlong off)
{
	Fvol *fv;
	Chan *c;
	uchar *p;
	long r;

	fv = v->aux;
	c = fv->disk;
	p = buf;
	while(n > 0){
		if(write)
			r = devtab[c->type]->write(c, p, n, off);
		else
			r = devtab[c->type]->read(c, p, n, off);
		if(r <= 0)
			errorf("fat: %s: short %s at %llud", fv->path, write ? "write" : "read", off);
		p += r;
		off += r;
		n -= r;
	}
}

/* Writes to reach the disk together: given to #S at once, or else one by one. */
static void
fatdiskwritev(Fatvol *v, Sdseg *seg, int n)
{
	Fvol *fv;
	int i;

	fv = v->aux;
	if(sdwritev(fv->disk, seg, n))
		return;
	for(i = 0; i < n; i++)
		fatdiskio(v, 1, seg[i].buf, seg[i].n, seg[i].off);
}

/* A wstat that changes nothing asks the disk to make what it holds stable (9P's sync). */
static void
fatdiskflush(Fatvol *v)
{
	Fvol *fv;
	Chan *c;
	uchar buf[STATFIXLEN];
	Dir d;
	uint n;

	fv = v->aux;
	c = fv->disk;
	nulldir(&d);
	n = convD2M(&d, buf, sizeof buf);
	if(!waserror()){
		devtab[c->type]->wstat(c, buf, n);
		poperror();
	}
}

static void
fatopenvol(char *name, char *path, int rdonly)
{
	Fvol *fv;
	Chan *c;
	Dir *d;
	uvlong size;

	if(name[0] == 0 || strchr(name, '/') != nil || strlen(name) >= KNAMELEN)
		errorf("fat: bad volume name '%s'", name);
	if(findvol(name) != nil)
		errorf("fat: volume %s already open", name);
	c = namec(path, Aopen, rdonly ? OREAD : ORDWR, 0);
	fv = smalloc(sizeof *fv);
	if(waserror()){
		cclose(c);
		free(fv->name);
		free(fv->path);
		free(fv->owner);
		free(fv);
		nexterror();
	}
	fv->disk = c;
	fv->name = kstrdup(name);
	fv->path = kstrdup(path);
	fv->owner = kstrdup(up->env->user != nil ? up->env->user : eve);
	d = chandirstat(c);
	if(d == nil)
		error("fat: cannot stat the disk");
	size = d->length;
	free(d);
	if(size == 0)
		errorf("fat: %s is empty", path);
	fv->v = fatmount(fatdiskio, fatdiskflush, fv, size, rdonly);
	fv->v->writev = fatdiskwritev;
	poperror();
	fv->id = ++fatl.nextid;
	fv->next = fatl.vols;
	fatl.vols = fv;
}

static void
fatclosevol(Fvol *fv)
{
	Fvol **l;

	if(fv->ref > 0)
		errorf("fat: volume %s in use", fv->name);
	for(l = &fatl.vols; *l != nil; l = &(*l)->next)
		if(*l == fv){
			*l = fv->next;
			break;
		}
	qlock(&fv->lk);
	if(waserror()){
		/* the volume is gone either way: what could not be written is lost */
		qunlock(&fv->lk);
		cclose(fv->disk);
		free(fv->name);
		free(fv->path);
		free(fv->owner);
		free(fv);
		nexterror();
	}
	fatunmount(fv->v);
	poperror();
	qunlock(&fv->lk);
	cclose(fv->disk);
	free(fv->name);
	free(fv->path);
	free(fv->owner);
	free(fv);
}

static void
fatsyncvol(Fvol *fv)
{
	qlock(&fv->lk);
	if(waserror()){
		qunlock(&fv->lk);
		nexterror();
	}
	fatsync(fv->v);
	poperror();
	qunlock(&fv->lk);
}

static void
fatshutdown(void)
{
	Fvol *fv;

	qlock(&fatl.lk);
	for(fv = fatl.vols; fv != nil; fv = fv->next)
		if(!waserror()){
			fatsyncvol(fv);
			poperror();
		}
	qunlock(&fatl.lk);
}

static Chan*
fatattach(char *spec)
{
	Fvol *fv;
	Fchan *fc;
	Chan *c;

	if(spec[0] == 0){
		c = devattach('F', spec);
		mkqid(&c->qid, Topbit|Qtop, 0, QTDIR);
		return c;
	}
	qlock(&fatl.lk);
	fv = findvol(spec);
	if(fv == nil){
		qunlock(&fatl.lk);
		error(Enovol);
	}
	fc = smalloc(sizeof *fc);
	fc->fv = fv;
	fc->f = fv->v->root;
	fv->ref++;
	qlock(&fv->lk);
	fatincref(fc->f);
	qunlock(&fv->lk);
	qunlock(&fatl.lk);
	c = devattach('F', spec);
	c->dev = fv->id;
	c->aux = fc;
	mkqid(&c->qid, 0, 0, QTDIR);
	return c;
}

static Qid
fatqid(Fatfile *f)
{
	Fatinfo fi;
	Qid q;

	fatstat(f, &fi);
	mkqid(&q, fi.qpath, 0, fi.isdir ? QTDIR : QTFILE);
	return q;
}

static int
topgen(Chan *c, char *name, Dirtab *tab, int ntab, int i, Dir *d)
{
	Qid q;

	USED(name, tab, ntab);
	if(i == DEVDOTDOT){
		mkqid(&q, Topbit|Qtop, 0, QTDIR);
		devdir(c, q, "#F", 0, eve, DMDIR|0555, d);
		return 1;
	}
	if(i != 0)
		return -1;
	mkqid(&q, Topbit|Qctl, 0, QTFILE);
	devdir(c, q, "ctl", 0, eve, 0664, d);
	return 1;
}

static Walkqid*
fatwalkc(Chan *c, Chan *nc, char **name, int nname)
{
	Fchan *fc, *nfc;
	Fvol *fv;
	Fatfile *f, *g;
	Walkqid *wq;
	volatile int i;

	if(c->aux == nil)
		return devwalk(c, nc, name, nname, nil, 0, topgen);
	fc = c->aux;
	fv = fc->fv;
	wq = smalloc(sizeof(Walkqid) + (nname > 1 ? nname-1 : 0)*sizeof(Qid));
	qlock(&fv->lk);
	f = fc->f;
	fatincref(f);
	if(waserror()){
		fatput(f);
		qunlock(&fv->lk);
		free(wq);
		nexterror();
	}
	for(i = 0; i < nname; i++){
		if(!f->isdir){
			if(i == 0)
				error(Enotdir);
			break;
		}
		g = fatwalk(f, name[i]);
		if(g == nil){
			if(i == 0)
				error(Enonexist);
			break;
		}
		fatput(f);
		f = g;
		wq->qid[wq->nqid++] = fatqid(f);
	}
	poperror();
	if(wq->nqid == nname){
		if(nc == nil)
			nc = devclone(c);
		nfc = smalloc(sizeof *nfc);
		nfc->fv = fv;
		nfc->f = f;
		nc->aux = nfc;
		nc->qid = nname > 0 ? wq->qid[nname-1] : c->qid;
		wq->clone = nc;
		qunlock(&fv->lk);
		qlock(&fatl.lk);
		fv->ref++;
		qunlock(&fatl.lk);
	}else{
		fatput(f);
		qunlock(&fv->lk);
	}
	return wq;
}

static void
fatdir(Chan *c, Fvol *fv, Fatinfo *fi, Dir *d)
{
	Qid q;
	ulong mode;

	mkqid(&q, fi->qpath, 0, fi->isdir ? QTDIR : QTFILE);
	if(fi->isdir)
		mode = DMDIR | (fv->v->rdonly ? 0555 : 0777);
	else
		mode = fi->rdonly || fv->v->rdonly ? 0444 : 0666;
	devdir(c, q, fi->qpath == 0 ? fv->name : fi->name, fi->length, fv->owner, mode, d);
	d->atime = fi->atime;
	d->mtime = fi->mtime;
}

static int
fatstatc(Chan *c, uchar *db, int n)
{
	Fchan *fc;
	Fatinfo fi;
	Dir d;

	if(c->aux == nil)
		return devstat(c, db, n, nil, 0, topgen);
	fc = c->aux;
	qlock(&fc->fv->lk);
	fatstat(fc->f, &fi);
	fatdir(c, fc->fv, &fi, &d);
	n = convD2M(&d, db, n);
	qunlock(&fc->fv->lk);
	if(n <= BIT16SZ)
		error(Eshortstat);
	return n;
}

static Chan*
fatopen(Chan *c, int omode)
{
	Fchan *fc;
	Fatinfo fi;
	Fvol *fv;

	if(c->aux == nil)
		return devopen(c, omode, nil, 0, topgen);
	fc = c->aux;
	fv = fc->fv;
	qlock(&fv->lk);
	if(waserror()){
		qunlock(&fv->lk);
		nexterror();
	}
	fatstat(fc->f, &fi);
	if(fi.isdir){
		if((omode&3) != OREAD || (omode & (OTRUNC|ORCLOSE)))
			error(Eisdir);
	}else{
		if((omode&3) != OREAD && (fi.rdonly || fv->v->rdonly))
			error(Eperm);
		if((omode & OTRUNC) && (fv->v->rdonly || fi.rdonly))
			error(Eperm);
	}
	if(fc->f->removed)
		error(Enonexist);
	if(omode & OTRUNC)
		fattrunc(fc->f, 0);
	poperror();
	qunlock(&fv->lk);
	c->mode = openmode(omode & ~OTRUNC);
	c->flag |= COPEN;
	if(omode & ORCLOSE)
		c->flag |= CRCLOSE;
	c->offset = 0;
	return c;
}

static void
fatcreatec(Chan *c, char *name, int omode, ulong perm)
{
	Fchan *fc;
	Fvol *fv;
	Fatfile *f;

	if(c->aux == nil)
		error(Eperm);
	validname(name, 0);
	fc = c->aux;
	fv = fc->fv;
	if((perm & DMDIR) && ((omode&3) != OREAD || (omode & OTRUNC)))
		error(Eperm);
	qlock(&fv->lk);
	if(waserror()){
		qunlock(&fv->lk);
		nexterror();
	}
	f = fatcreate(fc->f, name, (perm & DMDIR) != 0);
	if(!(perm & DMDIR) && !(perm & 0222) && !waserror()){
		fatsetattr(f, 1, ~0UL);
		poperror();
	}
	fatput(fc->f);
	fc->f = f;
	c->qid = fatqid(f);
	poperror();
	qunlock(&fv->lk);
	c->mode = openmode(omode & ~OTRUNC);
	c->flag |= COPEN;
	if(omode & ORCLOSE)
		c->flag |= CRCLOSE;
	c->offset = 0;
}

static void
fatclosec(Chan *c)
{
	Fchan *fc;
	Fvol *fv;

	fc = c->aux;
	if(fc == nil)
		return;
	c->aux = nil;
	fv = fc->fv;
	qlock(&fv->lk);
	if(fc->f->dirty && !waserror()){
		fatflushfile(fc->f);
		poperror();
	}
	if((c->flag & (COPEN|CRCLOSE)) == (COPEN|CRCLOSE) && !fc->f->removed && !waserror()){
		fatremove(fc->f);
		poperror();
	}
	fatput(fc->f);
	qunlock(&fv->lk);
	free(fc);
	qlock(&fatl.lk);
	fv->ref--;
	qunlock(&fatl.lk);
}

static long
ctlread(char *buf, long n, vlong off)
{
	Fvol *fv;
	Fatvol *v;
	char *s, *p, *e;
	long r;

	s = smalloc(Ctlmax);
	p = s;
	e = s + Ctlmax;
	qlock(&fatl.lk);
	for(fv = fatl.vols; fv != nil; fv = fv->next){
		v = fv->v;
		p = seprint(p, e, "%s %s fat%d %s cluster %lud clusters %lud free %lud lost %lud\n",
			fv->name, fv->path, v->type, v->rdonly ? "ro" : "rw",
			v->clsize, v->nclust, fatfreeclusters(v), v->lost);
	}
	qunlock(&fatl.lk);
	r = readstr(off, buf, n, s);
	free(s);
	return r;
}

static long
fatdirreadc(Chan *c, Fchan *fc, uchar *buf, long n, vlong off)
{
	Fatinfo fi;
	Dir d;
	char name[Fatnamelen*3+1];
	ulong prev;
	long m, sz;

	if(off == 0 || off != fc->doff){
		fc->slot = 0;
		fc->doff = 0;
	}
	m = 0;
	for(;;){
		prev = fc->slot;
		if(!fatdirread(fc->f, &fc->slot, &fi, name, sizeof name))
			break;
		fatdir(c, fc->fv, &fi, &d);
		sz = convD2M(&d, buf+m, n-m);
		if(sz <= BIT16SZ){
			fc->slot = prev;
			if(m == 0)
				error(Eshort);
			break;
		}
		m += sz;
	}
	fc->doff = off + m;
	return m;
}

static long
fatreadc(Chan *c, void *buf, long n, vlong off)
{
	Fchan *fc;
	Fvol *fv;

	if(off < 0)
		error(Enegoff);
	if(c->aux == nil){
		if(c->qid.type & QTDIR)
			return devdirread(c, buf, n, nil, 0, topgen);
		return ctlread(buf, n, off);
	}
	fc = c->aux;
	fv = fc->fv;
	qlock(&fv->lk);
	if(waserror()){
		qunlock(&fv->lk);
		nexterror();
	}
	if(fc->f->isdir)
		n = fatdirreadc(c, fc, buf, n, off);
	else
		n = fatread(fc->f, buf, n, off);
	poperror();
	qunlock(&fv->lk);
	return n;
}

enum {
	CMopen,
	CMclose,
	CMsync,
};

static Cmdtab fatcmds[] = {
	{ CMopen,	"open",	0 },
	{ CMclose,	"close",	2 },
	{ CMsync,	"sync",	0 },
};

static long
ctlwrite(char *buf, long n)
{
	Cmdbuf *cb;
	Cmdtab *ct;
	Fvol *fv;

	cb = parsecmd(buf, n);
	qlock(&fatl.lk);
	if(waserror()){
		qunlock(&fatl.lk);
		free(cb);
		nexterror();
	}
	ct = lookupcmd(cb, fatcmds, nelem(fatcmds));
	switch(ct->index){
	case CMopen:
		if(cb->nf == 3)
			fatopenvol(cb->f[1], cb->f[2], 0);
		else if(cb->nf == 4 && strcmp(cb->f[3], "ro") == 0)
			fatopenvol(cb->f[1], cb->f[2], 1);
		else
			cmderror(cb, "usage: open name file [ro]");
		break;
	case CMclose:
		fv = findvol(cb->f[1]);
		if(fv == nil)
			error(Enovol);
		fatclosevol(fv);
		break;
	case CMsync:
		if(cb->nf > 2)
			cmderror(cb, "usage: sync [name]");
		if(cb->nf == 2){
			fv = findvol(cb->f[1]);
			if(fv == nil)
				error(Enovol);
			fatsyncvol(fv);
		}else
			for(fv = fatl.vols; fv != nil; fv = fv->next)
				fatsyncvol(fv);
		break;
	}
	poperror();
	qunlock(&fatl.lk);
	free(cb);
	return n;
}

static long
fatwritec(Chan *c, void *buf, long n, vlong off)
{
	Fchan *fc;
	Fvol *fv;

	if(off < 0)
		error(Enegoff);
	if(c->aux == nil){
		if(c->qid.type & QTDIR)
			error(Eisdir);
		return ctlwrite(buf, n);
	}
	fc = c->aux;
	fv = fc->fv;
	qlock(&fv->lk);
	if(waserror()){
		qunlock(&fv->lk);
		nexterror();
	}
	n = fatwrite(fc->f, buf, n, off);
	poperror();
	qunlock(&fv->lk);
	return n;
}

static void
fatremovec(Chan *c)
{
	Fchan *fc;
	Fvol *fv;

	fc = c->aux;
	if(fc == nil)
		error(Eperm);
	fv = fc->fv;
	qlock(&fv->lk);
	if(waserror()){
		qunlock(&fv->lk);
		fatclosec(c);
		nexterror();
	}
	fatremove(fc->f);
	poperror();
	qunlock(&fv->lk);
	fatclosec(c);
}

static int
untouched(ulong v)
{
	return (u32int)v == (u32int)~0;
}

/*
 * wstat: name (a rename in the directory), length, the write bits of
 * the mode (FAT's read-only attribute) and mtime. FAT keeps no
 * owners: uid and gid are ignored. A wstat that changes nothing
 * syncs the volume.
 */
static int
fatwstatc(Chan *c, uchar *db, int n)
{
	Fchan *fc;
	Fvol *fv;
	Fatinfo fi;
	Dir d;
	char *strs;
	int any;

	if(c->aux == nil)
		error(Eperm);
	fc = c->aux;
	fv = fc->fv;
	strs = smalloc(n);
	qlock(&fv->lk);
	if(waserror()){
		qunlock(&fv->lk);
		free(strs);
		nexterror();
	}
	if(convM2D(db, n, &d, strs) == 0)
		error(Ebadstat);
	fatstat(fc->f, &fi);
	if(fc->f->removed)
		error(Enonexist);
	any = 0;
	if(d.name != nil && d.name[0] != 0 && strcmp(d.name, fi.name) != 0){
		if(fi.qpath == 0)
			error(Eperm);
		validname(d.name, 0);
		any = 1;
	}else
		d.name = nil;
	if(d.length != ~0LL && (uvlong)d.length != fi.length){
		if(fi.isdir)
			error(Eisdir);
		if(d.length < 0)
			error(Ebadarg);
		any = 1;
	}else
		d.length = ~0LL;
	if(!untouched(d.mode)){
		if(((d.mode & DMDIR) != 0) != fi.isdir)
			error(Eperm);
		any = 1;
	}
	if(!untouched(d.mtime))
		any = 1;
	if(!any && untouched(d.atime) && d.uid[0] == 0 && d.gid[0] == 0 && d.muid[0] == 0)
		fatsync(fv->v);
	if(fv->v->rdonly && any)
		error(Eperm);
	if(d.length != ~0LL)
		fattrunc(fc->f, d.length);
	if(d.name != nil)
		fatrename(fc->f, d.name);
	if(!untouched(d.mode) || !untouched(d.mtime))
		fatsetattr(fc->f, !untouched(d.mode) ? (d.mode & 0222) == 0 : fi.rdonly,
			untouched(d.mtime) ? ~0UL : d.mtime);
	c->qid = fatqid(fc->f);
	poperror();
	qunlock(&fv->lk);
	free(strs);
	return n;
}

Dev fatdevtab = {
	'F',
	"fat",

	devreset,
	devinit,
	fatshutdown,
	fatattach,
	fatwalkc,
	fatstatc,
	fatopen,
	fatcreatec,
	fatclosec,
	fatreadc,
	devbread,
	fatwritec,
	devbwrite,
	fatremovec,
	fatwstatc,
};
