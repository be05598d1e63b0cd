/*
 * Booting the pc kernel: what the multiboot loader says (command line,
 * memory map), the console, the ACPI tables, the final page tables,
 * the PCI buses (their devices' registers mapped), the RAM banks for
 * xalloc, traps and interrupt controllers, the clock's calibration,
 * then the portable kmain, whose first proc starts the virtio PCI
 * devices' drivers. The first program is the command line (QEMU's
 * -append, GRUB's multiboot arguments) less the kernel's file name,
 * or the default of runfirst.
 */
#include "all.h"
#include "amd64.h"
#include "../../drivers/drivers.h"

enum {
	Maxargs = 32,
	Com1 = 0x3F8,
	Com1irq = 4,

	/* multiboot information: flags and offsets */
	Mbmem = 1<<0,
	Mbcmdline = 1<<2,
	Mbmmap = 1<<6,
	Mbloader = 1<<9,
	Mbflags = 0,
	Mbmemupper = 8,
	Mbcmdlinep = 16,
	Mbmmaplen = 44,
	Mbmmapaddr = 48,
	Mbloaderp = 64,
};

Board board = {
	.uart = Com1,
	.uartirq = Com1irq,
	.lapic = 0xFEE00000,
	.ioapic = 0xFEC00000,
	.pm1acnt = 0x604,	/* QEMU's pc (PIIX4) and q35 (ICH9), for a boot without ACPI tables */
};

static char *args[Maxargs+1];
static char *mberr;

static u32int
get32(uintptr a)
{
	return *(u32int*)a;
}

static void
copystr(char *dst, int n, uintptr src)
{
	if(src == 0 || src >= 0x100000000ULL)
		return;
	strecpy(dst, dst+n, (char*)src);
}

/* Add a memory map entry, keeping the map sorted; RAM above 4 GiB counts for ramtop too. */
static void
addmmap(uvlong base, uvlong size, int type)
{
	int i;

	if(size == 0 || board.nmmap == Nmmap)
		return;
	for(i = board.nmmap; i > 0 && board.mmap[i-1].base > base; i--)
		board.mmap[i] = board.mmap[i-1];
	board.mmap[i].base = base;
	board.mmap[i].size = size;
	board.mmap[i].type = type;
	board.nmmap++;
	if(type == Mram){
		board.ramsize += size;
		if(base + size > board.ramtop)
			board.ramtop = base + size;
	}
}

/* Copy what the multiboot information says before the boot map (which maps its low memory) goes. */
static void
multiboot(u32int magic, u32int info)
{
	u32int flags, len;
	uintptr p, e;

	if(magic != MBBOOTMAGIC || info == 0){
		mberr = "not started by a multiboot loader";
		addmmap(KTZERO, 64*1024*1024 - KTZERO, Mram);
		return;
	}
	flags = get32(info + Mbflags);
	if(flags & Mbcmdline)
		copystr(board.bootargs, sizeof board.bootargs, get32(info + Mbcmdlinep));
	if(flags & Mbloader)
		copystr(board.loader, sizeof board.loader, get32(info + Mbloaderp));
	if(flags & Mbmmap){
		p = get32(info + Mbmmapaddr);
		len = get32(info + Mbmmaplen);
		for(e = p + len; p + 24 <= e; p += get32(p) + 4)
			addmmap(*(u64int*)(p+4), *(u64int*)(p+12), get32(p+20));
	}else if(flags & Mbmem)
		addmmap(KTZERO, (uvlong)get32(info + Mbmemupper) * 1024, Mram);
	if(board.nmmap == 0){
		mberr = "no memory map from the loader";
		addmmap(KTZERO, 64*1024*1024 - KTZERO, Mram);
	}
}

/*
 * Split the command line into the first program's argv. QEMU's
 * multiboot puts the kernel's file name first, GRUB's does not.
 */
static void
parseargs(void)
{
	static char buf[sizeof board.bootargs];
	char *f[Maxargs+1];
	int i, n, na;

	strecpy(buf, buf+sizeof buf, board.bootargs);
	n = tokenize(buf, f, nelem(f));
	na = 0;
	i = strncmp(board.loader, "qemu", 4) == 0;
	for(; i < n && na < Maxargs; i++)
		args[na++] = f[i];
	args[na] = nil;
}

/*
 * RAM for xalloc: the memory map's RAM from the end of the kernel (and
 * the page tables mmuend took after it) up to 4 GiB, since Dis words
 * are 32 bits; at most nelem(conf.mem) banks, the largest.
 */
static void
meminit(void)
{
	uvlong base, top, total;
	Mmap *m;
	int i, j;

	total = 0;
	conf.nmem = 0;
	for(m = board.mmap; m < board.mmap + board.nmmap; m++){
		if(m->type != Mram)
			continue;
		base = ROUNDUP(m->base, BY2PG);
		top = (m->base + m->size) & ~(uvlong)(BY2PG-1);
		if(base < (uvlong)mmuend())
			base = mmuend();
		if(top > 0x100000000ULL)
			top = 0x100000000ULL;
		if(top <= base || top - base < 1024*1024)
			continue;
		if(conf.nmem == nelem(conf.mem)){
			for(j = 0, i = 1; i < conf.nmem; i++)
				if(conf.mem[i].size < conf.mem[j].size)
					j = i;
			if(conf.mem[j].size >= top - base)
				continue;
			total -= conf.mem[j].size;
			conf.mem[j] = conf.mem[--conf.nmem];
		}
		conf.mem[conf.nmem].base = base;
		conf.mem[conf.nmem].size = top - base;
		conf.nmem++;
		total += top - base;
	}
	if(conf.nmem == 0)
		panic("no RAM above the kernel below 4 GiB");
	conf.npage = total / BY2PG;
	conf.ialloc = total / 2;
	conf.nmach = 1;
}

static int
pcfirst(void *a)
{
	USED(a);
	virtiopcilink();	/* disks, from a proc: before the first program looks for them */
	return runfirst(args);
}

void
archmain(u32int magic, u32int info)
{
	ns16550init(board.uart);
	multiboot(magic, info);
	parseargs();
	acpiinit();
	mmuinit();
	pciinit();
	meminit();
	trapinit();
	apicinit();
	clockearly();
	if(mberr != nil)
		print("ember: %s; assuming 64M of RAM\n", mberr);
	print("Ember amd64 pc: %lludM RAM, %s, kernel %#p-%#p%s%s\n",
		(board.ramsize + 1024*1024 - 1) >> 20, board.acpi ? "ACPI" : "no ACPI tables",
		(void*)KTZERO, (void*)end, board.loader[0] ? ", loaded by " : "", board.loader);
	kmain(pcfirst, nil);
}

void
archinit(void)
{
	clockinit();
	ns16550intr(board.uartirq);
}
