/*
 * The FAT engine: FAT12/16/32 volumes with long file names over a
 * caller's disk (fat.h). Mounting checks the boot sector and then the
 * whole tree (every directory entry and cluster chain: ranges, loops,
 * cross links), so that what follows can trust the FAT it holds in
 * memory; chains are still range-checked as they are followed.
 * Not a device: devfat.c serves volumes as #F.
 */
#include "all.h"
#include "fat.h"

enum {
	Aro = 0x01,
	Ahidden = 0x02,
	Asystem = 0x04,
	Avolume = 0x08,
	Adir = 0x10,
	Aarchive = 0x20,
	Alfn = 0x0F,

	Deleted = 0xE5,
	Lastlfn = 0x40,
	Lfnchars = 13,

	Ntlowbase = 0x08,	/* NT's flags: the short name's base or extension is lower case */
	Ntlowext = 0x10,
};

static char Ebpb[] = "fat: bad boot sector";

static uint
get16(uchar *p)
{
	return p[0] | p[1]<<8;
}

static ulong
get32(uchar *p)
{
	return p[0] | p[1]<<8 | p[2]<<16 | (ulong)p[3]<<24;
}

static void
put16(uchar *p, uint v)
{
	p[0] = v;
	p[1] = v>>8;
}

static void
put32(uchar *p, ulong v)
{
	p[0] = v;
	p[1] = v>>8;
	p[2] = v>>16;
	p[3] = v>>24;
}

/*
 * Times: FAT keeps local date and time; Ember keeps UTC, and so
 * writes UTC. Dates from 1980 to 2107.
 */
static long
daysfromcivil(int y, int m, int d)
{
	int era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y-399) / 400;
	yoe = y - era*400;
	doy = (153*(m + (m > 2 ? -3 : 9)) + 2)/5 + d-1;
	doe = yoe*365 + yoe/4 - yoe/100 + doy;
	return era*146097L + doe - 719468;
}

static ulong
fat2time(uint date, uint time)
{
	int y, m, d;
	long days;

	y = 1980 + (date>>9);
	m = (date>>5) & 15;
	d = date & 31;
	if(m < 1 || m > 12 || d < 1)
		return 0;
	days = daysfromcivil(y, m, d);
	return days*86400 + ((time>>11)&31)*3600 + ((time>>5)&63)*60 + (time&31)*2;
}

static void
time2fat(ulong t, uint *date, uint *time)
{
	long z, era, doe, yoe, y, doy, mp, d, m;
	ulong s;

	if(t < 315532800)	/* 1980-01-01 */
		t = 315532800;
	z = t / 86400;
	s = t % 86400;
	z += 719468;
	era = z / 146097;
	doe = z - era*146097;
	yoe = (doe - doe/1460 + doe/36524 - doe/146096) / 365;
	y = yoe + era*400;
	doy = doe - (365*yoe + yoe/4 - yoe/100);
	mp = (5*doy + 2)/153;
	d = doy - (153*mp + 2)/5 + 1;
	m = mp + (mp < 10 ? 3 : -9);
	y += m <= 2;
	if(y > 2107)
		y = 2107;
	*date = (y-1980)<<9 | m<<5 | d;
	*time = (s/3600)<<11 | ((s/60)%60)<<5 | (s%60)/2;
}

/*
 * The disk. Sectors of directories go through a small cache that is
 * written through: a change is on the disk when putsec returns, or,
 * inside a batch, when the batch ends.
 */
static void
diskcheck(Fatvol *v, int write, long n, uvlong off)
{
	if(write && v->rdonly)
		error(Eperm);
	if(v->disksize != 0 && off + n > v->disksize)
		errorf("fat: i/o at %llud past the end of the disk (%llud bytes)", off + n, v->disksize);
}

static void
diskio(Fatvol *v, int write, void *buf, long n, uvlong off)
{
	diskcheck(v, write, n, off);
	v->io(v, write, buf, n, off);
}

/*
 * Batches: metadata writes that no order makes safe (the FAT's
 * copies; a grown chain and the entry whose size covers it; the
 * sectors of one change to a directory) are gathered between
 * batchbegin and batchend and then given to the disk all at once
 * (Fatvol.writev), so that a crash finds some of them on the disk
 * and not the others only in the moment the device takes to store
 * them, not across the round trips of writes made one by one.
 * Batches nest; the outermost end writes. The cache keeps the
 * sectors of a batch until it is written.
 */
static void
batchbegin(Fatvol *v)
{
	v->batching++;
}

static void
batchwrite(Fatvol *v)
{
	int i, n;

	n = v->nbatch;
	if(n == 0)
		return;
	v->nbatch = 0;
	if(waserror()){
		for(i = 0; i < Fatcache; i++)
			v->cache[i].pinned = 0;
		nexterror();
	}
	if(v->writev != nil && n > 1)
		v->writev(v, v->batch, n);
	else
		for(i = 0; i < n; i++)
			v->io(v, 1, v->batch[i].buf, v->batch[i].n, v->batch[i].off);
	poperror();
	for(i = 0; i < Fatcache; i++)
		v->cache[i].pinned = 0;
}

static void
batchend(Fatvol *v)
{
	if(--v->batching == 0)
		batchwrite(v);
}

/* Write n bytes at off, or add them to the batch (the same sector again: its newest contents). */
static void
metawrite(Fatvol *v, void *buf, long n, uvlong off)
{
	Sdseg *g;
	int i;

	diskcheck(v, 1, n, off);
	if(v->batching == 0){
		v->io(v, 1, buf, n, off);
		return;
	}
	for(i = 0; i < v->nbatch; i++){
		g = &v->batch[i];
		if(g->off == off && g->n == n){
			g->buf = buf;
			return;
		}
	}
	if(v->nbatch == Fatbatch)
		batchwrite(v);
	g = &v->batch[v->nbatch++];
	g->buf = buf;
	g->n = n;
	g->off = off;
}

static Fatsec*
getsec(Fatvol *v, uvlong off)
{
	Fatsec *s, *old;
	int i;

	old = nil;
	for(i = 0; i < Fatcache; i++){
		s = &v->cache[i];
		if(s->buf != nil && s->off == off){
			s->used = ++v->stamp;
			return s;
		}
		if(s->pinned)
			continue;
		if(old == nil || s->buf == nil || (old->buf != nil && s->used < old->used))
			old = s;
	}
	if(old == nil){
		/* every sector is in the batch: write it early to free them */
		batchwrite(v);
		old = &v->cache[0];
	}
	if(old->buf == nil)
		old->buf = smalloc(v->secsize);
	old->off = ~0ULL;
	diskio(v, 0, old->buf, v->secsize, off);
	old->off = off;
	old->used = ++v->stamp;
	return old;
}

static void
putsec(Fatvol *v, Fatsec *s)
{
	if(v->batching)
		s->pinned = 1;
	metawrite(v, s->buf, v->secsize, s->off);
}

/* Forget cached sectors in [off, off+n): data was written around the cache. */
static void
dropsecs(Fatvol *v, uvlong off, uvlong n)
{
	int i;

	for(i = 0; i < Fatcache; i++)
		if(v->cache[i].buf != nil && v->cache[i].off >= off && v->cache[i].off < off+n)
			v->cache[i].off = ~0ULL;
}

static void
getent(Fatvol *v, uvlong pos, uchar *e)
{
	Fatsec *s;

	s = getsec(v, pos - pos % v->secsize);
	memmove(e, s->buf + pos % v->secsize, 32);
}

/* Change an entry in the cache only; putentsec writes its sector. */
static void
setent(Fatvol *v, uvlong pos, uchar *e)
{
	Fatsec *s;

	s = getsec(v, pos - pos % v->secsize);
	memmove(s->buf + pos % v->secsize, e, 32);
}

static void
putentsec(Fatvol *v, uvlong pos)
{
	putsec(v, getsec(v, pos - pos % v->secsize));
}

/*
 * The FAT, in memory.
 */
static ulong
eoc(Fatvol *v)
{
	return v->type == 12 ? 0xFF8 : v->type == 16 ? 0xFFF8 : 0x0FFFFFF8;
}

