/*
 * #U, the host's file system (hosted kernel only). "#U" serves the
 * host directory hostroot (main.c sets it from -r), "#U*" the host's
 * own root "/". Chan.dev is 0 for "#U" and 1 for "#U*" on every
 * attach, so that a host directory named twice is the same file and
 * unmount finds what an earlier bind of the same name mounted.
 * The host decides who may do what: #U makes no permission
 * checks of its own, and reports the host's refusals as kernel errors.
 *
 * Every call into the host's C library is bracketed by HOSTCALL, so
 * that no preemption lands inside it, and never raises an error from
 * inside the bracket. Host memory (DIR streams) is only ever given
 * back to libc; kernel memory (paths, entries) to the kernel's free.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include "all.h"
#include "host.h"

enum {
	Nhostname = 256,	/* longest host name element, and its NUL */
	Nidname = 64,		/* longest user or group name we keep */
};

/*
 * What a Chan of #U refers to (Chan.aux): its host path, and when it is
 * open, its host file or directory stream. A Chan's Fsfile is its own
 * (walk makes a new one for the clone); close or remove frees it.
 * rl serialises directory reads and guards dir, diroff and pend.
 */
typedef struct Fsfile Fsfile;
struct Fsfile {
	char	*path;		/* the instance's root, then the names walked */
	int	rootlen;	/* strlen of the root part; ".." stops there */
	int	fd;		/* open file, or -1 */
	DIR	*dir;		/* open directory, or nil */
	QLock	rl;
	vlong	diroff;		/* directory offset of pend, or of the next entry */
	uchar	*pend;		/* the next stat entry, made but not yet returned */
	int	npend;
};


static void	oserror(int) __attribute__((noreturn));

/* A host error number as a kernel error. */
static void
oserror(int e)
{
	char buf[ERRMAX];

	switch(e){
	case ENOENT:
		error(Enonexist);
	case EEXIST:
		error(Eexist);
	case EACCES:
	case EPERM:
		error(Eperm);
	case ENOTDIR:
		error(Enotdir);
	case EISDIR:
		error(Eisdir);
	}
	HOSTCALL(strecpy(buf, buf+sizeof buf, strerror(e)));
	error(buf);
}

/* stat the path, or the link itself when it leads nowhere; 0 or the host's errno. */
static int
hoststat(char *path, struct stat *st)
{
	int r, e;

	HOSTCALL(r = stat(path, st); e = errno; if(r < 0 && e == ENOENT) r = lstat(path, st));
	return r < 0 ? e : 0;
}

static Qid
hostqid(struct stat *st)
{
	Qid q;

	q.path = (uvlong)st->st_ino ^ ((uvlong)st->st_dev << 48);
	q.vers = st->st_mtime;
	q.type = S_ISDIR(st->st_mode) ? QTDIR : QTFILE;
	return q;
}

/*
 * The name of a host user or group, or its number if it has none.
 * One remembered answer each: ls asks the same question many times.
 * The caches are touched only at splhi, where no other proc runs.
 */
typedef struct Idcache Idcache;
struct Idcache {
	int	valid;
	uint	id;
	char	name[Nidname];
};
static Idcache usercache, groupcache;

static void
hostidname(int isgroup, uint id, char *buf, int nbuf)
{
	struct passwd pw, *pwp;
	struct group gr, *grp;
	char tmp[2048];
	Idcache *k;
	char *name;
	int s;

	k = isgroup ? &groupcache : &usercache;
	s = splhi();
	if(!k->valid || k->id != id){
		name = nil;
		if(isgroup){
			if(getgrgid_r(id, &gr, tmp, sizeof tmp, &grp) == 0 && grp != nil)
				name = grp->gr_name;
		}else{
			if(getpwuid_r(id, &pw, tmp, sizeof tmp, &pwp) == 0 && pwp != nil)
				name = pwp->pw_name;
		}
		if(name != nil)
			strecpy(k->name, k->name+sizeof k->name, name);
		else
			snprint(k->name, sizeof k->name, "%ud", id);
		k->id = id;
		k->valid = 1;
	}
	strecpy(buf, buf+nbuf, k->name);
	splx(s);
}

