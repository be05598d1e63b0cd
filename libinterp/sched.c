/*
 * The Dis scheduler: Progs (Dis threads) and their groups, the run
 * queue, and the kernel processes that run Dis code. Not the
 * interpreter (xec.c) nor channels (chan.c).
 *
 * Dis code runs in one kernel process at a time: the one holding the
 * VM (the QLock vm.vm). That process runs vmachine's loop: it takes
 * the next ready Prog, makes it current and lets xec run it for a
 * quantum. A built-in function about to block in the kernel calls
 * release(): its Prog goes to state Prelease, the VM is let go, and
 * another kernel process (an idle one woken, or a new one) runs the
 * other Progs meanwhile. acquire() takes the VM back after the call;
 * the process then goes on running Dis code. So there are as many VM
 * processes as Progs in system calls, plus one; the spare ones that
 * find nothing to do end, except one kept idle. disexec's process
 * does not serve the VM: it starts the first program and waits for
 * it to end (serving, it could be held in another Prog's system
 * call long after).
 *
 * Locking: the VM guards every Prog and group; vm.l (a spin lock)
 * guards the list of all Progs and the idle counts, which are also
 * looked at without the VM (release, devprog).
 *
 * The run queue (vm.head, vm.tail, Prog.link) is changed only by the
 * process holding the VM: addrun's callers (chan.c's hand-off, spawn,
 * progexcept and killprog; addrun checks) and this file's scheduler
 * all hold it, and no interrupt handler or process in a system call
 * makes a Prog ready. So a channel exchange's hand-off (addrun, then
 * the scheduler taking the next Prog) takes no lock. Without the VM the
 * queue is only tested for emptiness (kickvm, progsready), and a
 * stale answer is harmless: kickvm acts only when nobody holds the
 * VM, when the queue is not changing, and an idle process woken for
 * nothing sleeps again. freeprog's unqueue stays under vm.l with the
 * rest of what it unlinks.
 */
#include "all.h"
#include "interp.h"

struct Vm vm;

char *progstate[Nstate] = {
	[Pready]	"ready",
	[Palt]		"alt",
	[Psend]		"send",
	[Precv]		"recv",
	[Pdebug]	"debug",
	[Prelease]	"release",
	[Pexiting]	"exiting",
	[Pbroken]	"broken",
};

static char exKilled[] = "killed";

static Prog *progtail;		/* last of vm.progs; vm.l */
static int starting;		/* VM processes made and not yet running; vm.l */

/*
 * The process holding the VM, and how many acquire()s it has made
 * while already holding it (devprog's bracket may be reached from
 * code that holds the VM, e.g. an fd closed as its Prog ends).
 */
static Proc *vmholder;
static int vmnest;

/* The first program, which disexec's process waits for on r. Guarded by vm.l. */
static struct {
	Prog	*p;
	int	done;
	int	status;		/* disexec's result */
	Rendez	r;
} first;

static void	vmachine(void*);

static void
vmlock(void)
{
	qlock(&vm.vm);
	vmholder = up;
}

static void
vmunlock(void)
{
	vmholder = nil;
	qunlock(&vm.vm);
}

Prog*
currun(void)
{
	return up->prog;
}

Prog*
progpid(int pid)
{
	Prog *p;

	lock(&vm.l);
	for(p = vm.progs; p != nil; p = p->next)
		if(p->pid == pid)
			break;
	unlock(&vm.l);
	return p;
}

/* p joins group g. */
static void
grpadd(Progs *g, Prog *p)
{
	p->group = g;
	p->gnext = nil;
	p->gprev = g->tail;
	if(g->tail != nil)
		g->tail->gnext = p;
	else
		g->head = p;
	g->tail = p;
	g->ref++;
}

/* p leaves its group; the last member out frees it. */
static void
grpremove(Prog *p)
{
	Progs *g;

	g = p->group;
	if(g == nil)
		return;
	if(p->gprev != nil)
		p->gprev->gnext = p->gnext;
	else
		g->head = p->gnext;
	if(p->gnext != nil)
		p->gnext->gprev = p->gprev;
	else
		g->tail = p->gprev;
	p->gnext = p->gprev = nil;
	p->group = nil;
	if(g->leader == p)
		g->leader = nil;
	if(--g->ref == 0)
		free(g);
}

