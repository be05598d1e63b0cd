/*
 * The .sbl symbol file of limbo -g: Inferno's debugger format 2.1
 * (limbo-lang.md section 9, Inferno's sbl(6)), written from code
 * generation's state after the .dis, before compile() resets it.
 * In order: the header, the source files (basenames), each
 * instruction's source span and region number, the type table (the
 * adts the program uses), the functions (pc, name, arguments,
 * locals, result) and the globals. Nothing here reads an .sbl back.
 *
 * Positions are written against the one written before them:
 * "[file:][line.]col,[line.]col " with columns from 0 (the front
 * end's count from 1) and the end just after the text.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include "limbo.h"
#include "gen.h"
#include "genint.h"

/* a source file's text, read again to find where declarations end */
typedef struct Text Text;
struct Text {
	int	loaded;
	char	*s;		/* nil: not readable */
	long	n;
	long	*line;		/* line[k]: the byte offset of line k+1 */
	int	nline;
};

typedef struct Sbl Sbl;
struct Sbl {
	FILE	*f;
	int	lastf, lastline;	/* what positions are written against */
	int	nsrc;		/* the front end's files */
	int	*fmap;		/* front end file index -> the .sbl table's */
	Text	*text;
	Type	**adt;		/* the type table, in the order first used */
	int	nadt, capadt;
	Type	**mod;		/* modules whose data members use() has seen */
	int	nmod, capmod;
	int	depth;		/* nesting of wtype */
};

static void	wtype(Sbl*, Type*, int force, Src at);

static void*
more(void *p, int n, int *cap, long size)
{
	void *q;

	if(n < *cap)
		return p;
	*cap = *cap ? 2 * *cap : 32;
	q = realloc(p, *cap * size);
	if(q == nil)
		lfatal("out of memory");
	return q;
}

static int
utflen(char *s)
{
	int n;

	for(n = 0; *s != 0; s++)
		if((*s & 0xC0) != 0x80)
			n++;
	return n;
}

static int
validsrc(Src s)
{
	return s.file >= 0 && s.line > 0;
}

/*
 * Source text
 */

static Text*
text(Sbl *s, int file)
{
	Text *t;
	FILE *f;
	long cap, m, k;

	if(file < 0 || file >= s->nsrc)
		return nil;
	t = &s->text[file];
	if(t->loaded)
		return t->s != nil ? t : nil;
	t->loaded = 1;
	f = fopen(srcfile(file), "rb");
	if(f == nil)
		return nil;
	cap = 64*1024;
	t->s = malloc(cap);
	while(t->s != nil && (m = fread(t->s + t->n, 1, cap - t->n, f)) > 0){
		t->n += m;
		if(t->n == cap){
			cap *= 2;
			t->s = realloc(t->s, cap);
		}
	}
	fclose(f);
	if(t->s == nil)
		lfatal("out of memory");
	t->line = malloc((t->n + 2) * sizeof *t->line);
	if(t->line == nil)
		lfatal("out of memory");
	t->line[t->nline++] = 0;
	for(k = 0; k < t->n; k++)
		if(t->s[k] == '\n')
			t->line[t->nline++] = k + 1;
	return t;
}

/* the byte offset of line.col (columns count characters from 1), or -1 */
static long
offsetof_(Text *t, int line, int col)
{
	long p;

	if(line < 1 || line > t->nline || col < 1)
		return -1;
	p = t->line[line-1];
	while(col > 1 && p < t->n && t->s[p] != '\n'){
		p++;
		while(p < t->n && (t->s[p] & 0xC0) == 0x80)
			p++;
		col--;
	}
	return col == 1 ? p : -1;
}

/* the character at line.col if it is ASCII, else -1 */
static int
charat(Sbl *s, int file, int line, int col)
{
	Text *t;
	long p;

	t = text(s, file);
	if(t == nil || (p = offsetof_(t, line, col)) < 0 || p >= t->n)
		return -1;
	return (uchar)t->s[p] < 0x80 ? t->s[p] : -1;
}

