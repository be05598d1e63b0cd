/*
 * Styx (9P2000) messages: the one place the kernel turns a message
 * into bytes (styxpack) and bytes from outside into a message
 * (styxunpack), for the mount driver, the export service and
 * Sys->fversion. Wire format: styx.md §1, §2. Unpacking checks every
 * field against the message and the protocol's rules; what it accepts
 * is safe for the kernel to use. It does not know the connection's
 * msize: its caller refuses longer messages before unpacking.
 */
#include "all.h"

#define PUT8(p, v)	((p)[0] = (v))
#define PUT16(p, v)	((p)[0] = (v), (p)[1] = (v)>>8)
#define PUT32(p, v)	((p)[0] = (v), (p)[1] = (v)>>8, (p)[2] = (v)>>16, (p)[3] = (v)>>24)
#define PUT64(p, v)	(PUT32((p), (u32int)(v)), PUT32((p)+4, (u32int)((uvlong)(v)>>32)))
#define GET8(p)		((p)[0])
#define GET16(p)	((p)[0] | (p)[1]<<8)
#define GET32(p)	((u32int)(p)[0] | (u32int)(p)[1]<<8 | (u32int)(p)[2]<<16 | (u32int)(p)[3]<<24)
#define GET64(p)	((uvlong)GET32(p) | (uvlong)GET32((p)+4)<<32)

static char *typenames[] = {
	[Tversion] = "Tversion", [Rversion] = "Rversion",
	[Tauth] = "Tauth", [Rauth] = "Rauth",
	[Tattach] = "Tattach", [Rattach] = "Rattach",
	[Terror] = "Terror", [Rerror] = "Rerror",
	[Tflush] = "Tflush", [Rflush] = "Rflush",
	[Twalk] = "Twalk", [Rwalk] = "Rwalk",
	[Topen] = "Topen", [Ropen] = "Ropen",
	[Tcreate] = "Tcreate", [Rcreate] = "Rcreate",
	[Tread] = "Tread", [Rread] = "Rread",
	[Twrite] = "Twrite", [Rwrite] = "Rwrite",
	[Tclunk] = "Tclunk", [Rclunk] = "Rclunk",
	[Tremove] = "Tremove", [Rremove] = "Rremove",
	[Tstat] = "Tstat", [Rstat] = "Rstat",
	[Twstat] = "Twstat", [Rwstat] = "Rwstat",
};

/* The message type's name, or nil for a number that is no 9P2000 message. */
char*
styxtypename(int type)
{
	if(type < Tversion || type >= Tmax)
		return nil;
	return typenames[type];
}

/*
 * Unpacking. A cursor over the message body: each get checks that
 * its field fits; the first failure is recorded and makes the later
 * gets harmless no-ops.
 */
typedef struct Rd Rd;
struct Rd {
	uchar	*p;
	uchar	*e;
	char	*err;
	int	nerr;
	int	bad;
	char	*msg;		/* message type's name, for errors */
};

static void
rdbad(Rd *r, char *fmt, ...)
{
	va_list a;
	int n;

	if(r->bad++)
		return;
	n = snprint(r->err, r->nerr, "%s: ", r->msg);
	va_start(a, fmt);
	vseprint(r->err+n, r->err+r->nerr, fmt, a);
	va_end(a);
}

static int
need(Rd *r, uint n, char *field)
{
	if(r->bad)
		return 0;
	if((uint)(r->e - r->p) < n){
		rdbad(r, "%s runs past the end of the message", field);
		return 0;
	}
	return 1;
}

static u32int
get8(Rd *r, char *field)
{
	u32int v;

	if(!need(r, 1, field))
		return 0;
	v = GET8(r->p);
	r->p += 1;
	return v;
}

static u32int
get16(Rd *r, char *field)
{
	u32int v;

	if(!need(r, 2, field))
		return 0;
	v = GET16(r->p);
	r->p += 2;
	return v;
}

static u32int
get32(Rd *r, char *field)
{
	u32int v;

	if(!need(r, 4, field))
		return 0;
	v = GET32(r->p);
	r->p += 4;
	return v;
}

static uvlong
get64(Rd *r, char *field)
{
	uvlong v;

	if(!need(r, 8, field))
		return 0;
	v = GET64(r->p);
	r->p += 8;
	return v;
}

