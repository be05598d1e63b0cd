/*
 * #p (libinterp/devprog.c) over hand-built Progs: the listing and
 * qids, permissions and progmode, the status line (running, in a
 * built-in, exiting), stack frames, pgrp and nsgrp, exception, fd,
 * ns as one command per read, wait, and ctl. The kernel is the test
 * kernel with prog among its devices; this file stands in for the
 * parts of sched.c the device uses (vm, progpid, acquire/release,
 * killprog, killgrp, progstate), with Progs that never run.
 */
#include "ktest.h"
#include "../../../libinterp/interp.h"

struct Vm vm;
char *progstate[Nstate] = { "ready", "alt", "send", "recv", "debug", "release", "exiting", "broken" };

/* acquire/release: the VM is vm.vm, so an unbalanced pair shows as a held lock at the end */
void
acquire(void)
{
	qlock(&vm.vm);
}

void
release(void)
{
	qunlock(&vm.vm);
}

Prog*
progpid(int pid)
{
	Prog *p;

	lock(&vm.l);
	for(p = vm.progs; p != nil && p->pid != pid; p = p->next)
		;
	unlock(&vm.l);
	return p;
}

static Prog *killed;
static char killwhy[64];
static int killedgrp;

int
killprog(Prog *p, char *why)
{
	killed = p;
	killedgrp = 0;
	strecpy(killwhy, killwhy+sizeof killwhy, why);
	return 0;
}

int
killgrp(Prog *p, char *why)
{
	killed = p;
	killedgrp = 1;
	strecpy(killwhy, killwhy+sizeof killwhy, why);
	return 0;
}

/* The test's Dis world: module Rt3 (10 instructions, 100 bytes of data) and the built-in $Sys. */
static Rmod *rt3, *sys;
static Modlink *rt3l, *sysl;
static Progs *grp;
static Prog *p5, *p9;
static Frame *fa, *fb, *fc;	/* outermost, middle, the built-in's */
static Stkseg *seg;

static void
addprog(Prog *p)
{
	Prog **l;

	lock(&vm.l);
	for(l = &vm.progs; *l != nil && (*l)->pid < p->pid; l = &(*l)->next)
		;
	p->next = *l;
	*l = p;
	unlock(&vm.l);
}

static void
delprog(Prog *p)
{
	Prog **l;

	lock(&vm.l);
	for(l = &vm.progs; *l != nil; l = &(*l)->next)
		if(*l == p){
			*l = p->next;
			break;
		}
	unlock(&vm.l);
}

static void
build(void)
{
	Module *m;

	m = mallocz(sizeof(Module), 1);
	m->datasize = 100;
	rt3 = mallocz(sizeof(Rmod), 1);
	rt3->name = "Rt3";
	rt3->path = "/dis/rt3.dis";
	rt3->m = m;
	rt3->nprog = 10;
	rt3->prog = mallocz(10*sizeof(Inst), 1);
	sys = mallocz(sizeof(Rmod), 1);
	sys->name = "Sys";
	sys->path = "$Sys";
	rt3l = mallocz(sizeof(Modlink), 1);
	rt3l->m = rt3;
	rt3l->MP = P2D(mallocz(100, 1));
	rt3l->self = H;
	sysl = mallocz(sizeof(Modlink), 1);
	sysl->m = sys;
	sysl->MP = H;
	sysl->self = H;

	/* one 4096-byte segment: A calls B (returning to 4), B calls Sys (returning to 7) */
	seg = mallocz(4096, 1);
	seg->top = (uchar*)seg + 4096;
	fa = (Frame*)seg->stack;
	fb = (Frame*)(seg->stack + 64);
	fc = (Frame*)(seg->stack + 128);
	fb->lr = P2D(&rt3->prog[4]);
	fb->fp = P2D(fa);
	fc->lr = P2D(&rt3->prog[7]);
	fc->fp = P2D(fb);

	grp = mallocz(sizeof(Progs), 1);
	grp->id = 5;
	p5 = mallocz(sizeof(Prog), 1);
	p5->pid = 5;
	p5->group = grp;
	grp->leader = p5;
	p5->state = Palt;
	p5->ticks = 6150;	/* 61.5 s */
	p5->osenv = up->env;	/* the test's user, name space and fds */
	p5->exobj = H;
	p5->R.FP = (uchar*)fc;
	p5->R.PC = &rt3->prog[7];
	p5->R.M = rt3l;
	p5->R.seg = seg;
	p5->syscallm = sysl;
	strecpy(p5->exstr, p5->exstr+sizeof p5->exstr, "3 Rt3 array bounds error");
	addprog(p5);

	p9 = mallocz(sizeof(Prog), 1);
	p9->pid = 9;
	p9->parent = 5;
	p9->group = grp;
	p9->state = Pready;
	p9->osenv = up->env;
	p9->exobj = H;
	p9->R.FP = (uchar*)fb;
	p9->R.PC = &rt3->prog[2];
	p9->R.M = rt3l;
	addprog(p9);
}

