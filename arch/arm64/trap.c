/*
 * Exceptions: interrupts go to the handlers intrenable registered,
 * then the proc may be preempted; any other exception taken in the
 * kernel is a fault: the registers and a backtrace are printed and the
 * kernel panics, unless it is in a Dis program's instructions
 * (xecfault): then it is that Prog's exception, raised with error().
 */
#include "all.h"
#include "arm64.h"
#include "../../drivers/drivers.h"

enum { Nirq = 1020 };

/* vec[irq] is only added to, with interrupts off */
static Vec *vec[Nirq];

void
intrenable(int irq, void (*f)(void*, void*), void *a, char *name)
{
	int s;

	if(irq < 0 || irq >= Nirq)
		panic("intrenable: interrupt %d out of range for %s", irq, name);
	s = splhi();
	intradd(&vec[irq], f, a);
	gicenable(irq, 0);
	splx(s);
}

static void
irq(Ureg *u)
{
	int iar, n;

	while((iar = gicack()) >= 0){
		n = iar & 0x3FF;
		if(!intrrun(vec[n], u))
			iprint("interrupt %d with no handler\n", n);
		giceoi(iar);
	}
	preempted();
}

static char *excname[64] = {
	[0x00] "unknown instruction",
	[0x01] "wfi/wfe trapped",
	[0x07] "FP/SIMD access trapped",
	[0x0E] "illegal execution state",
	[0x15] "svc",
	[0x16] "hvc",
	[0x17] "smc",
	[0x18] "system register access",
	[0x20] "instruction abort from a lower level",
	[0x21] "instruction abort",
	[0x22] "pc alignment fault",
	[0x24] "data abort from a lower level",
	[0x25] "data abort",
	[0x26] "sp alignment fault",
	[0x2C] "floating-point exception",
	[0x2F] "SError",
	[0x30] "breakpoint from a lower level",
	[0x31] "breakpoint",
	[0x32] "software step from a lower level",
	[0x33] "software step",
	[0x34] "watchpoint from a lower level",
	[0x35] "watchpoint",
	[0x3C] "brk instruction",
};

static char *typename[] = { "synchronous", "IRQ", "FIQ", "SError", "unexpected" };

void
dumpregs(Ureg *u)
{
	int i;

	for(i = 0; i < 31; i++)
		iprint("x%-2d 0x%.16llux%s", i, u->r[i], i%4 == 3 ? "\n" : "  ");
	iprint("sp  0x%.16llux\n", u->sp);
	iprint("pc  0x%.16llux  psr 0x%.8llux  esr 0x%.8llux  far 0x%.16llux\n", u->pc, u->psr, u->esr, u->far);
}

/*
 * A fault in a Prog's instructions becomes its exception, as on the
 * host: only from a state error() may leave as it is, with interrupts
 * on at the fault (so not in an interrupt handler or an ilock) and no
 * spin lock held.
 */
static void
progfault(Ureg *u, int ec)
{
	if(u->type != Tsync || (u->psr & (1<<7)) != 0 || up == nil || up->nlocks != 0 || !xecfault())
		return;
	switch(ec){
	case 0x21:
	case 0x25:
		if(((u->esr & 0x3F) & 0x3C) == 0x20)	/* DFSC/IFSC alignment fault */
			progtrap(Pfbus, u->far);
		progtrap(Pfsegv, u->far);
	case 0x00:
		progtrap(Pfillegal, u->pc);
	case 0x2C:
		progtrap(Pffp, u->pc);
	}
}

static void
fault(Ureg *u)
{
	char *what;
	int ec;

	ec = (u->esr >> 26) & 0x3F;
	progfault(u, ec);
	what = excname[ec];
	if(what == nil)
		what = "exception";
	if(u->type > Tbad)
		u->type = Tbad;
	iprint("\nkernel fault: %s exception, %s (class %#ux)\n", typename[u->type], what, ec);
	dumpregs(u);
	panic("%s at pc %#p, address %#p", what, (void*)u->pc, (void*)u->far);
}

void
trap(Ureg *u)
{
	switch(u->type){
	case Tirq:
		irq(u);
		break;
	default:
		fault(u);
	}
}

/* Is fp a frame record in RAM? (port/cpu.c's dumpstack) */
int
goodframe(uintptr fp)
{
	return fp >= board.rambase && fp < board.rambase + board.ramsize - 16 && (fp & 7) == 0;
}