/* consumes the byte at *p, keeping at (line, column) on the next character */
static void
step(Text *t, long *p, Src *at)
{
	int c;

	c = t->s[(*p)++];
	if(c == '\n'){
		at->line++;
		at->col = 1;
	}else if((c & 0xC0) != 0x80)
		at->col++;
}

/*
 * Where the bracket closing the first open at or after from ends:
 * an adt's or module's '}' from its keyword, a tuple's ')' from its
 * '('. Comments, strings and character constants are skipped as the
 * lexer would. Without the text, the character at from.
 */
static Src
closeof(Sbl *s, Src from, int open, int close)
{
	Text *t;
	Src at;
	long p;
	int depth, c;

	at = from;
	at.col++;
	t = text(s, from.file);
	if(t == nil || (p = offsetof_(t, from.line, from.col)) < 0)
		return at;
	depth = 0;
	while(p < t->n){
		c = t->s[p];
		if(c == '#'){
			while(p < t->n && t->s[p] != '\n')
				step(t, &p, &from);
			continue;
		}
		if(c == '"' || c == '\'' || c == '`'){
			/* to the closing quote; only raw strings cross lines */
			step(t, &p, &from);
			while(p < t->n && t->s[p] != c && (c == '`' || t->s[p] != '\n')){
				if(t->s[p] == '\\' && c != '`')
					step(t, &p, &from);
				if(p < t->n)
					step(t, &p, &from);
			}
			if(p < t->n && t->s[p] == c)
				step(t, &p, &from);
			continue;
		}
		if(c == open)
			depth++;
		else if(c == close && depth > 0 && --depth == 0){
			step(t, &p, &from);
			return from;
		}
		step(t, &p, &from);
	}
	return at;
}

/*
 * Positions
 */

static int
sblfile(Sbl *s, int file)
{
	if(file < 0 || file >= s->nsrc)
		return s->lastf;
	return s->fmap[file];
}

/* start and end (front end columns), with the space that ends them */
static void
wspan(Sbl *s, int file, int line, int col, int eline, int ecol)
{
	int f;

	f = sblfile(s, file);
	if(line <= 0)
		line = eline = s->lastline;
	if(f != s->lastf)
		fprintf(s->f, "%d:", f);
	if(line != s->lastline)
		fprintf(s->f, "%d.", line);
	fprintf(s->f, "%d,", col > 0 ? col - 1 : 0);
	if(eline != line)
		fprintf(s->f, "%d.", eline);
	fprintf(s->f, "%d ", ecol > 0 ? ecol - 1 : 0);
	s->lastf = f;
	s->lastline = eline;
}

static void
wsrc(Sbl *s, Src start, Src end)
{
	wspan(s, start.file, start.line, start.col, end.line, end.col);
}

/* a declared name's span: the name itself */
static void
wname(Sbl *s, Decl *d)
{
	Src e;

	e = d->src;
	e.col += utflen(d->sym->name);
	wsrc(s, d->src, e);
}

/*
 * The type table: every adt the written declarations reach, and
 * those of constant declarations (sys.m's nulldir makes Sys->Dir
 * used, as in Inferno's output), in the order first met. A pick
 * variant stands for its adt.
 */

static int
adtindex(Sbl *s, Type *t)
{
	int i;

	for(i = 0; i < s->nadt; i++)
		if(s->adt[i] == t)
			return i;
	return -1;
}

static void
use(Sbl *s, Type *t)
{
	Decl *d, *f;
	int i;

	t = realtype(t);
	if(t == nil || s->depth > Maxnest)
		return;
	s->depth++;
	switch(t->kind){
	case Tarray: case Tlist: case Tchan: case Tref: case Tpickvar:
		use(s, t->of);
		break;
	case Tadt:
		if(adtindex(s, t) >= 0)
			break;
		s->adt = more(s->adt, s->nadt, &s->capadt, sizeof *s->adt);
		s->adt[s->nadt++] = t;
		for(d = t->ids; d != nil; d = d->next)
			if(d->kind == Dfield)
				use(s, d->ty);
		for(d = t->tags; d != nil; d = d->next)
			for(f = d->ty->ids; f != nil; f = f->next)
				if(f->kind == Dfield)
					use(s, f->ty);
		break;
	case Ttuple: case Texception:
		for(d = t->ids; d != nil; d = d->next)
			use(s, d->ty);
		break;
	case Tfn:
		for(d = t->ids; d != nil; d = d->next)
			use(s, d->ty);
		use(s, t->of);
		break;
	case Tmodule:
		for(i = 0; i < s->nmod; i++)
			if(s->mod[i] == t)
				break;
		if(i < s->nmod)
			break;
		s->mod = more(s->mod, s->nmod, &s->capmod, sizeof *s->mod);
		s->mod[s->nmod++] = t;
		for(d = t->ids; d != nil; d = d->next)
			if(d->kind == Dvar)
				use(s, d->ty);
		break;
	}
	s->depth--;
}

