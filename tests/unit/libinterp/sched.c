/*
 * The Dis scheduler and module loading end to end (libinterp/sched.c,
 * link.c): disexec runs small assembled programs (the .s files in vm/, built into
 * the dis folder beside this test) and the test checks its result,
 * its error string, and what the programs wrote on fds 1 and 2:
 * normal exits and failures, a broken Prog's message, load and link
 * errors, argv, threads exchanging values on channels, Progs in
 * system calls (Sys->sleep) letting others run, a kill interrupting
 * a system call, and Progs left behind when the first one ends. Then
 * process groups, driven from C: membership, killgrp, exceptions
 * propagating to the group or notifying its leader, and exit messages
 * for the parent's wait file; and loadmod: the cache of loaded files,
 * each instance's data, link errors and $self.
 */
#include <stdlib.h>
#include "ktest.h"
#include "host.h"
#include "../../../libinterp/interp.h"

static char disdir[512];
static char out[4096];
static char vmout[] = "#U/vmout";	/* where the programs' fds 1 and 2 go */

/* The host's absolute path of the folder holding the test programs. */
static void
finddis(void)
{
	static char r[4096];
	char *ok, *s;

	ok = nil;
	HOSTCALL(ok = realpath(hostargv[0], r));
	if(ok == nil){
		strecpy(disdir, disdir+sizeof disdir, "/nonexistent");
		return;
	}
	s = strrchr(r, '/');
	if(s != nil)
		*s = 0;
	snprint(disdir, sizeof disdir, "#U*%s/dis", r);
}

/*
 * Run prog (a name in the dis folder, or a path if it starts with
 * '/') with argv; what it writes on fds 1 and 2 lands in out.
 */
static int
run1(char *prog, char **argv)
{
	char path[600];
	char *defargv[2];
	int st;

	if(prog[0] == '/')
		strecpy(path, path+sizeof path, prog);
	else
		snprint(path, sizeof path, "%s/%s.dis", disdir, prog);
	if(argv == nil){
		defargv[0] = prog;
		defargv[1] = nil;
		argv = defargv;
	}
	outputto(vmout);
	st = disexec(path, argv);
	readfile(vmout, out, sizeof out);
	return st;
}

static void
exit0(void)
{
	int st;

	st = run1("exit0", nil);
	check(st == 0, "status %d (%r), want 0", st);
	check(out[0] == 0, "output \"%s\"", out);
}

static void
failure(void)
{
	int st;

	st = run1("fail", nil);
	check(st == 1, "status %d, want 1 for a fail: exception (a failed run, quietly)", st);
	check(out[0] == 0, "output \"%s\", want none", out);
}

static void
broken(void)
{
	int st;

	st = run1("boom", nil);
	check(st == 1, "status %d, want 1", st);
	check(strcmp(out, "[Boom] Broken: \"boom\"\n") == 0, "output \"%s\"", out);
}

static void
nofile(void)
{
	char err[ERRMAX];
	int st;

	st = run1("/nosuch.dis", nil);
	kgerrstr(err, sizeof err);
	check(st == -1, "status %d, want -1", st);
	check(strstr(err, "does not exist") != nil, "error \"%s\"", err);
}

static void
badsig(void)
{
	char err[ERRMAX];
	int st;

	st = run1("badsig", nil);
	kgerrstr(err, sizeof err);
	check(st == -1, "status %d, want -1", st);
	check(strcmp(err, "link typecheck Badsig->init() 12345678/4244b354") == 0, "error \"%s\"", err);
}

static void
notdis(void)
{
	char err[ERRMAX];
	int st, fd;

	fd = kcreate("#U/junk.dis", OWRITE, 0666);
	kwrite(fd, "not a dis file", 14);
	kclose(fd);
	st = run1("/junk.dis", nil);
	kgerrstr(err, sizeof err);
	check(st == -1 && err[0] != 0, "status %d, error \"%s\"", st, err);
}

static void
args(void)
{
	char *argv[] = {"argv", "one", "two", nil};
	int st;

	st = run1("argv", argv);
	check(st == 0, "status %d; output \"%s\"", st, out);
}

static void
chans(void)
{
	int st;

	st = run1("chans", nil);
	check(st == 0, "status %d; output \"%s\"", st, out);
}

static void
sleeping(void)
{
	ulong t0, t;
	int st;

	t0 = msec();
	st = run1("sleep", nil);
	t = msec() - t0;
	check(st == 0, "status %d; output \"%s\"", st, out);
	/* three 30ms sleeps at once, not one after another */
	check(t >= 30 && t < 85, "took %lud ms", t);
}

