/*
 * The root device #/ from the tables tools/mkroot made for the test
 * target: the conf's directories merged with the tree
 * tests/unit/port/roottree (bin/script, lib/empty, lib/greeting),
 * walked, listed, stat'd and read; nothing can change it; and a file
 * added at boot by addrootfile. Paths start "#//": in "#/lib" the
 * text after the device letter would be the attach spec.
 */
#include "ktest.h"

static char greeting[] = "hello from the root\n";
static char bootdata[] = "added at boot";

static void
testlist(void)
{
	char *want, *got;
	Dir *d;
	long n, i;
	int fd, bad;

	testbegin("#/ lists the conf's directories and the tree's top level, sorted, as directories");
	want = "bin chan dev env fd lib n net net.alt nvfs prof prog";
	got = dirnames("#/");
	check(strcmp(got, want) == 0, "ls #/ gave \"%s\", want \"%s\"", got, want);
	got = dirnames("#//lib");
	check(strcmp(got, "empty greeting") == 0, "ls #/lib gave \"%s\"", got);
	got = dirnames("#//nvfs");	/* a directory nothing is bound on */
	check(got[0] == 0, "ls #//nvfs gave \"%s\", want nothing", got);
	fd = kopen("#/", OREAD);
	n = kdirread(fd, &d);
	kclose(fd);
	bad = 0;
	for(i = 0; i < n; i++)
		if(d[i].mode != (DMDIR|0555) || d[i].qid.type != QTDIR || d[i].type != '/' || d[i].length != 0)
			bad++;
	check(n > 0 && bad == 0, "%d of %ld entries not DMDIR|0555 directories of '/' (first: %D)", bad, n, n > 0 ? &d[0] : nil);
	free(d);
	ktestend();
}

static void
teststat(void)
{
	Dir d;
	char strs[256];

	testbegin("stat of embedded files: name, length, mode by the host's execute bit, owner");
	check(trystat("#//lib/greeting", &d, strs, sizeof strs) == 0, "stat greeting: %r");
	check(strcmp(d.name, "greeting") == 0, "name %s", d.name);
	check(d.length == (vlong)strlen(greeting), "length %lld, want %d", d.length, (int)strlen(greeting));
	check(d.mode == 0444, "mode %luo, want 444", d.mode);
	check(d.qid.type == QTFILE, "qid type %ux", d.qid.type);
	check(strcmp(d.uid, eve) == 0, "uid %s, want %s", d.uid, eve);
	check(trystat("#//bin/script", &d, strs, sizeof strs) == 0, "stat script: %r");
	check(d.mode == 0555, "script mode %luo, want 555", d.mode);
	check(trystat("#//lib/empty", &d, strs, sizeof strs) == 0 && d.length == 0, "stat empty: %r, length %lld", d.length);
	check(trystat("#/", &d, strs, sizeof strs) == 0, "stat #/: %r");
	check(d.mode == (DMDIR|0555) && d.qid.type == QTDIR && d.qid.path == 0, "#/ mode %luo qid %llux.%ux", d.mode, d.qid.path, d.qid.type);
	ktestend();
}

static void
testread(void)
{
	char buf[64];
	long n;
	int fd;

	testbegin("reading an embedded file: whole, at an offset, past the end, empty");
	fd = kopen("#//lib/greeting", OREAD);
	check(fd >= 0, "open: %r");
	n = kread(fd, buf, sizeof buf);
	check(n == (long)strlen(greeting) && memcmp(buf, greeting, n) == 0, "read %ld bytes", n);
	check(kread(fd, buf, sizeof buf) == 0, "no EOF after the whole file");
	n = kpread(fd, buf, 4, 6);
	check(n == 4 && memcmp(buf, "from", 4) == 0, "pread at 6 gave %ld bytes '%.*s'", n, (int)(n > 0 ? n : 0), buf);
	check(kpread(fd, buf, 10, 100) == 0, "pread past the end gave data");
	kclose(fd);
	fd = kopen("#//lib/empty", OREAD);
	check(fd >= 0 && kread(fd, buf, sizeof buf) == 0, "empty file: %r");
	kclose(fd);
	ktestend();
}

static void
testwalk(void)
{
	Dir d;
	char strs[256];

	testbegin("walks: .. inside the tree and at its top, through a file, to nothing");
	check(trystat("#//lib/../bin/script", &d, strs, sizeof strs) == 0 && strcmp(d.name, "script") == 0, "lib/../bin/script: %r");
	check(trystat("#//../../lib/greeting", &d, strs, sizeof strs) == 0, "../../lib/greeting from the top: %r");
	check(trystat("#//lib/greeting/x", &d, strs, sizeof strs) < 0, "walked through a file");
	check(trystat("#//nonesuch", &d, strs, sizeof strs) < 0 && strstr(up->env->errstr, "does not exist") != nil,
		"#//nonesuch: %r");
	check(trystat("#//lib/nonesuch", &d, strs, sizeof strs) < 0 && strstr(up->env->errstr, "does not exist") != nil,
		"#//lib/nonesuch: %r");
	ktestend();
}

