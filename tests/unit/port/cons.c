/*
 * #c: every file read and written as kernel-core.md §12.1 says, and
 * the console's line discipline driven through kbdputc as the
 * console interrupt would: erase, kill, ^D, CR, ^C, raw mode, EOF.
 * The console is switched off (sysctl) while keyboard input is
 * edited, so that echo on a terminal does not mix with the results.
 */
#include "ktest.h"

/* Write s to path with one write; the count, or -1 (error in errstr). */
static long
writefile(char *path, char *s)
{
	int fd;
	long r;

	fd = kopen(path, OWRITE);
	if(fd < 0)
		return -1;
	r = kwrite(fd, s, strlen(s));
	kclose(fd);
	return r;
}

/*
 * Does consctl read want, but for an eof line at the end (the host's
 * stdin may have ended already when the tests run)? buf gets what it read.
 */
static int
ctlis(char *buf, long n, char *want)
{
	long m;

	m = readfile("#c/consctl", buf, n);
	if(m >= 4 && strcmp(buf+m-4, "eof\n") == 0)
		buf[m-4] = 0;
	return strcmp(buf, want) == 0;
}

static void
type(char *s)
{
	for(; *s != 0; s++)
		kbdputc((uchar)*s);
}

static void
testmodes(void)
{
	static struct {
		char	*name;
		ulong	mode;
	} want[] = {
		{ "cons", 0660 }, { "consctl", 0660 }, { "keyboard", 0666 }, { "kprint", 0444 },
		{ "memory", 0444 }, { "msec", 0444 }, { "time", 0664 }, { "sysname", 0664 },
		{ "user", 0644 }, { "hostowner", 0644 }, { "null", 0666 }, { "random", 0444 },
		{ "notquiterandom", 0444 }, { "drivers", 0444 }, { "sysctl", 0644 }, { "jit", 0666 },
	};
	Dir *d;
	int fd, n, i, j, found;

	testbegin("#c lists every file with the mode of the table");
	fd = kopen("#c", OREAD);
	n = fd >= 0 ? kdirread(fd, &d) : -1;
	check(n == nelem(want), "%d entries, want %d (%s)", n, (int)nelem(want), errstr());
	for(i = 0; i < nelem(want); i++){
		found = 0;
		for(j = 0; j < n; j++)
			if(strcmp(d[j].name, want[i].name) == 0){
				found = 1;
				check((d[j].mode & 0777) == want[i].mode, "%s has mode %lo, want %lo",
					want[i].name, d[j].mode & 0777, want[i].mode);
			}
		check(found, "%s is not listed", want[i].name);
	}
	if(n > 0)
		free(d);
	kclose(fd);
	ktestend();
}

static void
testnull(void)
{
	char buf[16];
	int fd;
	long w, r;

	testbegin("null: writes are swallowed whole, reads give EOF");
	fd = kopen("#c/null", ORDWR);
	w = kwrite(fd, "discard", 7);
	r = kread(fd, buf, sizeof buf);
	check(fd >= 0 && w == 7 && r == 0, "open %d, write %ld, read %ld (%s)", fd, w, r, errstr());
	kclose(fd);
	ktestend();
}

