/*
 * Functions of the portable kernel core, and what each arch must
 * supply to it (the arch contract, at the end).
 */

/*
 * Kernel names that a hosted C library also exports: renamed at the
 * symbol level so that the host kernel never interposes on libc.
 */
#define malloc	kmalloc
#define free	kfree
#define realloc	krealloc
#define calloc	kcalloc
#define sleep	ksleep
#define error	kerror
#define exhausted	kexhausted
#undef timeradd

/* alloc.c: the pools */
void*	malloc(size_t);
void*	mallocz(ulong, int);
void*	smalloc(ulong);
void*	realloc(void*, size_t);
void*	calloc(size_t, size_t);
void	free(void*);
ulong	msize(void*);
char*	kstrdup(char*);
void	kstrdupto(char**, char*);
void*	heapalloc(ulong);	/* from the heap pool, for the Dis VM */
void	heapfree(void*);
void	poolinit(void);
int	poolcheckall(void);	/* 0 if every pool is consistent, else prints and returns -1 */
int	poolread(char*, int, ulong);	/* /dev/memory */
typedef struct Poolstat Poolstat;
struct Poolstat {
	char	*name;
	ulong	cursize;	/* bytes in use */
	ulong	maxsize;	/* limit */
	ulong	hw;		/* high-water mark of cursize */
	ulong	nalloc;
	ulong	nfree;
	ulong	nbrk;		/* arena extensions */
	ulong	maxfree;	/* largest free block */
	ulong	arenasize;	/* bytes taken from xalloc */
};
int	poolstat(int, Poolstat*);	/* pool i: 0 main, 1 heap, 2 image; -1 past the end */
void	poolsetmax(int, ulong);
void	poolshare(int, int);	/* pool i takes its blocks from pool j's arenas (before its first allocation) */
void	poolpeak(void);		/* xalloc: a new high-water mark of RAM */
void	poolwalk(int, void (*fn)(void *block, ulong req, void *arg), void *arg);	/* fn for each allocated block of pool i (locked: fn must not allocate or free in it) */

/* xalloc.c: the permanent boot-time allocator over the RAM banks */
void	xinit(void);
void*	xalloc(ulong);
void*	xallocz(ulong, int);
void	xfree(void*);
ulong	xfreebytes(void);
ulong	xfreelow(void);

/* error.c */
void	error(char*) __attribute__((noreturn));
void	errorf(char*, ...) __attribute__((noreturn));
void	nexterror(void) __attribute__((noreturn));
#define waserror()	(up->nerrlab >= NERR ? panic("error stack too deep"), 0 : setlabel(&up->errlab[up->nerrlab++]))
#define poperror()	(up->nerrlab--)
void	kwerrstr(char*, ...);
void	kerrstr(char*, uint);
void	kgerrstr(char*, uint);
void	panic(char*, ...) __attribute__((noreturn));
void	iprint(char*, ...);
void	exhausted(char*) __attribute__((noreturn));

/* lock.c, qlock.c */
void	lock(Lock*);
int	canlock(Lock*);
void	unlock(Lock*);
void	ilock(Lock*);
void	iunlock(Lock*);
long	incref(Ref*);
long	decref(Ref*);
void	qlock(QLock*);
int	canqlock(QLock*);
void	qunlock(QLock*);
void	rlock(RWlock*);
int	canrlock(RWlock*);
void	runlock(RWlock*);
void	wlock(RWlock*);
void	wunlock(RWlock*);

/* proc.c: the scheduler */
void	procinit(void);
Proc*	newproc(void);
void	kproc(char*, void (*)(void*), void*, int);
void	ready(Proc*);
void	sched(void);
void	yield(void);
void	pexit(char*, int) __attribute__((noreturn));
int	setpri(int);
void	sleep(Rendez*, int (*)(void*), void*);
void	tsleep(Rendez*, int (*)(void*), void*, ulong);
Proc*	wakeup(Rendez*);
int	return0(void*);
void	swiproc(Proc*, int);
void	hzclock(void);
void	checkalarms(void);
void	accounttime(void);
int	anyready(void);
int	anyhigher(void);
void	preempted(void);
Proc*	proctab(int);
Proc*	procbypid(ulong);
void	schedinit(void) __attribute__((noreturn));
void	procdump(void);
void	closepgrp(Pgrp*);
void	closefgrp(Fgrp*);
void	closeegrp(Egrp*);
void	pretty(void);

