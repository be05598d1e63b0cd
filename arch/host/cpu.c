/*
 * The host's virtual CPU. Every kernel proc is a host thread, but only
 * the thread holding the CPU runs kernel code; procswitch hands the
 * CPU over with a semaphore per proc. Interrupts come from host
 * threads (clock, console) as pending bits: the holder is signalled
 * (SIGUSR1) and runs the handlers if its interrupt level is low,
 * otherwise they wait for spllo, a switch or the idle loop.
 */
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <errno.h>
#include <execinfo.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "all.h"
#include "host.h"

enum { Nirq = 32 };

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

/* The start of every proc's host thread: wait to be given the CPU. */
static void*
procthread(void *a)
{
	Proc *p = a;
	sigset_t set;

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
	pthread_attr_setstacksize(&attr, KSTACK);
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
procsave(Proc *p)
{
	USED(p);
}

void
procrestore(Proc *p)
{
	USED(p);
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
}

void
dumpstack(void)
{
	void *pcs[64];
	int n;

	n = backtrace(pcs, nelem(pcs));
	backtrace_symbols_fd(pcs, n, 2);
}
