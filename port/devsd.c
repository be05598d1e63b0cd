/*
 * #S, sd: disks and their MBR partitions as files. Each disk NAME is
 * a directory #S/NAME holding ctl (its geometry and partitions), data
 * (the whole disk) and p1 to p4 (the primary partitions the MBR
 * lists). Disks come from drivers (sdadddisk: virtio-blk) or from
 * #S/sdctl: "attach NAME FILE" makes a disk of any file of sectors,
 * such as a host image file through #U, so that the whole storage
 * stack runs on the host kernel. Reads and writes may be at any
 * offset and of any length; partial sectors are read, changed and
 * written back. Not a cache.
 *
 * sd.lk guards the disk table; each disk's lk serialises its I/O
 * and its bounce sector.
 */
#include "all.h"

typedef struct Sddisk Sddisk;
typedef struct Sdpart Sdpart;

enum {
	Ndisk = 16,
	Npart = 4,
	Qtop = 0,
	Qsdctl,
	Qdir,		/* per disk, below: path is disk<<8 | kind */
	Qctl,
	Qdata,
	Qpart,		/* Qpart+i: partition i+1 */
};

struct Sdpart {
	int	valid;
	int	type;		/* the MBR's type byte */
	uvlong	start;		/* sectors */
	uvlong	nsec;
};

struct Sddisk {
	QLock	lk;
	char	name[KNAMELEN];
	ulong	secsize;
	uvlong	nsec;
	/* a driver's disk */
	Sdops	*ops;
	void	*arg;
	/* or a file's */
	Chan	*file;
	char	*path;
	Sdpart	part[Npart];
	uchar	*bounce;	/* one sector */
};

static struct {
	QLock	lk;
	Sddisk	*disk[Ndisk];
} sd;

static char Enodisk[] = "sd: no such disk";

static long
filerw(Sddisk *d, int write, void *buf, long n, uvlong sec)
{
	Chan *c;
	uchar *p;
	uvlong off;
	long r, m;

	c = d->file;
	p = buf;
	off = sec * d->secsize;
	m = n * d->secsize;
	while(m > 0){
		if(write)
			r = devtab[c->type]->write(c, p, m, off);
		else
			r = devtab[c->type]->read(c, p, m, off);
		if(r <= 0)
			errorf("sd: %s: short %s at sector %llud", d->name, write ? "write" : "read", off / d->secsize);
		p += r;
		off += r;
		m -= r;
	}
	return n;
}

/* n whole sectors at sector sec of the disk */
static void
diskrw(Sddisk *d, int write, void *buf, long n, uvlong sec)
{
	long r;

	if(sec > d->nsec || n > d->nsec - sec)
		error("sd: i/o past the end of the disk");
	if(d->file != nil){
		filerw(d, write, buf, n, sec);
		return;
	}
	while(n > 0){
		r = d->ops->rw(d->arg, write, buf, n, sec);
		if(r <= 0)
			errorf("sd: %s: %s error at sector %llud", d->name, write ? "write" : "read", sec);
		buf = (uchar*)buf + r*d->secsize;
		sec += r;
		n -= r;
	}
}

static void
diskflush(Sddisk *d)
{
	if(d->ops != nil && d->ops->flush != nil)
		d->ops->flush(d->arg);
}

static void
readmbr(Sddisk *d)
{
	uchar *b, *e;
	uvlong start, n;
	int i;

	memset(d->part, 0, sizeof d->part);
	if(d->secsize < 512 || d->nsec == 0)
		return;
	b = smalloc(d->secsize);
	if(waserror()){
		free(b);
		nexterror();
	}
	diskrw(d, 0, b, 1, 0);
	poperror();
	if(b[510] == 0x55 && b[511] == 0xAA)
		for(i = 0; i < Npart; i++){
			e = b + 446 + 16*i;
			start = e[8] | e[9]<<8 | e[10]<<16 | (ulong)e[11]<<24;
			n = e[12] | e[13]<<8 | e[14]<<16 | (ulong)e[15]<<24;
			/* an entry that is empty, or does not fit the disk, is no partition */
			if(e[4] == 0 || n == 0 || start == 0 || start >= d->nsec || n > d->nsec - start)
				continue;
			d->part[i].valid = 1;
			d->part[i].type = e[4];
			d->part[i].start = start;
			d->part[i].nsec = n;
		}
	free(b);
}