Progs*
newgroup(Prog *leader)
{
	Progs *g;

	g = mallocz(sizeof(Progs), 1);
	if(g == nil)
		error(Enomem);
	g->id = leader->pid;
	g->leader = leader;
	grpremove(leader);
	grpadd(g, leader);
	leader->flags &= ~(Ppropagate|Pnotifyleader);
	return g;
}

/*
 * The Prog's own Osenv: the name space, fd table and environment of
 * from are shared (counted), the user copied.
 */
static Osenv*
progenv(Osenv *from)
{
	Osenv *o;

	o = newosenv();
	if(from->pgrp != nil){
		incref(&from->pgrp->r);
		o->pgrp = from->pgrp;
	}
	if(from->fgrp != nil){
		lock(&from->fgrp->l);
		from->fgrp->ref++;
		unlock(&from->fgrp->l);
		o->fgrp = from->fgrp;
	}
	if(from->egrp != nil){
		incref(&from->egrp->r);
		o->egrp = from->egrp;
	}
	kstrdupto(&o->user, from->user != nil ? from->user : eve);
	o->uid = from->uid;
	o->gid = from->gid;
	return o;
}

Prog*
newprog(Prog *parent, Modlink *m)
{
	Prog *p;

	p = mallocz(sizeof(Prog), 1);
	if(p == nil)
		error(Enomem);
	if(waserror()){
		free(p);
		nexterror();
	}
	p->osenv = progenv(parent != nil ? parent->osenv : up->env);
	poperror();
	p->osenv->prog = p;
	p->exobj = H;
	p->state = Pready;
	p->R.IC = Quanta;
	if(m != nil){
		addref(P2D(m));
		p->R.M = m;
		p->R.MP = m->MP == H ? nil : D2P(m->MP);
	}
	if(parent != nil){
		p->parent = parent->pid;
		p->flags = parent->flags & (Prestricted|Pprivate);
	}

	lock(&vm.l);
	p->pid = ++vm.pidgen;
	p->prev = progtail;
	if(progtail != nil)
		progtail->next = p;
	else
		vm.progs = p;
	progtail = p;
	vm.nprog++;
	unlock(&vm.l);

	if(parent != nil && parent->group != nil)
		grpadd(parent->group, p);
	return p;
}

/* Whether p waits in the run queue. VM held. */
static int
queued(Prog *p)
{
	Prog *q;

	for(q = vm.head; q != nil; q = q->link)
		if(q == p)
			return 1;
	return 0;
}

/* Append p to the run queue. VM held. */
static void
enqueue(Prog *p)
{
	p->link = nil;
	if(vm.tail != nil)
		vm.tail->link = p;
	else
		vm.head = p;
	vm.tail = p;
}

/* Take p out of the run queue if it is there. VM held. */
static void
unqueue(Prog *p)
{
	Prog **l, *prev;

	prev = nil;
	for(l = &vm.head; *l != nil; l = &(*l)->link){
		if(*l == p){
			*l = p->link;
			if(vm.tail == p)
				vm.tail = prev;
			p->link = nil;
			return;
		}
		prev = *l;
	}
}

void
addrun(Prog *p)
{
	if(vmholder != up)
		panic("addrun: VM not held, pc %p", (void*)getcallerpc(&p));
	/* a ready Prog is already queued, or is the one running: it is requeued after its quantum */
	if(p->state == Pready && (queued(p) || p == up->prog))
		return;
	p->state = Pready;
	enqueue(p);
}

void
delrun(int state)
{
	Prog *p;

	p = currun();
	lock(&vm.l);
	unqueue(p);
	p->state = state;
	unlock(&vm.l);
}

/*
 * After the VM has been let go: if Progs are ready and nobody holds
 * the VM to run them, wake an idle VM process or start one.
 */
static void
kickvm(void)
{
	enum { None, Idle, New } what;

	lock(&vm.l);
	what = None;
	if(vm.head != nil && !vm.vm.locked){
		if(vm.nidle > 0)
			what = Idle;
		else if(starting == 0){
			starting++;
			what = New;
		}
	}
	unlock(&vm.l);
	switch(what){
	case None:
		break;
	case Idle:
		wakeup(&vm.idle);
		break;
	case New:
		kproc("dis", vmachine, nil, 0);
		break;
	}
}

