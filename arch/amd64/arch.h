/*
 * The amd64 arch (x86_64 PCs, QEMU pc and q35): one CPU in long mode,
 * paging on with an identity map. A Label holds what a function call
 * must preserve in the System V ABI: rsp, the return pc, rbx, rbp and
 * r12-r15 (l.S).
 */
typedef struct Label Label;
struct Label {
	uintptr	sp;
	uintptr	pc;
	uintptr	r[6];		/* rbx, rbp, r12, r13, r14, r15 */
};

/*
 * Procs are port/cpu.c's (PORTCPU), with an Archproc (portdat.h) and
 * setlabel, gotolabel and kprocentry from l.S: a new proc's Label
 * starts at kprocentry, which calls fn(arg) from rbx and r12.
 */
#define PORTCPU	1
#define kproclabel(l, fn, arg)	((l)->r[0] = (uintptr)(fn), (l)->r[2] = (uintptr)(arg))
#define uartputc	ns16550putc	/* the console's UART, for port/cpu.c's uartputs */

/* The kernel keeps frame pointers: port/cpu.c's dumpstack walks them while goodframe (trap.c) says a record is in RAM. */
#define FRAMEPOINTERS	1
int	goodframe(uintptr);

#define BY2PG	4096
#define KSTACK	(64*1024)

#define getcallerpc(x)	((uintptr)__builtin_return_address(0))

/* Port I/O, for the arch and the PC drivers in drivers/ (ns16550.c). */
static inline uchar
inb(int port)
{
	uchar v;

	__asm__ volatile("inb %w1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline void
outb(int port, uchar v)
{
	__asm__ volatile("outb %0, %w1" :: "a"(v), "Nd"(port));
}

static inline ushort
ins(int port)
{
	ushort v;

	__asm__ volatile("inw %w1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline void
outs(int port, ushort v)
{
	__asm__ volatile("outw %0, %w1" :: "a"(v), "Nd"(port));
}

static inline u32int
inl(int port)
{
	u32int v;

	__asm__ volatile("inl %w1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline void
outl(int port, u32int v)
{
	__asm__ volatile("outl %0, %w1" :: "a"(v), "Nd"(port));
}
