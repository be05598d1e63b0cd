/*
 * Sys->file2chan and Sys->export: a file in #s served by a Limbo
 * program through the channels of a FileIO (dis-link.md §4.4), and
 * the kernel's export service (port/export.c) behind Sys->export.
 *
 * A client's read or write of the file runs in the client's kernel
 * proc (devsrv's handlers): it takes the VM, makes a reply channel,
 * sends the request on FileIO.read or .write (waiting, VM let go, if
 * the server is not receiving: kchanio), then waits for the reply.
 * The server's FileIO going (garbage) removes the file; a client
 * waiting on a channel that goes gets "i/o on hungup channel".
 */
#include "all.h"
#include "interp.h"
#include "sysmod.h"

typedef struct F2c F2c;
typedef struct F2cobj F2cobj;
typedef struct F2cclunk F2cclunk;

/*
 * The kernel's side of one served file. ref: the file in #s (until
 * devsrv's release) and each clunk proc. read and write are the
 * FileIO's channels (it holds the references), good while !gone; both
 * guarded by the VM.
 */
struct F2c {
	Lock	l;
	int	ref;		/* guarded by l */
	Srvfile	*sf;
	Dptr	read;
	Dptr	write;
	int	gone;		/* the FileIO was freed */
};

/* The FileIO object: the two channels Dis code sees, then the kernel's part. */
struct F2cobj {
	Dptr	read;
	Dptr	write;
	F2c	*k;
};

struct F2cclunk {
	F2c	*k;
	ulong	fid;
	int	read;		/* still to send on read, on write */
	int	write;
};

static Dtype *Tfileio;		/* FileIO, map c0 */
static Dtype *Treadmsg;		/* (int, int, int, Rread), map 10 */
static Dtype *Twritemsg;	/* (int, array of byte, int, Rwrite), map 50 */
static Dtype *Trread;		/* (array of byte, string), map c0 */
static Dtype *Trwrite;		/* (int, string), map 40 */

static void
f2cput(F2c *k)
{
	int r;

	lock(&k->l);
	r = --k->ref;
	unlock(&k->l);
	if(r == 0)
		free(k);
}

/* The FileIO is garbage: its channels go (waiting clients hear), and so does the file. */
static void
freefileio(Heap *h, int swept)
{
	F2cobj *o;
	F2c *k;
	Srvfile *sf;

	USED(swept);
	o = (F2cobj*)H2D(h);
	k = o->k;
	o->k = nil;
	sf = nil;
	if(k != nil){
		k->gone = 1;
		k->read = H;
		k->write = H;
		sf = k->sf;
		k->sf = nil;
	}
	freeptrs(o, Tfileio);
	if(sf != nil)
		srvremove(sf);
}

/* Raise the reply's error text (a Dis string, whose reference is dropped). */
static void
replyerror(Dptr s)
{
	char err[ERRMAX], *t;

	t = string2c(s);
	destroy(s);
	strecpy(err, err+sizeof err, t);
	free(t);
	error(err);
}

/*
 * Send msg on c, then receive the reply from the reply channel rc
 * (whose reference the caller passes in) into reply. VM held.
 */
static void
f2crpc(Dptr c, uchar *msg, Dptr rc, uchar *reply)
{
	int r;

	if(waserror()){
		destroy(rc);
		nexterror();
	}
	r = kchanio(c, msg, 1, 1);
	if(r < 0)
		error(Ehungup);
	/*
	 * The server has the request, and with it a reference to rc.
	 * Wait for the reply without holding one, so that a server that
	 * lets rc go unanswered frees it, which ends the wait.
	 */
	if(kchanio(rc, reply, 0, 0) == 0){
		if(PH(rc)->ref <= 1)
			error(Ehungup);
		poperror();
		destroy(rc);
		if(kchanio(rc, reply, 0, 1) < 0)
			error(Ehungup);
		return;
	}
	poperror();
	destroy(rc);
}

/* A client reads: (off, n, fid, rc) on FileIO.read; the reply (data, nil) or (nil, error). */
static long
f2cread(void *arg, ulong fid, void *buf, long n, vlong off)
{
	F2c *k;
	Channel *rc;
	uchar msg[16], reply[8];
	Array *a;

	k = arg;
	acquire();
	if(waserror()){
		release();
		nexterror();
	}
	if(k->gone)
		error(Ehungup);
	rc = newchannel(Trread, 8, 1);
	W(msg) = off;
	W(msg+4) = n;
	W(msg+8) = fid;
	P(msg+12) = P2D(rc);
	P(reply) = H;
	P(reply+4) = H;
	f2crpc(k->read, msg, P2D(rc), reply);
	if(P(reply+4) != H){
		destroy(P(reply));
		replyerror(P(reply+4));
	}
	if(P(reply) == H)
		n = 0;
	else{
		a = D2P(P(reply));
		if((long)a->len < n)
			n = a->len;
		memmove(buf, a->data, n);
		destroy(P(reply));
	}
	poperror();
	release();
	return n;
}

