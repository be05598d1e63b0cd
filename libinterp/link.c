/*
 * Modules at run time (dis-isa.md §7, dis-link.md §1, §7): the
 * registry of built-in modules, loading .dis files through the
 * kernel into shared Rmods (cached by file identity), each instance's
 * module data, and linking an import list into a module handle. The
 * loader proper (checking a file) is load.c; running code is xec.c.
 *
 * Ownership: an Rmod is counted by the module handles that link to
 * it (and by a load in progress); the cache holds no reference, and
 * an Rmod leaves it when its last handle goes. A built-in Rmod is
 * never freed. A handle holds one reference to its instance's module
 * data (a heap object of the module's type 0), and a $self handle
 * one to the instance's handle too. The data section's strings are
 * made once per loaded file and shared by its instances: the Lmod
 * holds a reference to each (a counted reference from outside the
 * heap, which the collector takes as a root).
 */
#include "all.h"
#include "interp.h"

enum {
	Maxfile = 8*1024*1024,	/* Inferno's bound on a .dis file */
	Statbuf = STATFIXLEN+4*KNAMELEN+256,	/* a .dis file's stat, or its Dir's strings */
};

/* A loaded file's Rmod and what link.c keeps beside it. */
typedef struct Lmod Lmod;
struct Lmod {
	Rmod	r;		/* first: an Rmod* of a loaded file is an Lmod* */
	Dptr	*strs;		/* per data item: its string, made by the first instance; H until then */
	int	prepared;	/* r's module, types and exports are a Prepmod's, in read-only memory: not freed */
};

static Rmod *builtins;		/* "$Name" modules; the VM */
static Rmod *modcache;		/* loaded files, through Rmod.next; the VM */

static char exObsolete[] = "obsolete dis";

/*
 * Register a built-in module. Its table stays where it is (read-only
 * memory on a small machine); an export's Rlink and frame type are made
 * when a module first links to it (builtinlink).
 */
void
builtinmod(char *name, const Runtab *tab)
{
	Rmod *r;
	int n;

	for(n = 0; tab[n].name != nil; n++)
		if(tab[n].size > 0 && (tab[n].np < 0 || tab[n].np > (int)sizeof tab[n].map))
			panic("builtinmod: %s.%s: bad frame map", name, tab[n].name);
	r = mallocz(sizeof(Rmod), 1);
	if(r == nil)
		panic("builtinmod: no memory for %s", name);
	r->ref = 1;		/* the registry's, never dropped */
	r->path = name;
	r->name = name;
	r->nlink = n;
	r->tab = tab;
	r->tablink = mallocz((n > 0 ? n : 1) * sizeof(Rlink*), 1);
	if(r->tablink == nil)
		panic("builtinmod: no memory for %s", name);
	r->next = builtins;
	builtins = r;
}

/*
 * Export i of built-in r, made on first use with its frame type in the
 * same allocation; the type's map is the table's own, so that it counts
 * as static (never counted, never freed). nil if there is no memory.
 */
static Rlink*
builtinlink(Rmod *r, int i)
{
	const Runtab *t;
	Rlink *l;
	Dtype *ft;

	if(r->tablink[i] != nil)
		return r->tablink[i];
	t = &r->tab[i];
	l = mallocz(sizeof(Rlink) + sizeof(Dtype), 1);
	if(l == nil)
		return nil;
	l->name = t->name;
	l->sig = t->sig;
	l->fn = t->fn;
	/* a variadic function has no frame of its own: the caller builds one (frame, not mframe) */
	l->frame = nil;
	if(t->size > 0){
		ft = (Dtype*)(l+1);
		ft->ref = 1;
		ft->size = t->size;
		ft->np = t->np;
		ft->map = (uchar*)t->map;	/* read only: not mapbuf, so never counted or freed */
		l->frame = ft;
	}
	r->tablink[i] = l;
	return l;
}

static Rlink*
findlink(Rmod *r, char *name)
{
	int i;

	if(r->tab != nil){
		for(i = 0; i < r->nlink; i++)
			if(strcmp(r->tab[i].name, name) == 0)
				return builtinlink(r, i);
		return nil;
	}
	for(i = 0; i < r->nlink; i++)
		if(strcmp(r->link[i].name, name) == 0)
			return &r->link[i];
	return nil;
}

