/*
 * #F and the FAT engine (port/devfat.c, port/fat.c) on a FAT16 image
 * that mkfs.fat makes in the test's host directory: opening volumes,
 * files of many sizes written and read back at odd offsets, a write
 * past the end reading zeros between, truncation, renames, case-blind
 * names, long names, directories, removes, read-only volumes and the
 * errors each refuses with; at the end fsck.fat -n must find the
 * volume clean. Under ASan/UBSan (TARGET=test).
 */
#include <stdlib.h>
#include "ktest.h"

static char img[512];
static char ctl[] = "#F/ctl";

static int
ctlmsg(char *msg)
{
	int fd;
	long r;

	fd = kopen(ctl, OWRITE);
	if(fd < 0)
		return -1;
	r = kwrite(fd, msg, strlen(msg));
	kclose(fd);
	return r < 0 ? -1 : 0;
}

static void
testopen(void)
{
	char buf[512], msg[600];
	long n;

	testbegin("fat: open a volume, see it in ctl, refuse a second of that name");
	snprint(msg, sizeof msg, "open v #U*%s", img);
	check(ctlmsg(msg) == 0, "open: %r");
	n = getfile(ctl, buf, sizeof buf - 1);
	buf[n > 0 ? n : 0] = 0;
	check(strstr(buf, "v #U*") == buf && strstr(buf, "fat16 rw") != nil, "ctl reads %s", buf);
	check(ctlmsg(msg) < 0, "a second open v succeeded");
	check(ctlmsg("open w #U*/nonexistent/file") < 0, "open of a missing file succeeded");
	check(ctlmsg("bogus") < 0, "a bad message succeeded");
	ktestend();
}

static void
testsizes(void)
{
	static uchar data[300000], back[300000];
	static long sizes[] = { 0, 1, 511, 512, 513, 2047, 2048, 2049, 65536, 300000 };
	char path[128];
	int i;
	long n;

	testbegin("fat: files of many sizes read back");
	for(i = 0; i < (int)sizeof data; i++)
		data[i] = i*7 + i/256;
	for(i = 0; i < (int)nelem(sizes); i++){
		snprint(path, sizeof path, "#Fv/file of %ld bytes", sizes[i]);
		check(putfile(path, data, sizes[i]) == sizes[i], "write %s: %r", path);
		memset(back, 0, sizeof back);
		n = getfile(path, back, sizeof back);
		check(n == sizes[i] && memcmp(back, data, n) == 0, "%s reads %ld bytes, differing", path, n);
	}
	ktestend();
}

static void
testoffsets(void)
{
	uchar buf[10000];
	int fd, i;
	long n;

	testbegin("fat: a write past the end leaves zeros between; pwrite in the middle");
	fd = kcreate("#Fv/sparse", ORDWR, 0666);
	check(fd >= 0, "create: %r");
	check(kpwrite(fd, "end", 3, 9000) == 3, "pwrite at 9000: %r");
	check(kpwrite(fd, "mid", 3, 100) == 3, "pwrite at 100: %r");
	kclose(fd);
	n = getfile("#Fv/sparse", buf, sizeof buf);
	check(n == 9003, "length %ld, want 9003", n);
	for(i = 0; i < 9000; i++)
		if(!((i >= 100 && i < 103) || buf[i] == 0))
			break;
	check(i == 9000 && memcmp(buf+100, "mid", 3) == 0 && memcmp(buf+9000, "end", 3) == 0, "bytes differ at %d", i);
	ktestend();
}

static int
wstatpath(char *path, Dir *d)
{
	uchar buf[512];

	return kwstat(path, buf, convD2M(d, buf, sizeof buf));
}

static void
testwstat(void)
{
	Dir d;
	char strs[256], buf[64];

	testbegin("fat: wstat renames, cuts and sets read-only");
	check(putfile("#Fv/old name.txt", "0123456789", 10) == 10, "create: %r");
	nulldir(&d);
	d.name = "A New Longer Name For It.txt";
	check(wstatpath("#Fv/old name.txt", &d) >= 0, "rename: %r");
	check(!exists("#Fv/old name.txt") && exists("#Fv/a new longer name for it.TXT"), "rename did not take, or names are case-bound");
	nulldir(&d);
	d.length = 4;
	check(wstatpath("#Fv/A New Longer Name For It.txt", &d) >= 0, "truncate: %r");
	check(getfile("#Fv/A New Longer Name For It.txt", buf, sizeof buf) == 4, "length after truncate");
	nulldir(&d);
	d.mode = 0444;
	check(wstatpath("#Fv/A New Longer Name For It.txt", &d) >= 0, "chmod: %r");
	check(kopen("#Fv/A New Longer Name For It.txt", OWRITE) < 0, "a read-only file opened for writing");
	check(kdirstat("#Fv/A New Longer Name For It.txt", &d, strs, sizeof strs) >= 0 && (d.mode & 0777) == 0444,
		"mode %luo", d.mode);
	check(putfile("#Fv/other", "x", 1) == 1, "create other: %r");
	nulldir(&d);
	d.name = "OTHER";
	check(wstatpath("#Fv/A New Longer Name For It.txt", &d) < 0, "renamed onto an existing name");
	ktestend();
}

