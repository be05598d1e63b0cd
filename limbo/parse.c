/*
 * The parser: recursive descent over the tokens of lex.c into the
 * tree of limbo.h. It knows no declarations: a name is a name, and
 * whether Name(args) builds an adt or calls a function, or a[T]
 * indexes or instantiates, is for the later stages to decide.
 *
 * On a syntax error it reports once, unwinds to the innermost list
 * being parsed (declarations, statements, members) and skips to the
 * end of the broken declaration or statement, so one run reports
 * several errors (mem.c stops after Maxerr).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <setjmp.h>
#include "limbo.h"

enum {
	Ctop,		/* contexts a declaration can be in */
	Cmodule,
	Cstmt,
};

static jmp_buf	*recover;	/* where a syntax error unwinds to */
static int	nest;		/* syntactic nesting, bounded by Maxnest */
static Src	laststop;	/* the end of the last token consumed */
static int	depth;		/* braces open in the current file */
static char	*mainfile;	/* the file named on the command line */

static Node*	expr(void);
static Node*	unary(void);
static Type*	type(void);
static Node*	stmt(void);
static Node*	block(void);
static Decl*	params(Type*);
static void	decllist(Node**, int);
static Decl*	idlist(int, int);

static int
tok(void)
{
	return peek(0)->kind;
}

static Src
pos(void)
{
	return peek(0)->src;
}

static Tok
take(void)
{
	Tok t;

	t = next();
	laststop = t.stop;
	if(t.kind == Llbrace)
		depth++;
	else if(t.kind == Lrbrace)
		depth--;
	return t;
}

static void syntax(char*, ...) __attribute__((format(printf, 1, 2), noreturn));

/* reports a syntax error at the next token and unwinds to the recovery point */
static void
syntax(char *fmt, ...)
{
	char buf[256], tb[64];
	va_list arg;

	va_start(arg, fmt);
	vsnprintf(buf, sizeof buf, fmt, arg);
	va_end(arg);
	if(tok() == Leof)
		lerror(laststop, "syntax error at end of file: %s", buf);
	else
		lerror(pos(), "syntax error near '%s': %s", tokstr(peek(0), tb, sizeof tb), buf);
	longjmp(*recover, 1);
}

static int
got(int t)
{
	if(tok() != t)
		return 0;
	take();
	return 1;
}

static Tok
want(int t)
{
	if(tok() != t)
		syntax("expected '%s'", tokname(t));
	return take();
}

static Sym*
wantid(void)
{
	if(tok() != Lid)
		syntax("expected an identifier");
	return take().sym;
}

static void
enter(void)
{
	if(++nest > Maxnest)
		syntax("nested too deeply");
}

static void
leave(void)
{
	nest--;
}

static Node*
mk(int op, Src src)
{
	Node *n;

	n = mknode(op, src);
	n->stop = laststop;
	return n;
}

static Node*
mkbin(int op, Node *l, Node *r)
{
	Node *n;

	n = mk(op, l->src);
	n->l = l;
	n->r = r;
	return n;
}

/* appends n to the list whose last next field is *tail */
static void
append(Node ***tail, Node *n)
{
	if(n == nil)
		return;
	**tail = n;
	while(n->next != nil)
		n = n->next;
	*tail = &n->next;
}

/*
 * Skips the rest of a broken declaration or statement that began at
 * brace depth start: to just after a ';' at that depth, or after the
 * '}' that returns to it, or to (not past) a '}' that closes the
 * enclosing list.
 */
static void
skip(int start)
{
	int t;

	for(;;){
		t = tok();
		if(t == Leof)
			return;
		if(depth <= start){
			if(t == Lsemi){
				take();
				return;
			}
			if(t == Lrbrace)
				return;
		}
		take();
		if(t == Lrbrace && depth <= start){
			got(Lsemi);
			return;
		}
	}
}

enum {
	Rstmt,		/* skip the rest of the statement or declaration */
	Rtop,		/* the same, and a stray '}' */
	Rqual,		/* skip past the arm's '=>' and drop its statements */
};

static void	stmtlist(Node**, int);

/*
 * f(arg) under a recovery point: its result, or nil after a syntax
 * error in it, once the broken part has been skipped as mode says.
 */
static Node*
guarded(Node *(*f)(int), int arg, int mode)
{
	jmp_buf jb, *saved;
	int savednest, start;
	Node *n, *junk;

	saved = recover;
	savednest = nest;
	start = depth;
	if(setjmp(jb)){
		recover = saved;
		nest = savednest;
		if(mode == Rqual){
			while(tok() != Leof && tok() != Larrow && tok() != Lrbrace)
				take();
			if(got(Larrow)){
				junk = nil;
				stmtlist(&junk, 1);
			}
			return nil;
		}
		if(mode == Rtop && tok() == Lrbrace && depth <= start){
			take();
			depth = start;
		}
		skip(start);
		return nil;
	}
	recover = &jb;
	n = f(arg);
	recover = saved;
	return n;
}

/*
 * Types
 */

static int
isbasic(int t)
{
	return t == Lint || t == Lbig || t == Lbyte || t == Lreal || t == Lstring;
}

static Type*
basic(int t, Src src)
{
	switch(t){
	case Lint:	return mktype(Tint, src);
	case Lbig:	return mktype(Tbig, src);
	case Lbyte:	return mktype(Tbyte, src);
	case Lreal:	return mktype(Treal, src);
	}
	return mktype(Tstring, src);
}