static Qid
getqid(Rd *r, char *field)
{
	Qid q;

	memset(&q, 0, sizeof q);
	if(!need(r, QIDSZ, field))
		return q;
	q.type = GET8(r->p);
	q.vers = GET32(r->p+1);
	q.path = GET64(r->p+5);
	r->p += QIDSZ;
	return q;
}

/* Is s[0..n) valid UTF-8 without NUL? */
static int
utfok(uchar *s, int n)
{
	Rune rune;
	int i, w;

	for(i = 0; i < n; i += w){
		if(s[i] == 0)
			return 0;
		if(s[i] < Runeself){
			w = 1;
			continue;
		}
		if(!fullrune((char*)s+i, n-i))
			return 0;
		w = chartorune(&rune, (char*)s+i);
		if(rune == Runeerror && w == 1)
			return 0;
	}
	return 1;
}

enum {			/* what a string may be, beyond UTF-8 without NUL */
	Sany,
	Selem,		/* a path element: not empty, no '/' */
	Snew,		/* a new file's name: an element, and not "." or ".." */
};

/*
 * A string, checked, then made NUL-terminated in place: its bytes
 * move down over the high byte of its count (already read), so the
 * message's later fields stay where they are.
 */
static char*
getstr(Rd *r, char *field, int kind)
{
	uint n;
	uchar *s;
	char shown[64];

	n = get16(r, field);
	if(!need(r, n, field))
		return nil;
	s = r->p;
	r->p += n;
	if(!utfok(s, n)){
		rdbad(r, "%s is not UTF-8 text without NUL", field);
		return nil;
	}
	if(kind != Sany){
		memmove(shown, s, n < sizeof shown ? n : sizeof shown - 1);
		shown[n < sizeof shown ? n : sizeof shown - 1] = 0;
		if(n == 0){
			rdbad(r, "%s is empty", field);
			return nil;
		}
		if(memchr(s, '/', n) != nil){
			rdbad(r, "%s \"%s\" holds a '/'", field, shown);
			return nil;
		}
		if(kind == Snew && ((n == 1 && s[0] == '.') || (n == 2 && s[0] == '.' && s[1] == '.'))){
			rdbad(r, "%s \"%s\" is not a file name", field, shown);
			return nil;
		}
	}
	s--;
	memmove(s, s+1, n);
	s[n] = 0;
	return (char*)s;
}

/* n[2] then a stat entry of n bytes, which must end the message. */
static void
getstat(Rd *r, Fcall *f)
{
	uint n;

	n = get16(r, "stat size");
	if(!need(r, n, "stat"))
		return;
	if(n != (uint)(r->e - r->p)){
		rdbad(r, "stat size %ud but %ud bytes follow", n, (uint)(r->e - r->p));
		return;
	}
	if(statcheck(r->p, n) < 0){
		rdbad(r, "malformed stat entry of %ud bytes", n);
		return;
	}
	f->nstat = n;
	f->stat = r->p;
	r->p += n;
}

/*
 * Unpack the message buf[0..n) into f: n must be exactly the message
 * (its size field). Strings and data in f point into buf, which is
 * changed (strings are NUL-terminated in place). Returns 0, or -1
 * with err (of nerr bytes) saying which field is wrong and how.
 */
