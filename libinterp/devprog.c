/*
 * #p, the Dis threads (usually at /prog): a directory per live Prog,
 * named by its pid, whose files show the Prog (status, stack, fd, ns,
 * exception, its groups), collect its children's exit messages (wait)
 * and control it (ctl). It reads the VM's Progs; it does not run or
 * schedule them (sched.c does). The debugger's files, dbgctl and
 * heap, are not served.
 *
 * Qids (kernel-core.md §12.2): the top directory is path 0; a Prog's
 * directory and files are path pid<<4 | file index, vers pid.
 *
 * Locking: directory entries (a Prog's pid, user and progmode) come
 * from vm.progs under vm.l alone (a Prog is unlinked from it under
 * vm.l before its Osenv goes). Every other look at a Prog holds the
 * VM (acquire/release), so that no Prog runs Dis code, exits or is
 * freed meanwhile; what a read needs afterwards (its fd table, its
 * name space) it holds by reference.
 */
#include "all.h"
#include "interp.h"

enum {
	Qdir,		/* a Prog's directory */
	Qctl,
	Qdbgctl,	/* not served: no debugger */
	Qheap,		/* not served: no debugger */
	Qns,
	Qnsgrp,
	Qpgrp,
	Qstack,
	Qstatus,
	Qtext,
	Qwait,
	Qfd,
	Qexception,

	Waitmax = 4096,	/* bytes of exit messages a wait file holds unread */
	Maxkeep = 16,	/* module instances progsize tells apart */
};

#define	QPID(q)		((ulong)((q).path >> 4))
#define	QFILE(q)	((int)((q).path & 0xF))

/* A Prog's files, in index order; perms with no "other" bits widen by its progmode. */
static const Dirtab progdir[] = {
	{"ctl",		{Qctl},		0,	0200},
	{"ns",		{Qns},		0,	0400},
	{"nsgrp",	{Qnsgrp},	0,	0444},
	{"pgrp",	{Qpgrp},	0,	0444},
	{"stack",	{Qstack},	0,	0400},
	{"status",	{Qstatus},	0,	0444},
	{"text",	{Qtext},	0,	0000},
	{"wait",	{Qwait},	0,	0400},
	{"fd",		{Qfd},		0,	0400},
	{"exception",	{Qexception},	0,	0400},
};

enum {
	CMkill,
	CMkillgrp,
	CMrestricted,
	CMprivate,
	CMexceptions,
};

static Cmdtab progcmd[] = {
	{CMkill,	"kill",		1},
	{CMkillgrp,	"killgrp",	1},
	{CMrestricted,	"restricted",	1},
	{CMprivate,	"private",	1},
	{CMexceptions,	"exceptions",	2},
};

/* Where a reader of /prog/N/ns has got to: one command per read. */
typedef struct Nsread Nsread;
struct Nsread {
	ulong	last;		/* mountid of the last mount shown; ids start at 1 */
	int	cddone;		/* the final cd has been read */
};

/* A growing text. A failed allocation sets err and stops it; the caller raises Enomem. */
typedef struct Text Text;
struct Text {
	char	*s;
	int	len;
	int	max;
	int	err;
};

static void
tprint(Text *t, char *fmt, ...)
{
	va_list a;
	char *e, *ns;

	while(!t->err){
		if(t->max - t->len > 1){
			va_start(a, fmt);
			e = vseprint(t->s + t->len, t->s + t->max, fmt, a);
			va_end(a);
			if(e < t->s + t->max - 1){	/* it fitted, with room to spare */
				t->len = e - t->s;
				return;
			}
			t->s[t->len] = '\0';
		}
		ns = realloc(t->s, t->max > 0 ? 2*t->max : 256);
		if(ns == nil){
			t->err = 1;
			return;
		}
		t->s = ns;
		t->max = t->max > 0 ? 2*t->max : 256;
	}
}

/* Copy out t's text at off and free it. */
static long
treadstr(Text *t, vlong off, void *va, long n)
{
	if(t->err){
		free(t->s);
		error(Enomem);
	}
	n = readstr(off, va, n, t->len > 0 ? t->s : "");
	free(t->s);
	return n;
}

