/*
 * The flattened device tree reader (fdt.h): finds nodes by path or
 * compatible string and reads their properties. Node handles are
 * offsets of FDT_BEGIN_NODE tokens in the structure block.
 */
#include "all.h"
#include "fdt.h"

enum {
	Fdtmagic = 0xd00dfeed,
	Tbegin = 1,
	Tend = 2,
	Tprop = 3,
	Tnop = 4,
	Tdone = 9,
	Maxdepth = 16,
};

u32int
fdtbe32(void *v)
{
	uchar *p = v;

	return (u32int)p[0]<<24 | p[1]<<16 | p[2]<<8 | p[3];
}

char*
fdtopen(Fdt *f, void *blob)
{
	uchar *b = blob;
	ulong size;

	if(b == nil || fdtbe32(b) != Fdtmagic)
		return "bad magic";
	size = fdtbe32(b+4);
	if(size < 40 || size > 64*1024*1024)
		return "bad totalsize";
	f->b = b;
	f->size = size;
	f->soff = fdtbe32(b+8);
	f->stroff = fdtbe32(b+12);
	f->strsize = fdtbe32(b+32);
	f->ssize = fdtbe32(b+36);
	if(fdtbe32(b+20) < 16)
		return "version older than 16";
	if(f->soff > size || f->ssize > size - f->soff || (f->soff & 3) != 0)
		return "structure block outside the blob";
	if(f->stroff > size || f->strsize > size - f->stroff)
		return "strings block outside the blob";
	return nil;
}

/* The token at structure offset off; Tdone when off is outside the block. */
static u32int
token(Fdt *f, ulong off)
{
	if(f->ssize < 4 || off > f->ssize - 4 || (off & 3) != 0)
		return Tdone;
	return fdtbe32(f->b + f->soff + off);
}

/* A NUL-terminated string at p within [p, e); its length, or -1 if it runs off the end. */
static long
cstrlen(uchar *p, uchar *e)
{
	uchar *q;

	for(q = p; q < e; q++)
		if(*q == 0)
			return q - p;
	return -1;
}

/* The node's name; nil if malformed. */
static char*
nodename(Fdt *f, int node)
{
	uchar *p, *e;

	if(token(f, node) != Tbegin)
		return nil;
	p = f->b + f->soff + node + 4;
	e = f->b + f->soff + f->ssize;
	if(cstrlen(p, e) < 0)
		return nil;
	return (char*)p;
}

/*
 * The offset of the token after the one at off, or -1 at the end or on
 * a malformed token. *depth follows node nesting.
 */
static long
nexttoken(Fdt *f, ulong off, int *depth)
{
	uchar *p, *e;
	long n;
	u32int len;

	p = f->b + f->soff + off + 4;
	e = f->b + f->soff + f->ssize;
	switch(token(f, off)){
	case Tbegin:
		n = cstrlen(p, e);
		if(n < 0)
			return -1;
		(*depth)++;
		return ROUNDUP(off + 4 + n + 1, 4);
	case Tend:
		(*depth)--;
		return off + 4;
	case Tprop:
		if(off + 12 > f->ssize)
			return -1;
		len = fdtbe32(p);
		if(len > f->ssize - off - 12)
			return -1;
		return ROUNDUP(off + 12 + len, 4);
	case Tnop:
		return off + 4;
	}
	return -1;
}

void*
fdtprop(Fdt *f, int node, char *name, int *lenp)
{
	long off;
	int depth;
	u32int len, noff;
	uchar *p;

	if(nodename(f, node) == nil)
		return nil;
	depth = 0;
	off = nexttoken(f, node, &depth);
	while(off >= 0 && depth == 1){
		switch(token(f, off)){
		case Tprop:
			if(off + 12 > f->ssize)
				return nil;
			p = f->b + f->soff + off + 4;
			len = fdtbe32(p);
			noff = fdtbe32(p+4);
			if(len > f->ssize - off - 12)
				return nil;
			if(noff < f->strsize && cstrlen(f->b + f->stroff + noff, f->b + f->stroff + f->strsize) >= 0
			&& strcmp((char*)f->b + f->stroff + noff, name) == 0){
				if(lenp != nil)
					*lenp = len;
				return p + 8;
			}
			break;
		case Tbegin:
		case Tend:
		case Tdone:
			return nil;	/* properties come before subnodes */
		}
		off = nexttoken(f, off, &depth);
	}
	return nil;
}

