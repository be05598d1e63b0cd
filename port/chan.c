/*
 * Channels and names: allocation and reference counting of Chans,
 * path names (Cname), the mount table (bind, mount, unmount, unions),
 * and namec, which turns a path into a Chan.
 */
#include "all.h"

enum { CNAMESLOP = 20 };

/* The Chan allocator: every Chan ever made is on the list; unused ones on the free list. */
static struct {
	Lock	l;
	int	fid;
	Chan	*free;
	Chan	*list;
} chanalloc;

static struct {
	Lock	l;
	ulong	id;
} mountid;

char *eve;

int
iseve(void)
{
	return strcmp(eve, up->env->user) == 0;
}

ulong
nextmountid(void)
{
	ulong id;

	lock(&mountid.l);
	id = ++mountid.id;
	unlock(&mountid.l);
	return id;
}

void
chandevreset(void)
{
	int i;

	for(i = 0; devtab[i] != nil; i++)
		devtab[i]->reset();
}

void
chandevinit(void)
{
	int i;

	for(i = 0; devtab[i] != nil; i++)
		devtab[i]->init();
}

void
chandevshutdown(void)
{
	int i;

	for(i = 0; devtab[i] != nil; i++)
		;
	while(--i >= 0)
		devtab[i]->shutdown();
}

Chan*
newchan(void)
{
	Chan *c;

	lock(&chanalloc.l);
	c = chanalloc.free;
	if(c != nil)
		chanalloc.free = c->link;
	unlock(&chanalloc.l);
	if(c == nil){
		c = smalloc(sizeof(Chan));
		lock(&chanalloc.l);
		c->fid = ++chanalloc.fid;
		c->link = nil;
		c->next = chanalloc.list;
		chanalloc.list = c;
		unlock(&chanalloc.l);
	}
	/* if you get an error before associating with a dev, close calls rootclose, a nop */
	c->type = 0;
	c->flag = 0;
	c->ref = 1;
	c->dev = 0;
	c->offset = 0;
	c->devoffset = 0;
	c->iounit = 0;
	c->umh = nil;
	c->umc = nil;
	c->uri = 0;
	c->dri = 0;
	c->aux = nil;
	c->mchan = nil;
	c->mcp = nil;
	c->mux = nil;
	c->mountid = 0;
	memset(&c->mqid, 0, sizeof c->mqid);
	memset(&c->qid, 0, sizeof c->qid);
	c->name = nil;
	return c;
}

void
chanfree(Chan *c)
{
	c->flag = CFREE;
	if(c->umh != nil){
		putmhead(c->umh);
		c->umh = nil;
	}
	if(c->umc != nil){
		cclose(c->umc);
		c->umc = nil;
	}
	cnameclose(c->name);
	c->name = nil;
	lock(&chanalloc.l);
	c->link = chanalloc.free;
	chanalloc.free = c;
	unlock(&chanalloc.l);
}

void
incchan(Chan *c)
{
	lock(&c->l);
	c->ref++;
	unlock(&c->l);
}

/*
 * Drop a reference; the last one calls the device's close (which
 * must check COPEN) and frees the Chan. Errors from close are
 * ignored: the Chan is gone either way.
 */
void
cclose(Chan *c)
{
	long r;

	if(c == nil)
		return;
	if(c->flag & CFREE)
		panic("cclose %p: Chan already free, pc %p", c, (void*)getcallerpc(&c));
	lock(&c->l);
	r = --c->ref;
	unlock(&c->l);
	if(r > 0)
		return;
	if(r < 0)
		panic("cclose %p: negative ref", c);
	if(!waserror()){
		devtab[c->type]->close(c);
		poperror();
	}
	chanfree(c);
}

void
ccloseq(Chan *c)
{
	cclose(c);
}

int
eqqid(Qid a, Qid b)
{
	return a.path == b.path && a.vers == b.vers;
}

int
eqchan(Chan *a, Chan *b, int pathonly)
{
	if(a->qid.path != b->qid.path)
		return 0;
	if(!pathonly && a->qid.vers != b->qid.vers)
		return 0;
	if(a->type != b->type)
		return 0;
	if(a->dev != b->dev)
		return 0;
	return 1;
}

