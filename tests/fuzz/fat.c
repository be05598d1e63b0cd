/*
 * FAT volumes from outside (port/fat.c): the input is a whole disk
 * image. Mounting checks it; what mounts is then walked (every
 * directory, every file read), written (a file made, grown, cut,
 * renamed and removed, a directory made and removed) and synced.
 * Any of it may fail with an error; none of it may crash, read or
 * write outside the disk, or leak.
 */
#include "all.h"
#include "fat.h"
#include "fuzz.h"

static char name[] = "fat";

static uchar *disk;
static ulong disklen;

/* the kernel's, which this harness does not link */
ulong
seconds(void)
{
	return 1700000000;
}

char*
kstrdup(char *s)
{
	char *t;

	t = smalloc(strlen(s)+1);
	strcpy(t, s);
	return t;
}

void
kstrdupto(char **p, char *s)
{
	free(*p);
	*p = kstrdup(s);
}

static void
memio(Fatvol *v, int write, void *buf, long n, uvlong off)
{
	USED(v);
	fuzzcheck(name, n >= 0 && off <= disklen && n <= (long)(disklen - off), "i/o of %ld at %llud on a disk of %lud", n, off, disklen);
	if(write)
		memmove(disk + off, buf, n);
	else
		memmove(buf, disk + off, n);
}

static int budget;

static void
walktree(Fatfile *d, int depth)
{
	Fatinfo fi;
	Fatfile *f;
	char nm[Fatnamelen*3+1];
	uchar buf[4096];
	ulong slot;
	uvlong off;
	long n;

	slot = 0;
	while(budget-- > 0 && fatdirread(d, &slot, &fi, nm, sizeof nm)){
		f = fatwalk(d, nm);
		if(f == nil)
			continue;
		if(waserror()){
			fatput(f);
			nexterror();
		}
		if(f->isdir){
			if(depth < 8)
				walktree(f, depth+1);
		}else
			for(off = 0; (n = fatread(f, buf, sizeof buf, off)) > 0 && budget-- > 0; off += n)
				;
		poperror();
		fatput(f);
	}
}

static void
writes(Fatvol *v)
{
	static uchar data[5000];
	Fatfile *volatile f, *volatile d;

	f = d = nil;
	if(waserror()){
		if(f != nil)
			fatput(f);
		if(d != nil)
			fatput(d);
		nexterror();
	}
	memset(data, 'x', sizeof data);
	f = fatcreate(v->root, "a new file with a long name.txt", 0);
	fatwrite(f, data, sizeof data, 0);
	fatwrite(f, data, 100, 7000);
	fatflushfile(f);
	fattrunc(f, 10);
	fatrename(f, "SHORT.TXT");
	d = fatcreate(v->root, "dir", 1);
	fatremove(d);
	fatremove(f);
	poperror();
	fatput(f);
	fatput(d);
}

int
LLVMFuzzerTestOneInput(const uchar *data, size_t size)
{
	Fatvol *volatile v;

	if(size < 512 || size > 1<<20)
		return 0;
	disklen = size;
	disk = malloc(size);
	memmove(disk, data, size);
	v = nil;
	if(!waserror()){
		v = fatmount(memio, nil, nil, disklen, 0);
		budget = 2000;
		if(!waserror()){
			walktree(v->root, 0);
			poperror();
		}
		if(!waserror()){
			writes(v);
			poperror();
		}
		if(!waserror()){
			walktree(v->root, 0);
			poperror();
		}
		fatunmount(v);
		poperror();
	}
	free(disk);
	fuzzerrcheck(name);
	return 0;
}
