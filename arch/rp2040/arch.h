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

/*
 * Procs are port/cpu.c's (PORTCPU), with an Archproc (portdat.h) and
 * setlabel, gotolabel and kprocentry from l.S: a new proc's Label
 * starts at kprocentry, which calls fn(arg) from r4 and r5.
 */
#define PORTCPU	1
#define kproclabel(l, fn, arg)	((l)->r[0] = (uintptr)(fn), (l)->r[1] = (uintptr)(arg))
#define uartputc	pl011putc	/* the console's UART, for port/cpu.c's uartputs */

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

/*
 * The stacks are small: port/cpu.c guards them with these hooks. A
 * new stack is painted, which gives its high-water mark; a proc that
 * has written into the lowest 16 bytes of its stack has probably
 * overrun it.
 */
#define KSTACKGUARD	1
enum {
	Stackfill = 0x5A,	/* a new kernel stack's bytes */
};
extern ulong	maxstackused;	/* cpu.c */

static inline void
kstackpaint(uchar *s)
{
	memset(s, Stackfill, KSTACK);
}

/* At a switch away from a proc: its stack's guard still holds the paint (or it has no stack). */
static inline int
kstackok(uchar *s)
{
	u32int *low;
	int i;

	if(s == nil)
		return 1;
	low = (u32int*)s;
	for(i = 0; i < 4; i++)
		if(low[i] != Stackfill*0x01010101U)
			return 0;
	return 1;
}

/* Bytes of a kernel stack ever used (its paint overwritten). */
static inline ulong
stackused(uchar *s)
{
	ulong n;

	if(s == nil)
		return 0;
	for(n = 0; n < KSTACK && s[n] == Stackfill; n++)
		;
	return KSTACK - n;
}

/* Before a dead proc's stack is freed: keep the high-water mark. */
static inline void
kstackdone(uchar *s)
{
	ulong n;

	n = stackused(s);
	if(n > maxstackused)
		maxstackused = n;
}
