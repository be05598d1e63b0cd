/*
 * Packing and unpacking 9P stat entries (styx.md §4): the one place
 * the kernel turns a Dir into bytes and back. Unpacking validates
 * every length against the buffer.
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

static int
slen(char *s)
{
	return s != nil ? strlen(s) : 0;
}

uint
sizeD2M(Dir *d)
{
	return STATFIXLEN + slen(d->name) + slen(d->uid) + slen(d->gid) + slen(d->muid);
}

static uchar*
putstr(uchar *p, char *s)
{
	int n;

	n = slen(s);
	PUT16(p, n);
	if(n > 0)
		memmove(p+BIT16SZ, s, n);
	return p + BIT16SZ + n;
}

/* Pack d into buf; 0 if it needs more than nbuf bytes, else the bytes used. */
uint
convD2M(Dir *d, uchar *buf, uint nbuf)
{
	uchar *p;
	uint ss;

	ss = sizeD2M(d);
	if(ss > nbuf || ss > 0xFFFF + BIT16SZ)
		return 0;
	p = buf;
	PUT16(p, ss - BIT16SZ);	p += BIT16SZ;
	PUT16(p, d->type);	p += BIT16SZ;
	PUT32(p, d->dev);	p += BIT32SZ;
	PUT8(p, d->qid.type);	p += BIT8SZ;
	PUT32(p, d->qid.vers);	p += BIT32SZ;
	PUT64(p, d->qid.path);	p += BIT64SZ;
	PUT32(p, d->mode);	p += BIT32SZ;
	PUT32(p, d->atime);	p += BIT32SZ;
	PUT32(p, d->mtime);	p += BIT32SZ;
	PUT64(p, d->length);	p += BIT64SZ;
	p = putstr(p, d->name);
	p = putstr(p, d->uid);
	p = putstr(p, d->gid);
	p = putstr(p, d->muid);
	return p - buf;
}

/*
 * Is buf[0..nbuf) exactly one well-formed stat entry? 0 if so, -1 if
 * not: the size field must match nbuf and the four strings must fit
 * and hold no NUL, which no 9P string may (a NUL would cut the string
 * short once unpacked).
 */
int
statcheck(uchar *buf, uint nbuf)
{
	uchar *p, *e;
	int i, n;

	if(nbuf < STATFIXLEN || nbuf != (uint)GET16(buf) + BIT16SZ)
		return -1;
	p = buf + STATFIXLEN - 4*BIT16SZ;
	e = buf + nbuf;
	for(i = 0; i < 4; i++){
		if(e - p < BIT16SZ)
			return -1;
		n = GET16(p);
		p += BIT16SZ;
		if(e - p < n || memchr(p, 0, n) != nil)
			return -1;
		p += n;
	}
	if(p != e)
		return -1;
	return 0;
}

/*
 * Unpack the stat entry in buf into d. The strings are copied, each
 * NUL-terminated, into strs (which needs nbuf bytes at most) so that
 * d stays valid after buf is gone; with strs nil they are left nil.
 * Returns the bytes used, or 0 if the entry is malformed.
 */
uint
convM2D(uchar *buf, uint nbuf, Dir *d, char *strs)
{
	uchar *p, *e;
	char **sp[4];
	int i, n;

	if(nbuf < STATFIXLEN)
		return 0;
	n = GET16(buf) + BIT16SZ;
	if((uint)n > nbuf || statcheck(buf, n) < 0)
		return 0;
	p = buf + BIT16SZ;
	e = buf + n;
	d->type = GET16(p);	p += BIT16SZ;
	d->dev = GET32(p);	p += BIT32SZ;
	d->qid.type = GET8(p);	p += BIT8SZ;
	d->qid.vers = GET32(p);	p += BIT32SZ;
	d->qid.path = GET64(p);	p += BIT64SZ;
	d->mode = GET32(p);	p += BIT32SZ;
	d->atime = GET32(p);	p += BIT32SZ;
	d->mtime = GET32(p);	p += BIT32SZ;
	d->length = GET64(p);	p += BIT64SZ;
	sp[0] = &d->name;
	sp[1] = &d->uid;
	sp[2] = &d->gid;
	sp[3] = &d->muid;
	for(i = 0; i < 4; i++){
		n = GET16(p);
		p += BIT16SZ;
		if(p + n > e)
			return 0;
		if(strs != nil){
			memmove(strs, p, n);
			strs[n] = '\0';
			*sp[i] = strs;
			strs += n + 1;
		}else
			*sp[i] = nil;
		p += n;
	}
	return p - buf;
}

/* A Dir whose fields all mean "don't touch" for wstat. */
void
nulldir(Dir *d)
{
	memset(d, ~0, sizeof(Dir));
	d->name = d->uid = d->gid = d->muid = "";
}

/* %D: a Dir, for debugging. */
int
dirfmt(Fmt *f)
{
	Dir *d;

	d = va_arg(f->args, Dir*);
	return fmtprint(f, "'%s' '%s' '%s' '%s' q (%llux %lud %ux) m %#luo at %lud mt %lud l %lld t %d d %d",
		d->name, d->uid, d->gid, d->muid, d->qid.path, d->qid.vers, d->qid.type,
		d->mode, d->atime, d->mtime, d->length, d->type, d->dev);
}
