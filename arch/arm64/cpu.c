/*
 * The CPU: interrupt levels (DAIF.I), idling with wfi, and leaving:
 * PSCI, or semihosting SYS_EXIT when QEMU runs with -semihosting and
 * the command line says so (without the flag the hlt would trap).
 * Switching kernel procs and the console's output are port/cpu.c's,
 * with the Labels of l.S.
 */
#include "all.h"
#include "arm64.h"

enum {
	DaifI = 1<<7,
	PsciOff = 0x84000008,
	PsciReset = 0x84000009,
	SysExit = 0x18,
	AppExit = 0x20026,	/* ADP_Stopped_ApplicationExit */
};

static uvlong
daif(void)
{
	uvlong v;

	__asm__ volatile("mrs %0, daif" : "=r"(v));
	return v;
}

int
splhi(void)
{
	uvlong v;

	v = daif();
	__asm__ volatile("msr daifset, #2" ::: "memory");
	return (v & DaifI) != 0;
}

int
spllo(void)
{
	uvlong v;

	v = daif();
	__asm__ volatile("msr daifclr, #2" ::: "memory");
	return (v & DaifI) != 0;
}

void
splx(int s)
{
	if(s)
		__asm__ volatile("msr daifset, #2" ::: "memory");
	else
		__asm__ volatile("msr daifclr, #2" ::: "memory");
}

int
islo(void)
{
	return (daif() & DaifI) == 0;
}

/* Wait for an interrupt and take it; the caller has the level high. */
void
idlehands(void)
{
	__asm__ volatile("dsb sy\nwfi\nmsr daifclr, #2\nisb\nmsr daifset, #2" ::: "memory");
}

void
segflush(void *a, ulong n)
{
	__builtin___clear_cache((char*)a, (char*)a + n);
}

static void
psci(u32int fn)
{
	register uvlong x0 __asm__("x0") = fn;

	if(board.psci == Psmc)
		__asm__ volatile("smc #0" : "+r"(x0) :: "memory");
	else if(board.psci == Phvc)
		__asm__ volatile("hvc #0" : "+r"(x0) :: "memory");
}

void
semihostexit(int code)
{
	uvlong blk[2];
	register uvlong x0 __asm__("x0") = SysExit;
	register uvlong *x1 __asm__("x1") = blk;

	blk[0] = AppExit;
	blk[1] = code;
	__asm__ volatile("hlt #0xf000" : "+r"(x0) : "r"(x1) : "memory");
}

static void
stop(void)
{
	splhi();
	for(;;)
		__asm__ volatile("wfi");
}

/* A semihosting call that traps (QEMU without -semihosting) panics, which comes back here: try it once. */
void
archpoweroff(int status)
{
	static int tried;

	if(board.semihosting && tried++ == 0)
		semihostexit(status);
	psci(PsciOff);
	stop();
	for(;;);
}

void
archreboot(void)
{
	psci(PsciReset);
	stop();
	for(;;);
}


