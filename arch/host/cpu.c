/*
 * The host's virtual CPU. Every kernel proc is a host thread, but only
 * the thread holding the CPU runs kernel code; procswitch hands the
 * CPU over with a semaphore per proc. Interrupts come from host
 * threads (clock, console) as pending bits: the holder is signalled
 * (SIGUSR1) and runs the handlers if its interrupt level is low,
 * otherwise they wait for spllo, a switch or the idle loop.
 * Processor faults (SIGSEGV, SIGBUS, SIGFPE, SIGILL) are traps: in a
 * Prog's instructions an exception for that Prog, elsewhere a panic.
 */
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <errno.h>
#include <execinfo.h>
#include <stdatomic.h>
#include <ucontext.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "all.h"
#include "host.h"

enum {
	Nirq = 32,
	Sigstack = 64*1024,	/* each proc thread's signal stack, for the fault handler */
};

/* Under the sanitizers their own handlers report faults; the kernel leaves them be. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define Catchfaults	0
#else
#define Catchfaults	1
#endif

typedef struct Vec Vec;
struct Vec {
	void	(*f)(void*, void*);
	void	*a;
	char	name[KNAMELEN];
	Vec	*next;
};

/*
 * splhi is the interrupt level, touched only by the holder (and by
 * its own signal handler, which leaves it as it found it).
 */
static struct {
	volatile sig_atomic_t	splhi;
	_Atomic uint	pending;	/* interrupt lines raised and not yet handled */
	_Atomic int	idle;		/* the holder waits in idlehands */
	_Atomic(pthread_t)	holder;
	sem_t	idlesem;
	Vec	*vec[Nirq];
	int	inintr;
} cpu;

static void
semwait(sem_t *s)
{
	while(sem_wait(s) != 0)
		if(errno != EINTR)
			hostfatal("sem_wait failed");
}

/* Run the handlers of every pending line; with the level high, as on a real CPU. */
static void
dispatch(void)
{
	uint bits;
	int i;
	Vec *v;

	cpu.inintr++;
	while((bits = atomic_exchange(&cpu.pending, 0)) != 0)
		for(i = 0; i < Nirq; i++)
			if(bits & (1U<<i))
				for(v = cpu.vec[i]; v != nil; v = v->next)
					v->f(nil, v->a);
	cpu.inintr--;
}

static void
intrsig(int sig)
{
	int e;

	USED(sig);
	if(!pthread_equal(pthread_self(), atomic_load(&cpu.holder)) || cpu.splhi)
		return;
	e = errno;
	cpu.splhi = 1;
	dispatch();
	preempted();
	cpu.splhi = 0;
	errno = e;
}

/* From a host device thread: raise an interrupt line. */
void
hostintr(int irq)
{
	atomic_fetch_or(&cpu.pending, 1U<<irq);
	if(atomic_load(&cpu.idle))
		sem_post(&cpu.idlesem);
	else
		pthread_kill(atomic_load(&cpu.holder), SIGUSR1);
}

void
intrenable(int irq, void (*f)(void*, void*), void *a, char *name)
{
	Vec *v;

	if(irq < 0 || irq >= Nirq)
		panic("intrenable: irq %d out of range for %s", irq, name);
	v = xalloc(sizeof *v);
	v->f = f;
	v->a = a;
	strecpy(v->name, v->name+sizeof v->name, name);
	HOSTCALL(v->next = cpu.vec[irq]; cpu.vec[irq] = v);
}

int
splhi(void)
{
	int s;

	s = cpu.splhi;
	cpu.splhi = 1;
	atomic_signal_fence(memory_order_seq_cst);
	return s;
}

int
spllo(void)
{
	int s;

	s = cpu.splhi;
	atomic_signal_fence(memory_order_seq_cst);
	if(atomic_load(&cpu.pending) && !cpu.inintr){
		cpu.splhi = 1;
		dispatch();
		cpu.splhi = 0;
		preempted();
	}
	cpu.splhi = 0;
	return s;
}

void
splx(int s)
{
	if(s)
		splhi();
	else
		spllo();
}

int
islo(void)
{
	return !cpu.splhi;
}

/* Wait for an interrupt and handle it; the caller has the level high. */
void
idlehands(void)
{
	atomic_store(&cpu.idle, 1);
	if(atomic_load(&cpu.pending) == 0)
		semwait(&cpu.idlesem);
	atomic_store(&cpu.idle, 0);
	dispatch();
}

/*
 * Processor faults. The handler runs on the thread's signal stack (so
 * that a kernel stack overflow is reported too) with SIGUSR1 blocked.
 * A fault in a Prog's instructions (xecfault: the proc runs them, or a
 * built-in they called, with the VM held) becomes that Prog's
 * exception with the text hosted Inferno gives, as error() from here:
 * the jump lands at xec's label on the proc's own stack and the Prog's
 * handlers or its Broken end follow. Only from a clean CPU state, one
 * that error() may leave as it is: this thread holds the CPU, the
 * level is low (so no interrupt handler and no ilock is interrupted)
 * and the proc holds no spin lock; the signal mask goes back to the
 * faulting code's, since the jump keeps the handler's. Any other
 * fault is the kernel's: panic.
 */
