/*
 * Types of the portable kernel core. Every kernel file includes
 * "u.h"-style libkern, this, the arch's arch.h and portfns.h, in
 * that order, through port/all.h.
 */

typedef struct Block	Block;
typedef struct Chan	Chan;
typedef struct Cname	Cname;
typedef struct Conf	Conf;
typedef struct Dev	Dev;
typedef struct Dir	Dir;
typedef struct Dirtab	Dirtab;
typedef struct Egrp	Egrp;
typedef struct Evalue	Evalue;
typedef struct Fgrp	Fgrp;
typedef struct Lock	Lock;
typedef struct Mhead	Mhead;
typedef struct Mount	Mount;
typedef struct Osenv	Osenv;
typedef struct Pgrp	Pgrp;
typedef struct Proc	Proc;
typedef struct QLock	QLock;
typedef struct Qid	Qid;
typedef struct Queue	Queue;
typedef struct Ref	Ref;
typedef struct Rendez	Rendez;
typedef struct RWlock	RWlock;
typedef struct Timer	Timer;
typedef struct Walkqid	Walkqid;
typedef struct Cmdbuf	Cmdbuf;
typedef struct Cmdtab	Cmdtab;
typedef struct Membank	Membank;
typedef int Devgen(Chan*, char*, Dirtab*, int, int, Dir*);

/* an arch with little memory may choose a shallower error-label stack (arch.h) */
#ifndef ARCHNERR
#define ARCHNERR	32
#endif

enum {
	KNAMELEN = 28,		/* device and proc names */
	NERR = ARCHNERR,	/* depth of the error-label stack */
	MAXWELEM = 16,		/* names one device walk handles */
	STATFIXLEN = 49,	/* stat entry without its strings */
	DIRLEN = 116,		/* a stat entry with short names, for buffers */
	NFD = 4000,		/* most fds a process may have */
	DELTAFD = 20,		/* fd tables grow by this */
	MNTHASH = 32,		/* mount table buckets */
	EVALUEMAX = 16300,	/* longest environment value */
	ENAMEMAX = 127,		/* longest environment name */
	SYSNAMELEN = 64,	/* sysname[], the system's name and its NUL */
	HZ = 100,		/* clock ticks per second */
	BLOCKMAX = 64*1024,	/* largest block qwrite makes */
	DEVDOTDOT = -1,		/* gen index that asks for the parent */
};

/* open modes and permission bits: the values of Sys and 9P */
enum {
	OREAD = 0,
	OWRITE = 1,
	ORDWR = 2,
	OEXEC = 3,
	OTRUNC = 16,
	OCEXEC = 32,
	ORCLOSE = 64,
	OEXCL = 0x1000,

	QTDIR = 0x80,
	QTAPPEND = 0x40,
	QTEXCL = 0x20,
	QTAUTH = 0x08,
	QTTMP = 0x04,
	QTMOUNT = 0x10,		/* the kernel's mark on a mount driver channel */
	QTFILE = 0,

	DMDIR = 0x80000000,
	DMAPPEND = 0x40000000,
	DMEXCL = 0x20000000,
	DMAUTH = 0x08000000,
	DMTMP = 0x04000000,
	DMMOUNT = 0x10000000,
	DMREAD = 4,
	DMWRITE = 2,
	DMEXEC = 1,

	/* bind and mount flags */
	MREPL = 0,
	MBEFORE = 1,
	MAFTER = 2,
	MORDER = 3,
	MCREATE = 4,
	MCACHE = 16,
	MMASK = 23,

	/* access kinds of namec */
	Aaccess = 0,
	Abind,
	Atodir,
	Aopen,
	Amount,
	Acreate,
	Aremove,

	/* Chan.flag */
	COPEN = 0x1,
	CMSG = 0x2,
	CCEXEC = 0x8,
	CFREE = 0x10,
	CRCLOSE = 0x20,
	CCACHE = 0x80,
};

/* sizes of 9P fields */
enum {
	BIT8SZ = 1,
	BIT16SZ = 2,
	BIT32SZ = 4,
	BIT64SZ = 8,
	QIDSZ = BIT8SZ+BIT32SZ+BIT64SZ,
};