static int
freeslot(char *name)
{
	int i, slot;

	slot = -1;
	for(i = 0; i < Ndisk; i++){
		if(sd.disk[i] == nil){
			if(slot < 0)
				slot = i;
		}else if(strcmp(sd.disk[i]->name, name) == 0)
			errorf("sd: disk %s already there", name);
	}
	if(slot < 0)
		error("sd: too many disks");
	return slot;
}

/* A driver's disk (Sdops in portdat.h). Called from a proc: it reads the MBR. */
void
sdadddisk(char *name, ulong secsize, uvlong nsec, Sdops *ops, void *arg)
{
	Sddisk *d;
	int slot;

	qlock(&sd.lk);
	if(waserror()){
		qunlock(&sd.lk);
		nexterror();
	}
	slot = freeslot(name);
	d = smalloc(sizeof *d);
	strecpy(d->name, d->name + sizeof d->name, name);
	d->secsize = secsize;
	d->nsec = nsec;
	d->ops = ops;
	d->arg = arg;
	d->bounce = smalloc(secsize);
	sd.disk[slot] = d;
	poperror();
	qunlock(&sd.lk);
	if(!waserror()){
		readmbr(d);
		poperror();
	}
}

static void
attachfile(char *name, char *path, ulong secsize)
{
	Sddisk *d;
	Chan *c;
	Dir *dir;
	int slot;

	if(name[0] == 0 || strchr(name, '/') != nil || strlen(name) >= KNAMELEN || strcmp(name, "sdctl") == 0)
		errorf("sd: bad disk name '%s'", name);
	if(secsize < 512 || secsize > 4096 || (secsize & (secsize-1)) != 0)
		errorf("sd: bad sector size %lud", secsize);
	slot = freeslot(name);
	c = namec(path, Aopen, ORDWR, 0);
	d = smalloc(sizeof *d);
	if(waserror()){
		cclose(c);
		free(d->path);
		free(d->bounce);
		free(d);
		nexterror();
	}
	d->file = c;
	d->path = kstrdup(path);
	dir = chandirstat(c);
	if(dir == nil)
		error("sd: cannot stat the file");
	d->nsec = dir->length / secsize;
	free(dir);
	strecpy(d->name, d->name + sizeof d->name, name);
	d->secsize = secsize;
	d->bounce = smalloc(secsize);
	readmbr(d);
	poperror();
	sd.disk[slot] = d;
}

static void
detach(char *name, int busyok)
{
	Sddisk *d;
	int i;

	USED(busyok);
	for(i = 0; i < Ndisk; i++)
		if(sd.disk[i] != nil && strcmp(sd.disk[i]->name, name) == 0)
			break;
	if(i == Ndisk)
		error(Enodisk);
	d = sd.disk[i];
	if(d->file == nil)
		error("sd: a driver's disk cannot be detached");
	sd.disk[i] = nil;
	qlock(&d->lk);
	qunlock(&d->lk);
	cclose(d->file);
	free(d->path);
	free(d->bounce);
	free(d);
}

#define QDISK(q)	((int)(((q).path >> 8) & 0xFF) - 1)
#define QKIND(q)	((int)((q).path & 0xFF))

static Sddisk*
diskof(Chan *c)
{
	int i;

	i = QDISK(c->qid);
	if(i < 0 || i >= Ndisk || sd.disk[i] == nil)
		error(Enodisk);
	return sd.disk[i];
}

