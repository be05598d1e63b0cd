/*
 * The $Sys built-in module: its table (dis-link.md §4, §7), the FD
 * objects, and the functions over the kernel's file interface
 * (port/sysfile.c). Formatting is in sysfmt.c, Dir conversion and the
 * stat family in sysdir.c, dial/announce/listen in sysnet.c.
 *
 * Discipline: a function reads its arguments out of Dis memory (into
 * C copies) while it holds the VM; any call that may block runs
 * between release() and acquire() and touches no Dis object; results
 * are stored after acquire(). Kernel failures are returns of -1 (or
 * nil) with the error string set, never Dis exceptions; the k*
 * functions catch their own errors, and direct kernel calls made
 * here sit under waserror. Dis exceptions (nil dereference, array
 * bounds) are raised only while the VM is held.
 */
#include "all.h"
#include "interp.h"
#include "sysmod.h"

/* Layouts must match dis-link.md §4 and §4.1 exactly. */
#define FOFF(T, m, o)	_Static_assert(offsetof(T, m) == (o), #T "." #m)
#define FSIZE(T, s)	_Static_assert(sizeof(T) == (s), "sizeof " #T)
FSIZE(Fhdr, 32);
FSIZE(Sysdir, 64);
FOFF(Sysdir, qidpath, 16); FOFF(Sysdir, mode, 32); FOFF(Sysdir, length, 48); FOFF(Sysdir, dev, 60);
FSIZE(Sysconn, 12);
FSIZE(Rintdir, 72); FOFF(Rintdir, t1, 8);
FSIZE(Rintptr, 8);
FSIZE(Rintconn, 16);
FSIZE(Rint3, 12);
FSIZE(Fnone, 32);
FOFF(Fi, i, 32);
FOFF(Fii, b, 36);
FOFF(Fpp, p1, 36);
FOFF(Fpii, i1, 40);
FOFF(Fip, p, 36);
FOFF(Fipi, n, 40);
FOFF(Fppi, i, 40);
FOFF(Fpip, version, 40);
FOFF(Fppib, n, 40); FOFF(Fppib, off, 48); FSIZE(Fppib, 56);
FOFF(Fpbi, off, 40); FOFF(Fpbi, start, 48); FSIZE(Fpbi, 56);
FOFF(Fppsis, spec, 48); FSIZE(Fppsis, 56);
FOFF(Fpdir, d, 40); FSIZE(Fpdir, 104);
FOFF(Fconn, c, 32); FSIZE(Fconn, 48);

/*
 * The export table, in the module's sorted member order. Frame sizes
 * and maps as dis-link.md §4 lists them; 0 for the variadic ones,
 * whose frames the callers' modules type.
 */