/* The Prog with pid in vm.progs, or else its index'th one (pid 0). vm.l held. */
static Prog*
proglist(ulong pid, int index)
{
	Prog *p;

	for(p = vm.progs; p != nil; p = p->next)
		if(pid != 0 ? (ulong)p->pid == pid : index-- == 0)
			return p;
	return nil;
}

/*
 * The Dir of pid's directory (file Qdir) or of one of its files, if
 * the Prog lives: 1, or 0 if it does not. Names and user are copied
 * into up->genbuf, which the caller uses before the next gen.
 */
static int
progentry(Chan *c, ulong pid, int index, int file, Dir *dp)
{
	Prog *p;
	Osenv *o;
	const Dirtab *tab;
	char *name, *user, *e;
	long perm;
	int mode;

	e = up->genbuf + sizeof up->genbuf;
	lock(&vm.l);
	p = proglist(pid, index);
	if(p == nil){
		unlock(&vm.l);
		return 0;
	}
	pid = p->pid;
	o = p->osenv;
	mode = 0644;
	if(o != nil && o->pgrp != nil)
		mode = o->pgrp->progmode;
	name = up->genbuf;
	if(file == Qdir){
		user = seprint(name, e, "%lud", pid) + 1;
		perm = DMDIR|0555;
		tab = nil;
	}else{
		for(tab = progdir; tab < progdir+nelem(progdir); tab++)
			if(tab->qid.path == (uvlong)file)
				break;
		if(tab == progdir+nelem(progdir)){	/* dbgctl, heap */
			unlock(&vm.l);
			return 0;
		}
		user = strecpy(name, e, (char*)tab->name) + 1;
		perm = tab->perm;
		if((perm & 7) == 0)
			perm = (perm | perm>>3 | perm>>6) & mode;
	}
	strecpy(user, e, o != nil && o->user != nil ? o->user : eve);
	unlock(&vm.l);
	devdir(c, (Qid){(uvlong)pid<<4 | file, pid, file == Qdir ? QTDIR : QTFILE}, name, 0, user, perm, dp);
	return 1;
}

/* The pid a directory entry name gives, or 0: decimal digits, no leading zero. */
static ulong
pidname(char *name)
{
	char *p;
	ulong pid;

	if(name[0] < '1' || name[0] > '9')
		return 0;
	pid = strtoul(name, &p, 10);
	if(*p != '\0' || pid > (1UL<<27))
		return 0;
	return pid;
}

/*
 * Entries of the top directory (one per Prog) or of a Prog's
 * directory. A name the caller gives is looked up directly; -1 if
 * there is no such entry, so that devwalk stops.
 */
static int
proggen(Chan *c, char *name, Dirtab *tab, int ntab, int s, Dir *dp)
{
	ulong pid;
	int i;

	USED(tab, ntab);
	if(s == DEVDOTDOT){
		devdir(c, (Qid){0, 0, QTDIR}, "#p", 0, eve, DMDIR|0555, dp);
		return 1;
	}
	if(c->qid.path == 0){
		if(name != nil){
			pid = pidname(name);
			if(pid == 0 || !progentry(c, pid, 0, Qdir, dp))
				return -1;
			return 1;
		}
		if(s < 0 || !progentry(c, 0, s, Qdir, dp))
			return -1;
		return 1;
	}
	pid = QPID(c->qid);
	if(name != nil){
		for(i = 0; i < nelem(progdir); i++)
			if(strcmp(name, progdir[i].name) == 0)
				break;
	}else
		i = s;
	if(i < 0 || i >= nelem(progdir) || !progentry(c, pid, 0, progdir[i].qid.path, dp))
		return -1;
	return 1;
}

static Chan*
progattach(char *spec)
{
	return devattach('p', spec);
}

static Walkqid*
progwalk(Chan *c, Chan *nc, char **name, int nname)
{
	return devwalk(c, nc, name, nname, nil, 0, proggen);
}

static int
progstat(Chan *c, uchar *db, int n)
{
	Dir d;

	if(c->qid.path == 0)
		return devstat(c, db, n, nil, 0, proggen);
	if(!progentry(c, QPID(c->qid), 0, QFILE(c->qid), &d))
		error(Ethread);
	n = convD2M(&d, db, n);
	if(n <= BIT16SZ)
		error(Eshortstat);
	return n;
}