/* A client writes: (off, data, fid, wc) on FileIO.write; the reply (count, nil) or (0, error). */
static long
f2cwrite(void *arg, ulong fid, void *buf, long n, vlong off)
{
	F2c *k;
	Channel *rc;
	uchar msg[16], reply[8];
	Dptr data;

	k = arg;
	acquire();
	if(waserror()){
		release();
		nexterror();
	}
	if(k->gone)
		error(Ehungup);
	rc = newchannel(Trwrite, 8, 1);
	if(waserror()){
		destroy(P2D(rc));
		nexterror();
	}
	data = mem2array(buf, n);
	poperror();
	W(msg) = off;
	P(msg+4) = data;
	W(msg+8) = fid;
	P(msg+12) = P2D(rc);
	W(reply) = 0;
	P(reply+4) = H;
	if(waserror()){
		destroy(data);
		nexterror();
	}
	f2crpc(k->write, msg, P2D(rc), reply);
	poperror();
	destroy(data);
	if(P(reply+4) != H)
		replyerror(P(reply+4));
	if(W(reply) < n)
		n = W(reply) > 0 ? W(reply) : 0;
	poperror();
	release();
	return n;
}

/* The message saying fid was closed: (0, 0, fid, nil) for read, (0, nil, fid, nil) for write. */
static void
clunkmsg(uchar *msg, ulong fid, int write)
{
	W(msg) = 0;
	if(write)
		P(msg+4) = H;
	else
		W(msg+4) = 0;
	W(msg+8) = fid;
	P(msg+12) = H;
}

/* What a clunk could not send at once, sent from a proc of its own. */
static void
f2cclunkproc(void *a)
{
	F2cclunk *cl;
	F2c *k;
	uchar msg[16];

	cl = a;
	k = cl->k;
	acquire();
	if(!waserror()){
		clunkmsg(msg, cl->fid, 0);
		if(cl->read && !k->gone)
			kchanio(k->read, msg, 1, 1);
		clunkmsg(msg, cl->fid, 1);
		if(cl->write && !k->gone)
			kchanio(k->write, msg, 1, 1);
		poperror();
	}
	release();
	f2cput(k);
	free(cl);
}

/*
 * A client's fid is closed: (0, 0, fid, nil) on read and
 * (0, nil, fid, nil) on write. A close may come with the VM held (an
 * FD's last reference), so nothing here waits: what the server is not
 * ready for goes from a proc of its own.
 */
static void
f2cclunk(void *arg, ulong fid)
{
	F2c *k;
	F2cclunk *cl;
	uchar msg[16];

	k = arg;
	acquire();
	if(k->gone){
		release();
		return;
	}
	cl = smalloc(sizeof *cl);
	cl->k = k;
	cl->fid = fid;
	clunkmsg(msg, fid, 0);
	cl->read = kchanio(k->read, msg, 1, 0) == 0;
	clunkmsg(msg, fid, 1);
	cl->write = kchanio(k->write, msg, 1, 0) == 0;
	release();
	if(!cl->read && !cl->write){
		free(cl);
		return;
	}
	lock(&k->l);
	k->ref++;
	unlock(&k->l);
	kproc("f2cclunk", f2cclunkproc, cl, 0);
}

/* devsrv no longer uses the file: the kernel's part can go. */
static void
f2crelease(void *arg)
{
	f2cput(arg);
}

static Srvops f2cops = {
	f2cread,
	f2cwrite,
	f2cclunk,
	f2crelease,
};

static void
f2cinit(void)
{
	static uchar mapc0[] = { 0xc0 }, map10[] = { 0x10 }, map50[] = { 0x50 }, map40[] = { 0x40 };

	if(Tfileio != nil)
		return;
	Tfileio = dtype(sizeof(F2cobj), mapc0, 1);
	Tfileio->free = freefileio;
	Treadmsg = dtype(16, map10, 1);
	Twritemsg = dtype(16, map50, 1);
	Trread = dtype(8, mapc0, 1);
	Trwrite = dtype(8, map40, 1);
}

void
Sys_file2chan(void *a)
{
	Fpp *f;
	char *volatile dir, *volatile file;
	F2c *k;
	F2cobj *o;
	Channel *rd, *wr;
	Srvfile *sf;
	Heap *h;
	Dptr old;

	f = a;
	old = P(RET(f));
	P(RET(f)) = H;
	destroy(old);
	f2cinit();
	dir = string2c(f->p0);
	file = string2c(f->p1);
	if(waserror()){
		free(dir);
		free(file);
		nexterror();
	}
	rd = newchannel(Treadmsg, 16, 0);
	if(waserror()){
		destroy(P2D(rd));
		nexterror();
	}
	wr = newchannel(Twritemsg, 16, 0);
	poperror();
	poperror();
	k = smalloc(sizeof *k);
	k->ref = 1;
	k->read = P2D(rd);
	k->write = P2D(wr);
	if(waserror()){
		free(k);
		destroy(P2D(rd));
		destroy(P2D(wr));
		nexterror();
	}
	h = heapz(Tfileio);
	poperror();
	o = (F2cobj*)H2D(h);
	o->read = P2D(rd);
	o->write = P2D(wr);
	release();
	if(waserror()){
		acquire();
		kwerrstr("%s", up->env->errstr);
		free(dir);
		free(file);
		free(k);
		destroy(P2D(o));	/* o->k is nil: the channels go, nothing else */
		return;
	}
	sf = srvcreate(dir, file, 0600, &f2cops, k);
	poperror();
	acquire();
	free(dir);
	free(file);
	k->sf = sf;
	o->k = k;
	P(RET(f)) = P2D(o);
}

void
Sys_export(void *a)
{
	Fppi *f;
	char *dir;
	int fd, r;

	f = a;
	fd = fdchk(f->p0);
	dir = string2c(f->p1);
	release();
	r = kexport(fd, dir, f->i);
	acquire();
	free(dir);
	W(RET(f)) = r;
}
