/*
 * Kernel processes: the priority scheduler, sleep and wakeup, timed
 * sleeps, kproc and pexit. One CPU: the current proc is up; the arch
 * moves the CPU between procs with procswitch.
 */
#include "all.h"

Proc *up;
ulong ticks;

char *statename[] = {
	"Dead", "Moribund", "Ready", "Scheding", "Running", "Queueing",
	"Wakeme", "Broken", "Stopped", "Rendez", "Waitrelease",
};

/*
 * The run queues, one per priority, and the proc table; all guarded
 * by procs.l, an ilock because interrupt handlers ready procs.
 */
static struct {
	Lock	l;
	Proc	*head[Nrq];
	Proc	*tail[Nrq];
	int	nrdy;
	Proc	*all;		/* every proc ever made, dead ones reused */
	Proc	*free;
	ulong	nextpid;
	int	nproc;		/* live */
	Proc	*dying;		/* exited; its arch part is released by the next proc to run */
	int	preempt;	/* the clock asks for round-robin */
} procs;

/* Alarms: procs in tsleep, sorted by due tick; guarded by alarms.l (an ilock) */
static struct {
	Lock	l;
	Proc	*head;
} alarms;

void
procinit(void)
{
	procs.nextpid = 1;
}

static void
enqueue(Proc *p)
{
	int pri;

	pri = p->pri;
	p->rnext = nil;
	if(procs.tail[pri] != nil)
		procs.tail[pri]->rnext = p;
	else
		procs.head[pri] = p;
	procs.tail[pri] = p;
	procs.nrdy++;
}

static Proc*
dequeue(void)
{
	int pri;
	Proc *p;

	for(pri = 0; pri < Nrq; pri++){
		p = procs.head[pri];
		if(p == nil)
			continue;
		procs.head[pri] = p->rnext;
		if(procs.head[pri] == nil)
			procs.tail[pri] = nil;
		p->rnext = nil;
		procs.nrdy--;
		return p;
	}
	return nil;
}

/* Make p runnable. Safe from interrupt handlers. */
void
ready(Proc *p)
{
	ilock(&procs.l);
	if(p->state == Ready){
		iunlock(&procs.l);
		panic("ready: proc %lud already ready", p->pid);
	}
	p->state = Ready;
	enqueue(p);
	iunlock(&procs.l);
}

int
anyready(void)
{
	return procs.nrdy > 0;
}

/* Is a proc more urgent than up (or as urgent, when the clock says to share) ready? */
int
anyhigher(void)
{
	int pri;

	if(up == nil)
		return procs.nrdy > 0;
	for(pri = 0; pri < up->pri; pri++)
		if(procs.head[pri] != nil)
			return 1;
	return 0;
}

/* Wait, with interrupts on, until some proc is ready; then take it. */
static Proc*
runproc(void)
{
	Proc *p, *self;

	self = up;
	for(;;){
		ilock(&procs.l);
		p = dequeue();
		iunlock(&procs.l);
		if(p != nil)
			break;
		up = nil;	/* idle: interrupt handlers see no current proc */
		idlehands();
		up = self;
	}
	return p;
}

/* Release what a proc that has exited still holds; it no longer runs. */
static void
reap(void)
{
	Proc *p;

	p = procs.dying;
	if(p == nil)
		return;
	procs.dying = nil;
	procfree(p);
	ilock(&procs.l);
	p->state = Dead;
	p->rnext = procs.free;
	procs.free = p;
	iunlock(&procs.l);
}

/*
 * Give up the CPU: up is re-queued if still Running, else it waits in
 * whatever state its caller set. Returns when up runs again.
 */
void
sched(void)
{
	Proc *p, *next;
	int s;

	p = up;
	if(p == nil)
		panic("sched with no process");
	if(p->nlocks)
		panic("sched while holding %d spin locks, pc %p", p->nlocks, (void*)getcallerpc(&p));
	s = splhi();
	procs.preempt = 0;
	if(p->state == Running){
		ilock(&procs.l);
		p->state = Ready;
		enqueue(p);
		iunlock(&procs.l);
	}
	next = runproc();
	if(next != p){
		if(p->state == Moribund)
			procs.dying = p;
		up = next;
		procswitch(p, next);
		up = p;
	}
	p->state = Running;
	reap();
	splx(s);
}

/* Let another proc of the same priority run. */
void
yield(void)
{
	if(anyready())
		sched();
}

/*
 * Called on the way out of an interrupt: switch if the clock asked
 * for round-robin or a more urgent proc became ready. Deferred while
 * the proc holds spin locks.
 */
