/*
 * Name spaces: bind and unions (order, directory reads merging the
 * members, walks finding names in any member), create in the MCREATE
 * member, ".." back out through a bind, unmount, and the errors of
 * bad names and flags. Host directories reached through #U* serve as
 * the trees.
 */
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>
#include "ktest.h"

static char *ta, *tb, *tc, *td;	/* host directories */

static void
hostfile(char *dir, char *name)
{
	char path[512];
	int fd;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	fd = open(path, O_CREAT|O_WRONLY, 0644);
	if(fd >= 0){
		if(write(fd, name, strlen(name)) < 0)
			perror("write");
		close(fd);
	}
}

static int
hostexists(char *dir, char *name)
{
	char path[512];
	struct stat st;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	return stat(path, &st) == 0;
}

/* "#U*" + host path */
static char*
U(char *host)
{
	static char buf[4][512];
	static int i;

	i = (i+1) % 4;
	snprint(buf[i], sizeof buf[i], "#U*%s", host);
	return buf[i];
}

static void
testbind(void)
{
	char buf[64];

	testbegin("bind a host directory on /n and read a file through it");
	check(kbind(U(ta), "/n", MREPL) >= 0, "bind: %r");
	check(readfile("/n/a1", buf, sizeof buf) == 2 && strcmp(buf, "a1") == 0, "read /n/a1: %r");
	ktestend();
}

static void
testunion(void)
{
	char buf[64];
	char *names;

	testbegin("a three-member union: order, merged reads, walks into every member");
	kbind(U(ta), "/n", MREPL);
	check(kbind(U(tb), "/n", MAFTER) >= 0, "bind -a: %r");
	check(kbind(U(tc), "/n", MBEFORE) >= 0, "bind -b: %r");
	names = dirnames("/n");
	check(strcmp(names, "c1 a1 asub b1") == 0, "ls /n gave \"%s\", want \"c1 a1 asub b1\"", names);
	check(readfile("/n/b1", buf, sizeof buf) == 2, "walk to the last member's b1: %r");
	check(readfile("/n/c1", buf, sizeof buf) == 2, "walk to the first member's c1: %r");
	check(readfile("/n/nonesuch", buf, sizeof buf) < 0, "read of a missing file succeeded");
	ktestend();
}

static void
testunionrewind(void)
{
	char *a, first[256];
	int fd;
	Dir *d;
	long n;

	testbegin("a union directory read twice from offset 0 gives the same");
	fd = kopen("/n", OREAD);
	n = kdirread(fd, &d);
	free(d);
	check(kseek(fd, 0, 0) == 0, "seek to 0: %r");
	check(kdirread(fd, &d) == n, "second read gave a different count");
	free(d);
	kclose(fd);
	a = dirnames("/n");
	strecpy(first, first+sizeof first, a);
	check(strcmp(first, dirnames("/n")) == 0, "two listings differ");
	ktestend();
}

static void
testcreate(void)
{
	int fd;

	testbegin("create in a union goes to the MCREATE member; none marked is an error");
	fd = kcreate("/n/new1", OWRITE, 0644);
	check(fd < 0, "create with no MCREATE member succeeded");
	check(fd >= 0 || strstr(up->env->errstr, Enocreate) != nil, "error \"%s\", want \"%s\"", up->env->errstr, Enocreate);
	kclose(fd);
	kbind(U(tb), "/n", MAFTER|MCREATE);	/* b again, now the create member */
	fd = kcreate("/n/new2", OWRITE, 0644);
	check(fd >= 0, "create: %r");
	check(kwrite(fd, "hello", 5) == 5, "write: %r");
	kclose(fd);
	check(hostexists(tb, "new2"), "new2 is not in the MCREATE member's host directory");
	check(!hostexists(ta, "new2") && !hostexists(tc, "new2"), "new2 went to another member");
	ktestend();
}

static void
testdotdot(void)
{
	char buf[64];
	char *p;
	int fd;

	testbegin(".. through a bind goes back where the walk came from");
	/* td (dfile, mnt/) on /n, and ta (a1, asub/) on /n/mnt */
	check(kbind(U(td), "/n", MREPL) >= 0, "bind on /n: %r");
	check(kbind(U(ta), "/n/mnt", MREPL) >= 0, "bind on /n/mnt: %r");
	check(readfile("/n/mnt/a1", buf, sizeof buf) == 2, "read through the bind: %r");
	check(readfile("/n/mnt/asub/../../dfile", buf, sizeof buf) == 5 && strcmp(buf, "dfile") == 0,
		"/n/mnt/asub/../../dfile: %r (.. did not leave the bound tree by its mount point)");
	check(readfile("/n/mnt/../mnt/a1", buf, sizeof buf) == 2, "/n/mnt/../mnt/a1: %r");
	check(kchdir("/n/mnt") == 0, "cd /n/mnt: %r");
	check(readfile("a1", buf, sizeof buf) == 2, "relative read in the bound dir: %r");
	check(kchdir("asub") == 0, "cd asub: %r");
	check(kchdir("../..") == 0, "cd ../..: %r");
	check(readfile("dfile", buf, sizeof buf) == 5, "after cd ../.. dfile is not there: %r");
	fd = kopen(".", OREAD);
	p = kfd2path(fd);
	kclose(fd);
	check(p != nil && strcmp(p, "/n") == 0, "dot is %s, want /n", p ? p : "nil");
	free(p);
	kchdir("/");
	kunmount(nil, "/n/mnt");
	kunmount(nil, "/n");
	ktestend();
}

