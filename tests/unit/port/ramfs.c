/*
 * #R, ramfs: files and directories made, written (across blocks, with
 * holes), read, listed, renamed, truncated and removed; ORCLOSE and
 * OTRUNC; permissions; ".." from a removed directory; instances by
 * spec; the space limit.
 */
#include "ktest.h"

static void
testfiles(void)
{
	char buf[64];
	Dir d;
	char strs[256];
	long n;

	testbegin("create, write, read back, stat; a directory with files in it");
	check(kbind("#R", "/n", MREPL|MCREATE) >= 0, "bind #R /n: %s", errstr());
	n = putfile("/n/a", "hello", 5);
	check(n == 5, "write gave %ld (%s)", n, errstr());
	n = getfile("/n/a", buf, sizeof buf);
	check(n == 5 && strcmp(buf, "hello") == 0, "read %ld '%s'", n, buf);
	check(kdirstat("/n/a", &d, strs, sizeof strs) >= 0, "stat: %s", errstr());
	check(d.length == 5 && d.type == 'R' && strcmp(d.name, "a") == 0 && (d.mode & 0777) == 0666 &&
		strcmp(d.uid, up->env->user) == 0, "stat: length %lld type %C name %s mode %lo uid %s",
		d.length, d.type, d.name, d.mode, d.uid);
	check(kcreate("/n/d", OREAD, DMDIR|0775) >= 0, "mkdir: %s", errstr());
	check(putfile("/n/d/x", "1", 1) == 1 && putfile("/n/d/y", "22", 2) == 2, "files in d: %s", errstr());
	check(getfile("/n/d/../d/y", buf, sizeof buf) == 2 && strcmp(buf, "22") == 0, "d/../d/y read '%s'", buf);
	check(kdirstat("/n/d", &d, strs, sizeof strs) >= 0 && (d.mode & DMDIR) && d.qid.type == QTDIR,
		"d is not a directory: mode %lo", d.mode);
	check(kcreate("/n/a", OWRITE|OEXCL, 0666) < 0 && strstr(errstr(), Eexist) != nil,
		"OEXCL create of an existing file: %s", errstr());
	check(putfile("/n/a/b", "x", 1) < 0, "a file made in a file");
	ktestend();
}

static void
testlist(void)
{
	Dir *d;
	int fd, i, n, seen;

	testbegin("a directory lists its entries once each, with their lengths");
	fd = kopen("/n/d", OREAD);
	n = fd >= 0 ? kdirread(fd, &d) : -1;
	check(n == 2, "%ld entries (%s)", (long)n, errstr());
	seen = 0;
	for(i = 0; i < n; i++){
		if(strcmp(d[i].name, "x") == 0 && d[i].length == 1)
			seen |= 1;
		if(strcmp(d[i].name, "y") == 0 && d[i].length == 2)
			seen |= 2;
	}
	check(seen == 3, "entries seen %#x", seen);
	if(n > 0)
		free(d);
	kclose(fd);
	check(kopen("/n/d", OWRITE) < 0 && strstr(errstr(), Eisdir) != nil, "directory opened for writing: %s", errstr());
	ktestend();
}

static void
testbig(void)
{
	static char big[3*4096+100], back[sizeof big];
	char buf[8];
	int fd, i;
	long n;

	testbegin("data across blocks; a write past the end leaves a hole of zeros; truncation");
	for(i = 0; i < sizeof big; i++)
		big[i] = 'a' + i % 23;
	check(putfile("/n/big", big, sizeof big) == sizeof big, "write: %s", errstr());
	n = getfile("/n/big", back, sizeof back);
	check(n == sizeof big && memcmp(big, back, sizeof big) == 0, "read back %ld", n);
	fd = kopen("/n/big", OWRITE);
	n = kpwrite(fd, "END", 3, 20000);
	kclose(fd);
	check(n == 3, "pwrite at 20000: %ld (%s)", n, errstr());
	n = getfile("/n/big", back, sizeof back);
	check(n == sizeof back, "read %ld", n);
	fd = kopen("/n/big", OREAD);
	n = kpread(fd, buf, 8, 16000);
	check(n == 8 && memcmp(buf, "\0\0\0\0\0\0\0\0", 8) == 0, "the hole read %ld, not zeros", n);
	n = kpread(fd, buf, 8, 19998);
	check(n == 5 && memcmp(buf, "\0\0END", 5) == 0, "the end read %ld", n);
	kclose(fd);
	fd = kopen("/n/big", OWRITE|OTRUNC);
	check(fd >= 0, "OTRUNC open: %s", errstr());
	kclose(fd);
	check(getfile("/n/big", back, sizeof back) == 0, "not empty after OTRUNC");
	ktestend();
}

