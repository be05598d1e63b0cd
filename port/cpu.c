/*
 * The half of the CPU that the bare-metal arches (amd64, arm64,
 * rp2040) share: kernel procs on stacks of their own from xalloc,
 * switched by the arch's Labels; the console's output, polled, one
 * byte at a time through the arch's uartputc; the portable ends of
 * their fault handling. An arch takes it with PORTCPU in its arch.h,
 * where it gives its Label and kproclabel (what a new proc's Label
 * holds), with setlabel, gotolabel and kprocentry in l.S; optionally
 * a guard on its kernel stacks (KSTACKGUARD) and, where the kernel
 * keeps frame pointers, goodframe for dumpstack (FRAMEPOINTERS). Not
 * the host's: its procs are host threads (arch/host/cpu.c).
 */
#include "all.h"

#ifdef PORTCPU

#ifndef KSTACKGUARD
/* Big stacks: no paint, no check. */
#define kstackpaint(a)
#define kstackok(a)	1
#define kstackdone(a)
#endif

/* A stack for p from which it starts with fn(arg) when it is first switched to. */
void
kprocchild(Proc *p, void (*fn)(void*), void *arg)
{
	Archproc *a;

	a = &p->arch;
	a->stack = xalloc(KSTACK);
	if(a->stack == nil)
		panic("kprocchild: no memory for a kernel stack");
	kstackpaint(a->stack);
	memset(&a->sched, 0, sizeof a->sched);
	a->sched.sp = (uintptr)a->stack + KSTACK;
	a->sched.pc = (uintptr)kprocentry;
	kproclabel(&a->sched, fn, arg);
}

/*
 * Save from (nil for the boot stack, never resumed) and resume to.
 * Where the arch guards its stacks, a proc that has written into the
 * guard has probably overrun its stack: stop at once with its name
 * rather than run on with the memory below it trampled.
 */
void
procswitch(Proc *from, Proc *to)
{
	if(from != nil && !kstackok(from->arch.stack))
		panic("kernel stack overflow: proc %lud %s", from->pid, from->text);
	if(from == nil || setlabel(&from->arch.sched) == 0)
		gotolabel(&to->arch.sched);
}

/* p ran its last instruction before the switch away from it: its stack is free. */
void
procfree(Proc *p)
{
	kstackdone(p->arch.stack);
	if(p->arch.stack != nil)
		xfree(p->arch.stack);
	p->arch.stack = nil;
}

/*
 * A handler at the head of an interrupt's list. The list is linked
 * with interrupts off, since the interrupt reads it; nothing is ever
 * taken off.
 */
void
intradd(Vec **l, void (*f)(void*, void*), void *a)
{
	Vec *v;
	int s;

	v = xalloc(sizeof *v);
	if(v == nil)
		panic("intrenable: no memory for a handler");
	v->f = f;
	v->a = a;
	s = splhi();
	v->next = *l;
	*l = v;
	splx(s);
}

int
intrrun(Vec *v, void *ureg)
{
	if(v == nil)
		return 0;
	for(; v != nil; v = v->next)
		v->f(ureg, v->a);
	return 1;
}

/* The kernel echoes what is typed: a serial line does not. */
int
consecho(void)
{
	return 1;
}

/* The console's output, polled; LF goes out as CR LF for terminals. */
void
uartputs(char *s, int n)
{
	int x;

	x = splhi();
	while(n-- > 0){
		if(*s == '\n')
			uartputc('\r');
		uartputc(*s++);
	}
	splx(x);
}

/*
 * A processor fault in a Prog's instructions, raised as that Prog's
 * exception with the text hosted Inferno gives. The arch's trap
 * handler calls this only from a state error() may leave as it is:
 * interrupts on at the fault (so not in an interrupt handler or an
 * ilock), no spin lock held, and xecfault() true.
 */
void
progtrap(int what, uintptr a)
{
	static char *fmt[] = {
	[Pfsegv]	"sys: segmentation violation addr=%#p",
	[Pfbus]	"sys: bus error addr=%#p",
	[Pfillegal]	"sys: illegal instruction pc=%#p",
	[Pfdivzero]	"sys: fp: integer divide by zero pc=%#p",
	[Pffp]	"sys: fp: exception pc=%#p",
	};
	char buf[ERRMAX];

	snprint(buf, sizeof buf, fmt[what], (void*)a);
	spllo();
	error(buf);
}

#ifdef FRAMEPOINTERS
/* The return addresses on the frame-pointer chain, for addr2line. */
void
dumpstack(void)
{
	uintptr *fp;
	int i;

	iprint("backtrace:");
	fp = __builtin_frame_address(0);
	for(i = 0; i < 32 && goodframe((uintptr)fp) && fp[1] != 0; i++){
		iprint(" %#p", (void*)fp[1]);
		fp = (uintptr*)fp[0];
	}
	iprint("\n");
}
#endif
#endif
