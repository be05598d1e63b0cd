/*
 * The order and grouping of the FAT engine's metadata writes
 * (port/fat.c, fat.h "Durability"), seen from the disk: the engine
 * runs on a FAT32 image (a FAT too big to write both copies in one
 * request) through io and writev callbacks that number each call and
 * record every write. A new file's chain must reach the disk before
 * the entry that names it; a chain an entry already names that grows
 * or shrinks must reach it in one call with that entry, both FAT
 * copies with it; a rename's new and old entries, and a remove's
 * sectors, in one call. At the end fsck.fat -n finds the volume clean.
 */
#include <fcntl.h>
#include <unistd.h>
#include "ktest.h"
#include "fat.h"

enum {
	Maxw = 512,
};

static char img[512];

static struct {
	int	fd;
	int	ncall;		/* calls that wrote */
	int	nw;
	struct {
		int	call;
		uvlong	off;
		long	n;
	} w[Maxw];
} rec;

static void
record(uvlong off, long n)
{
	if(rec.nw < Maxw){
		rec.w[rec.nw].call = rec.ncall;
		rec.w[rec.nw].off = off;
		rec.w[rec.nw].n = n;
		rec.nw++;
	}
}

static void
hostio(int write, void *buf, long n, uvlong off)
{
	long r;

	HOSTCALL(r = write ? pwrite(rec.fd, buf, n, off) : pread(rec.fd, buf, n, off));
	if(r != n)
		error("fatbatch: short host i/o");
}

static void
recio(Fatvol *v, int write, void *buf, long n, uvlong off)
{
	USED(v);
	hostio(write, buf, n, off);
	if(write){
		record(off, n);
		rec.ncall++;
	}
}

static void
recwritev(Fatvol *v, Sdseg *seg, int n)
{
	int i;

	USED(v);
	for(i = 0; i < n; i++){
		hostio(1, seg[i].buf, seg[i].n, seg[i].off);
		record(seg[i].off, seg[i].n);
	}
	rec.ncall++;
}

static void
recstart(void)
{
	rec.nw = 0;
}

/* Which copy of the FAT [off, off+n) is in, or -1 if none. */
static int
fatcopy(Fatvol *v, uvlong off)
{
	uvlong s;

	s = off / v->secsize;
	if(s < v->rsvd || s >= v->rsvd + (uvlong)v->nfats * v->fatsecs)
		return -1;
	return (s - v->rsvd) / v->fatsecs;
}

/* The call that wrote the sector holding byte pos, or -1. */
static int
callof(Fatvol *v, uvlong pos)
{
	int i;
	uvlong sec;

	sec = pos - pos % v->secsize;
	for(i = rec.nw-1; i >= 0; i--)
		if(rec.w[i].off <= sec && sec < rec.w[i].off + rec.w[i].n)
			return rec.w[i].call;
	return -1;
}

/* The call that wrote copy k of the FAT, -1 if none, -2 if several did. */
static int
fatcall(Fatvol *v, int k)
{
	int i, c;

	c = -1;
	for(i = 0; i < rec.nw; i++)
		if(fatcopy(v, rec.w[i].off) == k){
			if(c >= 0 && c != rec.w[i].call)
				return -2;
			c = rec.w[i].call;
		}
	return c;
}

static void
fill(uchar *p, long n, int seed)
{
	long i;

	for(i = 0; i < n; i++)
		p[i] = i*13 + seed;
}

