/*
 * #U, the host's files, on the fresh host directory the test kernel
 * has as its root (hostroot): create, write and read back, stat
 * fields against the host's, directories and their reads in pieces,
 * wstat (rename, mode, length, mtime), remove and ORCLOSE, the host's
 * errors as kernel errors, ".." kept inside the attach, device
 * numbers, and "#U*" reaching the host's "/". What the kernel did is
 * checked against the host directly.
 */
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ktest.h"
#include "host.h"

static char hello[] = "hello world";

/* hostroot/name, for the host's side of the checks */
static char*
H(char *name)
{
	static char buf[4][512];
	static int i;

	i = (i+1) % 4;
	snprint(buf[i], sizeof buf[i], "%s/%s", hostroot, name);
	return buf[i];
}

static int
hstat(char *path, struct stat *st)
{
	int r;

	HOSTCALL(r = stat(path, st));
	return r;
}

static int
hexists(char *path)
{
	struct stat st;

	return hstat(path, &st) == 0;
}

/* The host file's bytes, NUL-terminated; -1 if it cannot be read. */
static long
hread(char *path, char *buf, long n)
{
	long r;
	int fd;

	r = -1;
	HOSTCALL(fd = open(path, O_RDONLY); if(fd >= 0){ r = read(fd, buf, n-1); close(fd); });
	if(r >= 0)
		buf[r] = 0;
	return r;
}

static int
wstat(char *path, Dir *d)
{
	uchar buf[512];
	uint n;

	n = convD2M(d, buf, sizeof buf);
	return kwstat(path, buf, n);
}

static void
testcreate(void)
{
	char buf[64];
	struct stat st;
	mode_t old;
	int fd;

	testbegin("create, write and read back; the host has the bytes and exactly the mode asked for");
	HOSTCALL(old = umask(077));
	fd = kcreate("#U/f1", ORDWR, 0640);
	HOSTCALL(umask(old));
	check(fd >= 0, "create: %r");
	check(kwrite(fd, hello, strlen(hello)) == (long)strlen(hello), "write: %r");
	memset(buf, 0, sizeof buf);
	check(kpread(fd, buf, 5, 6) == 5 && strcmp(buf, "world") == 0, "pread at 6 gave '%s': %r", buf);
	check(kpread(fd, buf, 5, 100) == 0, "pread past the end gave data");
	kclose(fd);
	check(hread(H("f1"), buf, sizeof buf) == (long)strlen(hello) && strcmp(buf, hello) == 0, "host file holds '%s'", buf);
	check(hstat(H("f1"), &st) == 0 && (st.st_mode & 0777) == 0640, "host mode %o, want 640 (umask 077 must not apply)", st.st_mode & 0777);
	ktestend();

	testbegin("a new file or directory gets no permission its directory lacks (9P's rule)");
	kclose(kcreate("#U/private", OREAD, DMDIR|0710));
	kclose(kcreate("#U/private/f", OWRITE, 0666));
	kclose(kcreate("#U/private/d", OREAD, DMDIR|0777));
	check(hstat(H("private/f"), &st) == 0 && (st.st_mode & 0777) == 0600, "file mode %o, want 600", st.st_mode & 0777);
	check(hstat(H("private/d"), &st) == 0 && (st.st_mode & 0777) == 0710, "directory mode %o, want 710", st.st_mode & 0777);
	check(kremove("#U/private/f") == 0 && kremove("#U/private/d") == 0 && kremove("#U/private") == 0, "cleaning up: %r");
	ktestend();
}