static void
orphan(void)
{
	int st, n;

	st = run1("orphan", nil);
	check(st == 0, "status %d; output \"%s\"", st, out);
	check(strcmp(out, "[Orphan] Broken: \"oops\"\n") == 0, "output \"%s\"", out);
	acquire();
	n = vm.nprog;
	release();
	check(n == 1, "%d Progs alive, want the one left blocked", n);
	st = run1("exit0", nil);
	check(st == 0, "a later program: status %d", st);
}

static void
modules(void)
{
	static Ifunc f1[] = {{0x4244b354, "init"}, {0x11111111, "other"}};
	static Import imp1 = {2, f1};
	static Ifunc f2[] = {{0x4244b354, "init"}, {0x22222222, "nosuch"}};
	static Import imp2 = {2, f2};
	static Ifunc f3[] = {{0x4244b354, "init"}, {0x11111112, "other"}};
	static Import imp3 = {2, f3};
	char path[600], err[ERRMAX];
	Modlink *m1, *m2, *s1;
	uchar *mp1, *mp2;
	Array *a1, *a2;

	snprint(path, sizeof path, "%s/mods.dis", disdir);
	acquire();
	m1 = loadmod(path, &imp1, err, sizeof err);
	m2 = loadmod(path, &imp1, err, sizeof err);
	check(m1 != nil && m2 != nil, "load failed: %s", err);
	if(m1 == nil || m2 == nil){
		release();
		return;
	}
	check(m1->m == m2->m && m1->m->ref == 2, "the loaded module is not shared (ref %d)", m1->m->ref);
	check(m1->MP != m2->MP && m1->MP != H, "instances share module data");
	mp1 = D2P(m1->MP);
	mp2 = D2P(m2->MP);
	check(P(mp1) == P(mp2) && P(mp1) != H && stringcmp(P(mp1), P(mp2)) == 0, "the data's string is not shared");
	a1 = D2P(P(mp1+4));
	a2 = D2P(P(mp2+4));
	check(a1 != a2 && a1->len == 3 && W(a1->data+4) == 8 && W(a2->data+8) == 9, "arrays shared or wrong");
	check(m1->nlinks == 2 && m1->links[1].l == &m1->m->link[1] && m1->links[0].pc == m1->m->link[0].pc, "links wrong");

	s1 = mklinkself(m1, &imp1, err, sizeof err);
	check(s1 != nil && s1->MP == m1->MP && s1->self == P2D(m1) && PH(m1->MP)->ref == 2 && PH(P2D(m1))->ref == 2,
		"$self handle does not share the instance");
	destroy(P2D(s1));
	check(PH(m1->MP)->ref == 1 && PH(P2D(m1))->ref == 1, "$self handle kept its references");

	check(loadmod(path, &imp2, err, sizeof err) == nil && strcmp(err, "link typecheck Mods->nosuch() 0/22222222") == 0,
		"missing function: %s", err);
	check(loadmod(path, &imp3, err, sizeof err) == nil && strcmp(err, "link typecheck Mods->other() 11111111/11111112") == 0,
		"wrong signature: %s", err);
	check(loadmod(path, nil, err, sizeof err) == nil && strcmp(err, "obsolete dis") == 0, "no import list: %s", err);
	check(loadmod("$Nosuch", &imp1, err, sizeof err) == nil && strcmp(err, "module not built-in") == 0, "unknown built-in: %s", err);
	check(m1->m->ref == 2, "failed loads left references: %d", m1->m->ref);
	destroy(P2D(m1));
	check(m2->m->ref == 1, "a handle gone: ref %d", m2->m->ref);
	destroy(P2D(m2));
	release();
}

static Rendez killr;
static int killed;

/* Kill Killme's worker once it sleeps in its system call. */
static void
killer(void *a)
{
	Prog *p;
	int i;

	USED(a);
	for(i = 0; i < 100; i++){
		tsleep(&killr, return0, nil, 10);
		acquire();
		for(p = vm.progs; p != nil; p = p->next)
			if(p->parent != 0 && p->state == Prelease && p->R.M != nil && strcmp(p->R.M->m->name, "Killme") == 0)
				break;
		if(p != nil){
			killed = killprog(p, "killed");
			release();
			return;
		}
		release();
	}
	killed = -1;
}

