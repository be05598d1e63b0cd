/* Between the files of the amd64 arch only. */
#include "mem.h"

/* The registers at a trap, as l.S saves them (UREG* in mem.h); the FP/SSE state is below it on the stack. */
typedef struct Ureg Ureg;
struct Ureg {
	u64int	r15, r14, r13, r12, r11, r10, r9, r8;
	u64int	bp, di, si, dx, cx, bx, ax;
	u64int	type;		/* the vector */
	u64int	err;		/* the CPU's error code, 0 if it gives none */
	u64int	pc;
	u64int	cs;
	u64int	flags;
	u64int	sp;
	u64int	ss;
};

enum {
	Flagif = 1<<9,		/* RFLAGS.IF */
	Vecirq = 0x20,		/* intrenable's irq n arrives at vector Vecirq+n */
	Irqtimer = 32,		/* the local APIC timer's irq (no I/O APIC pin) */
	Vecmsi = 0x60,		/* intrvec's vectors: Vecmsi to Vecpic-1 */
	Vecpic = 0xE0,		/* the 8259s, masked, moved here out of the way */
	Vecspurious = 0xFF,	/* the local APIC's spurious vector */
	Nmmap = 32,		/* memory map entries kept */
};

/* A memory map entry from the firmware (multiboot's, E820 types). */
typedef struct Mmap Mmap;
struct Mmap {
	uvlong	base;
	uvlong	size;
	int	type;		/* 1 RAM; 2 reserved; 3 ACPI reclaimable; 4 ACPI NVS; 5 bad */
};
enum { Mram = 1 };

/* What the boot loader, the firmware's ACPI tables and the CPU said about the machine (main.c, acpi.c). */
typedef struct Board Board;
struct Board {
	Mmap	mmap[Nmmap];
	int	nmmap;
	uvlong	ramtop;		/* end of the highest RAM */
	uvlong	ramsize;	/* all RAM in the map */
	char	loader[32];	/* the boot loader's name */
	char	bootargs[512];
	uintptr	lapic;		/* local APIC registers */
	uintptr	ioapic;		/* the first I/O APIC's registers */
	int	ioapicgsi;	/* its first global interrupt */
	int	isagsi[16];	/* ISA irq -> global interrupt, from the MADT's overrides */
	int	isaflags[16];	/* their MPS flags (polarity, trigger); 0: ISA's, edge and active high */
	int	pm1acnt;	/* ACPI PM1a control port */
	int	pm1bcnt;	/* PM1b, 0 if none */
	int	slptyp;		/* \_S5's sleep type */
	int	acpi;		/* the ACPI tables were found */
	int	uart;		/* the console's 16550 I/O port */
	int	uartirq;
};
extern Board board;

void	archmain(u32int, u32int);
void	acpiinit(void);
void	mmuinit(void);
uintptr	mmuend(void);
int	mmuio(uvlong, uvlong);
void	mmuflush(void);
void	pciinit(void);
int	intrvec(void (*)(void*, void*), void*, char*);
int	apicid(void);
void	trapinit(void);
void	apicinit(void);
void	apiceoi(void);
void	apicenable(int, int);
void	apictimer(u32int, int);
u32int	apictimercount(void);
void	clockearly(void);
void	clockinit(void);
void	trap(Ureg*);
void	gdtload(void);
u64int	rdmsr(u32int);
void	wrmsr(u32int, u64int);
extern	uchar	vectors[];	/* 256 entry stubs, 16 bytes apart (l.S) */
extern	u64int	gdt[];
extern	char	end[];
