/*
 * #c: the console (keyboard in, kernel print out, line editing in
 * cooked mode, ^C interrupting a process group) and the small system
 * files beside it: time, user, sysname, memory, random, drivers,
 * sysctl. No graphics: no scancode, pointer or snarf here.
 */
#include "all.h"

enum {
	Qdir,
	Qcons,
	Qconsctl,
	Qdrivers,
	Qhostowner,
	Qjit,
	Qkeyboard,
	Qkprint,
	Qmemory,
	Qmsec,
	Qnotquiterandom,
	Qnull,
	Qrandom,
	Qsysctl,
	Qsysname,
	Qtime,
	Quser,
};

enum {
	Nline = 1024,		/* longest line cooked mode edits; a full line is delivered as it is */
	Kbdqsize = 4*1024,	/* typed-ahead bytes kept; more are dropped */
	Kprintqsize = 32*1024,	/* kernel output kept for a slow kprint reader; more is dropped */
	Kintr = 0x03,		/* ^C */
	NUMSIZE = 12,		/* width of a number read as text, blank included */
	Maxuser = 64,		/* longest user name */
	Maxctl = 128,		/* longest control message */
};

/* read only: in flash where the kernel runs from it (the dev functions take it as Dirtab*, never writing) */
static const Dirtab consdir[] = {
	{ "cons",		{ Qcons },		0,	0660 },
	{ "consctl",		{ Qconsctl },		0,	0660 },
	{ "drivers",		{ Qdrivers },		0,	0444 },
	{ "hostowner",		{ Qhostowner },		0,	0644 },
	{ "jit",		{ Qjit },		0,	0666 },
	{ "keyboard",		{ Qkeyboard },		0,	0666 },
	{ "kprint",		{ Qkprint },		0,	0444 },
	{ "memory",		{ Qmemory },		0,	0444 },
	{ "msec",		{ Qmsec },		NUMSIZE,	0444 },
	{ "notquiterandom",	{ Qnotquiterandom },	0,	0444 },
	{ "null",		{ Qnull },		0,	0666 },
	{ "random",		{ Qrandom },		0,	0444 },
	{ "sysctl",		{ Qsysctl },		0,	0644 },
	{ "sysname",		{ Qsysname },		0,	0664 },
	{ "time",		{ Qtime },		0,	0664 },
	{ "user",		{ Quser },		0,	0644 },
};

static char version[] = "Ember (20251123)";	/* #c/sysctl */

int	keepbroken;		/* sysctl broken: keep broken progs for the debugger */
int	(*conskillgrp)(int, char*);	/* the VM's, once it runs: kills a process group for ^C */
int	consedit = 1;		/* someone types at the console: cooked mode edits, ^C interrupts (the host clears it when stdin is a pipe or a file) */
int	jitlevel;		/* #c/jit: 0 interprets */

/*
 * The keyboard. kbdputc appends typed bytes to q at interrupt time
 * and wakes r. One reader at a time (rq held) takes them: the cons
 * reader edits them into line (cooked) or passes them on (raw); a
 * keyboard reader passes them on. line, nline, off and done belong
 * to the holder of rq. raw and nctl are guarded by ctllock.
 *
 * ^C in cooked mode (Ember's, not Inferno's): kbdputc echoes it and,
 * if consctl's "intr N" has named a process group, has the intr
 * kernel process kill group N ("interrupted"); the ^C also goes into
 * q, and the reader throws away what was typed before it, the line
 * being edited included. nintr counts the ^Cs in q, under ilk (an
 * ilock: kbdputc runs in interrupt handlers).
 */
static struct {
	Queue	*q;
	Rendez	r;
	int	eof;		/* the host's input ended, or killcons */
	QLock	rq;
	char	line[Nline];
	int	nline;		/* bytes in line */
	int	off;		/* bytes of a finished line already read */
	int	done;		/* line is finished (newline or ^D): read it, do not edit it */
	Lock	ctllock;
	int	raw;
	int	nctl;		/* opens of consctl */
	Lock	ilk;
	int	nintr;		/* ^Cs typed in cooked mode and still in q */
	int	intrgrp;	/* the process group ^C kills; 0: none */
	int	killgrp;	/* the group the intr process is to kill; 0: none */
	Rendez	intrr;		/* the intr process waits here for killgrp */
	int	intrproc;	/* the intr process has been started; ctllock */
} kbd;