static void
killsyscall(void)
{
	Prog *p;
	ulong t0, t;
	int st, left;

	killed = 0;
	kproc("killer", killer, nil, 0);
	t0 = msec();
	st = run1("killme", nil);
	t = msec() - t0;
	check(st == 0, "status %d; output \"%s\"", st, out);
	check(killed == 1, "killprog gave %d", killed);
	check(out[0] == 0, "output \"%s\"", out);
	check(t < 2000, "took %lud ms", t);
	left = 0;
	acquire();
	for(p = vm.progs; p != nil; p = p->next)
		if(p->R.M != nil && strcmp(p->R.M->m->name, "Killme") == 0)
			left++;
	release();
	check(left == 0, "%d Killme Progs left", left);
}

static Prog *gprogs[16];
static int ngprogs;

static Prog*
gprog(Prog *parent)
{
	Prog *p;

	p = newprog(parent, nil);
	gprogs[ngprogs++] = p;
	return p;
}

static void
groups(void)
{
	Prog *a, *b, *c, *d;
	char msg[128];
	int n;

	outputto(vmout);	/* for the Progs made from C */
	acquire();
	a = gprog(nil);
	newgroup(a);
	b = gprog(a);
	c = gprog(a);
	check(b->group == a->group && c->group == a->group && a->group->leader == a && a->group->id == a->pid,
		"spawned Progs not in their parent's group");
	check(b->parent == a->pid, "parent %d, want %d", b->parent, a->pid);
	d = gprog(c);
	newgroup(d);
	check(d->group != c->group && d->group->leader == d && d->group->id == d->pid && c->group->ref == 3,
		"newgroup did not move its leader");

	/* exit messages go to the parent's wait queue */
	a->waitq = qopen(1024, Qmsg, nil, nil);
	a->group->flags = Ppropagate;
	progexit(b, "boom");
	check(b->state == Pexiting, "state %s", progstate[b->state]);
	check(a->kill != nil && strcmp(a->kill, "boom") == 0 && !(a->flags & Pkilled), "leader's exception %s", a->kill ? a->kill : "none");
	check(c->kill != nil && strcmp(c->kill, "boom") == 0 && (c->flags & Ppropagated), "member's exception %s", c->kill ? c->kill : "none");
	check(d->kill == nil, "a Prog of another group got %s", d->kill);
	n = qread(a->waitq, msg, sizeof msg - 1);
	msg[n > 0 ? n : 0] = 0;
	snprint(out, sizeof out, "%d \"$Sys\":boom", b->pid);
	check(strcmp(msg, out) == 0, "wait message \"%s\", want \"%s\"", msg, out);

	/* killgrp: every member but the caller's Prog */
	check(killgrp(a, "killed") == 2, "killgrp did not kill 2");
	check((a->flags & Pkilled) && (c->flags & Pkilled) && !(d->flags & Pkilled), "flags %#x %#x %#x", a->flags, c->flags, d->flags);
	release();
	readfile(vmout, out, sizeof out);
	check(strcmp(out, "[$Sys] Broken: \"boom\"\n") == 0, "output \"%s\"", out);
}

static void
notify(void)
{
	Prog *a, *b, *c;

	acquire();
	a = gprog(nil);
	newgroup(a);
	b = gprog(a);
	c = gprog(a);
	a->group->flags = Pnotifyleader;
	progexit(b, "fail:bad");
	check(a->kill != nil && strcmp(a->kill, "fail:bad") == 0 && !(a->flags & Pkilled), "leader got %s", a->kill ? a->kill : "none");
	check((c->flags & Pkilled) && c->kill != nil && strcmp(c->kill, "killed") == 0, "other member: flags %#x", c->flags);
	release();
}

int
testmain(void)
{
	int i;

	finddis();
	run("normal exit", exit0);
	run("fail: exception", failure);
	run("broken Prog", broken);
	run("missing file", nofile);
	run("link typecheck", badsig);
	run("not a dis file", notdis);
	run("argv", args);
	run("threads and a channel", chans);
	run("system calls release the VM", sleeping);
	run("Progs left behind", orphan);
	run("a kill interrupts a system call", killsyscall);
	run("loading and linking modules", modules);
	run("process groups", groups);
	run("notifyleader", notify);
	/* the Progs made from C have no code: xec takes their kill first */
	acquire();
	for(i = 0; i < ngprogs; i++)
		if(gprogs[i]->state != Pexiting){
			killprog(gprogs[i], "killed");
			addrun(gprogs[i]);
		}
	release();
	return testnfail;
}
