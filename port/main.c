/*
 * Portable start-up: after the arch has set up memory, the CPU and
 * conf, kmain brings up the allocators, the scheduler and the
 * devices, and starts the first kernel proc, which builds the
 * start-up name space and runs the first program.
 */
#include "all.h"

Conf conf;
char sysname[64] = "ember";
char *bootuser;		/* the first proc's user; the arch may set it, else eve */
int hostexitstatus;

typedef struct Firstarg Firstarg;
struct Firstarg {
	int	(*f)(void*);
	void	*a;
};
static Firstarg first;

/* The binds of the target's conf; one that fails (a missing device or directory) is skipped. */
static void
startnamespace(void)
{
	Pgrp *pg;
	Nsop *o;

	pg = up->env->pgrp;
	pg->slash = namec("#/", Atodir, 0, 0);
	cnameclose(pg->slash->name);
	pg->slash->name = newcname("/");
	pg->dot = cclone(pg->slash);
	for(o = startns; o->new != nil; o++)
		kbind(o->new, o->old, o->flag);
}

/* fds 0, 1 and 2 on the console */
static void
startfds(void)
{
	if(kopen("#c/cons", OREAD) != 0 || kopen("#c/cons", OWRITE) != 1 || kopen("#c/cons", OWRITE) != 2)
		panic("cannot open the console: %r");
}

static void
init0(void *a)
{
	int status;

	USED(a);
	if(waserror())
		panic("init0: %s", up->env->errstr);
	if(bootuser != nil)
		kstrdupto(&up->env->user, bootuser);
	chandevinit();
	startnamespace();
	startfds();
	poperror();
	status = first.f(first.a);
	halt(status);
}

void
kmain(int (*f)(void*), void *a)
{
	first.f = f;
	first.a = a;
	xinit();
	poolinit();
	procinit();
	timersinit();
	fmtinstall('D', dirfmt);
	if(eve == nil)
		eve = "inferno";
	chandevreset();
	archinit();
	kproc("main", init0, nil, 0);
	schedinit();
}

/* Stop the machine: devices shut down, then the arch powers off with status. */
void
halt(int status)
{
	if(!waserror()){
		chandevshutdown();
		poperror();
	}
	archpoweroff(status);
}