/*
 * Kernel output: to the UART unless switched off, and to q while
 * kprint is open (it is exclusive: q is set by its one open). q is
 * guarded by l, an ilock: print may come from interrupt handlers.
 */
static struct {
	Lock	l;
	Queue	*q;
	int	off;		/* sysctl console off */
} kprint;

/* Make the queues the console needs. Called early (before devices reset) and again harmlessly. */
void
printinit(void)
{
	Queue *q;

	if(kbd.q != nil)
		return;
	q = qopen(Kbdqsize, Qcoalesce, nil, nil);
	if(q == nil)
		panic("printinit: no memory for the keyboard queue");
	kbd.q = q;
}

/* Is console output still waiting to go out? Never: uartputs sends synchronously. */
int
consactive(void)
{
	return 0;
}

/* Where print's output goes: the console, and kprint while it is open. Any context. */
void
putstrn(char *s, int n)
{
	if(n <= 0)
		return;
	if(!kprint.off)
		uartputs(s, n);
	ilock(&kprint.l);
	if(kprint.q != nil)
		qproduce(kprint.q, s, n);
	iunlock(&kprint.l);
}

/* The console's echo of keyboard input, when the host terminal does not echo and the console is on. */
static void
echo(char *s, int n)
{
	if(consecho() && !kprint.off)
		uartputs(s, n);
}

/*
 * A byte typed at the console; from its interrupt handler. Dropped
 * if too much is typed ahead, except that a ^C in cooked mode
 * interrupts whether or not it fits.
 */
void
kbdputc(int c)
{
	uchar ch;
	int n;

	if(kbd.q == nil)
		return;
	ch = c;
	if(ch == Kintr && !kbd.raw && consedit){
		echo("^C\n", 3);
		ilock(&kbd.ilk);
		n = qproduce(kbd.q, &ch, 1);
		if(n == 1)
			kbd.nintr++;
		if(kbd.intrgrp != 0)
			kbd.killgrp = kbd.intrgrp;
		iunlock(&kbd.ilk);
		wakeup(&kbd.intrr);
	}else
		qproduce(kbd.q, &ch, 1);
	wakeup(&kbd.r);
}

/* Bytes with ^Cs taken from q other than by cooked editing: those ^Cs no longer count. */
static void
tookintr(char *buf, long n)
{
	long i;

	for(i = 0; i < n; i++)
		if(buf[i] == Kintr){
			ilock(&kbd.ilk);
			if(kbd.nintr > 0)
				kbd.nintr--;
			iunlock(&kbd.ilk);
		}
}

static int
killwanted(void *a)
{
	USED(a);
	return kbd.killgrp != 0;
}

/* The intr kernel process: kills the process groups that ^C names (the VM's killgrpid needs a process). */
static void
intrproc(void *a)
{
	int g;

	USED(a);
	for(;;){
		while(waserror())
			;
		sleep(&kbd.intrr, killwanted, nil);
		poperror();
		ilock(&kbd.ilk);
		g = kbd.killgrp;
		kbd.killgrp = 0;
		iunlock(&kbd.ilk);
		if(g != 0 && conskillgrp != nil)
			conskillgrp(g, Eintr);
	}
}

/* Bytes the keyboard queue can take now; a console driver that can hold input back waits for room. */
int
kbdroom(void)
{
	int n;

	if(kbd.q == nil)
		return 0;
	n = Kbdqsize - qlen(kbd.q);
	return n > 0 ? n : 0;
}

/* The console's input has ended: readers get EOF once what was typed is read. */
void
kbdeof(void)
{
	kbd.eof = 1;
	wakeup(&kbd.r);
}

/* For keyboard drivers that send CR for Enter: put c in q (the console's if nil) as NL. */
int
kbdcr2nl(Queue *q, int c)
{
	uchar ch;

	if(c == '\r')
		c = '\n';
	if(q == nil){
		kbdputc(c);
		return 0;
	}
	ch = c;
	qproduce(q, &ch, 1);
	return 0;
}

