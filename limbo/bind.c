/*
 * Binding: the first semantic pass over a parsed file. It enters
 * every declaration in its scope, points each name used (Oname.decl)
 * and each type written as a name (Type.bound) at its declaration,
 * matches function definitions to their declarations, and checks
 * what needs no types: undeclared and redeclared names, names that
 * are not types, members of modules and adts, labels of break and
 * continue, and that the implemented modules' functions are defined.
 * It does not check types; the tree is not changed except for those
 * pointers, so it prints the same after binding.
 *
 * Scopes: the file's top level (with the implemented modules'
 * members), a module's or adt's members while their types are bound,
 * a function's parameters together with its body's outer block, each
 * inner block, each arm of case, alt, pick and exception handlers,
 * and a loop or if body that is a single statement. "x := e" declares
 * x in the current scope, so i from "for(i := 0; ...)" lives on after
 * the loop.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include "limbo.h"

enum {
	Lloop = 1,	/* kinds of statement a label or a bare break can name */
	Lother,
};

typedef struct Label Label;
struct Label {
	Sym	*sym;
	int	kind;
};

static Decl	**stack;	/* declarations in scope, innermost last */
static int	nstack, capstack;
static int	*scopes;	/* where each scope starts in stack */
static int	nscope, capscope;
static Label	*labels;	/* enclosing labelled statements of the function */
static int	nlabel, caplabel;
static Sym	*iota;		/* the name iota, declared inside con expressions */
static Node	*implnames[16];	/* the names after implement */
static int	nimplnames;
static Decl	*implmods[16];	/* the modules they name */
static int	nimpl;

static void	bindexpr(Node*);
static void	bindtype(Type*);
static void	bindstmt(Node*);
static void	bindstmts(Node*);

static void
pushscope(void)
{
	int *ns;

	if(nscope == capscope){
		capscope = capscope ? 2*capscope : 64;
		ns = lalloc(capscope * sizeof *ns);
		if(nscope > 0)
			memcpy(ns, scopes, nscope * sizeof *ns);
		scopes = ns;
	}
	scopes[nscope++] = nstack;
}

static void
popscope(void)
{
	Decl *d;
	int i;

	nscope--;
	/* -w: a local variable never mentioned after its declaration */
	if(front.warn && nscope > 0)
		for(i = scopes[nscope]; i < nstack; i++){
			d = stack[i];
			if(d->kind == Dvar && d->refs == 0)
				lwarn(d->src, "%s declared and not used", d->sym->name);
		}
	while(nstack > scopes[nscope]){
		d = stack[--nstack];
		d->sym->decl = d->old;
	}
}

static char*
where(Src src)
{
	static char buf[256];

	snprintf(buf, sizeof buf, "%s:%d", srcfile(src.file), src.line);
	return buf;
}

/* d in the current scope; reports a name already declared in it */
static void
declare(Decl *d)
{
	Decl **ns, *o;
	Sym *s;

	s = d->sym;
	if(s == nil)
		return;
	o = s->decl;
	if(o != nil && o->scope == nscope){
		lerror(d->src, "redeclaration of %s (previous declaration %s)", s->name, where(o->src));
		return;
	}
	if(nstack == capstack){
		capstack = capstack ? 2*capstack : 256;
		ns = lalloc(capstack * sizeof *ns);
		if(nstack > 0)
			memcpy(ns, stack, nstack * sizeof *ns);
		stack = ns;
	}
	d->old = o;
	d->scope = nscope;
	s->decl = d;
	stack[nstack++] = d;
}

static void
pushlabel(Sym *s, int kind)
{
	Label *nl;

	if(nlabel == caplabel){
		caplabel = caplabel ? 2*caplabel : 32;
		nl = lalloc(caplabel * sizeof *nl);
		if(nlabel > 0)
			memcpy(nl, labels, nlabel * sizeof *nl);
		labels = nl;
	}
	labels[nlabel].sym = s;
	labels[nlabel].kind = kind;
	nlabel++;
}