static void
teststat(void)
{
	struct stat st;
	struct passwd *pw;
	struct group *gr;
	char strs[512], uid[64], gid[64];
	Dir d;

	testbegin("stat: name, length, mode, qid, times and owner names as the host has them");
	check(trystat("#U/f1", &d, strs, sizeof strs) == 0, "stat: %r");
	check(hstat(H("f1"), &st) == 0, "host stat failed");
	HOSTCALL(
		pw = getpwuid(st.st_uid); snprint(uid, sizeof uid, "%s", pw != nil ? pw->pw_name : "?");
		gr = getgrgid(st.st_gid); snprint(gid, sizeof gid, "%s", gr != nil ? gr->gr_name : "?"));
	check(strcmp(d.name, "f1") == 0, "name %s", d.name);
	check(d.length == (vlong)strlen(hello), "length %lld", d.length);
	check(d.mode == 0640, "mode %luo", d.mode);
	check(d.qid.type == QTFILE, "qid type %ux", d.qid.type);
	check(d.qid.path == ((uvlong)st.st_ino ^ ((uvlong)st.st_dev << 48)), "qid path %llux, host inode %llux", d.qid.path, (uvlong)st.st_ino);
	check(d.qid.vers == (ulong)st.st_mtime && d.mtime == (ulong)st.st_mtime && d.atime == (ulong)st.st_atime,
		"vers %lud mtime %lud atime %lud, host %ld %ld", d.qid.vers, d.mtime, d.atime, (long)st.st_mtime, (long)st.st_atime);
	check(strcmp(d.uid, uid) == 0 && strcmp(d.muid, uid) == 0, "uid %s muid %s, want %s", d.uid, d.muid, uid);
	check(strcmp(d.gid, gid) == 0, "gid %s, want %s", d.gid, gid);
	check(d.type == 'U', "type %C", (Rune)d.type);
	ktestend();
}

static void
testdirs(void)
{
	struct stat st;
	char strs[512], *got;
	Dir d;
	int fd;

	testbegin("directories: mkdir by create, files in them, listing, stat as DMDIR");
	fd = kcreate("#U/d1", OREAD, DMDIR|0750);
	check(fd >= 0, "create d1: %r");
	kclose(fd);
	check(hstat(H("d1"), &st) == 0 && S_ISDIR(st.st_mode) && (st.st_mode & 0777) == 0750, "host d1 mode %o", st.st_mode);
	check(trystat("#U/d1", &d, strs, sizeof strs) == 0, "stat d1: %r");
	check(d.mode == (DMDIR|0750) && d.qid.type == QTDIR && d.length == 0, "d1 mode %luo qid type %ux length %lld", d.mode, d.qid.type, d.length);
	fd = kcreate("#U/d1/b", OWRITE, 0666);
	check(fd >= 0 && kwrite(fd, "bb", 2) == 2, "create d1/b: %r");
	kclose(fd);
	kclose(kcreate("#U/d1/a", OWRITE, 0600));
	kclose(kcreate("#U/d1/sub", OREAD, DMDIR|0777));
	got = sorteddirnames("#U/d1");
	check(strcmp(got, "a b sub") == 0, "ls d1 gave \"%s\"", got);
	check(trystat("#U/d1/b", &d, strs, sizeof strs) == 0 && d.length == 2 && d.mode == 0640, "d1/b length %lld mode %luo, want 640 (0666 in a 0750 directory)", d.length, d.mode);
	check(trystat("#U/d1/sub", &d, strs, sizeof strs) == 0 && (d.mode & DMDIR), "d1/sub mode %luo", d.mode);
	check(kcreate("#U/d1/sub2", OWRITE, DMDIR|0777) < 0, "a directory created for writing");
	ktestend();
}

enum { Nmany = 60 };

/* Count the entries in a buffer of stat entries into seen (by the number in their names); -1 if one is malformed. */
static int
countentries(uchar *buf, long n, int *seen)
{
	char strs[512];
	Dir d;
	long i, m;
	int nent, k;

	nent = 0;
	for(i = 0; i < n; i += m){
		m = BIT16SZ + (buf[i] | buf[i+1]<<8);
		if(i + m > n || convM2D(buf+i, m, &d, strs) != (uint)m)
			return -1;
		k = atoi(d.name + strlen("a-rather-long-file-name-"));
		if(k >= 0 && k < Nmany)
			seen[k]++;
		nent++;
	}
	return nent;
}