/* Does c name the same file as the triple? */
static int
eqchantdqid(Chan *c, int type, int dev, Qid qid)
{
	return c->qid.path == qid.path && c->type == type && c->dev == dev;
}

/* Path names */

Cname*
newcname(char *s)
{
	Cname *n;
	int i;

	n = smalloc(sizeof(Cname));
	i = strlen(s);
	n->len = i;
	n->alen = i + CNAMESLOP;
	n->s = smalloc(n->alen);
	memmove(n->s, s, i+1);
	n->r.ref = 1;
	return n;
}

void
cnameclose(Cname *n)
{
	int i;

	if(n == nil)
		return;
	if(decref(&n->r) != 0)
		return;
	for(i = 0; i < n->nmtpt; i++)
		cclose(n->mtpt[i]);
	free(n->mtpt);
	free(n->s);
	free(n);
}

/* A private copy of n, to be changed; consumes the caller's reference. */
static Cname*
uniquecname(Cname *n)
{
	Cname *m;
	int i;

	if(n->r.ref == 1)
		return n;
	m = newcname(n->s);
	if(n->nmtpt > 0){
		m->mtpt = smalloc(n->nmtpt*sizeof(Chan*));
		m->nmtpt = m->amtpt = n->nmtpt;
		for(i = 0; i < n->nmtpt; i++){
			m->mtpt[i] = n->mtpt[i];
			if(m->mtpt[i] != nil)
				incchan(m->mtpt[i]);
		}
	}
	cnameclose(n);
	return m;
}

/* The number of elements after the root ("/" or "#Xspec") of a name. */
static int
nelems(char *s)
{
	int n;

	n = 0;
	if(*s == '#')
		while(*s != '\0' && *s != '/')
			s++;
	for(; *s != '\0'; s++)
		if(*s == '/' && s[1] != '\0')
			n++;
	return n;
}

/* Append element s; mtpt (a reference passed in, or nil) is the mount point crossed to reach it. */
static Cname*
addelemmt(Cname *n, char *s, Chan *mtpt)
{
	int i, a, ne;

	n = uniquecname(n);
	i = strlen(s);
	if(n->len+1+i+1 > n->alen){
		a = n->len+1+i+1 + CNAMESLOP;
		n->s = realloc(n->s, a);
		if(n->s == nil)
			panic("addelem: no memory");
		n->alen = a;
	}
	if(n->len > 0 && n->s[n->len-1] != '/')
		n->s[n->len++] = '/';
	memmove(n->s+n->len, s, i+1);
	n->len += i;
	ne = nelems(n->s);
	if(ne > n->amtpt){
		n->mtpt = realloc(n->mtpt, (ne+8)*sizeof(Chan*));
		if(n->mtpt == nil)
			panic("addelem: no memory");
		memset(n->mtpt+n->amtpt, 0, (ne+8-n->amtpt)*sizeof(Chan*));
		n->amtpt = ne+8;
	}
	while(n->nmtpt < ne)
		n->mtpt[n->nmtpt++] = nil;
	if(ne > 0){
		cclose(n->mtpt[ne-1]);
		n->mtpt[ne-1] = mtpt;
	}else if(mtpt != nil)
		cclose(mtpt);
	return n;
}

Cname*
addelem(Cname *n, char *s)
{
	return addelemmt(n, s, nil);
}

/*
 * Drop the last element (for ".."); the root stays. *parent gets the
 * directory the element was walked from if that was a mount point
 * (see walk), else nil.
 */
static Cname*
dropelem(Cname *n, Chan **parent)
{
	int ne;
	char *p, *root;

	*parent = nil;
	ne = nelems(n->s);
	if(ne == 0)
		return n;
	n = uniquecname(n);
	if(ne <= n->nmtpt){
		*parent = n->mtpt[ne-1];
		n->mtpt[ne-1] = nil;
		n->nmtpt = ne-1;
	}
	root = n->s;
	if(*root == '#')
		while(*root != '\0' && *root != '/')
			root++;
	p = strrchr(n->s, '/');
	if(p == root)
		p++;	/* keep the root's slash: "/x" becomes "/" */
	*p = '\0';
	n->len = p - n->s;
	return n;
}

char*
chanpath(Chan *c)
{
	if(c == nil || c->name == nil)
		return "<nil>";
	return c->name->s;
}