void
preempted(void)
{
	if(up == nil || up->state != Running)
		return;
	if(!anyhigher() && !(procs.preempt && procs.head[up->pri] != nil))
		return;
	if(up->nlocks){
		up->delaysched = 1;
		return;
	}
	up->preempted++;
	sched();
}

int
setpri(int pri)
{
	int old;

	if(pri < 0 || pri >= Nrq)
		error(Ebadarg);
	old = up->pri;
	up->pri = pri;
	if(pri > old && anyhigher())
		sched();
	return old;
}

/* The per-tick work of the clock interrupt. */
void
hzclock(void)
{
	ticks++;
	if(up != nil){
		up->ticks++;
		procs.preempt = 1;	/* round robin among equals at the next preemption point */
	}
	checkalarms();
}

Proc*
newproc(void)
{
	Proc *p;

	ilock(&procs.l);
	p = procs.free;
	if(p != nil)
		procs.free = p->rnext;
	iunlock(&procs.l);
	if(p == nil){
		p = xallocz(sizeof(Proc), 1);
		if(p == nil)
			panic("newproc: no memory for procs");
		ilock(&procs.l);
		p->next = procs.all;
		procs.all = p;
		iunlock(&procs.l);
	}else{
		Proc *n = p->next;
		memset(p, 0, sizeof *p);
		p->next = n;
	}
	p->state = Scheding;
	p->psstate = "New";
	p->pri = PriNormal;
	p->basepri = PriNormal;
	p->env = &p->defenv;
	ilock(&procs.l);
	p->pid = procs.nextpid++;
	procs.nproc++;
	iunlock(&procs.l);
	return p;
}

/* Every proc starts here when first switched to. */
static void
kprocstart(void *a)
{
	Proc *p = a;

	up = p;
	p->state = Running;
	reap();
	spllo();
	p->kpfun(p->kparg);
	pexit("", 0);
}

/* Start a kernel proc running func(arg) with up's identity, sharing the groups flags names. */
void
kproc(char *name, void (*func)(void*), void *arg, int flags)
{
	Proc *p;
	Osenv *e, *pe;

	p = newproc();
	e = p->env;
	pe = up != nil ? up->env : nil;
	if(pe != nil && (flags & KPDUPPG) && pe->pgrp != nil){
		incref(&pe->pgrp->r);
		e->pgrp = pe->pgrp;
	}else
		e->pgrp = newpgrp();
	if(pe != nil && (flags & KPDUPFDG) && pe->fgrp != nil){
		lock(&pe->fgrp->l);
		pe->fgrp->ref++;
		unlock(&pe->fgrp->l);
		e->fgrp = pe->fgrp;
	}else
		e->fgrp = newfgrp(nil);
	if(pe != nil && (flags & KPDUPENVG) && pe->egrp != nil){
		incref(&pe->egrp->r);
		e->egrp = pe->egrp;
	}else
		e->egrp = newegrp();
	kstrdupto(&e->user, pe != nil && pe->user != nil ? pe->user : eve);
	strecpy(p->text, p->text+sizeof p->text, name);
	p->psstate = name;
	p->kpfun = func;
	p->kparg = arg;
	kprocchild(p, kprocstart, p);
	ready(p);
}

/* The calling proc ends. Its groups are released; the next proc to run frees the rest. */
void
pexit(char *exitstr, int freemem)
{
	Osenv *e;
	int s;

	USED(exitstr, freemem);
	e = up->env;
	if(e != &up->defenv)
		panic("pexit with a borrowed environment");
	if(e->fgrp != nil)
		closefgrp(e->fgrp);
	if(e->pgrp != nil)
		closepgrp(e->pgrp);
	if(e->egrp != nil)
		closeegrp(e->egrp);
	e->fgrp = nil;
	e->pgrp = nil;
	e->egrp = nil;
	free(e->user);
	e->user = nil;
	s = splhi();
	USED(s);
	ilock(&procs.l);
	procs.nproc--;
	iunlock(&procs.l);
	up->state = Moribund;
	sched();
	panic("pexit: dead proc %lud ran again", up->pid);
}

/* The boot thread hands the CPU to the first ready proc and is never used again. */
void
schedinit(void)
{
	Proc *next;

	splhi();
	next = runproc();
	up = next;
	procswitch(nil, next);
	panic("schedinit: the boot thread was given the CPU back");
}

Proc*
procbypid(ulong pid)
{
	Proc *p;

	for(p = procs.all; p != nil; p = p->next)
		if(p->pid == pid && p->state != Dead)
			return p;
	return nil;
}

Proc*
proctab(int i)
{
	Proc *p;

	for(p = procs.all; p != nil && i > 0; p = p->next)
		i--;
	return p;
}