static const Runtab systab[] = {
	{ "announce",	0x0b7c4ac0, Sys_announce,	40, 2, {0x00, 0x80} },
	{ "aprint",	0x77442d46, Sys_aprint,		0, 0, {0} },
	{ "bind",	0x66326d91, Sys_bind,		48, 2, {0x00, 0xc0} },
	{ "byte2char",	0x3d6094f9, Sys_byte2char,	40, 2, {0x00, 0x80} },
	{ "char2byte",	0x2ba5ab41, Sys_char2byte,	48, 2, {0x00, 0x40} },
	{ "chdir",	0xc6935858, Sys_chdir,		40, 2, {0x00, 0x80} },
	{ "create",	0x54db77d9, Sys_create,		48, 2, {0x00, 0x80} },
	{ "dial",	0x29e90174, Sys_dial,		40, 2, {0x00, 0xc0} },
	{ "dirread",	0x72210d71, Sys_dirread,	40, 2, {0x00, 0x80} },
	{ "dup",	0x6584767b, Sys_dup,		40, 0, {0} },
	{ "export",	0x6fc6dc03, Sys_export,		48, 2, {0x00, 0xc0} },
	{ "fauth",	0x20ccc34b, Sys_fauth,		40, 2, {0x00, 0xc0} },
	{ "fd2path",	0x749c6042, Sys_fd2path,	40, 2, {0x00, 0x80} },
	{ "fildes",	0x1478f993, Sys_fildes,		40, 0, {0} },
	{ "file2chan",	0x9f34d686, Sys_file2chan,	40, 2, {0x00, 0xc0} },
	{ "fprint",	0xf46486c8, Sys_fprint,		0, 0, {0} },
	{ "fstat",	0xda4499c2, Sys_fstat,		40, 2, {0x00, 0x80} },
	{ "fversion",	0xfe9c0a06, Sys_fversion,	48, 2, {0x00, 0xa0} },
	{ "fwstat",	0x50a6c7e0, Sys_fwstat,		104, 2, {0x00, 0xbc} },
	{ "iounit",	0x5583b730, Sys_iounit,		40, 2, {0x00, 0x80} },
	{ "listen",	0xb97416e0, Sys_listen,		48, 2, {0x00, 0xe0} },
	{ "millisec",	0x616977e8, Sys_millisec,	32, 0, {0} },
	{ "mount",	0x74c17b3a, Sys_mount,		56, 2, {0x00, 0xe8} },
	{ "open",	0x8f477f99, Sys_open,		40, 2, {0x00, 0x80} },
	{ "pctl",	0x05df27fb, Sys_pctl,		40, 2, {0x00, 0x40} },
	{ "pipe",	0x1f2c52ea, Sys_pipe,		40, 2, {0x00, 0x80} },
	{ "pread",	0x09d8aac6, Sys_pread,		56, 2, {0x00, 0xc0} },
	{ "print",	0xac849033, Sys_print,		0, 0, {0} },
	{ "pwrite",	0x09d8aac6, Sys_pwrite,		56, 2, {0x00, 0xc0} },
	{ "read",	0x7cfef557, Sys_read,		48, 2, {0x00, 0xc0} },
	{ "readn",	0x7cfef557, Sys_readn,		48, 2, {0x00, 0xc0} },
	{ "remove",	0xc6935858, Sys_remove,		40, 2, {0x00, 0x80} },
	{ "seek",	0xaeccaddb, Sys_seek,		56, 2, {0x00, 0x80} },
	{ "sleep",	0xe67bf126, Sys_sleep,		40, 0, {0} },
	{ "sprint",	0x4c0624b6, Sys_sprint,		0, 0, {0} },
	{ "stat",	0x319328dd, Sys_stat,		40, 2, {0x00, 0x80} },
	{ "stream",	0xb9e8f9ea, Sys_stream,		48, 2, {0x00, 0xc0} },
	{ "tokenize",	0x57338f20, Sys_tokenize,	40, 2, {0x00, 0xc0} },
	{ "unmount",	0x21e337e3, Sys_unmount,	40, 2, {0x00, 0xc0} },
	{ "utfbytes",	0x01d4a1f4, Sys_utfbytes,	40, 2, {0x00, 0x80} },
	{ "werrstr",	0xc6935858, Sys_werrstr,	40, 2, {0x00, 0x80} },
	{ "write",	0x7cfef557, Sys_write,		48, 2, {0x00, 0xc0} },
	{ "wstat",	0x56b02096, Sys_wstat,		104, 2, {0x00, 0xbc} },
	{ nil },
};

/*
 * An FD object: word 0 is the descriptor, as Dis code sees it; the
 * fd table it belongs to follows, holding a reference, so that the
 * last reference to the object closes the descriptor in that table
 * whichever Prog drops it.
 */
typedef struct Fdobj Fdobj;
struct Fdobj {
	s32int	fd;
	s32int	pad;
	Fgrp	*grp;
};

static Dtype *Tfd;
Dtype *Tsysdir;

static void
fgrpref(Fgrp *f)
{
	lock(&f->l);
	f->ref++;
	unlock(&f->l);
}

static void
fgrpclose(Fgrp *f, int fd)
{
	cclose(fgrptake(f, fd));	/* cclose catches the device's errors */
}

/*
 * The last reference to an FD is gone: close its descriptor in the
 * table it was made in. This runs inside destroy, anywhere the VM
 * frees objects (mid-instruction, unwinding, tearing a Prog down, the
 * collector), so the VM stays held: letting it go there would mark
 * whichever Prog is current as in a system call. Device closes do not
 * block in Ember (pipes, files, #p, whose close takes the VM again,
 * which acquire allows to its holder).
 */
