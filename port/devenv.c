/*
 * #e: the environment group of the current process as a one-level
 * directory, one file per variable. Create and write set a variable,
 * read gives its value, remove unsets it. Groups themselves (new,
 * shared, copied) are pgrp.c's.
 */
#include "all.h"

/* Qid path 0 is the directory; each variable gets the next path of its group, from 1. */

static Egrp*
envgrp(void)
{
	Egrp *eg;

	eg = up->env->egrp;
	if(eg == nil)
		error(Enoenv);
	return eg;
}

/* The variable called name, or with qid path, in eg. eg->l held. */
static Evalue*
envlookup(Egrp *eg, char *name, uvlong path)
{
	Evalue *e;

	for(e = eg->entries; e != nil; e = e->next)
		if(name != nil ? strcmp(e->var, name) == 0 : e->qid.path == path)
			return e;
	return nil;
}

/* The variable c is open on, with its group (*egp) locked; Enonexist if it has gone. */
static Evalue*
envfile(Chan *c, Egrp **egp)
{
	Egrp *eg;
	Evalue *e;

	eg = envgrp();
	qlock(&eg->l);
	e = envlookup(eg, nil, c->qid.path);
	if(e == nil){
		qunlock(&eg->l);
		error(Enonexist);
	}
	*egp = eg;
	return e;
}

static void
envdir(Chan *c, Evalue *e, Dir *dp)
{
	strecpy(up->genbuf, up->genbuf+sizeof up->genbuf, e->var);
	devdir(c, e->qid, up->genbuf, e->len, eve, 0666, dp);
}

/* Entry i of the group, or the one called name if the caller gives it. */
static int
envgen(Chan *c, char *name, Dirtab *tab, int ntab, int i, Dir *dp)
{
	Egrp *eg;
	Evalue *e;

	if(i == DEVDOTDOT){
		devdir(c, (Qid){0, 0, QTDIR}, "#e", 0, eve, DMDIR|0775, dp);
		return 1;
	}
	eg = envgrp();
	qlock(&eg->l);
	if(name != nil){
		e = nil;
		if(strlen(name) <= ENAMEMAX)
			e = envlookup(eg, name, 0);
	}else
		for(e = eg->entries; e != nil && i > 0; e = e->next)
			i--;
	if(e == nil){
		qunlock(&eg->l);
		return -1;
	}
	envdir(c, e, dp);
	qunlock(&eg->l);
	return 1;
}

static Chan*
envattach(char *spec)
{
	if(up->env->egrp == nil)
		error(Enoenv);
	return devattach('e', spec);
}

static Walkqid*
envwalk(Chan *c, Chan *nc, char **name, int nname)
{
	return devwalk(c, nc, name, nname, nil, 0, envgen);
}

static int
envstat(Chan *c, uchar *db, int n)
{
	Egrp *eg;
	Evalue *e;
	Dir d;

	if(c->qid.type & QTDIR)
		return devstat(c, db, n, nil, 0, envgen);
	e = envfile(c, &eg);
	envdir(c, e, &d);
	qunlock(&eg->l);
	n = convD2M(&d, db, n);
	if(n <= BIT16SZ)
		error(Eshortstat);
	return n;
}

static Chan*
envopen(Chan *c, int omode)
{
	Egrp *eg;
	Evalue *e;

	if(c->qid.type & QTDIR){
		if(omode != OREAD)
			error(Eperm);
	}else{
		e = envfile(c, &eg);
		if((omode & OTRUNC) && (omode & 3) != OREAD){
			free(e->val);
			e->val = nil;
			e->len = 0;
			e->qid.vers++;
			eg->vers++;
		}
		qunlock(&eg->l);
	}
	c->mode = openmode(omode);
	c->flag |= COPEN;
	c->offset = 0;
	return c;
}

/* A new, empty variable name at the end of eg (eg->l held); nil if memory is short. */
static Evalue*
envappend(Egrp *eg, char *name)
{
	Evalue *e, **l;

	e = mallocz(sizeof(Evalue), 1);
	if(e == nil)
		return nil;
	e->var = mallocz(strlen(name)+1, 0);
	if(e->var == nil){
		free(e);
		return nil;
	}
	strcpy(e->var, name);
	mkqid(&e->qid, ++eg->path, 0, QTFILE);
	for(l = &eg->entries; *l != nil; l = &(*l)->next)
		;
	*l = e;
	return e;
}