/* The host group called name: 0 and its id, or -1. */
static int
hostgroupid(char *name, gid_t *gid)
{
	struct group gr, *grp;
	char tmp[2048];
	int r;

	HOSTCALL(r = getgrnam_r(name, &gr, tmp, sizeof tmp, &grp) == 0 && grp != nil ? 0 : -1; if(r == 0) *gid = grp->gr_gid);
	return r;
}

/* The Dir of a host file; uid and gid are the caller's buffers of Nidname bytes. */
static void
hostdir(Chan *c, char *name, struct stat *st, char *uid, char *gid, Dir *d)
{
	hostidname(0, st->st_uid, uid, Nidname);
	hostidname(1, st->st_gid, gid, Nidname);
	d->type = devtab[c->type]->dc;
	d->dev = c->dev;
	d->qid = hostqid(st);
	d->mode = st->st_mode & 0777;
	if(S_ISDIR(st->st_mode))
		d->mode |= DMDIR;
	d->atime = st->st_atime;
	d->mtime = st->st_mtime;
	d->length = S_ISDIR(st->st_mode) ? 0 : st->st_size;
	d->name = name;
	d->uid = uid;
	d->gid = gid;
	d->muid = uid;
}

static int
badname(char *name)
{
	return name[0] == 0 || strcmp(name, ".") == 0 || strcmp(name, "..") == 0 || strchr(name, '/') != nil;
}

/* dir/name as a new kernel string. */
static char*
pathjoin(char *dir, char *name)
{
	char *p;
	int n;

	n = strlen(dir);
	p = smalloc(n + 1 + strlen(name) + 1);
	memmove(p, dir, n);
	if(n == 0 || dir[n-1] != '/')
		p[n++] = '/';
	strcpy(p+n, name);
	return p;
}

/* Length of path without its last element, never less than rootlen. */
static int
parentlen(char *path, int rootlen)
{
	char *s;
	int n;

	s = strrchr(path, '/');
	if(s == nil)
		return rootlen;
	n = s - path;
	if(n == 0)
		n = 1;		/* the parent of /x is / */
	return n < rootlen ? rootlen : n;
}

static char*
lastelem(Fsfile *f)
{
	char *s;

	if(strlen(f->path) == (size_t)f->rootlen)
		return "/";
	s = strrchr(f->path, '/');
	return s != nil ? s+1 : f->path;
}

/* A new Fsfile that takes path (a kernel string) as its own. */
static Fsfile*
newfsfile(char *path, int rootlen)
{
	Fsfile *f;

	f = smalloc(sizeof *f);
	memset(f, 0, sizeof *f);
	f->path = path;
	f->rootlen = rootlen;
	f->fd = -1;
	return f;
}

/* Give back the host file or stream, then the Fsfile. */
static void
fsrelease(Fsfile *f)
{
	if(f->fd >= 0)
		HOSTCALL(close(f->fd));
	if(f->dir != nil)
		HOSTCALL(closedir(f->dir));
	free(f->pend);
	free(f->path);
	free(f);
}

static Chan*
fsattach(char *spec)
{
	struct stat st;
	char *root;
	Chan *c;
	int e, n;

	if(strcmp(spec, "") == 0)
		root = hostroot;
	else if(strcmp(spec, "*") == 0)
		root = "/";
	else
		error(Ebadspec);
	if(root == nil || root[0] == 0)
		error(Enonexist);
	e = hoststat(root, &st);
	if(e != 0)
		oserror(e);
	if(!S_ISDIR(st.st_mode))
		error(Enotdir);
	root = kstrdup(root);
	n = strlen(root);
	while(n > 1 && root[n-1] == '/')
		root[--n] = 0;
	c = devattach('U', spec);
	c->aux = newfsfile(root, n);
	c->qid = hostqid(&st);
	c->dev = spec[0] == '*';
	return c;
}