/*
 * Lexically clean a name: collapse slashes, drop "." and resolve ".."
 * against the previous element. Works in place; returns its argument.
 */
char*
cleanname(char *name)
{
	char *p, *q, *dotdot;
	int rooted;

	rooted = name[0] == '/';
	p = q = dotdot = name + rooted;
	while(*p != '\0'){
		if(p[0] == '/')
			p++;
		else if(p[0] == '.' && (p[1] == '/' || p[1] == '\0'))
			p++;
		else if(p[0] == '.' && p[1] == '.' && (p[2] == '/' || p[2] == '\0')){
			p += 2;
			if(q > dotdot){
				while(--q > dotdot && *q != '/')
					;
			}else if(!rooted){
				if(q != name)
					*q++ = '/';
				*q++ = '.';
				*q++ = '.';
				dotdot = q;
			}
		}else{
			if(q != name+rooted)
				*q++ = '/';
			while(*p != '\0' && *p != '/')
				*q++ = *p++;
		}
	}
	if(q == name)
		*q++ = '.';
	*q = '\0';
	return name;
}

/* The mount table */

void
putmhead(Mhead *m)
{
	if(m == nil)
		return;
	if(decref(&m->r) == 0){
		if(m->mount != nil)
			panic("putmhead: mhead %p still has mounts", m);
		cclose(m->from);
		free(m);
	}
}

Mount*
newmount(Mhead *mh, Chan *to, int flag, char *spec)
{
	Mount *m;

	m = smalloc(sizeof(Mount));
	m->to = to;
	m->head = mh;
	incchan(to);
	m->mountid = nextmountid();
	m->mflag = flag;
	if(spec != nil)
		kstrdupto(&m->spec, spec);
	return m;
}

/* Free a whole list of Mounts. */
void
mountfree(Mount *m)
{
	Mount *f;

	while(m != nil){
		f = m->next;
		cclose(m->to);
		free(m->spec);
		free(m);
		m = f;
	}
}

/*
 * If the file (type, dev, qid) is mounted upon in the current name
 * space, return 1 with *cp replaced by (a reference to) the first
 * member of its union and, if mp, *mp by a reference to the Mhead.
 */
int
findmount(Chan **cp, Mhead **mp, int type, uint dev, Qid qid)
{
	Pgrp *pg;
	Mhead *m;

	pg = up->env->pgrp;
	rlock(&pg->ns);
	for(m = pg->mnthash[qid.path & (MNTHASH-1)]; m != nil; m = m->hash){
		rlock(&m->lock);
		if(m->from == nil){
			runlock(&m->lock);
			continue;
		}
		if(eqchantdqid(m->from, type, dev, qid) && m->mount != nil){
			if(mp != nil){
				incref(&m->r);
				putmhead(*mp);
				*mp = m;
			}
			incchan(m->mount->to);
			if(*cp != nil)
				cclose(*cp);
			*cp = m->mount->to;
			runlock(&m->lock);
			runlock(&pg->ns);
			return 1;
		}
		runlock(&m->lock);
	}
	runlock(&pg->ns);
	return 0;
}

/*
 * If *cp is a mount point, replace it by what is mounted there and
 * return 1; *mp gets the Mhead. With named, the result is a private
 * Chan that keeps *cp's name (for the last step of namec).
 */
static int
domount(Chan **cp, Mhead **mp, int named)
{
	Chan *c, *to;
	Mhead *m;

	c = *cp;
	to = nil;
	m = nil;
	if(!findmount(&to, &m, c->type, c->dev, c->qid))
		return 0;
	if(named){
		to = cunique(to);
		cnameclose(to->name);
		to->name = c->name;
		if(c->name != nil)
			incref(&c->name->r);
	}
	cclose(c);
	*cp = to;
	if(mp != nil){
		putmhead(*mp);
		*mp = m;
	}else
		putmhead(m);
	return 1;
}

/*
 * Attach new at old: the heart of bind and mount. new is a union
 * itself (new->umh) when it was reached by binding a mounted-upon
 * directory: then its members are copied.
 */
