/*
 * #e: create, write (at offsets, growing), read, truncate, remove,
 * the limits on names and values, the directory listing, ksetenv, and
 * the separation of environment groups between kprocs.
 */
#include "ktest.h"

/* The value of #e/name into buf (NUL-terminated); its length, or -1. */
static long
getenv1(char *name, char *buf, long n)
{
	char path[256];
	int fd;
	long r, m;

	snprint(path, sizeof path, "#e/%s", name);
	buf[0] = 0;
	fd = kopen(path, OREAD);
	if(fd < 0)
		return -1;
	for(r = 0; r < n-1; r += m){
		m = kread(fd, buf+r, n-1-r);
		if(m <= 0)
			break;
	}
	buf[r] = 0;
	kclose(fd);
	return r;
}

/* Create (or truncate) #e/name and write val with one write; the count, or -1. */
static long
putenv1(char *name, char *val, long n)
{
	char path[256];

	snprint(path, sizeof path, "#e/%s", name);
	return putfile(path, val, n);
}

static void
testcreate(void)
{
	char buf[64];
	long n;

	testbegin("create and write set a variable; read gives its bytes");
	n = putenv1("foo", "bar", 3);
	check(n == 3, "create and write gave %ld (%s)", n, errstr());
	n = getenv1("foo", buf, sizeof buf);
	check(n == 3 && strcmp(buf, "bar") == 0, "read %ld '%s'", n, buf);
	n = putenv1("foo", "x", 1);
	check(n == 1, "create over it gave %ld (%s)", n, errstr());
	n = getenv1("foo", buf, sizeof buf);
	check(n == 1 && strcmp(buf, "x") == 0, "after creating again read %ld '%s', want the new value alone", n, buf);
	ktestend();
}

static void
testoffsets(void)
{
	char buf[64];
	int fd;
	long n;

	testbegin("writes at offsets grow the value, zero-filling a gap; OTRUNC empties it");
	putenv1("off", "abc", 3);
	fd = kopen("#e/off", OWRITE);
	check(fd >= 0, "open: %s", errstr());
	n = kpwrite(fd, "XY", 2, 5);
	check(n == 2, "pwrite at 5 gave %ld (%s)", n, errstr());
	n = kpwrite(fd, "B", 1, 1);
	check(n == 1, "pwrite at 1 gave %ld", n);
	kclose(fd);
	fd = kopen("#e/off", OREAD);
	n = kread(fd, buf, sizeof buf);
	check(n == 7 && memcmp(buf, "aBc\0\0XY", 7) == 0, "value %ld bytes, want 'aBc\\0\\0XY'", n);
	n = kpread(fd, buf, sizeof buf, 5);
	check(n == 2 && memcmp(buf, "XY", 2) == 0, "pread at 5 gave %ld", n);
	n = kpread(fd, buf, sizeof buf, 100);
	check(n == 0, "pread past the end gave %ld", n);
	kclose(fd);
	fd = kopen("#e/off", OWRITE|OTRUNC);
	kclose(fd);
	n = getenv1("off", buf, sizeof buf);
	check(n == 0, "after OTRUNC the value has %ld bytes", n);
	ktestend();
}

static void
testlong(void)
{
	static char big[EVALUEMAX+10], back[EVALUEMAX+10];
	int i, fd;
	long n;

	testbegin("values up to %d bytes; one byte more is \"%s\"", EVALUEMAX, Etoobig);
	for(i = 0; i < sizeof big; i++)
		big[i] = 'a' + i%26;
	n = putenv1("long", big, EVALUEMAX);
	check(n == EVALUEMAX, "writing %d bytes gave %ld (%s)", EVALUEMAX, n, errstr());
	n = getenv1("long", back, sizeof back);
	check(n == EVALUEMAX && memcmp(big, back, EVALUEMAX) == 0, "read back %ld bytes", n);
	n = putenv1("long", big, EVALUEMAX+1);
	check(n < 0 && strcmp(errstr(), Etoobig) == 0, "writing %d bytes gave %ld (%s)", EVALUEMAX+1, n, errstr());
	fd = kopen("#e/long", OWRITE);
	n = kpwrite(fd, "z", 1, EVALUEMAX);
	check(n < 0 && strcmp(errstr(), Etoobig) == 0, "a write ending past the limit gave %ld (%s)", n, errstr());
	kclose(fd);
	ktestend();
}