/* The path one step from path: name, or the parent for "..". */
static char*
walk1(char *path, int rootlen, char *name)
{
	char *p;
	int n;

	if(strcmp(name, "..") == 0){
		n = parentlen(path, rootlen);
		p = smalloc(n+1);
		memmove(p, path, n);
		p[n] = 0;
		return p;
	}
	if(strcmp(name, ".") == 0)
		return kstrdup(path);
	if(badname(name))
		error(Efilename);
	return pathjoin(path, name);
}

static Walkqid*
fswalk(Chan *c, Chan *nc, char **name, int nname)
{
	Fsfile *f;
	Walkqid *wq;
	struct stat st;
	char *volatile path;
	char *np;
	Qid q;
	int i, e;

	f = c->aux;
	wq = smalloc(sizeof(Walkqid) + (nname > 1 ? nname-1 : 0)*sizeof(Qid));
	wq->nqid = 0;
	wq->clone = nil;
	path = kstrdup(f->path);
	if(waserror()){
		free(path);
		free(wq);
		nexterror();
	}
	q = c->qid;
	for(i = 0; i < nname; i++){
		if(!(q.type & QTDIR)){
			if(i == 0)
				error(Enotdir);
			break;
		}
		np = walk1(path, f->rootlen, name[i]);
		e = hoststat(np, &st);
		if(e != 0){
			free(np);
			if(i == 0)
				oserror(e);
			break;
		}
		free(path);
		path = np;
		q = hostqid(&st);
		wq->qid[wq->nqid++] = q;
	}
	poperror();
	if(wq->nqid < nname){
		free(path);
		return wq;
	}
	if(nc == nil)
		nc = devclone(c);
	nc->aux = newfsfile(path, f->rootlen);
	nc->qid = q;
	wq->clone = nc;
	return wq;
}

static int
fsstat(Chan *c, uchar *db, int n)
{
	Fsfile *f;
	struct stat st;
	char uid[Nidname], gid[Nidname];
	Dir d;
	int e;

	f = c->aux;
	e = hoststat(f->path, &st);
	if(e != 0)
		oserror(e);
	hostdir(c, lastelem(f), &st, uid, gid, &d);
	n = convD2M(&d, db, n);
	if(n == 0)
		error(Ebadarg);
	return n;
}

static int
hostomode(int omode)
{
	int m;

	switch(omode & 3){
	case OWRITE:
		m = O_WRONLY;
		break;
	case ORDWR:
		m = O_RDWR;
		break;
	default:
		m = O_RDONLY;
		break;
	}
	if(omode & OTRUNC)
		m |= O_TRUNC;
	return m | O_CLOEXEC | O_NOCTTY;
}

/* c is open: note it, and refresh its qid from the host's stat when there is one. */
static void
opened(Chan *c, int omode, struct stat *st)
{
	if(st != nil)
		c->qid = hostqid(st);
	c->mode = openmode(omode);
	c->flag |= COPEN;
	if(omode & ORCLOSE)
		c->flag |= CRCLOSE;
	c->offset = 0;
}

static Chan*
fsopen(Chan *c, int omode)
{
	Fsfile *f;
	struct stat st;
	DIR *d;
	int fd, e, r;

	f = c->aux;
	if(c->qid.type & QTDIR){
		/* OTRUNC is ignored: namec adds it when a create finds the directory there */
		if((omode&3) != OREAD)
			error(Eisdir);
		HOSTCALL(d = opendir(f->path); e = errno; r = d != nil ? fstat(dirfd(d), &st) : -1);
		if(d == nil)
			oserror(e);
		f->dir = d;
		f->diroff = 0;
	}else{
		if((omode&3) == OEXEC){
			HOSTCALL(r = access(f->path, X_OK); e = errno);
			if(r < 0)
				oserror(e);
		}
		HOSTCALL(fd = open(f->path, hostomode(omode)); e = errno; r = fd >= 0 ? fstat(fd, &st) : -1);
		if(fd < 0)
			oserror(e);
		f->fd = fd;
	}
	opened(c, omode, r == 0 ? &st : nil);
	return c;
}