/* can the next token begin a type that no expression could begin? */
static int
typestart(int k)
{
	switch(peek(k)->kind){
	case Lint: case Lbig: case Lbyte: case Lreal: case Lstring:
	case Lref: case Lfn: case Llist: case Lchan: case Lfixed:
		return 1;
	case Larray:
		return peek(k+1)->kind == Lof;
	}
	return 0;
}

/* in a[...], does a type argument list start at the token k ahead? */
static int
typearg(int k)
{
	int t;

	t = peek(k)->kind;
	if(isbasic(t)){
		t = peek(k+1)->kind;
		return t == Lrbrack || t == Lcomma;
	}
	return typestart(k);
}

/* '[' type, ... ']' as Otype nodes */
static Node*
typeargs(void)
{
	Node *l, **tail, *n;
	Src src;

	l = nil;
	tail = &l;
	want(Llbrack);
	do{
		src = pos();
		n = mk(Otype, src);
		n->wtype = type();
		n->stop = laststop;
		append(&tail, n);
	}while(got(Lcomma));
	want(Lrbrack);
	return l;
}

/* '[' T, ... ']' as Dtparam decls */
static Decl*
tparams(void)
{
	Decl *l, **tail, *d;
	Tok t;

	l = nil;
	tail = &l;
	want(Llbrack);
	do{
		t = *peek(0);
		d = mkdecl(Dtparam, wantid(), t.src);
		d->ty = mktype(Tpoly, t.src);
		d->ty->decl = d;
		*tail = d;
		tail = &d->next;
	}while(got(Lcomma));
	want(Lrbrack);
	return l;
}

static Decl*
findtparam(Decl *l, Sym *s)
{
	for(; l != nil; l = l->next)
		if(l->sym == s)
			return l;
	return nil;
}

/* for { T => f: fn(...); ... }: the constraints, put on the type parameters in tp */
static void
constraints(Decl *tp)
{
	Decl *ps[16], *p, *l, *c, *d, **tail;
	Type *t;
	Sym *s;
	Src src;
	int np, j, headed;

	want(Lfor);
	want(Llbrace);
	np = 0;
	headed = 0;
	while(tok() != Lrbrace && tok() != Leof){
		if(tok() == Lid && (peek(1)->kind == Larrow || peek(1)->kind == Lor)){
			np = 0;
			do{
				src = pos();
				s = wantid();
				p = findtparam(tp, s);
				if(p == nil){
					if(tp != nil)
						lerror(src, "%s is not a type parameter", s->name);
				}else if(np < (int)nelem(ps))
					ps[np++] = p;
			}while(got(Lor));
			want(Larrow);
			headed = 1;
			continue;
		}
		if(!headed && tp != nil){
			lerror(pos(), "constraint without a type parameter and '=>'");
			tp = nil;
		}
		l = idlist(Dfn, 0);
		want(Lcolon);
		t = type();
		want(Lsemi);
		/* each parameter gets its own copies, as the decls are linked into its list */
		for(j = 0; j < np; j++){
			tail = &ps[j]->ty->ids;
			while(*tail != nil)
				tail = &(*tail)->next;
			for(c = l; c != nil; c = c->next){
				d = mkdecl(t->kind == Tfn ? Dfn : Dfield, c->sym, c->src);
				d->ty = t;
				*tail = d;
				tail = &d->next;
			}
		}
	}
	want(Lrbrace);
}

/* after fn (or a function's name): [T, ...](params)[: type] [raises ...] [for {...}] */
static Type*
fntail(Src src, int allowtp)
{
	Type *t;
	Node **tail, *n;

	t = mktype(Tfn, src);
	if(allowtp && tok() == Llbrack)
		t->tparams = tparams();
	want(Llparen);
	t->ids = params(t);
	want(Lrparen);
	if(got(Lcolon))
		t->of = type();
	else
		t->of = mktype(Tnone, laststop);
	if(got(Lraises)){
		tail = &t->raises;
		if(got(Llparen)){
			do{
				n = mk(Oname, pos());
				n->sym = wantid();
				if(got(Lmdot)){
					Node *m = mk(Omdot, n->src);
					m->l = n;
					m->sym = wantid();
					n = m;
				}
				n->stop = laststop;
				append(&tail, n);
			}while(got(Lcomma));
			want(Lrparen);
		}else{
			n = mk(Oname, pos());
			n->sym = wantid();
			append(&tail, n);
			t->rraise = 1;
		}
	}
	if(tok() == Lfor && t->tparams != nil)
		constraints(t->tparams);
	return t;
}

/* a parameter list (between the parentheses) of the function type t */
static Decl*
params(Type *ft)
{
	Decl *l, **tail, *d, *first;
	Type *t;
	Src src;
	int self;

	l = nil;
	tail = &l;
	if(tok() == Lrparen)
		return nil;
	for(;;){
		if(got(Lstar)){
			ft->varargs = 1;
			if(tok() != Lrparen)
				syntax("'*' must be the last parameter");
			break;
		}
		first = nil;
		do{
			src = pos();
			if(got(Lnil))
				d = mkdecl(Darg, nil, src);
			else
				d = mkdecl(Darg, wantid(), src);
			if(first == nil)
				first = d;
			*tail = d;
			tail = &d->next;
		}while(got(Lcomma));
		want(Lcolon);
		self = got(Lself);
		t = type();
		for(d = first; d != nil; d = d->next){
			d->ty = t;
			d->self = self;
		}
		if(!got(Lcomma))
			break;
	}
	return l;
}