void
rmoddecref(Rmod *r)
{
	Rmod **l;
	Lmod *lm;
	int i;

	if(--r->ref > 0)
		return;
	if(r->m == nil){
		/* a built-in: the registry's reference cannot go */
		r->ref = 1;
		return;
	}
	for(l = &modcache; *l != nil; l = &(*l)->next)
		if(*l == r){
			*l = r->next;
			break;
		}
	lm = (Lmod*)r;
	if(lm->strs != nil){
		for(i = 0; i < r->m->ndata; i++)
			destroy(lm->strs[i]);
		free(lm->strs);
	}
	if(lm->prepared){
		free(r->path);
		free(r);
		return;
	}
	for(i = 0; i < r->ntype; i++)
		freetype(r->type[i]);
	free(r->type);
	free(r->link);
	free(r->path);
	disfreemod(r->m);
	free(r);
}

/* The Rmod of a freshly loaded Module m, counted once for the caller. */
static Rmod*
newrmod(Module *m, char *path, Dir *d)
{
	Lmod *lm;
	Rmod *r;
	Rlink *rl;
	Link *l;
	int i;

	lm = mallocz(sizeof(Lmod), 1);
	if(lm == nil){
		disfreemod(m);
		error(Enomem);
	}
	r = &lm->r;
	r->m = m;
	r->ref = 1;
	if(waserror()){
		rmoddecref(r);
		nexterror();
	}
	r->path = kstrdup(path);
	r->name = m->name;
	r->prog = m->prog;
	r->nprog = m->nprog;
	r->qid = d->qid;
	r->dtype = d->type;
	r->dev = d->dev;
	r->type = mallocz((m->ntype > 0 ? m->ntype : 1) * sizeof(Dtype*), 1);
	r->link = mallocz((m->nlink > 0 ? m->nlink : 1) * sizeof(Rlink), 1);
	if(r->type == nil || r->link == nil)
		error(Enomem);
	for(i = 0; i < m->ntype; i++){
		r->type[i] = dtype(m->type[i].size, m->type[i].map, m->type[i].np);
		r->ntype = i+1;
	}
	r->nlink = m->nlink;
	for(i = 0; i < m->nlink; i++){
		l = &m->link[i];
		rl = &r->link[i];
		rl->name = l->name;
		rl->sig = l->sig;
		rl->pc = l->pc >= 0 ? &m->prog[l->pc] : nil;	/* -1: ".mp", data, not code */
		rl->frame = l->type >= 0 ? r->type[l->type] : nil;
	}
	xecprepare(r);
	poperror();
	return r;
}

/*
 * The Rmod of a module prepared at build time (a file of the root,
 * tools/dismod), counted once for the caller: only it and the path
 * are made; the module, its types and exports are used in place.
 */
static Rmod*
newprepared(const Prepmod *pm, char *path, Dir *d)
{
	Lmod *lm;
	Rmod *r;

	lm = mallocz(sizeof(Lmod), 1);
	if(lm == nil)
		error(Enomem);
	r = &lm->r;
	lm->prepared = 1;
	r->m = pm->m;
	r->ref = 1;
	r->path = kstrdup(path);
	if(r->path == nil){
		free(lm);
		error(Enomem);
	}
	r->name = r->m->name;
	r->prog = r->m->prog;
	r->nprog = r->m->nprog;
	r->qid = d->qid;
	r->dtype = d->type;
	r->dev = d->dev;
	r->type = pm->type;
	r->ntype = r->m->ntype;
	r->link = pm->link;
	r->nlink = r->m->nlink;
	return r;
}

/* The prepared module of the file at path, if the root has one; the file's identity in *d. */
static const Prepmod*
prepared(char *path, Dir *d)
{
	uchar *stat, *strs;
	const Prepmod *pm;
	long n;
	int released;

	if(nrootmods == 0)
		return nil;
	stat = malloc(2*Statbuf);	/* not on a small kernel stack, under namec's frames */
	if(stat == nil)
		return nil;
	strs = stat + Statbuf;
	released = 0;
	if(up->prog != nil){
		release();
		released = 1;
	}
	pm = nil;
	n = kstat(path, stat, Statbuf);
	if(n > 0 && convM2D(stat, n, d, (char*)strs) != 0)
		pm = rootmodule(d);
	free(stat);	/* d's strings go with it: only its qid, type and dev are used */
	if(released)
		acquire();
	return pm;
}

/*
 * Read the file at path through the kernel (the Prog's name space)
 * into a new buffer; the file's identity in *d. A Prog running Dis
 * code lets the VM go meanwhile. nil, with err, on failure.
 */