static Type*
consttype(Decl *d)
{
	return d->evaluating == 2 && d->value != nil ? d->value->ty : nil;
}

/* constants, globals and function signatures, in declaration order */
static void
usedecls(Sbl *s, Node *l)
{
	Decl *d, *m, *a;
	Type *t;

	for(; l != nil; l = l->next){
		if(l->op == Oinclude)
			usedecls(s, l->list);
		if(l->op == Ofndef && (t = realtype(l->ty)) != nil){
			for(a = t->ids; a != nil; a = a->next)
				if(a->sym != nil)
					use(s, a->ty);
			use(s, t->of);
		}
		if(l->op != Odecl)
			continue;
		for(d = l->decls; d != nil; d = d->next){
			if(d->kind == Dconst)
				use(s, consttype(d));
			if(d->kind == Dvar && d->where == Wmp)
				use(s, d->ty);
			if(d->kind == Dtype && d->ty != nil && d->ty->decl == d && d->ty->kind == Tmodule)
				for(m = d->ty->ids; m != nil; m = m->next)
					if(m->kind == Dconst)
						use(s, consttype(m));
		}
	}
}

/* the module an adt is declared in, or nil for one at the top level */
static Decl*
adtowner(Node *l, Decl *adt)
{
	Decl *d, *m, *r;

	for(; l != nil; l = l->next){
		if(l->op == Oinclude && (r = adtowner(l->list, adt)) != nil)
			return r;
		if(l->op != Odecl)
			continue;
		for(d = l->decls; d != nil; d = d->next)
			if(d->kind == Dtype && d->ty != nil && d->ty->decl == d && d->ty->kind == Tmodule)
				for(m = d->ty->ids; m != nil; m = m->next)
					if(m == adt)
						return d;
	}
	return nil;
}

/*
 * Declarations and types
 */

typedef int	(*Keep)(Decl*);

static int
keepfield(Decl *d)
{
	return d->kind == Dfield && d->sym != nil;
}

static int
keeparg(Decl *d)
{
	return d->sym != nil;
}

/* a count line, then "offset:name:span type" for each decl of the list kept */
static void
wdecls(Sbl *s, Decl *l, Keep keep)
{
	Decl *d;
	int n;

	n = 0;
	for(d = l; d != nil; d = d->next)
		if(keep(d))
			n++;
	fprintf(s->f, "%d\n", n);
	for(d = l; d != nil; d = d->next){
		if(!keep(d))
			continue;
		fprintf(s->f, "%ld:%s:", d->offset, d->sym->name);
		wname(s, d);
		wtype(s, d->ty, 0, d->src);
		fputc('\n', s->f);
	}
}

/* the same from an array */
static void
wdeclv(Sbl *s, Decl **v, int n)
{
	int i;

	fprintf(s->f, "%d\n", n);
	for(i = 0; i < n; i++){
		fprintf(s->f, "%ld:%s:", v[i]->offset, v[i]->sym->name);
		wname(s, v[i]);
		wtype(s, v[i]->ty, 0, v[i]->src);
		fputc('\n', s->f);
	}
}

/*
 * A tuple's or exception's elements are named t0, t1, ...; their
 * span is the tuple's text when the type was written as one, else
 * (types the checker made) the declaration's name.
 */