/* Read directory fd to its end in reads of n bytes; the number of entries, or -1 on an error or a bad entry. */
static int
readpieces(int fd, long n, int *seen)
{
	uchar buf[1024];
	long r;
	int nent, k;

	nent = 0;
	while((r = kread(fd, buf, n)) > 0){
		k = countentries(buf, r, seen);
		if(k < 0)
			return -1;
		nent += k;
	}
	return r < 0 ? -1 : nent;
}

/* How many of the Nmany names were not seen exactly once. */
static int
notonce(int *seen)
{
	int i, n;

	n = 0;
	for(i = 0; i < Nmany; i++)
		if(seen[i] != 1)
			n++;
	return n;
}

static void
testdirread(void)
{
	char name[128];
	uchar buf[1024];
	int seen[Nmany], i, fd, n;
	long r;

	testbegin("a directory read in small pieces gives every entry once; offset 0 starts again");
	kclose(kcreate("#U/many", OREAD, DMDIR|0777));
	for(i = 0; i < Nmany; i++){
		snprint(name, sizeof name, "#U/many/a-rather-long-file-name-%d", i);
		kclose(kcreate(name, OWRITE, 0644));
	}
	fd = kopen("#U/many", OREAD);
	check(fd >= 0, "open: %r");
	memset(seen, 0, sizeof seen);
	n = readpieces(fd, 300, seen);
	check(n == Nmany && notonce(seen) == 0, "%d entries read in 300-byte pieces (%d names not once), want %d: %r",
		n, notonce(seen), Nmany);
	check(kread(fd, buf, sizeof buf) == 0, "data after the end");
	check(kseek(fd, 0, 0) == 0, "seek 0: %r");
	memset(seen, 0, sizeof seen);
	n = readpieces(fd, sizeof buf, seen);
	check(n == Nmany && notonce(seen) == 0, "after seek 0: %d entries, want %d", n, Nmany);
	check(kseek(fd, 0, 0) == 0 && kread(fd, buf, 200) > 0 && kseek(fd, 0, 0) == 0, "partial read and seek: %r");
	memset(seen, 0, sizeof seen);
	n = readpieces(fd, 500, seen);
	check(n == Nmany && notonce(seen) == 0, "after a partial read and seek 0: %d entries, want %d", n, Nmany);
	kclose(fd);

	/* a read too small for the next entry is an error, and loses nothing */
	fd = kopen("#U/many", OREAD);
	memset(seen, 0, sizeof seen);
	r = kread(fd, buf, 300);
	n = countentries(buf, r, seen);
	r = kread(fd, buf, 10);
	check(r < 0 && strcmp(up->env->errstr, Eshort) == 0, "10-byte read in the middle gave %ld: %r", r);
	n += readpieces(fd, 300, seen);
	check(n == Nmany && notonce(seen) == 0, "with a too-small read in the middle: %d entries, %d names not once",
		n, notonce(seen));
	kclose(fd);
	ktestend();
}

static void
testwstat(void)
{
	struct stat st;
	char buf[64], strs[512];
	Dir d;

	testbegin("wstat: rename within the directory, chmod, truncate, mtime; don't-touch fields left alone");
	nulldir(&d);
	d.name = "f2";
	check(wstat("#U/f1", &d) >= 0, "rename: %r");
	check(!hexists(H("f1")) && hexists(H("f2")), "host: f1 %d f2 %d", hexists(H("f1")), hexists(H("f2")));
	check(kopen("#U/f1", OREAD) < 0, "f1 still opens");
	nulldir(&d);
	d.name = "d1";
	check(wstat("#U/f2", &d) < 0 && strcmp(up->env->errstr, Eexist) == 0, "rename onto d1: %r");
	d.name = "x/y";
	check(wstat("#U/f2", &d) < 0, "rename to x/y succeeded");
	nulldir(&d);
	d.mode = 0604;
	check(wstat("#U/f2", &d) >= 0 && hstat(H("f2"), &st) == 0 && (st.st_mode & 0777) == 0604, "chmod: %r, host mode %o", st.st_mode & 0777);
	nulldir(&d);
	d.length = 5;
	check(wstat("#U/f2", &d) >= 0, "truncate: %r");
	check(hread(H("f2"), buf, sizeof buf) == 5 && strcmp(buf, "hello") == 0, "after truncate the host has '%s'", buf);
	nulldir(&d);
	d.mtime = 1000000000;
	check(wstat("#U/f2", &d) >= 0 && hstat(H("f2"), &st) == 0 && st.st_mtime == 1000000000, "mtime: %r, host %ld", (long)st.st_mtime);
	check(trystat("#U/f2", &d, strs, sizeof strs) == 0 && d.mode == 0604 && d.length == 5 && d.mtime == 1000000000,
		"stat after wstat: mode %luo length %lld mtime %lud", d.mode, d.length, d.mtime);
	nulldir(&d);
	d.uid = "no-such-user-xyz";
	check(wstat("#U/f2", &d) < 0 && strcmp(up->env->errstr, Eperm) == 0, "owner change: %r");
	nulldir(&d);
	d.mode = DMDIR|0777;
	check(wstat("#U/f2", &d) < 0, "a file became a directory");
	ktestend();
}