/* The whole of a file, read in one go; or "<open: error>" / "<read: error>". */
static char*
cat(char *path)
{
	static char buf[4096];
	int fd;
	long n;

	fd = kopen(path, OREAD);
	if(fd < 0){
		snprint(buf, sizeof buf, "<open: %r>");
		return buf;
	}
	n = kread(fd, buf, sizeof buf - 1);
	if(n < 0)
		snprint(buf, sizeof buf, "<read: %r>");
	else
		buf[n] = '\0';
	kclose(fd);
	return buf;
}

static void
testlist(void)
{
	Dir d;
	char strs[256], *got;

	testbegin("#p lists a directory per Prog by pid, and a Prog's files in index order");
	got = dirnames("/prog");
	check(strcmp(got, "5 9") == 0, "ls /prog gave \"%s\"", got);
	got = dirnames("/prog/5");
	check(strcmp(got, "ctl ns nsgrp pgrp stack status text wait fd exception") == 0, "ls /prog/5 gave \"%s\"", got);
	check(kdirstat("/prog/5", &d, strs, sizeof strs) == 0, "stat /prog/5: %r");
	check(d.mode == (DMDIR|0555) && d.qid.path == 5<<4 && d.qid.vers == 5 && d.qid.type == QTDIR,
		"/prog/5: mode %luo qid (%llux %lud %ux)", d.mode, d.qid.path, d.qid.vers, d.qid.type);
	check(strcmp(d.uid, up->env->user) == 0, "/prog/5 owner %s, want %s", d.uid, up->env->user);
	check(kdirstat("/prog/9/status", &d, strs, sizeof strs) == 0, "stat /prog/9/status: %r");
	check(d.mode == 0444 && d.qid.path == (9<<4|8) && d.qid.vers == 9, "/prog/9/status: mode %luo qid (%llux %lud)", d.mode, d.qid.path, d.qid.vers);
	check(kdirstat("/prog/6", &d, strs, sizeof strs) < 0, "stat /prog/6 of no Prog worked");
	check(kdirstat("/prog/05", &d, strs, sizeof strs) < 0, "stat /prog/05 worked");
	check(kdirstat("/prog/5/dbgctl", &d, strs, sizeof strs) < 0, "stat /prog/5/dbgctl worked");
	check(kdirstat("/prog/5/heap", &d, strs, sizeof strs) < 0, "stat /prog/5/heap worked");
	ktestend();
}