static void
testtime(void)
{
	char buf[64];
	vlong t1, t2, t3, set;
	long n;

	testbegin("time: microseconds since 1970, no newline, never going back, settable");
	n = readfile("#c/time", buf, sizeof buf);
	t1 = strtoll(buf, nil, 10);
	check(n > 0 && strchr(buf, '\n') == nil && strchr(buf, ' ') == nil, "read '%s'", buf);
	check(t1 > 1500000000LL*1000000, "time %lld is before 2017", t1);
	nap(20);
	readfile("#c/time", buf, sizeof buf);
	t2 = strtoll(buf, nil, 10);
	check(t2 >= t1 + 15000, "20ms later time went from %lld to %lld", t1, t2);
	set = t2 + 1000000000LL;	/* 1000 s ahead */
	snprint(buf, sizeof buf, "%lld\n", set);
	n = writefile("#c/time", buf);
	check(n == (long)strlen(buf), "write gave %ld (%s)", n, errstr());
	readfile("#c/time", buf, sizeof buf);
	t3 = strtoll(buf, nil, 10);
	check(t3 >= set && t3 < set + 5000000, "after setting %lld, read %lld", set, t3);
	check(writefile("#c/time", "soon") < 0 && strcmp(errstr(), Ebadarg) == 0, "'soon' accepted (%s)", errstr());
	snprint(buf, sizeof buf, "%lld", t2 + (t3 - set));
	writefile("#c/time", buf);
	ktestend();
}

static void
testmsec(void)
{
	char buf[32];
	ulong m1, m2;
	long n;

	testbegin("msec: milliseconds since boot in a 12-character field, counting");
	n = readfile("#c/msec", buf, sizeof buf);
	m1 = strtoul(buf, nil, 10);
	check(n == 12, "read %ld bytes '%s', want 12", n, buf);
	nap(30);
	readfile("#c/msec", buf, sizeof buf);
	m2 = strtoul(buf, nil, 10);
	check(m2 >= m1 + 20 && m2 < m1 + 5000, "30ms later msec went from %lu to %lu", m1, m2);
	ktestend();
}

static void
testsysname(void)
{
	char old[SYSNAMELEN+1], buf[SYSNAMELEN+1];
	long n;

	testbegin("sysname: set (trailing newline dropped) and read back without a newline");
	readfile("#c/sysname", old, sizeof old);
	n = writefile("#c/sysname", "testbox\n");
	check(n == 8, "write gave %ld (%s)", n, errstr());
	n = readfile("#c/sysname", buf, sizeof buf);
	check(n == 7 && strcmp(buf, "testbox") == 0, "read %ld '%s'", n, buf);
	check(writefile("#c/sysname", "") < 0, "empty name accepted");
	writefile("#c/sysname", old);
	ktestend();
}

static void
testdrivers(void)
{
	char buf[1024], *line[64];
	int i, n, ndev;

	testbegin("drivers: one line '#c name' per device, in devtab order");
	for(ndev = 0; devtab[ndev] != nil; ndev++)
		;
	readfile("#c/drivers", buf, sizeof buf);
	check(strstr(buf, "#c cons\n") != nil && strstr(buf, "#| pipe\n") != nil && strstr(buf, "#e env\n") != nil,
		"cons, pipe or env missing: '%s'", buf);
	n = getfields(buf, line, nelem(line), 1, "\n");
	if(n > 0 && line[n-1][0] == 0)
		n--;
	check(n == ndev, "%d lines, %d devices", n, ndev);
	for(i = 0; i < n && i < ndev; i++)
		check(line[i][0] == '#' && strcmp(line[i] + 3, devtab[i]->name) == 0, "line %d '%s', device %s",
			i, line[i], devtab[i]->name);
	ktestend();
}

static void
testmemory(void)
{
	char buf[1024], *line[8], *f[16], *e;
	int i, j, nl, nf;

	testbegin("memory: a line per pool of 7 numbers in 11 columns and the pool's name");
	readfile("#c/memory", buf, sizeof buf);
	nl = getfields(buf, line, nelem(line), 1, "\n");
	if(nl > 0 && line[nl-1][0] == 0)
		nl--;
	check(nl == 3, "%d lines, want 3", nl);
	for(i = 0; i < nl; i++){
		nf = tokenize(line[i], f, nelem(f));
		check(nf == 8, "line %d has %d fields", i, nf);
		for(j = 0; j < 7 && j < nf; j++){
			strtoul(f[j], &e, 10);
			check(*e == 0 && e != f[j], "line %d field %d '%s' is not a number", i, j, f[j]);
		}
	}
	ktestend();
}

