/*
 * Generic device helpers: what a simple device described by a Dirtab
 * and a generator needs for attach, walk, stat, directory reads and
 * open, plus the defaults for operations a device does not support.
 */
#include "all.h"

extern char *eve;

/* The index in devtab of the device with character c, or -1 (or an error if user). */
int
devno(int c, int user)
{
	int i;

	for(i = 0; devtab[i] != nil; i++)
		if(devtab[i]->dc == c)
			return i;
	if(!user)
		panic("devno %C %#ux", c, c);
	return -1;
}

void
mkqid(Qid *q, vlong path, ulong vers, int type)
{
	q->type = type;
	q->vers = vers;
	q->path = path;
}

void
devdir(Chan *c, Qid qid, char *n, vlong length, char *user, long perm, Dir *db)
{
	db->name = n;
	if(c->flag & CMSG)
		qid.type |= QTMOUNT;
	db->qid = qid;
	db->type = devtab[c->type]->dc;
	db->dev = c->dev;
	db->mode = perm;
	db->mode |= (ulong)qid.type << 24;
	db->atime = seconds();
	db->mtime = db->atime;
	db->length = length;
	db->uid = user;
	db->gid = eve;
	db->muid = user;
}

/*
 * The generator for a Dirtab: entry i of tab, or the device's root
 * for DEVDOTDOT. Returns 1 if filled, -1 past the end. A table's
 * files belong to the user looking at them: kernel devices serve
 * whoever uses them, and the host owner shares them as the group.
 */
int
devgen(Chan *c, char *name, Dirtab *tab, int ntab, int i, Dir *dp)
{
	USED(name);
	if(tab == nil)
		return -1;
	if(i == DEVDOTDOT){
		devdir(c, (Qid){0, 0, QTDIR}, "#", 0, eve, DMDIR|0555, dp);
		dp->name[0] = '#';
		return 1;
	}
	if(i < 0 || i >= ntab)
		return -1;
	tab += i;
	devdir(c, tab->qid, tab->name, tab->length, up->env->user, tab->perm, dp);
	return 1;
}

Chan*
devattach(int dc, char *spec)
{
	Chan *c;
	char *buf;
	int n;

	c = newchan();
	mkqid(&c->qid, 0, 0, QTDIR);
	c->type = devno(dc, 0);
	if(spec == nil)
		spec = "";
	n = 1 + UTFmax + strlen(spec) + 1;
	buf = smalloc(n);
	snprint(buf, n, "#%C%s", dc, spec);
	c->name = newcname(buf);
	free(buf);
	return c;
}

/* A new, unopened Chan for the same file. */
Chan*
devclone(Chan *c)
{
	Chan *nc;

	if(c->flag & COPEN)
		panic("devclone: file of type %C already open", devtab[c->type]->dc);
	nc = newchan();
	nc->type = c->type;
	nc->dev = c->dev;
	nc->mode = c->mode;
	nc->qid = c->qid;
	nc->offset = c->offset;
	nc->umh = nil;
	nc->aux = c->aux;
	nc->mqid = c->mqid;
	return nc;
}

/*
 * Walk from c through up to nname names, each found by asking gen for
 * entries (by name first, then by index). Returns the qids reached; if
 * all were, clone (nc, or a new clone of c) is moved to the last.
 */
Walkqid*
devwalk(Chan *c, Chan *nc0, char **name, int nname, Dirtab *tab, int ntab, Devgen *gen)
{
	int i, j;
	volatile int alloc;	/* volatile: live across waserror */
	Chan *volatile nc;
	Walkqid *wq;
	char *n;
	Dir dir;

	if(nname > 0)
		isdir(c);
	alloc = 0;
	nc = nc0;
	wq = smalloc(sizeof(Walkqid) + (nname > 0 ? nname-1 : 0)*sizeof(Qid));
	if(waserror()){
		if(alloc && wq->clone != nil)
			cclose(wq->clone);
		free(wq);
		return nil;
	}
	if(nc == nil){
		nc = devclone(c);
		nc->type = 0;	/* not yet of the device: cclose must not call its close */
		alloc = 1;
	}
	wq->clone = nc;
	for(j = 0; j < nname; j++){
		if(!(nc->qid.type & QTDIR)){
			if(j == 0)
				error(Enotdir);
			goto Done;
		}
		n = name[j];
		if(strcmp(n, ".") == 0){
    Accept:
			wq->qid[wq->nqid++] = nc->qid;
			continue;
		}
		if(strcmp(n, "..") == 0){
			if((*gen)(nc, nil, tab, ntab, DEVDOTDOT, &dir) != 1){
				print("devgen walk .. in dev%s %llux broken\n", devtab[nc->type]->name, nc->qid.path);
				error("broken devgen");
			}
			nc->qid = dir.qid;
			goto Accept;
		}
		/* Try the name directly first (cheap for generators that look up by name), then by index. */
		for(i = 0;; i++){
			switch((*gen)(nc, n, tab, ntab, i, &dir)){
			case -1:
				if(j == 0)
					error(Enonexist);
				strecpy(up->env->errstr, up->env->errstr+ERRMAX, Enonexist);
				goto Done;
			case 0:
				continue;
			case 1:
				if(strcmp(n, dir.name) == 0){
					nc->qid = dir.qid;
					goto Accept;
				}
				continue;
			}
		}
	}
Done:
	poperror();
	if(wq->nqid < nname){
		if(alloc)
			cclose(wq->clone);
		wq->clone = nil;
	}else if(wq->clone != nil){
		wq->clone->type = c->type;	/* now it is the device's */
	}
	return wq;
}