static void
freefd(Heap *h, int swept)
{
	Fdobj *o;
	Fgrp *g;

	USED(swept);
	o = (Fdobj*)H2D(h);
	g = o->grp;
	if(g == nil)
		return;
	o->grp = nil;
	fgrpclose(g, o->fd);
	closefgrp(g);
}

/* A new FD object owning descriptor fd of the current fd table (closed if there is no memory for it). */
Dptr
mkfd(int fd)
{
	Heap *h;
	Fdobj *o;

	if(waserror()){
		kclose(fd);
		nexterror();
	}
	h = heapz(Tfd);
	poperror();
	o = (Fdobj*)H2D(h);
	o->fd = fd;
	o->grp = up->env->fgrp;
	fgrpref(o->grp);
	return P2D(o);
}

/* The descriptor of an FD object; -1 for nil, which the kernel refuses as Ebadfd. */
int
fdchk(Dptr fd)
{
	if(fd == H)
		return -1;
	return W(D2P(fd));
}

void
retstr(char *s, Dptr *d)
{
	Dptr n, o;

	n = H;
	if(s != nil && s[0] != 0)
		n = c2string(s, strlen(s));
	o = *d;
	*d = n;
	destroy(o);
}

char*
cstring(Dptr s)
{
	if(s == H)
		return nil;
	return string2c(s);
}

/* Replace the pointer at d by v, releasing the old one. */
static void
retptr(Dptr *d, Dptr v)
{
	Dptr o;

	o = *d;
	*d = v;
	destroy(o);
}

/*
 * A write to a pipe whose reader has gone returns -1 and, as in
 * Inferno, raises the exception "write on closed pipe" in the writer
 * once the call returns (kernel-core.md §12.5).
 */
void
checkclosedpipe(Prog *p)
{
	if(strcmp(up->env->errstr, Eclosedpipe) == 0)
		progexcept(p, Eclosedpipe);
}

static uchar*
iobuf(long n)
{
	uchar *b;

	b = malloc(n > 0 ? n : 1);
	if(b == nil)
		kwerrstr("%s", Enomem);
	return b;
}

void
sysmodinit(void)
{
	static uchar nomap[1];
	static uchar dirmap[] = { 0xf0 };

	Tfd = dtype(sizeof(Fdobj), nomap, 0);
	Tfd->free = freefd;
	Tsysdir = dtype(sizeof(Sysdir), dirmap, sizeof dirmap);
	builtinmod("$Sys", systab);
}

void
Sys_millisec(void *a)
{
	Fnone *f;

	f = a;
	W(RET(f)) = (s32int)msec();
}

void
Sys_open(void *a)
{
	Fpi *f;
	char *path;
	int fd;

	f = a;
	retptr(RET(f), H);
	path = string2c(f->p);
	release();
	fd = kopen(path, f->i);
	acquire();
	free(path);
	if(fd >= 0)
		P(RET(f)) = mkfd(fd);
}

void
Sys_create(void *a)
{
	Fpii *f;
	char *path;
	int fd;

	f = a;
	retptr(RET(f), H);
	path = string2c(f->p);
	release();
	fd = kcreate(path, f->i0, (u32int)f->i1);	/* DMDIR is the int's sign bit */
	acquire();
	free(path);
	if(fd >= 0)
		P(RET(f)) = mkfd(fd);
}

void
Sys_fildes(void *a)
{
	Fi *f;
	int fd;

	f = a;
	retptr(RET(f), H);
	release();
	fd = kdup(f->i, -1);
	acquire();
	if(fd >= 0)
		P(RET(f)) = mkfd(fd);
}

void
Sys_dup(void *a)
{
	Fii *f;
	int r;

	f = a;
	release();
	r = kdup(f->a, f->b);
	acquire();
	W(RET(f)) = r;
}

/* The functions of one string argument returning int: chdir, remove. */
static void
pathcall(void *a, int (*fn)(char*))
{
	Fp *f;
	char *path;
	int r;

	f = a;
	path = string2c(f->p);
	release();
	r = fn(path);
	acquire();
	free(path);
	W(RET(f)) = r;
}