/* With the VM held: c's Prog, or, if it has exited, let the VM go and raise Ethread. */
static Prog*
progof(Chan *c)
{
	Prog *p;

	p = progpid(QPID(c->qid));
	if(p == nil){
		release();
		error(Ethread);
	}
	return p;
}

static Chan*
progopen(Chan *c, int omode)
{
	Dir d;
	Prog *p;
	Queue *q;

	if(c->qid.type & QTDIR)
		return devopen(c, omode, nil, 0, proggen);
	if(!progentry(c, QPID(c->qid), 0, QFILE(c->qid), &d))
		error(Ethread);
	devpermcheck(d.uid, d.mode, omode);
	switch(QFILE(c->qid)){
	case Qns:
		c->aux = smalloc(sizeof(Nsread));
		break;
	case Qwait:
		/* the Chan owns the queue; the Prog borrows it until progclose */
		q = qopen(Waitmax, Qmsg, nil, nil);
		if(q == nil)
			error(Enomem);
		acquire();
		p = progpid(QPID(c->qid));
		if(p == nil){
			release();
			qfree(q);
			error(Ethread);
		}
		p->waitq = q;
		release();
		c->aux = q;
		break;
	}
	c->mode = openmode(omode);
	c->flag |= COPEN;
	c->offset = 0;
	return c;
}

static void
progclose(Chan *c)
{
	Prog *p;

	if(!(c->flag & COPEN) || (c->qid.type & QTDIR))
		return;
	switch(QFILE(c->qid)){
	case Qns:
		free(c->aux);
		break;
	case Qwait:
		acquire();
		p = progpid(QPID(c->qid));
		if(p != nil && p->waitq == c->aux)
			p->waitq = nil;
		release();
		qfree(c->aux);
		break;
	}
	c->aux = nil;
}

/*
 * Walk p's frames, innermost first, calling fn with each Dis frame's
 * FP, PC and module instance. A built-in function's frame (C code, no
 * Dis PC) is passed over: while p is in one, its frame is innermost,
 * either with R.M the built-in's instance or, when the interpreter
 * keeps the caller in R.M and names the built-in in syscallm, with
 * the caller's next instruction as its link. VM held.
 */
static void
progframes(Prog *p, void (*fn)(void*, uchar*, Inst*, Modlink*), void *arg)
{
	Frame *f;
	uchar *fp;
	Inst *pc;
	Modlink *m;
	int builtin;

	fp = p->R.FP;
	pc = p->R.PC;
	m = p->R.M;
	builtin = p->syscallm != nil && fp != nil && ((Frame*)fp)->lr == P2D(pc);
	while(fp != nil){
		f = (Frame*)fp;
		if(m == nil || m->m == nil || m->m->prog == nil)
			builtin = 1;
		if(!builtin)
			(*fn)(arg, fp, pc, m);
		builtin = 0;
		pc = D2P(f->lr);
		if(f->mr != 0)
			m = D2P(f->mr);
		fp = f->fp != 0 ? D2P(f->fp) : nil;
	}
}

static void
stackline(void *a, uchar *fp, Inst *pc, Modlink *m)
{
	Rmod *r;

	r = m->m;
	tprint(a, "%.8lux %.8lux %.8lux %.8lux %d %s\n",
		(ulong)P2D(fp), (ulong)(pc - r->prog), (ulong)m->MP, (ulong)P2D(r->prog), 0, r->path);
}

/* Bytes a Prog uses: its stack segments, and the data and code of the module instances on its stack. */
typedef struct Size Size;
struct Size {
	ulong	bytes;
	Modlink	*seen[Maxkeep];
	int	nseen;
};

static void
sizeframe(void *a, uchar *fp, Inst *pc, Modlink *m)
{
	Size *s;
	int i;

	USED(fp, pc);
	s = a;
	if(m->MP == H || m->m->m == nil)
		return;
	for(i = 0; i < s->nseen; i++)
		if(s->seen[i] == m)
			return;
	if(s->nseen < Maxkeep)
		s->seen[s->nseen++] = m;
	s->bytes += m->m->m->datasize + m->m->nprog*sizeof(Inst);
}

