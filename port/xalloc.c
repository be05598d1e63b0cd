/*
 * The permanent allocator over the RAM banks the arch lists in conf.
 * Boot-time structures and the pools' arenas come from here. Freed
 * pieces go on a first-fit list of holes; nothing is ever coalesced
 * back into the banks.
 */
#include "all.h"

enum {
	Xalign = 16,
	Xmagic = 0x1ABE11ED,
};

typedef struct Xhdr Xhdr;
struct Xhdr {
	ulong	size;		/* of the piece after the header */
	ulong	magic;
};

typedef struct Hole Hole;
struct Hole {
	uintptr	size;
	Hole	*next;
};

/* guarded by xlists.l */
static struct {
	Lock	l;
	uintptr	cur[nelem(conf.mem)];	/* next free byte of each bank */
	Hole	*holes;
	ulong	nfree;			/* bytes left */
	ulong	lowfree;		/* the least nfree has been */
} xlists;

void
xinit(void)
{
	int i;

	xlists.nfree = 0;
	for(i = 0; i < conf.nmem; i++){
		xlists.cur[i] = ROUNDUP(conf.mem[i].base, Xalign);
		xlists.nfree += conf.mem[i].base + conf.mem[i].size - xlists.cur[i];
	}
	xlists.lowfree = xlists.nfree;
}

static void*
xtake(uintptr n)
{
	Hole **l, *h;
	int i;
	uintptr p;

	for(l = &xlists.holes; (h = *l) != nil; l = &h->next)
		if(h->size >= n){
			*l = h->next;
			if(h->size - n >= sizeof(Hole) + Xalign){
				Hole *rest = (Hole*)((uchar*)h + n);
				rest->size = h->size - n;
				rest->next = xlists.holes;
				xlists.holes = rest;
			}else
				n = h->size;
			xlists.nfree -= n;
			if(xlists.nfree < xlists.lowfree)
				xlists.lowfree = xlists.nfree;
			return h;
		}
	for(i = 0; i < conf.nmem; i++){
		p = xlists.cur[i];
		if(conf.mem[i].base + conf.mem[i].size - p >= n){
			xlists.cur[i] = p + n;
			xlists.nfree -= n;
			if(xlists.nfree < xlists.lowfree)
				xlists.lowfree = xlists.nfree;
			return (void*)p;
		}
	}
	return nil;
}

void*
xallocz(ulong size, int zero)
{
	Xhdr *h;
	uintptr n;

	n = ROUNDUP(size + sizeof(Xhdr), Xalign);
	if(n < size)
		return nil;
	ilock(&xlists.l);
	h = xtake(n);
	iunlock(&xlists.l);
	if(h == nil)
		return nil;
	h->size = n - sizeof(Xhdr);
	h->magic = Xmagic;
	if(zero)
		memset(h+1, 0, h->size);
	return h+1;
}

void*
xalloc(ulong size)
{
	return xallocz(size, 1);
}

void
xfree(void *p)
{
	Xhdr *x;
	Hole *h;

	x = (Xhdr*)p - 1;
	if(x->magic != Xmagic)
		panic("xfree(%p): bad magic %lux, pc %p", p, x->magic, (void*)getcallerpc(&p));
	h = (Hole*)x;
	h->size = x->size + sizeof(Xhdr);
	ilock(&xlists.l);
	h->next = xlists.holes;
	xlists.holes = h;
	xlists.nfree += h->size;
	iunlock(&xlists.l);
}

ulong
xfreebytes(void)
{
	return xlists.nfree;
}

/* The least xfreebytes has been since boot: a pool's arena counts as used from when it is taken. */
ulong
xfreelow(void)
{
	return xlists.lowfree;
}