static void
testbatches(Fatvol *v)
{
	static uchar buf[8192], back[8192];
	Fatfile *f, *g, *others[40];
	char name[32];
	int i, c0, c1, ce;
	uvlong dpos;

	testbegin("fat: a new file's chain is on the disk before its entry");
	fill(buf, sizeof buf, 1);
	f = fatcreate(v->root, "NEW.BIN", 0);
	recstart();
	fatwrite(f, buf, 3000, 0);
	fatflushfile(f);
	c0 = fatcall(v, 0);
	c1 = fatcall(v, 1);
	ce = callof(v, f->dpos);
	check(c0 >= 0 && c1 >= 0, "the FAT copies were written by calls %d and %d", c0, c1);
	check(c0 == c1, "the FAT copies went in calls %d and %d, not one", c0, c1);
	check(ce > c0, "the entry went in call %d, the FAT in call %d", ce, c0);
	ktestend();

	testbegin("fat: a chain that grows goes with its entry, both FAT copies, in one call");
	recstart();
	fatwrite(f, buf + 3000, 5000, 3000);
	fatflushfile(f);
	c0 = fatcall(v, 0);
	c1 = fatcall(v, 1);
	ce = callof(v, f->dpos);
	check(c0 >= 0 && c0 == c1 && ce == c0, "FAT copies in calls %d, %d, the entry in %d", c0, c1, ce);
	check(fatread(f, back, sizeof back, 0) == 8000 && memcmp(back, buf, 8000) == 0, "the file reads back changed");
	ktestend();

	testbegin("fat: a chain cut shorter goes with its entry in one call");
	recstart();
	fattrunc(f, 1000);
	c0 = fatcall(v, 0);
	c1 = fatcall(v, 1);
	ce = callof(v, f->dpos);
	check(c0 >= 0 && c0 == c1 && ce == c0, "FAT copies in calls %d, %d, the entry in %d", c0, c1, ce);
	ktestend();

	testbegin("fat: a rename's new entries and its old, freed, in one call");
	for(i = 0; i < (int)nelem(others); i++){
		snprint(name, sizeof name, "F%d.TXT", i);
		others[i] = fatcreate(v->root, name, 0);
	}
	dpos = f->dpos;
	recstart();
	fatrename(f, "a much longer name than eight and three.bin");
	ce = callof(v, f->dpos);
	check(dpos / v->secsize != f->dpos / v->secsize, "the new entry is in the old one's sector: the case tests nothing");
	check(ce >= 0 && callof(v, dpos) == ce, "the new entry in call %d, the old in %d", ce, callof(v, dpos));
	ktestend();

	testbegin("fat: a remove's entries go in one call, before the FAT frees the chain");
	g = fatwalk(v->root, "a much longer name than eight and three.bin");
	check(g == f, "walk to the renamed file: %p, not %p", g, f);
	if(g != nil)
		fatput(g);
	dpos = f->dpos;
	recstart();
	fatremove(f);
	ce = callof(v, dpos);
	c0 = fatcall(v, 0);
	check(ce >= 0 && c0 > ce && fatcall(v, 1) == c0, "the entry in call %d, the FAT in %d and %d", ce, c0, fatcall(v, 1));
	fatput(f);
	for(i = 0; i < (int)nelem(others); i++)
		fatput(others[i]);
	ktestend();
}

int
testmain(void)
{
	char cmd[700];
	Fatvol *v;

	snprint(img, sizeof img, "%s/vol.img", ktesttmp("fatbatch"));
	/* 70 MB of 512-byte clusters: a FAT of about 540 KB, past Fatspan */
	snprint(cmd, sizeof cmd, "PATH=$PATH:/usr/sbin:/sbin mkfs.fat -C -F 32 -s 1 '%s' 70000 >/dev/null 2>&1", img);
	testbegin("fat: mkfs.fat makes a FAT32 image");
	check(hostsh(cmd) == 0, "mkfs.fat failed (scripts/setup installs dosfstools)");
	ktestend();
	if(testnfail > 0)
		return testnfail;
	HOSTCALL(rec.fd = open(img, O_RDWR));
	testbegin("fat: the engine mounts the image with recorded writes");
	v = nil;
	if(rec.fd < 0)
		kfail("open %s failed", img);
	else if(waserror())
		kfail("fatmount: %r");
	else{
		v = fatmount(recio, nil, nil, 0, 0);
		v->writev = recwritev;
		poperror();
		check(v->type == 32 && !v->span, "type %d, span %d: not the case to test", v->type, v->span);
	}
	ktestend();
	if(v == nil)
		return testnfail;
	if(waserror()){
		testbegin("fat: the batches");
		kfail("error: %r");
		ktestend();
	}else{
		testbatches(v);
		fatunmount(v);
		poperror();
	}
	HOSTCALL(close(rec.fd));
	testbegin("fat: fsck.fat -n finds the volume clean");
	snprint(cmd, sizeof cmd, "PATH=$PATH:/usr/sbin:/sbin fsck.fat -n '%s' >/dev/null 2>&1", img);
	check(hostsh(cmd) == 0, "fsck.fat -n reports problems");
	ktestend();
	return testnfail;
}