void
Sys_chdir(void *a)
{
	pathcall(a, kchdir);
}

void
Sys_remove(void *a)
{
	pathcall(a, kremove);
}

void
Sys_werrstr(void *a)
{
	Fp *f;
	char *s;

	f = a;
	s = string2c(f->p);
	kwerrstr("%s", s);
	free(s);
	W(RET(f)) = 0;
}

void
Sys_bind(void *a)
{
	Fppi *f;
	char *s, *on;
	int r;

	f = a;
	s = string2c(f->p0);
	on = string2c(f->p1);
	release();
	r = kbind(s, on, f->i);
	acquire();
	free(s);
	free(on);
	W(RET(f)) = r;
}

void
Sys_mount(void *a)
{
	Fppsis *f;
	char *on, *spec;
	int r, fd, afd;

	f = a;
	fd = fdchk(f->fd);
	afd = fdchk(f->afd);
	on = string2c(f->on);
	spec = string2c(f->spec);
	release();
	r = kmount(fd, afd, on, f->flags, spec);
	acquire();
	free(on);
	free(spec);
	W(RET(f)) = r;
}

void
Sys_unmount(void *a)
{
	Fpp *f;
	char *s1, *s2;
	int r;

	f = a;
	s1 = cstring(f->p0);	/* nil: everything mounted on s2 */
	s2 = string2c(f->p1);
	release();
	r = kunmount(s1, s2);
	acquire();
	free(s1);
	free(s2);
	W(RET(f)) = r;
}

void
Sys_seek(void *a)
{
	Fpbi *f;
	vlong r;
	int fd;

	f = a;
	fd = fdchk(f->fd);
	release();
	r = kseek(fd, f->off, f->start);
	acquire();
	L(RET(f)) = r;
}

void
Sys_iounit(void *a)
{
	Fp *f;
	Chan *c;
	int fd, r;

	f = a;
	fd = fdchk(f->p);
	if(waserror()){
		W(RET(f)) = -1;
		return;
	}
	c = fdtochan(fd, -1, 0, 1);
	r = c->iounit;
	cclose(c);
	poperror();
	W(RET(f)) = r;
}

void
Sys_fd2path(void *a)
{
	Fp *f;
	char *s;
	int fd;

	f = a;
	retptr(RET(f), H);
	fd = fdchk(f->p);
	release();
	s = kfd2path(fd);
	acquire();
	if(s == nil)
		return;
	if(waserror()){
		free(s);
		nexterror();
	}
	retstr(s, RET(f));
	poperror();
	free(s);
}

/*
 * The byte array and count of read/write-style calls: n is clamped
 * to the array; a nil array or negative count does nothing (0).
 */
static int
ioarray(Dptr buf, int n, Array **ap)
{
	Array *b;

	if(buf == H || n < 0)
		return -1;
	b = D2P(buf);
	if((u32int)n > b->len)
		n = b->len;
	*ap = b;
	return n;
}

/*
 * read, write and readn take (fd, buf, n) in an Fppi; pread and pwrite
 * take the same and off in an Fppib, of which the Fppi is the prefix
 * (the FOFFs above): all are read as an Fppib, off only by the
 * positional two.
 *
 * The start of each: the array and count (ioarray), the descriptor,
 * and a private buffer of *n bytes to hand the kernel. Nil when the
 * call is over, its result set: 0 for nothing to do, -1 for no memory.
 */
static uchar*
iostart(Fppib *f, int *n, Array **b, int *fd)
{
	uchar *tmp;

	*n = ioarray(f->buf, f->n, b);
	if(*n < 0){
		W(RET(f)) = 0;
		return nil;
	}
	*fd = fdchk(f->fd);
	tmp = iobuf(*n);
	if(tmp == nil)
		W(RET(f)) = -1;
	return tmp;
}

/*
 * read and pread: into a private buffer while released, then into the
 * array once the VM is held again.
 */