static void
testrandom(void)
{
	static uchar big[65536];
	uchar a[64], b[64];
	int count[256], i, fd, lo, hi, seen;
	long n;

	testbegin("random and notquiterandom: bytes that differ and spread over all values");
	fd = kopen("#c/random", OREAD);
	n = kread(fd, a, sizeof a);
	check(n == sizeof a, "read %ld of %d (%s)", n, (int)sizeof a, errstr());
	n = kread(fd, b, sizeof b);
	check(n == sizeof b && memcmp(a, b, sizeof a) != 0, "two reads gave the same bytes, or %ld", n);
	kclose(fd);
	fd = kopen("#c/notquiterandom", OREAD);
	n = kread(fd, big, sizeof big);
	kclose(fd);
	check(n == sizeof big, "notquiterandom read %ld", n);
	memset(count, 0, sizeof count);
	for(i = 0; i < sizeof big; i++)
		count[big[i]]++;
	lo = hi = count[0];
	for(i = 0; i < 256; i++){
		lo = MIN(lo, count[i]);
		hi = MAX(hi, count[i]);
	}
	check(lo > 128 && hi < 400, "byte counts from %d to %d over 64 KiB (256 expected)", lo, hi);
	seen = 0;
	for(i = 0; i < 1000; i++){
		n = nrand(10);
		if(n < 0 || n >= 10)
			break;
		seen |= 1 << n;
	}
	check(i == 1000 && seen == 0x3FF, "nrand(10): %ld out of range, or values seen %#x", n, seen);
	ktestend();
}

static void
testuser(void)
{
	char buf[64], *me;
	long n;

	testbegin("user reads the proc's user; only the host owner may set it");
	me = up->env->user;
	n = readfile("#c/user", buf, sizeof buf);
	check(n > 0 && strcmp(buf, me) == 0, "read '%s', user is '%s'", buf, me);
	n = readfile("#c/hostowner", buf, sizeof buf);
	check(n > 0 && strcmp(buf, eve) == 0, "hostowner read '%s', eve is '%s'", buf, eve);
	n = writefile("#c/user", "glenda");
	check(n == 6, "the host owner could not set user (%s)", errstr());
	readfile("#c/user", buf, sizeof buf);
	check(strcmp(buf, "glenda") == 0, "user reads '%s' after setting glenda", buf);
	n = writefile("#c/user", "inferno");
	check(n < 0 && strcmp(errstr(), Eperm) == 0, "glenda set user: %ld (%s)", n, errstr());
	kstrdupto(&up->env->user, eve);
	ktestend();
}

static void
testhostowner(void)
{
	char buf[64], *old;
	long n;

	testbegin("hostowner: the host owner may hand it on, and takes the new name");
	old = eve;
	n = writefile("#c/hostowner", "newowner\n");
	check(n == 9, "write gave %ld (%s)", n, errstr());
	readfile("#c/hostowner", buf, sizeof buf);
	check(strcmp(buf, "newowner") == 0 && strcmp(up->env->user, "newowner") == 0,
		"hostowner '%s', user '%s'", buf, up->env->user);
	writefile("#c/hostowner", old);
	check(strcmp(eve, old) == 0, "could not restore the host owner: '%s'", eve);
	kstrdupto(&up->env->user, eve);
	ktestend();
}