int
cmount(Chan *new, Chan *old, int flag, char *spec)
{
	Pgrp *pg;
	int order;
	Mhead *m, **l, *mh;
	Mount *nm, *f, *um, **h;
	ulong id;

	if(QTDIR & (old->qid.type ^ new->qid.type))
		error(Emount);
	order = flag & MORDER;
	if(!(old->qid.type & QTDIR) && order != MREPL)
		error(Emount);
	if(flag & ~MMASK)
		error(Ebadarg);

	mh = new->umh;
	pg = up->env->pgrp;
	wlock(&pg->ns);
	if(waserror()){
		wunlock(&pg->ns);
		nexterror();
	}
	l = &pg->mnthash[old->qid.path & (MNTHASH-1)];
	for(m = *l; m != nil; m = m->hash){
		if(eqchan(m->from, old, 1))
			break;
		l = &m->hash;
	}
	if(m == nil){
		/* a new mount point; a union starts with the directory itself */
		m = smalloc(sizeof(Mhead));
		m->r.ref = 1;
		m->from = old;
		incchan(old);
		m->hash = *l;
		*l = m;
		if(order != MREPL)
			m->mount = newmount(m, old, 0, nil);
	}
	wlock(&m->lock);
	if(waserror()){
		wunlock(&m->lock);
		nexterror();
	}

	if(mh != nil && mh->mount != nil){
		/* binding a union: copy its members, the first taking the new flags */
		rlock(&mh->lock);
		nm = nil;
		h = &nm;
		for(um = mh->mount; um != nil; um = um->next){
			f = newmount(m, um->to, um == mh->mount ? flag : um->mflag, um->spec);
			*h = f;
			h = &f->next;
		}
		runlock(&mh->lock);
	}else{
		nm = newmount(m, new, flag, spec);
		h = &nm->next;
	}
	id = nm->mountid;

	switch(order){
	case MREPL:
		mountfree(m->mount);
		m->mount = nm;
		break;
	case MBEFORE:
		*h = m->mount;
		m->mount = nm;
		break;
	case MAFTER:
		for(h = &m->mount; *h != nil; h = &(*h)->next)
			;
		*h = nm;
		break;
	}
	poperror();
	wunlock(&m->lock);
	poperror();
	wunlock(&pg->ns);
	return id;
}

/* Undo a bind or mount: of mounted from mnt, or (mounted nil) everything on mnt. */
void
cunmount(Chan *mnt, Chan *mounted)
{
	Pgrp *pg;
	Mhead *m, **l;
	Mount *f, **p;

	pg = up->env->pgrp;
	wlock(&pg->ns);
	l = &pg->mnthash[mnt->qid.path & (MNTHASH-1)];
	for(m = *l; m != nil; m = m->hash){
		if(eqchan(m->from, mnt, 1))
			break;
		l = &m->hash;
	}
	if(m == nil){
		wunlock(&pg->ns);
		error(Eunmount);
	}
	wlock(&m->lock);
	if(mounted == nil){
		*l = m->hash;
		mountfree(m->mount);
		m->mount = nil;
		wunlock(&m->lock);
		wunlock(&pg->ns);
		putmhead(m);
		return;
	}
	for(p = &m->mount; (f = *p) != nil; p = &f->next)
		if(eqchan(f->to, mounted, 1) || (f->to->mchan != nil && eqchan(f->to->mchan, mounted, 1))){
			*p = f->next;
			f->next = nil;
			mountfree(f);
			if(m->mount == nil){
				*l = m->hash;
				wunlock(&m->lock);
				wunlock(&pg->ns);
				putmhead(m);
				return;
			}
			wunlock(&m->lock);
			wunlock(&pg->ns);
			return;
		}
	wunlock(&m->lock);
	wunlock(&pg->ns);
	error(Eunion);
}

/* A Chan the caller alone holds, for the same file. Consumes the caller's reference to c. */
Chan*
cclone(Chan *c)
{
	Chan *nc;
	Walkqid *wq;

	wq = devtab[c->type]->walk(c, nil, nil, 0);
	if(wq == nil)
		error("clone failed");
	nc = wq->clone;
	free(wq);
	nc->name = c->name;
	if(c->name != nil)
		incref(&c->name->r);
	return nc;
}

Chan*
cunique(Chan *c)
{
	Chan *nc;

	if(c->ref != 1){
		nc = cclone(c);
		cclose(c);
		c = nc;
	}
	return c;
}

