/*
 * Styx messages (port/styx.c): every message type packs and unpacks
 * to the same fields and bytes; what unpacking refuses (short or
 * mis-sized messages, unknown types, Terror, more than 16 walk
 * elements, strings running past the end, holding NUL, not UTF-8, a
 * '/' in a path element, "." or ".." as a new name, bytes left over,
 * malformed stats), each with an error naming the field; styxread
 * framing messages on a pipe.
 */
#include "ktest.h"

static uchar stat0[] = {
	47,0, 'M',0, 1,0,0,0, 0x80, 2,0,0,0, 3,0,0,0,0,0,0,0,
	0xed,1,0,0x80, 0,0,0,0, 0,0,0,0, 0,0,0,0,0,0,0,0,
	0,0, 0,0, 0,0, 0,0,
};

/* One of each message, with its fields set. */
static int
samples(Fcall *f)
{
	static char *names[] = { "a", "..", "日本" };
	static uchar data[] = "some data";
	int n, i;

	n = 0;
	memset(f, 0, 40*sizeof *f);
#define NEXT(t)	(f[n].type = (t), f[n].tag = 10+n, &f[n++])
	{ Fcall *x = NEXT(Tversion); x->tag = NOTAG; x->msize = 8216; x->version = "9P2000"; }
	{ Fcall *x = NEXT(Rversion); x->msize = 4096; x->version = "9P2000.u"; }
	{ Fcall *x = NEXT(Tauth); x->afid = 7; x->uname = "ember"; x->aname = ""; }
	{ Fcall *x = NEXT(Rauth); x->aqid = (Qid){1, 2, QTAUTH}; }
	{ Fcall *x = NEXT(Tattach); x->fid = 1; x->afid = NOFID; x->uname = "ember"; x->aname = "tree"; }
	{ Fcall *x = NEXT(Rattach); x->qid = (Qid){0x1122334455667788ULL, 9, QTDIR}; }
	{ Fcall *x = NEXT(Rerror); x->ename = "file does not exist"; }
	{ Fcall *x = NEXT(Tflush); x->oldtag = 33; }
	NEXT(Rflush);
	{ Fcall *x = NEXT(Twalk); x->fid = 1; x->newfid = 2; x->nwname = 3; for(i = 0; i < 3; i++) x->wname[i] = names[i]; }
	{ Fcall *x = NEXT(Twalk); x->fid = 1; x->newfid = 1; x->nwname = 0; }
	{ Fcall *x = NEXT(Rwalk); x->nwqid = 2; x->wqid[0] = (Qid){5, 0, QTDIR}; x->wqid[1] = (Qid){6, 1, 0}; }
	{ Fcall *x = NEXT(Topen); x->fid = 2; x->mode = ORDWR|OTRUNC; }
	{ Fcall *x = NEXT(Ropen); x->qid = (Qid){6, 1, 0}; x->iounit = 8192; }
	{ Fcall *x = NEXT(Tcreate); x->fid = 2; x->name = "new"; x->perm = DMDIR|0755; x->mode = OREAD; }
	{ Fcall *x = NEXT(Rcreate); x->qid = (Qid){7, 0, QTDIR}; }
	{ Fcall *x = NEXT(Tread); x->fid = 2; x->offset = 0x123456789LL; x->count = 8192; }
	{ Fcall *x = NEXT(Rread); x->count = 9; x->data = data; }
	{ Fcall *x = NEXT(Rread); x->count = 0; }
	{ Fcall *x = NEXT(Twrite); x->fid = 2; x->offset = 5; x->count = 9; x->data = data; }
	{ Fcall *x = NEXT(Rwrite); x->count = 9; }
	{ Fcall *x = NEXT(Tclunk); x->fid = 2; }
	NEXT(Rclunk);
	{ Fcall *x = NEXT(Tremove); x->fid = 3; }
	NEXT(Rremove);
	{ Fcall *x = NEXT(Tstat); x->fid = 3; }
	{ Fcall *x = NEXT(Rstat); x->stat = stat0; x->nstat = sizeof stat0; }
	{ Fcall *x = NEXT(Twstat); x->fid = 3; x->stat = stat0; x->nstat = sizeof stat0; }
	NEXT(Rwstat);
#undef NEXT
	return n;
}