static int
sdgen(Chan *c, char *name, Dirtab *tab, int ntab, int i, Dir *dp)
{
	Qid q;
	Sddisk *d;
	int di, k;
	/* devdir keeps the name's pointer: not a buffer on this stack */
	static char *partname[Npart] = { "p1", "p2", "p3", "p4" };

	USED(name, tab, ntab);
	di = QDISK(c->qid);
	if(i == DEVDOTDOT){
		mkqid(&q, Qtop, 0, QTDIR);
		devdir(c, q, "#S", 0, eve, DMDIR|0555, dp);
		return 1;
	}
	if(di < 0){
		/* the top: sdctl, then a directory per disk */
		if(i == 0){
			mkqid(&q, Qsdctl, 0, QTFILE);
			devdir(c, q, "sdctl", 0, eve, 0664, dp);
			return 1;
		}
		i--;
		for(k = 0; k < Ndisk; k++)
			if(sd.disk[k] != nil && i-- == 0){
				mkqid(&q, (k+1)<<8 | Qdir, 0, QTDIR);
				devdir(c, q, sd.disk[k]->name, 0, eve, DMDIR|0555, dp);
				return 1;
			}
		return -1;
	}
	if(di >= Ndisk || (d = sd.disk[di]) == nil)
		return -1;
	if(i == 0){
		mkqid(&q, (di+1)<<8 | Qctl, 0, QTFILE);
		devdir(c, q, "ctl", 0, eve, 0664, dp);
		return 1;
	}
	if(i == 1){
		mkqid(&q, (di+1)<<8 | Qdata, 0, QTFILE);
		devdir(c, q, "data", d->nsec * d->secsize, eve, 0660, dp);
		return 1;
	}
	i -= 2;
	if(i >= Npart)
		return -1;
	if(!d->part[i].valid)
		return 0;
	mkqid(&q, (di+1)<<8 | (Qpart+i), 0, QTFILE);
	devdir(c, q, partname[i], d->part[i].nsec * d->secsize, eve, 0660, dp);
	return 1;
}

static Chan*
sdattach(char *spec)
{
	Chan *c;

	c = devattach('S', spec);
	mkqid(&c->qid, Qtop, 0, QTDIR);
	return c;
}

static Walkqid*
sdwalk(Chan *c, Chan *nc, char **name, int nname)
{
	Walkqid *wq;

	qlock(&sd.lk);
	if(waserror()){
		qunlock(&sd.lk);
		nexterror();
	}
	wq = devwalk(c, nc, name, nname, nil, 0, sdgen);
	poperror();
	qunlock(&sd.lk);
	return wq;
}

static int
sdstat(Chan *c, uchar *db, int n)
{
	qlock(&sd.lk);
	if(waserror()){
		qunlock(&sd.lk);
		nexterror();
	}
	n = devstat(c, db, n, nil, 0, sdgen);
	poperror();
	qunlock(&sd.lk);
	return n;
}

static Chan*
sdopen(Chan *c, int omode)
{
	qlock(&sd.lk);
	if(waserror()){
		qunlock(&sd.lk);
		nexterror();
	}
	c = devopen(c, omode, nil, 0, sdgen);
	poperror();
	qunlock(&sd.lk);
	return c;
}

static void
sdclose(Chan *c)
{
	USED(c);
}

/* The extent of the file c is, in bytes, from the disk's start. */
static void
extent(Sddisk *d, Chan *c, uvlong *start, uvlong *len)
{
	int k;

	k = QKIND(c->qid);
	if(k == Qdata){
		*start = 0;
		*len = d->nsec * d->secsize;
	}else{
		k -= Qpart;
		if(k < 0 || k >= Npart || !d->part[k].valid)
			error(Enonexist);
		*start = d->part[k].start * d->secsize;
		*len = d->part[k].nsec * d->secsize;
	}
}

