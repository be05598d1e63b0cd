/*
 * #R, ramfs: file trees in memory, for a writable /tmp on machines
 * without a disk. "#R" and "#Rname" name instances, made by the first
 * attach and kept until the kernel stops, so that every bind of the
 * same name shows the same files. Directories, files, create, remove,
 * rename and the other wstats, with the permission checks of kernel
 * devices (devpermcheck). File data lives in the main pool in blocks
 * of Blksize; the whole of ramfs may hold at most a sixteenth of the
 * allocators' memory (conf.ialloc), after which writes fail with
 * "file system full".
 *
 * Lifetimes: a Ramf is held by each Chan that refers to it (Chan.aux),
 * by its directory while it is in one, and by each of its children
 * (their parent pointer, which ".." follows even after a remove). The
 * last reference frees it. One qlock guards every instance.
 */
#include "all.h"

typedef struct Ramfs Ramfs;
typedef struct Ramf Ramf;

enum {
	Blksize = 4096,
};

struct Ramf {
	Ramfs	*fs;
	char	*name;
	char	*uid;
	char	*gid;
	char	*muid;
	ulong	perm;		/* DMDIR, DMAPPEND, DMEXCL and the 0777 bits */
	Qid	qid;
	ulong	atime;
	ulong	mtime;
	vlong	length;
	uchar	**blk;		/* the data: nblk blocks, nil for a hole that reads as zeros */
	int	nblk;
	Ramf	*parent;	/* counted; the root is its own parent, uncounted */
	Ramf	*child;		/* a directory's entries, newest first */
	Ramf	*next;
	int	linked;		/* in parent's entries (the root: always) */
	int	nopen;		/* open Chans, for DMEXCL */
	int	ref;
};

struct Ramfs {
	char	*spec;
	uint	id;		/* Chan.dev */
	Ramf	*root;
	uvlong	nextpath;
	Ramfs	*next;
};

static struct {
	QLock	lk;
	Ramfs	*fs;
	uint	nextid;
	vlong	used;		/* bytes in data blocks, all instances */
} ram;

static char Enotempty[] = "directory not empty";

static char*
user(void)
{
	return up->env->user != nil ? up->env->user : eve;
}

static int
isowner(Ramf *f)
{
	return strcmp(user(), f->uid) == 0 || iseve();
}

/* The most bytes of file data all instances together may hold. */
static vlong
ramlimit(void)
{
	vlong lim;

	lim = conf.ialloc / 16;
	if(lim < 1024*1024)
		lim = 1024*1024;
	return lim;
}

static void
freedata(Ramf *f, int from)
{
	int i;

	for(i = from; i < f->nblk; i++)
		if(f->blk[i] != nil){
			free(f->blk[i]);
			f->blk[i] = nil;
			ram.used -= Blksize;
		}
}

/* Holding ram.lk: f loses a reference; the last frees it, and lets go of its parent. */
static void
putf(Ramf *f)
{
	Ramf *p;

	while(f != nil && --f->ref == 0){
		if(f->linked || f->child != nil)
			panic("devramfs: last reference to %s, still in use", f->name);
		p = f->parent != f ? f->parent : nil;
		freedata(f, 0);
		free(f->blk);
		free(f->name);
		free(f->uid);
		free(f->gid);
		free(f->muid);
		free(f);
		f = p;
	}
}

static Ramf*
newf(Ramfs *fs, Ramf *parent, char *name, ulong perm)
{
	Ramf *f;

	f = smalloc(sizeof *f);
	f->fs = fs;
	f->name = kstrdup(name);
	f->uid = kstrdup(user());
	f->gid = kstrdup(parent != nil ? parent->gid : user());
	f->muid = kstrdup(user());
	f->perm = perm;
	mkqid(&f->qid, fs->nextpath++, 0, QTFILE);
	if(perm & DMDIR)
		f->qid.type = QTDIR;
	if(perm & DMAPPEND)
		f->qid.type |= QTAPPEND;
	if(perm & DMEXCL)
		f->qid.type |= QTEXCL;
	f->atime = f->mtime = seconds();
	f->ref = 1;
	if(parent == nil)
		f->parent = f;
	else{
		f->parent = parent;
		parent->ref++;
	}
	return f;
}