static int
streq(char *a, char *b)
{
	if(a == nil)
		a = "";
	if(b == nil)
		b = "";
	return strcmp(a, b) == 0;
}

static int
qideq(Qid a, Qid b)
{
	return a.path == b.path && a.vers == b.vers && a.type == b.type;
}

/* Do f and g say the same? */
static int
same(Fcall *f, Fcall *g)
{
	int i;

	if(f->type != g->type || f->tag != g->tag)
		return 0;
	switch(f->type){
	case Tversion: case Rversion:
		return f->msize == g->msize && streq(f->version, g->version);
	case Tauth:
		return f->afid == g->afid && streq(f->uname, g->uname) && streq(f->aname, g->aname);
	case Rauth:
		return qideq(f->aqid, g->aqid);
	case Tattach:
		return f->fid == g->fid && f->afid == g->afid && streq(f->uname, g->uname) && streq(f->aname, g->aname);
	case Rattach:
		return qideq(f->qid, g->qid);
	case Rerror:
		return streq(f->ename, g->ename);
	case Tflush:
		return f->oldtag == g->oldtag;
	case Twalk:
		if(f->fid != g->fid || f->newfid != g->newfid || f->nwname != g->nwname)
			return 0;
		for(i = 0; i < f->nwname; i++)
			if(!streq(f->wname[i], g->wname[i]))
				return 0;
		return 1;
	case Rwalk:
		if(f->nwqid != g->nwqid)
			return 0;
		for(i = 0; i < f->nwqid; i++)
			if(!qideq(f->wqid[i], g->wqid[i]))
				return 0;
		return 1;
	case Topen:
		return f->fid == g->fid && f->mode == g->mode;
	case Ropen: case Rcreate:
		return qideq(f->qid, g->qid) && f->iounit == g->iounit;
	case Tcreate:
		return f->fid == g->fid && streq(f->name, g->name) && f->perm == g->perm && f->mode == g->mode;
	case Tread:
		return f->fid == g->fid && f->offset == g->offset && f->count == g->count;
	case Rread:
		return f->count == g->count && (f->count == 0 || memcmp(f->data, g->data, f->count) == 0);
	case Twrite:
		return f->fid == g->fid && f->offset == g->offset && f->count == g->count && memcmp(f->data, g->data, f->count) == 0;
	case Rwrite:
		return f->count == g->count;
	case Tclunk: case Tremove: case Tstat:
		return f->fid == g->fid;
	case Rstat:
		return f->nstat == g->nstat && memcmp(f->stat, g->stat, f->nstat) == 0;
	case Twstat:
		return f->fid == g->fid && f->nstat == g->nstat && memcmp(f->stat, g->stat, f->nstat) == 0;
	}
	return 1;
}

static void
testroundtrip(void)
{
	Fcall f[40], g;
	uchar buf[512], again[512];
	char err[ERRMAX];
	uint n, m;
	int i, nf;

	nf = samples(f);
	for(i = 0; i < nf; i++){
		testbegin("%s packs to styxsize bytes, unpacks to the same fields, packs again to the same bytes (%d)", styxtypename(f[i].type), i);
		n = styxpack(&f[i], buf, sizeof buf);
		check(n == styxsize(&f[i]) && n >= STYXHDRSZ, "packed %ud, styxsize %ud", n, styxsize(&f[i]));
		check(styxmsgsize(buf) == n, "size field %ud", styxmsgsize(buf));
		check(styxpack(&f[i], buf+256, n-1) == 0, "packed into a buffer one byte short");
		memmove(again, buf, n);
		if(styxunpack(again, n, &g, err, sizeof err) < 0)
			check(0, "unpack: %s", err);
		else{
			check(same(&f[i], &g), "fields differ after the round trip");
			m = styxpack(&g, again+256, sizeof again - 256);
			check(m == n && memcmp(again+256, buf, n) == 0, "packed again: %ud bytes, or different", m);
		}
		ktestend();
	}
}