/* Read or write n bytes at byte offset off of the disk: whole sectors straight, the ends through the bounce sector. */
static long
bytesrw(Sddisk *d, int write, uchar *p, long n, uvlong off)
{
	ulong ss, o;
	long m, k, done;

	ss = d->secsize;
	done = 0;
	while(n > 0){
		o = off % ss;
		if(o != 0 || n < (long)ss){
			m = ss - o;
			if(m > n)
				m = n;
			diskrw(d, 0, d->bounce, 1, off / ss);
			if(write){
				memmove(d->bounce + o, p, m);
				diskrw(d, 1, d->bounce, 1, off / ss);
			}else
				memmove(p, d->bounce + o, m);
		}else{
			k = n / ss;
			if(k > 256)
				k = 256;
			m = k * ss;
			diskrw(d, write, p, k, off / ss);
		}
		p += m;
		off += m;
		n -= m;
		done += m;
	}
	return done;
}

/*
 * Write every segment (offsets in c's disk or partition) and return
 * when all are written: a driver that can gives the device them all
 * at once, so that they reach the disk together (fat.c's metadata);
 * otherwise one after another. 0 if c is not a file of #S.
 */
int
sdwritev(Chan *c, Sdseg *seg, int nseg)
{
	Sddisk *d;
	Sdseg *abs;
	uvlong start, len;
	int i, whole;

	if(devtab[c->type]->dc != 'S')
		return 0;
	if(QKIND(c->qid) != Qdata && QKIND(c->qid) < Qpart)
		error(Eperm);
	qlock(&sd.lk);
	d = diskof(c);
	qunlock(&sd.lk);
	abs = smalloc(nseg * sizeof *abs);
	qlock(&d->lk);
	if(waserror()){
		qunlock(&d->lk);
		free(abs);
		nexterror();
	}
	extent(d, c, &start, &len);
	whole = 1;
	for(i = 0; i < nseg; i++){
		if(seg[i].n < 0 || seg[i].off >= len || (uvlong)seg[i].n > len - seg[i].off)
			error("sd: write past the end of the partition");
		abs[i].buf = seg[i].buf;
		abs[i].n = seg[i].n;
		abs[i].off = start + seg[i].off;
		if(abs[i].off % d->secsize != 0 || abs[i].n % d->secsize != 0)
			whole = 0;
	}
	if(whole && d->ops != nil && d->ops->writev != nil)
		d->ops->writev(d->arg, abs, nseg);
	else
		for(i = 0; i < nseg; i++)
			bytesrw(d, 1, abs[i].buf, abs[i].n, abs[i].off);
	poperror();
	qunlock(&d->lk);
	free(abs);
	return 1;
}

static long
sdctlread(char *buf, long n, vlong off)
{
	char *s, *p, *e;
	Sddisk *d;
	long r;
	int i;

	s = smalloc(4096);
	p = s;
	e = s + 4096;
	qlock(&sd.lk);
	for(i = 0; i < Ndisk; i++)
		if((d = sd.disk[i]) != nil)
			p = seprint(p, e, "%s %s %llud %lud\n", d->name, d->file != nil ? d->path : "driver", d->nsec, d->secsize);
	qunlock(&sd.lk);
	r = readstr(off, buf, n, s);
	free(s);
	return r;
}

static long
diskctlread(Sddisk *d, char *buf, long n, vlong off)
{
	char *s, *p, *e;
	long r;
	int i;

	s = smalloc(1024);
	p = s;
	e = s + 1024;
	p = seprint(p, e, "geometry %llud %lud\n", d->nsec, d->secsize);
	for(i = 0; i < Npart; i++)
		if(d->part[i].valid)
			p = seprint(p, e, "part p%d %llud %llud type %#.2ux\n", i+1, d->part[i].start,
				d->part[i].start + d->part[i].nsec, d->part[i].type);
	r = readstr(off, buf, n, s);
	free(s);
	return r;
}