static void
testperm(void)
{
	Dir d;
	uchar buf[256];
	char strs[256];
	int n;

	testbegin("a Prog's file modes without other bits are widened by progmode, which wstat sets");
	check(kdirstat("/prog/5/ctl", &d, strs, sizeof strs) == 0 && d.mode == 0200, "ctl mode %luo", d.mode);
	check(kdirstat("/prog/5/ns", &d, strs, sizeof strs) == 0 && d.mode == 0444, "ns mode %luo", d.mode);
	check(kdirstat("/prog/5/text", &d, strs, sizeof strs) == 0 && d.mode == 0, "text mode %luo", d.mode);
	check(kopen("/prog/5/text", OREAD) < 0, "text opened");
	check(kopen("/prog/5/status", OWRITE) < 0, "status opened for writing");
	nulldir(&d);
	d.mode = 0600;
	n = convD2M(&d, buf, sizeof buf);
	check(kwstat("/prog/5/status", buf, n) == n, "wstat: %r");
	check(kdirstat("/prog/5/ns", &d, strs, sizeof strs) == 0 && d.mode == 0400, "ns mode after wstat 0600: %luo", d.mode);
	check(kdirstat("/prog/5/status", &d, strs, sizeof strs) == 0 && d.mode == 0444, "status mode after wstat 0600: %luo", d.mode);
	nulldir(&d);
	d.mode = 0644;
	n = convD2M(&d, buf, sizeof buf);
	check(kwstat("/prog/5/status", buf, n) == n, "wstat back: %r");
	check(kdirstat("/prog/5/ns", &d, strs, sizeof strs) == 0 && d.mode == 0444, "ns mode after wstat 0644: %luo", d.mode);
	ktestend();
}

static void
teststatus(void)
{
	char want[256], *got;
	int fd;
	long n;

	testbegin("status: pid, group, user, time, state, size, Caller[$Builtin]; exiting once gone");
	/* size: the stack segment and Rt3's data and code */
	snprint(want, sizeof want, "       5        5 %10s    1:01.5        alt %5ludK Rt3[$Sys]",
		up->env->user, (4096 + 100 + 10*sizeof(Inst))/1024);
	got = cat("/prog/5/status");
	check(strcmp(got, want) == 0, "status gave \"%s\", want \"%s\"", got, want);

	/* an interpreter that makes the built-in's handle current: the caller comes from the frame */
	p5->R.M = sysl;
	p5->syscallm = nil;
	fc->mr = P2D(rt3l);
	got = cat("/prog/5/status");
	check(strcmp(got, want) == 0, "status with R.M the built-in gave \"%s\", want \"%s\"", got, want);
	p5->R.M = rt3l;
	p5->syscallm = sysl;
	fc->mr = 0;

	snprint(want, sizeof want, "       9        5 %10s    0:00.0      ready     0K Rt3", up->env->user);
	got = cat("/prog/9/status");
	check(strcmp(got, want) == 0, "status 9 gave \"%s\", want \"%s\"", got, want);

	fd = kopen("/prog/9/status", OREAD);
	check(fd >= 0, "open /prog/9/status: %r");
	p9->state = Pexiting;
	n = kread(fd, want, sizeof want - 1);
	want[n > 0 ? n : 0] = 0;
	snprint(want+128, 128, "       9        0 %10s    0:00.0    exiting     0K [$Sys]", eve);
	check(strcmp(want, want+128) == 0, "status of exiting 9 gave \"%s\", want \"%s\"", want, want+128);
	p9->state = Pready;
	kclose(fd);
	ktestend();
}

static void
teststack(void)
{
	char want[512], *got;

	testbegin("stack: Dis frames innermost first, instruction index PCs, built-in frames left out");
	snprint(want, sizeof want,
		"%.8lux 00000007 %.8lux %.8lux 0 /dis/rt3.dis\n"
		"%.8lux 00000004 %.8lux %.8lux 0 /dis/rt3.dis\n",
		(ulong)P2D(fb), (ulong)rt3l->MP, (ulong)P2D(rt3->prog),
		(ulong)P2D(fa), (ulong)rt3l->MP, (ulong)P2D(rt3->prog));
	got = cat("/prog/5/stack");
	check(strcmp(got, want) == 0, "stack gave \"%s\", want \"%s\"", got, want);

	p5->R.M = sysl;
	p5->syscallm = nil;
	fc->mr = P2D(rt3l);
	got = cat("/prog/5/stack");
	check(strcmp(got, want) == 0, "stack with R.M the built-in gave \"%s\", want \"%s\"", got, want);
	p5->R.M = rt3l;
	p5->syscallm = sysl;
	fc->mr = 0;

	got = cat("/prog/9/stack");
	check(strcmp(got, "<read: thread must be stopped>") == 0, "stack of a ready Prog gave \"%s\"", got);
	ktestend();
}

