/*
 * The rp2040 arch (Raspberry Pi Pico): one Cortex-M0+ core in
 * privileged thread mode on the main stack, no MMU, no FPU. A Label
 * holds what a function call must preserve: sp, the return pc and
 * r4-r11 (l.S).
 */
typedef struct Label Label;
struct Label {
	uintptr	sp;
	uintptr	pc;
	uintptr	r[8];		/* r4-r11 */
};

/* The arch's part of a Proc: its kernel stack and where it was switched out. */
typedef struct Archproc Archproc;
struct Archproc {
	Label	sched;
	uchar	*stack;		/* KSTACK bytes from xalloc; freed by procfree */
};

int	setlabel(Label*) __attribute__((returns_twice));
void	gotolabel(Label*) __attribute__((noreturn));

#define BY2PG	256		/* flash page; nothing is paged */
#define KSTACK	(2*1024)	/* interrupts nest on it too (one level); about 1.3K used at most in tests/boot/pico.sh's session */
#define ARCHNERR	12	/* error labels a Proc holds (40 bytes each; 7 deep measured in the boot test's session) */

/* Dis objects may lie in flash (prepared modules' string constants): the VM leaves their counts alone (libinterp/interp.h) */
#define Roheap	1

/* the cycle collector (libinterp/gc.c): a small mark stack, and collections after 16K of allocation */
#define GCNSTACK	128

/* /dev/memory's callers of big allocations: the first 24 (port/alloc.c) */
#define NTRACE	24
#define GCMIN	(16*1024)

#define getcallerpc(x)	((uintptr)__builtin_return_address(0))