void
release(void)
{
	Prog *p;

	if(vmholder == up && vmnest > 0){
		vmnest--;
		return;
	}
	p = up->prog;
	if(p != nil){
		lock(&vm.l);
		p->state = Prelease;
		p->kproc = up;
		p->relticks = ticks;
		unlock(&vm.l);
	}
	vmunlock();
	kickvm();
}

/*
 * A kill or exception that came while the Prog was released is not
 * raised here: xec takes it (Pkilled, Prog.kill) when the built-in
 * returns, so acquire is also safe as devprog's bracket.
 */
void
acquire(void)
{
	Prog *p;

	if(vmholder == up){
		vmnest++;
		return;
	}
	vmlock();
	p = up->prog;
	if(p != nil){
		lock(&vm.l);
		if(p->state == Prelease)
			p->state = Pready;
		p->kproc = nil;
		/* runprog counts xec from runstart: not the time spent blocked in the call */
		p->runstart += ticks - p->relticks;
		unlock(&vm.l);
		up->env = p->osenv;
	}
	/* an interrupt meant for the system call just ended must not hit a later sleep */
	up->intr = 0;
}

static int
progsready(void *a)
{
	USED(a);
	return vm.head != nil;
}

static int
firstdone(void *a)
{
	USED(a);
	return first.done;
}

/*
 * Nothing is ready: let the VM go and sleep until something is.
 * Returns 1 with the VM held again, or 0 (VM let go) if this process
 * is not needed: another already waits idle.
 */
static int
vmidle(void)
{
	lock(&vm.l);
	if(vm.head != nil){
		unlock(&vm.l);
		return 1;
	}
	if(vm.nidle > 0){
		vm.nproc--;
		unlock(&vm.l);
		vmunlock();
		kickvm();
		return 0;
	}else
		vm.nidle++;
	unlock(&vm.l);
	vmunlock();

	up->intr = 0;
	while(waserror())
		up->intr = 0;
	sleep(&vm.idle, progsready, nil);
	poperror();

	lock(&vm.l);
	vm.nidle--;
	unlock(&vm.l);
	vmlock();
	return 1;
}

/* Unlink p from vm.progs and free it; its stack and module are gone already. */
static void
freeprog(Prog *p)
{
	lock(&vm.l);
	unqueue(p);
	if(p->prev != nil)
		p->prev->next = p->next;
	else
		vm.progs = p->next;
	if(p->next != nil)
		p->next->prev = p->prev;
	else
		progtail = p->prev;
	p->next = p->prev = nil;
	unlock(&vm.l);

	grpremove(p);
	if(up->prog == p)
		up->prog = nil;
	if(up->env == p->osenv)
		up->env = &up->defenv;
	closeosenv(p->osenv);
	p->osenv = nil;
	free(p->kill);
	destroy(p->exobj);
	free(p);
}

/* Release what p holds in the VM: its frames and its module. */
static void
progteardown(Prog *p)
{
	chanunwait(p);
	freestack(&p->R);
	if(p->R.M != nil)
		destroy(P2D(p->R.M));
	p->R.M = nil;
	p->R.MP = nil;
	p->R.PC = nil;
}

/* Run p for a quantum in this process; afterwards requeue or free it as its state says. */
static void
runprog(Prog *p)
{
	up->prog = p;
	up->env = p->osenv;
	p->runstart = ticks;
	if(p->state == Pready)
		xec(p);
	p->ticks += ticks - p->runstart;
	up->prog = nil;
	up->env = &up->defenv;
	switch(p->state){
	case Pready:
		enqueue(p);
		break;
	case Pexiting:
		freeprog(p);
		break;
	case Palt:
	case Psend:
	case Precv:
		/* blocked with a kill or exception pending (it came during a system call): take it now */
		if(p->kill != nil){
			chanunwait(p);
			addrun(p);
		}
		break;
	}
}

/* The scheduler loop; the VM is held on entry and let go when this process is not needed. */
static void
vmrun(void)
{
	Prog *p;

	for(;;){
		p = vm.head;
		if(p != nil){
			vm.head = p->link;
			if(vm.head == nil)
				vm.tail = nil;
			p->link = nil;
		}
		if(p == nil){
			if(!vmidle())
				return;
			continue;
		}
		runprog(p);
		gcrun(0);
		/* a process back from a system call waits for the VM: let it in */
		if(vm.vm.head != nil){
			vmunlock();
			vmlock();
		}
	}
}

