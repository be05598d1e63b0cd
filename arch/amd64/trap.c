/*
 * Traps: the IDT and the TSS (whose stack takes double faults and
 * NMIs, so that a kernel stack overflow is reported, not a reset);
 * interrupts go to the handlers intrenable registered, then the proc
 * may be preempted; any other trap is a fault: the registers and a
 * backtrace are printed and the kernel panics, unless it is in a Dis
 * program's instructions (xecfault): then it is that Prog's
 * exception, raised with error().
 */
#include "all.h"
#include "amd64.h"

enum {
	Nvec = 256,
	Istack = 8192,
	Intrgate = 0x8E,	/* present, ring 0, 64-bit interrupt gate: IF cleared on entry */
	Tssavail = 0x89,

	Vde = 0,		/* divide error */
	Vnmi = 2,
	Vud = 6,		/* invalid opcode */
	Vdf = 8,		/* double fault */
	Vss = 12,
	Vgp = 13,
	Vpf = 14,
	Vmf = 16,		/* x87 */
	Vac = 17,		/* alignment check */
	Vxm = 19,		/* SIMD floating point */
};

/* vec[v] is only added to, with interrupts off */
static Vec *vec[Nvec];
static u64int idt[2*Nvec] __attribute__((aligned(16)));
static u32int tss[26] __attribute__((aligned(16)));
static uchar istack[Istack] __attribute__((aligned(16)));

static char *excname[32] = {
	[0] "divide error",
	[1] "debug",
	[2] "NMI",
	[3] "breakpoint",
	[4] "overflow",
	[5] "bound range exceeded",
	[6] "invalid opcode",
	[7] "device not available",
	[8] "double fault",
	[9] "coprocessor segment overrun",
	[10] "invalid TSS",
	[11] "segment not present",
	[12] "stack fault",
	[13] "general protection",
	[14] "page fault",
	[16] "x87 floating-point",
	[17] "alignment check",
	[18] "machine check",
	[19] "SIMD floating-point",
	[20] "virtualization",
	[21] "control protection",
};

static void
setgate(int v, uintptr f, int ist)
{
	idt[2*v] = (f & 0xFFFF) | (u64int)KCSEL<<16 | (u64int)ist<<32 | (u64int)Intrgate<<40 | (u64int)((f>>16) & 0xFFFF)<<48;
	idt[2*v+1] = f >> 32;
}

void
trapinit(void)
{
	struct { u16int limit; u64int base; } __attribute__((packed)) idtr, gdtr;
	uintptr t, top;
	int v;

	for(v = 0; v < Nvec; v++)
		setgate(v, (uintptr)vectors + 16*v, v == Vdf || v == Vnmi ? 1 : 0);
	/* the TSS: IST1 for double faults and NMIs; no I/O bitmap */
	top = (uintptr)istack + Istack;
	tss[9] = top;			/* IST1 at offset 36 */
	tss[10] = (u64int)top >> 32;
	tss[25] = sizeof tss << 16;	/* the I/O map base past the end */
	t = (uintptr)tss;
	gdt[TSSSEL/8] = (sizeof tss - 1) | (u64int)(t & 0xFFFFFF)<<16 | (u64int)Tssavail<<40 | (u64int)((t>>24) & 0xFF)<<56;
	gdt[TSSSEL/8+1] = t >> 32;
	gdtr.limit = 5*8 - 1;
	gdtr.base = (uintptr)gdt;
	idtr.limit = sizeof idt - 1;
	idtr.base = (uintptr)idt;
	__asm__ volatile("lgdt %0" :: "m"(gdtr));
	gdtload();
	__asm__ volatile("ltr %w0" :: "r"(TSSSEL));
	__asm__ volatile("lidt %0" :: "m"(idtr));
}

/*
 * irq n arrives at vector Vecirq+n: n below the I/O APIC's lines is an
 * ISA irq or a global interrupt, edge-triggered for ISA unless the MADT
 * says otherwise; Irqtimer is the local APIC's timer.
 */