static void
onsigstack(void *base, ulong size)
{
	stack_t ss;

	memset(&ss, 0, sizeof ss);
	ss.ss_sp = base;
	ss.ss_size = size;
	if(sigaltstack(&ss, nil) != 0)
		hostfatal("cannot set a signal stack");
}

static uintptr
faultpc(ucontext_t *uc)
{
#if defined(__x86_64__)
	return uc->uc_mcontext.gregs[REG_RIP];
#elif defined(__aarch64__)
	return uc->uc_mcontext.pc;
#else
	USED(uc);
	return 0;
#endif
}

static char*
fpname(int code)
{
	switch(code){
	case FPE_INTDIV:	return "integer divide by zero";
	case FPE_INTOVF:	return "integer overflow";
	case FPE_FLTDIV:	return "zero divide";
	case FPE_FLTOVF:	return "overflow";
	case FPE_FLTUND:	return "underflow";
	case FPE_FLTRES:	return "inexact";
	case FPE_FLTINV:	return "invalid operation";
	}
	return "exception";
}

static void
faultsig(int sig, siginfo_t *si, void *a)
{
	ucontext_t *uc;
	char buf[ERRMAX];
	uintptr pc;

	uc = a;
	pc = faultpc(uc);
	switch(sig){
	case SIGSEGV:
		snprint(buf, sizeof buf, "sys: segmentation violation addr=%p", si->si_addr);
		break;
	case SIGBUS:
		snprint(buf, sizeof buf, "sys: bus error addr=%p", si->si_addr);
		break;
	case SIGFPE:
		snprint(buf, sizeof buf, "sys: fp: %s pc=%p", fpname(si->si_code), (void*)pc);
		break;
	default:
		snprint(buf, sizeof buf, "sys: illegal instruction pc=%p", (void*)pc);
		break;
	}
	if(!pthread_equal(pthread_self(), atomic_load(&cpu.holder)))
		panic("%s pc=%p in a host thread that does not hold the CPU", buf, (void*)pc);
	if(!cpu.splhi && cpu.inintr == 0 && up != nil && up->nlocks == 0 && xecfault()){
		pthread_sigmask(SIG_SETMASK, &uc->uc_sigmask, nil);
		error(buf);
	}
	panic("%s pc=%p", buf, (void*)pc);
}

static void
catchfaults(void)
{
	static uchar bootstk[Sigstack] __attribute__((aligned(16)));
	static int sigs[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL };
	struct sigaction sa;
	int i;

	onsigstack(bootstk, sizeof bootstk);	/* the boot thread's */
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = faultsig;
	sa.sa_flags = SA_SIGINFO|SA_NODEFER|SA_ONSTACK;	/* NODEFER: a fault in panic is a recursive panic, not a hang */
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGUSR1);
	for(i = 0; i < nelem(sigs); i++)
		sigaction(sigs[i], &sa, nil);
}

/* The start of every proc's host thread: wait to be given the CPU. */
static void*
procthread(void *a)
{
	Proc *p = a;
	sigset_t set;
	uchar sigstk[Catchfaults ? Sigstack : 1] __attribute__((aligned(16)));

	if(Catchfaults)
		onsigstack(sigstk, sizeof sigstk);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	pthread_sigmask(SIG_UNBLOCK, &set, nil);
	semwait(&p->arch.sem);
	p->arch.fn(p->arch.arg);
	hostfatal("proc returned from its start function");
	return nil;
}

void
kprocchild(Proc *p, void (*fn)(void*), void *arg)
{
	pthread_attr_t attr;
	int s, r;

	p->arch.fn = fn;
	p->arch.arg = arg;
	s = splhi();
	sem_init(&p->arch.sem, 0, 0);
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, KSTACK + (Catchfaults ? Sigstack : 0));	/* its signal stack is procthread's */
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	r = pthread_create(&p->arch.thread, &attr, procthread, p);
	pthread_attr_destroy(&attr);
	splx(s);
	if(r != 0)
		panic("kprocchild: cannot make a host thread: %s", strerror(r));
}

/*
 * Give the CPU to `to' and wait for it to come back to `from'. A
 * Moribund proc's thread ends here instead: after the post it touches
 * nothing of the kernel's, so its Proc may be reused at once.
 */
void
procswitch(Proc *from, Proc *to)
{
	int dying;

	dying = from != nil && from->state == Moribund;
	atomic_store(&cpu.holder, to->arch.thread);
	sem_post(&to->arch.sem);
	if(from == nil)
		for(;;)
			pause();	/* the boot thread is done */
	if(dying)
		pthread_exit(nil);
	semwait(&from->arch.sem);
}

void
procfree(Proc *p)
{
	sem_destroy(&p->arch.sem);
}

void
segflush(void *a, ulong n)
{
	__builtin___clear_cache((char*)a, (char*)a + n);
}

/* Before any proc: the boot thread holds the CPU, interrupts high. */
void
cpuinit(void)
{
	struct sigaction sa;

	cpu.splhi = 1;
	sem_init(&cpu.idlesem, 0, 0);
	atomic_store(&cpu.holder, pthread_self());
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = intrsig;
	sa.sa_flags = SA_RESTART;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGUSR1, &sa, nil);
	if(Catchfaults)
		catchfaults();
}

void
dumpstack(void)
{
	void *pcs[64];
	int n;

	n = backtrace(pcs, nelem(pcs));
	backtrace_symbols_fd(pcs, n, 2);
}
