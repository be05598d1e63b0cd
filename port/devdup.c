/*
 * #d, the open fds of the current process (usually at /fd): a file n
 * and a file nctl for each open fd n. Opening n duplicates fd n (the
 * same Chan, one more reference); reading nctl gives the fd's line in
 * the format of /prog/N/fd. The directory is whatever the fd table of
 * the proc looking holds at that moment.
 *
 * Qid paths: 0 the directory, 2n+1 file n, 2n+2 file nctl.
 */
#include "all.h"

static Qid
dupqid(int fd, int ctl)
{
	Qid q;

	mkqid(&q, 2*fd + 1 + ctl, 0, QTFILE);
	return q;
}

/* The Dir of file fd (or fdctl) if fd is open; 0 if it is not. Its name is in up->genbuf. */
static int
dupdir(Chan *c, int fd, int ctl, Dir *dp)
{
	Fgrp *f;
	Chan *fc;
	long perm;

	f = up->env->fgrp;
	perm = -1;
	lock(&f->l);
	if(fd >= 0 && fd <= f->maxfd && (fc = f->fd[fd]) != nil){
		switch(fc->mode & 3){
		case OWRITE:
			perm = 0200;
			break;
		case ORDWR:
			perm = 0600;
			break;
		default:
			perm = 0400;
			break;
		}
	}
	unlock(&f->l);
	if(perm < 0)
		return 0;
	if(ctl){
		perm = 0400;
		snprint(up->genbuf, sizeof up->genbuf, "%dctl", fd);
	}else
		snprint(up->genbuf, sizeof up->genbuf, "%d", fd);
	devdir(c, dupqid(fd, ctl), up->genbuf, 0, eve, perm, dp);
	return 1;
}

/* A name of the directory, n or nctl, as fd and ctl; -1 for any other name. */
static int
dupname(char *name, int *ctl)
{
	char *p;
	long fd;

	if(name[0] < '0' || name[0] > '9' || (name[0] == '0' && name[1] >= '0' && name[1] <= '9'))
		return -1;
	fd = strtol(name, &p, 10);
	if(fd >= NFD)
		return -1;
	*ctl = strcmp(p, "ctl") == 0;
	if(!*ctl && *p != 0)
		return -1;
	return fd;
}

static int
dupgen(Chan *c, char *name, Dirtab *tab, int ntab, int s, Dir *dp)
{
	int fd, ctl;

	if(s == DEVDOTDOT){
		devdir(c, (Qid){0, 0, QTDIR}, "#d", 0, eve, DMDIR|0555, dp);
		return 1;
	}
	if(name != nil){
		fd = dupname(name, &ctl);
		if(fd < 0 || dupdir(c, fd, ctl, dp) == 0)
			return -1;
		return 1;
	}
	if(s < 0 || s/2 > up->env->fgrp->maxfd)
		return -1;
	return dupdir(c, s/2, s&1, dp);
}

static Chan*
dupattach(char *spec)
{
	return devattach('d', spec);
}

static Walkqid*
dupwalk(Chan *c, Chan *nc, char **name, int nname)
{
	return devwalk(c, nc, name, nname, nil, 0, dupgen);
}

static int
dupstat(Chan *c, uchar *db, int n)
{
	Dir d;
	int fd;

	if(c->qid.type & QTDIR)
		return devstat(c, db, n, nil, 0, dupgen);
	fd = (c->qid.path - 1) / 2;
	if(dupdir(c, fd, (c->qid.path - 1) & 1, &d) == 0)
		error(Ebadfd);
	n = convD2M(&d, db, n);
	if(n == 0)
		error(Ebadarg);
	return n;
}

/*
 * Opening file n gives fd n's own Chan, with one more reference, if
 * the mode asked for is one the fd allows; c is dropped. Opening the
 * directory or a ctl file opens c itself, read-only.
 */
static Chan*
dupopen(Chan *c, int omode)
{
	Chan *f;
	int fd;

	if(omode & ORCLOSE)
		error(Eperm);	/* it would remove the file behind another fd */
	if(c->qid.type & QTDIR){
		if((omode&3) != OREAD)
			error(Eisdir);
	}else{
		fd = (c->qid.path - 1) / 2;
		if(((c->qid.path - 1) & 1) == 0){
			f = fdtochan(fd, openmode(omode), 0, 1);
			cclose(c);
			return f;
		}
		if((omode&3) != OREAD)
			error(Eperm);
		fdtochan(fd, -1, 0, 0);		/* the fd must be open */
	}
	c->mode = OREAD;
	c->flag |= COPEN;
	c->offset = 0;
	return c;
}

static void
dupclose(Chan *c)
{
}

/* fd's line of /prog/N/fd, as a new string; for one line, the widest version is its own. */
static char*
fdline(int fd)
{
	static char *modes[] = { "r ", " w", "rw", "r " };
	Chan *f;
	char *s;
	int n;

	f = fdtochan(fd, -1, 0, 1);
	n = 96 + strlen(chanpath(f));
	s = smalloc(n);
	snprint(s, n, "%3d %.2s %C %4ud (%.16llux %lud %.2ux) %5lud %8lld %s\n",
		fd, modes[f->mode & 3], devtab[f->type]->dc, f->dev,
		f->qid.path, f->qid.vers, f->qid.type, f->iounit, f->offset, chanpath(f));
	cclose(f);
	return s;
}

static long
dupread(Chan *c, void *va, long n, vlong off)
{
	char *s;

	if(c->qid.type & QTDIR)
		return devdirread(c, va, n, nil, 0, dupgen);
	if(((c->qid.path - 1) & 1) == 0)
		error(Egreg);	/* file n opens as fd n's Chan: never read here */
	s = fdline((c->qid.path - 1) / 2);
	n = readstr(off, va, n, s);
	free(s);
	return n;
}

static long
dupwrite(Chan *c, void *va, long n, vlong off)
{
	error(Eperm);
}

Dev dupdevtab = {
	'd',
	"dup",

	devreset,
	devinit,
	devshutdown,
	dupattach,
	dupwalk,
	dupstat,
	dupopen,
	devcreate,
	dupclose,
	dupread,
	devbread,
	dupwrite,
	devbwrite,
	devremove,
	devwstat,
};