static void
testwstat(void)
{
	Dir d;
	char strs[256], buf[16];
	uchar st[256];
	int n;

	testbegin("wstat: rename, length (zeros past the old end), mode; a rename onto a name in use fails");
	check(putfile("/n/old", "abcdef", 6) == 6, "write: %s", errstr());
	nulldir(&d);
	d.name = "new";
	n = convD2M(&d, st, sizeof st);
	check(kwstat("/n/old", st, n) == n, "rename: %s", errstr());
	check(!exists("/n/old") && getfile("/n/new", buf, sizeof buf) == 6, "after rename: old %d, new read '%s'",
		exists("/n/old"), buf);
	nulldir(&d);
	d.length = 3;
	n = convD2M(&d, st, sizeof st);
	check(kwstat("/n/new", st, n) == n, "truncate: %s", errstr());
	nulldir(&d);
	d.length = 5;
	n = convD2M(&d, st, sizeof st);
	check(kwstat("/n/new", st, n) == n, "extend: %s", errstr());
	check(getfile("/n/new", buf, sizeof buf) == 5 && memcmp(buf, "abc\0\0", 5) == 0, "after cut and extend: '%s'", buf);
	nulldir(&d);
	d.mode = 0600;
	n = convD2M(&d, st, sizeof st);
	check(kwstat("/n/new", st, n) == n, "chmod: %s", errstr());
	check(kdirstat("/n/new", &d, strs, sizeof strs) >= 0 && (d.mode & 0777) == 0600, "mode %lo", d.mode);
	nulldir(&d);
	d.name = "a";
	n = convD2M(&d, st, sizeof st);
	check(kwstat("/n/new", st, n) < 0 && strstr(errstr(), Eexist) != nil, "rename onto a: %s", errstr());
	ktestend();
}

static void
testremove(void)
{
	char buf[16];
	int fd, dfd;
	long n;

	testbegin("remove: files, empty directories only; an open file reads on; ORCLOSE; .. from a removed directory");
	check(kremove("/n/d") < 0 && strstr(errstr(), "not empty") != nil, "removed a full directory: %s", errstr());
	fd = kopen("/n/d/x", OREAD);
	check(kremove("/n/d/x") == 0 && kremove("/n/d/y") == 0, "remove x, y: %s", errstr());
	n = kread(fd, buf, sizeof buf);
	check(n == 1 && buf[0] == '1', "the removed file read %ld", n);
	kclose(fd);
	check(!exists("/n/d/x"), "x still there");
	dfd = kopen("/n/d", OREAD);
	check(kremove("/n/d") == 0, "remove the empty d: %s", errstr());
	check(kchdir("/n") == 0, "chdir: %s", errstr());
	kclose(dfd);
	check(kremove("/n/nonesuch") < 0 && strstr(errstr(), Enonexist) != nil, "remove nonesuch: %s", errstr());
	fd = kcreate("/n/tmpfile", OWRITE|ORCLOSE, 0666);
	check(fd >= 0 && exists("/n/tmpfile"), "ORCLOSE create: %s", errstr());
	kclose(fd);
	check(!exists("/n/tmpfile"), "ORCLOSE file still there after close");
	check(kcreate("/n/e", OREAD, DMDIR|0777) >= 0 && kchdir("/n/e") == 0, "mkdir e and cd: %s", errstr());
	check(kremove("/n/e") == 0, "remove e while in it: %s", errstr());
	check(putfile("x", "x", 1) < 0, "a file made in a removed directory");
	check(kchdir("..") == 0 && exists("a"), "cd .. from the removed e: %s", errstr());
	kchdir("/");
	ktestend();
}

static void
testperm(void)
{
	char *me;
	int n;

	testbegin("permissions: another user may not write a 0644 file, nor make files in a 0755 directory");
	n = kcreate("/n/mine", OWRITE, 0644);
	check(n >= 0 && kwrite(n, "m", 1) == 1, "write: %s", errstr());
	kclose(n);
	check(kcreate("/n/priv", OREAD, DMDIR|0755) >= 0, "mkdir: %s", errstr());
	me = kstrdup(up->env->user);
	kstrdupto(&up->env->user, "glenda");
	check(kopen("/n/mine", OWRITE) < 0, "glenda wrote a 0644 file");
	check(kopen("/n/mine", OREAD) >= 0, "glenda could not read: %s", errstr());
	check(kcreate("/n/priv/g", OWRITE, 0666) < 0 && strstr(errstr(), Eperm) != nil, "glenda made a file in priv: %s",
		errstr());
	kstrdupto(&up->env->user, me);
	free(me);
	ktestend();
}

static void
testinstances(void)
{
	testbegin("#R names one tree wherever bound; #Rother is another");
	check(kbind("#R", "/env", MREPL) >= 0, "bind: %s", errstr());
	check(exists("/env/a"), "the second bind of #R lacks a");
	check(kbind("#Rother", "/env", MREPL|MCREATE) >= 0, "bind #Rother: %s", errstr());
	check(!exists("/env/a"), "#Rother has #R's a");
	check(putfile("/env/o", "o", 1) == 1, "write in #Rother: %s", errstr());
	check(!exists("/n/o"), "#Rother's file shows in #R");
	ktestend();
}

static void
testfull(void)
{
	static char block[64*1024];
	int fd, i;
	long n, total;

	testbegin("writes fail with 'file system full' at the limit; removing makes room again");
	fd = kcreate("/n/huge", OWRITE, 0666);
	total = 0;
	for(i = 0; i < 100000; i++){
		n = kwrite(fd, block, sizeof block);
		if(n <= 0)
			break;
		total += n;
	}
	kclose(fd);
	check(n < 0 && strstr(errstr(), Efull) != nil, "write %d ended with %ld (%s)", i, n, errstr());
	check(total >= 1024*1024, "only %ld bytes fit", total);
	check(kremove("/n/huge") == 0, "remove: %s", errstr());
	check(putfile("/n/after", block, sizeof block) == sizeof block, "no room after the remove: %s", errstr());
	ktestend();
}

int
testmain(void)
{
	testfiles();
	testlist();
	testbig();
	testwstat();
	testremove();
	testperm();
	testinstances();
	testfull();
	return testnfail;
}