int
styxunpack(uchar *buf, uint n, Fcall *f, char *err, int nerr)
{
	Rd r;
	uint i, size;

	memset(f, 0, sizeof *f);
	r.err = err;
	r.nerr = nerr;
	r.bad = 0;
	r.msg = "styx";
	if(n < STYXHDRSZ){
		rdbad(&r, "message of %ud bytes is shorter than a header", n);
		return -1;
	}
	size = GET32(buf);
	if(size != n){
		rdbad(&r, "size field %ud but the message is %ud bytes", size, n);
		return -1;
	}
	f->type = buf[4];
	f->tag = GET16(buf+5);
	r.msg = styxtypename(f->type);
	if(r.msg == nil || f->type == Terror){
		r.msg = "styx";
		rdbad(&r, "unknown message type %d", f->type);
		return -1;
	}
	r.p = buf + STYXHDRSZ;
	r.e = buf + n;
	switch(f->type){
	case Tversion:
	case Rversion:
		f->msize = get32(&r, "msize");
		f->version = getstr(&r, "version", Sany);
		break;
	case Tauth:
		f->afid = get32(&r, "afid");
		f->uname = getstr(&r, "uname", Sany);
		f->aname = getstr(&r, "aname", Sany);
		break;
	case Rauth:
		f->aqid = getqid(&r, "aqid");
		break;
	case Tattach:
		f->fid = get32(&r, "fid");
		f->afid = get32(&r, "afid");
		f->uname = getstr(&r, "uname", Sany);
		f->aname = getstr(&r, "aname", Sany);
		break;
	case Rattach:
		f->qid = getqid(&r, "qid");
		break;
	case Rerror:
		f->ename = getstr(&r, "ename", Sany);
		break;
	case Tflush:
		f->oldtag = get16(&r, "oldtag");
		break;
	case Twalk:
		f->fid = get32(&r, "fid");
		f->newfid = get32(&r, "newfid");
		f->nwname = get16(&r, "nwname");
		if(!r.bad && f->nwname > MAXWELEM){
			rdbad(&r, "nwname %d is more than %d", f->nwname, MAXWELEM);
			break;
		}
		for(i = 0; i < f->nwname && !r.bad; i++)
			f->wname[i] = getstr(&r, "wname", Selem);
		break;
	case Rwalk:
		f->nwqid = get16(&r, "nwqid");
		if(!r.bad && f->nwqid > MAXWELEM){
			rdbad(&r, "nwqid %d is more than %d", f->nwqid, MAXWELEM);
			break;
		}
		for(i = 0; i < f->nwqid && !r.bad; i++)
			f->wqid[i] = getqid(&r, "wqid");
		break;
	case Topen:
		f->fid = get32(&r, "fid");
		f->mode = get8(&r, "mode");
		break;
	case Ropen:
	case Rcreate:
		f->qid = getqid(&r, "qid");
		f->iounit = get32(&r, "iounit");
		break;
	case Tcreate:
		f->fid = get32(&r, "fid");
		f->name = getstr(&r, "name", Snew);
		f->perm = get32(&r, "perm");
		f->mode = get8(&r, "mode");
		break;
	case Tread:
		f->fid = get32(&r, "fid");
		f->offset = get64(&r, "offset");
		f->count = get32(&r, "count");
		break;
	case Rread:
		f->count = get32(&r, "count");
		if(need(&r, f->count, "data")){
			f->data = r.p;
			r.p += f->count;
		}
		break;
	case Twrite:
		f->fid = get32(&r, "fid");
		f->offset = get64(&r, "offset");
		f->count = get32(&r, "count");
		if(need(&r, f->count, "data")){
			f->data = r.p;
			r.p += f->count;
		}
		break;
	case Rwrite:
		f->count = get32(&r, "count");
		break;
	case Tclunk:
	case Tremove:
	case Tstat:
		f->fid = get32(&r, "fid");
		break;
	case Rstat:
		getstat(&r, f);
		break;
	case Twstat:
		f->fid = get32(&r, "fid");
		getstat(&r, f);
		break;
	case Rflush:
	case Rclunk:
	case Rremove:
	case Rwstat:
		break;
	}
	if(!r.bad && r.p != r.e)
		rdbad(&r, "%ud bytes left over", (uint)(r.e - r.p));
	return r.bad ? -1 : 0;
}

/*
 * Packing.
 */
static uint
slen(char *s)
{
	return s != nil ? strlen(s) : 0;
}