/* The directory that receives a create in the union mh on c (c itself if no union). */
Chan*
createdir(Chan *c, Mhead *m)
{
	Chan *nc;
	Mount *f;

	if(m == nil){
		incchan(c);
		return c;
	}
	rlock(&m->lock);
	if(waserror()){
		runlock(&m->lock);
		nexterror();
	}
	for(f = m->mount; f != nil; f = f->next)
		if(f->mflag & MCREATE){
			nc = cclone(f->to);
			poperror();
			runlock(&m->lock);
			return nc;
		}
	error(Enocreate);
}

void
isdir(Chan *c)
{
	if(c->qid.type & QTDIR)
		return;
	error(Enotdir);
}

/*
 * Ask c's device to walk n names. A device's error, or a walk that
 * reached none of the names, is a nil result with the error string
 * set, so that a union can try its next member.
 */
static Walkqid*
ewalk(Chan *c, char **names, int n)
{
	Walkqid *wq;

	if(waserror())
		return nil;
	wq = devtab[c->type]->walk(c, nil, names, n);
	poperror();
	if(wq != nil && wq->nqid == 0 && n > 0){
		if(wq->clone != nil)
			cclose(wq->clone);
		free(wq);
		if(strcmp(up->env->errstr, Enonexist) != 0 && strcmp(up->env->errstr, Enotdir) != 0)
			strecpy(up->env->errstr, up->env->errstr+ERRMAX, Enonexist);
		return nil;
	}
	return wq;
}

/*
 * Walk *cp through nnames names, crossing mount points on the way
 * (except at the start when nomount) and trying every member of a
 * union. On success *cp is replaced by a Chan for the last name and 0
 * returned; on failure *cp is unchanged, the error string says why,
 * *nerror is the number of the failing name (from 1), and -1 is
 * returned.
 *
 * "..": an element walked from a mount point records that mount point
 * in the name (Cname.mtpt), and ".." from it goes back there, so ".."
 * leaves a bound or mounted tree the way it was entered.
 */
int
walk(Chan **cp, char **names, int nnames, int nomount, int *nerror)
{
	int dotdot, i, n, ntry, type, dev, nhave;
	Chan *c, *nc, *parent;
	Cname *cname;
	Mount *f;
	Mhead *mh, *nmh;
	Walkqid *wq;
	char *err;

	c = *cp;
	incchan(c);
	cname = c->name;
	if(cname != nil)
		incref(&cname->r);
	else
		cname = newcname("?");
	mh = nil;
	nhave = 0;
	err = nil;
	while(nhave < nnames){
		if(!(c->qid.type & QTDIR)){
			err = Enotdir;
			i = nhave;
			goto Fail;
		}
		ntry = nnames - nhave;
		if(ntry > MAXWELEM)
			ntry = MAXWELEM;
		dotdot = 0;
		for(i = 0; i < ntry; i++)
			if(strcmp(names[nhave+i], "..") == 0){
				if(i == 0){
					dotdot = 1;
					ntry = 1;
				}else
					ntry = i;
				break;
			}

		if(dotdot){
			cname = dropelem(cname, &parent);
			if(parent != nil){
				cclose(c);
				c = parent;
				putmhead(mh);
				mh = nil;
				nhave++;
				continue;
			}
		}else if(!nomount)
			domount(&c, &mh, 0);
		nomount = 0;

		type = c->type;
		dev = c->dev;
		wq = ewalk(c, names+nhave, ntry);
		if(wq == nil && mh != nil && !dotdot){
			rlock(&mh->lock);
			for(f = mh->mount; f != nil; f = f->next)
				if((wq = ewalk(f->to, names+nhave, ntry)) != nil)
					break;
			runlock(&mh->lock);
			if(f != nil){
				type = f->to->type;
				dev = f->to->dev;
			}
		}
		if(wq == nil){
			i = nhave+1;
			goto Fail;
		}

		nmh = nil;
		nc = nil;
		if(dotdot){
			n = 1;
			nc = wq->clone;
		}else{
			/* stop at an intermediate mount point and go on from what is mounted there */
			for(i = 0; i < wq->nqid && i < ntry-1; i++)
				if(findmount(&nc, &nmh, type, dev, wq->qid[i]))
					break;
			if(nc == nil){
				if(wq->clone == nil){
					if(wq->nqid > 0 && !(wq->qid[wq->nqid-1].type & QTDIR))
						err = Enotdir;
					else
						err = Enonexist;
					i = nhave + wq->nqid + 1;
					free(wq);
					goto Fail;
				}
				n = wq->nqid;
				nc = wq->clone;
			}else{
				if(wq->clone != nil)
					cclose(wq->clone);
				n = i+1;
			}
			for(i = 0; i < n; i++){
				parent = nil;
				if(i == 0 && mh != nil){
					parent = mh->from;
					incchan(parent);
				}
				cname = addelemmt(cname, names[nhave+i], parent);
			}
		}
		cclose(c);
		c = nc;
		putmhead(mh);
		mh = nmh;
		free(wq);
		nhave += n;
	}
	putmhead(mh);
	c = cunique(c);
	cnameclose(c->name);
	c->name = cname;
	cclose(*cp);
	*cp = c;
	if(nerror != nil)
		*nerror = 0;
	return 0;

Fail:
	if(nerror != nil)
		*nerror = i;
	if(err != nil)
		strecpy(up->env->errstr, up->env->errstr+ERRMAX, err);
	cnameclose(cname);
	cclose(c);
	putmhead(mh);
	return -1;
}