/* A kernel process serving the VM, started when Progs were ready and none could run them. */
static void
vmachine(void *a)
{
	USED(a);
	lock(&vm.l);
	starting--;
	vm.nproc++;
	unlock(&vm.l);
	vmlock();
	vmrun();
}

/* Mark p killed: xec ends it (no handlers run) the next time it runs. */
static void
setkill(Prog *p, char *why)
{
	char *k;

	k = kstrdup(why);
	free(p->kill);
	p->kill = k;
	p->flags |= Pkilled;
}

/*
 * Make p, with a kill or exception pending, see it soon: a Prog
 * waiting on a channel is taken off it and made ready, one in a
 * system call has the call interrupted.
 */
static void
interrupt(Prog *p)
{
	switch(p->state){
	case Palt:
	case Psend:
	case Precv:
	case Pdebug:
		chanunwait(p);
		addrun(p);
		break;
	case Prelease:
		if(p->kproc != nil)
			swiproc(p->kproc, 0);
		break;
	}
}

/*
 * Post an exception to p, raised where it stands the next time it
 * runs (catchable). A pending kill or exception is not replaced.
 */
void
progexcept(Prog *p, char *text)
{
	if(p->state == Pexiting || p->state == Pbroken)
		return;
	if(p->kill == nil)
		p->kill = kstrdup(text);
	interrupt(p);
}

int
killprog(Prog *p, char *why)
{
	switch(p->state){
	case Pexiting:
		return 0;
	case Pbroken:
		/* kept for debugging: it goes now */
		progteardown(p);
		p->state = Pexiting;
		freeprog(p);
		return 1;
	}
	setkill(p, why);
	interrupt(p);
	return 1;
}

int
killgrp(Prog *p, char *why)
{
	Progs *g;
	Prog *f, *next;
	int n;

	g = p->group;
	if(g == nil)
		return killprog(p, why);
	n = 0;
	for(f = g->head; f != nil; f = next){
		next = f->gnext;
		if(f != up->prog)
			n += killprog(f, why);
	}
	return n;
}

/*
 * Kill the process group id, as the console's ^C does (devcons.c
 * calls it through conskillgrp): from a kernel process that holds no
 * Prog, so it takes the VM itself.
 */
int
killgrpid(int id, char *why)
{
	Prog *p;
	int n;

	acquire();
	lock(&vm.l);
	for(p = vm.progs; p != nil; p = p->next)
		if(p->group != nil && p->group->id == id && p->state != Pexiting)
			break;
	unlock(&vm.l);
	n = p != nil ? killgrp(p, why) : 0;
	release();
	return n;
}

/* An exception ends p: the group hears of it as the leader asked (kernel-core.md §12.2.1). */
static void
propagate(Prog *p, char *why)
{
	Progs *g;
	Prog *f;

	g = p->group;
	if(g == nil || why[0] == '\0' || (p->flags & Ppropagated))
		return;
	if(g->flags & Ppropagate){
		for(f = g->head; f != nil; f = f->gnext)
			if(f != p && f->kill == nil){
				f->flags |= Ppropagated;
				progexcept(f, why);
			}
	}else if(g->flags & Pnotifyleader){
		for(f = g->head; f != nil; f = f->gnext){
			if(f == p)
				continue;
			if(f == g->leader){
				if(f->kill == nil){
					f->flags |= Ppropagated;
					progexcept(f, why);
				}
			}else if(f->state != Pexiting && f->state != Pbroken)
				killprog(f, exKilled);
		}
	}
}

/*
 * Print the Broken line on p's fd 2. The current Prog writes it as a
 * system call, with the VM let go: fd 2 may be a pipe that only
 * another Prog drains.
 */
static void
printbroken(Prog *p, char *mod, char *why)
{
	char buf[ERRMAX+2*KNAMELEN+32];
	Osenv *o;
	int n;

	n = snprint(buf, sizeof buf, "[%s] Broken: \"%s\"\n", mod, why);
	if(p == currun() && vmholder == up && vmnest == 0){
		release();
		kwrite(2, buf, n);
		acquire();
		return;
	}
	o = up->env;
	up->env = p->osenv;
	kwrite(2, buf, n);
	up->env = o;
}