/* clock.c: timers and time */
void	timeradd(Timer*);
void	timerdel(Timer*);
void	timersinit(void);
void	timerintr(void);
vlong	todget(void);		/* nanoseconds since the epoch */
void	todset(vlong);
ulong	seconds(void);
ulong	msec(void);
#define	TK2MS(t)	((t)*(1000/HZ))
#define	MS2TK(t)	(((ulong)(t)+(1000/HZ)-1)/(1000/HZ))

/* qio.c */
Block*	allocb(int);
Block*	iallocb(int);
void	freeb(Block*);
void	freeblist(Block*);
Block*	concatblock(Block*);
Block*	copyblock(Block*, int);
Block*	padblock(Block*, int);
Block*	pullupblock(Block*, int);
Block*	trimblock(Block*, int, int);
int	blocklen(Block*);
int	readblist(Block*, uchar*, int, ulong);
void	checkb(Block*, char*);
Queue*	qopen(int, int, void (*)(void*), void*);
Queue*	qbypass(void (*)(void*, Block*), void*);
long	qwrite(Queue*, void*, int);
long	qbwrite(Queue*, Block*);
int	qiwrite(Queue*, void*, int);
long	qread(Queue*, void*, int);
Block*	qbread(Queue*, int);
int	qproduce(Queue*, void*, int);
int	qconsume(Queue*, void*, int);
int	qpass(Queue*, Block*);
int	qpassnolim(Queue*, Block*);
Block*	qget(Queue*);
int	qdiscard(Queue*, int);
int	qpeekable(Queue*);
void	qclose(Queue*);
void	qhangup(Queue*, char*);
void	qreopen(Queue*);
void	qflush(Queue*);
void	qfree(Queue*);
int	qlen(Queue*);
int	qwindow(Queue*);
int	qcanread(Queue*);
void	qsetlimit(Queue*, int);
void	qnoblock(Queue*, int);
int	qfull(Queue*);
int	qisclosed(Queue*);
int	qstate(Queue*);
void	qaddlist(Queue*, Block*);

/* chan.c: channels and names */
void	chandevreset(void);
void	chandevinit(void);
void	chandevshutdown(void);
Chan*	newchan(void);
void	chanfree(Chan*);
Chan*	cclone(Chan*);
void	cclose(Chan*);
void	ccloseq(Chan*);
void	incchan(Chan*);
int	eqchan(Chan*, Chan*, int);
int	eqqid(Qid, Qid);
Chan*	namec(char*, int, int, ulong);
Chan*	cunique(Chan*);
int	walk(Chan**, char**, int, int, int*);
Cname*	newcname(char*);
void	cnameclose(Cname*);
Cname*	addelem(Cname*, char*);
void	cleancname(Cname*);
char*	chanpath(Chan*);
char*	cleanname(char*);
int	cmount(Chan*, Chan*, int, char*);
void	cunmount(Chan*, Chan*);
int	findmount(Chan**, Mhead**, int, uint, Qid);
Chan*	createdir(Chan*, Mhead*);
void	putmhead(Mhead*);
void	isdir(Chan*);
int	iseve(void);
void	validname(char*, int);
void	validstat(uchar*, int);
void	nameerror(char*, char*) __attribute__((noreturn));
Chan*	fdtochan(int, int, int, int);
int	openmode(ulong);
long	unionread(Chan*, void*, long);
void	unionrewind(Chan*);
void	mountfree(Mount*);
Mount*	newmount(Mhead*, Chan*, int, char*);
ulong	nextmountid(void);

/* pgrp.c: name space, fd and environment groups */
Pgrp*	newpgrp(void);
Pgrp*	forkpgrp(Pgrp*);
void	pgrpcpy(Pgrp*, Pgrp*);
Fgrp*	newfgrp(Fgrp*);
Fgrp*	dupfgrp(Fgrp*);
Chan*	fgrptake(Fgrp*, int);
Egrp*	newegrp(void);
Egrp*	dupegrp(Egrp*);
Osenv*	newosenv(void);
void	closeosenv(Osenv*);
void	forkosenv(Osenv*, Osenv*, int);