static void
readcall(void *a, int pread)
{
	Fppib *f;
	Array *b;
	uchar *tmp;
	vlong off;
	long r;
	int n, fd;

	f = a;
	if(conf.iomax != 0 && f->n > (s32int)conf.iomax)
		f->n = conf.iomax;	/* small RAM: a short read rather than a big buffer */
	tmp = iostart(f, &n, &b, &fd);
	if(tmp == nil)
		return;
	off = pread ? f->off : -1;
	release();
	if(pread)
		r = kpread(fd, tmp, n, off);
	else
		r = kread(fd, tmp, n);
	acquire();
	if(r > 0)
		memmove(b->data, tmp, r);
	free(tmp);
	W(RET(f)) = r;
}

static void
writecall(void *a, int pwrite)
{
	Fppib *f;
	Array *b;
	uchar *tmp;
	vlong off;
	long r;
	int n, fd;

	f = a;
	tmp = iostart(f, &n, &b, &fd);
	if(tmp == nil)
		return;
	off = pwrite ? f->off : -1;
	memmove(tmp, b->data, n);
	release();
	if(pwrite)
		r = kpwrite(fd, tmp, n, off);
	else
		r = kwrite(fd, tmp, n);
	acquire();
	free(tmp);
	if(r < 0)
		checkclosedpipe(currun());
	W(RET(f)) = r;
}

void
Sys_read(void *a)
{
	readcall(a, 0);
}

void
Sys_pread(void *a)
{
	readcall(a, 1);
}

void
Sys_write(void *a)
{
	writecall(a, 0);
}

void
Sys_pwrite(void *a)
{
	writecall(a, 1);
}

/* Read until n bytes, end of file or error; -1 only if the error came first. */
void
Sys_readn(void *a)
{
	Fppib *f;
	Array *b;
	uchar *tmp;
	long m, t;
	int n, fd;

	f = a;
	tmp = iostart(f, &n, &b, &fd);
	if(tmp == nil)
		return;
	release();
	for(t = 0; t < n; t += m){
		m = kread(fd, tmp+t, n-t);
		if(m <= 0){
			if(t == 0)
				t = m;
			break;
		}
	}
	acquire();
	if(t > 0)
		memmove(b->data, tmp, t);
	free(tmp);
	W(RET(f)) = t;
}

/*
 * Copy src to dst until end of file, an error, or a kill, in writes of
 * bufsiz bytes (the last may be shorter). Returns the bytes copied.
 */
void
Sys_stream(void *a)
{
	Fppi *f;
	Prog *p;
	uchar *buf;
	long n, t, nbytes;
	int src, dst, bufsiz, broken;

	f = a;
	bufsiz = f->i;
	if(bufsiz < 0){
		kwerrstr("%s", Ebadarg);
		W(RET(f)) = -1;
		return;
	}
	buf = iobuf(bufsiz);
	if(buf == nil){
		W(RET(f)) = -1;
		return;
	}
	src = fdchk(f->p0);
	dst = fdchk(f->p1);
	p = currun();
	release();
	t = 0;
	nbytes = 0;
	broken = 0;
	while(bufsiz > 0 && !(p->flags & Pkilled)){
		n = kread(src, buf+t, bufsiz-t);
		if(n <= 0)
			break;
		t += n;
		if(t >= bufsiz){
			if(kwrite(dst, buf, t) != t){
				broken = 1;
				t = 0;
				break;
			}
			nbytes += t;
			t = 0;
		}
	}
	if(t != 0){
		if(kwrite(dst, buf, t) == t)
			nbytes += t;
		else
			broken = 1;
	}
	acquire();
	free(buf);
	if(broken)
		checkclosedpipe(p);
	W(RET(f)) = nbytes;
}

void
Sys_pipe(void *a)
{
	Fp *f;
	Array *arr;
	Dptr *fds;
	int fd[2], r;

	f = a;
	W(RET(f)) = -1;
	if(f->p == H)
		error(exNilref);
	arr = D2P(f->p);
	if(arr->len < 2)
		return;
	release();
	r = kpipe(fd);
	acquire();
	if(r < 0)
		return;
	fds = (Dptr*)arr->data;
	retptr(&fds[0], H);
	retptr(&fds[1], H);
	fds[0] = mkfd(fd[0]);
	fds[1] = mkfd(fd[1]);
	W(RET(f)) = 0;
}