static ulong
badcl(Fatvol *v)
{
	return eoc(v) - 1;
}

static ulong
fatget(Fatvol *v, ulong cl)
{
	ulong o, x;

	switch(v->type){
	case 12:
		o = cl + cl/2;
		x = get16(v->fat + o);
		return (cl & 1) ? x >> 4 : x & 0xFFF;
	case 16:
		return get16(v->fat + 2*cl);
	default:
		return get32(v->fat + 4*cl) & 0x0FFFFFFF;
	}
}

static void
dirtyfat(Fatvol *v, ulong o)
{
	ulong s;

	s = o / v->secsize;
	if(!v->fatdirty[s]){
		v->fatdirty[s] = 1;
		v->ndirty++;
	}
}

static void
fatset(Fatvol *v, ulong cl, ulong val)
{
	ulong o, x;

	switch(v->type){
	case 12:
		o = cl + cl/2;
		x = get16(v->fat + o);
		if(cl & 1)
			x = (x & 0x000F) | (val & 0xFFF) << 4;
		else
			x = (x & 0xF000) | (val & 0xFFF);
		put16(v->fat + o, x);
		dirtyfat(v, o);
		dirtyfat(v, o+1);
		break;
	case 16:
		o = 2*cl;
		put16(v->fat + o, val);
		dirtyfat(v, o);
		break;
	default:
		o = 4*cl;
		put32(v->fat + o, (get32(v->fat + o) & 0xF0000000) | (val & 0x0FFFFFFF));
		dirtyfat(v, o);
		break;
	}
}

static int
validcl(Fatvol *v, ulong cl)
{
	return cl >= 2 && cl < v->nclust + 2;
}

/*
 * Write the FAT's changed sectors to every copy, in one batch. Two
 * copies of at most Fatspan bytes go in one request that runs from
 * the first changed sector of the first copy to the last of the
 * second (the sectors between unchanged), which the device stores in
 * one go. Otherwise each copy's changes in runs of adjacent sectors.
 */
static void
flushfat(Fatvol *v)
{
	ulong s, e;
	int i;

	if(v->ndirty == 0)
		return;
	batchbegin(v);
	if(waserror()){
		batchend(v);
		nexterror();
	}
	if(v->span){
		for(s = 0; s < v->fatsecs && !v->fatdirty[s]; s++)
			;
		for(e = v->fatsecs; e > s && !v->fatdirty[e-1]; e--)
			;
		memmove(v->fat + v->fatlen, v->fat, e*v->secsize);
		metawrite(v, v->fat + s*v->secsize, (v->fatsecs - s + e)*v->secsize,
			(uvlong)(v->rsvd + s) * v->secsize);
	}else
		for(i = 0; i < v->nfats; i++){
			if(v->activefat >= 0 && v->activefat != i)
				continue;
			for(s = 0; s < v->fatsecs; s = e){
				if(!v->fatdirty[s]){
					e = s+1;
					continue;
				}
				for(e = s+1; e < v->fatsecs && v->fatdirty[e] && e - s < 64; e++)
					;
				metawrite(v, v->fat + s*v->secsize, (e - s)*v->secsize,
					(uvlong)(v->rsvd + i*v->fatsecs + s) * v->secsize);
			}
		}
	memset(v->fatdirty, 0, v->fatsecs);
	v->ndirty = 0;
	poperror();
	batchend(v);
}

/* The next cluster after cl in f's chain, checked; 0 past the end. */
static ulong
nextcl(Fatfile *f, ulong cl)
{
	Fatvol *v;
	ulong n;

	v = f->v;
	n = fatget(v, cl);
	if(n >= eoc(v))
		return 0;
	if(!validcl(v, n))
		errorf("fat: %s: bad cluster %lud after cluster %lud", f->name, n, cl);
	return n;
}

/* The idx-th cluster of f's chain (from 0), or 0 if the chain is shorter. */
static ulong
clusterat(Fatfile *f, ulong idx)
{
	ulong cl, i;

	if(f->start == 0)
		return 0;
	if(f->ccl != 0 && f->cidx <= idx){
		i = f->cidx;
		cl = f->ccl;
	}else{
		i = 0;
		cl = f->start;
	}
	while(i < idx){
		cl = nextcl(f, cl);
		if(cl == 0)
			return 0;
		if(++i > f->v->nclust)
			errorf("fat: %s: loop in its cluster chain", f->name);
	}
	f->cidx = i;
	f->ccl = cl;
	return cl;
}

static void
countchain(Fatfile *f)
{
	ulong cl, n, last;

	if(f->ncl >= 0)
		return;
	n = 0;
	last = 0;
	for(cl = f->start; cl != 0; cl = nextcl(f, cl)){
		last = cl;
		if(++n > f->v->nclust)
			errorf("fat: %s: loop in its cluster chain", f->name);
	}
	f->ncl = n;
	f->lastcl = last;
}

static uvlong
cloff(Fatvol *v, ulong cl)
{
	return v->dataoff + (uvlong)(cl - 2) * v->clsize;
}

/*
 * n new clusters chained together, ending the chain, in memory only
 * (flushfat writes them); the first returned. Gives all back and
 * raises Efull if there are not enough.
 */
static ulong
allocchain(Fatvol *v, ulong n)
{
	ulong first, prev, cl, i, tried;

	if(n > v->nfree)
		error(Efull);
	first = prev = 0;
	cl = v->nextfree;
	for(i = 0; i < n; i++){
		for(tried = 0; ; tried++){
			if(tried > v->nclust)
				panic("fat: free count %lud, no free cluster", v->nfree);
			if(!validcl(v, cl))
				cl = 2;
			if(fatget(v, cl) == 0)
				break;
			cl++;
		}
		fatset(v, cl, eoc(v) | 7);
		if(prev != 0)
			fatset(v, prev, cl);
		else
			first = cl;
		prev = cl;
		v->nfree--;
		cl++;
	}
	v->nextfree = cl;
	v->fsinfodirty = 1;
	return first;
}

/* Free the chain from cl on, in memory. */
static void
freechain(Fatvol *v, ulong cl)
{
	ulong n, i;

	for(i = 0; validcl(v, cl) && i <= v->nclust; i++){
		n = fatget(v, cl);
		if(n == 0)
			break;
		fatset(v, cl, 0);
		v->nfree++;
		if(cl < v->nextfree)
			v->nextfree = cl;
		if(n >= eoc(v))
			break;
		cl = n;
	}
	v->fsinfodirty = 1;
}

/*
 * Names. A name that is a valid upper-case 8.3 name is kept in the
 * short entry alone; any other gets long-name entries and a made-up
 * short name.
 */
static int
shortchar(int c)
{
	if((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80)
		return 1;
	return c != 0 && strchr("$%'-_@~`!(){}^#&", c) != nil;
}

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 'a' - 'A' : c;
}