/*
 * The error for a failed name: the name up to the failing element,
 * quoted, then the reason; long names lose their front to "...".
 */
void
nameerror(char *name, char *err)
{
	int len, max;
	char buf[ERRMAX];

	len = strlen(name);
	max = ERRMAX - strlen(err) - 4;
	if(max < 8)
		max = 8;
	if(len > max){
		while(len > max-3 && *name != '\0'){
			name++;
			len--;
		}
		snprint(buf, sizeof buf, "'...%s' %s", name, err);
	}else
		snprint(buf, sizeof buf, "'%s' %s", name, err);
	error(buf);
}

/*
 * Check a name: valid UTF-8, no control characters; for a single
 * element (slashok 0) no slash either, nor "." or "..".
 */
void
validname(char *aname, int slashok)
{
	char *p;
	Rune r;
	int n;

	p = aname;
	while(*p != '\0'){
		if((uchar)*p < Runeself){
			if((uchar)*p < ' ' || *p == 0x7F || (!slashok && *p == '/'))
				errorf("%s: %q", Ebadchar, aname);
			p++;
		}else{
			n = chartorune(&r, p);
			if(r == Runeerror && n == 1)
				errorf("%s: %q", Ebadchar, aname);
			p += n;
		}
	}
	if(!slashok && (strcmp(aname, ".") == 0 || strcmp(aname, "..") == 0))
		errorf("%s: %q", Ebadchar, aname);
}

/* Split a path into its elements (in place); "." and empty ones dropped. */
static int
parsename(char *name, char **elem, int max, int *mustbedir)
{
	int n;
	char *p;

	n = 0;
	*mustbedir = 0;
	p = name;
	while(*p != '\0'){
		while(*p == '/')
			p++;
		if(*p == '\0'){
			*mustbedir = 1;
			break;
		}
		if(n >= max)
			error(Efilename);
		elem[n] = p;
		while(*p != '\0' && *p != '/')
			p++;
		if(*p == '/')
			*p++ = '\0';
		if(strcmp(elem[n], ".") == 0){
			if(*p == '\0')
				*mustbedir = 1;
			continue;
		}
		n++;
	}
	return n;
}

/* May the name space use device r (after NODEVS)? */
static int
devallowed(Rune r, char *spec)
{
	switch(r){
	case '|': case 'e': case 'D': case 'a':
		return 1;
	case 's':
		return *spec == '\0';
	}
	return 0;
}

enum { Maxelem = 256 };

/* Open the union directory c as a sequence of its members' directories. */
static void
unionopen(Chan *c, Mhead *mh)
{
	c->umh = mh;
	incref(&mh->r);
	c->umc = nil;
	c->uri = 0;
}

/*
 * namec: the Chan for name, ready for the access amode (kernel-core.md
 * §4). omode and perm are for Aopen and Acreate.
 */
