/*
 * The root device #/: a read-only tree of mount points and boot files,
 * made at build time by tools/mkroot (roottab, see Rootfile in
 * portdat.h), plus a few files added at the top level during boot by
 * addrootfile. Nothing in it can be created, removed or changed.
 */
#include "all.h"

enum {
	Nextra = 8,		/* files addrootfile may add */
};

/*
 * Files added at boot. Their qid paths follow roottab's: nroottab+i.
 * n only grows, and an entry is complete before n counts it, so
 * readers need no lock; l serialises adders.
 */
static struct {
	Lock	l;
	int	n;
	Rootfile	f[Nextra];
} extra;

/* The entry whose qid path is path; nil if there is none. */
static const Rootfile*
rootent(uvlong path)
{
	if(path < (uvlong)nroottab)
		return &roottab[path];
	path -= nroottab;
	if(path < (uvlong)extra.n)
		return &extra.f[path];
	return nil;
}

/*
 * The module prepared at build time for the root file a stat gave d
 * for (d->type is the device's character), or nil: the VM then uses
 * it in place instead of loading the file (libinterp/link.c).
 */
const void*
rootmodule(Dir *d)
{
	int i;

	if(d->type != '/' || (d->qid.type & QTDIR) != 0)
		return nil;
	for(i = 0; i < nrootmods; i++)
		if(rootmods[i].path == d->qid.path)
			return rootmods[i].mod;
	return nil;
}

static Qid
rootqid(uvlong path)
{
	Qid q;

	mkqid(&q, path, 0, (rootent(path)->perm & DMDIR) ? QTDIR : QTFILE);
	return q;
}

static void
rootdir(Chan *c, uvlong path, Dir *dp)
{
	const Rootfile *r;

	r = rootent(path);
	devdir(c, rootqid(path), r->name, r->length, eve, r->perm, dp);
}

/*
 * Entries of the directory c: the s-th child, or the one called name
 * when the caller gives it, or the parent for DEVDOTDOT.
 */
static int
rootgen(Chan *c, char *name, Dirtab *tab, int ntab, int s, Dir *dp)
{
	const Rootfile *d;
	int i, n;

	d = rootent(c->qid.path);
	if(d == nil || !(d->perm & DMDIR))
		return -1;
	if(s == DEVDOTDOT){
		rootdir(c, d->parent, dp);
		return 1;
	}
	n = d->nchild;
	if(c->qid.path == 0)
		n += extra.n;
	if(name != nil){
		for(i = 0; i < n; i++){
			rootdir(c, i < d->nchild ? d->child+i : nroottab+i-d->nchild, dp);
			if(strcmp(dp->name, name) == 0)
				return 1;
		}
		return -1;
	}
	if(s < 0 || s >= n)
		return -1;
	rootdir(c, s < d->nchild ? d->child+s : nroottab+s-d->nchild, dp);
	return 1;
}

static Chan*
rootattach(char *spec)
{
	return devattach('/', spec);
}

static Walkqid*
rootwalk(Chan *c, Chan *nc, char **name, int nname)
{
	return devwalk(c, nc, name, nname, nil, 0, rootgen);
}

static int
rootstat(Chan *c, uchar *db, int n)
{
	Dir d;

	rootdir(c, c->qid.path, &d);
	n = convD2M(&d, db, n);
	if(n == 0)
		error(Ebadarg);
	return n;
}

static Chan*
rootopen(Chan *c, int omode)
{
	const Rootfile *r;

	r = rootent(c->qid.path);
	if(omode & (OTRUNC|ORCLOSE))
		error(Eperm);
	if((r->perm & DMDIR) && (omode&3) != OREAD)
		error(Eisdir);
	devpermcheck(eve, r->perm, omode);
	c->mode = openmode(omode);
	c->flag |= COPEN;
	c->offset = 0;
	return c;
}

/* Nothing to release; and a Chan whose file was removed is closed as root's (devtab[0]). */
static void
rootclose(Chan *c)
{
}

static long
rootread(Chan *c, void *buf, long n, vlong off)
{
	const Rootfile *r;

	r = rootent(c->qid.path);
	if(r->perm & DMDIR)
		return devdirread(c, buf, n, nil, 0, rootgen);
	if(off < 0)
		error(Enegoff);
	if(off >= r->length)
		return 0;
	if(n > r->length - off)
		n = r->length - off;
	memmove(buf, r->data + off, n);
	return n;
}

static long
rootwrite(Chan *c, void *buf, long n, vlong off)
{
	error(Eperm);
}

/*
 * Add a file called name to the top of #/, during boot. The name is
 * copied; data is used in place: it must stay as it is for as long as
 * the kernel runs.
 */
void
addrootfile(char *name, uchar *data, ulong len)
{
	Rootfile *f;
	const Rootfile *r;
	int i;

	if(name[0] == 0 || strchr(name, '/') != nil || strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
		panic("addrootfile: bad name '%s'", name);
	name = kstrdup(name);
	lock(&extra.l);
	for(i = 0; i < roottab[0].nchild + extra.n; i++){
		r = i < roottab[0].nchild ? &roottab[roottab[0].child+i] : &extra.f[i-roottab[0].nchild];
		if(strcmp(r->name, name) == 0){
			unlock(&extra.l);
			panic("addrootfile: %s is already in #/", name);
		}
	}
	if(extra.n == Nextra){
		unlock(&extra.l);
		panic("addrootfile: more than %d files", Nextra);
	}
	f = &extra.f[extra.n];
	f->name = name;
	f->parent = 0;
	f->perm = 0444;
	f->data = data;
	f->length = len;
	f->child = 0;
	f->nchild = 0;
	extra.n++;
	unlock(&extra.l);
}

Dev rootdevtab = {
	'/',
	"root",

	devreset,
	devinit,
	devshutdown,
	rootattach,
	rootwalk,
	rootstat,
	rootopen,
	devcreate,
	rootclose,
	rootread,
	devbread,
	rootwrite,
	devbwrite,
	devremove,
	devwstat,
};