/* dev.c: helpers for device drivers */
int	devno(int, int);
Chan*	devattach(int, char*);
Chan*	devclone(Chan*);
void	devdir(Chan*, Qid, char*, vlong, char*, long, Dir*);
int	devgen(Chan*, char*, Dirtab*, int, int, Dir*);
Walkqid*	devwalk(Chan*, Chan*, char**, int, Dirtab*, int, Devgen*);
int	devstat(Chan*, uchar*, int, Dirtab*, int, Devgen*);
long	devdirread(Chan*, char*, long, Dirtab*, int, Devgen*);
Chan*	devopen(Chan*, int, Dirtab*, int, Devgen*);
void	devcreate(Chan*, char*, int, ulong);
void	devremove(Chan*);
int	devwstat(Chan*, uchar*, int);
Block*	devbread(Chan*, long, ulong);
long	devbwrite(Chan*, Block*, ulong);
void	devreset(void);
void	devinit(void);
void	devshutdown(void);
void	devpermcheck(char*, ulong, int);
void	mkqid(Qid*, vlong, ulong, int);
long	readstr(ulong, char*, ulong, char*);
long	readnum(ulong, char*, ulong, ulong, int);
Cmdbuf*	parsecmd(char*, long);
Cmdtab*	lookupcmd(Cmdbuf*, Cmdtab*, int);
void	cmderror(Cmdbuf*, char*) __attribute__((noreturn));

/* convM2D.c, convD2M.c: stat entries */
uint	convM2D(uchar*, uint, Dir*, char*);
uint	convD2M(Dir*, uchar*, uint);
uint	sizeD2M(Dir*);
int	statcheck(uchar*, uint);
int	dirfmt(Fmt*);
void	nulldir(Dir*);

/* styx.c: Styx (9P2000) messages; Fcall in portdat.h */
int	styxunpack(uchar*, uint, Fcall*, char*, int);	/* 0, or -1 with the error (naming the field) in the buffer */
uint	styxpack(Fcall*, uchar*, uint);		/* bytes used, 0 if it does not fit */
uint	styxsize(Fcall*);			/* bytes f packs into, 0 if it cannot be a message */
uint	styxmsgsize(uchar*);			/* a message's size field */
uint	styxread(Chan*, uchar*, uint);		/* one whole message from a connection; 0 at end of file */
void	styxwrite(Chan*, uchar*, uint);		/* one whole message to a connection */
char*	styxtypename(int);

/* devmnt.c: the mount driver; export.c: the export service */
Chan*	mntattachchan(Chan*, Chan*, char*, int);	/* (connection, auth Chan or nil, spec, flags): the root of the server's tree */
int	kexport(int, char*, int);		/* serve the name space below dir on fd; -1 and the error string on failure */

/* sysfile.c: the kernel's file interface; each returns -1 (or nil) and sets the error string on failure */
int	kopen(char*, int);
int	kcreate(char*, int, ulong);
long	kread(int, void*, long);
long	kwrite(int, void*, long);
long	kpread(int, void*, long, vlong);
long	kpwrite(int, void*, long, vlong);
vlong	kseek(int, vlong, int);
int	kclose(int);
int	kdup(int, int);
char*	kfd2path(int);
int	kbind(char*, char*, int);
int	kmount(int, int, char*, int, char*);
int	kunmount(char*, char*);
int	kremove(char*);
int	kstat(char*, uchar*, int);
int	kfstat(int, uchar*, int);
int	kwstat(char*, uchar*, int);
int	kfwstat(int, uchar*, int);
long	kdirread(int, Dir**);
long	kdirreadone(int, Dir**);	/* the entries one read gives; 0 at the end */
int	kchdir(char*);
int	kpipe(int[2]);
int	kfauth(int, char*);
int	kdirstat(char*, Dir*, char*, int);
int	newfd(Chan*);
Dir*	chandirstat(Chan*);

/* devcons.c */
void	putstrn(char*, int);
void	kbdputc(int);
void	kbdeof(void);
int	consecho(void);
int	kbdcr2nl(Queue*, int);
void	printinit(void);
int	consactive(void);
void	hostshutdown(int) __attribute__((noreturn));
long	consread(char*, long);
void	killcons(void);
int	kbdroom(void);
extern	int	consedit;	/* cooked mode edits and ^C interrupts; 0: input passes byte for byte (nobody types it) */
extern	int	(*conskillgrp)(int, char*);	/* set by the Dis VM when it starts (its killgrpid): what ^C calls to kill a process group */

