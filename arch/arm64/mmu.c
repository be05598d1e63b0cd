/*
 * The MMU: one identity map of the low 4 GiB in 2 MiB blocks. The
 * devices (0x08000000-0x3FFFFFFF on virt: GIC, UART, RTC, virtio,
 * the PCIe windows) are device memory, RAM is normal write-back
 * cacheable memory, and the rest is unmapped, so that a nil pointer
 * (flash is at 0) or a wild one faults. Kernel only: no per-process
 * maps (Dis type safety is the protection).
 */
#include "all.h"
#include "arm64.h"

enum {
	Ptetable = 3,		/* level-1 descriptor of a level-2 table */
	Pteblock = 1,		/* level-2 block descriptor */
	Attrdev = 0<<2,		/* MAIR index 0: Device-nGnRnE */
	Attrmem = 1<<2,		/* MAIR index 1: Normal, write-back */
	Ish = 3<<8,
	Af = 1<<10,
	Pxn = 1ULL<<53,
	Uxn = 1ULL<<54,
	Blocksize = 2*1024*1024,

	Devbase = 0x08000000,
	Devtop = 0x40000000,

	Mair = 0x00 | 0xFF<<8,
	/* T0SZ 32 (4 GiB, walks start at level 1), walks cached and inner shareable, 4K granule, no TTBR1 walks, 32-bit PA */
	Tcr = 32 | 1<<8 | 1<<10 | 3<<12 | 0<<14 | 1<<23,
	SctlrM = 1<<0,
	SctlrC = 1<<2,
	SctlrSA = 1<<3,
	SctlrI = 1<<12,
};

static u64int l1[512] __attribute__((aligned(4096)));
static u64int l2[4][512] __attribute__((aligned(4096)));	/* 4 x 1 GiB */

static void
setblock(u64int pa, u64int attr)
{
	l2[pa>>30][(pa>>21) & 511] = pa | attr;
}

static void
flushtlb(void)
{
	__asm__ volatile("dsb ishst\ntlbi vmalle1\ndsb ish\nisb" ::: "memory");
}

/*
 * Runs first, with the MMU off: only aligned stores until it is on.
 * RAM's extent is not known yet, so all of 1-4 GiB is mapped as
 * memory until mmuram trims it.
 */
void
mmuinit(void)
{
	u64int sctlr, pa;
	int i;

	for(i = 0; i < 4; i++)
		l1[i] = (uintptr)l2[i] | Ptetable;
	for(pa = Devbase; pa < Devtop; pa += Blocksize)
		setblock(pa, Pteblock | Attrdev | Af | Pxn | Uxn);
	for(pa = Devtop; pa < 0x100000000ULL; pa += Blocksize)
		setblock(pa, Pteblock | Attrmem | Ish | Af);
	__asm__ volatile(
		"dsb sy\n"
		"msr mair_el1, %0\n"
		"msr tcr_el1, %1\n"
		"msr ttbr0_el1, %2\n"
		"isb\n"
		:: "r"((u64int)Mair), "r"((u64int)Tcr), "r"(l1) : "memory");
	flushtlb();
	__asm__ volatile("mrs %0, sctlr_el1" : "=r"(sctlr));
	sctlr |= SctlrM | SctlrC | SctlrSA | SctlrI;
	__asm__ volatile("msr sctlr_el1, %0\nisb" :: "r"(sctlr) : "memory");
}

/* Unmap what is not RAM above the devices, now that the device tree has said where RAM is. */
void
mmuram(uvlong base, uvlong size)
{
	u64int pa;

	for(pa = Devtop; pa < 0x100000000ULL; pa += Blocksize)
		if(pa + Blocksize <= base || pa >= base + size)
			l2[pa>>30][(pa>>21) & 511] = 0;
	flushtlb();
}