static void
testsysctl(void)
{
	char buf[64];
	long n;

	testbegin("sysctl: reads the version; broken, nobroken and console work; others are refused");
	n = readfile("#c/sysctl", buf, sizeof buf);
	check(n > 0 && strncmp(buf, "Ember (", 7) == 0 && buf[n-1] == ')', "version '%s'", buf);
	n = writefile("#c/sysctl", "bogus");
	check(n < 0 && strcmp(errstr(), Enoctl) == 0, "bogus gave %ld (%s)", n, errstr());
	n = writefile("#c/sysctl", "console sideways");
	check(n < 0 && strcmp(errstr(), Enoctl) == 0, "console sideways gave %ld (%s)", n, errstr());
	check(writefile("#c/sysctl", "broken\n") == 7 && keepbroken == 1, "broken: keepbroken %d (%s)", keepbroken, errstr());
	check(writefile("#c/sysctl", "nobroken") == 8 && keepbroken == 0, "nobroken: keepbroken %d", keepbroken);
	check(writefile("#c/sysctl", "console off") == 11, "console off: %s", errstr());
	check(writefile("#c/sysctl", "console on") == 10, "console on: %s", errstr());
	ktestend();
}

static void
testjit(void)
{
	char buf[16];
	long n;

	testbegin("jit: a digit, read back as written");
	n = readfile("#c/jit", buf, sizeof buf);
	check(n == 1 && buf[0] == '0', "initially '%s'", buf);
	check(writefile("#c/jit", "7\n") == 2, "write 7: %s", errstr());
	readfile("#c/jit", buf, sizeof buf);
	check(strcmp(buf, "7") == 0 && jitlevel == 7, "read '%s' after writing 7", buf);
	n = writefile("#c/jit", "x");
	check(n < 0 && strcmp(errstr(), Ebadarg) == 0, "'x' gave %ld (%s)", n, errstr());
	n = writefile("#c/jit", "12");
	check(n < 0, "'12' accepted");
	writefile("#c/jit", "0");
	ktestend();
}

static void
testkprint(void)
{
	char buf[128];
	int fd, fd2, cfd;
	long n;

	testbegin("kprint: exclusive; gets kernel prints and what is written to cons");
	fd = kopen("#c/kprint", OREAD);
	check(fd >= 0, "open kprint: %s", errstr());
	fd2 = kopen("#c/kprint", OREAD);
	check(fd2 < 0 && strcmp(errstr(), Einuse) == 0, "second open gave %d (%s)", fd2, errstr());
	if(fd2 >= 0)
		kclose(fd2);
	print("kprint test %d\n", 42);
	n = kread(fd, buf, sizeof buf - 1);
	buf[MAX(n, 0)] = 0;
	check(n == 15 && strcmp(buf, "kprint test 42\n") == 0, "read %ld '%s'", n, buf);
	cfd = kopen("#c/cons", OWRITE);
	check(kwrite(cfd, "to cons", 7) == 7, "write cons: %s", errstr());
	kclose(cfd);
	n = kread(fd, buf, sizeof buf - 1);
	buf[MAX(n, 0)] = 0;
	check(n == 7 && strcmp(buf, "to cons") == 0, "read %ld '%s'", n, buf);
	kclose(fd);
	fd = kopen("#c/kprint", OREAD);
	check(fd >= 0, "reopen after close: %s", errstr());
	kclose(fd);
	ktestend();
}

/*
 * Bring the line discipline to a known state: kill whatever the host
 * terminal may have sent (a tty can send bytes of its own), end an
 * empty line, and read until that line arrives.
 */
static void
resync(int fd)
{
	char buf[64];
	long n;
	int i;

	type("\x15\n");
	for(i = 0; i < 10; i++){
		n = kread(fd, buf, sizeof buf);
		if(n == 1 && buf[0] == '\n')
			return;
	}
	fail("could not resynchronise the console's input");
}

/* Type s, then read cons once; compare with want. */
static void
cooked(int fd, char *s, char *want)
{
	char buf[64];
	long n;

	type(s);
	n = kread(fd, buf, sizeof buf - 1);
	buf[MAX(n, 0)] = 0;
	check(n == (long)strlen(want) && strcmp(buf, want) == 0, "typed '%s': read %ld '%s', want '%s' (%s)",
		s, n, buf, want, n < 0 ? errstr() : "");
}