/* devenv.c */
void	ksetenv(char*, char*);

/* devsrv.c: files served through #s (Sys->file2chan); Srvops in portdat.h */
Srvfile*	srvcreate(char*, char*, ulong, Srvops*, void*);	/* (dir path, name, perm, ops, arg) */
void	srvremove(Srvfile*);

/* devsd.c: a driver's disk (name, sector size, sectors, ops, arg); Sdops in portdat.h */
void	sdadddisk(char*, ulong, uvlong, Sdops*, void*);
int	sdwritev(Chan*, Sdseg*, int);	/* writes at offsets of c's disk or partition together; 0 if c is not of #S */

/* devroot.c */
void	addrootfile(char*, uchar*, ulong);
const void*	rootmodule(Dir*);	/* the prepared module (libinterp's Prepmod) of the root file d describes, or nil */

/* main.c */
void	kmain(int (*)(void*), void*) __attribute__((noreturn));
void	halt(int) __attribute__((noreturn));
typedef struct Nsop Nsop;
struct Nsop {			/* a bind of the start-up name space, from the target's conf */
	char	*new;
	char	*old;
	int	flag;
};
extern	Nsop	startns[];	/* ends with new == nil */

/* random.c */
void	randominit(void);
ulong	randomread(void*, ulong);
ulong	nrand(int);

/* cpu.c: the bare-metal arches' shared half of the CPU (and kprocchild, procswitch, procfree, uartputs, consecho) */
enum {				/* what a processor fault in a Prog's instructions was */
	Pfsegv,			/* a bad address */
	Pfbus,			/* a misaligned one */
	Pfillegal,		/* an undefined instruction */
	Pfdivzero,		/* an integer division by zero */
	Pffp,			/* a floating-point exception */
};
void	progtrap(int, uintptr) __attribute__((noreturn));	/* raise it as the Prog's exception (the pc or the address) */
#ifdef PORTCPU
int	setlabel(Label*) __attribute__((returns_twice));	/* the arch's l.S */
void	gotolabel(Label*) __attribute__((noreturn));
void	kprocentry(void);		/* where a new proc starts (l.S) */
void	intradd(Vec**, void (*)(void*, void*), void*);	/* a handler onto an interrupt's list */
int	intrrun(Vec*, void*);		/* run a list's handlers with the ureg: whether there were any */
#endif

/*
 * The arch contract: what arch/<arch>/ supplies.
 */
int	splhi(void);
int	spllo(void);
void	splx(int);
int	islo(void);
void	intrenable(int, void (*)(void*, void*), void*, char*);
void	procswitch(Proc*, Proc*);	/* save from, resume to */
void	kprocchild(Proc*, void (*)(void*), void*);	/* prepare p to run f(a) when first switched to */
void	procfree(Proc*);		/* release the arch's part of a dead proc */
vlong	fastticks(uvlong*);		/* a fast counter, and its frequency */
uvlong	µs(void);			/* microseconds since boot */
void	idlehands(void);		/* wait for an interrupt */
void	segflush(void*, ulong);
void	archreboot(void) __attribute__((noreturn));
void	archpoweroff(int) __attribute__((noreturn));
void	archinit(void);
void	archconsinit(void);
void	uartputs(char*, int);
void	uartputc(int);			/* one byte out, polled, for port/cpu.c's uartputs (a bare-metal arch.h names its UART driver's) */
vlong	archtod(void);			/* time of day from the RTC, ns since the epoch; 0 if none */
void	archdevinit(void);
void	dumpstack(void);		/* print a backtrace of the caller, for panic */

/* first.c; disexec is the Dis VM's (libinterp) */
int	runfirst(char**);
int	disexec(char*, char**);	/* run a Dis program until it exits: 0, or 1 if it died of an exception; -1 (errstr set) if it could not start */
int	xecfault(void);		/* the Dis VM's: 1 if a processor fault now is in the current Prog's instructions (the arch's trap handler raises it there with error()), 0 if it is the kernel's */
