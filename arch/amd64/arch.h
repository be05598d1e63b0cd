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

/* The arch's part of a Proc: its kernel stack and where it was switched out. */
typedef struct Archproc Archproc;
struct Archproc {
	Label	sched;
	uchar	*stack;		/* KSTACK bytes from xalloc; freed by procfree */
};

int	setlabel(Label*) __attribute__((returns_twice));
void	gotolabel(Label*) __attribute__((noreturn));

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