/* End keyboard input for good, so that no proc stays blocked reading the console. */
void
killcons(void)
{
	kbdeof();
}

/* Shut the kernel down with status, leaving no reader waiting on the console. */
void
hostshutdown(int status)
{
	killcons();
	halt(status);
}

static int
kbdready(void *a)
{
	int raw = (int)(uintptr)a;

	return qcanread(kbd.q) || kbd.eof || kbd.raw != raw;
}

/*
 * The next typed byte, waiting for one; -1 at EOF, -2 if the mode
 * is no longer raw (so the reader should look again). rq held.
 */
static int
kbdgetc(int raw)
{
	uchar ch;

	for(;;){
		if(kbd.raw != raw)
			return -2;
		if(qconsume(kbd.q, &ch, 1) == 1)
			return ch;
		if(kbd.eof)
			return -1;
		sleep(&kbd.r, kbdready, (void*)(uintptr)raw);
	}
}

/* Copy out what is left of the line; once it is all read, start a new one. rq held. */
static long
lineread(char *buf, long n)
{
	long m;

	m = kbd.nline - kbd.off;
	if(m > n)
		m = n;
	memmove(buf, kbd.line + kbd.off, m);
	kbd.off += m;
	if(kbd.off == kbd.nline){
		kbd.nline = 0;
		kbd.off = 0;
		kbd.done = 0;
	}
	return m;
}

/* Erase the last rune of the line, on the screen too. rq held. */
static void
erase(void)
{
	int i;

	if(kbd.nline == 0)
		return;
	i = kbd.nline - 1;
	while(i > 0 && (kbd.line[i] & 0xC0) == 0x80)
		i--;
	kbd.nline = i;
	echo("\b \b", 3);
}

/* Apply one typed byte to the line being edited. rq held. */
static void
edit(int c)
{
	char ch;

	if(!consedit){
		/* input that nobody types (the host's stdin is a pipe or a file): lines, but every byte as it came */
		kbd.line[kbd.nline++] = c;
		if(c == '\n' || kbd.nline == Nline)
			kbd.done = 1;
		return;
	}
	switch(c){
	case 0x04:		/* ^D: end the line without itself */
		kbd.done = 1;
		return;
	case '\b':
	case 0x7F:
		erase();
		return;
	case 0x15:		/* ^U: kill the line; shown as ^U and a newline */
		kbd.nline = 0;
		echo("^U\n", 3);
		return;
	case '\r':
		c = '\n';
		break;
	}
	ch = c;
	kbd.line[kbd.nline++] = ch;
	echo(&ch, 1);
	if(ch == '\n' || kbd.nline == Nline)
		kbd.done = 1;
}

/* Read with rd, the one reader (rq held): 0 for n <= 0. */
static long
kbdread(long (*rd)(char*, long), char *buf, long n)
{
	long m;

	if(n <= 0)
		return 0;
	qlock(&kbd.rq);
	if(waserror()){
		qunlock(&kbd.rq);
		nexterror();
	}
	m = rd(buf, n);
	poperror();
	qunlock(&kbd.rq);
	return m;
}

/* consread's body: rq held, n > 0. */
static long
lineorraw(char *buf, long n)
{
	int c, raw;
	char ch;
	long m;

	for(;;){
		raw = kbd.raw;
		if(kbd.done || (raw && kbd.nline > 0)){
			/* a finished line, or what cooked mode left half edited */
			m = lineread(buf, n);
			break;
		}
		if(raw){
			c = kbdgetc(1);
			if(c == -2)
				continue;
			if(c == -1){
				m = 0;
				break;
			}
			buf[0] = c;
			m = 1;
			/* whatever else has been typed, without waiting */
			if(n > 1){
				c = qconsume(kbd.q, buf+1, n-1);
				if(c > 0)
					m += c;
			}
			tookintr(buf, m);
			break;
		}
		c = kbdgetc(0);
		if(c == -2)
			continue;
		if(c == -1){
			if(kbd.nline > 0){
				kbd.done = 1;	/* the last line, unfinished */
				continue;
			}
			m = 0;
			break;
		}
		if(c == Kintr && consedit){
			/* the line being typed is discarded with whatever came before the ^C */
			ch = c;
			tookintr(&ch, 1);
			kbd.nline = 0;
			continue;
		}
		if(kbd.nintr > 0)
			continue;	/* typed ahead of a ^C still in q */
		edit(c);
	}
	return m;
}