/* The bytes f's message takes, or 0 if a string, count or the whole is too long for 9P. */
uint
styxsize(Fcall *f)
{
	uint n, i;

	n = STYXHDRSZ;
	switch(f->type){
	case Tversion:
	case Rversion:
		n += BIT32SZ + BIT16SZ + slen(f->version);
		break;
	case Tauth:
		n += BIT32SZ + BIT16SZ + slen(f->uname) + BIT16SZ + slen(f->aname);
		break;
	case Rauth:
	case Rattach:
		n += QIDSZ;
		break;
	case Tattach:
		n += 2*BIT32SZ + BIT16SZ + slen(f->uname) + BIT16SZ + slen(f->aname);
		break;
	case Rerror:
		n += BIT16SZ + slen(f->ename);
		break;
	case Tflush:
		n += BIT16SZ;
		break;
	case Twalk:
		if(f->nwname > MAXWELEM)
			return 0;
		n += 2*BIT32SZ + BIT16SZ;
		for(i = 0; i < f->nwname; i++){
			if(slen(f->wname[i]) > 0xFFFF)
				return 0;
			n += BIT16SZ + slen(f->wname[i]);
		}
		break;
	case Rwalk:
		if(f->nwqid > MAXWELEM)
			return 0;
		n += BIT16SZ + f->nwqid*QIDSZ;
		break;
	case Topen:
		n += BIT32SZ + BIT8SZ;
		break;
	case Ropen:
	case Rcreate:
		n += QIDSZ + BIT32SZ;
		break;
	case Tcreate:
		n += BIT32SZ + BIT16SZ + slen(f->name) + BIT32SZ + BIT8SZ;
		break;
	case Tread:
		n += BIT32SZ + BIT64SZ + BIT32SZ;
		break;
	case Rread:
		if(f->count > 0x7FFFFFFF)
			return 0;
		n += BIT32SZ + f->count;
		break;
	case Twrite:
		if(f->count > 0x7FFFFFFF)
			return 0;
		n += BIT32SZ + BIT64SZ + BIT32SZ + f->count;
		break;
	case Rwrite:
		n += BIT32SZ;
		break;
	case Tclunk:
	case Tremove:
	case Tstat:
		n += BIT32SZ;
		break;
	case Rstat:
		n += BIT16SZ + f->nstat;
		break;
	case Twstat:
		n += BIT32SZ + BIT16SZ + f->nstat;
		break;
	case Rflush:
	case Rclunk:
	case Rremove:
	case Rwstat:
		break;
	default:
		return 0;
	}
	if(slen(f->version) > 0xFFFF || slen(f->uname) > 0xFFFF || slen(f->aname) > 0xFFFF
	|| slen(f->ename) > 0xFFFF || slen(f->name) > 0xFFFF)
		return 0;
	if(n < STYXHDRSZ)
		return 0;
	return n;
}

static uchar*
putstr(uchar *p, char *s)
{
	uint n;

	n = slen(s);
	PUT16(p, n);
	if(n > 0)
		memmove(p+BIT16SZ, s, n);
	return p + BIT16SZ + n;
}

static uchar*
putqid(uchar *p, Qid q)
{
	PUT8(p, q.type);
	PUT32(p+1, q.vers);
	PUT64(p+5, q.path);
	return p + QIDSZ;
}