/* the member named s of a list of declarations */
static Decl*
member(Decl *l, Sym *s)
{
	for(; l != nil; l = l->next)
		if(l->sym == s)
			return l;
	return nil;
}

/* the module type a declaration names or holds (a module type, or a handle to one), or nil */
static Type*
modtype(Decl *d)
{
	Type *t;

	if(d == nil)
		return nil;
	t = d->ty;
	if(d->kind == Dimport && d->def != nil)
		return modtype(d->member);
	if(t == nil)
		return nil;
	if(d->kind == Dtype && t->kind == Tmodule)
		return t;
	if((d->kind == Dvar || d->kind == Darg) && t->kind == Tmodule)
		return t;	/* h := load M path */
	if((d->kind == Dvar || d->kind == Darg) && t->kind == Tname){
		if(!t->checked)
			bindtype(t);	/* declared later in the file */
		if(t->bound != nil && t->bound->kind == Tmodule)
			return t->bound;
	}
	return nil;
}

/* what an import declaration names: the member of its module, or nil (reported) */
static Decl*
resolveimport(Decl *d)
{
	Node *e;
	Type *m;
	Decl *x;

	if(d->member != nil || d->def != nil)
		return d->member;
	d->def = d->init;	/* marks it resolved, even if that fails */
	e = d->init;
	bindexpr(e);
	if(e->op != Oname || e->decl == nil)
		return nil;
	m = modtype(e->decl);
	if(m == nil){
		lerror(d->src, "%s is not a module", e->sym->name);
		return nil;
	}
	x = member(m->ids, d->sym);
	if(x == nil){
		lerror(d->src, "%s is not a member of %s", d->sym->name, m->decl->sym->name);
		return nil;
	}
	d->member = x;
	return x;
}

/* the type declaration that d, a name used as a type, stands for */
static Decl*
typedecl(Decl *d)
{
	if(d != nil && d->kind == Dimport)
		d = resolveimport(d);
	if(d != nil && (d->kind == Dtype || d->kind == Dtparam))
		return d;
	return nil;
}

static void
bindname(Type *t)
{
	Decl *d, *md;
	Type *m, *b;

	if(t->checked)
		return;
	t->checked = 1;
	if(t->mod != nil){
		md = t->mod->decl;
		if(md == nil){
			lerror(t->src, "%s is not declared", t->mod->name);
			return;
		}
		m = modtype(md);
		if(m == nil){
			lerror(t->src, "%s is not a module", t->mod->name);
			return;
		}
		d = member(m->ids, t->sym);
		if(d == nil){
			lerror(t->src, "%s is not a member of %s", t->sym->name, t->mod->name);
			return;
		}
		if(d->kind != Dtype){
			lerror(t->src, "%s->%s is not a type", t->mod->name, t->sym->name);
			return;
		}
	}else{
		d = t->sym->decl;
		if(d == nil){
			lerror(t->src, "%s is not declared", t->sym->name);
			return;
		}
		d = typedecl(d);
		if(d == nil){
			lerror(t->src, "%s is not a type", t->sym->name);
			return;
		}
	}
	b = d->ty;
	if(t->tag != nil){
		if(b->kind != Tadt || b->tags == nil){
			lerror(t->src, "%s is not a pick adt", t->sym->name);
			return;
		}
		d = member(b->tags, t->tag);
		if(d == nil){
			lerror(t->src, "%s is not a variant of %s", t->tag->name, t->sym->name);
			return;
		}
		b = d->ty;
	}
	t->bound = b;
}

static void
bindtypes(Decl *l)
{
	for(; l != nil; l = l->next)
		if(l->ty != nil && (l->next == nil || l->next->ty != l->ty))
			bindtype(l->ty);
}

static void
declaretparams(Decl *l)
{
	for(; l != nil; l = l->next)
		declare(l);
}

static void
bindconstraints(Decl *l)
{
	for(; l != nil; l = l->next)
		bindtypes(l->ty->ids);
}