/* a type name: Name, Mod->Name, Name[T, ...], Name.Tag, in that order */
static Type*
typename(void)
{
	Type *t;
	Src src;

	src = pos();
	t = mktype(Tname, src);
	t->sym = wantid();
	if(got(Lmdot)){
		t->mod = t->sym;
		t->sym = wantid();
	}
	if(tok() == Llbrack)
		t->targs = typeargs();
	if(tok() == Ldot && peek(1)->kind == Lid){
		take();
		t->tag = wantid();
	}
	return t;
}

static Type*
type(void)
{
	Type *t, *e;
	Decl **tail, *d;
	Src src;
	int k;

	enter();
	src = pos();
	k = tok();
	if(isbasic(k)){
		take();
		t = basic(k, src);
		goto out;
	}
	switch(k){
	case Lid:
		t = typename();
		break;
	case Lref:
		take();
		t = mktype(Tref, src);
		t->of = type();
		break;
	case Larray:
	case Llist:
	case Lchan:
		take();
		want(Lof);
		t = mktype(k == Larray ? Tarray : k == Llist ? Tlist : Tchan, src);
		t->of = type();
		break;
	case Lfn:
		take();
		t = fntail(src, 1);
		break;
	case Lfixed:
		take();
		t = mktype(Tfixed, src);
		want(Llparen);
		t->scale = expr();
		if(got(Lcomma))
			t->max = expr();
		want(Lrparen);
		break;
	case Llparen:
		take();
		e = type();
		if(tok() != Lcomma){
			want(Lrparen);
			t = e;	/* parenthesised type */
			break;
		}
		t = mktype(Ttuple, src);
		tail = &t->ids;
		d = mkdecl(Dfield, nil, e->src);
		d->ty = e;
		*tail = d;
		tail = &d->next;
		while(got(Lcomma)){
			d = mkdecl(Dfield, nil, pos());
			d->ty = type();
			*tail = d;
			tail = &d->next;
		}
		want(Lrparen);
		break;
	default:
		syntax("expected a type");
	}
out:
	leave();
	return t;
}

/*
 * Expressions
 */

static int
binprec(int t)
{
	switch(t){
	case Lexp:	return 14;
	case Lstar: case Lslash: case Lpercent:	return 13;
	case Lplus: case Lminus:	return 12;
	case Llsh: case Lrsh:	return 11;
	case Llt: case Lgt: case Lleq: case Lgeq:	return 10;
	case Leq: case Lneq:	return 9;
	case Land:	return 8;
	case Lxor:	return 7;
	case Lorop:	return 6;
	case Lcons:	return 5;
	case Landand:	return 4;
	case Loror:	return 3;
	}
	return -1;
}

static int
binop(int t)
{
	switch(t){
	case Lexp:	return Oexp;
	case Lstar:	return Omul;
	case Lslash:	return Odiv;
	case Lpercent:	return Omod;
	case Lplus:	return Oadd;
	case Lminus:	return Osub;
	case Llsh:	return Olsh;
	case Lrsh:	return Orsh;
	case Llt:	return Olt;
	case Lgt:	return Ogt;
	case Lleq:	return Oleq;
	case Lgeq:	return Ogeq;
	case Leq:	return Oeq;
	case Lneq:	return Oneq;
	case Land:	return Oand;
	case Lxor:	return Oxor;
	case Lorop:	return Oor;
	case Lcons:	return Ocons;
	case Landand:	return Oandand;
	case Loror:	return Ooror;
	}
	return Onone;
}

static int
asop(int t)
{
	switch(t){
	case Las:	return Oas;
	case Ldas:	return Odas;
	case Laddas:	return Oaddas;
	case Lsubas:	return Osubas;
	case Lmulas:	return Omulas;
	case Ldivas:	return Odivas;
	case Lmodas:	return Omodas;
	case Landas:	return Oandas;
	case Loras:	return Ooras;
	case Lxoras:	return Oxoras;
	case Llshas:	return Olshas;
	case Lrshas:	return Orshas;
	case Lexpas:	return Oexpas;
	case Lsnd:	return Osnd;
	}
	return Onone;
}

/* expressions separated by commas, up to (not including) the token end */
static Node*
exprlist(int end)
{
	Node *l, **tail;

	l = nil;
	tail = &l;
	if(tok() == end)
		return nil;
	do
		append(&tail, expr());
	while(got(Lcomma));
	return l;
}

static Node*
primary(void)
{
	Node *n, *l;
	Tok t;

	t = *peek(0);
	switch(t.kind){
	case Lid:
		take();
		n = mk(Oname, t.src);
		n->sym = t.sym;
		return n;
	case Licon:
		take();
		n = mk(Oconst, t.src);
		n->ival = t.ival;
		n->ischar = t.ischar;
		return n;
	case Lrcon:
		take();
		n = mk(Oreal, t.src);
		n->rval = t.rval;
		return n;
	case Lscon:
		take();
		n = mk(Ostring, t.src);
		n->sval = t.sval;
		return n;
	case Lnil:
		take();
		return mk(Onil, t.src);
	case Llparen:
		take();
		l = exprlist(Lrparen);
		want(Lrparen);
		if(l == nil)
			syntax("empty parentheses");
		/* (x) := e unpacks a value of one element (an exception's): a tuple of one */
		if(l->next == nil && !(l->op == Oname && tok() == Ldas))
			return l;
		n = mk(Otuple, t.src);
		n->list = l;
		return n;
	}
	syntax("expected an expression");
}