static int
upper(int c)
{
	return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

/* The 11 bytes of a short name that is name itself, or 0. */
static int
isshortname(char *name, uchar *sn)
{
	int i, j;

	memset(sn, ' ', 11);
	if(name[0] == '.' || name[0] == 0)
		return 0;
	for(i = 0, j = 0; name[i] != 0 && name[i] != '.'; i++, j++){
		if(j >= 8 || !shortchar((uchar)name[i]) || (uchar)name[i] >= 0x80)
			return 0;
		sn[j] = name[i];
	}
	if(name[i] == '.'){
		i++;
		if(name[i] == 0)
			return 0;
		for(j = 8; name[i] != 0; i++, j++){
			if(j >= 11 || !shortchar((uchar)name[i]) || (uchar)name[i] >= 0x80)
				return 0;
			sn[j] = name[i];
		}
	}
	if(sn[0] == Deleted)
		return 0;
	return 1;
}

static uchar
lfnsum(uchar *sn)
{
	uchar s;
	int i;

	s = 0;
	for(i = 0; i < 11; i++)
		s = ((s & 1) << 7) + (s >> 1) + sn[i];
	return s;
}

/* The short entry's name as text: "NAME.EXT", lower-cased as its NT flags say. */
static void
shortname(uchar *e, char *buf)
{
	char *p;
	Rune r;
	int i, n;

	p = buf;
	for(n = 8; n > 0 && e[n-1] == ' '; n--)
		;
	for(i = 0; i < n; i++){
		r = e[i];
		if(i == 0 && r == 0x05)
			r = Deleted;
		if(e[12] & Ntlowbase)
			r = lower(r);
		p += runetochar(p, &r);
	}
	for(n = 11; n > 8 && e[n-1] == ' '; n--)
		;
	if(n > 8)
		*p++ = '.';
	for(i = 8; i < n; i++){
		r = e[i];
		if(e[12] & Ntlowext)
			r = lower(r);
		p += runetochar(p, &r);
	}
	*p = 0;
}

/* UTF-8 name to UTF-16 units; -1 if a character may not be in a FAT name. */
static int
utf16(char *name, ushort *u)
{
	Rune r;
	int n, k;

	n = 0;
	while(*name != 0){
		k = chartorune(&r, name);
		if(r == Runeerror && k == 1)
			return -1;
		name += k;
		if(r < 0x20 || r == 0x7F || (r < 0x80 && strchr("\"*/:<>?\\|", r) != nil))
			return -1;
		if(r >= 0x10000){
			if(n + 2 > Fatnamelen)
				return -1;
			r -= 0x10000;
			u[n++] = 0xD800 | (r >> 10);
			u[n++] = 0xDC00 | (r & 0x3FF);
		}else{
			if(n + 1 > Fatnamelen)
				return -1;
			u[n++] = r;
		}
	}
	return n;
}

static void
utf8(ushort *u, int n, char *buf, int nbuf)
{
	char *p, *e;
	Rune r;
	int i;

	p = buf;
	e = buf + nbuf - 4;
	for(i = 0; i < n && u[i] != 0 && p < e; i++){
		r = u[i];
		if(r >= 0xD800 && r < 0xDC00 && i+1 < n && u[i+1] >= 0xDC00 && u[i+1] < 0xE000){
			r = 0x10000 + ((r - 0xD800) << 10) + (u[i+1] - 0xDC00);
			i++;
		}else if(r >= 0xD800 && r < 0xE000)
			r = Runeerror;
		p += runetochar(p, &r);
	}
	*p = 0;
}

/* Names compare without regard to ASCII case, as FAT's do. */
static int
namecmp(char *a, char *b)
{
	for(; *a != 0 && *b != 0; a++, b++)
		if(lower((uchar)*a) != lower((uchar)*b))
			return 1;
	return *a != *b;
}

/*
 * Directories. A directory's slots are its 32-byte entries, counted
 * from 0; slotpos gives a slot's place on the disk.
 */
static int
fixedroot(Fatfile *d)
{
	return d->dpos == 0 && d->v->type != 32;
}

/* The byte offset of slot i of directory d, or 0 if d has no slot i. */
static uvlong
slotpos(Fatfile *d, ulong i)
{
	Fatvol *v;
	ulong per, cl;

	v = d->v;
	if(fixedroot(d))
		return i < v->rootents ? v->rootoff + 32*(uvlong)i : 0;
	per = v->clsize / 32;
	cl = clusterat(d, i / per);
	if(cl == 0)
		return 0;
	return cloff(v, cl) + 32*(uvlong)(i % per);
}

/* A directory scan: where it is, and the long name gathered so far. */
typedef struct Scan Scan;
struct Scan {
	ulong	i;		/* next slot */
	int	lfnnext;	/* the long-name part expected next, 0 if none */
	uchar	lfnck;
	ulong	lfnslot;	/* where the long name began */
	uvlong	lfnpos;
	ushort	lfn[Lfnchars*20+1];
	int	nlfn;
};

/* The parts of one live entry the scan found. */
typedef struct Ent Ent;
struct Ent {
	uchar	e[32];
	uvlong	pos;
	uvlong	lpos;		/* its first long-name entry, or pos */
	ulong	slot;
	ulong	lslot;
	char	name[Fatnamelen*3+1];
};

/* The next live entry of d (volume labels and deleted ones skipped): 1, or 0 at the end. */
static int
nextent(Fatfile *d, Scan *s, Ent *t)
{
	uchar *e;
	uvlong pos;
	int ord, k, j;

	e = t->e;
	for(;;){
		pos = slotpos(d, s->i);
		if(pos == 0)
			return 0;
		getent(d->v, pos, e);
		t->slot = s->i++;
		if(e[0] == 0)
			return 0;
		if(e[0] == Deleted){
			s->lfnnext = 0;
			continue;
		}
		if((e[11] & 0x3F) == Alfn){
			ord = e[0] & 0x3F;
			if(e[0] & Lastlfn){
				if(ord == 0 || ord > 20){
					s->lfnnext = 0;
					continue;
				}
				s->lfnck = e[13];
				s->lfnslot = t->slot;
				s->lfnpos = pos;
				s->nlfn = ord*Lfnchars;
				memset(s->lfn, 0, sizeof s->lfn);
			}else if(ord != s->lfnnext || e[13] != s->lfnck || ord == 0){
				s->lfnnext = 0;
				continue;
			}
			k = (ord-1)*Lfnchars;
			for(j = 0; j < 5; j++)
				s->lfn[k++] = get16(e + 1 + 2*j);
			for(j = 0; j < 6; j++)
				s->lfn[k++] = get16(e + 14 + 2*j);
			for(j = 0; j < 2; j++)
				s->lfn[k++] = get16(e + 28 + 2*j);
			s->lfnnext = ord - 1;
			if(s->lfnnext == 0)
				s->lfnnext = -1;	/* complete: the short entry comes next */
			continue;
		}
		if(e[11] & Avolume){
			s->lfnnext = 0;
			continue;
		}
		t->pos = pos;
		if(s->lfnnext == -1 && s->lfnck == lfnsum(e)){
			utf8(s->lfn, s->nlfn, t->name, sizeof t->name);
			t->lpos = s->lfnpos;
			t->lslot = s->lfnslot;
		}else{
			shortname(e, t->name);
			t->lpos = pos;
			t->lslot = t->slot;
		}
		s->lfnnext = 0;
		if(t->name[0] == 0)
			shortname(e, t->name);
		return 1;
	}
}

static int
isdot(Ent *t)
{
	return t->e[0] == '.' && (memcmp(t->e, ".          ", 11) == 0 || memcmp(t->e, "..         ", 11) == 0);
}

static ulong
entstart(Fatvol *v, uchar *e)
{
	ulong cl;

	cl = get16(e + 26);
	if(v->type == 32)
		cl |= (ulong)get16(e + 20) << 16;
	return cl;
}

static void
setstart(Fatvol *v, uchar *e, ulong cl)
{
	put16(e + 26, cl);
	put16(e + 20, v->type == 32 ? cl >> 16 : 0);
}

/*
 * Fatfiles: one per entry in use, found by its short entry's place.
 */
static Fatfile*
newfile(Fatvol *v, Fatfile *parent, Ent *t)
{
	Fatfile *f;

	for(f = v->files; f != nil; f = f->next)
		if(f->dpos == t->pos && !f->removed){
			f->ref++;
			return f;
		}
	f = smalloc(sizeof *f);
	f->v = v;
	f->ref = 1;
	f->parent = parent;
	parent->ref++;
	f->dpos = t->pos;
	f->dslot = t->slot;
	f->lslot = t->lslot;
	memmove(f->de, t->e, 32);
	f->isdir = (t->e[11] & Adir) != 0;
	f->start = entstart(v, t->e);
	f->size = f->isdir ? 0 : get32(t->e + 28);
	f->name = kstrdup(t->name);
	f->ncl = -1;
	if(f->start != 0 && !validcl(v, f->start)){
		f->start = 0;
		f->ref = 0;
		free(f->name);
		free(f);
		parent->ref--;
		errorf("fat: %s: first cluster %lud out of range", t->name, entstart(v, t->e));
	}
	f->next = v->files;
	v->files = f;
	return f;
}

void
fatincref(Fatfile *f)
{
	f->ref++;
}

void
fatput(Fatfile *f)
{
	Fatfile **l, *p;
	Fatvol *v;

	while(f != nil && --f->ref == 0){
		v = f->v;
		if(f->dirty && !waserror()){
			fatflushfile(f);
			poperror();
		}
		if(f == v->root){
			f->ref = 1;	/* the volume's own, given back by fatunmount */
			return;
		}
		for(l = &v->files; *l != nil; l = &(*l)->next)
			if(*l == f){
				*l = f->next;
				break;
			}
		p = f->parent;
		free(f->name);
		free(f);
		f = p;
	}
}

/* The entry named name in d, or 0. */
static int
lookent(Fatfile *d, char *name, Ent *t)
{
	Scan s;

	memset(&s, 0, sizeof s);
	while(nextent(d, &s, t)){
		if(isdot(t))
			continue;
		if(namecmp(t->name, name) == 0)
			return 1;
		/* a long name's short alias names the file too */
		if(t->lpos != t->pos){
			char sn[13];

			shortname(t->e, sn);
			if(namecmp(sn, name) == 0)
				return 1;
		}
	}
	return 0;
}

Fatfile*
fatwalk(Fatfile *d, char *name)
{
	Ent *t;
	Fatfile *f;

	if(!d->isdir)
		error(Enotdir);
	if(strcmp(name, "..") == 0){
		d->parent->ref++;
		return d->parent;
	}
	if(strcmp(name, ".") == 0){
		d->ref++;
		return d;
	}
	t = smalloc(sizeof *t);
	if(waserror()){
		free(t);
		nexterror();
	}
	f = nil;
	if(!d->removed && lookent(d, name, t))
		f = newfile(d->v, d, t);
	poperror();
	free(t);
	return f;
}

void
fatstat(Fatfile *f, Fatinfo *fi)
{
	fi->name = f->dpos == 0 ? "/" : f->name;
	fi->isdir = f->isdir;
	fi->rdonly = f->dpos != 0 && (f->de[11] & Aro) != 0;
	fi->length = f->isdir ? 0 : f->size;
	if(f->dpos == 0){
		fi->mtime = fi->atime = 0;
		fi->qpath = 0;
	}else{
		fi->mtime = fat2time(get16(f->de + 24), get16(f->de + 22));
		fi->atime = fat2time(get16(f->de + 18), 0);
		if(fi->atime < fi->mtime)
			fi->atime = fi->mtime;
		fi->qpath = f->dpos;
	}
}

int
fatdirread(Fatfile *d, ulong *i, Fatinfo *fi, char *buf, int nbuf)
{
	Scan s;
	Ent *t;
	int r;

	if(!d->isdir)
		error(Enotdir);
	if(d->removed)
		return 0;
	t = smalloc(sizeof *t);
	if(waserror()){
		free(t);
		nexterror();
	}
	memset(&s, 0, sizeof s);
	s.i = *i;
	for(;;){
		r = nextent(d, &s, t);
		if(r == 0 || !isdot(t))
			break;
	}
	*i = s.i;
	if(r){
		Fatfile tmp;

		memset(&tmp, 0, sizeof tmp);
		memmove(tmp.de, t->e, 32);
		tmp.dpos = t->pos;
		tmp.isdir = (t->e[11] & Adir) != 0;
		tmp.size = get32(t->e + 28);
		{
			Fatfile *g;

			for(g = d->v->files; g != nil; g = g->next)
				if(g->dpos == t->pos && !g->removed){
					memmove(tmp.de, g->de, 32);
					tmp.size = g->size;
					break;
				}
		}
		tmp.name = buf;
		strecpy(buf, buf+nbuf, t->name);
		fatstat(&tmp, fi);
		fi->name = buf;
	}
	poperror();
	free(t);
	return r;
}

/*
 * Data.
 */

/* Read or write n bytes of f's clusters from off, in runs of adjacent clusters. */
static void
fileio(Fatfile *f, int write, uchar *p, long n, uvlong off)
{
	Fatvol *v;
	ulong cl, next, run;
	uvlong o;
	long k, m;

	v = f->v;
	while(n > 0){
		cl = clusterat(f, off / v->clsize);
		if(cl == 0)
			errorf("fat: %s: cluster chain shorter than its size", f->name);
		o = off % v->clsize;
		k = v->clsize - o;
		/* gather following clusters that lie next to this one */
		run = cl;
		while(k < n){
			next = nextcl(f, run);
			if(next != run + 1)
				break;
			run = next;
			f->cidx++;
			f->ccl = run;
			k += v->clsize;
		}
		m = k < n ? k : n;
		diskio(v, write, p, m, cloff(v, cl) + o);
		if(write)
			dropsecs(v, cloff(v, cl) + o, m);
		p += m;
		off += m;
		n -= m;
	}
}

long
fatread(Fatfile *f, void *buf, long n, uvlong off)
{
	if(f->isdir)
		error(Eisdir);
	if(off >= f->size)
		return 0;
	if(n > f->size - off)
		n = f->size - off;
	fileio(f, 0, buf, n, off);
	return n;
}

/* Write f's short entry, with the modification time now. */
static void
putde(Fatfile *f, int touch)
{
	uint date, time;

	if(f->dpos == 0)
		return;
	if(touch){
		time2fat(seconds(), &date, &time);
		put16(f->de + 22, time);
		put16(f->de + 24, date);
		put16(f->de + 18, date);
		f->de[11] |= Aarchive;
	}
	setstart(f->v, f->de, f->start);
	put32(f->de + 28, f->isdir ? 0 : f->size);
	setent(f->v, f->dpos, f->de);
	putentsec(f->v, f->dpos);
}

static void
linkchain(Fatfile *f, ulong first, ulong n)
{
	Fatvol *v;
	ulong cl, i;

	v = f->v;
	if(f->ncl == 0)
		f->start = first;
	else
		fatset(v, f->lastcl, first);
	cl = first;
	for(i = 1; i < n; i++)
		cl = fatget(v, cl);
	f->lastcl = cl;
	f->ncl += n;
}

/*
 * Write n bytes from p (zeros if nil) into the chain that starts at
 * cl, from its beginning, in runs of adjacent clusters. The chain is
 * new: nothing on the disk points at it yet.
 */
static void
chainwrite(Fatvol *v, ulong cl, uchar *p, long n)
{
	ulong run, next, ncl;
	long k;

	while(n > 0){
		if(!validcl(v, cl))
			panic("fat: new chain ends early");
		run = cl;
		ncl = 1;
		while((uvlong)ncl * v->clsize < (uvlong)n){
			next = fatget(v, run);
			if(next != run + 1)
				break;
			run = next;
			ncl++;
		}
		k = (uvlong)ncl * v->clsize < (uvlong)n ? (long)(ncl * v->clsize) : n;
		if(p != nil){
			diskio(v, 1, p, k, cloff(v, cl));
			p += k;
		}else{
			long i, m;

			for(i = 0; i < k; i += m){
				m = k - i < (long)v->clsize ? k - i : (long)v->clsize;
				diskio(v, 1, v->zero, m, cloff(v, cl) + i);
			}
		}
		dropsecs(v, cloff(v, cl), k);
		n -= k;
		cl = fatget(v, run);
	}
}

/*
 * Write n bytes from p (zeros if nil) at off <= f->size, growing the
 * chain: the old clusters in place, the new ones before the FAT
 * links them, and the FAT before the caller writes the entry.
 */
static void
writedata(Fatfile *f, uchar *p, long n, uvlong off)
{
	Fatvol *v;
	volatile ulong first;
	ulong need, nnew, i;
	uvlong o;
	long k, m;

	v = f->v;
	need = (off + n + v->clsize - 1) / v->clsize;
	countchain(f);
	first = 0;
	nnew = 0;
	if(need > (ulong)f->ncl){
		nnew = need - f->ncl;
		first = allocchain(v, nnew);
	}
	if(waserror()){
		if(first != 0)
			freechain(v, first);
		nexterror();
	}
	o = (uvlong)f->ncl * v->clsize;
	if(off < o){
		k = o - off < (uvlong)n ? (long)(o - off) : n;
		if(p != nil)
			fileio(f, 1, p, k, off);
		else
			for(i = 0; i < (ulong)k; i += m){
				m = k - i < (long)v->clsize ? k - i : (long)v->clsize;
				fileio(f, 1, v->zero, m, off + i);
			}
		if(p != nil)
			p += k;
		off += k;
		n -= k;
	}
	if(n > 0){
		if(first == 0 || off != o)
			panic("fat: write past its chain at %llud", off);
		chainwrite(v, first, p, n);
	}
	if(first != 0)
		linkchain(f, first, nnew);
	poperror();
}

/*
 * Does the entry on the disk (f->de until putde) name a chain whose
 * length a write changed? Then the FAT and the entry must change
 * together: in either order a crash between them would leave a
 * chain that is longer or shorter than the size says.
 */
static int
chainchanged(Fatfile *f)
{
	Fatvol *v;
	ulong start;
	uvlong size;

	v = f->v;
	start = entstart(v, f->de);
	if(f->isdir || start == 0)
		return 0;
	size = get32(f->de + 28);
	countchain(f);
	return start != f->start || (size + v->clsize - 1) / v->clsize != (uvlong)f->ncl;
}

/*
 * The entry of a file that was written. A new chain (the entry on
 * the disk has none) goes first, then the entry that names it with
 * its size, so that a crash between leaves only lost clusters. A
 * chain the entry already named that grew goes with the entry in
 * one batch.
 */
void
fatflushfile(Fatfile *f)
{
	Fatvol *v;
	int together;

	if(!f->dirty)
		return;
	v = f->v;
	together = chainchanged(f);
	if(together){
		batchbegin(v);
		if(waserror()){
			batchend(v);
			nexterror();
		}
	}
	flushfat(v);
	putde(f, 1);
	if(together){
		poperror();
		batchend(v);
	}
	f->dirty = 0;
	f->pending = 0;
}

long
fatwrite(Fatfile *f, void *buf, long n, uvlong off)
{
	uvlong end;

	if(f->isdir)
		error(Eisdir);
	if(f->removed)
		error(Enonexist);
	if(n < 0)
		error(Ebadarg);
	end = off + n;
	if(end > 0xFFFFFFFFULL)
		error("fat: files end at 4 GiB");
	if(n == 0)
		return 0;
	if(f->v->rdonly)
		error(Eperm);
	if(off > f->size){
		writedata(f, nil, off - f->size, f->size);
		if(f->size < off)
			f->size = off;
		f->dirty = 1;
	}
	writedata(f, buf, n, off);
	if(end > f->size)
		f->size = end;
	/*
	 * The data is on the disk; the FAT and the entry follow when the
	 * file is closed or synced, or after Fatpending bytes, so that
	 * the windows in which a crash finds them half written are rare.
	 */
	f->dirty = 1;
	f->pending += n;
	if(f->pending >= Fatpending)
		fatflushfile(f);
	return n;
}

void
fattrunc(Fatfile *f, uvlong len)
{
	Fatvol *v;
	ulong need, cl;

	v = f->v;
	if(f->isdir)
		error(Eisdir);
	if(len > 0xFFFFFFFFULL)
		error("fat: files end at 4 GiB");
	if(v->rdonly)
		error(Eperm);
	if(len > f->size){
		writedata(f, nil, len - f->size, f->size);
		f->size = len;
		f->dirty = 1;
		fatflushfile(f);
		return;
	}
	fatflushfile(f);
	countchain(f);
	need = (len + v->clsize - 1) / v->clsize;
	f->size = len;
	f->ccl = 0;
	if(need >= f->ncl){
		putde(f, 1);
		return;
	}
	/* no chain left: the entry first, so that a crash leaves lost clusters */
	if(need == 0){
		cl = f->start;
		f->start = 0;
		putde(f, 1);
		freechain(v, cl);
		f->ncl = 0;
		f->lastcl = 0;
		f->ccl = 0;
		flushfat(v);
		return;
	}
	/* a shorter chain: the entry and the FAT together */
	batchbegin(v);
	if(waserror()){
		batchend(v);
		nexterror();
	}
	putde(f, 1);
	cl = clusterat(f, need-1);
	freechain(v, fatget(v, cl));
	fatset(v, cl, eoc(v) | 7);
	f->ncl = need;
	f->lastcl = cl;
	f->ccl = 0;
	flushfat(v);
	poperror();
	batchend(v);
}

/*
 * Making and removing entries.
 */

/*
 * Add a cluster of empty entries to directory d: zeros on the disk
 * before the FAT links it.
 */
static void
growdir(Fatfile *d)
{
	Fatvol *v;
	volatile ulong cl;

	v = d->v;
	if(fixedroot(d))
		error("fat: root directory full");
	countchain(d);
	if((uvlong)(d->ncl + 1) * v->clsize / 32 > 65536)
		error("fat: directory full");
	cl = allocchain(v, 1);
	if(waserror()){
		freechain(v, cl);
		nexterror();
	}
	diskio(v, 1, v->zero, v->clsize, cloff(v, cl));
	dropsecs(v, cloff(v, cl), v->clsize);
	poperror();
	linkchain(d, cl, 1);
	flushfat(v);
}

/*
 * A run of n free slots in d (growing d if it must), where new
 * entries will go; its first slot. A run of at most a sector's
 * entries keeps to one sector, so that it is written at once. End
 * markers (a first byte 0) skipped to keep that rule become deleted
 * entries, so that nothing before the new entries ends the directory.
 */
static ulong
findslots(Fatfile *d, int n)
{
	Fatvol *v;
	uchar e[32];
	uvlong pos;
	ulong i, run, per, first;
	long firstzero;

	v = d->v;
	run = 0;
	first = 0;
	firstzero = -1;
	per = v->secsize / 32;
	for(i = 0; ; i++){
		pos = slotpos(d, i);
		if(pos == 0){
			growdir(d);
			pos = slotpos(d, i);
			if(pos == 0)
				panic("fat: directory grew but has no slot %lud", i);
		}
		if(run > 0 && n <= (int)per && i % per == 0)
			run = 0;
		getent(v, pos, e);
		if(e[0] == 0 && firstzero < 0)
			firstzero = i;
		if(e[0] == 0 || e[0] == Deleted){
			if(run++ == 0)
				first = i;
			if(run == (ulong)n)
				break;
		}else
			run = 0;
	}
	if(firstzero >= 0 && (ulong)firstzero < first){
		for(i = firstzero; i < first; i++){
			pos = slotpos(d, i);
			getent(v, pos, e);
			e[0] = Deleted;
			setent(v, pos, e);
			if(i+1 == first || (pos + 32) % v->secsize == 0)
				putentsec(v, pos);
		}
	}
	return first;
}

/* A short name for long name that no entry of d has yet. */
static void
makeshort(Fatfile *d, char *name, uchar *sn)
{
	Scan s;
	Ent *t;
	char base[9], ext[4], *dot, tail[8];
	uchar *used;
	int nb, ne, k, tl, i;
	ulong num;
	char *p;

	dot = strrchr(name, '.');
	if(dot == name)
		dot = nil;
	nb = ne = 0;
	for(p = name; *p != 0 && p != dot; p++){
		if(*p == ' ' || *p == '.')
			continue;
		if(nb < 8)
			base[nb++] = shortchar(upper((uchar)*p)) && (uchar)*p < 0x80 ? upper((uchar)*p) : '_';
	}
	if(nb == 0)
		base[nb++] = '_';
	if(dot != nil)
		for(p = dot+1; *p != 0 && ne < 3; p++){
			if(*p == ' ')
				continue;
			ext[ne++] = shortchar(upper((uchar)*p)) && (uchar)*p < 0x80 ? upper((uchar)*p) : '_';
		}
	base[nb] = 0;
	ext[ne] = 0;
	/* which numeric tails ~1 .. ~999999 are taken by names with this base */
	used = smalloc(1000000/8 + 1);
	t = smalloc(sizeof *t);
	if(waserror()){
		free(used);
		free(t);
		nexterror();
	}
	memset(&s, 0, sizeof s);
	while(nextent(d, &s, t)){
		for(k = 7; k > 0 && t->e[k] != '~'; k--)
			;
		if(k == 0)
			continue;
		num = 0;
		for(i = k+1; i < 8 && t->e[i] >= '0' && t->e[i] <= '9'; i++)
			num = num*10 + t->e[i] - '0';
		if(num > 0 && num < 1000000)
			used[num/8] |= 1 << (num%8);
	}
	for(num = 1; num < 1000000; num++)
		if(!(used[num/8] & (1 << (num%8))))
			break;
	if(num == 1000000)
		error("fat: no short name left for this name");
	tl = snprint(tail, sizeof tail, "~%lud", num);
	memset(sn, ' ', 11);
	k = nb;
	if(k > 8 - tl)
		k = 8 - tl;
	memmove(sn, base, k);
	memmove(sn + k, tail, tl);
	memmove(sn + 8, ext, ne);
	poperror();
	free(used);
	free(t);
}

Fatfile*
fatcreate(Fatfile *d, char *name, int isdir)
{
	Fatvol *v;
	ushort u[Fatnamelen+1];
	uchar sn[11], e[32];
	Ent *t;
	Fatfile *f;
	volatile ulong cl;
	ulong slot, i;
	uvlong pos;
	uint date, time;
	int nu, nlfn, k, j, ord;
	ushort c;

	v = d->v;
	if(v->rdonly)
		error(Eperm);
	if(!d->isdir)
		error(Enotdir);
	if(d->removed)
		error(Enonexist);
	if(strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
		error(Efilename);
	nu = utf16(name, u);
	if(nu <= 0)
		errorf("fat: not a valid FAT name: %s", name);
	if(name[strlen(name)-1] == '.' || name[strlen(name)-1] == ' ')
		errorf("fat: not a valid FAT name (ends in . or space): %s", name);
	t = smalloc(sizeof *t);
	cl = 0;
	if(waserror()){
		if(cl != 0)
			freechain(v, cl);
		free(t);
		nexterror();
	}
	if(lookent(d, name, t))
		error(Eexist);
	if(isshortname(name, sn))
		nlfn = 0;
	else{
		makeshort(d, name, sn);
		nlfn = (nu + Lfnchars - 1) / Lfnchars;
	}
	slot = findslots(d, nlfn + 1);

	memset(e, 0, 32);
	memmove(e, sn, 11);
	e[11] = isdir ? Adir : Aarchive;
	time2fat(seconds(), &date, &time);
	put16(e + 14, time);
	put16(e + 16, date);
	put16(e + 18, date);
	put16(e + 22, time);
	put16(e + 24, date);
	if(isdir){
		/* the new directory's cluster, with . and .., before the entry that names it */
		uchar *buf;

		cl = allocchain(v, 1);
		buf = v->zero;
		memmove(buf, e, 32);
		memmove(buf, ".          ", 11);
		setstart(v, buf, cl);
		memmove(buf+32, e, 32);
		memmove(buf+32, "..         ", 11);
		setstart(v, buf+32, d->dpos == 0 ? 0 : d->start);
		if(waserror()){
			memset(buf, 0, 64);
			nexterror();
		}
		diskio(v, 1, buf, v->clsize, cloff(v, cl));
		poperror();
		memset(buf, 0, 64);
		dropsecs(v, cloff(v, cl), v->clsize);
		flushfat(v);
		setstart(v, e, cl);
	}
	pos = slotpos(d, slot + nlfn);
	setent(v, pos, e);
	for(k = nlfn; k >= 1; k--){
		uchar l[32];

		memset(l, 0, 32);
		ord = k;
		l[0] = ord | (k == nlfn ? Lastlfn : 0);
		l[11] = Alfn;
		l[13] = lfnsum(sn);
		for(j = 0; j < Lfnchars; j++){
			i = (ord-1)*Lfnchars + j;
			c = i < (ulong)nu ? u[i] : i == (ulong)nu ? 0 : 0xFFFF;
			if(j < 5)
				put16(l + 1 + 2*j, c);
			else if(j < 11)
				put16(l + 14 + 2*(j-5), c);
			else
				put16(l + 28 + 2*(j-11), c);
		}
		setent(v, slotpos(d, slot + nlfn - k), l);
	}
	/* the sectors of the short entry and the long name together */
	batchbegin(v);
	if(waserror()){
		batchend(v);
		nexterror();
	}
	putentsec(v, pos);
	{
		uvlong p, sec, last;

		last = pos - pos % v->secsize;
		for(k = nlfn-1; k >= 0; k--){
			p = slotpos(d, slot + k);
			sec = p - p % v->secsize;
			if(sec != last){
				putentsec(v, p);
				last = sec;
			}
		}
	}
	poperror();
	batchend(v);
	d->ccl = 0;
	memmove(t->e, e, 32);
	t->pos = pos;
	t->slot = slot + nlfn;
	t->lslot = slot;
	strecpy(t->name, t->name + sizeof t->name, name);
	cl = 0;
	f = newfile(v, d, t);
	if(isdir){
		f->ncl = 1;
		f->lastcl = f->start;
	}else
		f->ncl = 0;
	poperror();
	free(t);
	return f;
}

/*
 * Mark f's entries free, the sectors of the long name and of the
 * short entry in one batch; the caller frees the clusters after.
 */
static void
clearents(Fatfile *f)
{
	Fatvol *v;
	Fatfile *d;
	uchar e[32];
	uvlong p, sec, dsec;
	ulong i;

	v = f->v;
	d = f->parent;
	batchbegin(v);
	if(waserror()){
		batchend(v);
		nexterror();
	}
	dsec = f->dpos - f->dpos % v->secsize;
	for(i = f->lslot; i < f->dslot; i++){
		p = slotpos(d, i);
		if(p == 0)
			break;
		getent(v, p, e);
		e[0] = Deleted;
		setent(v, p, e);
		sec = p - p % v->secsize;
		if(sec != dsec && (i+1 == f->dslot || slotpos(d, i+1) - slotpos(d, i+1) % v->secsize != sec))
			putentsec(v, p);
	}
	getent(v, f->dpos, e);
	e[0] = Deleted;
	setent(v, f->dpos, e);
	putentsec(v, f->dpos);
	poperror();
	batchend(v);
}

static int
emptydir(Fatfile *d)
{
	Scan s;
	Ent *t;
	int r;

	t = smalloc(sizeof *t);
	if(waserror()){
		free(t);
		nexterror();
	}
	memset(&s, 0, sizeof s);
	r = 1;
	while(nextent(d, &s, t))
		if(!isdot(t)){
			r = 0;
			break;
		}
	poperror();
	free(t);
	return r;
}

void
fatremove(Fatfile *f)
{
	Fatvol *v;
	Fatfile *g;

	v = f->v;
	if(v->rdonly)
		error(Eperm);
	if(f->dpos == 0)
		error(Eperm);
	if(f->removed)
		error(Enonexist);
	fatflushfile(f);
	if(f->isdir){
		if(!emptydir(f))
			error("directory not empty");
		for(g = v->files; g != nil; g = g->next)
			if(g->parent == f && g != f && !g->removed)
				error(Einuse);
	}
	clearents(f);
	f->parent->ccl = 0;
	freechain(v, f->start);
	flushfat(v);
	f->removed = 1;
	f->start = 0;
	f->size = 0;
	f->ncl = 0;
	f->ccl = 0;
}

/*
 * Rename within f's directory: the new entries and the old ones
 * marked free go to the disk in one batch, since either alone is
 * wrong (two names on one chain, or the file lost).
 */
void
fatrename(Fatfile *f, char *name)
{
	Fatvol *v;
	Fatfile *d, *nf;
	Fatfile old;
	uchar de[32];

	v = f->v;
	d = f->parent;
	if(v->rdonly || f->dpos == 0)
		error(Eperm);
	if(f->removed)
		error(Enonexist);
	if(strcmp(name, f->name) == 0)
		return;
	if(namecmp(name, f->name) != 0){
		Ent *t;
		int found;

		t = smalloc(sizeof *t);
		if(waserror()){
			free(t);
			nexterror();
		}
		found = lookent(d, name, t);
		poperror();
		free(t);
		if(found)
			error(Eexist);
	}
	fatflushfile(f);
	memmove(de, f->de, 32);
	batchbegin(v);
	if(waserror()){
		batchend(v);
		nexterror();
	}
	/* a file entry with no clusters, then filled in from the old one */
	nf = fatcreate(d, name, 0);
	old = *f;
	memmove(nf->de + 11, de + 11, 21);
	if(f->isdir){
		/* fatcreate gave a file: fix it up as the directory */
		nf->isdir = 1;
	}
	nf->start = f->start;
	nf->size = f->size;
	nf->ncl = f->ncl;
	nf->lastcl = f->lastcl;
	if(waserror()){
		nf->start = 0;
		nf->removed = 1;
		fatput(nf);
		nexterror();
	}
	setstart(v, nf->de, nf->start);
	put32(nf->de + 28, nf->isdir ? 0 : nf->size);
	setent(v, nf->dpos, nf->de);
	putentsec(v, nf->dpos);
	poperror();
	/* the old entries go; f takes over the new place */
	clearents(&old);
	f->dpos = nf->dpos;
	f->dslot = nf->dslot;
	f->lslot = nf->lslot;
	memmove(f->de, nf->de, 32);
	kstrdupto(&f->name, name);
	nf->start = 0;
	nf->removed = 1;
	nf->dpos = ~0ULL;
	fatput(nf);
	d->ccl = 0;
	poperror();
	batchend(v);
}

void
fatsetattr(Fatfile *f, int rdonly, ulong mtime)
{
	uint date, time;

	if(f->v->rdonly)
		error(Eperm);
	if(f->dpos == 0)
		return;
	fatflushfile(f);
	if(rdonly)
		f->de[11] |= Aro;
	else
		f->de[11] &= ~Aro;
	if(mtime != ~0UL){
		time2fat(mtime, &date, &time);
		put16(f->de + 22, time);
		put16(f->de + 24, date);
	}
	putde(f, 0);
}

/*
 * Mounting: the boot sector, the FAT, and a check of the whole tree.
 */
static void
readbpb(Fatvol *v, uchar *b)
{
	ulong fatsz, rootsecs, datasecs, need;
	uvlong meta;

	if(b[510] != 0x55 || b[511] != 0xAA)
		errorf("%s: no signature 55 AA at byte 510", Ebpb);
	if(b[0] != 0xEB && b[0] != 0xE9)
		errorf("%s: jump instruction %#ux is neither EB nor E9", Ebpb, b[0]);
	v->secsize = get16(b + 11);
	if(v->secsize != 512 && v->secsize != 1024 && v->secsize != 2048 && v->secsize != 4096)
		errorf("%s: bytes per sector %lud", Ebpb, v->secsize);
	v->secpercl = b[13];
	if(v->secpercl == 0 || (v->secpercl & (v->secpercl-1)) != 0)
		errorf("%s: sectors per cluster %lud", Ebpb, v->secpercl);
	v->clsize = v->secsize * v->secpercl;
	if(v->clsize > 256*1024)
		errorf("%s: cluster size %lud", Ebpb, v->clsize);
	v->rsvd = get16(b + 14);
	if(v->rsvd == 0)
		errorf("%s: reserved sectors 0", Ebpb);
	v->nfats = b[16];
	if(v->nfats == 0 || v->nfats > 4)
		errorf("%s: number of FATs %d", Ebpb, v->nfats);
	v->rootents = get16(b + 17);
	v->totsecs = get16(b + 19);
	if(v->totsecs == 0)
		v->totsecs = get32(b + 32);
	if(b[21] != 0xF0 && b[21] < 0xF8)
		errorf("%s: media byte %#ux", Ebpb, b[21]);
	fatsz = get16(b + 22);
	if(fatsz == 0)
		fatsz = get32(b + 36);
	if(fatsz == 0)
		errorf("%s: FAT size 0", Ebpb);
	v->fatsecs = fatsz;
	rootsecs = (v->rootents*32 + v->secsize - 1) / v->secsize;
	meta = v->rsvd + (uvlong)v->nfats*fatsz + rootsecs;
	if(v->totsecs <= meta)
		errorf("%s: %llud sectors, but its FATs and root need %llud", Ebpb, v->totsecs, meta);
	if(v->disksize != 0 && v->totsecs * v->secsize > v->disksize)
		errorf("fat: volume of %llud bytes on a disk of %llud bytes (truncated image?)",
			v->totsecs * v->secsize, v->disksize);
	datasecs = v->totsecs - meta;
	v->nclust = datasecs / v->secpercl;
	if(v->nclust == 0)
		errorf("%s: no data clusters", Ebpb);
	if(v->nclust < 4085)
		v->type = 12;
	else if(v->nclust < 65525)
		v->type = 16;
	else
		v->type = 32;
	v->activefat = -1;
	if(v->type == 32){
		if(v->rootents != 0 || get16(b + 22) != 0)
			errorf("%s: FAT32 with a fixed root directory or 16-bit FAT size", Ebpb);
		if(get16(b + 42) != 0)
			errorf("%s: FAT32 version %#ux", Ebpb, get16(b + 42));
		if(get16(b + 40) & 0x80){
			v->activefat = get16(b + 40) & 0xF;
			if(v->activefat >= v->nfats)
				errorf("%s: active FAT %d of %d", Ebpb, v->activefat, v->nfats);
		}
		v->rootcl = get32(b + 44);
		if(!validcl(v, v->rootcl))
			errorf("%s: root cluster %lud", Ebpb, v->rootcl);
		v->fsinfo = get16(b + 48);
		if(v->fsinfo == 0 || v->fsinfo == 0xFFFF || v->fsinfo >= v->rsvd)
			v->fsinfo = 0;
		v->volid = get32(b + 67);
		memmove(v->label, b + 71, 11);
	}else{
		if(v->rootents == 0)
			errorf("%s: FAT%d with no root directory entries", Ebpb, v->type);
		v->rootoff = (uvlong)(v->rsvd + v->nfats*fatsz) * v->secsize;
		if(b[38] == 0x29){
			v->volid = get32(b + 39);
			memmove(v->label, b + 43, 11);
		}
	}
	v->dataoff = meta * v->secsize;
	/* the FAT must have an entry for every cluster */
	if(v->type == 12)
		need = ((v->nclust + 2)*3 + 1) / 2;
	else
		need = (v->nclust + 2) * (v->type/8);
	if((uvlong)fatsz * v->secsize < need)
		errorf("%s: FAT of %lud sectors too small for %lud clusters", Ebpb, fatsz, v->nclust);
	if((uvlong)fatsz * v->secsize > 64*1024*1024)
		errorf("fat: FAT of %lud sectors too large to hold in memory", fatsz);
}

static void
readfsinfo(Fatvol *v)
{
	uchar *b;
	ulong n;

	if(v->fsinfo == 0)
		return;
	b = v->zero;
	diskio(v, 0, b, v->secsize, (uvlong)v->fsinfo * v->secsize);
	if(get32(b) != 0x41615252 || get32(b + 484) != 0x61417272 || get32(b + 508) != 0xAA550000)
		v->fsinfo = 0;	/* none that is valid: left alone */
	else{
		n = get32(b + 492);
		if(validcl(v, n))
			v->nextfree = n;
		if(get32(b + 488) != v->nfree)
			v->fsinfodirty = 1;
	}
	memset(b, 0, v->secsize);
}

static void
writefsinfo(Fatvol *v)
{
	uchar *b;

	if(v->fsinfo == 0 || !v->fsinfodirty || v->rdonly)
		return;
	b = v->zero;
	if(waserror()){
		memset(b, 0, v->clsize);
		nexterror();
	}
	diskio(v, 0, b, v->secsize, (uvlong)v->fsinfo * v->secsize);
	if(get32(b) == 0x41615252 && get32(b + 484) == 0x61417272){
		put32(b + 488, v->nfree);
		put32(b + 492, v->nextfree);
		diskio(v, 1, b, v->secsize, (uvlong)v->fsinfo * v->secsize);
	}
	poperror();
	memset(b, 0, v->clsize);
	v->fsinfodirty = 0;
}

/* A directory to check: its first cluster (0: the fixed root) and path. */
typedef struct Chk Chk;
struct Chk {
	ulong	start;
	char	*path;
	Chk	*next;
};

/* Mark the chain of the file at path; the error names the problem. */
static ulong
markchain(Fatvol *v, uchar *seen, ulong start, char *path)
{
	ulong cl, n, c2, i;

	n = 0;
	for(cl = start; ; ){
		if(!validcl(v, cl))
			errorf("fat: %s: cluster %lud out of range (2 to %lud)", path, cl, v->nclust+1);
		if(seen[cl/8] & (1 << (cl%8))){
			/* its own chain, or another file's? */
			c2 = start;
			for(i = 0; i < n && c2 != cl; i++)
				c2 = fatget(v, c2);
			if(c2 == cl && i < n)
				errorf("fat: %s: loop in its cluster chain at cluster %lud", path, cl);
			errorf("fat: %s: cluster %lud is cross-linked with another file", path, cl);
		}
		seen[cl/8] |= 1 << (cl%8);
		n++;
		c2 = fatget(v, cl);
		if(c2 >= eoc(v))
			break;
		if(c2 == 0)
			errorf("fat: %s: cluster chain runs into free cluster %lud", path, cl);
		if(c2 == badcl(v))
			errorf("fat: %s: cluster chain runs into a bad cluster after %lud", path, cl);
		cl = c2;
	}
	return n;
}

/*
 * Check every directory and chain of the volume: no loops, no
 * cross links, no cluster out of range, directories that hold
 * directories; count the free clusters and the lost ones.
 */
static void
checktree(Fatvol *v)
{
	uchar *seen;
	Chk *volatile todo, *volatile c;
	Fatfile *d;
	Scan s;
	Ent *t;
	ulong cl, used, n, depth;
	char *volatile path;

	seen = smalloc(v->nclust/8 + 2);
	t = smalloc(sizeof *t);
	d = smalloc(sizeof *d);
	todo = nil;
	if(waserror()){
		while(todo != nil){
			c = todo;
			todo = c->next;
			free(c->path);
			free(c);
		}
		free(seen);
		free(t);
		free(d);
		nexterror();
	}
	c = smalloc(sizeof *c);
	c->start = v->type == 32 ? v->rootcl : 0;
	c->path = kstrdup("/");
	todo = c;
	if(v->type == 32)
		markchain(v, seen, v->rootcl, "/");
	used = 0;
	while(todo != nil){
		c = todo;
		todo = c->next;
		memset(d, 0, sizeof *d);
		d->v = v;
		d->isdir = 1;
		d->start = c->start;
		d->dpos = c->start == 0 || c->start == v->rootcl ? 0 : 1;
		d->name = c->path;
		d->ncl = -1;
		depth = 0;
		for(path = c->path; *path != 0; path++)
			if(*path == '/')
				depth++;
		if(depth > Fatmaxdepth){
			free(c->path);
			free(c);
			error("fat: directories nested too deeply");
		}
		memset(&s, 0, sizeof s);
		if(waserror()){
			free(c->path);
			free(c);
			nexterror();
		}
		while(nextent(d, &s, t)){
			if(isdot(t))
				continue;
			cl = entstart(v, t->e);
			n = strlen(c->path) + strlen(t->name) + 2;
			path = smalloc(n);
			snprint(path, n, "%s%s%s", c->path, c->path[1] ? "/" : "", t->name);
			if(waserror()){
				free(path);
				nexterror();
			}
			if(t->e[11] & Adir){
				if(cl == 0)
					errorf("fat: %s: directory with no clusters", path);
				markchain(v, seen, cl, path);
				Chk *nc = smalloc(sizeof *nc);
				nc->start = cl;
				nc->path = path;
				nc->next = todo;
				todo = nc;
				path = nil;
			}else if(cl != 0){
				n = markchain(v, seen, cl, path);
				USED(n);
			}else if(get32(t->e + 28) != 0)
				errorf("fat: %s: %lud bytes but no clusters", path, get32(t->e + 28));
			poperror();
			free(path);
		}
		poperror();
		free(c->path);
		free(c);
	}
	v->nfree = 0;
	v->lost = 0;
	for(cl = 2; cl < v->nclust + 2; cl++){
		n = fatget(v, cl);
		if(n == 0)
			v->nfree++;
		else if(n != badcl(v) && !(seen[cl/8] & (1 << (cl%8))))
			v->lost++;
		if(seen[cl/8] & (1 << (cl%8)))
			used++;
	}
	poperror();
	free(seen);
	free(t);
	free(d);
}

void
fatfree(Fatvol *v)
{
	Fatfile *f;
	int i;

	if(v == nil)
		return;
	while((f = v->files) != nil){
		v->files = f->next;
		free(f->name);
		free(f);
	}
	for(i = 0; i < Fatcache; i++)
		free(v->cache[i].buf);
	free(v->fat);
	free(v->fatdirty);
	free(v->zero);
	free(v);
}

Fatvol*
fatmount(void (*io)(Fatvol*, int, void*, long, uvlong), void (*flush)(Fatvol*), void *aux, uvlong size, int rdonly)
{
	Fatvol *v;
	Fatfile *r;
	uchar *b;
	ulong i;

	v = smalloc(sizeof *v);
	v->io = io;
	v->flush = flush;
	v->aux = aux;
	v->disksize = size;
	v->rdonly = rdonly;
	for(i = 0; i < Fatcache; i++)
		v->cache[i].off = ~0ULL;
	if(waserror()){
		fatfree(v);
		nexterror();
	}
	if(size != 0 && size < 512)
		errorf("fat: disk of %llud bytes is too small", size);
	b = smalloc(512);
	if(waserror()){
		free(b);
		nexterror();
	}
	diskio(v, 0, b, 512, 0);
	readbpb(v, b);
	poperror();
	free(b);

	v->zero = smalloc(v->clsize);
	memset(v->zero, 0, v->clsize);
	v->fatlen = v->fatsecs * v->secsize;
	v->span = !rdonly && v->nfats == 2 && v->activefat < 0 && v->fatlen <= Fatspan;
	v->fat = malloc(v->span ? 2*v->fatlen : v->fatlen);
	if(v->fat == nil)
		error("fat: no memory for the FAT");
	v->fatdirty = smalloc(v->fatsecs);
	memset(v->fatdirty, 0, v->fatsecs);
	diskio(v, 0, v->fat, v->fatlen, (uvlong)(v->rsvd + (v->activefat > 0 ? v->activefat : 0) * v->fatsecs) * v->secsize);
	if(v->fat[0] != 0xF0 && v->fat[0] < 0xF8)
		errorf("fat: FAT entry 0 (%#ux) is not a media byte", v->fat[0]);
	v->nextfree = 2;
	checktree(v);
	readfsinfo(v);

	r = smalloc(sizeof *r);
	r->v = v;
	r->ref = 1;
	r->parent = r;
	r->isdir = 1;
	r->dpos = 0;
	r->start = v->type == 32 ? v->rootcl : 0;
	r->name = kstrdup("/");
	r->ncl = -1;
	r->next = nil;
	v->root = r;
	v->files = r;
	poperror();
	return v;
}

void
fatsync(Fatvol *v)
{
	Fatfile *f;

	if(v->rdonly)
		return;
	for(f = v->files; f != nil; f = f->next)
		fatflushfile(f);
	flushfat(v);
	writefsinfo(v);
	if(v->flush != nil)
		v->flush(v);
}

void
fatunmount(Fatvol *v)
{
	if(waserror()){
		fatfree(v);
		nexterror();
	}
	fatsync(v);
	poperror();
	fatfree(v);
}

ulong
fatfreeclusters(Fatvol *v)
{
	return v->nfree;
}