static Ramf*
lookf(Ramf *d, char *name)
{
	Ramf *f;

	for(f = d->child; f != nil; f = f->next)
		if(strcmp(f->name, name) == 0)
			return f;
	return nil;
}

static void
unlinkf(Ramf *f)
{
	Ramf **l;

	for(l = &f->parent->child; *l != nil; l = &(*l)->next)
		if(*l == f){
			*l = f->next;
			break;
		}
	f->next = nil;
	f->linked = 0;
}

static void
ramdir(Chan *c, Ramf *f, Dir *d)
{
	devdir(c, f->qid, f->parent == f ? "#R" : f->name, (f->perm & DMDIR) ? 0 : f->length, f->uid, f->perm, d);
	d->gid = f->gid;
	d->muid = f->muid;
	d->atime = f->atime;
	d->mtime = f->mtime;
}

static Chan*
ramattach(char *spec)
{
	Ramfs *fs;
	Chan *c;

	qlock(&ram.lk);
	for(fs = ram.fs; fs != nil; fs = fs->next)
		if(strcmp(fs->spec, spec) == 0)
			break;
	if(fs == nil){
		fs = smalloc(sizeof *fs);
		fs->spec = kstrdup(spec);
		fs->id = ram.nextid++;
		fs->root = newf(fs, nil, "/", DMDIR|0777);
		fs->root->linked = 1;
		fs->next = ram.fs;
		ram.fs = fs;
	}
	c = devattach('R', spec);
	c->dev = fs->id;
	c->qid = fs->root->qid;
	c->aux = fs->root;
	fs->root->ref++;
	qunlock(&ram.lk);
	return c;
}

static Walkqid*
ramwalk(Chan *c, Chan *nc, char **name, int nname)
{
	Ramf *f, *g;
	Walkqid *wq;
	int i;

	wq = smalloc(sizeof(Walkqid) + (nname > 1 ? nname-1 : 0)*sizeof(Qid));
	qlock(&ram.lk);
	if(waserror()){
		qunlock(&ram.lk);
		free(wq);
		nexterror();
	}
	f = c->aux;
	for(i = 0; i < nname; i++){
		if(!(f->perm & DMDIR)){
			if(i == 0)
				error(Enotdir);
			break;
		}
		if(strcmp(name[i], "..") == 0)
			g = f->parent;
		else if(strcmp(name[i], ".") == 0)
			g = f;
		else
			g = lookf(f, name[i]);
		if(g == nil){
			if(i == 0)
				error(Enonexist);
			break;
		}
		f = g;
		wq->qid[wq->nqid++] = f->qid;
	}
	if(wq->nqid == nname){
		if(nc == nil)
			nc = devclone(c);
		nc->aux = f;
		nc->qid = f->qid;
		f->ref++;
		wq->clone = nc;
	}
	poperror();
	qunlock(&ram.lk);
	return wq;
}

static int
ramstat(Chan *c, uchar *db, int n)
{
	Dir d;

	qlock(&ram.lk);
	ramdir(c, c->aux, &d);
	n = convD2M(&d, db, n);
	qunlock(&ram.lk);
	if(n <= BIT16SZ)
		error(Eshortstat);
	return n;
}

/*
 * Holding ram.lk: cut f to length n, or grow it with a hole (growf
 * first). Bytes of a block past the length are kept zero, so that a
 * file grown again reads zeros there.
 */
static void
cutf(Ramf *f, vlong n)
{
	int nb;

	nb = (n + Blksize - 1) / Blksize;
	if(nb < f->nblk){
		freedata(f, nb);
		f->nblk = nb;
	}
	if(n < f->length && n % Blksize != 0 && f->blk[nb-1] != nil)
		memset(f->blk[nb-1] + n % Blksize, 0, Blksize - n % Blksize);
	f->length = n;
	f->qid.vers++;
	f->mtime = seconds();
}