/* Unpack a copy of m[0..n) and expect refusal with an error containing want. */
static void
refuse(char *what, uchar *m, uint n, char *want)
{
	uchar *b;
	Fcall g;
	char err[ERRMAX];

	testbegin("unpack refuses %s", what);
	b = malloc(n > 0 ? n : 1);
	memmove(b, m, n);
	err[0] = 0;
	check(styxunpack(b, n, &g, err, sizeof err) < 0, "accepted");
	check(strstr(err, want) != nil, "error %q, want one with %q", err, want);
	free(b);
	ktestend();
}

/* Pack f into m; the bytes used. */
static uint
pk(Fcall *f, uchar *m, int type)
{
	uint n;

	memset(f, 0, sizeof *f);
	f->type = type;
	return n = 0;
}

static void
put32(uchar *p, u32int v)
{
	p[0] = v;
	p[1] = v>>8;
	p[2] = v>>16;
	p[3] = v>>24;
}

static void
testmalformed(void)
{
	Fcall f;
	uchar m[256];
	uint n;
	char *names[17];
	int i;

	USED(pk);
	refuse("a message shorter than a header", (uchar*)"\x06\0\0\0\x64\0", 6, "shorter than a header");
	memset(&f, 0, sizeof f);
	f.type = Tclunk;
	f.fid = 1;
	n = styxpack(&f, m, sizeof m);
	put32(m, n+1);
	refuse("a size field that is not the message's", m, n, "size field 12 but the message is 11 bytes");
	put32(m, n);
	m[4] = 99;
	refuse("type 99", m, n, "unknown message type 99");
	m[4] = Terror;
	refuse("Terror", m, n, "unknown message type 106");
	m[4] = Tmax;
	refuse("type 128", m, n, "unknown message type 128");
	m[4] = Tclunk;
	m[n] = 0;
	put32(m, n+1);
	refuse("bytes left over", m, n+1, "Tclunk: 1 bytes left over");
	put32(m, n-1);
	refuse("a field past the end", m, n-1, "Tclunk: fid runs past the end");

	/* walks */
	for(i = 0; i < 17; i++)
		names[i] = "x";
	memset(&f, 0, sizeof f);
	f.type = Twalk;
	f.nwname = 16;
	memmove(f.wname, names, sizeof f.wname);
	n = styxpack(&f, m, sizeof m);
	/* 17 names: add one by hand */
	m[15] = 17;
	m[n] = 1; m[n+1] = 0; m[n+2] = 'x';
	put32(m, n+3);
	refuse("17 walk elements", m, n+3, "Twalk: nwname 17 is more than 16");
	f.nwname = 1;
	f.wname[0] = "a/b";
	n = styxpack(&f, m, sizeof m);
	refuse("a '/' in a walk element", m, n, "Twalk: wname \"a/b\" holds a '/'");
	f.wname[0] = "";
	n = styxpack(&f, m, sizeof m);
	refuse("an empty walk element", m, n, "Twalk: wname is empty");
	f.wname[0] = "ab";
	n = styxpack(&f, m, sizeof m);
	m[n-1] = 0;
	refuse("a NUL in a string", m, n, "Twalk: wname is not UTF-8 text without NUL");
	m[n-1] = 0xFF;
	refuse("a string that is not UTF-8", m, n, "not UTF-8");
	m[n-2] = 0xE6;	/* the first of three bytes, cut off */
	m[n-1] = 0x97;
	refuse("a UTF-8 sequence cut off at the string's end", m, n, "not UTF-8");
	m[n-3] = 200;
	refuse("a string running past the end", m, n, "Twalk: wname runs past the end");
	memset(&f, 0, sizeof f);
	f.type = Rwalk;
	f.nwqid = 16;
	n = styxpack(&f, m, sizeof m);
	m[7] = 17;
	refuse("17 walk qids", m, n, "Rwalk: nwqid 17 is more than 16");

	/* creates */
	memset(&f, 0, sizeof f);
	f.type = Tcreate;
	f.name = ".";
	n = styxpack(&f, m, sizeof m);
	refuse("creating \".\"", m, n, "Tcreate: name \".\" is not a file name");
	f.name = "..";
	n = styxpack(&f, m, sizeof m);
	refuse("creating \"..\"", m, n, "is not a file name");

	/* counts and stats */
	memset(&f, 0, sizeof f);
	f.type = Rread;
	f.count = 4;
	f.data = (uchar*)"abcd";
	n = styxpack(&f, m, sizeof m);
	put32(m+7, 5);
	refuse("an Rread count past the end", m, n, "Rread: data runs past the end");
	memset(&f, 0, sizeof f);
	f.type = Rstat;
	f.stat = stat0;
	f.nstat = sizeof stat0;
	n = styxpack(&f, m, sizeof m);
	m[7] = sizeof stat0 - 1;
	refuse("an Rstat size that is not the stat's", m, n, "stat size 48 but 49 bytes follow");
	m[7] = sizeof stat0;
	m[9] = 46;
	refuse("a stat whose own size is wrong", m, n, "Rstat: malformed stat entry of 49 bytes");
	f.type = Twstat;
	n = styxpack(&f, m, sizeof m);
	m[n-1] = 1;	/* muid's length, past the end */
	refuse("a Twstat whose stat's string runs past the end", m, n, "Twstat: malformed stat entry");
}

