/*
 * Stat entries: packing and unpacking round trip, and statcheck
 * refusing every malformed entry, among them strings holding a NUL
 * (found by tests/fuzz/stat.c).
 */
#include "ktest.h"

/* A Dir with every field set, packed into buf; returns its size. */
static uint
sample(uchar *buf, uint nbuf, Dir *d)
{
	memset(d, 0, sizeof *d);
	d->type = 'U';
	d->dev = 3;
	d->qid.type = QTDIR;
	d->qid.vers = 7;
	d->qid.path = 0x123456789ULL;
	d->mode = DMDIR|0755;
	d->atime = 1000;
	d->mtime = 2000;
	d->length = 0;
	d->name = "dis";
	d->uid = "ember";
	d->gid = "sys";
	d->muid = "日本";
	return convD2M(d, buf, nbuf);
}

static void
testroundtrip(void)
{
	uchar buf[256], again[256];
	char strs[256];
	Dir d, e;
	uint n, m;

	testbegin("convD2M then convM2D gives the Dir back, and convD2M of that the same bytes");
	n = sample(buf, sizeof buf, &d);
	check(n == STATFIXLEN + 3 + 5 + 3 + 6 && n == sizeD2M(&d), "packed %ud bytes, sizeD2M %ud", n, sizeD2M(&d));
	check(statcheck(buf, n) == 0, "statcheck refuses it");
	m = convM2D(buf, n, &e, strs);
	check(m == n, "convM2D took %ud of %ud", m, n);
	check(e.type == d.type && e.dev == d.dev && e.qid.path == d.qid.path && e.qid.vers == d.qid.vers
		&& e.qid.type == d.qid.type && e.mode == d.mode && e.atime == d.atime && e.mtime == d.mtime
		&& e.length == d.length, "a number differs: %D", &e);
	check(strcmp(e.name, "dis") == 0 && strcmp(e.uid, "ember") == 0 && strcmp(e.gid, "sys") == 0
		&& strcmp(e.muid, "日本") == 0, "a string differs: %D", &e);
	m = convD2M(&e, again, sizeof again);
	check(m == n && memcmp(again, buf, n) == 0, "packed again: %ud bytes, or different", m);
	check(convD2M(&d, again, n-1) == 0, "convD2M into a buffer one byte short did not refuse");
	ktestend();
}

static void
testmalformed(void)
{
	uchar buf[256], bad[256];
	Dir d;
	uint n;

	testbegin("statcheck refuses short entries, a wrong size field, strings past the end and trailing bytes");
	n = sample(buf, sizeof buf, &d);
	check(statcheck(buf, STATFIXLEN-1) < 0, "accepted %d bytes", STATFIXLEN-1);
	check(statcheck(buf, n-1) < 0, "accepted the entry less a byte");
	memmove(bad, buf, n);
	bad[n] = 'x';
	check(statcheck(bad, n+1) < 0, "accepted a trailing byte");
	bad[0] = n+1-BIT16SZ;
	check(statcheck(bad, n+1) < 0, "accepted a trailing byte counted in the size field");
	memmove(bad, buf, n);
	bad[STATFIXLEN-4*BIT16SZ] = 200;	/* name's length past the end */
	check(statcheck(bad, n) < 0, "accepted a name running past the end");
	check(convM2D(bad, n, &d, nil) == 0, "convM2D unpacked a name running past the end");
	ktestend();
}

static void
testnul(void)
{
	uchar buf[256], bad[256];
	char strs[256];
	Dir d;
	uint n, off;
	int i, len;

	testbegin("statcheck and convM2D refuse a NUL inside any of the four strings (9P strings hold none)");
	n = sample(buf, sizeof buf, &d);
	off = STATFIXLEN - 4*BIT16SZ;
	for(i = 0; i < 4; i++){
		len = buf[off] | buf[off+1]<<8;
		memmove(bad, buf, n);
		bad[off+BIT16SZ+len-1] = 0;	/* the string's last byte */
		check(statcheck(bad, n) < 0, "string %d with a NUL accepted", i);
		check(convM2D(bad, n, &d, strs) == 0, "string %d with a NUL unpacked", i);
		off += BIT16SZ + len;
	}
	ktestend();

	testbegin("wstat of an entry whose name holds a NUL fails with Ebadstat");
	n = sample(buf, sizeof buf, &d);
	buf[STATFIXLEN - 4*BIT16SZ + BIT16SZ + 1] = 0;	/* "d\0s" */
	check(kwstat("/", buf, n) < 0 && strcmp(up->env->errstr, Ebadstat) == 0, "kwstat gave '%s'", up->env->errstr);
	ktestend();
}

int
testmain(void)
{
	testroundtrip();
	testmalformed();
	testnul();
	return testnfail;
}