/* Styx (9P2000) message types and limits (styx.md §1, §2) */
enum {
	Tversion = 100,
	Rversion,
	Tauth,
	Rauth,
	Tattach,
	Rattach,
	Terror,		/* illegal */
	Rerror,
	Tflush,
	Rflush,
	Twalk,
	Rwalk,
	Topen,
	Ropen,
	Tcreate,
	Rcreate,
	Tread,
	Rread,
	Twrite,
	Rwrite,
	Tclunk,
	Rclunk,
	Tremove,
	Rremove,
	Tstat,
	Rstat,
	Twstat,
	Rwstat,
	Tmax,

	NOTAG = 0xFFFF,
	IOHDRSZ = 24,		/* a Twrite or Rread's bytes beyond its data */
	STYXHDRSZ = 7,		/* size[4] type[1] tag[2] */
	MAXMSG = 8192+IOHDRSZ,	/* the msize the mount driver proposes */
};
#define NOFID	((u32int)~0)

struct Qid {
	uvlong	path;
	ulong	vers;
	uchar	type;
};

/* The 9P stat entry, unpacked (styx.md §4). Strings point into the buffer they came from. */
struct Dir {
	ushort	type;
	uint	dev;
	Qid	qid;
	ulong	mode;
	ulong	atime;
	ulong	mtime;
	vlong	length;
	char	*name;
	char	*uid;
	char	*gid;
	char	*muid;
};

/*
 * A Styx message, unpacked (styx.c). Which fields mean anything
 * depends on type. Strings, data and stat point into the buffer the
 * message was unpacked from, or are the packer's to supply.
 */
typedef struct Fcall Fcall;
struct Fcall {
	uchar	type;
	ushort	tag;
	u32int	fid;
	u32int	msize;		/* Tversion, Rversion */
	char	*version;	/* Tversion, Rversion */
	ushort	oldtag;		/* Tflush */
	char	*ename;		/* Rerror */
	Qid	qid;		/* Rattach, Ropen, Rcreate */
	u32int	iounit;		/* Ropen, Rcreate */
	Qid	aqid;		/* Rauth */
	u32int	afid;		/* Tauth, Tattach */
	char	*uname;		/* Tauth, Tattach */
	char	*aname;		/* Tauth, Tattach */
	u32int	perm;		/* Tcreate */
	char	*name;		/* Tcreate */
	uchar	mode;		/* Topen, Tcreate */
	u32int	newfid;		/* Twalk */
	ushort	nwname;		/* Twalk */
	char	*wname[MAXWELEM];	/* Twalk */
	ushort	nwqid;		/* Rwalk */
	Qid	wqid[MAXWELEM];	/* Rwalk */
	vlong	offset;		/* Tread, Twrite */
	u32int	count;		/* Tread, Rread, Twrite, Rwrite */
	uchar	*data;		/* Rread, Twrite */
	ushort	nstat;		/* Rstat, Twstat */
	uchar	*stat;		/* Rstat, Twstat */
};

/* Spin lock: a few instructions; never held across a sleep. */
struct Lock {
	int	key;
	int	isilock;
	int	sr;		/* saved interrupt level (ilock) */
	uintptr	pc;		/* who holds it, for diagnosis */
	Proc	*p;
};

struct Ref {
	Lock	l;
	long	ref;
};

/* A proc sleeps on a Rendez waiting for a condition; at most one at a time. */
struct Rendez {
	Lock	l;
	Proc	*p;
};

/* Sleeping mutex; waiters queue in FIFO order. Guarded by use. */
struct QLock {
	Lock	use;
	Proc	*head;
	Proc	*tail;
	int	locked;
	uintptr	pc;
};

/* Readers/writer lock from two QLocks: writers pass the gate, readers count. */
struct RWlock {
	Lock	l;		/* guards readers */
	QLock	x;		/* the gate: writers hold it throughout, readers while entering */
	QLock	k;		/* held by the readers as a body, or by the writer */
	int	readers;
};

/* A timer: f(arg) runs from the clock interrupt when due. */
enum {
	Trelative,
	Tabsolute,
	Tperiodic,
};
struct Timer {
	int	tmode;
	vlong	tns;		/* period or offset, nanoseconds */
	void	(*tf)(void*, Timer*);	/* (ureg, timer); ureg is nil on host */
	void	*ta;
	/* kernel's: */
	vlong	twhen;		/* due, in fastticks */
	Timer	*tnext;
	int	tactive;
};