static Node*
postfix(Node *n)
{
	Node *p;
	Src src;

	for(;;){
		src = n->src;
		switch(tok()){
		case Llparen:
			take();
			p = mk(Ocall, src);
			p->l = n;
			p->list = exprlist(Lrparen);
			want(Lrparen);
			break;
		case Llbrack:
			if(typearg(1)){
				p = mk(Oinst, src);
				p->l = n;
				p->list = typeargs();
				break;
			}
			take();
			p = mk(Oindex, src);
			p->l = n;
			if(tok() != Lcolon)
				p->r = expr();
			if(got(Lcolon)){
				p->op = Oslice;
				if(tok() != Lrbrack)
					p->third = expr();
			}else if(p->r != nil && tok() == Lcomma){
				/* Name[T, U]: an instantiation by type names */
				Node *o, **tail;
				p->op = Oinst;
				tail = &p->list;
				o = mk(Otype, p->r->src);
				o->wtype = mktype(Tname, p->r->src);
				if(p->r->op != Oname)
					syntax("expected a type");
				o->wtype->sym = p->r->sym;
				append(&tail, o);
				p->r = nil;
				while(got(Lcomma)){
					o = mk(Otype, pos());
					o->wtype = type();
					append(&tail, o);
				}
			}else if(p->r == nil)
				syntax("expected an index");
			want(Lrbrack);
			break;
		case Ldot:
			take();
			p = mk(Odot, src);
			p->l = n;
			p->sym = wantid();
			break;
		case Lmdot:
			take();
			p = mk(Omdot, src);
			p->l = n;
			p->sym = wantid();
			break;
		case Linc:
		case Ldec:
			p = mk(tok() == Linc ? Opostinc : Opostdec, src);
			take();
			p->l = n;
			break;
		default:
			return n;
		}
		p->stop = laststop;
		n = p;
	}
}

static int
unop(int t)
{
	switch(t){
	case Lplus:	return Oplus;
	case Lminus:	return Oneg;
	case Lnot:	return Onot;
	case Lcomp:	return Ocomp;
	case Lstar:	return Oderef;
	case Linc:	return Opreinc;
	case Ldec:	return Opredec;
	case Lcomm:	return Orcv;
	case Lhd:	return Ohd;
	case Ltl:	return Otl;
	case Llen:	return Olen;
	case Lref:	return Oref;
	case Ltagof:	return Otagof;
	}
	return Onone;
}

/* after '=>' or as a plain element: one initialiser element or case qualifier list */
static Node*
qualifiers(void)
{
	Node *l, **tail, *q, *r;

	l = nil;
	tail = &l;
	do{
		if(tok() == Lstar && (peek(1)->kind == Larrow || peek(1)->kind == Lor)){
			q = mk(Owild, take().src);
		}else{
			q = expr();
			if(got(Lto)){
				r = expr();
				q = mkbin(Orange, q, r);
			}
		}
		append(&tail, q);
	}while(got(Lor));
	return l;
}

/* '{' elements '}' of an array or list initialiser */
static Node*
initlist(int qualified)
{
	Node *l, **tail, *q, *e;

	l = nil;
	tail = &l;
	want(Llbrace);
	while(tok() != Lrbrace){
		q = qualified ? qualifiers() : expr();
		if(qualified && got(Larrow)){
			e = mk(Oelem, q->src);
			e->list = q;
			e->r = expr();
			e->stop = laststop;
			append(&tail, e);
		}else{
			if(q->next != nil || q->op == Orange || q->op == Owild)
				syntax("expected '=>'");
			append(&tail, q);
		}
		if(!got(Lcomma))
			break;
	}
	want(Lrbrace);
	return l;
}

static Node*
unary(void)
{
	Node *n;
	Tok t;
	int op;

	enter();
	t = *peek(0);
	op = unop(t.kind);
	if(op != Onone){
		take();
		n = mk(op, t.src);
		n->l = unary();
		goto out;
	}
	if(isbasic(t.kind) || t.kind == Lfixed){
		n = mk(Ocast, t.src);
		n->wtype = type();
		n->l = unary();
		goto out;
	}
	switch(t.kind){
	case Larray:
		if(peek(1)->kind == Lof){
			n = mk(Ocast, t.src);
			n->wtype = type();
			n->l = unary();
			goto out;
		}
		take();
		n = mk(Oarray, t.src);
		want(Llbrack);
		if(tok() != Lrbrack)
			n->l = expr();
		want(Lrbrack);
		want(Lof);
		if(tok() == Llbrace){
			n->hasinit = 1;
			n->list = initlist(1);
		}else{
			if(n->l == nil)
				syntax("array needs a size or an initialiser");
			n->wtype = type();
		}
		goto out;
	case Llist:
		take();
		want(Lof);
		n = mk(Olistof, t.src);
		n->list = initlist(0);
		if(n->list == nil)
			syntax("empty list initialiser");
		goto out;
	case Lchan:
		take();
		n = mk(Ochan, t.src);
		if(got(Llbrack)){
			n->l = expr();
			want(Lrbrack);
		}
		want(Lof);
		n->wtype = type();
		goto out;
	case Lid:
		/* Name e: a cast to a named type (fixed-point types) */
		switch(peek(1)->kind){
		case Lid: case Licon: case Lrcon: case Lscon:
			take();
			n = mk(Ocast, t.src);
			n->wtype = mktype(Tname, t.src);
			n->wtype->sym = t.sym;
			n->l = unary();
			goto out;
		}
		break;
	}
	n = postfix(primary());
out:
	n->stop = laststop;
	leave();
	return n;
}