static void
testremove(void)
{
	testbegin("remove: files, empty directories; a full directory says so; a missing file does not exist");
	check(kremove("#U/d1") < 0 && strcmp(up->env->errstr, "Directory not empty") == 0, "remove of full d1: %r");
	check(hexists(H("d1")), "d1 gone from the host");
	check(kremove("#U/d1/a") == 0 && kremove("#U/d1/b") == 0 && kremove("#U/d1/sub") == 0, "remove d1's files: %r");
	check(kremove("#U/d1") == 0, "remove of empty d1: %r");
	check(!hexists(H("d1")), "d1 still on the host");
	check(kremove("#U/nonesuch") < 0 && strstr(up->env->errstr, "does not exist") != nil, "remove nonesuch: %r");
	check(kremove("#U") < 0, "removed the attach root");
	ktestend();
}

static void
testerrors(void)
{
	Dir d;
	char strs[256];

	testbegin("host errors as kernel errors: missing, exists, is a directory, not a directory");
	check(kopen("#U/nonesuch", OREAD) < 0 && strstr(up->env->errstr, "does not exist") != nil, "open nonesuch: %r");
	check(kcreate("#U/f2", OWRITE|OEXCL, 0666) < 0 && strstr(up->env->errstr, Eexist) != nil, "exclusive create of f2: %r");
	check(kopen("#U/many", OWRITE) < 0 && strcmp(up->env->errstr, Eisdir) == 0, "open dir for writing: %r");
	check(trystat("#U/f2/x", &d, strs, sizeof strs) < 0 && strstr(up->env->errstr, "not a directory") != nil, "walk through a file: %r");
	check(kcreate("#U/f2/x", OWRITE, 0666) < 0, "created inside a file");
	check(kopen("#U/nodir/x", OREAD) < 0 && strstr(up->env->errstr, "does not exist") != nil, "nodir/x: %r");
	ktestend();
}

static void
testopenmodes(void)
{
	struct stat st;
	char buf[8];
	int fd;

	testbegin("OTRUNC empties the file; ORCLOSE removes it at the last close");
	fd = kopen("#U/f2", OWRITE|OTRUNC);
	check(fd >= 0, "open OTRUNC: %r");
	kclose(fd);
	check(hstat(H("f2"), &st) == 0 && st.st_size == 0, "host size %ld after OTRUNC", (long)st.st_size);
	fd = kopen("#U/f2", OREAD|ORCLOSE);
	check(fd >= 0, "open ORCLOSE: %r");
	check(hexists(H("f2")), "f2 gone before the close");
	check(kread(fd, buf, sizeof buf) == 0, "read: %r");
	kclose(fd);
	check(!hexists(H("f2")), "f2 still there after the close");
	fd = kcreate("#U/tmpfile", ORDWR|ORCLOSE, 0600);
	check(fd >= 0 && hexists(H("tmpfile")), "create ORCLOSE: %r");
	kclose(fd);
	check(!hexists(H("tmpfile")), "created ORCLOSE file still there");
	ktestend();
}