static ulong
progsize(Prog *p)
{
	Size s;
	Stkseg *seg;

	memset(&s, 0, sizeof s);
	for(seg = p->R.seg; seg != nil; seg = seg->prev)
		s.bytes += seg->top - (uchar*)seg;
	progframes(p, sizeframe, &s);
	return s.bytes;
}

static int
isbuiltin(Modlink *m)
{
	return m != nil && m->m != nil && m->m->m == nil;
}

/* The status line's module: Caller[$Builtin] while p is in a built-in. VM held. */
static void
progmodule(Prog *p, char *buf, char *e)
{
	Modlink *m, *b;
	uchar *fp;

	m = p->R.M;
	b = p->syscallm;
	if(isbuiltin(m)){
		if(b == nil)
			b = m;
		fp = p->R.FP;
		m = nil;
		if(fp != nil && ((Frame*)fp)->mr != 0)
			m = D2P(((Frame*)fp)->mr);
	}
	buf = strecpy(buf, e, m != nil && m->m != nil ? m->m->name : "");
	if(b != nil && b != m && b->m != nil)
		seprint(buf, e, "[%s]", b->m->path);
}

/* /prog/N/status; an exited or exiting Prog shows as exiting, with nothing of its own. */
static void
progstatus(ulong pid, char *buf, int n)
{
	Prog *p;
	char mod[2*KNAMELEN+8], user[KNAMELEN+1];
	ulong ms, size;
	int state, group;

	acquire();
	p = progpid(pid);
	if(p == nil || p->state == Pexiting){
		release();
		snprint(buf, n, "%8lud %8d %10s %4d:%2.2d.%d %10s %5dK %s",
			pid, 0, eve, 0, 0, 0, progstate[Pexiting], 0, "[$Sys]");
		return;
	}
	group = p->group != nil ? p->group->id : 0;
	strecpy(user, user+sizeof user, p->osenv != nil && p->osenv->user != nil ? p->osenv->user : eve);
	ms = TK2MS(p->ticks);
	state = p->state;
	size = progsize(p);
	progmodule(p, mod, mod+sizeof mod);
	release();
	snprint(buf, n, "%8lud %8d %10s %4lud:%2.2lud.%lud %10s %5ludK %s",
		pid, group, user, ms/60000, ms/1000%60, ms/100%10,
		progstate[state], size/1024, mod);
}

/* /prog/N/stack: the Prog must be stopped, or be the reader in this system call. */
static long
progstack(Chan *c, void *va, long n, vlong off)
{
	Prog *p;
	Text t;

	memset(&t, 0, sizeof t);
	acquire();
	p = progof(c);
	if(p->state == Pready && p != up->prog){
		release();
		error(Estopped);
	}
	progframes(p, stackline, &t);
	release();
	return treadstr(&t, off, va, n);
}

/* The groups of c's Prog, with a reference each (fg or pg nil: not wanted). */
static void
proggroups(Chan *c, Fgrp **fg, Pgrp **pg)
{
	Prog *p;
	Osenv *o;

	acquire();
	p = progof(c);
	o = p->osenv;
	if(fg != nil){
		*fg = o->fgrp;
		if(*fg != nil){
			lock(&(*fg)->l);
			(*fg)->ref++;
			unlock(&(*fg)->l);
		}
	}
	if(pg != nil){
		*pg = o->pgrp;
		if(*pg != nil)
			incref(&(*pg)->r);
	}
	release();
}

/* The number of decimal digits of v. */
static int
ndigits(ulong v)
{
	int n;

	for(n = 1; v >= 10; n++)
		v /= 10;
	return n;
}