static uchar*
readdis(char *path, Dir *d, ulong *lenp, char *err, int nerr)
{
	uchar *stat, *strs;
	uchar *buf, *nbuf;
	ulong len, cap;
	long n;
	int fd, released;

	stat = malloc(2*Statbuf);	/* not on a small kernel stack */
	if(stat == nil){
		snprint(err, nerr, "%s", Enomem);
		return nil;
	}
	strs = stat + Statbuf;
	buf = nil;
	released = 0;
	if(up->prog != nil){
		release();
		released = 1;
	}
	fd = kopen(path, OREAD);
	if(fd < 0)
		goto Fail;
	n = kfstat(fd, stat, Statbuf);
	if(n < 0)
		goto Fail;
	if(convM2D(stat, n, d, (char*)strs) == 0){
		kwerrstr("%s", Eshortstat);
		goto Fail;
	}
	cap = d->length > 0 && d->length <= Maxfile ? d->length : 8192;
	buf = malloc(cap);
	if(buf == nil){
		kwerrstr("%s", Enomem);
		goto Fail;
	}
	len = 0;
	for(;;){
		if(len == cap){
			if(cap > Maxfile){
				kwerrstr("implausible length");
				goto Fail;
			}
			cap *= 2;
			nbuf = realloc(buf, cap);
			if(nbuf == nil){
				kwerrstr("%s", Enomem);
				goto Fail;
			}
			buf = nbuf;
		}
		n = kread(fd, buf+len, cap-len);
		if(n < 0)
			goto Fail;
		if(n == 0)
			break;
		len += n;
	}
	if(len > Maxfile){
		kwerrstr("implausible length");
		goto Fail;
	}
	kclose(fd);
	free(stat);	/* d's strings go with it: only its qid, type and dev are used */
	if(released)
		acquire();
	*lenp = len;
	return buf;

Fail:
	strecpy(err, err+nerr, up->env->errstr);
	if(fd >= 0)
		kclose(fd);
	free(buf);
	free(stat);
	if(released)
		acquire();
	return nil;
}

/* The loaded module of the file at path: the cached one if the file is unchanged. */
static Rmod*
readmod(char *path, char *err, int nerr)
{
	const Prepmod *pm;
	Rmod *r;
	Module *m;
	uchar *buf;
	ulong len;
	Dir d;

	pm = prepared(path, &d);
	if(pm != nil){
		for(r = modcache; r != nil; r = r->next)
			if(r->m == pm->m && strcmp(r->path, path) == 0 && r->qid.path == d.qid.path &&
			   r->dtype == d.type && r->dev == d.dev){
				r->ref++;
				return r;
			}
		r = newprepared(pm, path, &d);
		r->next = modcache;
		modcache = r;
		return r;
	}
	buf = readdis(path, &d, &len, err, nerr);
	if(buf == nil)
		return nil;
	for(r = modcache; r != nil; r = r->next)
		if(strcmp(r->path, path) == 0 && r->qid.path == d.qid.path &&
		   r->qid.vers == d.qid.vers && r->qid.type == d.qid.type &&
		   r->dtype == d.type && r->dev == d.dev){
			r->ref++;
			free(buf);
			return r;
		}
	m = disload(buf, len, err, nerr);
	free(buf);
	if(m == nil)
		return nil;
	r = newrmod(m, path, &d);
	r->next = modcache;
	modcache = r;
	return r;
}

uchar*
newmp(Rmod *r)
{
	Module *m;
	Lmod *lm;
	Heap *h;
	Ditem *d, *e;
	Array *a;
	uchar *base, *at, *stack[Maxbase];
	Dptr mp, old;
	u64int v;
	int i, j, sp;

	m = r->m;
	if(m == nil || m->datasize == 0 || r->ntype == 0)
		return nil;
	lm = (Lmod*)r;
	h = heapz(r->type[0]);
	mp = P2D(H2D(h));
	if(waserror()){
		destroy(mp);
		nexterror();
	}
	base = H2D(h);
	sp = 0;
	e = m->data + m->ndata;
	for(d = m->data; d < e; d++){
		at = base + d->off;
		switch(d->kind){
		case Dbyte:
			memmove(at, d->p, d->n);
			break;
		case Dword:
			for(i = 0; i < d->n; i++)
				UW(at + 4*i) = disget32(d->p + 4*i);
			break;
		case Dreal:
		case Dbig:
			for(i = 0; i < d->n; i++){
				v = disget64(d->p + 8*i);
				memmove(at + 8*i, &v, 8);
			}
			break;
		case Dstring:
			/* made by the first instance, shared by the rest (strings are immutable once shared) */
			j = d - m->data;
			old = P(at);
#ifdef Roheap
			if(lm->prepared && d->a == Drostring){
				/* a String in read-only memory: used in place, never counted */
				P(at) = P2D(d->p - offsetof(String, data));
				destroy(old);
				break;
			}
#endif
			if(lm->strs == nil){
				lm->strs = malloc(m->ndata * sizeof(Dptr));
				if(lm->strs == nil)
					error(Enomem);
				for(i = 0; i < m->ndata; i++)
					lm->strs[i] = H;
			}
			if(lm->strs[j] == H)
				lm->strs[j] = c2string((char*)d->p, d->n);
			P(at) = lm->strs[j];
			addref(P(at));
			destroy(old);
			break;
		case Darray:
			a = newarray(r->type[d->a], d->b, 1);
			old = P(at);
			P(at) = P2D(a);
			destroy(old);
			break;
		case Dindex:
			a = D2P(P(at));
			stack[sp++] = base;
			base = a->data + d->a * a->t->size;
			break;
		case Dpop:
			base = stack[--sp];
			break;
		}
	}
	poperror();
	return H2D(h);
}