static void
fscreate(Chan *c, char *name, int omode, ulong perm)
{
	Fsfile *f;
	struct stat st;
	char *volatile path;
	DIR *d;
	int fd, e, r, s;
	mode_t mode;

	f = c->aux;
	if(!(c->qid.type & QTDIR))
		error(Enotdir);
	if(badname(name))
		error(Efilename);
	if((perm & DMDIR) && ((omode&3) != OREAD || (omode & OTRUNC)))
		error(Eperm);
	e = hoststat(f->path, &st);
	if(e != 0)
		oserror(e);
	path = pathjoin(f->path, name);
	if(waserror()){
		free(path);
		nexterror();
	}
	/* as in 9P, the new file gets no permission its directory lacks; the host's umask is not ours */
	d = nil;
	fd = -1;
	if(perm & DMDIR)
		mode = perm & (~0777 | (st.st_mode & 0777)) & 0777;
	else
		mode = perm & (~0666 | (st.st_mode & 0666)) & 0777;
	s = splhi();
	if(perm & DMDIR){
		r = mkdir(path, mode);
		e = errno;
		if(r == 0){
			chmod(path, mode);
			d = opendir(path);
			if(d == nil){
				e = errno;
				rmdir(path);
				r = -1;
			}else
				r = fstat(dirfd(d), &st) == 0 ? 0 : 1;
		}
	}else{
		fd = open(path, hostomode(omode) | O_CREAT | O_EXCL, mode);
		e = errno;
		r = -1;
		if(fd >= 0){
			fchmod(fd, mode);
			r = fstat(fd, &st) == 0 ? 0 : 1;
		}
	}
	splx(s);
	if(r < 0)
		oserror(e);
	poperror();
	free(f->path);
	f->path = path;
	f->dir = d;
	f->fd = fd;
	f->diroff = 0;
	opened(c, omode, r == 0 ? &st : nil);
}

/* Remove the host file of f; 0 or the host's errno. */
static int
hostremove(Fsfile *f, int isdir)
{
	int r, e;

	if(strlen(f->path) == (size_t)f->rootlen)
		return EPERM;		/* not the instance's root */
	HOSTCALL(r = isdir ? rmdir(f->path) : unlink(f->path); e = errno);
	return r < 0 ? e : 0;
}

static void
fsclose(Chan *c)
{
	Fsfile *f;

	f = c->aux;
	if(f == nil)
		return;		/* removed */
	if((c->flag & (COPEN|CRCLOSE)) == (COPEN|CRCLOSE))
		hostremove(f, c->qid.type & QTDIR);
	c->aux = nil;
	fsrelease(f);
}

