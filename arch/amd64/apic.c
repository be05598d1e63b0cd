/*
 * Interrupt controllers: the local APIC (its timer is the clock, see
 * clock.c) and the first I/O APIC, which takes the ISA interrupts as
 * the MADT maps them (acpi.c). The 8259s are moved out of the way of
 * the CPU's exceptions and masked. One CPU, one priority: the kernel
 * takes one interrupt at a time.
 */
#include "all.h"
#include "amd64.h"

enum {
	/* local APIC registers */
	Lid = 0x020,
	Ltpr = 0x080,
	Leoi = 0x0B0,
	Lsvr = 0x0F0,
		Lenable = 1<<8,
	Lesr = 0x280,
	Ltimer = 0x320,
		Lperiodic = 1<<17,
	Llint0 = 0x350,
	Llint1 = 0x360,
	Lerror = 0x370,
		Lmasked = 1<<16,
		Lnmi = 4<<8,
	Linitial = 0x380,
	Lcurrent = 0x390,
	Ldivide = 0x3E0,
		Ldiv16 = 3,

	/* I/O APIC: an index register and a window */
	Iosel = 0x00,
	Iowin = 0x10,
	Ioapicver = 1,
	Ioredtbl = 0x10,
		Iolow = 1<<13,		/* active low */
		Iolevel = 1<<15,
		Iomasked = 1<<16,

	Msrapicbase = 0x1B,
		Apicglobal = 1<<11,

	/* 8259s */
	Pic1 = 0x20,
	Pic2 = 0xA0,
};

static int nlines;		/* the I/O APIC's */

u64int
rdmsr(u32int r)
{
	u32int lo, hi;

	__asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(r));
	return lo | (u64int)hi<<32;
}

void
wrmsr(u32int r, u64int v)
{
	__asm__ volatile("wrmsr" :: "c"(r), "a"((u32int)v), "d"((u32int)(v>>32)));
}

static u32int
lrd(int r)
{
	return *(volatile u32int*)(board.lapic + r);
}

static void
lwr(int r, u32int v)
{
	*(volatile u32int*)(board.lapic + r) = v;
}

static u32int
iord(int r)
{
	*(volatile u32int*)(board.ioapic + Iosel) = r;
	return *(volatile u32int*)(board.ioapic + Iowin);
}

static void
iowr(int r, u32int v)
{
	*(volatile u32int*)(board.ioapic + Iosel) = r;
	*(volatile u32int*)(board.ioapic + Iowin) = v;
}

/* Initialise the 8259s with their vectors at Vecpic (so that a spurious one is not an exception) and mask every line. */
static void
picoff(void)
{
	outb(Pic1, 0x11);
	outb(Pic2, 0x11);
	outb(Pic1+1, Vecpic);
	outb(Pic2+1, Vecpic+8);
	outb(Pic1+1, 4);
	outb(Pic2+1, 2);
	outb(Pic1+1, 1);
	outb(Pic2+1, 1);
	outb(Pic1+1, 0xFF);
	outb(Pic2+1, 0xFF);
}

void
apicinit(void)
{
	int i;

	picoff();
	wrmsr(Msrapicbase, (rdmsr(Msrapicbase) & 0xFFF) | Apicglobal | board.lapic);
	lwr(Lsvr, Lenable | Vecspurious);
	lwr(Ltimer, Lmasked);
	lwr(Llint0, Lmasked);
	lwr(Llint1, Lnmi);
	lwr(Lerror, Lmasked);
	lwr(Lesr, 0);
	lwr(Ltpr, 0);
	lwr(Leoi, 0);
	nlines = ((iord(Ioapicver) >> 16) & 0xFF) + 1;
	for(i = 0; i < nlines; i++){
		iowr(Ioredtbl + 2*i, Iomasked);
		iowr(Ioredtbl + 2*i + 1, 0);
	}
}

int
apicid(void)
{
	return lrd(Lid) >> 24;
}

void
apiceoi(void)
{
	lwr(Leoi, 0);
}

/* Route irq (an ISA irq, through the MADT's overrides, or a global interrupt) to vector v on this CPU. */
void
apicenable(int irq, int v)
{
	u32int lo, pol, trig;
	int gsi, fl;

	gsi = irq;
	lo = v;
	if(irq < 16){
		gsi = board.isagsi[irq];
		fl = board.isaflags[irq];
		pol = fl & 3;
		trig = (fl >> 2) & 3;
		if(pol == 3)
			lo |= Iolow;
		if(trig == 3)
			lo |= Iolevel;
	}else
		lo |= Iolow | Iolevel;		/* PCI's */
	if(gsi >= nlines)
		panic("apicenable: irq %d is global interrupt %d; the I/O APIC has %d", irq, gsi, nlines);
	iowr(Ioredtbl + 2*gsi + 1, (lrd(Lid) >> 24) << 24);
	iowr(Ioredtbl + 2*gsi, lo);
}

/* The timer: count down from count, divided by 16, once or periodically, at vector Vecirq+Irqtimer. */
void
apictimer(u32int count, int periodic)
{
	lwr(Ldivide, Ldiv16);
	lwr(Ltimer, (Vecirq + Irqtimer) | (periodic ? Lperiodic : Lmasked));
	lwr(Linitial, count);
}

u32int
apictimercount(void)
{
	return lrd(Lcurrent);
}