static void
wtuple(Sbl *s, Type *t, Src at)
{
	Decl *d;
	Src start, end;
	int n;

	tsize(t);
	fprintf(s->f, "t%ld.", t->size);
	n = 0;
	for(d = t->ids; d != nil; d = d->next)
		n++;
	fprintf(s->f, "%d\n", n);
	start = validsrc(t->src) ? t->src : at;
	if(charat(s, start.file, start.line, start.col) == '(')
		end = closeof(s, start, '(', ')');
	else{
		end = start;
		end.col++;
	}
	n = 0;
	for(d = t->ids; d != nil; d = d->next){
		fprintf(s->f, "%ld:t%d:", d->offset, n++);
		wsrc(s, start, end);
		wtype(s, d->ty, 0, start);
		fputc('\n', s->f);
	}
}

/* a [Mod->]Name span size line, the data fields, then a pick's variants */
static void
wadt(Sbl *s, Type *t)
{
	Decl *d, *m;
	Type *last;
	int n;

	d = t->decl;
	tsize(t);
	fputc(t->tags != nil ? 'p' : 'a', s->f);
	m = adtowner(gentree, d);
	if(m != nil && m != gen.impl)
		fprintf(s->f, "%s->", m->sym->name);
	fprintf(s->f, "%s ", d->sym->name);
	wsrc(s, d->src, closeof(s, t->src, '{', '}'));
	fprintf(s->f, "%ld\n", t->tags != nil ? 0L : t->size);
	wdecls(s, t->ids, keepfield);
	if(t->tags == nil)
		return;
	n = 0;
	for(d = t->tags; d != nil; d = d->next)
		n++;
	fprintf(s->f, "%d\n", n);
	last = nil;
	for(d = t->tags; d != nil; d = d->next){
		fprintf(s->f, "%s:", d->sym->name);
		wname(s, d);
		if(d->ty == last)
			fputc('\n', s->f);	/* "A or B =>": as the one before */
		else{
			fprintf(s->f, "%ld\n", d->ty->size);
			wdecls(s, d->ty->ids, keepfield);
		}
		last = d->ty;
	}
}

/* mName, its span, its data members at their offsets in its data */
static void
wmodule(Sbl *s, Type *t)
{
	Decl *d, **v;
	int n;

	d = t->decl;
	fprintf(s->f, "m%s\n", d->sym->name);
	wsrc(s, d->src, closeof(s, t->src, '{', '}'));
	n = modmembers(t, 0, &v);
	if(n > 0)
		mplayout(v, n);
	wdeclv(s, v, n);
}

/*
 * A type: one letter, the element type after A L C R, an adt as
 * @index of the type table (force: written out, for the table).
 * Letters stand alone; aggregates end with their last line.
 */
static void
wtype(Sbl *s, Type *t, int force, Src at)
{
	int i;

	t = realtype(t);
	if(t == nil || s->depth > Maxnest){
		fputc('N', s->f);
		return;
	}
	if(t->kind == Tpickvar)
		t = realtype(t->of);
	s->depth++;
	switch(t->kind){
	case Tnone:	fputc('n', s->f); break;
	case Tint:
	case Tfixed:	fputc('i', s->f); break;
	case Tbig:	fputc('B', s->f); break;
	case Tbyte:	fputc('b', s->f); break;
	case Treal:	fputc('f', s->f); break;
	case Tstring:	fputc('s', s->f); break;
	case Tpoly:	fputc('P', s->f); break;
	case Tarray:
	case Tlist:
	case Tchan:
	case Tref:
		fputc(t->kind == Tarray ? 'A' : t->kind == Tlist ? 'L' : t->kind == Tchan ? 'C' : 'R', s->f);
		wtype(s, t->of, 0, at);
		break;
	case Tfn:
		framesize(t);	/* the arguments' frame offsets, in a type the checker made */
		fputc('F', s->f);
		wdecls(s, t->ids, keeparg);
		wtype(s, t->of, 0, at);
		break;
	case Ttuple:
	case Texception:
		wtuple(s, t, at);
		break;
	case Tadt:
		i = adtindex(s, t);
		if(!force && i >= 0)
			fprintf(s->f, "@%d\n", i);
		else
			wadt(s, t);
		break;
	case Tmodule:
		wmodule(s, t);
		break;
	default:	/* nil's type, or one unknown */
		fputc('N', s->f);
		break;
	}
	s->depth--;
}