static Node*
binary(int minprec)
{
	Node *l, *r;
	int p, op;
	Tok t;

	l = unary();
	for(;;){
		t = *peek(0);
		p = binprec(t.kind);
		if(p < minprec)
			return l;
		op = binop(t.kind);
		take();
		enter();
		if(op == Oexp || op == Ocons)
			r = binary(p);		/* right associative */
		else
			r = binary(p+1);
		leave();
		l = mkbin(op, l, r);
	}
}

static Node*
expr(void)
{
	Node *n, *l;
	int op;
	Tok t;

	enter();
	t = *peek(0);
	if(t.kind == Lload){
		take();
		n = mk(Oload, t.src);
		n->sym = wantid();
		n->l = binary(3);
	}else
		n = binary(3);
	op = asop(tok());
	if(op != Onone){
		take();
		l = n;
		n = mkbin(op, l, expr());
	}
	n->stop = laststop;
	leave();
	return n;
}

/*
 * Declarations
 */

/* the names of a declaration, up to the ':' (not consumed) */
static Decl*
idlist(int kind, int allownil)
{
	Decl *l, **tail, *d;
	Src src;

	l = nil;
	tail = &l;
	do{
		src = pos();
		if(allownil && got(Lnil))
			d = mkdecl(kind, nil, src);
		else
			d = mkdecl(kind, wantid(), src);
		*tail = d;
		tail = &d->next;
	}while(got(Lcomma));
	return l;
}

static void
settype(Decl *l, int kind, Type *t, Node *init)
{
	int i;

	for(i = 0; l != nil; l = l->next, i++){
		l->kind = kind;
		l->ty = t;
		l->init = init;
		l->iota = i;
	}
}

static Decl*
single(Decl *l, char *what)
{
	if(l->next != nil)
		lerror(l->next->src, "only one name can be declared as %s", what);
	l->next = nil;
	return l;
}

/* one adt member declaration, as an Odecl */
static Node*
member(int unused)
{
	Node *n;
	Decl *d, *e;
	Type *t;
	int cyclic;

	(void)unused;
	n = mk(Odecl, pos());
	d = idlist(Dfield, 0);
	want(Lcolon);
	if(got(Lcon))
		settype(d, Dconst, nil, expr());
	else{
		cyclic = got(Lcyclic);
		t = type();
		settype(d, t->kind == Tfn ? Dfn : Dfield, t, nil);
		for(e = d; e != nil; e = e->next)
			e->cyclic = cyclic;
	}
	want(Lsemi);
	n->decls = d;
	return n;
}

/* an adt's data members and functions up to '}' or, for a pick variant, the next tag */
static Decl*
members(int inpick)
{
	Decl *l, **tail;
	Node *n;

	l = nil;
	tail = &l;
	for(;;){
		if(tok() == Lrbrace || tok() == Leof || tok() == Lpick)
			break;
		if(inpick && tok() == Lid && (peek(1)->kind == Larrow || peek(1)->kind == Lor))
			break;
		n = guarded(member, 0, Rstmt);
		if(n == nil)
			continue;
		*tail = n->decls;
		while(*tail != nil)
			tail = &(*tail)->next;
	}
	return l;
}

/* pick { Tag or Tag => fields ... } for the adt a */
static void
pickpart(Type *a)
{
	Decl **tail, *d, *first;
	Type *v;

	want(Lpick);
	want(Llbrace);
	tail = &a->tags;
	while(tok() != Lrbrace && tok() != Leof){
		v = mktype(Tpickvar, pos());
		v->of = a;
		first = nil;
		do{
			d = mkdecl(Dtag, nil, pos());
			d->sym = wantid();
			d->ty = v;
			if(first == nil)
				first = d;
			*tail = d;
			tail = &d->next;
		}while(got(Lor));
		want(Larrow);
		v->ids = members(1);
		if(tok() == Lpick)
			syntax("a pick variant cannot have a pick");
	}
	want(Lrbrace);
	got(Lsemi);
}

/* after "Name: adt": the rest of the adt, including its closing '}' */
static Type*
adtbody(Decl *d, Src src)
{
	Type *t;
	Decl **tail, *m;

	t = mktype(Tadt, src);
	t->decl = d;
	if(tok() == Llbrack)
		t->tparams = tparams();
	if(tok() == Lfor){
		if(t->tparams == nil)
			lerror(pos(), "constraints without type parameters");
		constraints(t->tparams);
	}
	want(Llbrace);
	t->ids = members(0);
	if(tok() == Lpick){
		pickpart(t);
		/* functions and constants may follow the pick, data may not */
		tail = &t->ids;
		while(*tail != nil)
			tail = &(*tail)->next;
		*tail = members(0);
		for(m = *tail; m != nil; m = m->next)
			if(m->kind == Dfield)
				lerror(m->src, "data member %s must come before the pick", m->sym->name);
		if(tok() == Lpick)
			syntax("an adt can have only one pick");
	}
	want(Lrbrace);
	return t;
}