void
Sys_fauth(void *a)
{
	Fpp *f;
	char *aname;
	int fd;

	f = a;
	retptr(RET(f), H);
	fd = fdchk(f->p0);
	aname = string2c(f->p1);
	release();
	fd = kfauth(fd, aname);
	acquire();
	free(aname);
	if(fd >= 0)
		P(RET(f)) = mkfd(fd);
}

/*
 * fversion: the Styx version exchange (styx.md §3.1) on a raw
 * connection: Tversion with NOTAG, then Rversion (or Rerror), packed
 * and checked by port/styx.c. Returns the length of the version
 * string put in vers, or -1 with the error set.
 */
enum {
	Maxvers = 64,
};

static int
versionrpc(int fd, int msize, char *vers, int *rmsize)
{
	Chan *volatile c;
	uchar *volatile m;
	Fcall f;
	uint n;
	int vl;
	char err[ERRMAX];

	c = nil;
	m = nil;
	if(waserror()){
		cclose(c);
		free(m);
		return -1;
	}
	c = fdtochan(fd, ORDWR, 1, 1);
	m = smalloc(MAXMSG);
	memset(&f, 0, sizeof f);
	f.type = Tversion;
	f.tag = NOTAG;
	f.msize = msize;
	f.version = vers;
	n = styxpack(&f, m, MAXMSG);
	if(n == 0)
		error(Ebadarg);
	styxwrite(c, m, n);
	n = styxread(c, m, MAXMSG);
	if(n == 0)
		error(Ehungup);
	if(styxunpack(m, n, &f, err, sizeof err) < 0)
		errorf("bad fversion reply: %s", err);
	if(f.type == Rerror)
		error(f.ename);
	if(f.type != Rversion)
		errorf("bad fversion reply: %s", styxtypename(f.type));
	*rmsize = f.msize;
	vl = strlen(f.version);
	if(vl >= Maxvers)
		vl = Maxvers-1;
	memmove(vers, f.version, vl);
	vers[vl] = 0;
	poperror();
	cclose(c);
	free(m);
	return vl;
}

void
Sys_fversion(void *a)
{
	Fpip *f;
	Rintptr *ret;
	char vers[Maxvers], *s;
	int fd, n, msize;

	f = a;
	ret = RET(f);
	ret->t0 = -1;
	retptr(&ret->t1, H);
	fd = fdchk(f->fd);
	s = string2c(f->version);
	strecpy(vers, vers+sizeof vers, s);
	free(s);
	msize = 0;
	release();
	n = versionrpc(fd, f->msize, vers, &msize);
	acquire();
	if(n < 0)
		return;
	ret->t0 = msize;
	retstr(vers, &ret->t1);
}

/* Sleep at least period ms; a kill interrupts it. */
void
Sys_sleep(void *a)
{
	Fi *f;
	Rendez r;
	ulong start, elapsed;
	int period;

	f = a;
	period = f->i;
	W(RET(f)) = 0;
	if(period <= 0)
		return;
	memset(&r, 0, sizeof r);
	release();
	if(waserror()){
		acquire();
		W(RET(f)) = -1;
		return;
	}
	/* the clock's ticks are coarse: sleep again until the whole period has passed */
	start = msec();
	while((elapsed = msec() - start) < (ulong)period)
		tsleep(&r, return0, nil, period - elapsed);
	poperror();
	acquire();
}

/*
 * pctl. Work on the groups happens released (closing an fd table or
 * name space may block on a device) and under waserror; the fd list
 * is copied out first. Flags apply in the order of kernel-core.md §13.
 */
enum {
	NEWFD = 1,
	FORKFD = 2,
	NEWNS = 4,
	FORKNS = 8,
	NEWPGRP = 16,
	NODEVS = 32,
	NEWENV = 64,
	FORKENV = 128,
};