/*
 * Functions and globals
 */

static void
addvar(Decl ***v, int *n, int *cap, Decl *d)
{
	int i;

	for(i = 0; i < *n; i++)
		if((*v)[i] == d)
			return;
	*v = more(*v, *n, cap, sizeof **v);
	(*v)[(*n)++] = d;
}

/* the named local variables declared in a function body: those given frame slots */
static void
locals(Node *n, Decl ***v, int *nv, int *cap)
{
	Node *c;
	Decl *d;

	if(n == nil)
		return;
	if(n->op == Odecl)
		for(d = n->decls; d != nil; d = d->next)
			if(d->kind == Dvar && d->where == Wfp && d->sym != nil)
				addvar(v, nv, cap, d);
	d = n->decl;
	if(d != nil && d->kind == Dvar && d->where == Wfp && d->sym != nil)
		addvar(v, nv, cap, d);
	locals(n->l, v, nv, cap);
	locals(n->r, v, nv, cap);
	locals(n->third, v, nv, cap);
	locals(n->body, v, nv, cap);
	for(c = n->list; c != nil; c = c->next)
		locals(c, v, nv, cap);
}

/* top-level variables (in included files too) */
static void
globals(Node *l, Decl ***v, int *nv, int *cap)
{
	Decl *d;

	for(; l != nil; l = l->next){
		if(l->op == Oinclude)
			globals(l->list, v, nv, cap);
		if(l->op != Odecl)
			continue;
		for(d = l->decls; d != nil; d = d->next)
			if(d->kind == Dvar && d->where == Wmp && d->sym != nil)
				addvar(v, nv, cap, d);
	}
}

static int
byoffset(const void *a, const void *b)
{
	Decl *x = *(Decl**)a, *y = *(Decl**)b;

	if(x->offset != y->offset)
		return x->offset < y->offset ? -1 : 1;
	return strcmp(x->sym->name, y->sym->name);
}

/* the globals: the implemented module's data and the top-level variables, by offset */
static int
allglobals(Decl ***v)
{
	Decl **mv;
	int i, n, nm, cap;

	*v = nil;
	n = cap = 0;
	nm = modmembers(gen.impl->ty, 0, &mv);
	for(i = 0; i < nm; i++)
		if(mv[i]->where == Wmp)
			addvar(v, &n, &cap, mv[i]);
	globals(gentree, v, &n, &cap);
	if(n > 0)
		qsort(*v, n, sizeof **v, byoffset);
	return n;
}

/* pc:name, the arguments (nil ones left out), the locals by offset, the result */
static void
wfn(Sbl *s, Fn *f)
{
	Type *t;
	Decl **v;
	int n, cap;

	t = rtype(f->def->ty);
	fprintf(s->f, "%d:%s\n", f->pc, f->name);
	wdecls(s, t->ids, keeparg);
	v = nil;
	n = cap = 0;
	locals(f->def->body, &v, &n, &cap);
	if(n > 0)
		qsort(v, n, sizeof *v, byoffset);
	wdeclv(s, v, n);
	wtype(s, t->of, 0, f->def->src);
	free(v);
}

/*
 * Instructions: spans as the front end recorded them (a statement's
 * end is after its ';', which Inferno leaves out, so it is dropped
 * here); region numbers renumbered 0, 1, ... in the order met.
 */