/* the names after raises must be exceptions */
static void
bindraises(Type *t)
{
	Node *r;
	Decl *d;

	for(r = t->raises; r != nil; r = r->next){
		bindexpr(r);
		d = r->op == Oname ? r->decl : nil;
		if(d != nil && d->kind != Dexc)
			lerror(r->src, "%s is not an exception", r->sym->name);
	}
}

static void
bindtype(Type *t)
{
	Node *n;

	if(t == nil)
		return;
	switch(t->kind){
	case Tname:
		bindname(t);
		for(n = t->targs; n != nil; n = n->next)
			bindtype(n->wtype);
		break;
	case Tarray:
	case Tlist:
	case Tchan:
	case Tref:
		bindtype(t->of);
		break;
	case Ttuple:
	case Texception:
		bindtypes(t->ids);
		break;
	case Tfixed:
		bindexpr(t->scale);
		if(t->max != nil)
			bindexpr(t->max);
		break;
	case Tfn:
		pushscope();
		declaretparams(t->tparams);
		bindconstraints(t->tparams);
		bindtypes(t->ids);
		bindtype(t->of);
		bindraises(t);
		popscope();
		break;
	}
}

/* checks that the names in l (one adt's or module's members) are distinct */
static void
distinct(Decl *l, char *what, Sym *owner)
{
	Decl *d, *e;

	for(d = l; d != nil; d = d->next)
		for(e = l; e != d; e = e->next)
			if(d->sym != nil && e->sym == d->sym){
				lerror(d->src, "%s redeclared in %s %s", d->sym->name, what, owner->name);
				break;
			}
}

/* a con declaration's value: iota (0, 1, 2 ... for its names) is declared only in here */
static void
bindconst(Node *init)
{
	Sym *saved;

	saved = iota;
	iota = lookup("iota", 4);
	bindexpr(init);
	iota = saved;
}

static void
bindadt(Decl *a)
{
	Type *t;
	Decl *g, *f;

	t = a->ty;
	pushscope();
	declaretparams(t->tparams);
	bindconstraints(t->tparams);
	distinct(t->ids, "adt", a->sym);
	distinct(t->tags, "the pick of", a->sym);
	for(g = t->ids; g != nil; g = g->next)
		if(g->kind == Dconst){
			if(g->next == nil || g->next->init != g->init)
				bindconst(g->init);
		}
	bindtypes(t->ids);
	for(g = t->tags; g != nil; g = g->next){
		if(g->next != nil && g->next->ty == g->ty)
			continue;
		bindtypes(g->ty->ids);
		for(f = g->ty->ids; f != nil; f = f->next)
			if(member(t->ids, f->sym) != nil)
				lerror(f->src, "%s redeclared in adt %s", f->sym->name, a->sym->name);
		distinct(g->ty->ids, "adt", a->sym);
	}
	popscope();
}

static void	binddecls(Decl*, int);

static void
bindmodule(Decl *m)
{
	Type *t;
	Decl *d;

	t = m->ty;
	distinct(t->ids, "module", m->sym);
	pushscope();
	for(d = t->ids; d != nil; d = d->next)
		if((d->kind == Dtype || d->kind == Dconst || d->kind == Dexc) && d->sym->decl != d)
			declare(d);
	binddecls(t->ids, 0);
	popscope();
}

/* the declarations of the group l: types, adts, modules, initialisers */
static void
binddecls(Decl *l, int declaring)
{
	Decl *d;
	for(d = l; d != nil; d = d->next){
		switch(d->kind){
		case Dtype:
			if(d->ty->decl == d && d->ty->kind == Tadt)
				bindadt(d);
			else if(d->ty->decl == d && d->ty->kind == Tmodule)
				bindmodule(d);
			else
				bindtype(d->ty);
			break;
		case Dconst:
			if(d->next == nil || d->next->init != d->init)
				bindconst(d->init);
			break;
		case Dimport:
			resolveimport(d);
			break;
		default:
			if(d->next == nil || d->next->ty != d->ty){
				bindtype(d->ty);
				if(d->init != nil)
					bindexpr(d->init);
			}
			break;
		}
	}
	if(declaring)
		for(d = l; d != nil; d = d->next)
			declare(d);
}