/* after "Name: module": the members and the closing '}' */
static Type*
modulebody(Decl *d, Src src)
{
	Type *t;
	Node *list, *n;
	Decl **tail, *m;

	t = mktype(Tmodule, src);
	t->decl = d;
	want(Llbrace);
	list = nil;
	decllist(&list, Cmodule);
	want(Lrbrace);
	/* the module's members are the declared names, in order */
	tail = &t->ids;
	for(n = list; n != nil; n = n->next){
		if(n->op != Odecl)
			continue;
		for(m = n->decls; m != nil; m = m->next){
			*tail = m;
			tail = &m->next;
		}
	}
	return t;
}

/*
 * After "names:": the rest of a declaration. Returns the Odecl
 * whose decls are the names (now typed), having consumed the ';'.
 */
static Node*
declrest(Decl *names, Src src, int ctx)
{
	Node *n;
	Type *t;
	Decl *d;
	Src tsrc;

	n = mk(Odecl, src);
	tsrc = pos();
	switch(tok()){
	case Lcon:
		take();
		settype(names, Dconst, nil, expr());
		break;
	case Ltype:
		take();
		d = single(names, "a type");
		settype(d, Dtype, type(), nil);
		break;
	case Ladt:
		take();
		if(ctx == Cstmt)
			syntax("an adt must be declared at the top level or in a module");
		d = single(names, "an adt");
		settype(d, Dtype, adtbody(d, tsrc), nil);
		break;
	case Lmodule:
		take();
		if(ctx != Ctop)
			syntax("a module must be declared at the top level");
		d = single(names, "a module");
		settype(d, Dtype, modulebody(d, tsrc), nil);
		break;
	case Lexception:
		take();
		t = mktype(Texception, tsrc);
		if(got(Llparen)){
			Decl **tail = &t->ids;
			do{
				d = mkdecl(Dfield, nil, pos());
				d->ty = type();
				*tail = d;
				tail = &d->next;
			}while(got(Lcomma));
			want(Lrparen);
		}
		settype(names, Dexc, t, nil);
		break;
	case Limport:
		take();
		if(ctx == Cmodule)
			syntax("import in a module declaration");
		settype(names, Dimport, nil, postfix(primary()));
		break;
	default:
		t = type();
		if(t->kind == Tfn && ctx != Cstmt){
			settype(names, Dfn, t, nil);
			break;
		}
		settype(names, Dvar, t, nil);
		if(got(Las)){
			if(ctx == Cmodule)
				syntax("module data cannot be initialised");
			settype(names, Dvar, t, expr());
		}
		break;
	}
	want(Lsemi);
	n->decls = names;
	n->stop = laststop;
	return n;
}

/* include "file"; with the file's declarations in the Oinclude's list */
static Node*
include(int ctx)
{
	Node *n;
	Tok t;
	char *path, *dir, *p;
	FILE *f;
	int i, d, braces;

	t = take();
	n = mk(Oinclude, t.src);
	n->sval = want(Lscon).sval;
	want(Lsemi);
	n->stop = laststop;
	if(front.noinclude){
		lerror(t.src, "include is not allowed here");
		return n;
	}
	if(memchr(n->sval.s, 0, n->sval.n) != nil){
		lerror(t.src, "bad include file name");
		return n;
	}
	path = nil;
	if(n->sval.s[0] == '/')
		path = n->sval.s;
	else{
		for(i = -1; i < front.nincdir && path == nil; i++){
			if(i < 0){
				dir = lstrdup(mainfile, strlen(mainfile));
				p = strrchr(dir, '/');
				if(p == nil)
					dir = nil;
				else
					*p = 0;
			}else
				dir = front.incdir[i];
			if(dir == nil)
				p = n->sval.s;
			else{
				p = lalloc(strlen(dir) + n->sval.n + 2);
				sprintf(p, "%s/%s", dir, n->sval.s);
			}
			f = fopen(p, "rb");
			if(f != nil){
				fclose(f);
				path = p;
			}
		}
		if(path == nil){
			lerror(t.src, "can't find include file %s", n->sval.s);
			return n;
		}
	}
	d = lexdepth();
	if(lexopen(path, t.src) < 0)
		return n;
	braces = depth;
	depth = 0;
	decllist(&n->list, ctx);
	if(tok() != Leof)
		lerror(pos(), "unexpected '%s' in included file", tokname(tok()));
	while(lexdepth() > d)
		lexpop();
	depth = braces;
	return n;
}

/* implement Mod, ...; */
static Node*
implement(void)
{
	Node *n, **tail, *m;
	Tok t;

	t = take();
	n = mk(Oimplement, t.src);
	tail = &n->list;
	do{
		m = mk(Oname, pos());
		m->sym = wantid();
		append(&tail, m);
	}while(got(Lcomma));
	want(Lsemi);
	n->stop = laststop;
	return n;
}

