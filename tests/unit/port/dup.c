/*
 * #d, the open fds: the listing follows the fd table, stat modes
 * follow each fd's open mode, opening #d/N is a dup of fd N (the same
 * Chan: one offset) within the fd's mode, and #d/Nctl reads the fd's
 * line in the format of /prog/N/fd.
 */
#include "ktest.h"

static char content[] = "0123456789";

/* Close every fd from 3 on, so that each case starts from the console's 0, 1 and 2. */
static void
closeabove2(void)
{
	int i;

	for(i = 3; i < 20; i++)
		kclose(i);
}

static void
testlist(void)
{
	char *got, want[128];
	int fd;

	testbegin("#d lists n and nctl for each open fd, in order, and follows opens and closes");
	/* the listing includes the fd that dirnames reads #d through */
	closeabove2();
	got = dirnames("#d");
	check(strcmp(got, "0 0ctl 1 1ctl 2 2ctl 3 3ctl") == 0, "ls #d gave \"%s\"", got);
	fd = kopen("#U/data", OREAD);
	check(fd == 3, "open gave fd %d: %r", fd);
	got = dirnames("#d");
	snprint(want, sizeof want, "0 0ctl 1 1ctl 2 2ctl 3 3ctl 4 4ctl");
	check(strcmp(got, want) == 0, "ls #d with fd 3 open gave \"%s\"", got);
	kclose(1);
	got = dirnames("#d");
	check(strcmp(got, "0 0ctl 1 1ctl 2 2ctl 3 3ctl") == 0, "ls #d with fd 1 closed (and ls on it) gave \"%s\"", got);
	kclose(2);
	got = dirnames("#d");
	check(strcmp(got, "0 0ctl 1 1ctl 3 3ctl") == 0, "ls #d with fd 2 closed (and ls on 1) gave \"%s\"", got);
	check(kopen("#c/cons", OWRITE) == 1, "reopen fd 1: %r");
	check(kopen("#c/cons", OWRITE) == 2, "reopen fd 2: %r");
	kclose(fd);
	ktestend();
}

static void
teststat(void)
{
	Dir d;
	char strs[256];
	int fr, fw, frw;

	testbegin("stat modes 0400, 0200, 0600 by the fd's mode; ctl files 0400; length 0");
	closeabove2();
	fr = kopen("#U/data", OREAD);
	fw = kopen("#U/data", OWRITE);
	frw = kopen("#U/data", ORDWR);
	check(fr == 3 && fw == 4 && frw == 5, "fds %d %d %d: %r", fr, fw, frw);
	check(trystat("#d/3", &d, strs, sizeof strs) == 0 && d.mode == 0400 && d.length == 0 && strcmp(d.name, "3") == 0,
		"#d/3: %r mode %luo length %lld name %s", d.mode, d.length, d.name);
	check(trystat("#d/4", &d, strs, sizeof strs) == 0 && d.mode == 0200, "#d/4: %r mode %luo", d.mode);
	check(trystat("#d/5", &d, strs, sizeof strs) == 0 && d.mode == 0600, "#d/5: %r mode %luo", d.mode);
	check(trystat("#d/4ctl", &d, strs, sizeof strs) == 0 && d.mode == 0400 && strcmp(d.name, "4ctl") == 0,
		"#d/4ctl: %r mode %luo name %s", d.mode, d.name);
	check(trystat("#d", &d, strs, sizeof strs) == 0 && d.mode == (DMDIR|0555) && d.qid.type == QTDIR, "#d: %r mode %luo", d.mode);
	closeabove2();
	ktestend();
}

static void
testdup(void)
{
	char buf[16];
	int fd, nfd, wfd;

	testbegin("opening #d/N duplicates fd N: the same file and offset; only in the fd's mode");
	closeabove2();
	fd = kopen("#U/data", OREAD);
	check(kread(fd, buf, 2) == 2 && memcmp(buf, "01", 2) == 0, "read fd: %r");
	nfd = kopen("#d/3", OREAD);
	check(nfd == 4, "open #d/3 gave %d: %r", nfd);
	check(kread(nfd, buf, 3) == 3 && memcmp(buf, "234", 3) == 0, "the dup did not go on at offset 2: '%.3s'", buf);
	check(kread(fd, buf, 1) == 1 && buf[0] == '5', "the original did not go on after the dup's read: '%c'", buf[0]);
	check(kopen("#d/3", OWRITE) < 0 && strcmp(up->env->errstr, Ebadusefd) == 0, "write dup of a read fd: %r");
	check(kopen("#d/3", ORDWR) < 0, "rdwr dup of a read fd opened");
	check(kopen("#d/3", OREAD|ORCLOSE) < 0, "ORCLOSE dup opened");
	wfd = kopen("#U/data", ORDWR);
	check(wfd == 5, "fd %d", wfd);
	check(kopen("#d/5", OREAD) == 6, "read dup of a rdwr fd: %r");
	check(kopen("#d/9", OREAD) < 0 && strstr(up->env->errstr, "does not exist") != nil, "#d/9: %r");
	check(kopen("#d/03", OREAD) < 0, "#d/03 opened");
	check(kopen("#d/3x", OREAD) < 0, "#d/3x opened");
	check(kopen("#d", OWRITE) < 0, "#d opened for writing");
	closeabove2();
	ktestend();
}

static void
testctl(void)
{
	char buf[256], want[256], strs[256];
	Dir d;
	long n;
	int fd, cfd;

	testbegin("#d/Nctl reads the fd's /prog/N/fd line; not writable");
	closeabove2();
	fd = kopen("#U/data", OREAD);
	kread(fd, buf, 4);
	check(kfstat(fd, (uchar*)buf, sizeof buf) > 0 && convM2D((uchar*)buf, sizeof buf, &d, strs) > 0, "fstat: %r");
	snprint(want, sizeof want, "%3d %.2s %C %4ud (%.16llux %lud %.2ux) %5d %8d %s\n",
		3, "r ", 'U', d.dev, d.qid.path, d.qid.vers, d.qid.type, 0, 4, "#U/data");
	cfd = kopen("#d/3ctl", OREAD);
	check(cfd == 4, "open 3ctl: %r");
	n = kread(cfd, buf, sizeof buf - 1);
	buf[n > 0 ? n : 0] = 0;
	check(strcmp(buf, want) == 0, "3ctl gave \"%s\", want \"%s\"", buf, want);
	check(kread(cfd, buf, sizeof buf) == 0, "no EOF after the line");
	kclose(cfd);
	check(kopen("#d/3ctl", OWRITE) < 0, "3ctl opened for writing");
	cfd = kopen("#d/1ctl", OREAD);
	n = kread(cfd, buf, sizeof buf - 1);
	buf[n > 0 ? n : 0] = 0;
	check(n > 0 && strncmp(buf, "  1  w c ", 9) == 0 && strstr(buf, "#c/cons\n") != nil, "1ctl gave \"%s\"", buf);
	kclose(cfd);
	closeabove2();
	ktestend();
}

int
testmain(void)
{
	int fd;

	testbegin("make #U/data for the cases to open");
	fd = kcreate("#U/data", OWRITE, 0666);
	check(fd >= 0 && kwrite(fd, content, strlen(content)) == (long)strlen(content), "%r");
	kclose(fd);
	ktestend();
	testlist();
	teststat();
	testdup();
	testctl();
	return testnfail;
}
