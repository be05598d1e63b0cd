/*
 * The page tables: one identity map, made from the firmware's memory
 * map. Below 4 GiB every 2 MiB block that holds RAM is write-back
 * memory, one that holds only other map entries (ACPI tables, the
 * BIOS) or the APICs is uncached, and the rest is unmapped, so that a
 * wild pointer faults; the first MiB is unmapped in 4 KiB pages, so
 * that a nil pointer or a small integer used as one faults. RAM above
 * 4 GiB is mapped too (up to 512 GiB), and PCI devices' registers
 * wherever they are (mmuio, for pci.c). Kernel only: no per-process
 * maps (Dis type safety is the protection).
 */
#include "all.h"
#include "amd64.h"

enum {
	Ptep = 1<<0,
	Ptew = 1<<1,
	Ptewt = 1<<3,
	Ptenc = 1<<4,
	Ptebig = 1<<7,		/* a 2 MiB page in a PD */
	Mem = Ptep|Ptew,
	Io = Ptep|Ptew|Ptewt|Ptenc,
	Bigpage = 2*1024*1024,
	Lowtop = 1024*1024,	/* unmapped below this */
	Maxaddr = 512ULL<<30,	/* one PDPT's worth */
};

static u64int pml4[512] __attribute__((aligned(4096)));
static u64int pdpt[512] __attribute__((aligned(4096)));
static u64int pdlow[4][512] __attribute__((aligned(4096)));	/* the low 4 GiB */
static u64int pt0[512] __attribute__((aligned(4096)));	/* the first 2 MiB */
static uintptr next;		/* page tables for RAM above 4 GiB come from after the kernel */

uintptr
mmuend(void)
{
	if(next == 0)
		next = ROUNDUP((uintptr)end, BY2PG);
	return next;
}

/* A zeroed page after the kernel, for a PD; only before meminit, which starts xalloc's RAM after them. */
static u64int*
pgalloc(void)
{
	u64int *p;

	p = (u64int*)mmuend();
	next += BY2PG;
	memset(p, 0, BY2PG);
	return p;
}

/* a 2 MiB block's entry in the page tables, the PDPT and PD made if need be; nil above the 48 bits of 4-level paging */
static u64int*
blockpte(uvlong pa)
{
	u64int *pdp, *pd;
	int i;

	if(pa < 0x100000000ULL)
		return &pdlow[pa>>30][(pa>>21) & 511];
	if(pa >= 1ULL<<48)
		return nil;
	i = (pa>>39) & 511;
	if(pml4[i] == 0)
		pml4[i] = (uintptr)pgalloc() | Mem;
	pdp = (u64int*)(uintptr)(pml4[i] & ~(u64int)0xFFF);
	i = (pa>>30) & 511;
	if(pdp[i] == 0)
		pdp[i] = (uintptr)pgalloc() | Mem;
	pd = (u64int*)(uintptr)(pdp[i] & ~(u64int)0xFFF);
	return &pd[(pa>>21) & 511];
}

static void
mapblock(uvlong pa, u64int attr)
{
	u64int *pte;

	pte = blockpte(pa);
	if(pte != nil)
		*pte = pa | attr | Ptebig;
}

static void
maprange(uvlong base, uvlong size, u64int attr)
{
	uvlong pa, top;

	top = base + size;
	if(top > Maxaddr)
		top = Maxaddr;
	for(pa = base & ~(uvlong)(Bigpage-1); pa < top; pa += Bigpage)
		if(pa != 0)		/* pt0's, below */
			mapblock(pa, attr);
}

void
mmuinit(void)
{
	Mmap *m;
	int i;

	pml4[0] = (uintptr)pdpt | Mem;
	for(i = 0; i < 4; i++)
		pdpt[i] = (uintptr)pdlow[i] | Mem;
	for(m = board.mmap; m < board.mmap + board.nmmap; m++)
		if(m->type != Mram && m->base < 0x100000000ULL)
			maprange(m->base, m->size, Io);
	maprange(board.lapic, BY2PG, Io);
	maprange(board.ioapic, BY2PG, Io);
	for(m = board.mmap; m < board.mmap + board.nmmap; m++)
		if(m->type == Mram)
			maprange(m->base, m->size, Mem);
	maprange(KTZERO, (uintptr)end - KTZERO, Mem);
	for(i = Lowtop/BY2PG; i < 512; i++)
		pt0[i] = (u64int)i*BY2PG | Mem;
	pdlow[0][0] = (uintptr)pt0 | Mem;
	__asm__ volatile("movq %0, %%cr3" :: "r"((uintptr)pml4) : "memory");
}

/*
 * Map a device's registers (a PCI BAR) uncached, in 2 MiB blocks,
 * leaving a block already mapped as it is (RAM, or another device's);
 * 0, or -1 if it is beyond what the page tables reach. Only before
 * meminit (page tables come from after the kernel), then mmuflush.
 */
int
mmuio(uvlong base, uvlong size)
{
	uvlong pa, top;
	u64int *pte;

	top = base + size;
	if(size == 0 || top < base || top > 1ULL<<48)
		return -1;
	for(pa = base & ~(uvlong)(Bigpage-1); pa < top; pa += Bigpage){
		if(pa == 0)
			return -1;
		pte = blockpte(pa);
		if(pte == nil)
			return -1;
		if((*pte & Ptep) == 0)
			*pte = pa | Io | Ptebig;
	}
	return 0;
}

void
mmuflush(void)
{
	__asm__ volatile("movq %0, %%cr3" :: "r"((uintptr)pml4) : "memory");
}
