/*
 * The kernel's file interface: what $Sys and kernel procs call. Each
 * function catches the kernel's errors and returns -1 (or nil) with
 * the error string set, as a system call does.
 */
#include "all.h"

enum {
	DIRREADSIZE = 8192,	/* kdirread's read */
	Dirsmall = 1024,	/* on a small machine (conf.ramtotal set) */
	Dirmax = 65536,		/* the most a stat entry can take */
};

/* Put c in the lowest free slot of the fd table; the table takes the caller's reference. */
int
newfd(Chan *c)
{
	Fgrp *f;
	int fd, n;
	Chan **nfd;

	f = up->env->fgrp;
	lock(&f->l);
	for(fd = f->minfd; fd < f->nfd; fd++)
		if(f->fd[fd] == nil)
			break;
	if(fd >= f->nfd){
		if(f->nfd >= NFD){
			unlock(&f->l);
			error(Enofd);
		}
		n = f->nfd + DELTAFD;
		unlock(&f->l);
		nfd = smalloc(n*sizeof(Chan*));
		lock(&f->l);
		if(n > f->nfd){
			memmove(nfd, f->fd, f->nfd*sizeof(Chan*));
			free(f->fd);
			f->fd = nfd;
			f->nfd = n;
		}else
			free(nfd);
		for(fd = f->minfd; fd < f->nfd; fd++)
			if(f->fd[fd] == nil)
				break;
	}
	f->fd[fd] = c;
	if(fd > f->maxfd)
		f->maxfd = fd;
	f->minfd = fd+1;
	unlock(&f->l);
	return fd;
}

static void
fdclose(int fd)
{
	Chan *c;

	c = fgrptake(up->env->fgrp, fd);
	if(c == nil)
		error(Ebadfd);
	cclose(c);
}

/* A new fd for c, which it takes; on error c is closed. */
static int
newfdorclose(Chan *c)
{
	int fd;

	if(waserror()){
		cclose(c);
		nexterror();
	}
	fd = newfd(c);
	poperror();
	return fd;
}

/* The fd of path opened (Aopen) or created (Acreate); -1 on error. */
static int
openfd(char *path, int amode, int mode, ulong perm)
{
	int fd;

	if(waserror())
		return -1;
	openmode(amode == Acreate ? mode & ~OEXCL : mode);	/* check the mode before doing anything */
	fd = newfdorclose(namec(path, amode, mode, perm));
	poperror();
	return fd;
}

int
kopen(char *path, int mode)
{
	return openfd(path, Aopen, mode, 0);
}

int
kcreate(char *path, int mode, ulong perm)
{
	return openfd(path, Acreate, mode, perm);
}

