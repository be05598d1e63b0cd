/*
 * Booting the arm64 virt kernel: the MMU, what the device tree says
 * about RAM and devices, the console, the RAM bank for xalloc, the
 * interrupt controller, then the portable kmain. The first program
 * is the kernel command line (/chosen/bootargs, QEMU's -append) less
 * the kernel's own options, or the default of runfirst.
 */
#include "all.h"
#include "fdt.h"
#include "arm64.h"
#include "../../drivers/drivers.h"

enum {
	Qemudtb = 0x40000000,	/* where QEMU puts the DTB for an ELF kernel linked above it */
	Maxargs = 32,
};

Board board = {
	/* QEMU virt's, for a boot without a device tree */
	.rambase = 0x40000000,
	.ramsize = 128*1024*1024,
	.uart = 0x09000000,
	.uartirq = 33,
	.gicversion = 2,
	.gicd = 0x08000000,
	.gicc = 0x08010000,
	.timerirq = 30,
	.rtc = 0x09010000,
	.psci = Phvc,
};

extern char end[];
static char *args[Maxargs+1];

/* Interrupt i of node as a GIC INTID (three cells: SPI/PPI, number, flags); -1 if absent. */
static int
introf(Fdt *f, int node, int i)
{
	uchar *p;
	int len, n;

	p = fdtprop(f, node, "interrupts", &len);
	if(p == nil || (i+1)*12 > len)
		return -1;
	p += 12*i;
	n = fdtbe32(p+4);
	return fdtbe32(p) == 1 ? 16+n : 32+n;
}

static uintptr
regof(Fdt *f, int node, int i)
{
	uvlong a, s;

	if(fdtreg(f, node, i, &a, &s) < 0)
		return 0;
	return a;
}

static void
scan(Fdt *f)
{
	int n, len;
	uvlong a, s;
	char *p;

	n = fdtpath(f, "/memory");
	if(n >= 0 && fdtreg(f, n, 0, &a, &s) == 0 && s > 0){
		board.rambase = a;
		board.ramsize = s;
	}
	n = fdtfind(f, -1, "arm,pl011");
	if(n >= 0 && regof(f, n, 0) != 0){
		board.uart = regof(f, n, 0);
		if(introf(f, n, 0) >= 0)
			board.uartirq = introf(f, n, 0);
	}
	n = fdtfind(f, -1, "arm,gic-v3");
	if(n >= 0){
		board.gicversion = 3;
		board.gicd = regof(f, n, 0);
		board.gicc = regof(f, n, 1);
	}else if((n = fdtfind(f, -1, "arm,cortex-a15-gic")) >= 0 || (n = fdtfind(f, -1, "arm,gic-400")) >= 0){
		board.gicversion = 2;
		board.gicd = regof(f, n, 0);
		board.gicc = regof(f, n, 1);
	}
	n = fdtfind(f, -1, "arm,armv8-timer");
	if(n >= 0 && introf(f, n, 1) >= 0)
		board.timerirq = introf(f, n, 1);
	n = fdtfind(f, -1, "arm,pl031");
	board.rtc = n >= 0 ? regof(f, n, 0) : 0;
	for(n = fdtfind(f, -1, "virtio,mmio"); n >= 0; n = fdtfind(f, n, "virtio,mmio"))
		virtiommio(regof(f, n, 0), introf(f, n, 0));
	n = fdtpath(f, "/psci");
	if(n >= 0 && (p = fdtprop(f, n, "method", &len)) != nil && len > 0){
		if(strncmp(p, "smc", len) == 0)
			board.psci = Psmc;
		else if(strncmp(p, "hvc", len) == 0)
			board.psci = Phvc;
	}else
		board.psci = Pnone;
	n = fdtpath(f, "/chosen");
	if(n >= 0 && (p = fdtprop(f, n, "bootargs", &len)) != nil && len > 0){
		if(len > (int)sizeof board.bootargs)
			len = sizeof board.bootargs;
		memmove(board.bootargs, p, len);
		board.bootargs[len-1] = 0;
	}
}

/* Split the command line: the kernel's options out, the first program's argv left in args. */
static void
parseargs(void)
{
	static char buf[sizeof board.bootargs];
	char *f[Maxargs];
	int i, n, na;

	strecpy(buf, buf+sizeof buf, board.bootargs);
	n = tokenize(buf, f, Maxargs);
	na = 0;
	for(i = 0; i < n; i++){
		if(strcmp(f[i], "semihosting") == 0)
			board.semihosting = 1;
		else
			args[na++] = f[i];
	}
	args[na] = nil;
}

/* RAM from the end of the kernel to the top of the first bank, below 4 GiB (Dis words are 32 bits). */
static void
meminit(void)
{
	uvlong base, top;

	base = ROUNDUP((uintptr)end, BY2PG);
	top = board.rambase + board.ramsize;
	if(top > 0x100000000ULL)
		top = 0x100000000ULL;
	mmuram(board.rambase, board.ramsize);
	if(top <= base)
		panic("no RAM above the kernel: bank %#llux size %#llux", board.rambase, board.ramsize);
	conf.mem[0].base = base;
	conf.mem[0].size = top - base;
	conf.nmem = 1;
	conf.npage = (top - base) / BY2PG;
	conf.ialloc = (top - base) / 2;
	conf.nmach = 1;
}

static int
virtfirst(void *a)
{
	USED(a);
	virtiolink();	/* disks, from a proc: before the first program looks for them */
	return runfirst(args);
}

void
archmain(uintptr dtb)
{
	Fdt f;
	char *err;

	mmuinit();
	err = "no device tree";
	if(dtb != 0)
		err = fdtopen(&f, (void*)dtb);
	if(err != nil){
		dtb = Qemudtb;
		err = fdtopen(&f, (void*)dtb);
	}
	if(err == nil)
		scan(&f);
	pl011init(board.uart, 0);
	parseargs();
	clockearly();
	if(err != nil)
		print("ember: device tree: %s; assuming QEMU virt's devices\n", err);
	meminit();
	if(gicinit(board.gicversion, board.gicd, board.gicc) < 0)
		panic("no interrupt controller");
	print("Ember arm64 virt: %lludM RAM at %#llux, GICv%d, kernel %#p-%#p\n",
		board.ramsize>>20, board.rambase, board.gicversion, (void*)KTZERO, (void*)end);
	kmain(virtfirst, nil);
}

void
archinit(void)
{
	clockinit();
	pl011intr(board.uartirq);
}