/* a name used in an expression */
static void
bindref(Node *n)
{
	Decl *d;

	d = n->sym->decl;
	if(d == nil && n->sym == iota && iota != nil)
		return;
	if(d == nil){
		lerror(n->src, "%s is not declared", n->sym->name);
		return;
	}
	n->decl = d;
	d->refs++;
}

/* the names declared by the left of :=, declared after the right is bound */
static void
declarelhs(Node *l)
{
	Decl *d;

	switch(l->op){
	case Oname:
		d = mkdecl(Dvar, l->sym, l->src);
		declare(d);
		l->decl = d;
		break;
	case Onil:
		break;
	case Otuple:
		for(l = l->list; l != nil; l = l->next)
			declarelhs(l);
		break;
	default:
		lerror(l->src, "only names, nil and tuples of them can be declared with :=");
		break;
	}
}

static void
bindlist(Node *l)
{
	for(; l != nil; l = l->next)
		bindexpr(l);
}

static void
bindexpr(Node *n)
{
	Node *l;
	Decl *d;
	Type *m;

	if(n == nil)
		return;
	switch(n->op){
	case Oname:
		bindref(n);
		return;
	case Oconst: case Oreal: case Ostring: case Onil: case Owild:
		return;
	case Otype:
		bindtype(n->wtype);
		return;
	case Odas:
		bindexpr(n->r);
		declarelhs(n->l);
		/* h := load M path: h's type is known now, for an import from it */
		if(n->l->op == Oname && n->l->decl != nil && n->r->op == Oload && n->r->decl != nil)
			n->l->decl->ty = n->r->decl->ty;
		return;
	case Odot:
		bindexpr(n->l);
		return;
	case Omdot:
		bindexpr(n->l);
		l = n->l;
		if(l->op == Oname && l->decl != nil){
			m = modtype(l->decl);
			if(m != nil && member(m->ids, n->sym) == nil)
				lerror(n->src, "%s is not a member of %s", n->sym->name, l->sym->name);
		}
		return;
	case Oload:
		d = n->sym->decl;
		if(d != nil && d->kind == Dimport)
			d = resolveimport(d);
		if(d == nil)
			lerror(n->src, "%s is not declared", n->sym->name);
		else if(d->kind != Dtype || d->ty->kind != Tmodule)
			lerror(n->src, "%s is not a module", n->sym->name);
		else
			n->decl = d;
		bindexpr(n->l);
		return;
	case Ocast:
	case Oarray:
	case Ochan:
		bindtype(n->wtype);
		break;
	}
	bindexpr(n->l);
	bindexpr(n->r);
	bindexpr(n->third);
	bindlist(n->list);
}

static void
bindarms(Node *n, int kind)
{
	Node *a, *q;
	Decl *d;

	for(a = n->list; a != nil; a = a->next){
		pushscope();
		if(kind == Opick){
			/* the qualifiers are variant names, checked with the types */
			d = mkdecl(Dvar, n->sym, n->src);
			d->refs = 1;	/* an arm need not use it */
			declare(d);
			a->decl = d;
		}else if(kind == Oexcept){
			if(n->sym != nil){
				d = mkdecl(Dvar, n->sym, n->src);
				d->refs = 1;
				declare(d);
				a->decl = d;
			}
			for(q = a->list; q != nil; q = q->next)
				bindexpr(q);
		}else
			for(q = a->list; q != nil; q = q->next)
				bindexpr(q);
		bindstmts(a->body->list);
		popscope();
	}
}

static void
checkjump(Node *n)
{
	int i;
	char *what;

	what = n->op == Obreak ? "break" : "continue";
	for(i = nlabel-1; i >= 0; i--){
		if(n->sym != nil && labels[i].sym != n->sym)
			continue;
		if(n->op == Ocontinue && labels[i].kind != Lloop){
			if(n->sym != nil){
				lerror(n->src, "continue %s: %s does not label a loop", n->sym->name, n->sym->name);
				return;
			}
			continue;
		}
		return;
	}
	if(n->sym != nil)
		lerror(n->src, "%s %s: no enclosing statement is labelled %s", what, n->sym->name, n->sym->name);
	else if(n->op == Obreak)
		lerror(n->src, "break outside a loop, case, alt or pick");
	else
		lerror(n->src, "continue outside a loop");
}