void
progexit(Prog *p, char *why)
{
	char mod[KNAMELEN*2], msg[ERRMAX+2*KNAMELEN+32];
	Prog *parent;
	int broken, n;

	if(why == nil)
		why = "";
	if(p->state == Pexiting)
		return;
	strecpy(mod, mod+sizeof mod, p->R.M != nil && p->R.M->m != nil ? p->R.M->m->name : "$Sys");
	/* a normal end, an interrupt, a fail: or a kill ends the Prog without the Broken line */
	broken = why[0] != '\0' && strcmp(why, Eintr) != 0 && strncmp(why, "fail:", 5) != 0 &&
		strcmp(why, exKilled) != 0;

	if(broken)
		printbroken(p, mod, why);
	if(why[0] != '\0'){
		n = strlen(p->exstr) - strlen(why);
		if(n < 0 || strcmp(p->exstr+n, why) != 0)
			snprint(p->exstr, sizeof p->exstr, "%d %s %s",
				p->R.M != nil && p->R.M->m->prog != nil && p->R.xpc != nil ?
				(int)(p->R.xpc - p->R.M->m->prog) : 0, mod, why);
	}

	parent = p->parent != 0 ? progpid(p->parent) : nil;
	if(parent != nil && parent->waitq != nil){
		n = snprint(msg, sizeof msg, "%d \"%s\":%s", p->pid, mod, why);
		qproduce(parent->waitq, msg, n);
	}

	propagate(p, why);

	lock(&vm.l);
	vm.nprog--;
	if(p == first.p){
		first.p = nil;
		first.done = 1;
		first.status = why[0] != '\0';	/* any exception, fail: and interrupted too, is a failed run */
	}
	unlock(&vm.l);
	if(first.done)
		wakeup(&first.r);

	if(broken && keepbroken){
		/* kept, stack and all, for /prog and the debugger until killed */
		p->state = Pbroken;
		return;
	}
	progteardown(p);
	p->state = Pexiting;
}

/* The Command interface's init (dis-link.md §3). */
static Ifunc cmdinit[] = {{0x4244b354, "init"}};
static Import cmdimport = {1, cmdinit};

/*
 * The first program: start the VM, load path, and run its init with
 * argv in a new Prog and group; wait until that Prog ends.
 */
int
disexec(char *path, char **argv)
{
	static int vmstarted;
	char err[ERRMAX];
	Modlink *ml;
	Prog *volatile p;
	Frame *f;
	List *l;
	Rlink *init;
	Osenv *home;
	int i, argc;

	home = up->env;
	vmlock();
	p = nil;
	if(waserror()){
		if(p != nil){
			progteardown(p);
			lock(&vm.l);
			vm.nprog--;
			unlock(&vm.l);
			p->state = Pexiting;
			freeprog(p);
		}
		vmunlock();
		up->env = home;
		return -1;
	}
	if(!vmstarted){
		vmstarted = 1;
		gcinit();
		sysmodinit();
		mathmodinit();
		keyringmodinit();
		drawmodinit();
		conskillgrp = killgrpid;	/* ^C on the console can kill process groups now */
	}
	ml = loadmod(path, &cmdimport, err, sizeof err);
	if(ml == nil)
		error(err);
	init = ml->links[0].l;
	if(init->pc == nil || init->frame == nil){
		destroy(P2D(ml));
		errorf("%s: not a Dis module", path);
	}
	p = newprog(nil, ml);
	destroy(P2D(ml));	/* the Prog holds its own reference */
	newgroup(p);

	f = (Frame*)newframe(&p->R, init->frame);
	f->lr = 0;
	f->fp = 0;
	f->mr = 0;
	P(f->args) = H;		/* ctxt: no Draw context */
	P(f->args+4) = H;
	p->R.FP = (uchar*)f;
	p->R.PC = init->pc;
	for(argc = 0; argv != nil && argv[argc] != nil; argc++)
		;
	/* argv, built from the end; each cell is in the frame before the next allocation */
	for(i = argc-1; i >= 0; i--){
		l = newlist(&Tptr, P(f->args+4));
		P(l->data) = H;
		P(f->args+4) = P2D(l);
		P(l->data) = c2string(argv[i], strlen(argv[i]));
	}

	lock(&vm.l);
	first.p = p;
	first.done = 0;
	first.status = 0;
	unlock(&vm.l);
	addrun(p);
	poperror();
	vmunlock();
	kickvm();

	up->intr = 0;
	while(waserror())
		up->intr = 0;
	sleep(&first.r, firstdone, nil);
	poperror();
	up->env = home;
	return first.status;
}