void
intrenable(int irq, void (*f)(void*, void*), void *a, char *name)
{
	int s, n;

	n = Vecirq + irq;
	if(irq < 0 || n >= Vecpic)
		panic("intrenable: interrupt %d out of range for %s", irq, name);
	s = splhi();
	intradd(&vec[n], f, a);
	if(irq != Irqtimer)
		apicenable(irq, n);
	splx(s);
}

/* A vector of its own for a handler, not routed through the I/O APIC (an MSI-X message's): the vector, or -1 if none is left. */
int
intrvec(void (*f)(void*, void*), void *a, char *name)
{
	static int next = Vecmsi;
	int s, n;

	USED(name);
	s = splhi();
	if(next >= Vecpic){
		splx(s);
		return -1;
	}
	n = next++;
	intradd(&vec[n], f, a);
	splx(s);
	return n;
}

static void
intr(Ureg *u)
{
	int n;

	n = u->type;
	if(n == Vecspurious || n >= Vecpic)
		return;		/* no EOI for these */
	if(!intrrun(vec[n], u))
		iprint("interrupt %d (vector %#ux) with no handler\n", n - Vecirq, n);
	apiceoi();
	preempted();
}

static uintptr
cr2(void)
{
	uintptr v;

	__asm__ volatile("movq %%cr2, %0" : "=r"(v));
	return v;
}

void
dumpregs(Ureg *u)
{
	iprint("rax 0x%.16llux  rbx 0x%.16llux  rcx 0x%.16llux  rdx 0x%.16llux\n", u->ax, u->bx, u->cx, u->dx);
	iprint("rsi 0x%.16llux  rdi 0x%.16llux  rbp 0x%.16llux  rsp 0x%.16llux\n", u->si, u->di, u->bp, u->sp);
	iprint("r8  0x%.16llux  r9  0x%.16llux  r10 0x%.16llux  r11 0x%.16llux\n", u->r8, u->r9, u->r10, u->r11);
	iprint("r12 0x%.16llux  r13 0x%.16llux  r14 0x%.16llux  r15 0x%.16llux\n", u->r12, u->r13, u->r14, u->r15);
	iprint("rip 0x%.16llux  rflags 0x%.8llux  cs %#llux  ss %#llux  error %#llux  cr2 0x%.16llux\n",
		u->pc, u->flags, u->cs, u->ss, u->err, (uvlong)cr2());
}

/*
 * A fault in a Prog's instructions becomes its exception, as on the
 * host: only from a state error() may leave as it is, with interrupts
 * on at the fault (so not in an interrupt handler or an ilock) and no
 * spin lock held.
 */
static void
progfault(Ureg *u)
{
	if((u->flags & Flagif) == 0 || up == nil || up->nlocks != 0 || !xecfault())
		return;
	switch(u->type){
	case Vpf:
		progtrap(Pfsegv, cr2());
	case Vgp:
	case Vss:
		progtrap(Pfsegv, 0);	/* a non-canonical address: the CPU gives none */
	case Vac:
		progtrap(Pfbus, cr2());
	case Vud:
		progtrap(Pfillegal, u->pc);
	case Vde:
		progtrap(Pfdivzero, u->pc);
	case Vmf:
	case Vxm:
		progtrap(Pffp, u->pc);
	}
}

static void
fault(Ureg *u)
{
	char *what;

	progfault(u);
	what = excname[u->type & 31];
	if(what == nil)
		what = "reserved exception";
	iprint("\nkernel fault: %s (vector %llud)\n", what, u->type);
	dumpregs(u);
	panic("%s at pc %#p, address %#p", what, (void*)u->pc, (void*)(u->type == Vpf ? cr2() : 0));
}

void
trap(Ureg *u)
{
	if(u->type < 32)
		fault(u);
	else
		intr(u);
}

/* Is fp a frame record in RAM? (port/cpu.c's dumpstack) */
int
goodframe(uintptr fp)
{
	int i;

	if((fp & 7) != 0)
		return 0;
	if(fp >= KTZERO && fp + 16 <= mmuend())
		return 1;
	for(i = 0; i < conf.nmem; i++)
		if(fp >= conf.mem[i].base && fp + 16 <= conf.mem[i].base + conf.mem[i].size)
			return 1;
	return 0;
}
