/*
 * Groups a process shares or copies (pctl): the name space (Pgrp),
 * the fd table (Fgrp) and the environment (Egrp), and the Osenv that
 * ties them to a process.
 */
#include "all.h"

static struct {
	Lock	l;
	ulong	id;
} pgrpid;

Pgrp*
newpgrp(void)
{
	Pgrp *p;

	p = smalloc(sizeof(Pgrp));
	p->r.ref = 1;
	lock(&pgrpid.l);
	p->pgrpid = ++pgrpid.id;
	unlock(&pgrpid.l);
	p->progmode = 0644;
	return p;
}

void
closepgrp(Pgrp *p)
{
	Mhead **h, **e, *f, *next;

	if(p == nil || decref(&p->r) != 0)
		return;
	wlock(&p->ns);
	p->pgrpid = ~0;
	e = &p->mnthash[MNTHASH];
	for(h = p->mnthash; h < e; h++){
		for(f = *h; f != nil; f = next){
			wlock(&f->lock);
			mountfree(f->mount);
			f->mount = nil;
			next = f->hash;
			wunlock(&f->lock);
			putmhead(f);
		}
		*h = nil;
	}
	wunlock(&p->ns);
	cclose(p->dot);
	cclose(p->slash);
	free(p);
}

/* Copy from's mount table, root and dot into to, a new group. */
void
pgrpcpy(Pgrp *to, Pgrp *from)
{
	Mhead *f, **l, *mh;
	Mount *m, **link;
	int i;

	rlock(&from->ns);
	for(i = 0; i < MNTHASH; i++){
		l = &to->mnthash[i];
		for(f = from->mnthash[i]; f != nil; f = f->hash){
			rlock(&f->lock);
			mh = smalloc(sizeof(Mhead));
			mh->r.ref = 1;
			mh->from = f->from;
			incchan(mh->from);
			*l = mh;
			l = &mh->hash;
			link = &mh->mount;
			for(m = f->mount; m != nil; m = m->next){
				*link = newmount(mh, m->to, m->mflag, m->spec);
				(*link)->mountid = m->mountid;	/* keep the order /prog/N/ns shows */
				link = &(*link)->next;
			}
			runlock(&f->lock);
		}
	}
	to->slash = from->slash;
	if(to->slash != nil)
		incchan(to->slash);
	to->dot = from->dot;
	if(to->dot != nil)
		incchan(to->dot);
	to->nodevs = from->nodevs;
	to->progmode = from->progmode;
	runlock(&from->ns);
}

Pgrp*
forkpgrp(Pgrp *from)
{
	Pgrp *p;

	p = newpgrp();
	pgrpcpy(p, from);
	return p;
}

/* A new fd table: a copy of old's, or empty if old is nil. */
Fgrp*
newfgrp(Fgrp *old)
{
	Fgrp *new;
	int n, i;

	new = smalloc(sizeof(Fgrp));
	new->ref = 1;
	n = DELTAFD;
	if(old != nil){
		lock(&old->l);
		if(old->maxfd >= n)
			n = (old->maxfd+1 + DELTAFD-1)/DELTAFD * DELTAFD;
		new->fd = malloc(n*sizeof(Chan*));
		if(new->fd == nil){
			unlock(&old->l);
			free(new);
			error(Enomem);
		}
		new->nfd = n;
		new->maxfd = old->maxfd;
		new->minfd = old->minfd;
		for(i = 0; i <= old->maxfd; i++)
			if((new->fd[i] = old->fd[i]) != nil)
				incchan(new->fd[i]);
		unlock(&old->l);
		return new;
	}
	new->fd = smalloc(n*sizeof(Chan*));
	new->nfd = n;
	new->maxfd = -1;
	return new;
}

Fgrp*
dupfgrp(Fgrp *f)
{
	return newfgrp(f);
}

/* Take fd out of table f (not necessarily the caller's): its Chan, or nil if it was not open. */
Chan*
fgrptake(Fgrp *f, int fd)
{
	Chan *c;

	lock(&f->l);
	if(fd < 0 || fd > f->maxfd || (c = f->fd[fd]) == nil){
		unlock(&f->l);
		return nil;
	}
	f->fd[fd] = nil;
	if(fd == f->maxfd)
		while(f->maxfd >= 0 && f->fd[f->maxfd] == nil)
			f->maxfd--;
	if(fd < f->minfd)
		f->minfd = fd;
	unlock(&f->l);
	return c;
}

void
closefgrp(Fgrp *f)
{
	int i;
	Chan *c;

	if(f == nil)
		return;
	lock(&f->l);
	if(--f->ref > 0){
		unlock(&f->l);
		return;
	}
	unlock(&f->l);
	for(i = 0; i <= f->maxfd; i++)
		if((c = f->fd[i]) != nil){
			f->fd[i] = nil;
			cclose(c);
		}
	free(f->fd);
	free(f);
}

Egrp*
newegrp(void)
{
	Egrp *e;

	e = smalloc(sizeof(Egrp));
	e->r.ref = 1;
	return e;
}

static void
freeevalue(Evalue *v)
{
	free(v->var);
	free(v->val);
	free(v);
}

/* A private copy of e's variables. */
Egrp*
dupegrp(Egrp *e)
{
	Egrp *n;
	Evalue *v, *nv, **l;

	n = newegrp();
	if(e == nil)
		return n;
	qlock(&e->l);
	l = &n->entries;
	for(v = e->entries; v != nil; v = v->next){
		nv = smalloc(sizeof(Evalue));
		nv->var = kstrdup(v->var);
		nv->len = v->len;
		if(v->len > 0){
			nv->val = smalloc(v->len);
			memmove(nv->val, v->val, v->len);
		}
		nv->qid = v->qid;
		*l = nv;
		l = &nv->next;
	}
	n->path = e->path;
	n->vers = e->vers;
	qunlock(&e->l);
	return n;
}

void
closeegrp(Egrp *e)
{
	Evalue *v, *next;

	if(e == nil || decref(&e->r) != 0)
		return;
	for(v = e->entries; v != nil; v = next){
		next = v->next;
		freeevalue(v);
	}
	free(e);
}

/*
 * Give child the groups of parent as pctl's flags say: KPDUPPG etc.
 * share; otherwise the child gets its own copies. The user is copied.
 */
void
forkosenv(Osenv *child, Osenv *parent, int share)
{
	if(share & KPDUPPG){
		incref(&parent->pgrp->r);
		child->pgrp = parent->pgrp;
	}else
		child->pgrp = forkpgrp(parent->pgrp);
	if(share & KPDUPFDG){
		lock(&parent->fgrp->l);
		parent->fgrp->ref++;
		unlock(&parent->fgrp->l);
		child->fgrp = parent->fgrp;
	}else
		child->fgrp = dupfgrp(parent->fgrp);
	if(share & KPDUPENVG){
		incref(&parent->egrp->r);
		child->egrp = parent->egrp;
	}else
		child->egrp = dupegrp(parent->egrp);
	kstrdupto(&child->user, parent->user);
}

Osenv*
newosenv(void)
{
	return smalloc(sizeof(Osenv));
}

void
closeosenv(Osenv *o)
{
	closefgrp(o->fgrp);
	closepgrp(o->pgrp);
	closeegrp(o->egrp);
	free(o->user);
	free(o);
}