static void
testnums(void)
{
	char want[64], *got;

	testbegin("pgrp, nsgrp and exception");
	got = cat("/prog/9/pgrp");
	check(strcmp(got, "          5 ") == 0, "pgrp gave \"%s\"", got);
	snprint(want, sizeof want, "%11lud ", up->env->pgrp->pgrpid);
	got = cat("/prog/9/nsgrp");
	check(strcmp(got, want) == 0, "nsgrp gave \"%s\", want \"%s\"", got, want);
	got = cat("/prog/5/exception");
	check(strcmp(got, "3 Rt3 array bounds error") == 0, "exception gave \"%s\"", got);
	got = cat("/prog/9/exception");
	check(strcmp(got, "") == 0, "exception of 9 gave \"%s\"", got);
	ktestend();
}

static void
testfd(void)
{
	char *got, line[256], *p;
	int fd, cfd;
	long n;

	testbegin("fd: the current directory, then the line of #d/Nctl for each fd");
	fd = kcreate("#U/data", OWRITE, 0666);
	check(fd == 3, "create gave fd %d: %r", fd);
	kwrite(fd, "12345", 5);
	got = cat("/prog/5/fd");
	check(strncmp(got, "/\n", 2) == 0, "fd's first line: \"%s\"", got);
	cfd = kopen("#d/3ctl", OREAD);
	n = kread(cfd, line, sizeof line - 1);
	line[n > 0 ? n : 0] = 0;
	kclose(cfd);
	p = strstr(got, "\n  3 ");
	check(p != nil && strncmp(p+1, line, strlen(line)) == 0, "fd gave \"%s\", #d/3ctl \"%s\"", got, line);
	check(strstr(got, "\n  0 r  c ") != nil && strstr(got, "#c/cons\n") != nil, "fd gave \"%s\"", got);
	kclose(fd);
	ktestend();
}

static void
testns(void)
{
	char buf[256], all[2048], *p;
	int fd, n, nread;

	testbegin("ns: one command per read, by mountid, flags -abc, ending with cd");
	check(kbind("#|", "/n", MBEFORE|MCREATE) >= 0, "bind: %r");
	fd = kopen("/prog/5/ns", OREAD);
	check(fd >= 0, "open ns: %r");
	p = all;
	all[0] = 0;
	nread = 0;
	while((n = kread(fd, buf, sizeof buf - 1)) > 0){
		buf[n] = 0;
		check(strchr(buf, '\n') == buf+n-1, "read %d gave \"%s\", not one line", nread, buf);
		p = seprint(p, all+sizeof all, "%s", buf);
		nread++;
	}
	check(n == 0, "read: %r");
	check(kread(fd, buf, sizeof buf) == 0, "no EOF after the cd");
	kclose(fd);
	check(strncmp(all, "bind / /\nbind -ac #U /\nbind /dev /dev\nbind -b #c /dev\nbind #p /prog\n", 66) == 0,
		"ns began \"%s\"", all);
	check(strstr(all, "\nbind -c #e /env\n") != nil, "no bind -c #e: \"%s\"", all);
	check(strstr(all, "\nbind /n /n\nbind -bc #| /n\ncd /\n") != nil, "no bind -bc #| or cd at the end: \"%s\"", all);
	check(kunmount(nil, "/n") >= 0, "unmount: %r");
	ktestend();
}