static long
sdread(Chan *c, void *buf, long n, vlong off)
{
	Sddisk *d;
	uvlong start, len;
	int k;

	if(off < 0)
		error(Enegoff);
	if(c->qid.type & QTDIR){
		qlock(&sd.lk);
		if(waserror()){
			qunlock(&sd.lk);
			nexterror();
		}
		n = devdirread(c, buf, n, nil, 0, sdgen);
		poperror();
		qunlock(&sd.lk);
		return n;
	}
	k = QKIND(c->qid);
	if(k == Qsdctl && QDISK(c->qid) < 0)
		return sdctlread(buf, n, off);
	qlock(&sd.lk);
	d = diskof(c);
	qunlock(&sd.lk);
	if(k == Qctl)
		return diskctlread(d, buf, n, off);
	qlock(&d->lk);
	if(waserror()){
		qunlock(&d->lk);
		nexterror();
	}
	extent(d, c, &start, &len);
	if((uvlong)off >= len)
		n = 0;
	else if((uvlong)n > len - off)
		n = len - off;
	if(n > 0)
		n = bytesrw(d, 0, buf, n, start + off);
	poperror();
	qunlock(&d->lk);
	return n;
}

static long
sdwrite(Chan *c, void *buf, long n, vlong off)
{
	Sddisk *d;
	Cmdbuf *cb;
	uvlong start, len;
	int k;

	if(off < 0)
		error(Enegoff);
	k = QKIND(c->qid);
	if(k == Qsdctl && QDISK(c->qid) < 0){
		cb = parsecmd(buf, n);
		qlock(&sd.lk);
		if(waserror()){
			qunlock(&sd.lk);
			free(cb);
			nexterror();
		}
		if(cb->nf >= 3 && cb->nf <= 4 && strcmp(cb->f[0], "attach") == 0)
			attachfile(cb->f[1], cb->f[2], cb->nf == 4 ? strtoul(cb->f[3], nil, 0) : 512);
		else if(cb->nf == 2 && strcmp(cb->f[0], "detach") == 0)
			detach(cb->f[1], 0);
		else
			cmderror(cb, "usage: attach name file [secsize] | detach name");
		poperror();
		qunlock(&sd.lk);
		free(cb);
		return n;
	}
	qlock(&sd.lk);
	d = diskof(c);
	qunlock(&sd.lk);
	qlock(&d->lk);
	if(waserror()){
		qunlock(&d->lk);
		nexterror();
	}
	if(k == Qctl){
		cb = parsecmd(buf, n);
		if(waserror()){
			free(cb);
			nexterror();
		}
		if(cb->nf == 1 && strcmp(cb->f[0], "flush") == 0){
			diskflush(d);
		}else if(cb->nf == 1 && strcmp(cb->f[0], "partition") == 0)
			readmbr(d);
		else
			cmderror(cb, "usage: flush | partition");
		poperror();
		free(cb);
	}else{
		extent(d, c, &start, &len);
		if((uvlong)off >= len || (uvlong)n > len - off)
			error("sd: write past the end of the partition");
		n = bytesrw(d, 1, buf, n, start + off);
	}
	poperror();
	qunlock(&d->lk);
	return n;
}

/* A wstat that changes nothing (9P's sync) flushes the disk's cache; anything else is refused. */
static int
sdwstat(Chan *c, uchar *db, int n)
{
	Sddisk *d;
	Dir dir;
	char *strs;

	strs = smalloc(n);
	if(waserror()){
		free(strs);
		nexterror();
	}
	if(convM2D(db, n, &dir, strs) == 0)
		error(Ebadstat);
	if(dir.name[0] != 0 || dir.uid[0] != 0 || dir.gid[0] != 0 || dir.length != ~0LL ||
	   (u32int)dir.mode != (u32int)~0 || (u32int)dir.mtime != (u32int)~0)
		error(Eperm);
	qlock(&sd.lk);
	d = diskof(c);
	qunlock(&sd.lk);
	qlock(&d->lk);
	if(!waserror()){
		diskflush(d);
		poperror();
	}
	qunlock(&d->lk);
	poperror();
	free(strs);
	return n;
}

Dev sddevtab = {
	'S',
	"sd",

	devreset,
	devinit,
	devshutdown,
	sdattach,
	sdwalk,
	sdstat,
	sdopen,
	devcreate,
	sdclose,
	sdread,
	devbread,
	sdwrite,
	devbwrite,
	devremove,
	sdwstat,
};