/* Holding ram.lk: f opened by c with omode. */
static void
openf(Chan *c, Ramf *f, int omode)
{
	if(f->perm & DMDIR){
		if((omode&3) != OREAD || (omode & (OTRUNC|ORCLOSE)))
			error(Eisdir);
	}else if((f->perm & DMEXCL) && f->nopen > 0)
		error(Einuse);
	if((omode & ORCLOSE) && !(f->parent->perm & DMDIR && f->parent != f))
		error(Eperm);
	if(omode & OTRUNC){
		if(f->perm & DMAPPEND)
			omode &= ~OTRUNC;
		else
			cutf(f, 0);
	}
	if(!(f->perm & DMDIR))
		f->nopen++;
	c->mode = openmode(omode & ~OTRUNC);
	c->flag |= COPEN;
	if(omode & ORCLOSE)
		c->flag |= CRCLOSE;
	c->offset = 0;
}

static Chan*
ramopen(Chan *c, int omode)
{
	Ramf *f;

	qlock(&ram.lk);
	if(waserror()){
		qunlock(&ram.lk);
		nexterror();
	}
	f = c->aux;
	devpermcheck(f->uid, f->perm, omode);
	if(omode & OTRUNC)
		devpermcheck(f->uid, f->perm, OWRITE);
	if(omode & ORCLOSE)
		devpermcheck(f->parent->uid, f->parent->perm, OWRITE);
	openf(c, f, omode);
	poperror();
	qunlock(&ram.lk);
	return c;
}