static void
bindstmts(Node *l)
{
	for(; l != nil; l = l->next)
		bindstmt(l);
}

static void
bindstmt(Node *n)
{
	int kind, saved;

	saved = nlabel;
	switch(n->op){
	case Owhile: case Odo: case Ofor:
		kind = Lloop;
		break;
	case Ocase: case Oalt: case Opick:
		kind = Lother;
		break;
	default:
		kind = 0;
	}
	if(kind != 0)
		pushlabel(n->label, kind);
	switch(n->op){
	case Oempty:
	case Oexit:
		break;
	case Oblock:
		pushscope();
		bindstmts(n->list);
		popscope();
		break;
	case Oexcept:
		bindstmt(n->l);
		bindarms(n, Oexcept);
		break;
	case Oif:
		/* only braces open a scope: if(c) u := 1; else u = 2; declares u here */
		bindexpr(n->l);
		bindstmt(n->body);
		if(n->third != nil)
			bindstmt(n->third);
		break;
	case Owhile:
	case Odo:
		bindexpr(n->l);
		bindstmt(n->body);
		break;
	case Ofor:
		bindexpr(n->l);
		bindexpr(n->r);
		bindexpr(n->third);
		bindstmt(n->body);
		break;
	case Ocase:
		bindexpr(n->l);
		bindarms(n, Ocase);
		break;
	case Oalt:
		bindarms(n, Oalt);
		break;
	case Opick:
		bindexpr(n->l);
		bindarms(n, Opick);
		break;
	case Obreak:
	case Ocontinue:
		checkjump(n);
		break;
	case Oreturn:
	case Oraise:
	case Ospawn:
		bindexpr(n->l);
		break;
	case Odecl:
		binddecls(n->decls, 1);
		break;
	default:
		bindexpr(n);
		break;
	}
	nlabel = saved;
}

/* the function definition n: its declaration found or made, its body bound */
static void
bindfn(Node *n)
{
	Type *t;
	Decl *d;

	t = n->ty;
	pushscope();
	if(n->l != nil && n->l->op == Oinst && n->decl != nil){
		/* Adt[T].f: the adt's type parameters, by the names written here */
		Node *a;
		for(a = n->l->list; a != nil; a = a->next){
			d = mkdecl(Dtparam, a->wtype->sym, a->src);
			d->ty = mktype(Tpoly, a->src);
			d->ty->decl = d;
			declare(d);
		}
	}
	declaretparams(t->tparams);
	bindconstraints(t->tparams);
	bindtypes(t->ids);
	bindtype(t->of);
	bindraises(t);
	for(d = t->ids; d != nil; d = d->next)
		declare(d);
	nlabel = 0;
	/* the body's outer block shares the parameters' scope */
	if(n->body->op == Oblock)
		bindstmts(n->body->list);
	else{
		bindstmts(n->body->l->list);
		bindarms(n->body, Oexcept);
	}
	popscope();
}