static void
testreadonly(void)
{
	uchar buf[STATFIXLEN+64];
	Dir d;
	int fd, n;

	testbegin("nothing in #/ can be written, created, removed or changed");
	fd = kopen("#//lib/greeting", OWRITE);
	check(fd < 0 && strcmp(up->env->errstr, Eperm) == 0, "open for writing: %r");
	fd = kopen("#//lib/greeting", OREAD|OTRUNC);
	check(fd < 0, "open with truncation succeeded");
	fd = kopen("#//lib", OWRITE);
	check(fd < 0, "directory opened for writing");
	fd = kcreate("#//lib/new", OWRITE, 0666);
	check(fd < 0 && strcmp(up->env->errstr, Eperm) == 0, "create: %r");
	check(kremove("#//lib/greeting") < 0 && strcmp(up->env->errstr, Eperm) == 0, "remove: %r");
	nulldir(&d);
	d.mode = 0666;
	n = convD2M(&d, buf, sizeof buf);
	check(kwstat("#//lib/greeting", buf, n) < 0 && strcmp(up->env->errstr, Eperm) == 0, "wstat: %r");
	check(strcmp(dirnames("#//lib"), "empty greeting") == 0, "#//lib changed: %s", dirnames("#//lib"));
	ktestend();
}

/* The names in a buffer of stat entries, blank-separated; "<bad>" if one is malformed. */
static char*
names(uchar *buf, long n, char *out, int nout)
{
	char strs[256], *p;
	Dir d;
	long i, m;

	out[0] = 0;
	p = out;
	for(i = 0; i < n; i += m){
		m = BIT16SZ + (buf[i] | buf[i+1]<<8);
		if(i + m > n || convM2D(buf+i, m, &d, strs) != (uint)m)
			return "<bad>";
		p = seprint(p, out+nout, "%s%s", i ? " " : "", d.name);
	}
	return out;
}

/* (#/ itself is a union with #U once opened: "/" is bound on it. #//lib is not.) */
static void
testsmallreads(void)
{
	uchar buf[4096], small[8];
	char pieces[512], whole[512];
	long n, m, total, nread;
	int fd;

	testbegin("directory reads in small buffers give whole entries, the same as one read");
	fd = kopen("#//lib", OREAD);
	total = 0;
	nread = 0;
	while((n = kread(fd, buf+total, 100)) > 0){
		total += n;
		nread++;
	}
	check(n == 0, "read: %r");
	kclose(fd);
	check(nread == 2, "%ld reads of 100 bytes, want one per entry (2)", nread);
	names(buf, total, pieces, sizeof pieces);
	fd = kopen("#//lib", OREAD);
	m = kread(fd, small, sizeof small);
	check(m < 0 && strcmp(up->env->errstr, Eshort) == 0, "8-byte read gave %ld: %r", m);
	n = kread(fd, buf, sizeof buf);
	names(buf, n, whole, sizeof whole);
	check(strcmp(pieces, whole) == 0, "in pieces \"%s\", whole \"%s\"", pieces, whole);
	check(strcmp(whole, "empty greeting") == 0, "whole read gave \"%s\"", whole);
	check(kread(fd, buf, sizeof buf) == 0, "no end after the last entry");
	check(kseek(fd, 0, 0) == 0 && kread(fd, buf, sizeof buf) == n, "read after seek to 0: %r");
	kclose(fd);
	ktestend();
}

static void
testaddrootfile(void)
{
	char buf[64], strs[128];
	char *got;
	Dir d;
	int fd;
	long n;

	testbegin("addrootfile: a file at the top of #/, listed after the tree's, readable");
	addrootfile("boot.txt", (uchar*)bootdata, strlen(bootdata));
	got = dirnames("#/");
	check(strcmp(got, "bin chan dev env fd lib n net net.alt nvfs prof prog boot.txt") == 0, "ls #/ gave \"%s\"", got);
	check(trystat("#//boot.txt", &d, strs, sizeof strs) == 0, "stat: %r");
	check(d.length == (vlong)strlen(bootdata) && d.mode == 0444, "length %lld mode %luo", d.length, d.mode);
	fd = kopen("#//boot.txt", OREAD);
	n = kread(fd, buf, sizeof buf);
	check(n == (long)strlen(bootdata) && memcmp(buf, bootdata, n) == 0, "read %ld: %r", n);
	kclose(fd);
	check(kopen("#//boot.txt/../lib/greeting", OREAD) < 0, "walked through the added file");
	ktestend();
}

int
testmain(void)
{
	testlist();
	teststat();
	testread();
	testwalk();
	testreadonly();
	testsmallreads();
	testaddrootfile();
	return testnfail;
}