int
kclose(int fd)
{
	if(waserror())
		return -1;
	fdclose(fd);
	poperror();
	return 0;
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

/* The open Chan of fd for a read or write (mode) of n bytes; the caller closes it. */
static Chan*
iochan(int fd, int mode, long n)
{
	Chan *c;

	if(n < 0)
		error(Etoosmall);
	c = fdtochan(fd, mode, 1, 1);
	if(!(c->flag & COPEN)){
		cclose(c);
		error(Ebadusefd);
	}
	return c;
}

/* Read at offset off, or at the fd's own offset (and advance it) if off is -1. */
static long
rread(int fd, void *va, long n0, vlong off0)
{
	Chan *c;
	int ispread;
	long n;
	vlong off;

	n = n0;
	off = off0;
	c = iochan(fd, OREAD, n);
	if(waserror()){
		cclose(c);
		nexterror();
	}
	ispread = off >= 0;
	if(c->qid.type & QTDIR){
		/* directories are read in order; only a read from 0 may restart them */
		if(ispread && off == 0)
			dirrewind(c);
		else if(ispread && off != c->offset)
			error(Eisdir);
		off = c->offset;
		if(c->umh != nil)
			n = unionread(c, va, n);
		else
			n = devtab[c->type]->read(c, va, n, off);
		lock(&c->l);
		c->offset += n;
		unlock(&c->l);
	}else{
		if(!ispread)
			off = c->offset;
		n = devtab[c->type]->read(c, va, n, off);
		if(!ispread){
			lock(&c->l);
			c->offset += n;
			unlock(&c->l);
		}
	}
	poperror();
	cclose(c);
	return n;
}

/*
 * The k-call around rread or rwrite: -1 on error. A positional call
 * (pread, pwrite) must give an offset of 0 or more; the others pass
 * -1, the fd's own offset.
 */
static long
kio(long (*io)(int, void*, long, vlong), int fd, void *va, long n, vlong off, int positional)
{
	if(waserror())
		return -1;
	if(positional && off < 0)
		error(Enegoff);
	n = io(fd, va, n, off);
	poperror();
	return n;
}

long
kread(int fd, void *va, long n)
{
	return kio(rread, fd, va, n, -1, 0);
}

long
kpread(int fd, void *va, long n, vlong off)
{
	return kio(rread, fd, va, n, off, 1);
}

static long
rwrite(int fd, void *va, long n0, vlong off0)
{
	Chan *c;
	int ispwrite;
	volatile long n;	/* volatile: the error path undoes the offset */
	vlong off;

	n = n0;
	off = off0;
	c = iochan(fd, OWRITE, n);
	if(waserror()){
		cclose(c);
		nexterror();
	}
	if(c->qid.type & QTDIR)
		error(Eisdir);
	ispwrite = off >= 0;
	if(!ispwrite){
		lock(&c->l);
		off = c->offset;
		c->offset += n;
		unlock(&c->l);
	}
	if(waserror()){
		if(!ispwrite){
			lock(&c->l);
			c->offset -= n;
			unlock(&c->l);
		}
		nexterror();
	}
	n = devtab[c->type]->write(c, va, n, off);
	poperror();
	poperror();
	cclose(c);
	return n;
}

long
kwrite(int fd, void *va, long n)
{
	return kio(rwrite, fd, va, n, -1, 0);
}

long
kpwrite(int fd, void *va, long n, vlong off)
{
	return kio(rwrite, fd, va, n, off, 1);
}

/* Stat c into a new buffer of n bytes, freed on error. */
static int
statinto(Chan *c, uchar *buf, int n, void *owner)
{
	if(waserror()){
		free(owner);
		nexterror();
	}
	n = devtab[c->type]->stat(c, buf, n);
	poperror();
	return n;
}

/* The stat of c, unpacked; the caller frees it. */
Dir*
chandirstat(Chan *c)
{
	Dir *d;
	uchar *buf;
	int n, nd, i;

	nd = DIRLEN;
	for(i = 0; i < 2; i++){
		d = smalloc(sizeof(Dir) + BIT16SZ + nd);
		buf = (uchar*)&d[1];
		n = statinto(c, buf, BIT16SZ+nd, d);
		if(n < BIT16SZ){
			free(d);
			error(Eshortstat);
		}
		nd = buf[0] | buf[1]<<8;	/* the entry's true size, less its size field */
		if(nd <= n){
			if(convM2D(buf, n, d, (char*)&d[1]) == 0){
				free(d);
				error(Ebadstat);
			}
			return d;
		}
		free(d);	/* too small: try again with the size it said */
	}
	error(Eshortstat);
}

vlong
kseek(int fd, vlong off, int whence)
{
	Chan *c;
	Dir *d;
	vlong n;

	if(waserror())
		return -1;
	c = fdtochan(fd, -1, 1, 1);
	if(waserror()){
		cclose(c);
		nexterror();
	}
	if(devtab[c->type]->dc == '|')
		error(Eisstream);
	switch(whence){
	case 0:
		if((c->qid.type & QTDIR) && off != 0)
			error(Eisdir);
		if(off < 0)
			error(Enegoff);
		n = off;
		break;
	case 1:
		if(c->qid.type & QTDIR)
			error(Eisdir);
		lock(&c->l);
		n = c->offset + off;
		unlock(&c->l);
		if(n < 0)
			error(Enegoff);
		break;
	case 2:
		if(c->qid.type & QTDIR)
			error(Eisdir);
		d = chandirstat(c);
		n = d->length + off;
		free(d);
		if(n < 0)
			error(Enegoff);
		break;
	default:
		error(Ebadarg);
	}
	if(c->qid.type & QTDIR)
		dirrewind(c);
	lock(&c->l);
	c->offset = n;
	unlock(&c->l);
	poperror();
	cclose(c);
	poperror();
	return n;
}

int
kdup(int old, int new)
{
	Chan *c, *oc;
	Fgrp *f;

	if(waserror())
		return -1;
	c = fdtochan(old, -1, 0, 1);
	if(new != -1){
		f = up->env->fgrp;
		if(new < 0 || new >= NFD){
			cclose(c);
			error(Ebadfd);
		}
		lock(&f->l);
		if(new >= f->nfd){
			unlock(&f->l);
			cclose(c);
			error(Ebadfd);
		}
		if(new > f->maxfd)
			f->maxfd = new;
		oc = f->fd[new];
		f->fd[new] = c;
		unlock(&f->l);
		if(oc != nil)
			cclose(oc);
	}else
		new = newfdorclose(c);
	poperror();
	return new;
}

/* The name of the file open on fd; the caller frees it. */
char*
kfd2path(int fd)
{
	Chan *c;
	char *s;

	if(waserror())
		return nil;
	c = fdtochan(fd, -1, 0, 1);
	s = kstrdup(chanpath(c));
	cclose(c);
	poperror();
	return s;
}

static void
mountflag(int flag)
{
	if((flag & ~MMASK) || (flag & MORDER) == (MBEFORE|MAFTER))
		error(Ebadarg);
}

/* Mount c0 (which it takes) on the file old: bind and mount's common end. */
static int
mountat(Chan *c0, char *old, int flag, char *spec)
{
	Chan *c1;
	int r;

	if(waserror()){
		cclose(c0);
		nexterror();
	}
	c1 = namec(old, Amount, 0, 0);
	if(waserror()){
		cclose(c1);
		nexterror();
	}
	r = cmount(c0, c1, flag, spec);
	poperror();
	cclose(c1);
	poperror();
	cclose(c0);
	return r;
}

int
kbind(char *new, char *old, int flag)
{
	int r;

	if(waserror())
		return -1;
	mountflag(flag);
	r = mountat(namec(new, Abind, 0, 0), old, flag, nil);
	poperror();
	return r;
}

/*
 * Mount the Styx server on fd at old: the mount driver (#M) attaches
 * to it (afd, if not -1, is an authentication fd from fauth).
 */
int
kmount(int fd, int afd, char *old, int flag, char *spec)
{
	Chan *volatile c0, *volatile ac, *c1;
	int r;

	if(waserror())
		return -1;
	mountflag(flag);
	if(devno('M', 1) < 0)
		error("no mount driver (#M) in this kernel");
	c0 = nil;
	ac = nil;
	if(waserror()){
		cclose(c0);
		cclose(ac);
		nexterror();
	}
	c0 = fdtochan(fd, ORDWR, 0, 1);
	if(afd >= 0)
		ac = fdtochan(afd, ORDWR, 0, 1);
	c1 = mntattachchan(c0, ac, spec, flag);
	poperror();
	cclose(c0);
	cclose(ac);
	r = mountat(c1, old, flag, spec);
	poperror();
	return r;
}

int
kunmount(char *name, char *old)
{
	Chan *cmount;
	Chan *volatile cmounted;	/* volatile: live across waserror */

	if(waserror())
		return -1;
	cmount = namec(old, Amount, 0, 0);
	cmounted = nil;
	if(waserror()){
		cclose(cmount);
		cclose(cmounted);
		nexterror();
	}
	if(name != nil)
		cmounted = namec(name, Abind, 0, 0);
	cunmount(cmount, cmounted);
	poperror();
	cclose(cmount);
	cclose(cmounted);
	poperror();
	return 0;
}

int
kremove(char *path)
{
	Chan *c;

	if(waserror())
		return -1;
	c = namec(path, Aremove, 0, 0);
	if(waserror()){
		c->type = 0;	/* the device may have clunked it; the root's close does nothing */
		cclose(c);
		nexterror();
	}
	devtab[c->type]->remove(c);
	poperror();
	c->type = 0;
	cclose(c);
	poperror();
	return 0;
}

/* Stat c into buf, or wstat it from buf; then close c, which it takes. */
static int
statchan(Chan *c, uchar *buf, int n, int wstat)
{
	if(waserror()){
		cclose(c);
		nexterror();
	}
	if(wstat)
		n = devtab[c->type]->wstat(c, buf, n);
	else
		n = devtab[c->type]->stat(c, buf, n);
	poperror();
	cclose(c);
	return n;
}

/*
 * The stat family on path, or on fd if path is nil (for wstat, an fd
 * that is not a mount's); -1 on error. A wstat entry is checked
 * (validstat) before any device sees it.
 */
static int
kstatcall(char *path, int fd, uchar *buf, int n, int wstat)
{
	Chan *c;

	if(waserror())
		return -1;
	if(wstat)
		validstat(buf, n);
	if(path != nil)
		c = namec(path, Aaccess, 0, 0);
	else
		c = fdtochan(fd, -1, wstat, 1);
	n = statchan(c, buf, n, wstat);
	poperror();
	return n;
}

int
kstat(char *path, uchar *buf, int n)
{
	return kstatcall(path, -1, buf, n, 0);
}

int
kfstat(int fd, uchar *buf, int n)
{
	return kstatcall(nil, fd, buf, n, 0);
}

/* A stat entry from outside must be well formed before any device sees it. */
void
validstat(uchar *s, int n)
{
	if(statcheck(s, n) < 0)
		error(Ebadstat);
}

int
kwstat(char *path, uchar *buf, int n)
{
	return kstatcall(path, -1, buf, n, 1);
}

int
kfwstat(int fd, uchar *buf, int n)
{
	return kstatcall(nil, fd, buf, n, 1);
}

/* Stat a path into d, with d's strings in strs (of nstrs bytes). */
int
kdirstat(char *path, Dir *d, char *strs, int nstrs)
{
	uchar *buf;
	int n;

	buf = smalloc(nstrs + STATFIXLEN);
	n = kstat(path, buf, nstrs + STATFIXLEN);
	if(n < 0 || convM2D(buf, n, d, strs) == 0){
		if(n >= 0)
			kwerrstr("%s", Ebadstat);
		free(buf);
		return -1;
	}
	free(buf);
	return 0;
}

/*
 * The whole entries in buf[0:ts] (what a directory read returned) as
 * an array of Dirs in *d, one allocation with the strings after the
 * array; frees buf. Returns the number of entries, or -1.
 */
static long
unpackdirs(uchar *buf, long ts, Dir **d)
{
	long nd, i, m, n;
	Dir *dirs;
	char *s;

	nd = 0;
	for(i = 0; i < ts; i += m){
		if(ts - i < BIT16SZ)
			break;
		m = BIT16SZ + (buf[i] | buf[i+1]<<8);
		if(i + m > ts || statcheck(buf+i, m) < 0)
			break;
		nd++;
	}
	if(nd == 0){
		free(buf);
		return 0;
	}
	dirs = malloc(nd*sizeof(Dir) + ts);
	if(dirs == nil){
		free(buf);
		kwerrstr("%s", Enomem);
		return -1;
	}
	s = (char*)&dirs[nd];
	for(i = 0, n = 0; n < nd; n++){
		m = convM2D(buf+i, ts-i, &dirs[n], s);
		s += m;	/* the strings of an entry take no more than the entry did */
		i += m;
	}
	free(buf);
	*d = dirs;
	return nd;
}

/*
 * Read the rest of the directory open on fd into an array of Dirs,
 * one allocation with the strings after the array; *d is nil when
 * there are none. Returns the number of entries.
 */
long
kdirread(int fd, Dir **d)
{
	uchar *buf, *nbuf;
	long n, ts;

	*d = nil;
	buf = nil;
	ts = 0;
	for(;;){
		nbuf = realloc(buf, ts + DIRREADSIZE);
		if(nbuf == nil){
			free(buf);
			kwerrstr("%s", Enomem);
			return -1;
		}
		buf = nbuf;
		n = kread(fd, buf+ts, DIRREADSIZE);
		if(n < 0){
			free(buf);
			return -1;
		}
		if(n == 0)
			break;
		ts += n;
	}
	return unpackdirs(buf, ts, d);
}

/*
 * Read the next entries of the directory open on fd, as many as one
 * read of DIRREADSIZE bytes returns (Dirsmall on a small machine,
 * more if an entry does not fit), into an array of Dirs, one
 * allocation with the strings after the array; *d is nil when there
 * are none. Returns the number of entries: 0 at the end. The caller
 * reads again for the rest ($Sys's dirread).
 */
long
kdirreadone(int fd, Dir **d)
{
	uchar *buf;
	long ts, sz;

	*d = nil;
	sz = conf.ramtotal != 0 ? Dirsmall : DIRREADSIZE;
	for(;;){
		buf = malloc(sz);
		if(buf == nil){
			kwerrstr("%s", Enomem);
			return -1;
		}
		ts = kread(fd, buf, sz);
		if(ts >= 0)
			break;
		free(buf);
		/* an entry longer than sz: try again with room for it */
		if(sz >= Dirmax || strcmp(up->env->errstr, Eshort) != 0)
			return -1;
		sz *= 4;
		if(sz > Dirmax)
			sz = Dirmax;
	}
	return unpackdirs(buf, ts, d);
}

int
kchdir(char *path)
{
	Chan *c;
	Pgrp *pg;

	if(waserror())
		return -1;
	c = namec(path, Atodir, 0, 0);
	pg = up->env->pgrp;
	cclose(pg->dot);
	pg->dot = c;
	poperror();
	return 0;
}

int
kpipe(int fd[2])
{
	Chan *c[2];
	static char *names[] = { "data", "data1" };
	int i;

	c[0] = nil;
	c[1] = nil;
	fd[0] = -1;
	fd[1] = -1;
	if(waserror()){
		if(fd[0] >= 0)
			kclose(fd[0]);
		else
			cclose(c[0]);
		cclose(c[1]);
		return -1;
	}
	c[0] = namec("#|", Atodir, 0, 0);
	c[1] = cclone(c[0]);
	for(i = 0; i < 2; i++)
		if(walk(&c[i], &names[i], 1, 1, nil) < 0)
			error(up->env->errstr);
	c[0] = devtab[c[0]->type]->open(c[0], ORDWR);
	c[1] = devtab[c[1]->type]->open(c[1], ORDWR);
	fd[0] = newfd(c[0]);
	fd[1] = newfd(c[1]);
	poperror();
	return 0;
}

int
kfauth(int fd, char *aname)
{
	USED(fd, aname);
	kwerrstr("authentication not required");
	return -1;
}