/* finds or makes the declaration of the function defined by n (top-level pass) */
static void
definefn(Node *n)
{
	Decl *d, *a;
	Sym *as;

	if(n->l != nil){
		as = n->l->op == Oinst ? n->l->l->sym : n->l->sym;
		a = typedecl(as->decl);
		if(a == nil || a->ty->kind != Tadt){
			lerror(n->src, "%s is not an adt", as->name);
			return;
		}
		d = member(a->ty->ids, n->sym);
		if(d == nil || d->kind != Dfn){
			lerror(n->src, "%s is not a member function of %s", n->sym->name, as->name);
			return;
		}
		if(d->def != nil){
			lerror(n->src, "redefinition of %s.%s (previous definition %s)", as->name, n->sym->name, where(d->def->src));
			return;
		}
		d->def = n;
		n->decl = d;
		/* the adt's name remembers its declaration, for code generation */
		if(n->l->op == Oinst)
			n->l->l->decl = a;
		else
			n->l->decl = a;
		return;
	}
	d = n->sym->decl;
	if(d != nil && d->scope == nscope){
		if(d->kind != Dfn){
			lerror(n->src, "redeclaration of %s (previous declaration %s)", n->sym->name, where(d->src));
			return;
		}
		if(d->def != nil){
			lerror(n->src, "redefinition of %s (previous definition %s)", n->sym->name, where(d->def->src));
			return;
		}
		d->def = n;
		n->decl = d;
		return;
	}
	d = mkdecl(Dfn, n->sym, n->src);
	d->ty = n->ty;
	d->def = n;
	n->decl = d;
	declare(d);
}

/* pass 1: the top level's declarations (into included files too), in order */
static void
declaretop(Node *l)
{
	Node *m;
	Decl *d;

	for(; l != nil; l = l->next){
		switch(l->op){
		case Oinclude:
			declaretop(l->list);
			break;
		case Odecl:
			for(d = l->decls; d != nil; d = d->next)
				declare(d);
			break;
		case Oimplement:
			for(m = l->list; m != nil; m = m->next)
				if(nimplnames < (int)nelem(implnames))
					implnames[nimplnames++] = m;
			break;
		}
	}
}

static void
definetop(Node *l)
{
	for(; l != nil; l = l->next){
		if(l->op == Oinclude)
			definetop(l->list);
		else if(l->op == Ofndef)
			definefn(l);
	}
}

static void
bindtop(Node *l)
{
	for(; l != nil; l = l->next){
		switch(l->op){
		case Oinclude:
			bindtop(l->list);
			break;
		case Odecl:
			binddecls(l->decls, 0);
			break;
		}
	}
}

static void
bindbodies(Node *l)
{
	for(; l != nil; l = l->next){
		if(l->op == Oinclude)
			bindbodies(l->list);
		else if(l->op == Ofndef)
			bindfn(l);
	}
}

/* the adt, tuple or variant t holds itself by value (through its value fields); on[] are those being followed */
static int
holdsitself(Type *t, Type **on, int non)
{
	Decl *d;
	Type *f;
	int i;

	t = realtype(t);
	if(t == nil || (t->kind != Tadt && t->kind != Ttuple && t->kind != Tpickvar))
		return 0;
	for(i = 0; i < non; i++)
		if(on[i] == t)
			return 1;
	if(non >= Maxnest)
		return 0;
	on[non++] = t;
	for(d = t->ids; d != nil; d = d->next){
		if(d->kind != Dfield)
			continue;
		f = realtype(d->ty);
		if(f != nil && holdsitself(f, on, non))
			return 1;
	}
	if(t->kind == Tadt)	/* the variants' fields are in it too */
		for(d = t->tags; d != nil; d = d->next)
			if(holdsitself(d->ty, on, non))
				return 1;
	return 0;
}

/* adt declarations: none may hold itself by value */
static void
checkadts(Decl *l)
{
	Type *on[Maxnest];

	for(; l != nil; l = l->next){
		if(l->kind != Dtype || l->ty->decl != l)
			continue;
		if(l->ty->kind == Tmodule)
			checkadts(l->ty->ids);
		else if(l->ty->kind == Tadt && holdsitself(l->ty, on, 0))
			lerror(l->src, "adt %s contains itself (use a ref)", l->sym->name);
	}
}

/*
 * self: only on the first parameter of an adt's member function,
 * with the adt or a ref to it as its type.
 */
static void
checkself(Type *f, Decl *adt, Sym *name)
{
	Decl *d;
	Type *t;

	for(d = f->ids; d != nil; d = d->next){
		if(!d->self)
			continue;
		if(d != f->ids){
			lerror(d->src, "self must mark the first parameter of %s", name->name);
			continue;
		}
		if(adt == nil){
			lerror(d->src, "%s has a self parameter but is no adt's member function", name->name);
			continue;
		}
		t = realtype(d->ty);
		if(t != nil && t->kind == Tref)
			t = realtype(t->of);
		if(t != nil && t != adt->ty)
			lerror(d->src, "self parameter of %s.%s must be %s or ref %s", adt->sym->name,
				name->name, adt->sym->name, adt->sym->name);
	}
}