/* Pack f into buf; the bytes used, or 0 if it needs more than nbuf (or cannot be a message). */
uint
styxpack(Fcall *f, uchar *buf, uint nbuf)
{
	uchar *p;
	uint n, i;

	n = styxsize(f);
	if(n == 0 || n > nbuf)
		return 0;
	p = buf;
	PUT32(p, n);
	PUT8(p+4, f->type);
	PUT16(p+5, f->tag);
	p += STYXHDRSZ;
	switch(f->type){
	case Tversion:
	case Rversion:
		PUT32(p, f->msize);	p += BIT32SZ;
		p = putstr(p, f->version);
		break;
	case Tauth:
		PUT32(p, f->afid);	p += BIT32SZ;
		p = putstr(p, f->uname);
		p = putstr(p, f->aname);
		break;
	case Rauth:
		p = putqid(p, f->aqid);
		break;
	case Tattach:
		PUT32(p, f->fid);	p += BIT32SZ;
		PUT32(p, f->afid);	p += BIT32SZ;
		p = putstr(p, f->uname);
		p = putstr(p, f->aname);
		break;
	case Rattach:
		p = putqid(p, f->qid);
		break;
	case Rerror:
		p = putstr(p, f->ename);
		break;
	case Tflush:
		PUT16(p, f->oldtag);	p += BIT16SZ;
		break;
	case Twalk:
		PUT32(p, f->fid);	p += BIT32SZ;
		PUT32(p, f->newfid);	p += BIT32SZ;
		PUT16(p, f->nwname);	p += BIT16SZ;
		for(i = 0; i < f->nwname; i++)
			p = putstr(p, f->wname[i]);
		break;
	case Rwalk:
		PUT16(p, f->nwqid);	p += BIT16SZ;
		for(i = 0; i < f->nwqid; i++)
			p = putqid(p, f->wqid[i]);
		break;
	case Topen:
		PUT32(p, f->fid);	p += BIT32SZ;
		PUT8(p, f->mode);	p += BIT8SZ;
		break;
	case Ropen:
	case Rcreate:
		p = putqid(p, f->qid);
		PUT32(p, f->iounit);	p += BIT32SZ;
		break;
	case Tcreate:
		PUT32(p, f->fid);	p += BIT32SZ;
		p = putstr(p, f->name);
		PUT32(p, f->perm);	p += BIT32SZ;
		PUT8(p, f->mode);	p += BIT8SZ;
		break;
	case Tread:
		PUT32(p, f->fid);	p += BIT32SZ;
		PUT64(p, f->offset);	p += BIT64SZ;
		PUT32(p, f->count);	p += BIT32SZ;
		break;
	case Rread:
		PUT32(p, f->count);	p += BIT32SZ;
		if(f->count > 0)
			memmove(p, f->data, f->count);
		p += f->count;
		break;
	case Twrite:
		PUT32(p, f->fid);	p += BIT32SZ;
		PUT64(p, f->offset);	p += BIT64SZ;
		PUT32(p, f->count);	p += BIT32SZ;
		if(f->count > 0)
			memmove(p, f->data, f->count);
		p += f->count;
		break;
	case Rwrite:
		PUT32(p, f->count);	p += BIT32SZ;
		break;
	case Tclunk:
	case Tremove:
	case Tstat:
		PUT32(p, f->fid);	p += BIT32SZ;
		break;
	case Rstat:
		PUT16(p, f->nstat);	p += BIT16SZ;
		if(f->nstat > 0)
			memmove(p, f->stat, f->nstat);
		p += f->nstat;
		break;
	case Twstat:
		PUT32(p, f->fid);	p += BIT32SZ;
		PUT16(p, f->nstat);	p += BIT16SZ;
		if(f->nstat > 0)
			memmove(p, f->stat, f->nstat);
		p += f->nstat;
		break;
	}
	if((uint)(p - buf) != n)
		panic("styxpack: %s packed %d bytes, sized %ud", styxtypename(f->type), (int)(p - buf), n);
	return n;
}

/* The size field of the message starting at buf (which holds at least BIT32SZ bytes). */
uint
styxmsgsize(uchar *buf)
{
	return GET32(buf);
}

/*
 * Read one whole message from c (a byte stream or a message pipe)
 * into buf of nbuf bytes: a size field, then the rest, at and
 * advancing c's offset (which streams ignore). Returns its
 * size; 0 at end of file before a message began. An end of file
 * inside a message, a size below the header's or above nbuf, is an
 * error (the connection's data can no longer be trusted).
 */
uint
styxread(Chan *c, uchar *buf, uint nbuf)
{
	uint n, size;
	long r;

	n = 0;
	size = BIT32SZ;
	while(n < size){
		r = devtab[c->type]->read(c, buf+n, size-n, c->offset);
		if(r > 0){
			lock(&c->l);
			c->offset += r;
			unlock(&c->l);
		}
		if(r <= 0){
			if(n == 0)
				return 0;
			error("styx: end of file inside a message");
		}
		n += r;
		if(size == BIT32SZ && n >= BIT32SZ){
			size = GET32(buf);
			if(size < STYXHDRSZ)
				errorf("styx: message size %ud is less than a header", size);
			if(size > nbuf)
				errorf("styx: message size %ud is more than %ud", size, nbuf);
		}
	}
	return size;
}

/* Write the message buf[0..n) on c at and advancing its offset; the caller serialises writers. */
void
styxwrite(Chan *c, uchar *buf, uint n)
{
	long r;

	r = devtab[c->type]->write(c, buf, n, c->offset);
	if(r != (long)n)
		error("styx: short write on the connection");
	lock(&c->l);
	c->offset += r;
	unlock(&c->l);
}