/* A reference-counted path name: how a Chan was reached. */
struct Cname {
	Ref	r;
	int	alen;		/* allocated length of s */
	int	len;		/* strlen(s) */
	char	*s;
	Chan	**mtpt;		/* per element: the mount point it was walked from, or nil (for "..") */
	int	nmtpt;
	int	amtpt;
};

struct Chan {
	Lock	l;
	long	ref;		/* guarded by l */
	Chan	*next;		/* allocation list */
	Chan	*link;		/* free list */
	vlong	offset;		/* in file */
	ushort	type;		/* index into devtab */
	uint	dev;		/* device instance */
	ushort	mode;		/* read/write after open */
	ushort	flag;
	Qid	qid;
	int	fid;		/* for devmnt */
	ulong	iounit;
	Mhead	*umh;		/* mount head a union directory read walks */
	Chan	*umc;		/* current member of a union read */
	QLock	umqlock;	/* guards umc, uri */
	int	uri;		/* index of the union member being read */
	int	dri;		/* generic directory read index */
	ulong	mountid;
	void	*mux;		/* devmnt's */
	void	*mcp;		/* mount cache */
	void	*aux;		/* the device's */
	Chan	*mchan;		/* devmnt: channel to the server */
	Qid	mqid;
	Cname	*name;
	vlong	devoffset;	/* offset into the device's own directory stream */
};

struct Walkqid {
	Chan	*clone;
	int	nqid;
	Qid	qid[1];		/* nqid of them */
};

/* A device: one table of operations, filled by one file. */
struct Dev {
	int	dc;
	char	*name;

	void	(*reset)(void);
	void	(*init)(void);
	void	(*shutdown)(void);
	Chan*	(*attach)(char*);
	Walkqid*	(*walk)(Chan*, Chan*, char**, int);
	int	(*stat)(Chan*, uchar*, int);
	Chan*	(*open)(Chan*, int);
	void	(*create)(Chan*, char*, int, ulong);
	void	(*close)(Chan*);
	long	(*read)(Chan*, void*, long, vlong);
	Block*	(*bread)(Chan*, long, ulong);
	long	(*write)(Chan*, void*, long, vlong);
	long	(*bwrite)(Chan*, Block*, ulong);
	void	(*remove)(Chan*);
	int	(*wstat)(Chan*, uchar*, int);
};

struct Dirtab {
	char	name[KNAMELEN];
	Qid	qid;
	vlong	length;
	long	perm;
};

/*
 * One file or directory of the root device #/, in the tables that
 * tools/mkroot generates (rootdata.c). Entry 0 is the root; the
 * children of a directory are entries child .. child+nchild-1, sorted
 * by name; parent is the containing directory's index (the root's is
 * 0); an entry's qid path is its index. const, so that a target may
 * keep the tables in flash.
 */
typedef struct Rootfile Rootfile;
struct Rootfile {
	char	*name;
	int	parent;
	ulong	perm;		/* DMDIR|0555, or 0444/0555 for a file */
	const uchar	*data;	/* a file's bytes; nil when empty or a directory */
	ulong	length;
	int	child;
	int	nchild;
};

/* A root file's module prepared at build time (tools/dismod): path is its qid path (roottab index), mod the VM's Prepmod. */
typedef struct Rootmod Rootmod;
struct Rootmod {
	ulong	path;
	const void	*mod;
};

/*
 * A file of #s and what serves it (devsrv.c). The server's handlers
 * run in the proc of the client that reads, writes or closes; read and
 * write return a count or raise an error; fid tells one open of the
 * file from another. clunk (may be nil) says fid was closed. release
 * (may be nil) comes once, after srvremove, when nothing uses the file
 * any more: from then on arg is the server's to free.
 */
typedef struct Srvfile Srvfile;
typedef struct Srvops Srvops;
struct Srvops {
	long	(*read)(void *arg, ulong fid, void *buf, long n, vlong off);
	long	(*write)(void *arg, ulong fid, void *buf, long n, vlong off);
	void	(*clunk)(void *arg, ulong fid);
	void	(*release)(void *arg);
};

/*
 * A disk's driver, for #S (sdadddisk). rw moves whole sectors and
 * returns how many it moved; writev, if there is one, gives the
 * device every write of the list at once, so that they reach the
 * disk together, and returns when all are done. Both raise errors.
 */