static void
winst(Sbl *s)
{
	Ginst *g;
	int i, maxb, nb, *bmap;
	int file, line, col, eline, ecol, c;

	maxb = 0;
	for(i = 0; i < gen.o.nprog; i++)
		if(gen.o.prog[i].block > maxb)
			maxb = gen.o.prog[i].block;
	bmap = malloc((maxb + 1) * sizeof *bmap);
	if(bmap == nil)
		lfatal("out of memory");
	for(i = 0; i <= maxb; i++)
		bmap[i] = -1;
	nb = 0;
	file = -1;
	line = col = eline = ecol = 0;
	fprintf(s->f, "%d\n", gen.o.nprog);
	for(i = 0; i < gen.o.nprog; i++){
		g = &gen.o.prog[i];
		if(g->block >= 0 && bmap[g->block] < 0)
			bmap[g->block] = nb++;
		if(g->line > 0){
			/* else as the instruction before */
			file = g->file;
			line = g->line;
			col = g->col;
			eline = g->eline;
			ecol = g->ecol;
			if(eline < line || (eline == line && ecol <= col)){
				eline = line;
				ecol = col + 1;
			}else if(charat(s, file, eline, ecol - 1) == ';'){
				ecol--;
				while((eline > line || ecol - 1 > col)
				&& ((c = charat(s, file, eline, ecol - 1)) == ' ' || c == '\t'))
					ecol--;
			}
		}
		wspan(s, file, line, col, eline, ecol);
		fprintf(s->f, "%d\n", g->block >= 0 ? bmap[g->block] : 0);
	}
	free(bmap);
}

/* the file table: each file once, by basename */
static void
wfiles(Sbl *s)
{
	char *none, *p;
	int i, j, n;

	none = srcfile(-1);	/* the one string it answers past the last file */
	for(n = 0; srcfile(n) != none; n++)
		;
	s->nsrc = n;
	s->fmap = calloc(n + 1, sizeof *s->fmap);
	s->text = calloc(n + 1, sizeof *s->text);
	if(s->fmap == nil || s->text == nil)
		lfatal("out of memory");
	n = 0;
	for(i = 0; i < s->nsrc; i++){
		for(j = 0; j < i; j++)
			if(strcmp(srcfile(j), srcfile(i)) == 0)
				break;
		s->fmap[i] = j < i ? s->fmap[j] : n++;
	}
	fprintf(s->f, "%d\n", n);
	n = 0;
	for(i = 0; i < s->nsrc; i++){
		if(s->fmap[i] != n)
			continue;
		p = strrchr(srcfile(i), '/');
		fprintf(s->f, "%s\n", p != nil ? p+1 : srcfile(i));
		n++;
	}
}

/*
 * Writes the module just compiled (gen's state, gentree) as file.
 * Returns 0, or -1 after reporting why.
 */
int
sblwrite(char *file)
{
	Sbl s;
	Fn *f;
	Decl **v, **lv;
	int i, k, n, nl, capl, nfn;

	memset(&s, 0, sizeof s);
	s.f = fopen(file, "w");
	if(s.f == nil){
		lmessage("limbo: can't create %s: %s", file, strerror(errno));
		return -1;
	}
	fprintf(s.f, "limbo .sbl 2.1\n%s\n", gen.impl->sym->name);
	wfiles(&s);
	winst(&s);

	/* the type table: what the tables after it name */
	n = allglobals(&v);
	usedecls(&s, gentree);
	for(i = 0; i < n; i++)
		use(&s, v[i]->ty);
	nfn = 0;
	for(f = gen.fns; f != nil; f = f->next){
		if(f->pc < 0)
			continue;
		nfn++;
		lv = nil;
		nl = capl = 0;
		locals(f->def->body, &lv, &nl, &capl);
		for(k = 0; k < nl; k++)
			use(&s, lv[k]->ty);
		free(lv);
	}
	fprintf(s.f, "%d\n", s.nadt);
	for(i = 0; i < s.nadt; i++)
		wtype(&s, s.adt[i], 1, s.adt[i]->src);

	fprintf(s.f, "%d\n", nfn);
	for(f = gen.fns; f != nil; f = f->next)
		if(f->pc >= 0)
			wfn(&s, f);
	wdeclv(&s, v, n);
	free(v);

	for(i = 0; i < s.nsrc; i++){
		free(s.text[i].s);
		free(s.text[i].line);
	}
	free(s.text);
	free(s.fmap);
	free(s.adt);
	free(s.mod);
	if(ferror(s.f) | fclose(s.f)){
		lmessage("limbo: can't write %s: %s", file, strerror(errno));
		return -1;
	}
	return 0;
}