/* /prog/N/fd: the current directory, then a line per open fd. */
static long
progfd(Chan *c, void *va, long n, vlong off)
{
	static char *modes[] = { "r ", " w", "rw", "r " };
	Fgrp *fg;
	Pgrp *pg;
	Chan **fds, *dot, *f;
	Text t;
	int i, nfd, w;

	proggroups(c, &fg, &pg);
	fds = nil;
	dot = nil;
	if(waserror()){
		closefgrp(fg);
		closepgrp(pg);
		nexterror();
	}
	/* hold the Chans, so that formatting need not hold the table */
	nfd = 0;
	if(fg != nil){
		for(;;){
			nfd = fg->maxfd + 1;
			fds = smalloc((nfd > 0 ? nfd : 1) * sizeof(Chan*));
			lock(&fg->l);
			if(fg->maxfd + 1 <= nfd)
				break;
			unlock(&fg->l);
			free(fds);
		}
		nfd = fg->maxfd + 1;
		for(i = 0; i < nfd; i++)
			if((fds[i] = fg->fd[i]) != nil)
				incchan(fds[i]);
		unlock(&fg->l);
	}
	if(pg != nil){
		rlock(&pg->ns);
		if((dot = pg->dot) != nil)
			incchan(dot);
		runlock(&pg->ns);
	}
	poperror();
	closefgrp(fg);
	closepgrp(pg);

	w = 1;
	for(i = 0; i < nfd; i++)
		if(fds[i] != nil && ndigits(fds[i]->qid.vers) > w)
			w = ndigits(fds[i]->qid.vers);
	memset(&t, 0, sizeof t);
	tprint(&t, "%s\n", chanpath(dot));
	for(i = 0; i < nfd; i++){
		if((f = fds[i]) == nil)
			continue;
		tprint(&t, "%3d %.2s %C %4ud (%.16llux %*lud %.2ux) %5lud %8lld %s\n",
			i, modes[f->mode & 3], devtab[f->type]->dc, f->dev,
			f->qid.path, w, f->qid.vers, f->qid.type, f->iounit, f->offset, chanpath(f));
	}
	for(i = 0; i < nfd; i++)
		if(fds[i] != nil)
			cclose(fds[i]);
	if(dot != nil)
		cclose(dot);
	free(fds);
	return treadstr(&t, off, va, n);
}

/* The flags of a bind or mount, as its command's option ("" for a plain replace). */
static void
mflags(int flag, char *s)
{
	if(flag & (MORDER|MCREATE|MCACHE))
		*s++ = '-';
	if((flag & MORDER) == MAFTER)
		*s++ = 'a';
	if((flag & MORDER) == MBEFORE)
		*s++ = 'b';
	if(flag & MCREATE)
		*s++ = 'c';
	if(flag & MCACHE)
		*s++ = 'C';
	*s = '\0';
}

/*
 * /prog/N/ns: the next mount, by mountid, after the last one this
 * Chan showed, as the command that makes it; after the last, "cd
 * dir"; then end of file. One command per read, whatever the offset.
 * Names (and a mount's attach name) are written with %q, so that a
 * reader splits the line with tokenize's quoting rules (Limbo:
 * String->unquoted) even when a name holds a blank or a quote.
 */
static long
progns(Chan *c, void *va, long n)
{
	Nsread *nr;
	Pgrp *pg;
	Mhead *mh, *bmh;
	Mount *m, *bm;
	Text t;
	char flag[8];
	int i;

	nr = c->aux;
	if(nr->cddone)
		return 0;
	proggroups(c, nil, &pg);
	if(pg == nil)
		error(Ethread);
	memset(&t, 0, sizeof t);
	rlock(&pg->ns);
	bm = nil;
	bmh = nil;
	for(i = 0; i < MNTHASH; i++)
		for(mh = pg->mnthash[i]; mh != nil; mh = mh->hash){
			rlock(&mh->lock);
			for(m = mh->mount; m != nil; m = m->next)
				if(m->mountid > nr->last && (bm == nil || m->mountid < bm->mountid)){
					bm = m;
					bmh = mh;
				}
			runlock(&mh->lock);
		}
	if(bm == nil)
		tprint(&t, "cd %q\n", chanpath(pg->dot));
	else{
		/* bm cannot go while pg->ns is held: unmount takes it for writing */
		mflags(bm->mflag, flag);
		if(bm->to->mchan != nil){
			tprint(&t, "mount %s%s%q %q", flag, flag[0] ? " " : "",
				chanpath(bm->to->mchan), chanpath(bmh->from));
			if(bm->spec != nil && bm->spec[0] != '\0')
				tprint(&t, " %q", bm->spec);
			tprint(&t, "\n");
		}else
			tprint(&t, "bind %s%s%q %q\n", flag, flag[0] ? " " : "",
				chanpath(bm->to), chanpath(bmh->from));
	}
	runlock(&pg->ns);
	closepgrp(pg);
	if(!t.err && t.len > n){
		free(t.s);
		error(Etoosmall);
	}
	if(bm == nil)
		nr->cddone = 1;
	else
		nr->last = bm->mountid;
	return treadstr(&t, 0, va, n);
}

