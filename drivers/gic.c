/*
 * The ARM Generic Interrupt Controller, version 2 (memory-mapped CPU
 * interface) or 3 (system-register CPU interface, redistributors), on
 * one CPU, without the security extensions (as QEMU's virt has them).
 * One priority for all: no nesting, the kernel takes one at a time.
 */
#include "all.h"
#include "drivers.h"

enum {
	/* distributor */
	GICD_CTLR = 0x000,
	GICD_TYPER = 0x004,
	GICD_IGROUPR = 0x080,
	GICD_ISENABLER = 0x100,
	GICD_ICENABLER = 0x180,
	GICD_IPRIORITYR = 0x400,
	GICD_ITARGETSR = 0x800,
	GICD_ICFGR = 0xC00,
	GICD_IROUTER = 0x6000,

	/* v2 CPU interface */
	GICC_CTLR = 0x00,
	GICC_PMR = 0x04,
	GICC_IAR = 0x0C,
	GICC_EOIR = 0x10,

	/* v3 redistributor: RD_base, then the SGI_base frame at +64 KiB */
	GICR_WAKER = 0x014,
	GICR_SGI = 0x10000,
	GICR_IGROUPR0 = GICR_SGI + 0x080,
	GICR_ISENABLER0 = GICR_SGI + 0x100,
	GICR_ICENABLER0 = GICR_SGI + 0x180,
	GICR_IPRIORITYR = GICR_SGI + 0x400,

	Prio = 0xA0,
	Spurious = 1020,
};

static struct {
	int	version;
	uintptr	d;		/* distributor */
	uintptr	c;		/* v2: CPU interface; v3: this CPU's redistributor */
	int	nlines;
} gic;

static u32int
rd(uintptr base, int off)
{
	return *(volatile u32int*)(base + off);
}

static void
wr(uintptr base, int off, u32int v)
{
	*(volatile u32int*)(base + off) = v;
}

#define SYSREG(name, v)	__asm__ volatile("msr " name ", %0" :: "r"((uvlong)(v)))
#define ICC_SRE_EL1	"S3_0_C12_C12_5"
#define ICC_PMR_EL1	"S3_0_C4_C6_0"
#define ICC_IGRPEN1_EL1	"S3_0_C12_C12_7"
#define ICC_IAR1_EL1	"S3_0_C12_C12_0"
#define ICC_EOIR1_EL1	"S3_0_C12_C12_1"
#define ICC_BPR1_EL1	"S3_0_C12_C12_3"

static void
initv3cpu(void)
{
	int i;

	/* wake the redistributor */
	wr(gic.c, GICR_WAKER, rd(gic.c, GICR_WAKER) & ~(1<<1));
	for(i = 0; i < 1000000 && (rd(gic.c, GICR_WAKER) & (1<<2)) != 0; i++)
		;
	wr(gic.c, GICR_ICENABLER0, ~0);
	wr(gic.c, GICR_IGROUPR0, ~0);
	for(i = 0; i < 32; i += 4)
		wr(gic.c, GICR_IPRIORITYR + i, Prio*0x01010101U);
	SYSREG(ICC_SRE_EL1, 1 | 6);	/* system registers, no IRQ/FIQ bypass */
	__asm__ volatile("isb");
	SYSREG(ICC_PMR_EL1, 0xFF);
	SYSREG(ICC_BPR1_EL1, 0);
	SYSREG(ICC_IGRPEN1_EL1, 1);
	__asm__ volatile("isb");
}

int
gicinit(int version, uintptr dist, uintptr cpu)
{
	int i;

	if(version != 2 && version != 3)
		return -1;
	gic.version = version;
	gic.d = dist;
	gic.c = cpu;
	gic.nlines = 32*((rd(dist, GICD_TYPER) & 0x1F) + 1);
	if(gic.nlines > 1020)
		gic.nlines = 1020;
	wr(dist, GICD_CTLR, 0);
	for(i = 32; i < gic.nlines; i += 32){
		wr(dist, GICD_ICENABLER + i/8, ~0);
		if(version == 3)
			wr(dist, GICD_IGROUPR + i/8, ~0);
	}
	for(i = 32; i < gic.nlines; i += 4)
		wr(dist, GICD_IPRIORITYR + i, Prio*0x01010101U);
	if(version == 2){
		for(i = 32; i < gic.nlines; i += 4)
			wr(dist, GICD_ITARGETSR + i, 0x01010101);
		wr(dist, GICD_ICENABLER, ~0);
		for(i = 0; i < 32; i += 4)
			wr(dist, GICD_IPRIORITYR + i, Prio*0x01010101U);
		wr(dist, GICD_CTLR, 3);		/* groups 0 and 1 */
		wr(cpu, GICC_PMR, 0xFF);
		wr(cpu, GICC_CTLR, 3);
	}else{
		for(i = 32; i < gic.nlines; i++)
			*(volatile uvlong*)(dist + GICD_IROUTER + 8*i) = 0;	/* to CPU 0.0.0.0 */
		wr(dist, GICD_CTLR, (1<<4) | (1<<1) | 1);	/* ARE, Group 1 and 0 enabled */
		initv3cpu();
	}
	return 0;
}

void
gicenable(int irq, int edge)
{
	u32int cfg;
	int shift;

	if(irq < 0 || irq >= gic.nlines)
		panic("gicenable: interrupt %d out of range", irq);
	if(irq >= 32){
		shift = 2*(irq%16);
		cfg = rd(gic.d, GICD_ICFGR + irq/16*4);
		cfg = (cfg & ~(2<<shift)) | ((edge ? 2 : 0) << shift);
		wr(gic.d, GICD_ICFGR + irq/16*4, cfg);
		wr(gic.d, GICD_ISENABLER + irq/32*4, 1<<(irq%32));
	}else if(gic.version == 2)
		wr(gic.d, GICD_ISENABLER, 1<<irq);
	else
		wr(gic.c, GICR_ISENABLER0, 1<<irq);
}

int
gicack(void)
{
	uvlong v;
	int irq;

	if(gic.version == 2){
		v = rd(gic.c, GICC_IAR);
		irq = v & 0x3FF;
		if(irq >= Spurious)
			return -1;
		return v;		/* with the source CPU, for the EOI */
	}
	__asm__ volatile("mrs %0, " ICC_IAR1_EL1 : "=r"(v));
	irq = v & 0xFFFFFF;
	if(irq >= Spurious && irq < 8192)
		return -1;
	return irq;
}

void
giceoi(int v)
{
	if(gic.version == 2)
		wr(gic.c, GICC_EOIR, v);
	else{
		SYSREG(ICC_EOIR1_EL1, v);
		__asm__ volatile("isb");
	}
}