/* A new fd table holding only the fds of old named in fds[0..n). */
static Fgrp*
keepfds(Fgrp *old, int *fds, int n)
{
	Fgrp *new;
	Chan **nfd;
	int i, fd, top;

	top = -1;
	for(i = 0; i < n; i++)
		if(fds[i] >= 0 && fds[i] < NFD && fds[i] > top)
			top = fds[i];
	new = newfgrp(nil);
	if(top >= new->nfd){
		nfd = malloc(ROUNDUP(top+1, DELTAFD)*sizeof(Chan*));
		if(nfd == nil){
			closefgrp(new);
			error(Enomem);
		}
		memset(nfd, 0, ROUNDUP(top+1, DELTAFD)*sizeof(Chan*));
		free(new->fd);
		new->fd = nfd;
		new->nfd = ROUNDUP(top+1, DELTAFD);
	}
	lock(&old->l);
	for(i = 0; i < n; i++){
		fd = fds[i];
		if(fd < 0 || fd > old->maxfd || old->fd[fd] == nil || new->fd[fd] != nil)
			continue;
		new->fd[fd] = old->fd[fd];
		incchan(new->fd[fd]);
		if(fd > new->maxfd)
			new->maxfd = fd;
	}
	unlock(&old->l);
	return new;
}

/* A name space whose root and dot are the current dot. */
static Pgrp*
dotpgrp(Pgrp *old)
{
	Pgrp *volatile np;
	Chan *c;

	np = newpgrp();
	if(waserror()){
		closepgrp(np);
		nexterror();
	}
	np->dot = cclone(old->dot);
	c = cclone(old->dot);
	np->slash = c;
	cnameclose(c->name);
	c->name = newcname("/");
	np->pin = old->pin;
	np->nodevs = old->nodevs;
	poperror();
	return np;
}

void
Sys_pctl(void *a)
{
	Fip *f;
	Prog *p;
	Osenv *o;
	List *l;
	Fgrp *ofg, *nfg;
	Pgrp *opg;
	Egrp *oe;
	Dptr t;
	int *fds, nfds, i, flags;

	f = a;
	p = currun();
	o = p->osenv;
	flags = f->i;
	W(RET(f)) = -1;

	nfds = 0;
	for(t = f->p; t != H; t = ((List*)D2P(t))->tail)
		nfds++;
	fds = malloc((nfds+1)*sizeof(int));
	if(fds == nil){
		kwerrstr("%s", Enomem);
		return;
	}
	i = 0;
	for(t = f->p; t != H; t = l->tail){
		l = D2P(t);
		fds[i++] = W(l->data);
	}

	release();
	if(waserror()){
		acquire();
		free(fds);
		return;
	}
	if(flags & NEWFD){
		ofg = o->fgrp;
		o->fgrp = keepfds(ofg, fds, nfds);
		closefgrp(ofg);
	}else if(flags & FORKFD){
		ofg = o->fgrp;
		nfg = dupfgrp(ofg);
		for(i = 0; i < nfds; i++)
			fgrpclose(nfg, fds[i]);
		o->fgrp = nfg;
		closefgrp(ofg);
	}
	if(flags & NEWNS){
		opg = o->pgrp;
		o->pgrp = dotpgrp(opg);
		closepgrp(opg);
	}else if(flags & FORKNS){
		opg = o->pgrp;
		o->pgrp = forkpgrp(opg);
		closepgrp(opg);
	}
	if(flags & NEWENV){
		oe = o->egrp;
		o->egrp = newegrp();
		closeegrp(oe);
	}else if(flags & FORKENV){
		oe = o->egrp;
		o->egrp = dupegrp(oe);
		closeegrp(oe);
	}
	if(flags & NODEVS)
		o->pgrp->nodevs = 1;
	poperror();
	acquire();
	free(fds);
	if(flags & NEWPGRP)
		newgroup(p);
	W(RET(f)) = p->pid;
}

/* Whether c is one of the delimiters in d. */
static int
isdelim(Rune c, String *d, int nd)
{
	int i;

	for(i = 0; i < nd; i++)
		if(stringrune(d, i) == c)
			return 1;
	return 0;
}