static long
progread(Chan *c, void *va, long n, vlong off)
{
	Prog *p;
	Pgrp *pg;
	char buf[ERRMAX+2*KNAMELEN+64];
	ulong id;

	if(c->qid.type & QTDIR)
		return devdirread(c, va, n, nil, 0, proggen);
	switch(QFILE(c->qid)){
	case Qstatus:
		progstatus(QPID(c->qid), buf, sizeof buf);
		return readstr(off, va, n, buf);
	case Qpgrp:
		acquire();
		p = progof(c);
		id = p->group != nil ? p->group->id : 0;
		release();
		return readnum(off, va, n, id, 12);
	case Qnsgrp:
		proggroups(c, nil, &pg);
		id = pg != nil ? pg->pgrpid : 0;
		closepgrp(pg);
		return readnum(off, va, n, id, 12);
	case Qexception:
		acquire();
		p = progof(c);
		strecpy(buf, buf+sizeof buf, p->exstr);
		release();
		return readstr(off, va, n, buf);
	case Qstack:
		return progstack(c, va, n, off);
	case Qfd:
		return progfd(c, va, n, off);
	case Qns:
		return progns(c, va, n);
	case Qwait:
		return qread(c->aux, va, n);
	}
	error(Eperm);
}

/* ctl: kill, killgrp, restricted, private, exceptions propagate|notifyleader. */
static long
progwrite(Chan *c, void *va, long n, vlong off)
{
	Cmdbuf *volatile cb;
	Cmdtab *ct;
	Prog *p;
	int f;

	USED(off);
	if((c->qid.type & QTDIR) || QFILE(c->qid) != Qctl)
		error(Eperm);
	cb = parsecmd(va, n);
	if(waserror()){
		free(cb);
		nexterror();
	}
	ct = lookupcmd(cb, progcmd, nelem(progcmd));
	f = 0;
	if(ct->index == CMexceptions){
		if(strcmp(cb->f[1], "propagate") == 0)
			f = Ppropagate;
		else if(strcmp(cb->f[1], "notifyleader") == 0)
			f = Pnotifyleader;
		else
			cmderror(cb, Ebadctl);
	}
	acquire();
	p = progof(c);
	switch(ct->index){
	case CMkill:
		killprog(p, "killed");
		break;
	case CMkillgrp:
		killgrp(p, "killed");
		break;
	case CMrestricted:
		p->flags |= Prestricted;
		break;
	case CMprivate:
		p->flags |= Pprivate;
		break;
	case CMexceptions:
		/* the leader's choice for its group: kept in both, for whichever exit path reads it */
		if(p->group == nil || p->group->leader != p){
			release();
			error(Eperm);
		}
		p->flags = (p->flags & ~(Ppropagate|Pnotifyleader)) | f;
		p->group->flags = (p->group->flags & ~(Ppropagate|Pnotifyleader)) | f;
		break;
	}
	release();
	poperror();
	free(cb);
	return n;
}

/* wstat of a Prog's file by its owner sets the mode that widens its files' permissions. */
static int
progwstat(Chan *c, uchar *db, int n)
{
	Dir d;
	Prog *p;
	Osenv *o;

	if(c->qid.type & QTDIR)
		error(Eperm);
	if(convM2D(db, n, &d, nil) == 0)
		error(Eshortstat);
	acquire();
	p = progof(c);
	o = p->osenv;
	if(o == nil || o->user == nil || strcmp(up->env->user, o->user) != 0){
		release();
		error(Eperm);
	}
	if(d.mode != ~0UL && o->pgrp != nil)
		o->pgrp->progmode = d.mode & 0777;
	release();
	return n;
}

Dev progdevtab = {
	'p',
	"prog",

	devreset,
	devinit,
	devshutdown,
	progattach,
	progwalk,
	progstat,
	progopen,
	devcreate,
	progclose,
	progread,
	devbread,
	progwrite,
	devbwrite,
	devremove,
	progwstat,
};