/* Stat for a Dirtab device: find c among gen's entries, or describe c's directory. */
int
devstat(Chan *c, uchar *db, int n, Dirtab *tab, int ntab, Devgen *gen)
{
	int i;
	Dir dir;
	char *p, *elem;

	for(i = 0;; i++)
		switch((*gen)(c, nil, tab, ntab, i, &dir)){
		case -1:
			if(c->qid.type & QTDIR){
				if(c->name == nil)
					elem = "???";
				else if(strcmp(c->name->s, "/") == 0)
					elem = "/";
				else
					for(elem = p = c->name->s; *p; p++)
						if(*p == '/')
							elem = p+1;
				devdir(c, c->qid, elem, 0, eve, DMDIR|0555, &dir);
				n = convD2M(&dir, db, n);
				if(n == 0)
					error(Ebadarg);
				return n;
			}
			error(Enonexist);
		case 0:
			break;
		case 1:
			if(c->qid.path == dir.qid.path){
				if(c->flag & CMSG)
					dir.mode |= DMMOUNT;
				n = convD2M(&dir, db, n);
				if(n == 0)
					error(Ebadarg);
				return n;
			}
			break;
		}
}

/*
 * Read directory entries from gen. c->dri is the index of the next
 * entry; only whole entries are returned, and a buffer too small for
 * even one gives an error.
 */
long
devdirread(Chan *c, char *d, long n, Dirtab *tab, int ntab, Devgen *gen)
{
	long m, dsz;
	Dir dir;

	for(m = 0; m < n; c->dri++)
		switch((*gen)(c, nil, tab, ntab, c->dri, &dir)){
		case -1:
			return m;
		case 0:
			break;
		case 1:
			dsz = convD2M(&dir, (uchar*)d, n-m);
			if(dsz <= BIT16SZ){	/* does not fit */
				if(m == 0)
					error(Eshort);
				return m;
			}
			m += dsz;
			d += dsz;
			break;
		}
	return m;
}

/* Kernel device permissions: owner bits for the owner, group bits for eve, else other bits. */
void
devpermcheck(char *fileuid, ulong perm, int omode)
{
	ulong t;
	static int access[] = { 0400, 0200, 0600, 0100 };

	if(strcmp(up->env->user, fileuid) == 0)
		perm <<= 0;
	else if(strcmp(up->env->user, eve) == 0)
		perm <<= 3;
	else
		perm <<= 6;
	t = access[omode&3];
	if((t&perm) != t)
		error(Eperm);
}

Chan*
devopen(Chan *c, int omode, Dirtab *tab, int ntab, Devgen *gen)
{
	int i;
	Dir dir;

	for(i = 0;; i++)
		switch((*gen)(c, nil, tab, ntab, i, &dir)){
		case -1:
			goto Return;
		case 0:
			break;
		case 1:
			if(c->qid.path == dir.qid.path){
				devpermcheck(dir.uid, dir.mode, omode);
				goto Return;
			}
			break;
		}
Return:
	c->offset = 0;
	if((c->qid.type & QTDIR) && omode != OREAD)
		error(Eperm);
	c->mode = openmode(omode);
	c->flag |= COPEN;
	return c;
}

void
devcreate(Chan *c, char *name, int mode, ulong perm)
{
	USED(c, name, mode, perm);
	error(Eperm);
}

void
devremove(Chan *c)
{
	USED(c);
	error(Eperm);
}

int
devwstat(Chan *c, uchar *dp, int n)
{
	USED(c, dp, n);
	error(Eperm);
}

/* Block read and write for devices that have only byte read and write. */
Block*
devbread(Chan *c, long n, ulong offset)
{
	Block *bp;

	bp = allocb(n);
	if(bp == nil)
		error(Enomem);
	if(waserror()){
		freeb(bp);
		nexterror();
	}
	bp->wp += devtab[c->type]->read(c, bp->wp, n, offset);
	poperror();
	return bp;
}

long
devbwrite(Chan *c, Block *bp, ulong offset)
{
	long n;

	if(waserror()){
		freeb(bp);
		nexterror();
	}
	n = devtab[c->type]->write(c, bp->rp, BLEN(bp), offset);
	poperror();
	freeb(bp);
	return n;
}

void
devreset(void)
{
}

void
devinit(void)
{
}

void
devshutdown(void)
{
}

/* Copy the part of the string str at offset into buf; the usual read of a text file. */
long
readstr(ulong off, char *buf, ulong n, char *str)
{
	ulong size;

	size = strlen(str);
	if(off >= size)
		return 0;
	if(off+n > size)
		n = size-off;
	memmove(buf, str+off, n);
	return n;
}

/* A number read as text: right-justified in size-1 columns and a blank, or just the digits if size is 0. */
long
readnum(ulong off, char *buf, ulong n, ulong val, int size)
{
	char tmp[64];

	if(size == 0)
		snprint(tmp, sizeof tmp, "%lud", val);
	else
		snprint(tmp, sizeof tmp, "%*lud ", size-1, val);
	return readstr(off, buf, n, tmp);
}