static void
testnames(void)
{
	char name[ENAMEMAX+2], buf[16];
	long n;

	testbegin("names up to %d bytes; longer is an error", ENAMEMAX);
	memset(name, 'n', sizeof name);
	name[ENAMEMAX] = 0;
	n = putenv1(name, "ok", 2);
	check(n == 2, "a %d-byte name gave %ld (%s)", ENAMEMAX, n, errstr());
	n = getenv1(name, buf, sizeof buf);
	check(n == 2 && strcmp(buf, "ok") == 0, "read back under the longest name: %ld", n);
	name[ENAMEMAX] = 'n';
	name[ENAMEMAX+1] = 0;
	n = putenv1(name, "no", 2);
	check(n < 0 && strstr(errstr(), Etoobig) != nil, "a %d-byte name gave %ld (%s)", ENAMEMAX+1, n, errstr());
	ktestend();
}

static void
testremove(void)
{
	char buf[16];
	long n;
	int r;

	testbegin("remove unsets a variable");
	putenv1("gone", "soon", 4);
	r = kremove("#e/gone");
	check(r == 0, "remove: %s", errstr());
	n = getenv1("gone", buf, sizeof buf);
	check(n < 0, "still readable after remove: %ld '%s'", n, buf);
	r = kremove("#e/gone");
	check(r < 0, "removed twice");
	ktestend();
}

static void
testlist(void)
{
	Dir *d;
	int fd, n, i, found;
	char *names[] = { "alpha", "beta", "gamma" };
	int j;

	testbegin("the directory lists every variable with its length");
	for(i = 0; i < nelem(names); i++)
		putenv1(names[i], names[i], strlen(names[i]));
	fd = kopen("#e", OREAD);
	check(fd >= 0, "open #e: %s", errstr());
	n = fd >= 0 ? kdirread(fd, &d) : -1;
	check(n >= nelem(names), "%d entries", n);
	for(i = 0; i < nelem(names); i++){
		found = 0;
		for(j = 0; j < n; j++)
			if(strcmp(d[j].name, names[i]) == 0){
				found = 1;
				check(d[j].length == (vlong)strlen(names[i]), "%s has length %lld", names[i], d[j].length);
				check(!(d[j].qid.type & QTDIR) && d[j].qid.path != 0, "%s qid %llx type %x",
					names[i], (unsigned long long)d[j].qid.path, d[j].qid.type);
			}
		check(found, "%s not listed", names[i]);
	}
	for(j = 0; j < n; j++)
		for(i = j+1; i < n; i++)
			check(d[i].qid.path != d[j].qid.path, "%s and %s share qid path", d[i].name, d[j].name);
	if(n > 0)
		free(d);
	kclose(fd);
	ktestend();
}

static void
testksetenv(void)
{
	char buf[32];
	long n;

	testbegin("ksetenv sets a new variable and replaces an old one");
	ksetenv("kset", "first");
	n = getenv1("kset", buf, sizeof buf);
	check(n == 5 && strcmp(buf, "first") == 0, "read %ld '%s'", n, buf);
	ksetenv("kset", "2nd");
	n = getenv1("kset", buf, sizeof buf);
	check(n == 3 && strcmp(buf, "2nd") == 0, "read %ld '%s' after replacing", n, buf);
	ktestend();
}

static struct {
	volatile int	done;
	long	n;
	char	val[32];
} child;

static void
childread(void *a)
{
	USED(a);
	child.n = getenv1("foo", child.val, sizeof child.val);
	child.done = 1;
}

static void
testgroups(void)
{
	testbegin("a kproc sharing the env group sees its variables; one with a new group does not");
	putenv1("foo", "shared", 6);
	memset(&child, 0, sizeof child);
	kproc("envshare", childread, nil, KPDUPENVG);
	check(waitfor(&child.done, 5000), "sharing child did not finish");
	check(child.n == 6 && strcmp(child.val, "shared") == 0, "sharing child read %ld '%s'", child.n, child.val);
	memset(&child, 0, sizeof child);
	kproc("envnew", childread, nil, 0);
	check(waitfor(&child.done, 5000), "new-group child did not finish");
	check(child.n < 0, "child with a new group read %ld '%s'", child.n, child.val);
	ktestend();
}

int
testmain(void)
{
	testcreate();
	testoffsets();
	testlong();
	testnames();
	testremove();
	testlist();
	testksetenv();
	testgroups();
	return testnfail;
}