Modlink*
linkmod(Rmod *r, uchar *mp, Import *imp, char *err, int nerr)
{
	Heap *h;
	Modlink *ml;
	Rlink *l;
	Ifunc *f;
	Dptr mpd;
	int i, n;

	mpd = mp != nil ? P2D(mp) : H;
	if(imp == nil){
		snprint(err, nerr, "%s", exObsolete);
		destroy(mpd);
		return nil;
	}
	n = imp->n;
	for(i = 0; i < n; i++){
		f = &imp->f[i];
		l = findlink(r, f->name);
		if(l == nil || l->sig != f->sig){
			/* a missing name reads as a mismatch against sig 0, as Inferno reports it */
			snprint(err, nerr, "link typecheck %s->%s() %ux/%ux",
				r->name, f->name, l != nil ? l->sig : 0, f->sig);
			destroy(mpd);
			return nil;
		}
	}
	if(waserror()){
		destroy(mpd);
		nexterror();
	}
	h = nheap(sizeof(Modlink) + n*sizeof(Modl));
	poperror();
	h->t = &Tmodlink;
	ml = (Modlink*)H2D(h);
	ml->MP = mpd;
	ml->m = r;
	r->ref++;
	ml->self = H;
	ml->nlinks = n;
	for(i = 0; i < n; i++){
		l = findlink(r, imp->f[i].name);
		ml->links[i].pc = l->pc;
		ml->links[i].fn = l->fn;
		ml->links[i].frame = l->frame;
		ml->links[i].l = l;
	}
	return ml;
}

Modlink*
mklinkself(Modlink *ml, Import *imp, char *err, int nerr)
{
	Modlink *n;
	Dptr inst;

	addref(ml->MP);
	n = linkmod(ml->m, ml->MP != H ? D2P(ml->MP) : nil, imp, err, nerr);
	if(n == nil)
		return nil;
	/* the instance is the handle it was loaded as: a $self of a $self names the same one */
	inst = ml->self != H ? ml->self : P2D(ml);
	addref(inst);
	n->self = inst;
	return n;
}

void
freemodlink(Heap *h, int swept)
{
	Modlink *ml;

	USED(swept);	/* destroy leaves objects the collector is freeing alone */
	ml = (Modlink*)H2D(h);
	destroy(ml->MP);
	ml->MP = H;
	destroy(ml->self);
	ml->self = H;
	if(ml->m != nil)
		rmoddecref(ml->m);
	ml->m = nil;
}

Modlink*
loadmod(char *path, Import *imp, char *err, int nerr)
{
	Rmod *volatile r;
	Modlink *ml;
	Prog *p;
	uchar *mp;

	err[0] = '\0';
	if(path[0] == '$'){
		p = currun();
		if(strcmp(path, "$self") == 0 && p != nil && p->R.M != nil)
			return mklinkself(p->R.M, imp, err, nerr);
		for(r = builtins; r != nil; r = r->next)
			if(strcmp(r->path, path) == 0)
				break;
		if(r == nil){
			snprint(err, nerr, "module not built-in");
			return nil;
		}
		return linkmod(r, nil, imp, err, nerr);
	}
	r = nil;
	if(waserror()){
		if(r != nil)
			rmoddecref(r);
		strecpy(err, err+nerr, up->env->errstr);
		return nil;
	}
	r = readmod(path, err, nerr);
	if(r == nil){
		poperror();
		return nil;
	}
	if(imp == nil || (r->m->rt & HASLDT) == 0)
		error(exObsolete);
	mp = newmp(r);
	ml = linkmod(r, mp, imp, err, nerr);	/* takes mp; the handle counts r */
	poperror();
	rmoddecref(r);
	return ml;
}
