/*
 * The CPU: interrupt levels (RFLAGS.IF), idling with hlt, and
 * leaving: ACPI soft-off (QEMU exits 0), QEMU's isa-debug-exit for a
 * failure status, a reset through the keyboard controller. Switching
 * kernel procs and the console's output are port/cpu.c's, with the
 * Labels of l.S.
 */
#include "all.h"
#include "amd64.h"

enum {
	Debugexit = 0xF4,	/* -device isa-debug-exit,iobase=0xf4,iosize=0x04 */
	Slpen = 1<<13,
	Kbdstatus = 0x64,
	Kbdreset = 0xFE,
};

static u64int
flags(void)
{
	u64int f;

	__asm__ volatile("pushfq; popq %0" : "=r"(f));
	return f;
}

int
splhi(void)
{
	u64int f;

	f = flags();
	__asm__ volatile("cli" ::: "memory");
	return (f & Flagif) == 0;
}

int
spllo(void)
{
	u64int f;

	f = flags();
	__asm__ volatile("sti" ::: "memory");
	return (f & Flagif) == 0;
}

void
splx(int s)
{
	if(s)
		__asm__ volatile("cli" ::: "memory");
	else
		__asm__ volatile("sti" ::: "memory");
}

int
islo(void)
{
	return (flags() & Flagif) != 0;
}

/* Wait for an interrupt and take it; the caller has the level high. sti's shadow keeps the wakeup from coming before the hlt. */
void
idlehands(void)
{
	__asm__ volatile("sti; hlt; cli" ::: "memory");
}

/* x86 keeps instruction fetch coherent with stores. */
void
segflush(void *a, ulong n)
{
	USED(a, n);
}

static void
stop(void)
{
	for(;;)
		__asm__ volatile("cli; hlt");
}

/*
 * Status 0: ACPI soft-off (S5), with the port and sleep type from the
 * FADT and DSDT, or QEMU's. Any other status s goes first to QEMU's
 * isa-debug-exit as s-1, which QEMU exits with as 2(s-1)+1: 1 stays 1,
 * and a wrapper gets s back as (status+1)/2. Without the device the
 * write does nothing and the machine powers off.
 */
void
archpoweroff(int status)
{
	splhi();
	if(status != 0)
		outb(Debugexit, status - 1);
	outs(board.pm1acnt, board.slptyp<<10 | Slpen);
	if(board.pm1bcnt != 0)
		outs(board.pm1bcnt, board.slptyp<<10 | Slpen);
	stop();
	for(;;);
}

/* The keyboard controller's reset line; if that does nothing, a triple fault. */
void
archreboot(void)
{
	struct { u16int limit; u64int base; } __attribute__((packed)) none = { 0, 0 };
	int i;

	splhi();
	for(i = 0; i < 100000 && (inb(Kbdstatus) & 2); i++)
		;
	outb(Kbdstatus, Kbdreset);
	for(i = 0; i < 1000000; i++)
		inb(0x80);
	__asm__ volatile("lidt %0; int3" :: "m"(none));
	stop();
	for(;;);
}