/*
 * Read the console: in cooked mode at most one edited line (an empty
 * line ended by ^D, or the end of input, reads as 0 bytes); in raw
 * mode the bytes as typed.
 */
long
consread(char *buf, long n)
{
	return kbdread(lineorraw, buf, n);
}

/* keyboardread's body: rq held, n > 0. */
static long
typed(char *buf, long n)
{
	int c;
	long m;

	for(;;){
		m = qconsume(kbd.q, buf, n);
		if(m > 0){
			tookintr(buf, m);
			break;
		}
		if(kbd.eof){
			m = 0;
			break;
		}
		c = kbd.raw;
		sleep(&kbd.r, kbdready, (void*)(uintptr)c);
	}
	return m;
}

/* #c/keyboard: the bytes as typed, whatever the mode; 0 at EOF. */
static long
keyboardread(char *buf, long n)
{
	return kbdread(typed, buf, n);
}

static void
setraw(int on)
{
	lock(&kbd.ctllock);
	kbd.raw = on;
	unlock(&kbd.ctllock);
	wakeup(&kbd.r);		/* a reader waiting in the other mode looks again */
}

/*
 * Split a control message into at most nf words (NUL-terminated in
 * buf, which must hold Maxctl bytes). Returns the number of words.
 */
static int
ctlwords(char *buf, void *va, long n, char **f, int nf)
{
	if(n >= Maxctl)
		error(Etoobig);
	memmove(buf, va, n);
	buf[n] = '\0';
	return tokenize(buf, f, nf);
}

/* intr N: ^C kills process group N from now on; 0: ^C only discards the line typed. */
static void
setintr(char *s)
{
	char *e;
	long g;
	int start;

	g = strtol(s, &e, 10);
	if(e == s || *e != '\0' || g < 0)
		error(Ebadctl);
	lock(&kbd.ctllock);
	start = g != 0 && !kbd.intrproc;
	if(start)
		kbd.intrproc = 1;
	unlock(&kbd.ctllock);
	if(start)
		kproc("intr", intrproc, nil, 0);
	ilock(&kbd.ilk);
	kbd.intrgrp = g;
	iunlock(&kbd.ilk);
}

static void
consctlwrite(void *va, long n)
{
	char buf[Maxctl], *f[8];
	int i, nf;

	nf = ctlwords(buf, va, n, f, nelem(f));
	if(nf == 0)
		error(Ebadctl);
	for(i = 0; i < nf; i++){
		if(strcmp(f[i], "rawon") == 0)
			setraw(1);
		else if(strcmp(f[i], "rawoff") == 0)
			setraw(0);
		else if(strcmp(f[i], "intr") == 0 && i+1 < nf)
			setintr(f[++i]);
		else
			error(Ebadctl);
	}
}

/*
 * consctl read: the state, as the messages that would set it, and eof
 * once the input has ended and everything typed before has been read.
 */
static long
consctlread(void *va, long n, ulong off)
{
	char buf[64];
	int ended;

	ended = kbd.eof && !qcanread(kbd.q) && kbd.nline == 0;
	snprint(buf, sizeof buf, "%s\nintr %d\n%s", kbd.raw ? "rawon" : "rawoff", kbd.intrgrp,
		ended ? "eof\n" : "");
	return readstr(off, va, n, buf);
}