static void
testfd2path(void)
{
	int fd;
	char *p;

	testbegin("fd2path gives the name as walked, not the device's");
	fd = kopen("/n/a1", OREAD);
	p = kfd2path(fd);
	check(p != nil && strcmp(p, "/n/a1") == 0, "fd2path %s", p ? p : "nil");
	free(p);
	kclose(fd);
	ktestend();
}

static void
testunmount(void)
{
	char *names;

	testbegin("unmount removes one member, then all");
	check(kunmount(U(tc), "/n") == 0, "unmount c: %r");
	names = dirnames("/n");
	check(strstr(names, "c1") == nil, "c1 still listed: %s", names);
	check(strstr(names, "a1") != nil, "a1 gone too: %s", names);
	check(kunmount(U(tc), "/n") < 0, "unmounting c twice succeeded");
	check(strstr(up->env->errstr, Eunion) != nil, "error %s, want %s", up->env->errstr, Eunion);
	check(kunmount(nil, "/n") == 0, "unmount all: %r");
	names = dirnames("/n");
	check(names[0] == 0, "/n not empty after unmount: %s", names);
	check(kunmount(nil, "/n") < 0, "unmount of a non-mount point succeeded");
	check(strstr(up->env->errstr, Eunmount) != nil, "error %s, want %s", up->env->errstr, Eunmount);
	ktestend();
}

static void
testerrors(void)
{
	char buf[64];

	testbegin("bad names and flags give error strings");
	check(kopen("", OREAD) < 0 && strcmp(up->env->errstr, "empty file name") == 0, "empty name: %r");
	check(kopen("/nonexist", OREAD) < 0 && strcmp(up->env->errstr, "'/nonexist' file does not exist") == 0,
		"missing file: %r");
	check(kopen("/nodir/x", OREAD) < 0 && strcmp(up->env->errstr, "'/nodir' does not exist") == 0,
		"missing directory: %r");
	check(kopen("#Z", OREAD) < 0 && strcmp(up->env->errstr, Ebadsharp) == 0, "#Z: %r");
	check(kopen("#M", OREAD) < 0 && strcmp(up->env->errstr, Enoattach) == 0, "#M: %r");
	check(kopen("/n/a\001b", OREAD) < 0 && strstr(up->env->errstr, Ebadchar) != nil, "control char: %r");
	check(kopen("/n/\xff\xfe", OREAD) < 0 && strstr(up->env->errstr, Ebadchar) != nil, "bad UTF-8: %r");
	check(kbind("/n", "/n", 0x100) < 0 && strcmp(up->env->errstr, Ebadarg) == 0, "bad bind flags: %r");
	check(kbind("/n", "/n", MBEFORE|MAFTER) < 0 && strcmp(up->env->errstr, Ebadarg) == 0, "before|after: %r");
	check(kbind("#c/cons", "/n", MREPL) < 0 && strcmp(up->env->errstr, Emount) == 0, "file on dir: %r");
	check(kbind("#c/null", "#c/cons", MAFTER) < 0 && strcmp(up->env->errstr, Emount) == 0, "file union: %r");
	check(kopen("/n", OWRITE) < 0, "opened a directory for writing");
	check(kopen("/n", 0x80) < 0 && strcmp(up->env->errstr, Ebadarg) == 0, "bad open mode: %r");
	check(kread(99, buf, 1) < 0 && strcmp(up->env->errstr, Ebadfd) == 0, "read of fd 99: %r");
	check(kclose(-1) < 0 && strcmp(up->env->errstr, Ebadfd) == 0, "close -1: %r");
	check(kchdir("#c/cons") < 0 && strstr(up->env->errstr, Enotdir) != nil, "cd to a file: %r");
	check(kopen("#c/cons/x", OREAD) < 0, "walk through a file succeeded");
	ktestend();
}

static void
testpathclean(void)
{
	char buf[64];

	testbegin("dots and slashes in names");
	check(readfile("//n/./a1", buf, sizeof buf) == 2, "//n/./a1: %r");
	check(readfile("/n/../n/a1", buf, sizeof buf) == 2, "/n/../n/a1: %r");
	check(readfile("/../../n/a1", buf, sizeof buf) == 2, "/../../n/a1: %r");
	ktestend();
}

int
testmain(void)
{
	char sub[600];

	ta = ktesttmp("a");
	tb = ktesttmp("b");
	tc = ktesttmp("c");
	td = ktesttmp("d");
	hostfile(ta, "a1");
	snprintf(sub, sizeof sub, "%s/asub", ta);
	mkdir(sub, 0755);
	hostfile(tb, "b1");
	hostfile(tc, "c1");
	hostfile(td, "dfile");
	snprintf(sub, sizeof sub, "%s/mnt", td);
	mkdir(sub, 0755);

	testbind();
	testpathclean();
	testunion();
	testunionrewind();
	testfd2path();
	testcreate();
	testunmount();
	testdotdot();
	testerrors();
	return testnfail;
}
