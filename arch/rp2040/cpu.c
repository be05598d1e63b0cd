/*
 * The CPU: interrupt levels (PRIMASK), switching kernel procs by
 * Labels on their own stacks, idling with wfi, the console's output
 * (polled UART0), and leaving: a magic word in WATCHDOG SCRATCH7 that
 * scripts/pico-run watches (the emulator exits with the status; on a
 * real Pico the write is harmless), then a halt or a watchdog reboot.
 */
#include "all.h"
#include "rp2040.h"
#include "../../drivers/drivers.h"

static u32int
primask(void)
{
	u32int v;

	__asm__ volatile("mrs %0, primask" : "=r"(v));
	return v & 1;
}

static u32int
ipsr(void)
{
	u32int v;

	__asm__ volatile("mrs %0, ipsr" : "=r"(v));
	return v & 0x3F;
}

int
splhi(void)
{
	u32int v;

	v = primask();
	__asm__ volatile("cpsid i" ::: "memory");
	return v;
}

int
spllo(void)
{
	u32int v;

	v = primask();
	__asm__ volatile("cpsie i" ::: "memory");
	return v;
}

void
splx(int s)
{
	if(s)
		__asm__ volatile("cpsid i" ::: "memory");
	else
		__asm__ volatile("cpsie i" ::: "memory");
}

/* Interrupts on, and not in an interrupt handler. */
int
islo(void)
{
	return primask() == 0 && ipsr() == 0;
}

/* Wait for an interrupt and take it; the caller has the level high. */
void
idlehands(void)
{
	__asm__ volatile("dsb\nwfi\ncpsie i\nisb\ncpsid i" ::: "memory");
}

enum {
	Stackfill = 0x5A,	/* a new kernel stack's bytes, for the high-water mark */
};

void
kprocchild(Proc *p, void (*fn)(void*), void *arg)
{
	p->arch.stack = xalloc(KSTACK);
	if(p->arch.stack == nil)
		panic("kprocchild: no memory for a kernel stack");
	memset(p->arch.stack, Stackfill, KSTACK);
	memset(&p->arch.sched, 0, sizeof p->arch.sched);
	p->arch.sched.sp = (uintptr)p->arch.stack + KSTACK;
	p->arch.sched.pc = (uintptr)kprocentry;
	p->arch.sched.r[0] = (uintptr)fn;
	p->arch.sched.r[1] = (uintptr)arg;
}

/* Bytes of p's kernel stack ever used (its fill pattern overwritten). */
ulong
stackused(Proc *p)
{
	uchar *s;
	ulong n;

	s = p->arch.stack;
	if(s == nil)
		return 0;
	for(n = 0; n < KSTACK && s[n] == Stackfill; n++)
		;
	return KSTACK - n;
}

/*
 * Save from (nil for the boot stack, never resumed) and resume to.
 * The stacks are small here: a proc that has written into the last
 * 16 bytes of its stack has probably overrun it, so stop at once
 * with its name rather than run on with memory below it trampled.
 */
void
procswitch(Proc *from, Proc *to)
{
	u32int *low;
	int i;

	if(from != nil && from->arch.stack != nil){
		low = (u32int*)from->arch.stack;
		for(i = 0; i < 4; i++)
			if(low[i] != Stackfill*0x01010101U)
				panic("kernel stack overflow: proc %lud %s", from->pid, from->text);
	}
	if(from == nil || setlabel(&from->arch.sched) == 0)
		gotolabel(&to->arch.sched);
}

ulong	maxstackused;

/* p ran its last instruction before the switch away from it: its stack is free. */
void
procfree(Proc *p)
{
	ulong n;

	n = stackused(p);
	if(n > maxstackused)
		maxstackused = n;
	if(p->arch.stack != nil)
		xfree(p->arch.stack);
	p->arch.stack = nil;
}

void
procsave(Proc *p)
{
	USED(p);
}

void
procrestore(Proc *p)
{
	USED(p);
}

/* No caches to keep coherent for data written as code (there is no JIT). */
void
segflush(void *a, ulong n)
{
	USED(a, n);
}

static void
stop(void)
{
	splhi();
	for(;;)
		__asm__ volatile("wfi");
}

void
archpoweroff(int status)
{
	REG(Watchdog+WdScratch7) = Exitmagic | (status & 0xFF);
	stop();
	for(;;);
}

/* The runner restarts on the magic; a real Pico resets through the watchdog. */
void
archreboot(void)
{
	splhi();
	REG(Watchdog+WdScratch7) = Rebootmagic;
	REG(Watchdog+WdCtrl) = 1u<<31;	/* TRIGGER */
	stop();
	for(;;);
}

/* The kernel echoes what is typed: a serial line does not. */
int
consecho(void)
{
	return 1;
}

/* The console's output, polled; LF goes out as CR LF for terminals. */
void
uartputs(char *s, int n)
{
	int x;

	x = splhi();
	while(n-- > 0){
		if(*s == '\n')
			pl011putc('\r');
		pl011putc(*s++);
	}
	splx(x);
}

/* No real-time clock is wired up: the time of day starts at the epoch. */
vlong
archtod(void)
{
	return 0;
}

/* The return addresses found on the stack (no frame pointers in Thumb code), for addr2line. */
void
dumpstack(void)
{
	uintptr *sp, *top, v;
	int n;

	iprint("stack words that look like return addresses:");
	sp = __builtin_frame_address(0);
	top = up != nil && up->arch.stack != nil ? (uintptr*)(up->arch.stack + KSTACK) : (uintptr*)_estack;
	if(sp < (uintptr*)Srambase || sp >= top)
		top = sp + 64;
	for(n = 0; sp < top && n < 16; sp++){
		v = *sp;
		if((v & 1) && v >= Flashbase + 0x100 && v < (uintptr)_etext){
			iprint(" %#p", (void*)(v & ~1));
			n++;
		}
	}
	iprint("\n");
}

/*
 * The ARMv6-M has no exclusive loads and stores: gcc calls out for
 * atomic read-modify-write. One core, so masking interrupts is enough.
 */
uint
__atomic_exchange_4(volatile void *p, uint v, int model)
{
	uint old;
	int s;

	USED(model);
	s = splhi();
	old = *(volatile uint*)p;
	*(volatile uint*)p = v;
	splx(s);
	return old;
}