static void
testwait(void)
{
	char buf[64];
	int fd;
	long n;
	static char msg[] = "12 \"Rt3\":fail:no";

	testbegin("wait: opening gives the Prog a queue; a read returns one exit message; close takes it back");
	fd = kopen("/prog/5/wait", OREAD);
	check(fd >= 0 && p5->waitq != nil, "open wait: %r");
	if(p5->waitq != nil){
		qproduce(p5->waitq, msg, strlen(msg));
		qproduce(p5->waitq, "13 \"Rt3\":", 9);
		n = kread(fd, buf, sizeof buf - 1);
		buf[n > 0 ? n : 0] = 0;
		check(strcmp(buf, msg) == 0, "wait read \"%s\"", buf);
		n = kread(fd, buf, sizeof buf - 1);
		buf[n > 0 ? n : 0] = 0;
		check(strcmp(buf, "13 \"Rt3\":") == 0, "second wait read \"%s\"", buf);
	}
	kclose(fd);
	check(p5->waitq == nil, "waitq left after close");
	ktestend();
}

static int
ctl(char *path, char *cmd)
{
	int fd, n;

	fd = kopen(path, OWRITE);
	if(fd < 0)
		return -1;
	n = kwrite(fd, cmd, strlen(cmd));
	kclose(fd);
	return n;
}

static void
testctl(void)
{
	char err[ERRMAX];

	testbegin("ctl: kill, killgrp, restricted, private, exceptions (leader only)");
	check(ctl("/prog/9/ctl", "kill") == 4 && killed == p9 && !killedgrp && strcmp(killwhy, "killed") == 0,
		"kill: %r");
	check(ctl("/prog/5/ctl", "killgrp\n") == 8 && killed == p5 && killedgrp, "killgrp: %r");
	check(ctl("/prog/9/ctl", "restricted") > 0 && (p9->flags & Prestricted), "restricted: %r");
	check(ctl("/prog/9/ctl", "private") > 0 && (p9->flags & Pprivate), "private: %r");
	check(ctl("/prog/5/ctl", "exceptions propagate") > 0 && (p5->flags & Ppropagate) && (grp->flags & Ppropagate),
		"exceptions propagate: %r");
	check(ctl("/prog/5/ctl", "exceptions notifyleader") > 0 && (p5->flags & (Ppropagate|Pnotifyleader)) == Pnotifyleader
		&& (grp->flags & (Ppropagate|Pnotifyleader)) == Pnotifyleader, "exceptions notifyleader: %r");
	check(ctl("/prog/9/ctl", "exceptions propagate") < 0, "exceptions from a member worked");
	kgerrstr(err, sizeof err);
	check(strcmp(err, "permission denied") == 0, "exceptions from a member: %s", err);
	check(ctl("/prog/5/ctl", "exceptions sometimes") < 0, "exceptions sometimes worked");
	check(ctl("/prog/5/ctl", "stop") < 0, "stop worked");
	check(ctl("/prog/5/ctl", "kill now") < 0, "kill now worked");
	check(kopen("/prog/5/ctl", OREAD) < 0, "ctl opened for reading");
	delprog(p9);
	check(ctl("/prog/9/ctl", "kill") < 0, "kill of a gone Prog worked");
	kgerrstr(err, sizeof err);
	check(strstr(err, "does not exist") != nil, "kill of a gone Prog: %s", err);
	addprog(p9);
	ktestend();
}

static void
testgone(void)
{
	char buf[64];
	int fd;

	testbegin("files of a Prog that has gone: status says exiting, the others thread exited");
	fd = kopen("/prog/9/stack", OREAD);
	check(fd >= 0, "open stack: %r");
	delprog(p9);
	check(kread(fd, buf, sizeof buf) < 0, "read stack of a gone Prog worked");
	kgerrstr(buf, sizeof buf);
	check(strcmp(buf, "thread exited") == 0, "read stack of a gone Prog: %s", buf);
	kclose(fd);
	check(strcmp(dirnames("/prog"), "5") == 0, "ls /prog gave \"%s\"", dirnames("/prog"));
	addprog(p9);
	check(canqlock(&vm.vm), "the VM is still held: acquire and release unbalanced");
	qunlock(&vm.vm);
	ktestend();
}

int
testmain(void)
{
	build();
	testlist();
	testperm();
	teststatus();
	teststack();
	testnums();
	testfd();
	testns();
	testwait();
	testctl();
	testgone();
	return testnfail;
}
