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