typedef struct Sdseg Sdseg;
struct Sdseg {
	void	*buf;
	long	n;		/* bytes, whole sectors */
	uvlong	off;		/* bytes, a sector's start */
};

typedef struct Sdops Sdops;
struct Sdops {
	long	(*rw)(void *arg, int write, void *buf, long nsec, uvlong sec);
	void	(*writev)(void *arg, Sdseg *seg, int nseg);	/* may be nil */
	void	(*flush)(void *arg);	/* may be nil */
};

/* One mount: what is bound at an Mhead. */
struct Mount {
	ulong	mountid;
	Mount	*next;		/* next member of the union */
	Mhead	*head;
	Chan	*to;		/* what is mounted */
	int	mflag;
	char	*spec;
};

/* A mounted-on directory and its ordered union; mount, and the Mount list, guarded by lock. */
struct Mhead {
	Ref	r;
	RWlock	lock;
	Chan	*from;		/* the directory mounted upon */
	Mount	*mount;
	Mhead	*hash;
};

/* Name space group. mnthash guarded by ns. */
struct Pgrp {
	Ref	r;
	ulong	pgrpid;
	RWlock	ns;
	QLock	nsh;		/* serialises mount-table changes */
	Mhead	*mnthash[MNTHASH];
	int	progmode;
	Chan	*dot;
	Chan	*slash;
	int	nodevs;
	int	pin;
};

/* File descriptor table; guarded by l. */
struct Fgrp {
	Lock	l;
	long	ref;
	Chan	**fd;
	int	nfd;		/* slots allocated */
	int	maxfd;		/* highest fd in use */
	int	minfd;		/* lower bound on free fd */
};

struct Evalue {
	char	*var;
	char	*val;
	int	len;
	Qid	qid;
	Evalue	*next;
};

/* Environment group; the list guarded by l. */
struct Egrp {
	Ref	r;
	QLock	l;
	ulong	path;		/* next qid path */
	ulong	vers;
	Evalue	*entries;
};

/*
 * What a proc works on behalf of: its name space, fds, environment,
 * identity and error text. A Dis Prog has its own, lent to the kernel
 * proc running its system calls.
 */
struct Osenv {
	char	errstr[ERRMAX];	/* last error */
	char	errbuf[ERRMAX];	/* for kerrstr swaps */
	Pgrp	*pgrp;
	Fgrp	*fgrp;
	Egrp	*egrp;
	char	*user;
	int	uid;
	int	gid;
	void	*prog;		/* the Dis Prog this environment belongs to, if any */
};

enum {				/* Proc.state */
	Dead = 0,
	Moribund,
	Ready,
	Scheding,
	Running,
	Queueing,
	Wakeme,
	Broken,
	Stopped,
	Rendezvous,
	Waitrelease,
};

enum {				/* priorities, most urgent first */
	PriLock = 0,
	PriEdf,
	PriRelease,
	PriRealtime,
	PriHicodec,
	PriLocodec,
	PriHi,
	PriNormal,
	PriLo,
	PriBackground,
	PriExtra,
	Nrq,
};

enum {				/* kproc flags */
	KPDUPPG = 1,
	KPDUPFDG = 2,
	KPDUPENVG = 4,
	KPDUP = KPDUPPG|KPDUPFDG|KPDUPENVG,
};

#ifdef PORTCPU
/* A bare-metal arch's part of a Proc (port/cpu.c): its kernel stack and where it was switched out. */
typedef struct Archproc Archproc;
struct Archproc {
	Label	sched;
	uchar	*stack;		/* KSTACK bytes from xalloc; freed by procfree */
};

/* An interrupt's handler, on the arch's list for that interrupt (port/cpu.c's intradd). */
typedef struct Vec Vec;
struct Vec {
	void	(*f)(void*, void*);	/* (ureg or nil, a) */
	void	*a;
	Vec	*next;
};
#endif