Chan*
namec(char *aname, int amode, int omode, ulong perm)
{
	int t, n, nomount, mustbedir, nerror, nelem, len, nmax;
	Chan *c, *cnew;
	Cname *volatile cname;	/* volatile: live across waserror */
	Mhead *m;
	Rune r;
	char *name, *elem, *spec, **names, *buf;
	char *volatile createname;
	Pgrp *pg;

	if(aname[0] == '\0')
		error("empty file name");
	validname(aname, 1);
	len = strlen(aname);
	buf = smalloc(len+1);
	memmove(buf, aname, len+1);
	/* a name of len bytes has at most len/2+1 elements: no more pointers than that */
	nmax = len/2 + 1;
	if(nmax > Maxelem)
		nmax = Maxelem;
	names = smalloc(nmax*sizeof(char*));
	c = nil;
	m = nil;
	if(waserror()){
		free(buf);
		free(names);
		cclose(c);
		putmhead(m);
		nexterror();
	}

	pg = up->env->pgrp;
	nomount = 0;
	name = buf;
	switch(name[0]){
	case '/':
		c = pg->slash;
		incchan(c);
		break;
	case '#':
		nomount = 1;
		name++;
		name += chartorune(&r, name);
		spec = name;
		if(r == '/')
			spec = "";	/* "#/x" is x in the root device, which takes no spec */
		else
			while(*name != '\0' && *name != '/')
				name++;
		if(*name == '/')
			*name++ = '\0';
		if(r == 'M')
			error(Enoattach);
		if(pg->nodevs && !devallowed(r, spec))
			error(Enoattach);
		t = devno(r, 1);
		if(t == -1)
			error(Ebadsharp);
		c = devtab[t]->attach(spec);
		break;
	default:
		c = pg->dot;
		incchan(c);
		break;
	}

	nelem = parsename(name, names, nmax, &mustbedir);
	createname = nil;
	if(amode == Acreate){
		if(nelem == 0)
			error(Eexist);	/* creating "/" or "." */
		createname = names[--nelem];
		validname(createname, 0);
	}

	if(walk(&c, names, nelem, nomount, &nerror) < 0){
		char *err = up->env->errstr;
		char ebuf[ERRMAX];
		char *p;

		strecpy(ebuf, ebuf+sizeof ebuf, err);
		/* the name up to the failing element */
		memmove(buf, aname, len+1);
		p = buf;
		if(*p == '#'){
			while(*p != '\0' && *p != '/')
				p++;
		}
		for(n = 0; n < nerror && *p != '\0'; ){
			while(*p == '/')
				p++;
			if(*p == '\0')
				break;
			elem = p;
			while(*p != '\0' && *p != '/')
				p++;
			if(!(p-elem == 1 && elem[0] == '.'))
				n++;
		}
		*p = '\0';
		if(strcmp(ebuf, Enonexist) == 0 && nerror < nelem + (amode == Acreate))
			nameerror(buf, "does not exist");
		nameerror(buf, ebuf);
	}

	if(mustbedir && !(c->qid.type & QTDIR))
		nameerror(aname, Enotdir);

	switch(amode){
	case Aaccess:
		domount(&c, nil, 1);
		break;

	case Abind:
		/* remember the union, so that binding it copies its members */
		cnew = nil;
		if(findmount(&cnew, &m, c->type, c->dev, c->qid))
			cclose(cnew);
		break;

	case Atodir:
		if(!(c->qid.type & QTDIR))
			nameerror(aname, Enotdir);
		break;

	case Amount:
		break;

	case Aopen:
	case Aremove:
		domount(&c, &m, 1);
		c = cunique(c);
		if(amode == Aremove)
			break;
		if((omode & 3) == OEXEC && (c->qid.type & QTDIR))
			error("cannot exec directory");
		c = devtab[c->type]->open(c, omode & ~OCEXEC);
		if(omode & OCEXEC)
			c->flag |= CCEXEC;
		if(omode & ORCLOSE)
			c->flag |= CRCLOSE;
		if(m != nil && (c->qid.type & QTDIR))
			unionopen(c, m);
		break;

	case Acreate:
		/* if the file exists, open it (truncated) unless OEXCL */
		cnew = c;
		incchan(cnew);
		names[0] = createname;
		if(walk(&cnew, names, 1, 0, nil) == 0){
			cclose(c);
			c = cnew;
			if(omode & OEXCL)
				nameerror(aname, Eexist);
			domount(&c, &m, 1);
			c = cunique(c);
			c = devtab[c->type]->open(c, (omode & ~(OCEXEC|OEXCL)) | OTRUNC);
			if(omode & OCEXEC)
				c->flag |= CCEXEC;
			if(omode & ORCLOSE)
				c->flag |= CRCLOSE;
			break;
		}
		cclose(cnew);
		/* create in the union member marked MCREATE */
		domount(&c, &m, 1);
		cnew = createdir(c, m);
		cname = c->name;
		if(cname != nil)
			incref(&cname->r);
		cclose(c);
		c = cnew;
		if(waserror()){
			cnameclose(cname);
			nexterror();
		}
		devtab[c->type]->create(c, createname, omode & ~(OEXCL|OCEXEC), perm);
		poperror();
		if(cname == nil)
			cname = newcname("?");
		cname = addelem(cname, createname);
		cnameclose(c->name);
		c->name = cname;
		if(omode & OCEXEC)
			c->flag |= CCEXEC;
		if(omode & ORCLOSE)
			c->flag |= CRCLOSE;
		break;

	default:
		panic("namec: unknown access mode %d", amode);
	}
	poperror();
	free(buf);
	free(names);
	if(amode == Abind && m != nil){
		c = cunique(c);
		c->umh = m;
	}else
		putmhead(m);
	return c;
}

