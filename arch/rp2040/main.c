/*
 * Booting the rp2040 kernel: the clocks (crystal and PLL to 125 MHz),
 * the UART console, the SRAM between the kernel's .bss and the boot
 * stack as the one bank for xalloc, then the portable kmain. The first
 * program is /dis/init.dis if the root has it, else the default of
 * runfirst, or the command line in the last 4 KiB sector of flash:
 * "EMBA", its length and its bytes (scripts/pico-run writes it; on a
 * real Pico the sector is erased, all ones, unless written there).
 */
#include "all.h"
#include "rp2040.h"
#include "../../drivers/drivers.h"

enum {
	Argsector = Flashbase + 2*1024*1024 - 4096,
	Argmagic = 0x41424D45,	/* "EMBA" */
	Maxargs = 32,
};

static char *args[Maxargs+1];
static char argbuf[256];

/* The command line from flash, split into args. */
static void
parseargs(void)
{
	u32int *w;
	ulong n;

	w = (u32int*)Argsector;
	args[0] = nil;
	if(w[0] != Argmagic)
		return;
	n = w[1];
	if(n >= sizeof argbuf){
		print("ember: command line in flash too long (%lud bytes): ignored\n", n);
		return;
	}
	memmove(argbuf, &w[2], n);
	argbuf[n] = 0;
	n = tokenize(argbuf, args, Maxargs);
	args[n] = nil;
}

static int
picofirst(void *a)
{
	USED(a);
	return runfirst(args);
}

/* Peripherals the kernel uses, out of reset (the bootrom leaves most in reset). */
static void
unreset(u32int bits)
{
	REG(Resets+Aclr+Reset) = bits;
	while((REG(Resets+Resetdone) & bits) != bits)
		;
}

static void
meminit(void)
{
	uintptr base, top;

	base = ROUNDUP((uintptr)_end, 16);
	top = (uintptr)_stack;
	conf.mem[0].base = base;
	conf.mem[0].size = top - base;
	conf.nmem = 1;
	conf.npage = (top - base) / BY2PG;
	conf.ialloc = top - base;
	conf.nmach = 1;
	conf.ramtotal = Sramsize;
	conf.dstackmin = 1024;	/* Dis stack segments: 1K, not 4K, and more of them when deep */
	conf.iomax = 1024;	/* a Dis read's kernel buffer: at most 1K */
	poolshare(1, 0);	/* the heap's blocks in main's arenas: one set of arenas, one peak */
}

void
archmain(void)
{
	REG(Vtor) = (uintptr)vectors;
	trapinit();
	clocksetup();
	unreset(RSiobank0 | RSpadsbank0 | RStimer | RSuart0);
	rp2040uartinit(Uart0, Cpuhz);
	meminit();
	parseargs();
	print("\nEmber rp2040: Cortex-M0+ at %d MHz, %ludK SRAM (%ludK free), kernel %ludK in flash\n",
		Cpuhz/1000000, (ulong)Sramsize/1024, (ulong)conf.mem[0].size/1024,
		(ulong)((uintptr)_eflash - Flashbase)/1024);
	kmain(picofirst, nil);
}

void
archinit(void)
{
	/* one small RAM: the pools (main and heap share arenas) may take most of it */
	poolsetmax(0, conf.ialloc*7/8);
	clockinit();
	pl011intr(Irquart0);
}
