/*
 * The CPU: interrupt levels (PRIMASK), idling with wfi, and leaving:
 * a magic word in WATCHDOG SCRATCH7 that scripts/pico-run watches
 * (the emulator exits with the status; on a real Pico the write is
 * harmless), then a halt or a watchdog reboot. Switching kernel procs
 * (with the stack guard of arch.h) and the console's output (polled
 * UART0) are port/cpu.c's, with the Labels of l.S.
 */
#include "all.h"
#include "rp2040.h"

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

/* The most any dead proc's kernel stack used (kstackdone in arch.h). */
ulong	maxstackused;

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
