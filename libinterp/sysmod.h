/*
 * Private to the $Sys built-in module (sysmod.c, sysfmt.c, sysdir.c,
 * sysnet.c): the frames its functions receive, the Sys adts as they
 * lie in Dis memory (dis-link.md §4, §4.1), and the helpers the files
 * share. Offsets are checked at compile time in sysmod.c against the
 * table in dis-link.md §4.
 */

/* The frame header of dis-isa.md §2, as a member of the frame structs below. */
typedef struct Fhdr Fhdr;
struct Fhdr {
	Dptr	lr;
	Dptr	fp;
	Dptr	mr;
	Dptr	t;
	Dptr	ret;	/* where the result goes */
	Dptr	temps[3];
};

/* Sys->Qid and Sys->Dir (64 bytes, pointers in words 0-3). */
typedef struct Sysdir Sysdir;
struct Sysdir {
	Dptr	name;
	Dptr	uid;
	Dptr	gid;
	Dptr	muid;
	vlong	qidpath;	/* @16 */
	s32int	qidvers;
	s32int	qidtype;
	s32int	mode;		/* @32 */
	s32int	atime;
	s32int	mtime;
	s32int	pad;
	vlong	length;		/* @48 */
	s32int	dtype;
	s32int	dev;
};

/* Sys->Connection (12 bytes, all pointers). */
typedef struct Sysconn Sysconn;
struct Sysconn {
	Dptr	dfd;
	Dptr	cfd;
	Dptr	dir;
};

/* Result tuples. */
typedef struct Rintdir Rintdir;		/* (int, Dir) */
struct Rintdir {
	s32int	t0;
	s32int	pad;
	Sysdir	t1;
};
typedef struct Rintptr Rintptr;		/* (int, string), (int, list of string), (int, array of Dir) */
struct Rintptr {
	s32int	t0;
	Dptr	t1;
};
typedef struct Rintconn Rintconn;	/* (int, Connection) */
struct Rintconn {
	s32int	t0;
	Sysconn	t1;
};
typedef struct Rint3 Rint3;		/* (int, int, int) */
struct Rint3 {
	s32int	t0;
	s32int	t1;
	s32int	t2;
};

/* Frames, named after their arguments' types. */
typedef struct Fnone Fnone;		/* millisec */
struct Fnone {
	Fhdr	h;
};
typedef struct Fi Fi;			/* fildes, sleep */
struct Fi {
	Fhdr	h;
	s32int	i;
};
typedef struct Fii Fii;			/* dup */
struct Fii {
	Fhdr	h;
	s32int	a;
	s32int	b;
};
typedef struct Fp Fp;			/* one pointer: chdir, remove, werrstr, stat, fd2path, ... */
struct Fp {
	Fhdr	h;
	Dptr	p;
};
typedef struct Fpp Fpp;			/* two pointers: unmount, tokenize, dial, fauth, file2chan */
struct Fpp {
	Fhdr	h;
	Dptr	p0;
	Dptr	p1;
};
typedef struct Fpi Fpi;			/* open, utfbytes, byte2char */
struct Fpi {
	Fhdr	h;
	Dptr	p;
	s32int	i;
};
typedef struct Fpii Fpii;		/* create; pctl uses Fip */
struct Fpii {
	Fhdr	h;
	Dptr	p;
	s32int	i0;
	s32int	i1;
};
typedef struct Fip Fip;			/* pctl */
struct Fip {
	Fhdr	h;
	s32int	i;
	Dptr	p;
};
typedef struct Fipi Fipi;		/* char2byte */
struct Fipi {
	Fhdr	h;
	s32int	c;
	Dptr	buf;
	s32int	n;
};
typedef struct Fppi Fppi;		/* bind, export, stream, read, write, readn */
struct Fppi {
	Fhdr	h;
	Dptr	p0;
	Dptr	p1;
	s32int	i;
};
typedef struct Fpip Fpip;		/* fversion */
struct Fpip {
	Fhdr	h;
	Dptr	fd;
	s32int	msize;
	Dptr	version;
};
typedef struct Fppib Fppib;		/* pread, pwrite */
struct Fppib {
	Fhdr	h;
	Dptr	fd;
	Dptr	buf;
	s32int	n;
	s32int	pad;
	vlong	off;
};
typedef struct Fpbi Fpbi;		/* seek */
struct Fpbi {
	Fhdr	h;
	Dptr	fd;
	s32int	pad;
	vlong	off;
	s32int	start;
	s32int	pad1;
};
typedef struct Fppsis Fppsis;		/* mount */
struct Fppsis {
	Fhdr	h;
	Dptr	fd;
	Dptr	afd;
	Dptr	on;
	s32int	flags;
	Dptr	spec;
	s32int	pad;
};
typedef struct Fpdir Fpdir;		/* wstat, fwstat */
struct Fpdir {
	Fhdr	h;
	Dptr	p;
	s32int	pad;
	Sysdir	d;
};
typedef struct Fconn Fconn;		/* listen */
struct Fconn {
	Fhdr	h;
	Sysconn	c;
	s32int	pad;
};

/* The address of a frame's result. */
#define RET(f)	D2P((f)->h.ret)

/* sysmod.c */
void	retstr(char *s, Dptr *d);		/* replace the string at d by a copy of s (nil: nil) */
char*	cstring(Dptr s);			/* string2c, but nil for a nil string */
void	checkclosedpipe(Prog*);			/* a write found its pipe closed: kill the writer, as Inferno does */
extern Dtype	*Tsysdir;

/* sysfmt.c */
char*	sysformat(Prog*, uchar *fp, uchar *va, Dptr fmt, int *n);	/* malloc'd, NUL-terminated; *n bytes */

/* The functions of the module's table. */
void	Sys_announce(void*);
void	Sys_aprint(void*);
void	Sys_bind(void*);
void	Sys_byte2char(void*);
void	Sys_char2byte(void*);
void	Sys_chdir(void*);
void	Sys_create(void*);
void	Sys_dial(void*);
void	Sys_dirread(void*);
void	Sys_dup(void*);
void	Sys_export(void*);
void	Sys_fauth(void*);
void	Sys_fd2path(void*);
void	Sys_fildes(void*);
void	Sys_file2chan(void*);
void	Sys_fprint(void*);
void	Sys_fstat(void*);
void	Sys_fversion(void*);
void	Sys_fwstat(void*);
void	Sys_iounit(void*);
void	Sys_listen(void*);
void	Sys_millisec(void*);
void	Sys_mount(void*);
void	Sys_open(void*);
void	Sys_pctl(void*);
void	Sys_pipe(void*);
void	Sys_pread(void*);
void	Sys_print(void*);
void	Sys_pwrite(void*);
void	Sys_read(void*);
void	Sys_readn(void*);
void	Sys_remove(void*);
void	Sys_seek(void*);
void	Sys_sleep(void*);
void	Sys_sprint(void*);
void	Sys_stat(void*);
void	Sys_stream(void*);
void	Sys_tokenize(void*);
void	Sys_unmount(void*);
void	Sys_utfbytes(void*);
void	Sys_werrstr(void*);
void	Sys_write(void*);
void	Sys_wstat(void*);