/* a[T, ...] for the names of the type parameters tp, as in Adt[T].f */
static Node*
instnames(Node *a, Decl *tp)
{
	Node *n, *o, **tail;

	n = mk(Oinst, a->src);
	n->l = a;
	tail = &n->list;
	for(; tp != nil; tp = tp->next){
		o = mk(Otype, tp->src);
		o->wtype = mktype(Tname, tp->src);
		o->wtype->sym = tp->sym;
		append(&tail, o);
	}
	return n;
}

/* a function definition; the name is next */
static Node*
fndef(void)
{
	Node *n, *a;
	Tok t;
	Decl *tp;
	Src src;

	t = take();
	n = mk(Ofndef, t.src);
	n->sym = t.sym;
	tp = nil;
	if(tok() == Llbrack)
		tp = tparams();
	if(got(Ldot)){
		/* Adt.f or Adt[T].f */
		a = mk(Oname, t.src);
		a->sym = t.sym;
		if(tp != nil){
			a = instnames(a, tp);
			tp = nil;
		}
		n->l = a;
		n->sym = wantid();
		if(tok() == Llbrack)
			tp = tparams();
	}
	src = pos();
	if(tok() != Llparen)
		syntax("expected '(' after the function's name");
	n->ty = fntail(src, 0);
	n->ty->tparams = tp;
	if(tok() == Lfor){
		if(tp == nil)
			lerror(pos(), "constraints without type parameters");
		constraints(tp);
	}
	if(tok() != Llbrace)
		syntax("expected the function's body");
	n->body = block();
	n->stop = laststop;
	return n;
}

/*
 * A declaration in the given context, or nil for an empty one. Statement
 * contexts call it only for "names:" that are not labels.
 */
static Node*
decl(int ctx)
{
	Decl *names, *d;
	Src src;
	Node *n;
	int k;

	src = pos();
	switch(tok()){
	case Lsemi:
		take();
		return nil;
	case Linclude:
		if(ctx == Cstmt)
			syntax("include inside a function");
		return include(ctx);
	case Limplement:
		if(ctx != Ctop)
			syntax("implement inside a declaration");
		return implement();
	case Lid:
		k = peek(1)->kind;
		if(k == Lcolon || k == Lcomma)
			break;
		if(k == Ldas && ctx == Ctop){
			names = idlist(Dvar, 0);
			want(Ldas);
			n = mk(Odecl, src);
			settype(names, Dvar, nil, expr());
			for(d = names; d != nil; d = d->next)
				d->inferred = 1;
			want(Lsemi);
			n->decls = names;
			n->stop = laststop;
			return n;
		}
		if(ctx == Ctop && (k == Llparen || k == Ldot || k == Llbrack))
			return fndef();
		syntax(ctx == Cmodule ? "expected a member declaration" : "expected a declaration or function");
	default:
		syntax(ctx == Cmodule ? "expected a member declaration" : "expected a declaration or function");
	}
	names = idlist(Dvar, 0);
	want(Lcolon);
	return declrest(names, src, ctx);
}

/* declarations up to '}' or the end of the file, appended to *list */
static void
decllist(Node **list, int ctx)
{
	Node **tail;

	tail = list;
	while(*tail != nil)
		tail = &(*tail)->next;
	for(;;){
		if(tok() == Leof || (ctx != Ctop && tok() == Lrbrace))
			break;
		append(&tail, guarded(decl, ctx, ctx == Ctop ? Rtop : Rstmt));
	}
}

/*
 * Statements
 */

/* does a case, alt, pick or exception arm's qualifier (ending in =>) start here? */
static int
atqual(void)
{
	int k, depth;

	switch(tok()){
	case Lif: case Lwhile: case Lfor: case Ldo: case Lcase: case Lalt:
	case Lpick: case Lreturn: case Lbreak: case Lcontinue: case Lspawn:
	case Lexit: case Lraise: case Llbrace: case Lsemi: case Lrbrace:
		return 0;
	}
	depth = 0;
	for(k = 0;; k++){
		switch(peek(k)->kind){
		case Leof:
			return 0;
		case Llparen: case Llbrack:
			depth++;
			break;
		case Lrparen: case Lrbrack:
			if(--depth < 0)
				return 0;
			break;
		case Llbrace:
			if(depth == 0)
				return 0;
			depth++;
			break;
		case Lrbrace:
			if(--depth < 0)
				return 0;
			break;
		case Lsemi:
			if(depth == 0)
				return 0;
			break;
		case Larrow:
			if(depth == 0)
				return 1;
			break;
		}
	}
}

static Node*
stmt1(int unused)
{
	(void)unused;
	return stmt();
}

/* statements up to '}' (or, in an arm, the next qualifier), appended to *list */
static void
stmtlist(Node **list, int inarm)
{
	Node **tail;

	tail = list;
	for(;;){
		if(tok() == Lrbrace || tok() == Leof)
			break;
		if(inarm && atqual())
			break;
		append(&tail, guarded(stmt1, 0, Rstmt));
	}
}

static void	arms(Node*);

/* { statements }, with its exception handler if one follows */
static Node*
block(void)
{
	Node *n, *e;
	Tok t;

	n = mk(Oblock, pos());
	want(Llbrace);
	enter();
	stmtlist(&n->list, 0);
	leave();
	want(Lrbrace);
	n->stop = laststop;
	if(tok() != Lexception)
		return n;
	t = take();
	e = mk(Oexcept, t.src);
	e->l = n;
	if(tok() == Lid)
		e->sym = take().sym;
	arms(e);
	e->stop = laststop;
	return e;
}