/* Read a union directory: each member's directory in turn, whole entries only. */
long
unionread(Chan *c, void *va, long n)
{
	int i;
	volatile long nr;	/* volatile: live across waserror */
	Mhead *m;
	Mount *volatile mount;

	qlock(&c->umqlock);
	if(waserror()){
		qunlock(&c->umqlock);
		nexterror();
	}
	m = c->umh;
	rlock(&m->lock);
	if(waserror()){
		runlock(&m->lock);
		nexterror();
	}
	mount = m->mount;
	for(i = 0; mount != nil && i < c->uri; i++)
		mount = mount->next;
	nr = 0;
	while(mount != nil){
		if(c->umc == nil){
			/* open the next member; an unreadable one is skipped */
			if(!waserror()){
				c->umc = cclone(mount->to);
				c->umc = devtab[c->umc->type]->open(c->umc, OREAD);
				poperror();
			}else if(c->umc != nil){
				cclose(c->umc);
				c->umc = nil;
			}
		}
		if(c->umc != nil){
			if(!waserror()){
				nr = devtab[c->umc->type]->read(c->umc, va, n, c->umc->offset);
				poperror();
			}else
				nr = 0;
			if(nr < 0)
				nr = 0;
			c->umc->offset += nr;
			if(nr > 0)
				break;
			cclose(c->umc);
			c->umc = nil;
		}
		c->uri++;
		mount = mount->next;
	}
	poperror();
	runlock(&m->lock);
	poperror();
	qunlock(&c->umqlock);
	return nr;
}

/* Restart a union read (seek to 0). */
void
unionrewind(Chan *c)
{
	qlock(&c->umqlock);
	c->uri = 0;
	if(c->umc != nil){
		cclose(c->umc);
		c->umc = nil;
	}
	qunlock(&c->umqlock);
}

/* fds */

int
openmode(ulong o)
{
	if(o & ~(OTRUNC|OCEXEC|ORCLOSE|OEXCL|3))
		error(Ebadarg);
	o &= ~(OTRUNC|OCEXEC|ORCLOSE|OEXCL);
	if(o == OEXEC)
		return OREAD;
	return o;
}

/*
 * The Chan open on fd, checked for the access mode (-1: any); with
 * iref a new reference for the caller.
 */
Chan*
fdtochan(int fd, int mode, int chkmnt, int iref)
{
	Fgrp *f;
	Chan *c;

	f = up->env->fgrp;
	lock(&f->l);
	if(fd < 0 || fd > f->maxfd || (c = f->fd[fd]) == nil){
		unlock(&f->l);
		error(Ebadfd);
	}
	if(iref)
		incchan(c);
	unlock(&f->l);
	if(chkmnt && (c->flag & CMSG)){
		if(iref)
			cclose(c);
		error(Ebadusefd);
	}
	if(mode < 0 || c->mode == ORDWR)
		return c;
	if((mode & OTRUNC) && c->mode == OREAD){
		if(iref)
			cclose(c);
		error(Ebadusefd);
	}
	if((mode & ~OTRUNC) != c->mode){
		if(iref)
			cclose(c);
		error(Ebadusefd);
	}
	return c;
}