/* mkdir: create a directory and close it */
static int
mkdirk(char *path)
{
	int fd;

	fd = kcreate(path, OREAD, DMDIR|0777);
	if(fd < 0)
		return -1;
	kclose(fd);
	return 0;
}

static void
testdirs(void)
{
	char buf[64];
	Dir *dirs;
	int fd, i, found;
	long n;

	testbegin("fat: directories: nested, listed, refused when not empty, removed");
	check(mkdirk("#Fv/top dir") >= 0, "mkdir: %r");
	check(mkdirk("#Fv/top dir/INNER") >= 0, "mkdir inner: %r");
	for(i = 0; i < 60; i++){
		snprint(buf, sizeof buf, "#Fv/top dir/INNER/entry number %d with a long name", i);
		check(putfile(buf, buf, strlen(buf)) == (long)strlen(buf), "create %s: %r", buf);
	}
	fd = kopen("#Fv/top dir/INNER", OREAD);
	n = kdirread(fd, &dirs);
	kclose(fd);
	found = 0;
	for(i = 0; i < n; i++)
		if(strncmp(dirs[i].name, "entry number ", 13) == 0)
			found++;
	free(dirs);
	check(n == 60 && found == 60, "dirread gave %ld entries, %d named as made", n, found);
	check(kremove("#Fv/top dir/INNER") < 0, "removed a directory that is not empty");
	for(i = 0; i < 60; i++){
		snprint(buf, sizeof buf, "#Fv/top dir/INNER/entry number %d with a long name", i);
		check(kremove(buf) >= 0, "remove %s: %r", buf);
	}
	check(kremove("#Fv/top dir/INNER") >= 0, "remove inner: %r");
	check(!exists("#Fv/top dir/INNER"), "inner still there");
	check(kcreate("#Fv/bad:name", OWRITE, 0666) < 0, "a name with : was made");
	check(kcreate("#Fv/trailing.", OWRITE, 0666) < 0, "a name ending in . was made");
	check(kcreate("#Fv/FILE OF 0 BYTES", OWRITE|OEXCL, 0666) < 0, "OEXCL create of an existing name (other case) succeeded");
	ktestend();
}

static void
testclose(void)
{
	char cmd[700], msg[600];
	int fd;

	testbegin("fat: close refuses while in use, then the volume is clean for fsck.fat");
	fd = kopen("#Fv/sparse", OREAD);
	check(ctlmsg("close v") < 0, "closed a volume in use");
	kclose(fd);
	check(ctlmsg("sync") == 0, "sync: %r");
	check(ctlmsg("close v") == 0, "close: %r");
	check(!exists("#Fv"), "#Fv still there after close");
	snprint(cmd, sizeof cmd, "fsck.fat -n '%s' >/dev/null 2>&1", img);
	check(hostsh(cmd) == 0, "fsck.fat -n finds the volume unclean");
	snprint(msg, sizeof msg, "open r #U*%s ro", img);
	check(ctlmsg(msg) == 0, "open ro: %r");
	check(kcreate("#Fr/new", OWRITE, 0666) < 0, "created on a read-only volume");
	check(kopen("#Fr/sparse", OWRITE) < 0, "opened for writing on a read-only volume");
	check(ctlmsg("close r") == 0, "close r: %r");
	ktestend();
}

int
testmain(void)
{
	char cmd[700];

	snprint(img, sizeof img, "%s/vol.img", ktesttmp("fat"));
	snprint(cmd, sizeof cmd, "mkfs.fat -C -F 16 '%s' 20000 >/dev/null 2>&1 || /usr/sbin/mkfs.fat -C -F 16 '%s' 20000 >/dev/null", img, img);
	if(hostsh(cmd) != 0){
		testbegin("fat: mkfs.fat makes the image");
		fail("mkfs.fat failed (scripts/setup installs dosfstools)");
		ktestend();
		return testnfail;
	}
	testopen();
	testsizes();
	testoffsets();
	testwstat();
	testdirs();
	testclose();
	return testnfail;
}