/* Does a property list of strings (compatible) hold s? */
static int
strlisthas(char *p, int len, char *s)
{
	int n;

	while(len > 0){
		n = cstrlen((uchar*)p, (uchar*)p+len);
		if(n < 0)
			return 0;
		if(strcmp(p, s) == 0)
			return 1;
		p += n+1;
		len -= n+1;
	}
	return 0;
}

int
fdtfind(Fdt *f, int from, char *compat)
{
	long off;
	int depth, len;
	char *p;

	depth = 0;
	off = from < 0 ? 0 : nexttoken(f, from, &depth);
	for(; off >= 0; off = nexttoken(f, off, &depth)){
		if(token(f, off) != Tbegin)
			continue;
		p = fdtprop(f, off, "compatible", &len);
		if(p != nil && strlisthas(p, len, compat))
			return off;
	}
	return -1;
}

/* Does the node name (name@unit) match the path element e of length n? */
static int
namematch(char *name, char *e, int n)
{
	if(strncmp(name, e, n) != 0)
		return 0;
	return name[n] == 0 || (name[n] == '@' && memchr(e, '@', n) == nil);
}

int
fdtpath(Fdt *f, char *path)
{
	long off;
	int depth, want, n;
	char *e, *name;

	off = 0;
	if(token(f, 0) != Tbegin || *path != '/')
		return -1;
	depth = 0;
	for(;;){
		while(*path == '/')
			path++;
		if(*path == 0)
			return off;
		e = strchr(path, '/');
		n = e != nil ? e - path : (int)strlen(path);
		/* look among the children of the node at off */
		want = depth + 1;
		off = nexttoken(f, off, &depth);
		for(; off >= 0 && depth >= want; off = nexttoken(f, off, &depth)){
			if(depth != want || token(f, off) != Tbegin)
				continue;
			name = nodename(f, off);
			if(name != nil && namematch(name, path, n))
				break;
		}
		if(off < 0 || depth < want)
			return -1;
		path += n;
	}
}

/* The #address-cells and #size-cells that apply to node's reg: its parent's. */
static int
parentcells(Fdt *f, int node, int *ac, int *sc)
{
	long off;
	int depth, d, len;
	int acs[Maxdepth+1], scs[Maxdepth+1];
	u32int *p;

	depth = 0;
	acs[0] = 2;
	scs[0] = 1;
	for(off = 0; off >= 0; ){
		if(token(f, off) == Tbegin){
			d = depth;	/* depth of this node's parent's level */
			if(d < 0 || d >= Maxdepth)
				return -1;	/* an end before its begin, or too deep */
			if(off == node){
				*ac = acs[d];
				*sc = scs[d];
				return 0;
			}
			acs[d+1] = 2;
			scs[d+1] = 1;
			p = fdtprop(f, off, "#address-cells", &len);
			if(p != nil && len == 4)
				acs[d+1] = fdtbe32(p);
			p = fdtprop(f, off, "#size-cells", &len);
			if(p != nil && len == 4)
				scs[d+1] = fdtbe32(p);
		}
		off = nexttoken(f, off, &depth);
	}
	return -1;
}

static uvlong
cells(uchar *p, int n)
{
	uvlong v;

	v = 0;
	while(n-- > 0){
		v = v<<32 | fdtbe32(p);
		p += 4;
	}
	return v;
}

int
fdtreg(Fdt *f, int node, int i, uvlong *addr, uvlong *size)
{
	int ac, sc, len, w;
	uchar *p;

	if(parentcells(f, node, &ac, &sc) < 0 || ac < 0 || ac > 2 || sc < 0 || sc > 2)
		return -1;
	p = fdtprop(f, node, "reg", &len);
	w = 4*(ac+sc);
	if(p == nil || w == 0 || (i+1)*w > len)
		return -1;
	p += i*w;
	*addr = cells(p, ac);
	*size = cells(p+4*ac, sc);
	return 0;
}
