/*
 * main() of the kernel unit tests: boot the host kernel with the
 * test's testmain as its first program; the kernel's exit status is
 * 1 if any case failed. The root is a fresh temporary directory.
 * Also the helpers ktest.h declares, which many tests would otherwise
 * each carry a copy of.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ktest.h"
#include "host.h"

/* The kernel's memory is its own pools'; what libc holds at exit (open host directories) is not a leak. */
const char*
__asan_default_options(void)
{
	return "detect_leaks=0";
}

static int
first(void *a)
{
	USED(a);
	return testmain() != 0;
}

char*
ktesttmp(char *name)
{
	char *tmp, path[512];

	tmp = getenv("TMPDIR");
	if(tmp == nil)
		tmp = "/tmp";
	snprintf(path, sizeof path, "%s/ember-%s-XXXXXX", tmp, name);
	if(mkdtemp(path) == nil){
		perror("mkdtemp");
		exit(2);
	}
	return strdup(path);	/* the C library's: this runs before the kernel's allocator */
}

int
main(int argc, char **argv)
{
	hostargv = argv;
	hostargs = "ktest";
	hostroot = ktesttmp("root");
	hostboot(argc, argv, first, nil);
	return 0;
}

char*
errstr(void)
{
	return up->env->errstr;
}

/* Each sleep has its own Rendez: a Rendez holds one sleeper, and a test's kprocs may wait at once. */
void
nap(ulong ms)
{
	Rendez r;

	memset(&r, 0, sizeof r);
	tsleep(&r, return0, nil, ms);
}

int
waitfor(volatile int *flag, ulong ms)
{
	ulong t0;

	t0 = msec();
	while(!*flag && msec() - t0 < ms)
		nap(10);
	return *flag != 0;
}

int
waitcount(volatile int *v, int want, ulong ms)
{
	ulong t0;

	t0 = msec();
	while(*v < want && msec() - t0 < ms)
		nap(10);
	return *v >= want;
}

static int
namecmp(const void *a, const void *b)
{
	return strcmp(((Dir*)a)->name, ((Dir*)b)->name);
}

static char*
names(char *path, int sorted)
{
	static char out[2048];
	Dir *d;
	long n, i;
	int fd;
	char *p;

	out[0] = 0;
	fd = kopen(path, OREAD);
	if(fd < 0){
		snprint(out, sizeof out, "<open: %r>");
		return out;
	}
	n = kdirread(fd, &d);
	kclose(fd);
	if(sorted)
		qsort(d, n, sizeof d[0], namecmp);
	p = out;
	for(i = 0; i < n; i++)
		p = seprint(p, out+sizeof out, "%s%s", i ? " " : "", d[i].name);
	free(d);
	return out;
}

char*
dirnames(char *path)
{
	return names(path, 0);
}

char*
sorteddirnames(char *path)
{
	return names(path, 1);
}

int
trystat(char *path, Dir *d, char *strs, int nstrs)
{
	if(kdirstat(path, d, strs, nstrs) == 0)
		return 0;
	nulldir(d);
	return -1;
}

int
exists(char *path)
{
	Dir d;
	char strs[256];

	return kdirstat(path, &d, strs, sizeof strs) >= 0;
}

void
outputto(char *path)
{
	int fd;

	fd = kcreate(path, ORDWR, 0666);
	if(fd >= 0){
		kdup(fd, 1);
		kdup(fd, 2);
		kclose(fd);
	}
}

long
readfile(char *path, char *buf, long n)
{
	int fd;
	long r;

	buf[0] = 0;
	fd = kopen(path, OREAD);
	if(fd < 0)
		return -1;
	r = kread(fd, buf, n-1);
	if(r >= 0)
		buf[r] = 0;
	kclose(fd);
	return r;
}

long
putfile(char *path, void *buf, long n)
{
	int fd;
	long r;

	fd = kcreate(path, OWRITE, 0666);
	if(fd < 0)
		return -1;
	r = kwrite(fd, buf, n);
	kclose(fd);
	return r;
}

long
getfile(char *path, void *buf, long n)
{
	int fd;
	long r, m;

	fd = kopen(path, OREAD);
	if(fd < 0)
		return -1;
	for(r = 0; r < n; r += m){
		m = kread(fd, (char*)buf+r, n-r);
		if(m <= 0)
			break;
	}
	if(r < n)
		((char*)buf)[r] = 0;
	kclose(fd);
	return r;
}

ulong
fnv1a(ulong h, uchar *p, long n)
{
	while(n-- > 0)
		h = (h ^ *p++) * 16777619UL;
	return h;
}

ulong
xrand(ulong *seed)
{
	*seed ^= *seed << 13;
	*seed ^= *seed >> 17;
	*seed ^= *seed << 5;
	return *seed & 0x7FFFFFFF;
}

int
hostsh(char *cmd)
{
	int r;

	HOSTCALL(r = system(cmd));
	return r;
}