static void
envcreate(Chan *c, char *name, int omode, ulong perm)
{
	Egrp *eg;
	Evalue *e;

	if(!(c->qid.type & QTDIR))
		error(Eperm);
	if(perm & DMDIR)
		error(Eperm);
	if(strlen(name) > ENAMEMAX)
		error(Etoobig);
	if(name[0] == '\0' || strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
		error(Efilename);
	omode = openmode(omode);
	eg = envgrp();
	qlock(&eg->l);
	if(envlookup(eg, name, 0) != nil){
		qunlock(&eg->l);
		error(Eexist);
	}
	e = envappend(eg, name);
	if(e == nil){
		qunlock(&eg->l);
		error(Enomem);
	}
	eg->vers++;
	c->qid = e->qid;
	qunlock(&eg->l);
	c->mode = omode;
	c->flag |= COPEN;
	c->offset = 0;
}

/* Unset the variable c names. */
static void
envremove(Chan *c)
{
	Egrp *eg;
	Evalue *e, **l;

	if(c->qid.type & QTDIR)
		error(Eperm);
	eg = envgrp();
	qlock(&eg->l);
	for(l = &eg->entries; (e = *l) != nil; l = &e->next)
		if(e->qid.path == c->qid.path)
			break;
	if(e == nil){
		qunlock(&eg->l);
		error(Enonexist);
	}
	*l = e->next;
	eg->vers++;
	qunlock(&eg->l);
	free(e->var);
	free(e->val);
	free(e);
}

static void
envclose(Chan *c)
{
	/* close cannot fail: a remove on close that does is ignored */
	if((c->flag & COPEN) && (c->flag & CRCLOSE)){
		if(!waserror()){
			envremove(c);
			poperror();
		}
	}
}

static long
envread(Chan *c, void *va, long n, vlong offset)
{
	Egrp *eg;
	Evalue *e;

	if(c->qid.type & QTDIR)
		return devdirread(c, va, n, nil, 0, envgen);
	if(offset < 0)
		error(Enegoff);
	e = envfile(c, &eg);
	if(offset >= e->len || n <= 0)
		n = 0;
	else{
		if(offset + n > e->len)
			n = e->len - offset;
		memmove(va, e->val + offset, n);
	}
	qunlock(&eg->l);
	return n;
}

/* Write at offset, growing the value (with zeros over any gap) up to EVALUEMAX bytes. */
static long
envwrite(Chan *c, void *va, long n, vlong offset)
{
	Egrp *eg;
	Evalue *e;
	char *v;
	vlong end;

	if(c->qid.type & QTDIR)
		error(Eisdir);
	if(offset < 0)
		error(Enegoff);
	if(n < 0)
		error(Ebadarg);
	end = offset + n;
	if(end > EVALUEMAX)
		error(Etoobig);
	e = envfile(c, &eg);
	if(end > e->len){
		v = realloc(e->val, end);	/* the new bytes come zeroed */
		if(v == nil){
			qunlock(&eg->l);
			error(Enomem);
		}
		e->val = v;
		e->len = end;
	}
	if(n > 0)
		memmove(e->val + offset, va, n);
	e->qid.vers++;
	eg->vers++;
	qunlock(&eg->l);
	return n;
}

/* Set name to the string val in the current group, making it if need be. */
void
ksetenv(char *name, char *val)
{
	Egrp *eg;
	Evalue *e;
	char *v;
	int n;

	n = strlen(val);
	if(strlen(name) > ENAMEMAX || n > EVALUEMAX)
		error(Etoobig);
	if(name[0] == '\0')
		error(Efilename);
	v = nil;
	if(n > 0){
		v = malloc(n);
		if(v == nil)
			error(Enomem);
		memmove(v, val, n);
	}
	eg = envgrp();
	qlock(&eg->l);
	e = envlookup(eg, name, 0);
	if(e == nil){
		e = envappend(eg, name);
		if(e == nil){
			qunlock(&eg->l);
			free(v);
			error(Enomem);
		}
	}
	free(e->val);
	e->val = v;
	e->len = n;
	e->qid.vers++;
	eg->vers++;
	qunlock(&eg->l);
}

Dev envdevtab = {
	'e',
	"env",

	devreset,
	devinit,
	devshutdown,
	envattach,
	envwalk,
	envstat,
	envopen,
	envcreate,
	envclose,
	envread,
	devbread,
	envwrite,
	devbwrite,
	envremove,
	devwstat,
};