static void
testcooked(void)
{
	char buf[8];
	int fd;
	long n1, n2, n3;

	testbegin("cooked: erase, kill, CR, one line per read, ^D ends a line, an empty one reads as EOF");
	fd = kopen("#c/cons", OREAD);
	check(fd >= 0, "open cons: %s", errstr());
	resync(fd);
	cooked(fd, "ab\bc\n", "ac\n");
	cooked(fd, "xy\x7fz\n", "xz\n");
	cooked(fd, "\xc3\xa9\bok\n", "ok\n");	/* é is one rune: one erase */
	cooked(fd, "a\xe2\x82\xac\bb\n", "ab\n");	/* € erased whole after a */
	cooked(fd, "\b\bnone\n", "none\n");	/* erase on an empty line */
	cooked(fd, "junk\x15ok\n", "ok\n");
	cooked(fd, "hi\r", "hi\n");
	cooked(fd, "abc\x04", "abc");
	cooked(fd, "\x04", "");
	cooked(fd, "l1\nl2\n", "l1\n");
	cooked(fd, "", "l2\n");
	type("hello\n");
	n1 = kread(fd, buf, 2);
	n2 = kread(fd, buf+2, 2);
	n3 = kread(fd, buf+4, 4);
	check(n1 == 2 && n2 == 2 && n3 == 2 && memcmp(buf, "hello\n", 6) == 0, "a line read 2 at a time: %ld %ld %ld",
		n1, n2, n3);
	kclose(fd);
	ktestend();
}

static void
testraw(void)
{
	char buf[32];
	int fd, cfd;
	long n;

	testbegin("consctl: rawon gives bytes as typed while consctl is open; rawoff and close restore cooking");
	fd = kopen("#c/cons", OREAD);
	cfd = kopen("#c/consctl", OWRITE);
	check(fd >= 0 && cfd >= 0, "open: %s", errstr());
	resync(fd);
	check(ctlis(buf, sizeof buf, "rawoff\nintr 0\n"), "consctl reads '%s' in cooked mode", buf);
	check(kwrite(cfd, "rawon", 5) == 5, "rawon: %s", errstr());
	type("x\b\x15\x03");
	n = kread(fd, buf, sizeof buf);
	check(n == 4 && memcmp(buf, "x\b\x15\x03", 4) == 0, "raw read %ld bytes", n);
	check(ctlis(buf, sizeof buf, "rawon\nintr 0\n"), "consctl reads '%s' in raw mode", buf);
	check(kwrite(cfd, "rawoff", 6) == 6, "rawoff: %s", errstr());
	cooked(fd, "ab\bc\n", "ac\n");
	check(kwrite(cfd, "rawon", 5) == 5, "rawon again: %s", errstr());
	n = kwrite(cfd, "sideways", 8);
	check(n < 0 && strcmp(errstr(), Ebadctl) == 0, "bad consctl message gave %ld (%s)", n, errstr());
	kclose(cfd);	/* the last consctl: back to cooked */
	cooked(fd, "ab\bc\n", "ac\n");
	kclose(fd);
	ktestend();
}

static void
testintr(void)
{
	char buf[32];
	int fd;
	long n;

	testbegin("^C discards the line being typed and what was typed before it; intr N is kept and read back");
	fd = kopen("#c/cons", OREAD);
	check(fd >= 0, "open cons: %s", errstr());
	resync(fd);
	cooked(fd, "junk\x03ok\n", "ok\n");
	type("ahead\npart");
	type("\x03");
	cooked(fd, "after\n", "after\n");
	n = writefile("#c/consctl", "intr 12345");
	check(n == 10, "intr 12345: %ld (%s)", n, errstr());
	check(ctlis(buf, sizeof buf, "rawoff\nintr 12345\n"), "consctl reads '%s'", buf);
	/* a group with no Prog: the ^C kills nothing but still discards */
	cooked(fd, "x\x03y\n", "y\n");
	n = writefile("#c/consctl", "intr x");
	check(n < 0 && strcmp(errstr(), Ebadctl) == 0, "intr x gave %ld (%s)", n, errstr());
	n = writefile("#c/consctl", "intr");
	check(n < 0 && strcmp(errstr(), Ebadctl) == 0, "intr alone gave %ld (%s)", n, errstr());
	n = writefile("#c/consctl", "intr -1");
	check(n < 0 && strcmp(errstr(), Ebadctl) == 0, "intr -1 gave %ld (%s)", n, errstr());
	check(writefile("#c/consctl", "intr 0") == 6, "intr 0: %s", errstr());
	check(ctlis(buf, sizeof buf, "rawoff\nintr 0\n"), "consctl reads '%s' after intr 0", buf);
	kclose(fd);
	ktestend();
}