/* Make the next directory entry pend; 0 at the end of the directory. */
static int
nextentry(Chan *c, Fsfile *f)
{
	struct dirent *de;
	struct stat st;
	char name[Nhostname], uid[Nidname], gid[Nidname];
	char *path;
	Dir d;
	int e;

	for(;;){
		HOSTCALL(errno = 0; de = readdir(f->dir); e = errno; if(de != nil) strecpy(name, name+sizeof name, de->d_name));
		if(de == nil){
			if(e != 0)
				oserror(e);
			return 0;
		}
		if(strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
			continue;
		path = pathjoin(f->path, name);
		e = hoststat(path, &st);
		free(path);
		if(e != 0)
			continue;	/* gone since readdir saw it */
		hostdir(c, name, &st, uid, gid, &d);
		f->npend = sizeD2M(&d);
		f->pend = smalloc(f->npend);
		if(convD2M(&d, f->pend, f->npend) != (uint)f->npend)
			panic("devfs: stat entry of %s: size changed", name);
		return 1;
	}
}

/* Position the stream at directory offset off: from the start, skipping whole entries. */
static void
dirseek(Chan *c, Fsfile *f, vlong off)
{
	HOSTCALL(rewinddir(f->dir));
	free(f->pend);
	f->pend = nil;
	f->diroff = 0;
	while(f->diroff < off){
		if(!nextentry(c, f))
			return;
		f->diroff += f->npend;
		free(f->pend);
		f->pend = nil;
	}
}

/*
 * Whole stat entries from offset off. A read that continues where the
 * last ended goes on with the open stream; offset 0 starts again; any
 * other offset re-reads the directory up to it.
 */
static long
fsdirread(Chan *c, uchar *buf, long n, vlong off)
{
	Fsfile *f;
	long m;

	f = c->aux;
	qlock(&f->rl);
	if(waserror()){
		qunlock(&f->rl);
		nexterror();
	}
	if(off == 0 || off != f->diroff)
		dirseek(c, f, off);
	m = 0;
	for(;;){
		if(f->pend == nil && !nextentry(c, f))
			break;
		if(f->npend > n - m){
			if(m == 0)
				error(Eshort);
			break;
		}
		memmove(buf+m, f->pend, f->npend);
		m += f->npend;
		f->diroff += f->npend;
		free(f->pend);
		f->pend = nil;
	}
	poperror();
	qunlock(&f->rl);
	return m;
}

static long
fsread(Chan *c, void *va, long n, vlong off)
{
	Fsfile *f;
	long r;
	int e;

	if(off < 0)
		error(Enegoff);
	if(c->qid.type & QTDIR)
		return fsdirread(c, va, n, off);
	f = c->aux;
	do
		HOSTCALL(r = pread(f->fd, va, n, off); e = errno);
	while(r < 0 && e == EINTR);
	if(r < 0)
		oserror(e);
	return r;
}

static long
fswrite(Chan *c, void *va, long n, vlong off)
{
	Fsfile *f;
	long r;
	int e;

	if(off < 0)
		error(Enegoff);
	if(c->qid.type & QTDIR)
		error(Eisdir);
	f = c->aux;
	do
		HOSTCALL(r = pwrite(f->fd, va, n, off); e = errno);
	while(r < 0 && e == EINTR);
	if(r < 0)
		oserror(e);
	return r;
}

static void
fsremove(Chan *c)
{
	Fsfile *f;
	int e;

	f = c->aux;
	if(f == nil)
		error(Enonexist);
	/* remove ends the Chan's use whether or not the host agrees */
	c->aux = nil;
	e = hostremove(f, c->qid.type & QTDIR);
	fsrelease(f);
	if(e != 0)
		oserror(e);
}

/* A 32-bit field of a wstat that asks for no change. */
static int
untouched(ulong v)
{
	return (u32int)v == (u32int)~0;
}

/*
 * Apply a stat entry: in order length, mode, times, group, then name
 * (a rename within the same directory). Fields with "don't touch"
 * values (nulldir's) are left as they are; the owner cannot change.
 */
static int
fswstat(Chan *c, uchar *db, int n)
{
	Fsfile *f;
	Dir d;
	struct stat st;
	struct timespec ts[2];
	char *volatile strs, *volatile npath;
	char cur[Nidname];
	char *np;
	gid_t gid;
	int e, r, plen, isdir;

	f = c->aux;
	strs = smalloc(n);
	npath = nil;
	if(waserror()){
		free(strs);
		free(npath);
		nexterror();
	}
	if(convM2D(db, n, &d, strs) == 0)
		error(Ebadstat);
	e = hoststat(f->path, &st);
	if(e != 0)
		oserror(e);
	isdir = S_ISDIR(st.st_mode);

	/* check everything before changing anything */
	if(d.name != nil && d.name[0] != 0 && strcmp(d.name, lastelem(f)) != 0){
		if(badname(d.name))
			error(Efilename);
		if(strlen(f->path) == (size_t)f->rootlen)
			error(Eperm);
		plen = parentlen(f->path, f->rootlen);
		np = smalloc(plen + 1);
		memmove(np, f->path, plen);
		np[plen] = 0;
		npath = pathjoin(np, d.name);
		free(np);
		HOSTCALL(r = lstat(npath, &st));
		if(r == 0)
			error(Eexist);
	}
	if(d.uid != nil && d.uid[0] != 0){
		hostidname(0, st.st_uid, cur, sizeof cur);
		if(strcmp(d.uid, cur) != 0)
			error(Eperm);
	}
	gid = (gid_t)-1;
	if(d.gid != nil && d.gid[0] != 0){
		hostidname(1, st.st_gid, cur, sizeof cur);
		if(strcmp(d.gid, cur) != 0 && hostgroupid(d.gid, &gid) < 0)
			error(Eunknown);
	}
	if(!untouched(d.mode) && ((d.mode & DMDIR) != 0) != isdir)
		error(Eperm);
	if(d.length != ~0LL && (isdir || d.length < 0))
		error(isdir ? Eisdir : Ebadarg);

	/*
	 * A wstat that changes nothing asks for what was written to be
	 * stable (9P's sync, fat(3)'s sync of a volume in a #U file):
	 * fsync the host file, the open one if this Chan has it open.
	 */
	if(npath == nil && (d.uid == nil || d.uid[0] == 0) && gid == (gid_t)-1 &&
	   untouched(d.mode) && d.length == ~0LL && untouched(d.mtime) && untouched(d.atime)){
		if(f->fd >= 0)
			HOSTCALL(r = fsync(f->fd); e = errno);
		else if(isdir)
			r = 0;
		else{
			int fd;

			HOSTCALL(fd = open(f->path, O_RDONLY); e = errno);
			if(fd < 0)
				oserror(e);
			HOSTCALL(r = fsync(fd); e = errno; close(fd));
		}
		if(r < 0 && e != EINVAL && e != EROFS)
			oserror(e);
	}

	if(d.length != ~0LL){
		HOSTCALL(r = truncate(f->path, d.length); e = errno);
		if(r < 0)
			oserror(e);
	}
	if(!untouched(d.mode)){
		HOSTCALL(r = chmod(f->path, d.mode & 0777); e = errno);
		if(r < 0)
			oserror(e);
	}
	if(!untouched(d.mtime) || !untouched(d.atime)){
		ts[0].tv_sec = d.atime;
		ts[0].tv_nsec = untouched(d.atime) ? UTIME_OMIT : 0;
		ts[1].tv_sec = d.mtime;
		ts[1].tv_nsec = untouched(d.mtime) ? UTIME_OMIT : 0;
		HOSTCALL(r = utimensat(AT_FDCWD, f->path, ts, 0); e = errno);
		if(r < 0)
			oserror(e);
	}
	if(gid != (gid_t)-1){
		HOSTCALL(r = chown(f->path, (uid_t)-1, gid); e = errno);
		if(r < 0)
			oserror(e);
	}
	if(npath != nil){
		HOSTCALL(r = rename(f->path, npath); e = errno);
		if(r < 0)
			oserror(e);
		free(f->path);
		f->path = npath;
		npath = nil;
	}
	poperror();
	free(strs);
	return n;
}

Dev fsdevtab = {
	'U',
	"fs",

	devreset,
	devinit,
	devshutdown,
	fsattach,
	fswalk,
	fsstat,
	fsopen,
	fscreate,
	fsclose,
	fsread,
	devbread,
	fswrite,
	devbwrite,
	fsremove,
	fswstat,
};