struct Proc {
	Label	errlab[NERR];	/* error() unwinds to errlab[nerrlab-1] */
	int	nerrlab;
	Archproc	arch;	/* context, stack: the arch's */
	int	state;
	char	*psstate;	/* what it is doing, for ps */
	ulong	pid;
	char	text[KNAMELEN];
	char	genbuf[ENAMEMAX+1];	/* a name a device's gen made, until its caller uses it (env names need ENAMEMAX) */
	int	pri;		/* current priority */
	int	basepri;
	Proc	*rnext;		/* run queue */
	Proc	*qnext;		/* QLock queue */
	QLock	*qlock;		/* the QLock it waits for */
	Rendez	*r;		/* the Rendez it sleeps on */
	Lock	rlock;		/* sync sleep/swiproc for r */
	int	nlocks;		/* spin locks held: no preemption while > 0 */
	int	delaysched;	/* a preemption came while nlocks > 0 */
	int	preempted;
	int	intr;		/* swiproc: its sleep raises "interrupted" */
	int	killed;
	ulong	twhen;		/* tsleep: due tick */
	Rendez	*trend;
	int	(*tfn)(void*);
	void	*targ;
	Proc	*tlink;		/* alarm list */
	Timer	*timer;
	Osenv	*env;		/* what it works for; usually &defenv */
	Osenv	defenv;
	void	(*kpfun)(void*);
	void	*kparg;
	Proc	*next;		/* all procs */
	ulong	ticks;		/* ticks it has run */
	void	*dbgreg;
	void	*iprog;		/* the interpreter's, while it holds the VM */
	void	*prog;		/* the Dis Prog it runs for */
};

/* Blocks and queues (qio.c) */
enum {				/* Block.flag */
	BINTR = 1<<0,
	BFREE = 1<<1,
	Bipck = 1<<2,
	Budpck = 1<<3,
	Btcpck = 1<<4,
	Bpktck = 1<<5,
};

/*
 * Block.free shares the kernel's rename of free (portfns.h), so that
 * b->free means the same member in every file.
 */
#define free	kfree
struct Block {
	Block	*next;
	Block	*list;
	uchar	*rp;		/* first unconsumed byte */
	uchar	*wp;		/* first empty byte */
	uchar	*lim;		/* 1 past the end of the buffer */
	uchar	*base;		/* start of the buffer */
	void	(*free)(Block*);
	ushort	flag;
	ushort	checksum;
};
#define BLEN(s) ((s)->wp - (s)->rp)
#define BALLOC(s) ((s)->lim - (s)->base)

enum {				/* Queue.state */
	Qstarve = 1<<0,
	Qmsg = 1<<1,
	Qclosed = 1<<2,
	Qflow = 1<<3,
	Qcoalesce = 1<<4,
	Qkick = 1<<5,
};

/* A control message split into fields (parsecmd) and its table of verbs. */
enum { NCMDFIELD = 128 };
struct Cmdbuf {
	char	*buf;
	char	**f;
	int	nf;
};
struct Cmdtab {
	int	index;
	char	*cmd;
	int	narg;		/* 0: any number */
};

/* A bank of RAM the arch hands to xalloc. */
struct Membank {
	uintptr	base;
	uintptr	size;
};

struct Conf {
	int	nmach;
	int	nproc;
	Membank	mem[4];
	int	nmem;
	ulong	npage;
	uintptr	ialloc;		/* bytes xalloc may give to pools */
	ulong	ramtotal;	/* non-zero: all the RAM, kernel image and stacks included, for /dev/memory's line "sram used highwater total" (rp2040) */
	ulong	dstackmin;	/* non-zero: smallest Dis stack segment, instead of Stackmin (small RAM) */
	ulong	iomax;		/* non-zero: most bytes a Dis read takes in one call (small RAM; reads may be short) */
};

enum {				/* sysctl */
	Halt,
	Reboot,
};

extern	Conf	conf;
extern	Dev*	devtab[];
extern	const Rootfile	roottab[];	/* made by tools/mkroot */
extern	int	nroottab;
extern	const Rootmod	rootmods[];	/* made by tools/dismod */
extern	const int	nrootmods;
extern	Proc*	up;		/* the current proc; nil in the idle loop before any proc */
extern	char*	eve;		/* the host owner */
extern	char	sysname[SYSNAMELEN];
extern	char	*bootuser;
extern	ulong	ticks;		/* clock ticks since boot */
extern	int	hostexitstatus;
extern	char	*statename[];
extern	int	keepbroken;	/* devcons.c: sysctl broken, keep broken progs for debugging */
extern	int	jitlevel;	/* devcons.c: #c/jit, 0 interprets */