static void
sysctlwrite(void *va, long n)
{
	char buf[Maxctl], *f[4];
	int nf;

	if(!iseve())
		error(Eperm);
	nf = ctlwords(buf, va, n, f, nelem(f));
	if(nf == 0)
		error(Enoctl);
	if(strcmp(f[0], "reboot") == 0 && nf == 1)
		archreboot();
	else if(strcmp(f[0], "halt") == 0 && nf == 1)
		halt(0);
	else if(strcmp(f[0], "panic") == 0 && nf == 1)
		panic("sysctl panic");
	else if(strcmp(f[0], "broken") == 0 && nf == 1)
		keepbroken = 1;
	else if(strcmp(f[0], "nobroken") == 0 && nf == 1)
		keepbroken = 0;
	else if(strcmp(f[0], "console") == 0 && nf == 2 && strcmp(f[1], "on") == 0)
		kprint.off = 0;
	else if(strcmp(f[0], "console") == 0 && nf == 2 && strcmp(f[1], "off") == 0)
		kprint.off = 1;
	else
		error(Enoctl);
}

/*
 * The text written to a one-line file (sysname, user, ...): without
 * a trailing newline, not empty, shorter than max. In buf.
 */
static void
textwrite(char *buf, int max, void *va, long n)
{
	if(n > 0 && ((char*)va)[n-1] == '\n')
		n--;
	if(n <= 0)
		error(Ebadarg);
	if(n >= max)
		error(Etoobig);
	memmove(buf, va, n);
	buf[n] = '\0';
	if(memchr(buf, '\0', n) != nil)
		error(Ebadarg);
}

static void
sysnamewrite(void *va, long n)
{
	char buf[SYSNAMELEN];

	textwrite(buf, sizeof buf, va, n);
	memmove(sysname, buf, strlen(buf)+1);
}

static void
timewrite(void *va, long n)
{
	char buf[32], *e;
	vlong us;

	textwrite(buf, sizeof buf, va, n);
	us = strtoll(buf, &e, 10);
	if(*e != '\0' || us < 0 || e == buf)
		error(Ebadarg);
	todset(us*1000);
}

static void
userwrite(void *va, long n)
{
	char buf[Maxuser];

	if(!iseve())
		error(Eperm);
	textwrite(buf, sizeof buf, va, n);
	kstrdupto(&up->env->user, buf);
}

/* A new host owner; the old name may be a constant, so it is not freed. */
static void
hostownerwrite(void *va, long n)
{
	char buf[Maxuser];

	if(!iseve())
		error(Eperm);
	textwrite(buf, sizeof buf, va, n);
	if(strcmp(up->env->user, eve) == 0)
		kstrdupto(&up->env->user, buf);
	eve = kstrdup(buf);
}

static void
jitwrite(void *va, long n)
{
	char buf[8];

	textwrite(buf, sizeof buf, va, n);
	if(buf[0] < '0' || buf[0] > '9' || buf[1] != '\0')
		error(Ebadarg);
	jitlevel = buf[0] - '0';
}

static long
driversread(void *va, long n, ulong offset)
{
	char *buf, *p, *e;
	int i, size;
	long m;

	for(i = 0; devtab[i] != nil; i++)
		;
	size = i*(KNAMELEN + 8) + 1;
	buf = smalloc(size);
	p = buf;
	e = buf + size;
	for(i = 0; devtab[i] != nil; i++)
		p = seprint(p, e, "#%C %s\n", devtab[i]->dc, devtab[i]->name);
	m = readstr(offset, va, n, buf);
	free(buf);
	return m;
}

static void
consreset(void)
{
	printinit();
}

static void
consinit(void)
{
	randominit();
}

static Chan*
consattach(char *spec)
{
	return devattach('c', spec);
}

static Walkqid*
conswalk(Chan *c, Chan *nc, char **name, int nname)
{
	return devwalk(c, nc, name, nname, (Dirtab*)consdir, nelem(consdir), devgen);
}

static int
consstat(Chan *c, uchar *db, int n)
{
	return devstat(c, db, n, (Dirtab*)consdir, nelem(consdir), devgen);
}

