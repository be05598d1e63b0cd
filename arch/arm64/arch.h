/*
 * The arm64 arch (QEMU virt): one CPU at EL1, the MMU on with an
 * identity map. A Label holds what a function call must preserve:
 * sp, the return pc, x19-x29 and d8-d15 (l.S).
 */
typedef struct Label Label;
struct Label {
	uintptr	sp;
	uintptr	pc;
	uintptr	x[11];		/* x19-x29 */
	uintptr	pad;
	uvlong	d[8];		/* d8-d15 */
};

/*
 * Procs are port/cpu.c's (PORTCPU), with an Archproc (portdat.h) and
 * setlabel, gotolabel and kprocentry from l.S: a new proc's Label
 * starts at kprocentry, which calls fn(arg) from x19 and x20.
 */
#define PORTCPU	1
#define kproclabel(l, fn, arg)	((l)->x[0] = (uintptr)(fn), (l)->x[1] = (uintptr)(arg))
#define uartputc	pl011putc	/* the console's UART, for port/cpu.c's uartputs */

/* The kernel keeps frame pointers: port/cpu.c's dumpstack walks them while goodframe (trap.c) says a record is in RAM. */
#define FRAMEPOINTERS	1
int	goodframe(uintptr);

#define BY2PG	4096
#define KSTACK	(64*1024)

#define getcallerpc(x)	((uintptr)__builtin_return_address(0))