static void
testpacklimits(void)
{
	Fcall f;
	uchar m[64];

	testbegin("styxsize refuses what 9P cannot carry; styxpack what does not fit");
	memset(&f, 0, sizeof f);
	f.type = Twalk;
	f.nwname = MAXWELEM+1;
	check(styxsize(&f) == 0, "a walk of 17 names sized %ud", styxsize(&f));
	f.type = Terror;
	check(styxsize(&f) == 0, "Terror sized %ud", styxsize(&f));
	f.type = 99;
	check(styxsize(&f) == 0, "type 99 sized %ud", styxsize(&f));
	f.type = Rerror;
	f.ename = "a long error that needs more than sixty-four bytes to hold it whole";
	check(styxpack(&f, m, sizeof m) == 0, "packed into too small a buffer");
	ktestend();
}

/* styxread on a pipe: messages come whole, in pieces or together. */
static void
testread(void)
{
	int p[2];
	Chan *c;
	Fcall f, g;
	uchar m[64], buf[64];
	uint n, r;
	char err[ERRMAX];

	testbegin("styxread frames messages written whole and in pieces; refuses a size above the buffer");
	check(kpipe(p) == 0, "kpipe: %r");
	c = fdtochan(p[0], -1, 0, 1);
	memset(&f, 0, sizeof f);
	f.type = Tread;
	f.tag = 5;
	f.fid = 9;
	f.count = 100;
	n = styxpack(&f, m, sizeof m);
	kwrite(p[1], m, 2);
	kwrite(p[1], m+2, 7);
	kwrite(p[1], m+9, n-9);
	kwrite(p[1], m, n);
	r = styxread(c, buf, sizeof buf);
	check(r == n && styxunpack(buf, r, &g, err, sizeof err) == 0 && g.fid == 9 && g.count == 100, "first: %ud", r);
	r = styxread(c, buf, sizeof buf);
	check(r == n && memcmp(buf, m, n) == 0, "second: %ud", r);
	put32(m, 1000);
	kwrite(p[1], m, n);
	if(!waserror()){
		r = styxread(c, buf, sizeof buf);
		poperror();
		check(0, "read a message of 1000 bytes into 64");
	}else
		check(strstr(up->env->errstr, "message size 1000 is more than 64") != nil, "error %s", up->env->errstr);
	kclose(p[1]);
	cclose(c);
	kclose(p[0]);
	ktestend();
}

int
testmain(void)
{
	testroundtrip();
	testmalformed();
	testpacklimits();
	testread();
	return testnfail;
}