void
procdump(void)
{
	Proc *p;

	for(p = procs.all; p != nil; p = p->next){
		if(p->state == Dead)
			continue;
		print("%5lud %-16s %-10s pri %d %s\n", p->pid, p->text,
			statename[p->state], p->pri, p->psstate != nil ? p->psstate : "");
	}
}

int
return0(void *a)
{
	USED(a);
	return 0;
}

/*
 * Sleep until cond(arg) holds; whoever makes it true calls wakeup(r).
 * The condition is tested with r locked and interrupts off, and
 * wakeup takes the same lock, so no wakeup is lost between the test
 * and the sleep.
 */
void
sleep(Rendez *r, int (*cond)(void*), void *arg)
{
	int s;

	s = splhi();
	if(up->nlocks)
		panic("sleep while holding %d spin locks, pc %p", up->nlocks, (void*)getcallerpc(&r));
	lock(&r->l);
	lock(&up->rlock);
	if(r->p != nil && r->p != up)
		panic("double sleep: %p by %lud and %lud, pc %p", r, r->p->pid, up->pid, (void*)getcallerpc(&r));
	if(up->intr || cond(arg)){
		unlock(&up->rlock);
		unlock(&r->l);
	}else{
		r->p = up;
		up->r = r;
		up->state = Wakeme;
		up->psstate = "Wakeme";
		unlock(&up->rlock);
		unlock(&r->l);
		sched();
	}
	splx(s);
	if(up->intr){
		up->intr = 0;
		error(Eintr);
	}
}

Proc*
wakeup(Rendez *r)
{
	Proc *p;
	int s;

	s = splhi();
	lock(&r->l);
	p = r->p;
	if(p != nil){
		lock(&p->rlock);
		if(p->state != Wakeme || p->r != r)
			panic("wakeup: proc %lud in state %s", p->pid, statename[p->state]);
		r->p = nil;
		p->r = nil;
		ready(p);
		unlock(&p->rlock);
	}
	unlock(&r->l);
	splx(s);
	return p;
}

static void
alarmdel(Proc *p)
{
	Proc **l;

	ilock(&alarms.l);
	for(l = &alarms.head; *l != nil; l = &(*l)->tlink)
		if(*l == p){
			*l = p->tlink;
			break;
		}
	p->tlink = nil;
	p->trend = nil;
	iunlock(&alarms.l);
}

static int
tfn(void *arg)
{
	Proc *p = arg;

	return p->trend == nil || p->tfn(p->targ);
}

/* One sleep until cond(arg) or the clock's ticks say ms have passed. */
static void
tsleepticks(Rendez *r, int (*cond)(void*), void *arg, ulong ms)
{
	Proc **l, *f;
	ulong when;

	when = ticks + MS2TK(ms);
	if(ms > 0 && when == ticks)
		when++;
	ilock(&alarms.l);
	for(l = &alarms.head; (f = *l) != nil; l = &f->tlink)
		if((long)(f->twhen - when) > 0)
			break;
	up->twhen = when;
	up->trend = r;
	up->tfn = cond;
	up->tlink = *l;
	*l = up;
	iunlock(&alarms.l);
	up->targ = arg;
	if(waserror()){
		alarmdel(up);
		nexterror();
	}
	sleep(r, tfn, up);
	poperror();
	alarmdel(up);
}

/*
 * Sleep until cond(arg) holds or at least ms milliseconds have passed.
 * Ticks can come in a burst (a clock catching up), so the time is
 * checked against the microsecond clock and the sleep resumed if short.
 */
void
tsleep(Rendez *r, int (*cond)(void*), void *arg, ulong ms)
{
	uvlong end, now;

	end = µs() + (uvlong)ms*1000;
	for(;;){
		tsleepticks(r, cond, arg, ms);
		now = µs();
		if(now >= end || cond(arg))
			return;
		ms = (end - now + 999) / 1000;
	}
}

/* From the clock: wake the tsleeps that are due. */
void
checkalarms(void)
{
	Proc *p;
	Rendez *r;

	ilock(&alarms.l);
	while((p = alarms.head) != nil && (long)(ticks - p->twhen) >= 0){
		alarms.head = p->tlink;
		p->tlink = nil;
		r = p->trend;
		p->trend = nil;
		if(r != nil)
			wakeup(r);
	}
	iunlock(&alarms.l);
}

/*
 * Interrupt p's system call: if it sleeps, it wakes and raises
 * "interrupted"; if it is about to sleep, its sleep raises at once.
 */
void
swiproc(Proc *p, int interp)
{
	Rendez *r;
	int s;

	USED(interp);
	s = splhi();
	lock(&p->rlock);
	p->intr = 1;
	r = p->r;
	unlock(&p->rlock);
	if(r != nil)
		wakeup(r);
	splx(s);
}