static void
checkdecls(Decl *l, Decl *adt)
{
	Decl *d;

	for(d = l; d != nil; d = d->next){
		if(d->kind == Dfn && d->ty->kind == Tfn)
			checkself(d->ty, adt, d->sym);
		if(d->kind == Dtype && d->ty->decl == d && d->ty->kind == Tadt)
			checkdecls(d->ty->ids, d);
		if(d->kind == Dtype && d->ty->decl == d && d->ty->kind == Tmodule)
			checkdecls(d->ty->ids, nil);
	}
}

/* declaration checks over the whole file, once names are bound */
static void
checktop(Node *l)
{
	Node *n;
	Decl *a;

	for(n = l; n != nil; n = n->next){
		switch(n->op){
		case Oinclude:
			checktop(n->list);
			break;
		case Odecl:
			checkadts(n->decls);
			checkdecls(n->decls, nil);
			break;
		case Ofndef:
			a = nil;
			if(n->l != nil){
				Sym *as = n->l->op == Oinst ? n->l->l->sym : n->l->sym;
				a = typedecl(as->decl);
			}
			checkself(n->ty, a, n->sym);
			if(n->decl != nil && n->decl->ty != n->ty && !tequal(n->decl->ty, n->ty))
				lerror(n->src, "the type of %s differs from its declaration (%s)",
					n->sym->name, where(n->decl->src));
			break;
		}
	}
}

/* every function of module m (and of its adts) has a definition */
static void
checkdefined(Decl *m)
{
	Decl *d, *f;

	for(d = m->ty->ids; d != nil; d = d->next){
		if(d->kind == Dfn && d->def == nil)
			lerror(d->src, "function %s->%s is not defined", m->sym->name, d->sym->name);
		if(d->kind == Dtype && d->ty->decl == d && d->ty->kind == Tadt)
			for(f = d->ty->ids; f != nil; f = f->next)
				if(f->kind == Dfn && f->def == nil)
					lerror(f->src, "function %s.%s is not defined", d->sym->name, f->sym->name);
	}
}

/* the (first) module the file implements, once bound; nil if none */
Decl*
implmodule(void)
{
	return nimpl > 0 ? implmods[0] : nil;
}

/*
 * Binds the file's tree (parsefile's result). Errors are reported;
 * front.nerr counts them.
 */
void
bindtree(Node *tree)
{
	jmp_buf fatal;
	Node *nm;
	Decl *m, *d;
	int i;

	nstack = capstack = 0;
	nscope = capscope = 0;
	nlabel = caplabel = 0;
	stack = nil;
	scopes = nil;
	labels = nil;
	iota = nil;
	nimpl = 0;
	nimplnames = 0;
	lfatalenv = &fatal;
	if(setjmp(fatal)){
		lfatalenv = nil;
		return;
	}
	pushscope();
	declaretop(tree);
	/* the implemented modules' members are top-level names */
	for(i = 0; i < nimplnames; i++){
		nm = implnames[i];
		m = nm->sym->decl;
		if(m == nil){
			lerror(nm->src, "%s is not declared", nm->sym->name);
			continue;
		}
		if(m->kind != Dtype || m->ty->kind != Tmodule || m->ty->decl != m){
			lerror(nm->src, "%s is not a module", nm->sym->name);
			continue;
		}
		implmods[nimpl++] = m;
		for(d = m->ty->ids; d != nil; d = d->next)
			if(d->sym->decl != d)
				declare(d);
	}
	definetop(tree);
	bindtop(tree);
	bindbodies(tree);
	checktop(tree);
	for(i = 0; i < nimpl; i++)
		checkdefined(implmods[i]);
	popscope();
	lfatalenv = nil;
}