static void
testkeyboard(void)
{
	char buf[16];
	int fd;
	long n;

	testbegin("keyboard: writes are typed; reads give bytes as typed");
	fd = kopen("#c/cons", OREAD);
	resync(fd);
	check(writefile("#c/keyboard", "kb\bd\n") == 5, "write keyboard: %s", errstr());
	n = kread(fd, buf, sizeof buf);
	check(n == 3 && memcmp(buf, "kd\n", 3) == 0, "cons read %ld after typing through keyboard", n);
	kclose(fd);
	type("z\b");
	n = readfile("#c/keyboard", buf, sizeof buf);
	check(n == 2 && memcmp(buf, "z\b", 2) == 0, "keyboard read %ld", n);
	ktestend();
}

static void
testeof(void)
{
	char buf[32];
	int fd;
	long n1, n2, n3;

	testbegin("after the console's input ends, typed-ahead lines are read, then EOF");
	fd = kopen("#c/cons", OREAD);
	resync(fd);
	type("last\npartial");
	kbdeof();
	n1 = kread(fd, buf, sizeof buf);
	n2 = kread(fd, buf+5, sizeof buf - 5);
	n3 = kread(fd, buf, sizeof buf);
	check(n1 == 5 && n2 == 7 && n3 == 0, "reads gave %ld %ld %ld, want 5 7 0", n1, n2, n3);
	check(kread(fd, buf, sizeof buf) == 0, "EOF did not last");
	readfile("#c/consctl", buf, sizeof buf);
	check(strcmp(buf, "rawoff\nintr 0\neof\n") == 0, "consctl reads '%s' at EOF", buf);
	kclose(fd);
	ktestend();
}

/* consedit 0 (the host's stdin a pipe or a file): every byte as it came, a line at a time, ^C and ^D included */
static void
testtransparent(void)
{
	char buf[64];
	long n;
	int fd;

	testbegin("input nobody types passes byte for byte: no editing, no ^C, no ^D");
	fd = kopen("#c/cons", OREAD);
	check(fd >= 0, "open: %s", errstr());
	resync(fd);
	consedit = 0;
	type("a\bb\x15" "c\x03" "d\x04" "e\r\n");
	n = kread(fd, buf, sizeof buf - 1);
	buf[MAX(n, 0)] = 0;
	check(n == 11 && memcmp(buf, "a\bb\x15" "c\x03" "d\x04" "e\r\n", 11) == 0, "read %ld bytes '%s'", n, buf);
	consedit = 1;
	kclose(fd);
	ktestend();
}

int
testmain(void)
{
	kstrdupto(&up->env->user, eve);
	testmodes();
	testnull();
	testtime();
	testmsec();
	testsysname();
	testdrivers();
	testmemory();
	testrandom();
	testuser();
	testhostowner();
	testsysctl();
	testjit();
	writefile("#c/sysctl", "console off");
	consedit = 1;	/* these tests type as a person would, whatever the host's stdin is */
	testkprint();
	testcooked();
	testraw();
	testintr();
	testkeyboard();
	testtransparent();
	testeof();
	writefile("#c/sysctl", "console on");
	return testnfail;
}