static Chan*
consopen(Chan *c, int omode)
{
	Queue *q;

	c->aux = nil;
	c = devopen(c, omode, (Dirtab*)consdir, nelem(consdir), devgen);
	switch((ulong)c->qid.path){
	case Qconsctl:
		lock(&kbd.ctllock);
		kbd.nctl++;
		unlock(&kbd.ctllock);
		break;
	case Qkprint:
		q = qopen(Kprintqsize, Qcoalesce, nil, nil);
		if(q == nil){
			c->flag &= ~COPEN;
			error(Enomem);
		}
		ilock(&kprint.l);
		if(kprint.q != nil){
			iunlock(&kprint.l);
			qfree(q);
			c->flag &= ~COPEN;
			error(Einuse);
		}
		kprint.q = q;
		iunlock(&kprint.l);
		c->aux = q;
		break;
	}
	return c;
}

static void
consclose(Chan *c)
{
	Queue *q;

	if(!(c->flag & COPEN))
		return;
	switch((ulong)c->qid.path){
	case Qconsctl:
		/* raw mode lasts while consctl is open */
		lock(&kbd.ctllock);
		if(--kbd.nctl == 0)
			kbd.raw = 0;
		unlock(&kbd.ctllock);
		wakeup(&kbd.r);
		break;
	case Qkprint:
		q = c->aux;
		ilock(&kprint.l);
		kprint.q = nil;
		iunlock(&kprint.l);
		qfree(q);
		c->aux = nil;
		break;
	}
}

static long
consreadfile(Chan *c, void *va, long n, vlong offset)
{
	char buf[64];
	ulong off;

	if(offset < 0)
		error(Enegoff);
	off = offset;
	switch((ulong)c->qid.path){
	case Qdir:
		return devdirread(c, va, n, (Dirtab*)consdir, nelem(consdir), devgen);
	case Qcons:
		return consread(va, n);
	case Qconsctl:
		return consctlread(va, n, off);
	case Qkeyboard:
		return keyboardread(va, n);
	case Qkprint:
		return qread(c->aux, va, n);
	case Qdrivers:
		return driversread(va, n, off);
	case Qhostowner:
		return readstr(off, va, n, eve);
	case Quser:
		return readstr(off, va, n, up->env->user);
	case Qsysname:
		return readstr(off, va, n, sysname);
	case Qsysctl:
		return readstr(off, va, n, version);
	case Qjit:
		snprint(buf, sizeof buf, "%d", jitlevel);
		return readstr(off, va, n, buf);
	case Qmemory:
		return poolread(va, n, off);
	case Qmsec:
		return readnum(off, va, n, msec(), NUMSIZE);
	case Qtime:
		snprint(buf, sizeof buf, "%lld", todget()/1000);
		return readstr(off, va, n, buf);
	case Qnull:
		return 0;
	case Qrandom:
	case Qnotquiterandom:
		if(n <= 0)
			return 0;
		return randomread(va, n);
	}
	error(Egreg);
	return -1;
}

static void
conswritecons(void *va, long n)
{
	putstrn(va, n);
}

static void
keyboardwrite(void *va, long n)
{
	long i;

	for(i = 0; i < n; i++)
		kbdputc(((uchar*)va)[i]);
}

static void
nullwrite(void *va, long n)
{
	USED(va, n);
}

/* The writable files, by qid path: each handler takes all n bytes or raises. */
static void (*conswriters[])(void*, long) = {
	[Qcons]		conswritecons,
	[Qconsctl]	consctlwrite,
	[Qhostowner]	hostownerwrite,
	[Qjit]		jitwrite,
	[Qkeyboard]	keyboardwrite,
	[Qnull]		nullwrite,
	[Qsysctl]	sysctlwrite,
	[Qsysname]	sysnamewrite,
	[Qtime]		timewrite,
	[Quser]		userwrite,
};

static long
conswrite(Chan *c, void *va, long n, vlong offset)
{
	ulong path;

	USED(offset);
	path = c->qid.path;
	if(path >= nelem(conswriters) || conswriters[path] == nil)
		error(Eperm);
	conswriters[path](va, n);
	return n;
}

Dev consdevtab = {
	'c',
	"cons",

	consreset,
	consinit,
	devshutdown,
	consattach,
	conswalk,
	consstat,
	consopen,
	devcreate,
	consclose,
	consreadfile,
	devbread,
	conswrite,
	devbwrite,
	devremove,
	devwstat,
};