static void
ramcreate(Chan *c, char *name, int omode, ulong perm)
{
	Ramf *d, *f;

	if(strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
		error(Efilename);
	validname(name, 0);
	qlock(&ram.lk);
	if(waserror()){
		qunlock(&ram.lk);
		nexterror();
	}
	d = c->aux;
	if(!(d->perm & DMDIR))
		error(Enotdir);
	if(!d->linked)
		error(Enonexist);
	devpermcheck(d->uid, d->perm, OWRITE);
	if(lookf(d, name) != nil)
		error(Eexist);
	if((perm & DMDIR) && ((omode&3) != OREAD || (omode & OTRUNC)))
		error(Eperm);
	/* as in 9P: no permission the directory lacks */
	if(perm & DMDIR)
		perm = (perm & ~0777) | (perm & d->perm & 0777);
	else
		perm = (perm & ~0666) | (perm & d->perm & 0666);
	f = newf(d->fs, d, name, perm & (DMDIR|DMAPPEND|DMEXCL|0777));
	f->next = d->child;
	d->child = f;
	f->linked = 1;
	f->ref++;		/* the directory's */
	d->mtime = seconds();
	d->qid.vers++;
	c->aux = f;
	c->qid = f->qid;
	putf(d);		/* c's reference moves to f */
	openf(c, f, omode);
	poperror();
	qunlock(&ram.lk);
}

/* Holding ram.lk: take f out of its directory (the Chan's own reference stays). */
static void
removef(Ramf *f)
{
	if(f->parent == f)
		error(Eperm);
	if(!f->linked)
		error(Enonexist);
	if(f->child != nil)
		error(Enotempty);
	unlinkf(f);
	f->parent->mtime = seconds();
	f->parent->qid.vers++;
	putf(f);	/* the directory's reference */
}

static void
ramclose(Chan *c)
{
	Ramf *f;

	f = c->aux;
	if(f == nil)
		return;		/* removed */
	c->aux = nil;
	qlock(&ram.lk);
	if(c->flag & COPEN){
		if(!(f->perm & DMDIR))
			f->nopen--;
		if((c->flag & CRCLOSE) && f->linked && !waserror()){
			removef(f);
			poperror();
		}
	}
	putf(f);
	qunlock(&ram.lk);
}

/* Whole entries from the c->dri-th on. Holding ram.lk. */
static long
ramdirread(Chan *c, Ramf *d, uchar *buf, long n)
{
	Ramf *f;
	Dir dir;
	long m, sz;
	int i;

	m = 0;
	for(i = 0, f = d->child; f != nil; f = f->next, i++){
		if(i < c->dri)
			continue;
		ramdir(c, f, &dir);
		sz = convD2M(&dir, buf+m, n-m);
		if(sz <= BIT16SZ)
			break;
		m += sz;
		c->dri++;
	}
	if(m == 0 && f != nil)
		error(Eshort);
	return m;
}

static long
ramread(Chan *c, void *va, long n, vlong off)
{
	Ramf *f;
	uchar *p;
	long m, k, o;

	if(off < 0)
		error(Enegoff);
	qlock(&ram.lk);
	if(waserror()){
		qunlock(&ram.lk);
		nexterror();
	}
	f = c->aux;
	if(f->perm & DMDIR){
		m = ramdirread(c, f, va, n);
		poperror();
		qunlock(&ram.lk);
		return m;
	}
	if(off >= f->length)
		n = 0;
	else if(n > f->length - off)
		n = f->length - off;
	p = va;
	for(m = 0; m < n; m += k){
		o = (off + m) % Blksize;
		k = Blksize - o;
		if(k > n - m)
			k = n - m;
		if(f->blk[(off + m) / Blksize] == nil)
			memset(p + m, 0, k);
		else
			memmove(p + m, f->blk[(off + m) / Blksize] + o, k);
	}
	f->atime = seconds();
	poperror();
	qunlock(&ram.lk);
	return n;
}

/* Holding ram.lk: make room for blocks up to nb; blocks are made by the writes that need them. */
static void
growf(Ramf *f, int nb)
{
	uchar **b;

	if(nb <= f->nblk)
		return;
	b = malloc(nb * sizeof *b);
	if(b == nil)
		error(Efull);
	memset(b, 0, nb * sizeof *b);
	if(f->nblk > 0)
		memmove(b, f->blk, f->nblk * sizeof *b);
	free(f->blk);
	f->blk = b;
	f->nblk = nb;
}

static long
ramwrite(Chan *c, void *va, long n, vlong off)
{
	Ramf *f;
	uchar *p, **bp;
	long m, k, o;

	if(off < 0)
		error(Enegoff);
	qlock(&ram.lk);
	if(waserror()){
		qunlock(&ram.lk);
		nexterror();
	}
	f = c->aux;
	if(f->perm & DMDIR)
		error(Eisdir);
	if(f->perm & DMAPPEND)
		off = f->length;
	if(off + n > (vlong)0x7FFFFFFF * Blksize)
		error(Etoobig);
	growf(f, (off + n + Blksize - 1) / Blksize);
	p = va;
	for(m = 0; m < n; m += k){
		o = (off + m) % Blksize;
		k = Blksize - o;
		if(k > n - m)
			k = n - m;
		bp = &f->blk[(off + m) / Blksize];
		if(*bp == nil){
			if(ram.used + Blksize > ramlimit() || (*bp = malloc(Blksize)) == nil){
				/* what was written so far stays */
				if(m == 0)
					error(Efull);
				break;
			}
			memset(*bp, 0, Blksize);
			ram.used += Blksize;
		}
		memmove(*bp + o, p + m, k);
	}
	if(off + m > f->length)
		f->length = off + m;
	f->qid.vers++;
	f->mtime = seconds();
	kstrdupto(&f->muid, user());
	c->qid = f->qid;
	poperror();
	qunlock(&ram.lk);
	return m;
}

static void
ramremove(Chan *c)
{
	Ramf *f;

	f = c->aux;
	if(f == nil)
		error(Enonexist);
	c->aux = nil;		/* remove ends the Chan's use, whatever happens */
	qlock(&ram.lk);
	if(waserror()){
		if(c->flag & COPEN && !(f->perm & DMDIR))
			f->nopen--;
		putf(f);
		qunlock(&ram.lk);
		nexterror();
	}
	if(f->parent != f)
		devpermcheck(f->parent->uid, f->parent->perm, OWRITE);
	removef(f);
	poperror();
	if(c->flag & COPEN && !(f->perm & DMDIR))
		f->nopen--;
	putf(f);
	qunlock(&ram.lk);
}

/* A 32-bit field of a wstat that asks for no change. */
static int
untouched(ulong v)
{
	return (u32int)v == (u32int)~0;
}

/*
 * wstat: the name (a rename in the same directory: write permission
 * there), the length (write permission on the file), the mode, mtime
 * and gid (the owner or the host owner). The owner does not change.
 * Everything is checked before anything changes.
 */
static int
ramwstat(Chan *c, uchar *db, int n)
{
	Ramf *f;
	Dir d;
	char *strs;

	strs = smalloc(n);
	qlock(&ram.lk);
	if(waserror()){
		qunlock(&ram.lk);
		free(strs);
		nexterror();
	}
	if(convM2D(db, n, &d, strs) == 0)
		error(Ebadstat);
	f = c->aux;
	if(d.name != nil && d.name[0] != 0 && strcmp(d.name, f->name) != 0){
		if(f->parent == f || !f->linked)
			error(Eperm);
		if(strcmp(d.name, ".") == 0 || strcmp(d.name, "..") == 0)
			error(Efilename);
		validname(d.name, 0);
		devpermcheck(f->parent->uid, f->parent->perm, OWRITE);
		if(lookf(f->parent, d.name) != nil)
			error(Eexist);
	}else
		d.name = nil;
	if(d.length != ~0LL && d.length != f->length){
		if(f->perm & DMDIR)
			error(Eisdir);
		if(d.length < 0)
			error(Ebadarg);
		devpermcheck(f->uid, f->perm, OWRITE);
	}else
		d.length = ~0LL;
	if(d.uid != nil && d.uid[0] != 0 && strcmp(d.uid, f->uid) != 0)
		error(Eperm);
	if(!untouched(d.mode)){
		if(!isowner(f))
			error(Eperm);
		if((d.mode & DMDIR) != (f->perm & DMDIR))
			error(Eperm);
	}
	if((!untouched(d.mtime) || (d.gid != nil && d.gid[0] != 0 && strcmp(d.gid, f->gid) != 0)) && !isowner(f))
		error(Eperm);

	if(d.name != nil){
		kstrdupto(&f->name, d.name);
		f->parent->mtime = seconds();
		f->parent->qid.vers++;
	}
	if(d.length != ~0LL){
		if((d.length + Blksize - 1) / Blksize > f->nblk)
			growf(f, (d.length + Blksize - 1) / Blksize);
		cutf(f, d.length);
	}
	if(!untouched(d.mode)){
		f->perm = (f->perm & DMDIR) | (d.mode & (DMAPPEND|DMEXCL|0777));
		f->qid.type = (f->qid.type & QTDIR) | ((f->perm & DMAPPEND) ? QTAPPEND : 0) |
			((f->perm & DMEXCL) ? QTEXCL : 0);
	}
	if(!untouched(d.mtime))
		f->mtime = d.mtime;
	if(d.gid != nil && d.gid[0] != 0)
		kstrdupto(&f->gid, d.gid);
	c->qid = f->qid;
	poperror();
	qunlock(&ram.lk);
	free(strs);
	return n;
}

Dev ramfsdevtab = {
	'R',
	"ramfs",

	devreset,
	devinit,
	devshutdown,
	ramattach,
	ramwalk,
	ramstat,
	ramopen,
	ramcreate,
	ramclose,
	ramread,
	devbread,
	ramwrite,
	devbwrite,
	ramremove,
	ramwstat,
};
