/*
 * The permanent allocator over the RAM banks the arch lists in conf.
 * Boot-time structures, kernel stacks and the pools' arenas come from
 * here. Freed pieces go on a first-fit list of holes kept in address
 * order: neighbouring holes merge, and a hole that ends where a bank's
 * unallocated top begins goes back to the bank.
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

/* A new least nfree: the pools note what SRAM holds at that moment. */
static void
newlow(void)
{
	xlists.lowfree = xlists.nfree;
	if(conf.ramtotal != 0)
		poolpeak();
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
				rest->next = h->next;
				*l = rest;
			}else
				n = h->size;
			xlists.nfree -= n;
			if(xlists.nfree < xlists.lowfree)
				newlow();
			return h;
		}
	for(i = 0; i < conf.nmem; i++){
		p = xlists.cur[i];
		if(conf.mem[i].base + conf.mem[i].size - p >= n){
			xlists.cur[i] = p + n;
			xlists.nfree -= n;
			if(xlists.nfree < xlists.lowfree)
				newlow();
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
	Hole *h, *prev, **l, **pl;
	int i;

	x = (Xhdr*)p - 1;
	if(x->magic != Xmagic)
		panic("xfree(%p): bad magic %lux, pc %p", p, x->magic, (void*)getcallerpc(&p));
	h = (Hole*)x;
	h->size = x->size + sizeof(Xhdr);
	ilock(&xlists.l);
	xlists.nfree += h->size;
	pl = nil;
	for(l = &xlists.holes; *l != nil && (uintptr)*l < (uintptr)h; l = &(*l)->next)
		pl = l;
	prev = pl != nil ? *pl : nil;
	h->next = *l;
	*l = h;
	/* merge with the hole after, then with the one before */
	if(h->next != nil && (uchar*)h + h->size == (uchar*)h->next){
		h->size += h->next->size;
		h->next = h->next->next;
	}
	if(prev != nil && (uchar*)prev + prev->size == (uchar*)h){
		prev->size += h->size;
		prev->next = h->next;
		h = prev;
		l = pl;
	}
	/* a hole just below a bank's top goes back to the bank */
	for(i = 0; i < conf.nmem; i++)
		if((uintptr)h + h->size == xlists.cur[i] && (uintptr)h >= conf.mem[i].base){
			xlists.cur[i] = (uintptr)h;
			*l = h->next;
			break;
		}
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