static void
testbig(void)
{
	enum { N = 100*1024 };
	uchar *w, *r;
	long n;
	int fd, i;

	testbegin("100 KB written and read back in one call each");
	w = malloc(N);
	r = malloc(N);
	for(i = 0; i < N; i++)
		w[i] = i*7 + (i>>8);
	fd = kcreate("#U/big", ORDWR, 0644);
	check(kwrite(fd, w, N) == N, "write: %r");
	memset(r, 0, N);
	n = kpread(fd, r, N, 0);
	check(n == N && memcmp(w, r, N) == 0, "read back %ld bytes, same %d", n, n == N && memcmp(w, r, N) == 0);
	kclose(fd);
	kremove("#U/big");
	free(w);
	free(r);
	ktestend();
}

static void
testdotdot(void)
{
	Dir root, d;
	char strs[256], strs2[256];

	testbegin(".. never leaves the attach root");
	check(trystat("#U", &root, strs, sizeof strs) == 0, "stat #U: %r");
	check(trystat("#U/..", &d, strs2, sizeof strs2) == 0 && d.qid.path == root.qid.path, "#U/.. is not the root: %r");
	check(trystat("#U/many/../../..", &d, strs2, sizeof strs2) == 0 && d.qid.path == root.qid.path, "#U/many/../../.. is not the root: %r");
	check(trystat("#U/many/..", &d, strs2, sizeof strs2) == 0 && d.qid.path == root.qid.path, "#U/many/..: %r");
	ktestend();
}

static void
testhostroot(void)
{
	struct stat st;
	DIR *dp;
	struct dirent *de;
	char strs[256], path[600], spaced[2100], *names;
	Dir d;
	int nhost, missing;

	testbegin("#U* is the host's / : same qids, same names");
	check(trystat("#U*", &d, strs, sizeof strs) == 0, "stat #U*: %r");
	check(hstat("/", &st) == 0 && d.qid.path == ((uvlong)st.st_ino ^ ((uvlong)st.st_dev << 48)) && d.qid.type == QTDIR,
		"#U* qid %llux, host / inode %llux", d.qid.path, (uvlong)st.st_ino);
	snprint(path, sizeof path, "#U*%s/many", hostroot);
	check(trystat(path, &d, strs, sizeof strs) == 0 && hstat(H("many"), &st) == 0
		&& d.qid.path == ((uvlong)st.st_ino ^ ((uvlong)st.st_dev << 48)), "%s: %r", path);
	snprint(spaced, sizeof spaced, " %s ", sorteddirnames("#U*"));
	names = spaced;
	nhost = missing = 0;
	HOSTCALL(
		dp = opendir("/");
		while(dp != nil && (de = readdir(dp)) != nil){
			if(strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
				continue;
			nhost++;
			snprint(path, sizeof path, " %s ", de->d_name);
			if(strstr(names, path) == nil)
				missing++;
		}
		if(dp != nil)
			closedir(dp));
	check(nhost > 0 && missing == 0, "%d of the host's %d names missing from ls #U* (%s)", missing, nhost, names);
	ktestend();
}

static void
testinstances(void)
{
	Dir a, b, c;
	char s1[256], s2[256], s3[256];

	testbegin("#U and #U* keep one device number each across attaches");
	trystat("#U", &a, s1, sizeof s1);
	trystat("#U", &b, s2, sizeof s2);
	trystat("#U*", &c, s3, sizeof s3);
	check(a.dev == 0 && b.dev == 0 && c.dev == 1, "devs %ud %ud %ud, want 0 0 1", a.dev, b.dev, c.dev);
	check(a.qid.path == b.qid.path, "the same directory has different qids in two instances");
	ktestend();
}

int
testmain(void)
{
	HOSTCALL(chmod(hostroot, 0755));	/* mkdtemp's 0700 would mask the modes asked for */
	testcreate();
	teststat();
	testdirs();
	testdirread();
	testwstat();
	testremove();
	testerrors();
	testopenmodes();
	testbig();
	testdotdot();
	testhostroot();
	testinstances();
	return testnfail;
}