/* qualifier => statements */
static Node*
arm(int unused)
{
	Node *a;

	(void)unused;
	a = mk(Oarm, pos());
	a->list = qualifiers();
	want(Larrow);
	a->body = mk(Oblock, laststop);
	stmtlist(&a->body->list, 1);
	a->body->stop = laststop;
	a->stop = laststop;
	return a;
}

/* '{' qualifier => statements ... '}' into n's list */
static void
arms(Node *n)
{
	Node **tail;

	tail = &n->list;
	want(Llbrace);
	while(tok() != Lrbrace && tok() != Leof)
		append(&tail, guarded(arm, 0, Rqual));
	want(Lrbrace);
}

static Node*
cond(void)
{
	Node *e;

	want(Llparen);
	e = expr();
	want(Lrparen);
	return e;
}

/* a loop, case, alt or pick, with its label if any */
static Node*
labelled(Sym *label)
{
	Node *n;
	Tok t;

	t = take();
	switch(t.kind){
	case Lwhile:
		n = mk(Owhile, t.src);
		n->l = cond();
		n->body = stmt();
		break;
	case Ldo:
		n = mk(Odo, t.src);
		n->body = stmt();
		want(Lwhile);
		n->l = cond();
		want(Lsemi);
		break;
	case Lfor:
		n = mk(Ofor, t.src);
		want(Llparen);
		if(tok() != Lsemi)
			n->l = expr();
		want(Lsemi);
		if(tok() != Lsemi)
			n->r = expr();
		want(Lsemi);
		if(tok() != Lrparen)
			n->third = expr();
		want(Lrparen);
		n->body = stmt();
		break;
	case Lcase:
		n = mk(Ocase, t.src);
		n->l = expr();
		arms(n);
		break;
	case Lalt:
		n = mk(Oalt, t.src);
		arms(n);
		break;
	default:	/* Lpick */
		n = mk(Opick, t.src);
		n->sym = wantid();
		want(Ldas);
		n->l = expr();
		arms(n);
		break;
	}
	n->label = label;
	n->stop = laststop;
	return n;
}

static int
isloop(int k)
{
	return k == Lwhile || k == Ldo || k == Lfor || k == Lcase || k == Lalt || k == Lpick;
}

static Node*
stmt(void)
{
	Node *n;
	Tok t;
	Sym *label;
	int k;

	enter();
	t = *peek(0);
	switch(t.kind){
	case Lsemi:
		take();
		n = mk(Oempty, t.src);
		break;
	case Llbrace:
		n = block();
		break;
	case Lif:
		take();
		n = mk(Oif, t.src);
		n->l = cond();
		n->body = stmt();
		if(got(Lelse))
			n->third = stmt();
		break;
	case Lwhile: case Ldo: case Lfor: case Lcase: case Lalt: case Lpick:
		n = labelled(nil);
		break;
	case Lbreak:
	case Lcontinue:
		take();
		n = mk(t.kind == Lbreak ? Obreak : Ocontinue, t.src);
		if(tok() == Lid)
			n->sym = take().sym;
		want(Lsemi);
		break;
	case Lreturn:
		take();
		n = mk(Oreturn, t.src);
		if(tok() != Lsemi)
			n->l = expr();
		want(Lsemi);
		break;
	case Lspawn:
		take();
		n = mk(Ospawn, t.src);
		n->l = expr();
		if(n->l->op != Ocall)
			lerror(t.src, "spawn needs a function call");
		want(Lsemi);
		break;
	case Lexit:
		take();
		n = mk(Oexit, t.src);
		want(Lsemi);
		break;
	case Lraise:
		take();
		n = mk(Oraise, t.src);
		if(tok() != Lsemi)
			n->l = expr();
		want(Lsemi);
		break;
	case Lid:
		k = peek(1)->kind;
		if(k == Lcolon && isloop(peek(2)->kind)){
			label = take().sym;
			take();
			n = labelled(label);
			break;
		}
		if(k == Lcolon || k == Lcomma){
			n = decl(Cstmt);
			break;
		}
		/* fall through */
	default:
		n = expr();
		want(Lsemi);
		break;
	}
	n->stop = laststop;
	leave();
	return n;
}

/*
 * Files
 */

static Node*
parse(void)
{
	jmp_buf fatal, top;
	Node *tree;

	tree = nil;
	nest = 0;
	depth = 0;
	lfatalenv = &fatal;
	if(setjmp(fatal) == 0){
		recover = &top;
		if(setjmp(top) == 0)
			decllist(&tree, Ctop);
	}
	lfatalenv = nil;
	recover = nil;
	front.tree = tree;
	return tree;
}

/* the declarations of the file (nil if it has none or cannot be read) */
Node*
parsefile(char *file)
{
	Src none;

	mainfile = file;
	memset(&none, 0, sizeof none);
	none.file = -1;
	if(lexopen(file, none) < 0)
		return nil;
	return parse();
}

/* the same for len bytes of text named name */
Node*
parsetext(char *name, char *text, long len)
{
	mainfile = name;
	if(lexbuf(name, text, len) < 0)
		return nil;
	return parse();
}
