/*
 * $Sys's stat family: stat, fstat, wstat, fwstat and dirread, and the
 * conversion between the kernel's Dir and Sys->Dir in Dis memory
 * (dis-link.md §4.1). The kernel side speaks 9P stat entries
 * (port/convD2M.c).
 */
#include "all.h"
#include "interp.h"
#include "sysmod.h"

enum {
	Statguess = 1024,		/* enough for nearly every entry */
	Statmax = 0xFFFF+BIT16SZ,	/* the largest entry 9P can express */
};

/*
 * Stat path (or fd if path is nil) into a malloc'd Dir with its
 * strings after it; nil with the error set on failure. Runs released.
 */
static Dir*
statdir(char *path, int fd)
{
	uchar *buf;
	Dir *d;
	int n, sz, i;

	sz = Statguess;
	for(i = 0; i < 2; i++){
		buf = malloc(sz);
		if(buf == nil){
			kwerrstr("%s", Enomem);
			return nil;
		}
		if(path != nil)
			n = kstat(path, buf, sz);
		else
			n = kfstat(fd, buf, sz);
		if(n < 0){
			free(buf);
			/* devices refuse a buffer too small for the entry */
			if(i == 0 && strcmp(up->env->errstr, Ebadarg) == 0){
				sz = Statmax;
				continue;
			}
			return nil;
		}
		if(n >= BIT16SZ && (buf[0] | buf[1]<<8) + BIT16SZ > n){
			free(buf);
			sz = Statmax;
			continue;
		}
		d = malloc(sizeof(Dir) + n);
		if(d == nil){
			free(buf);
			kwerrstr("%s", Enomem);
			return nil;
		}
		if(convM2D(buf, n, d, (char*)&d[1]) == 0){
			free(buf);
			free(d);
			kwerrstr("%s", Ebadstat);
			return nil;
		}
		free(buf);
		return d;
	}
	kwerrstr("%s", Eshortstat);
	return nil;
}

/* Fill sd from d; sd's strings are replaced (it may hold old ones). */
static void
unpackdir(Dir *d, Sysdir *sd)
{
	retstr(d->name, &sd->name);
	retstr(d->uid, &sd->uid);
	retstr(d->gid, &sd->gid);
	retstr(d->muid, &sd->muid);
	sd->qidpath = d->qid.path;
	sd->qidvers = d->qid.vers;
	sd->qidtype = d->qid.type;
	sd->mode = d->mode;
	sd->atime = d->atime;
	sd->mtime = d->mtime;
	sd->pad = 0;
	sd->length = d->length;
	sd->dtype = d->type;
	sd->dev = d->dev;
}

/*
 * The 9P stat entry for sd, malloc'd, in *np bytes. A nil string
 * packs as "" and an all-ones number as all ones of its 9P width,
 * which is how wstat says "leave unchanged" (Sys->nulldir).
 */
static uchar*
packdir(Sysdir *sd, int *np)
{
	Dir d;
	uchar *buf;
	char *s[4];
	int i, n;

	s[0] = string2c(sd->name);
	s[1] = string2c(sd->uid);
	s[2] = string2c(sd->gid);
	s[3] = string2c(sd->muid);
	d.name = s[0];
	d.uid = s[1];
	d.gid = s[2];
	d.muid = s[3];
	d.qid.path = sd->qidpath;
	d.qid.vers = sd->qidvers;
	d.qid.type = sd->qidtype;
	d.mode = sd->mode;
	d.atime = sd->atime;
	d.mtime = sd->mtime;
	d.length = sd->length;
	d.type = sd->dtype;
	d.dev = sd->dev;
	n = sizeD2M(&d);
	buf = malloc(n);
	if(buf != nil)
		n = convD2M(&d, buf, n);
	for(i = 0; i < 4; i++)
		free(s[i]);
	if(buf == nil)
		error(exNomem);
	if(n == 0){
		free(buf);
		buf = nil;	/* strings too long for 9P: the kernel will say so */
	}
	*np = n;
	return buf;
}

/* stat and fstat: (0, Dir), or (-1, the old Dir) with the error set. */
static void
statcall(char *path, int fd, Rintdir *ret)
{
	Dir *d;

	ret->t0 = -1;
	release();
	d = statdir(path, fd);
	acquire();
	if(d == nil)
		return;
	if(waserror()){
		free(d);
		nexterror();
	}
	unpackdir(d, &ret->t1);
	poperror();
	free(d);
	ret->t0 = 0;
}

void
Sys_stat(void *a)
{
	Fp *f;
	char *path;

	f = a;
	path = string2c(f->p);
	if(waserror()){
		free(path);
		nexterror();
	}
	statcall(path, -1, RET(f));
	poperror();
	free(path);
}

void
Sys_fstat(void *a)
{
	Fp *f;

	f = a;
	statcall(nil, fdchk(f->p), RET(f));
}

static void
wstatcall(Fpdir *f, char *path, int fd)
{
	uchar *buf;
	int n, r;

	buf = packdir(&f->d, &n);
	release();
	if(buf == nil){
		kwerrstr("%s", Ebadstat);
		r = -1;
	}else if(path != nil)
		r = kwstat(path, buf, n);
	else
		r = kfwstat(fd, buf, n);
	acquire();
	free(buf);
	W(RET(f)) = r < 0 ? -1 : 0;
}

void
Sys_wstat(void *a)
{
	Fpdir *f;
	char *path;

	f = a;
	path = string2c(f->p);
	if(waserror()){
		free(path);
		nexterror();
	}
	wstatcall(f, path, -1);
	poperror();
	free(path);
}

void
Sys_fwstat(void *a)
{
	Fpdir *f;

	f = a;
	wstatcall(f, nil, fdchk(f->p));
}

/* (entries, array of Dir) for the next entries of the directory, as one read gives them; (0, nil) at its end. */
void
Sys_dirread(void *a)
{
	Fp *f;
	Rintptr *ret;
	Dir *b;
	Array *arr;
	Sysdir *sd;
	long n, i;
	int fd;

	f = a;
	ret = RET(f);
	ret->t0 = -1;
	destroy(ret->t1);
	ret->t1 = H;
	fd = fdchk(f->p);
	release();
	n = kdirreadone(fd, &b);
	acquire();
	if(n <= 0){
		ret->t0 = n;
		free(b);
		return;
	}
	if(waserror()){
		free(b);
		nexterror();
	}
	arr = newarray(Tsysdir, n, 1);
	ret->t1 = P2D(arr);
	sd = (Sysdir*)arr->data;
	for(i = 0; i < n; i++){
		sd[i].name = H;
		sd[i].uid = H;
		sd[i].gid = H;
		sd[i].muid = H;
	}
	for(i = 0; i < n; i++)
		unpackdir(&b[i], &sd[i]);
	poperror();
	free(b);
	ret->t0 = n;
}
