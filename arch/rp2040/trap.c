/*
 * Exceptions: interrupts go through the NVIC to the handlers
 * intrenable registered, and every one ends by pending PendSV, the
 * preemption point (l.S). A HardFault in kernel code prints the
 * registers and panics; one in a Dis program's instructions
 * (xecfault) becomes that Prog's exception: the stacked pc is turned
 * to progfaultentry, which raises it with error() in thread mode.
 */
#include "all.h"
#include "rp2040.h"

enum {
	Irqpri = 0x80,		/* every interrupt: above PendSV, so PendSV runs last */
	Pendsvpri = 0xC0,
};

/* vec[irq] is only added to, with interrupts off */
static Vec *vec[Nirq];
static char faultmsg[ERRMAX];	/* one fault is taken at a time */

/* Exception priorities: every interrupt above PendSV. */
void
trapinit(void)
{
	int i;

	for(i = 0; i < Nirq/4; i++)
		REG(Ipr + 4*i) = Irqpri * 0x01010101u;
	REG(Shpr3) = (Pendsvpri << 16) | ((u32int)Pendsvpri << 24);
}

void
intrenable(int irq, void (*f)(void*, void*), void *a, char *name)
{
	int s;

	if(irq < 0 || irq >= Nirq)
		panic("intrenable: interrupt %d out of range for %s", irq, name);
	s = splhi();
	intradd(&vec[irq], f, a);
	REG(Icpr) = 1u << irq;
	REG(Iser) = 1u << irq;
	splx(s);
}

/* Every interrupt's vector. */
void
irqhandler(void)
{
	int irq;

	irq = ipsr() - 16;
	if(!intrrun(vec[irq], nil)){
		REG(Icer) = 1u << irq;
		iprint("interrupt %d with no handler: disabled\n", irq);
	}
	REG(Icsr) = Pendsvset;
}

static void
dumpregs(Ureg *u)
{
	iprint("r0  %#.8ux r1  %#.8ux r2  %#.8ux r3  %#.8ux\n", u->r0, u->r1, u->r2, u->r3);
	iprint("r4  %#.8ux r5  %#.8ux r6  %#.8ux r7  %#.8ux\n", u->r4, u->r5, u->r6, u->r7);
	iprint("r8  %#.8ux r9  %#.8ux r10 %#.8ux r11 %#.8ux\n", u->r8, u->r9, u->r10, u->r11);
	iprint("r12 %#.8ux sp  %#.8ux lr  %#.8ux pc  %#.8ux\n", u->r12,
		(u32int)((uintptr)u + sizeof(Ureg) + ((u->xpsr & (1<<9)) ? 4 : 0)), u->lr, u->pc);
	iprint("xpsr %#.8ux exc_return %#.8ux primask %ud\n", u->xpsr, u->excret, primask());
}

/* The HardFault handler's C half (l.S built u on the stack). */
void
fault(Ureg *u)
{
	if((u->xpsr & 0x3F) == 0 && primask() == 0 && up != nil && up->nlocks == 0 && xecfault()){
		snprint(faultmsg, sizeof faultmsg, "sys: fault pc=%#p", (void*)(uintptr)u->pc);
		u->r0 = (u32int)(uintptr)faultmsg;
		u->pc = (u32int)(uintptr)progfaultentry & ~1u;
		u->xpsr = (u->xpsr & (1<<9)) | (1<<24);	/* thread mode, Thumb, the stack's alignment kept */
		return;
	}
	iprint("\nkernel fault: hard fault in %s\n", (u->xpsr & 0x3F) ? "an exception handler" : "thread mode");
	dumpregs(u);
	panic("hard fault at pc %#p", (void*)(uintptr)u->pc);
}

/* Where a faulting Prog resumes, in thread mode on its proc's stack. */
void
progfaultentry(char *msg)
{
	spllo();
	error(msg);
}

void
nmihandler(void)
{
	panic("NMI");
}

void
badexception(void)
{
	panic("unexpected exception %ud", ipsr());
}