/* Split s at delimiters, dropping empty tokens: (count, tokens in order). */
void
Sys_tokenize(void *a)
{
	Fpp *f;
	Rintptr *ret;
	String *s, *d;
	List *nl;
	Dptr tok;
	volatile Dptr l;	/* read in the error branch */
	int *span, n, i, ns, nd, first, last;

	f = a;
	ret = RET(f);
	ret->t0 = 0;
	retptr(&ret->t1, H);
	if(f->p0 == H || f->p1 == H)
		return;
	s = D2P(f->p0);
	d = D2P(f->p1);
	ns = stringlen(f->p0);
	nd = stringlen(f->p1);

	/* at most one token per two characters, plus one */
	span = malloc((ns/2+1)*2*sizeof(int));
	if(span == nil)
		error(exNomem);
	n = 0;
	first = 0;
	while(first < ns){
		while(first < ns && isdelim(stringrune(s, first), d, nd))
			first++;
		last = first;
		while(last < ns && !isdelim(stringrune(s, last), d, nd))
			last++;
		if(first == last)
			break;
		span[2*n] = first;
		span[2*n+1] = last;
		n++;
		first = last;
	}

	/* the list is built from its end; each new cell takes the reference to the rest */
	l = H;
	if(waserror()){
		free(span);
		destroy(l);
		nexterror();
	}
	for(i = n-1; i >= 0; i--){
		tok = slicestring(f->p0, span[2*i], span[2*i+1]);
		nl = newlist(&Tptr, l);
		P(nl->data) = tok;
		l = P2D(nl);
	}
	poperror();
	free(span);
	ret->t0 = n;
	ret->t1 = l;
}

/* The bytes of buf[0:n] that make whole UTF-8 sequences (a partial one at the end excluded). */
static int
utfprefix(uchar *s, int n)
{
	Rune r;
	int i;

	for(i = 0; i < n; ){
		if(s[i] < Runeself)
			i++;
		else if(i+UTFmax <= n || fullrune((char*)s+i, n-i))
			i += chartorune(&r, (char*)s+i);
		else
			break;
	}
	return i;
}

/*
 * The byte array p, which must hold index i, or if end is set, its
 * first i bytes (i may be its length); a nil array holds nothing.
 */
static Array*
bytesat(Dptr p, int i, int end)
{
	Array *b;

	if(p == H)
		error(exBounds);
	b = D2P(p);
	if(end ? (u32int)i > b->len : (u32int)i >= b->len)
		error(exBounds);
	return b;
}

void
Sys_utfbytes(void *a)
{
	Fpi *f;
	Array *b;

	f = a;
	b = bytesat(f->p, f->i, 1);
	W(RET(f)) = utfprefix(b->data, f->i);
}

void
Sys_byte2char(void *a)
{
	Fpi *f;
	Rint3 *ret;
	Array *b;
	Rune r;
	char *s;
	int n, w;

	f = a;
	ret = RET(f);
	n = f->i;
	b = bytesat(f->p, n, 0);
	s = (char*)b->data + n;
	if((uchar)*s < Runeself){
		ret->t0 = (uchar)*s;
		ret->t1 = 1;
		ret->t2 = 1;
		return;
	}
	if(n+UTFmax > (int)b->len && !fullrune(s, b->len-n)){
		ret->t0 = Runeerror;	/* incomplete at the end */
		ret->t1 = 0;
		ret->t2 = 0;
		return;
	}
	w = chartorune(&r, s);
	if(r == Runeerror && w == 1){
		ret->t0 = Runeerror;
		ret->t1 = 1;
		ret->t2 = 0;
		return;
	}
	ret->t0 = r;
	ret->t1 = w;
	ret->t2 = 1;
}

void
Sys_char2byte(void *a)
{
	Fipi *f;
	Array *b;
	Rune r;
	char tmp[UTFmax];
	int c, n, w;

	f = a;
	n = f->n;
	b = bytesat(f->buf, n, 0);
	c = f->c;
	if(c < 0 || c >= Runemax)
		c = Runeerror;
	r = c;
	w = runetochar(tmp, &r);
	if(w > (int)b->len - n){
		W(RET(f)) = 0;
		return;
	}
	memmove(b->data+n, tmp, w);
	W(RET(f)) = w;
}

