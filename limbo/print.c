/*
 * The tree printed back as Limbo source (limbo -P): one canonical
 * layout, parentheses only where precedence needs them, constants in
 * a form that reads back to the same value. Parsing the output and
 * printing again gives the same text; the tests and the fuzzer rely
 * on that. Comments and the original layout are not kept.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <setjmp.h>
#include <math.h>
#include "limbo.h"

enum {
	Pterm = 16,	/* names, constants, postfix */
	Punary = 15,
	Pload = 2,
	Pas = 1,
	Ptop = 0,	/* a whole expression: an argument, a condition, a statement */
};

static void	pexpr(Out*, Node*, int);
static void	ptype(Out*, Type*);
static void	pstmt(Out*, Node*, int);
static void	pdecls(Out*, Decl*, int, int);

void
outs(Out *o, char *s, long n)
{
	char *ns;

	if(o->n + n + 1 > o->cap){
		o->cap = (o->n + n + 1) * 2;
		ns = realloc(o->s, o->cap);
		if(ns == nil){
			fprintf(stderr, "limbo: out of memory\n");
			exit(1);
		}
		o->s = ns;
	}
	memcpy(o->s + o->n, s, n);
	o->n += n;
	o->s[o->n] = 0;
}

void
outfmt(Out *o, char *fmt, ...)
{
	char buf[256], *p;
	va_list arg;
	int n;

	va_start(arg, fmt);
	n = vsnprintf(buf, sizeof buf, fmt, arg);
	va_end(arg);
	if(n < (int)sizeof buf){
		outs(o, buf, n);
		return;
	}
	p = malloc(n + 1);
	if(p == nil)
		exit(1);
	va_start(arg, fmt);
	vsnprintf(p, n + 1, fmt, arg);
	va_end(arg);
	outs(o, p, n);
	free(p);
}

static void
str(Out *o, char *s)
{
	outs(o, s, strlen(s));
}

static void
tabs(Out *o, int n)
{
	while(n-- > 0)
		outs(o, "\t", 1);
}

static void
sym(Out *o, Sym *s)
{
	if(s == nil)
		str(o, "nil");
	else
		outs(o, s->name, s->len);
}

/* c inside quote q, escaped as needed; bytes of UTF-8 are written as they are */
static void
pchar(Out *o, int c, int q)
{
	char *e;

	e = nil;
	switch(c){
	case '\\':	e = "\\\\"; break;
	case '\n':	e = "\\n"; break;
	case '\t':	e = "\\t"; break;
	case '\r':	e = "\\r"; break;
	case '\a':	e = "\\a"; break;
	case '\b':	e = "\\b"; break;
	case '\f':	e = "\\f"; break;
	case '\v':	e = "\\v"; break;
	case 0:		e = "\\0"; break;
	}
	if(e != nil){
		str(o, e);
		return;
	}
	if(c == q){
		outfmt(o, "\\%c", q);
		return;
	}
	if(c < 0x20 || c == 0x7F){
		outfmt(o, "\\u%04x", c);
		return;
	}
	outs(o, (char*)&(char){c}, 1);
}

static void
pstring(Out *o, Str s)
{
	int i;

	str(o, "\"");
	for(i = 0; i < s.n; i++){
		if((uchar)s.s[i] >= 0x80)
			outs(o, s.s + i, 1);
		else
			pchar(o, (uchar)s.s[i], '"');
	}
	str(o, "\"");
}

static void
pcharconst(Out *o, vlong c)
{
	char b[4];

	str(o, "'");
	if(c < 0x80)
		pchar(o, c, '\'');
	else if(c < 0x800){
		b[0] = 0xC0 | c >> 6;
		b[1] = 0x80 | (c & 0x3F);
		outs(o, b, 2);
	}else if(c < 0x10000){
		if(c >= 0xD800 && c <= 0xDFFF)
			outfmt(o, "\\u%04llx", c);
		else{
			b[0] = 0xE0 | c >> 12;
			b[1] = 0x80 | (c >> 6 & 0x3F);
			b[2] = 0x80 | (c & 0x3F);
			outs(o, b, 3);
		}
	}else{
		b[0] = 0xF0 | c >> 18;
		b[1] = 0x80 | (c >> 12 & 0x3F);
		b[2] = 0x80 | (c >> 6 & 0x3F);
		b[3] = 0x80 | (c & 0x3F);
		outs(o, b, 4);
	}
	str(o, "'");
}

/* the shortest %g text that reads back as r, always with a '.' or an exponent */
static void
preal(Out *o, double r)
{
	char buf[64];
	int p;

	if(isinf(r)){
		str(o, "1e999");
		return;
	}
	for(p = 1; p <= 17; p++){
		snprintf(buf, sizeof buf, "%.*g", p, r);
		if(strtod(buf, nil) == r)
			break;
	}
	str(o, buf);
	if(strpbrk(buf, ".e") == nil)
		str(o, ".0");
}

static int
prec(Node *n)
{
	switch(n->op){
	case Oexp:	return 14;
	case Omul: case Odiv: case Omod:	return 13;
	case Oadd: case Osub:	return 12;
	case Olsh: case Orsh:	return 11;
	case Olt: case Ogt: case Oleq: case Ogeq:	return 10;
	case Oeq: case Oneq:	return 9;
	case Oand:	return 8;
	case Oxor:	return 7;
	case Oor:	return 6;
	case Ocons:	return 5;
	case Oandand:	return 4;
	case Ooror:	return 3;
	case Oload:	return Pload;
	case Oplus: case Oneg: case Onot: case Ocomp: case Oderef: case Opreinc:
	case Opredec: case Orcv: case Ohd: case Otl: case Olen: case Oref:
	case Otagof: case Ocast: case Oarray: case Olistof: case Ochan:
		return Punary;
	}
	if(n->op >= Oas && n->op <= Osnd)
		return Pas;
	return Pterm;
}

static char*
opname(int op)
{
	switch(op){
	case Oexp:	return "**";
	case Omul:	return "*";
	case Odiv:	return "/";
	case Omod:	return "%";
	case Oadd:	return "+";
	case Osub:	return "-";
	case Olsh:	return "<<";
	case Orsh:	return ">>";
	case Olt:	return "<";
	case Ogt:	return ">";
	case Oleq:	return "<=";
	case Ogeq:	return ">=";
	case Oeq:	return "==";
	case Oneq:	return "!=";
	case Oand:	return "&";
	case Oxor:	return "^";
	case Oor:	return "|";
	case Ocons:	return "::";
	case Oandand:	return "&&";
	case Ooror:	return "||";
	case Oas:	return "=";
	case Odas:	return ":=";
	case Oaddas:	return "+=";
	case Osubas:	return "-=";
	case Omulas:	return "*=";
	case Odivas:	return "/=";
	case Omodas:	return "%=";
	case Oandas:	return "&=";
	case Ooras:	return "|=";
	case Oxoras:	return "^=";
	case Olshas:	return "<<=";
	case Orshas:	return ">>=";
	case Oexpas:	return "**=";
	case Osnd:	return "<-=";
	case Oplus:	return "+";
	case Oneg:	return "-";
	case Onot:	return "!";
	case Ocomp:	return "~";
	case Oderef:	return "*";
	case Opreinc:	return "++";
	case Opredec:	return "--";
	case Orcv:	return "<-";
	case Ohd:	return "hd ";
	case Otl:	return "tl ";
	case Olen:	return "len ";
	case Oref:	return "ref ";
	case Otagof:	return "tagof ";
	}
	return "?";
}

static void
plist(Out *o, Node *l)
{
	for(; l != nil; l = l->next){
		pexpr(o, l, Ptop);
		if(l->next != nil)
			str(o, ", ");
	}
}

static void
pquals(Out *o, Node *l)
{
	for(; l != nil; l = l->next){
		pexpr(o, l, Ptop);
		if(l->next != nil)
			str(o, " or ");
	}
}

static void
ptypes(Out *o, Node *l)
{
	str(o, "[");
	for(; l != nil; l = l->next){
		ptype(o, l->wtype);
		if(l->next != nil)
			str(o, ", ");
	}
	str(o, "]");
}

static int
symbolic(int op)
{
	switch(op){
	case Oplus: case Oneg: case Onot: case Ocomp: case Oderef:
	case Opreinc: case Opredec: case Orcv:
		return 1;
	}
	return 0;
}

/* n, in parentheses if its precedence is below min */
static void
pexpr(Out *o, Node *n, int min)
{
	int p, rassoc, paren;

	p = prec(n);
	paren = p < min || (o->parens && p < Pterm && min > Ptop);
	if(paren)
		str(o, "(");
	switch(n->op){
	case Oname:
		sym(o, n->sym);
		break;
	case Oconst:
		if(n->ischar)
			pcharconst(o, n->ival);
		else if(n->ival < 0 && n->isconst)
			outfmt(o, "%lld", n->ival);	/* a folded value, shown, not parsed again */
		else if(n->ival < 0)
			outfmt(o, "16r%llx", (uvlong)n->ival);
		else
			outfmt(o, "%lld", n->ival);
		break;
	case Oreal:
		preal(o, n->rval);
		break;
	case Ostring:
		pstring(o, n->sval);
		break;
	case Onil:
		str(o, "nil");
		break;
	case Owild:
		str(o, "*");
		break;
	case Otype:
		ptype(o, n->wtype);
		break;
	case Otuple:
		str(o, "(");
		plist(o, n->list);
		str(o, ")");
		break;
	case Ocall:
		pexpr(o, n->l, Pterm);
		str(o, "(");
		plist(o, n->list);
		str(o, ")");
		break;
	case Oindex:
		pexpr(o, n->l, Pterm);
		str(o, "[");
		pexpr(o, n->r, Ptop);
		str(o, "]");
		break;
	case Oinst:
		pexpr(o, n->l, Pterm);
		ptypes(o, n->list);
		break;
	case Oslice:
		pexpr(o, n->l, Pterm);
		str(o, "[");
		if(n->r != nil)
			pexpr(o, n->r, Ptop);
		str(o, ":");
		if(n->third != nil)
			pexpr(o, n->third, Ptop);
		str(o, "]");
		break;
	case Odot:
	case Omdot:
		if(n->l->op == Oconst || n->l->op == Oreal){
			/* (1).f: without the parentheses the dot would be read as part of the number */
			str(o, "(");
			pexpr(o, n->l, Ptop);
			str(o, ")");
		}else
			pexpr(o, n->l, Pterm);
		str(o, n->op == Odot ? "." : "->");
		sym(o, n->sym);
		break;
	case Opostinc:
	case Opostdec:
		pexpr(o, n->l, Pterm);
		str(o, n->op == Opostinc ? "++" : "--");
		break;
	case Ocast:
		ptype(o, n->wtype);
		str(o, " ");
		pexpr(o, n->l, Punary);
		break;
	case Oarray:
		str(o, "array[");
		if(n->l != nil)
			pexpr(o, n->l, Ptop);
		str(o, "] of ");
		if(n->hasinit){
			str(o, "{");
			plist(o, n->list);
			str(o, "}");
		}else
			ptype(o, n->wtype);
		break;
	case Olistof:
		str(o, "list of {");
		plist(o, n->list);
		str(o, "}");
		break;
	case Ochan:
		str(o, "chan");
		if(n->l != nil){
			str(o, "[");
			pexpr(o, n->l, Ptop);
			str(o, "]");
		}
		str(o, " of ");
		ptype(o, n->wtype);
		break;
	case Oelem:
		pquals(o, n->list);
		str(o, " => ");
		pexpr(o, n->r, Ptop);
		break;
	case Orange:
		pexpr(o, n->l, Ptop);
		str(o, " to ");
		pexpr(o, n->r, Ptop);
		break;
	case Oload:
		str(o, "load ");
		sym(o, n->sym);
		str(o, " ");
		pexpr(o, n->l, 3);
		break;
	default:
		if(p == Punary){
			str(o, opname(n->op));
			/* keep - -x, * *p and the like from reading back as one operator */
			if(symbolic(n->op) && symbolic(n->l->op))
				str(o, " ");
			pexpr(o, n->l, Punary);
			break;
		}
		rassoc = n->op == Oexp || n->op == Ocons || p == Pas;
		pexpr(o, n->l, rassoc ? p+1 : p);
		outfmt(o, " %s ", opname(n->op));
		pexpr(o, n->r, rassoc ? p : p+1);
		break;
	}
	if(paren)
		str(o, ")");
}

/* names of consecutive decls sharing d's type and kind; returns the last of them */
static Decl*
pnames(Out *o, Decl *d)
{
	Decl *e;

	sym(o, d->sym);
	for(e = d; e->next != nil && e->next->sym != nil && e->next->kind == d->kind
	&& e->next->ty == d->ty && e->next->init == d->init && e->next->cyclic == d->cyclic
	&& e->next->self == d->self; e = e->next){
		str(o, ", ");
		sym(o, e->next->sym);
	}
	return e;
}

static void
pparams(Out *o, Type *t)
{
	Decl *d;

	str(o, "(");
	for(d = t->ids; d != nil; d = d->next){
		d = pnames(o, d);
		str(o, ": ");
		if(d->self)
			str(o, "self ");
		ptype(o, d->ty);
		if(d->next != nil || t->varargs)
			str(o, ", ");
	}
	if(t->varargs)
		str(o, "*");
	str(o, ")");
}

static void
ptparams(Out *o, Decl *d)
{
	if(d == nil)
		return;
	str(o, "[");
	for(; d != nil; d = d->next){
		sym(o, d->sym);
		if(d->next != nil)
			str(o, ", ");
	}
	str(o, "]");
}

static void
pconstraints(Out *o, Decl *tp)
{
	Decl *d, *m;
	int any;

	any = 0;
	for(d = tp; d != nil; d = d->next)
		if(d->ty->ids != nil)
			any = 1;
	if(!any)
		return;
	str(o, " for { ");
	for(d = tp; d != nil; d = d->next){
		if(d->ty->ids == nil)
			continue;
		sym(o, d->sym);
		str(o, " => ");
		for(m = d->ty->ids; m != nil; m = m->next){
			m = pnames(o, m);
			str(o, ": ");
			ptype(o, m->ty);
			str(o, "; ");
		}
	}
	str(o, "}");
}

/* a function type after fn or the function's name */
static void
pfntail(Out *o, Type *t, int withtp)
{
	Node *r;

	if(withtp)
		ptparams(o, t->tparams);
	pparams(o, t);
	if(t->of != nil && t->of->kind != Tnone){
		str(o, ": ");
		ptype(o, t->of);
	}
	if(t->raises != nil){
		str(o, " raises ");
		if(!t->rraise)
			str(o, "(");
		for(r = t->raises; r != nil; r = r->next){
			pexpr(o, r, Ptop);
			if(r->next != nil)
				str(o, ", ");
		}
		if(!t->rraise)
			str(o, ")");
	}
	if(withtp)
		pconstraints(o, t->tparams);
}

static void
ptype(Out *o, Type *t)
{
	Decl *d;

	switch(t->kind){
	case Tnone:	str(o, "none"); break;	/* not reached from parsed input */
	case Tint:	str(o, "int"); break;
	case Tbig:	str(o, "big"); break;
	case Tbyte:	str(o, "byte"); break;
	case Treal:	str(o, "real"); break;
	case Tstring:	str(o, "string"); break;
	case Tfixed:
		str(o, "fixed(");
		pexpr(o, t->scale, Ptop);
		if(t->max != nil){
			str(o, ", ");
			pexpr(o, t->max, Ptop);
		}
		str(o, ")");
		break;
	case Tarray:
	case Tlist:
	case Tchan:
		str(o, t->kind == Tarray ? "array of " : t->kind == Tlist ? "list of " : "chan of ");
		ptype(o, t->of);
		break;
	case Tref:
		str(o, "ref ");
		ptype(o, t->of);
		break;
	case Ttuple:
		str(o, "(");
		for(d = t->ids; d != nil; d = d->next){
			ptype(o, d->ty);
			if(d->next != nil)
				str(o, ", ");
		}
		str(o, ")");
		break;
	case Tfn:
		str(o, "fn");
		pfntail(o, t, 1);
		break;
	case Tname:
		if(t->mod != nil){
			sym(o, t->mod);
			str(o, "->");
		}
		sym(o, t->sym);
		if(t->targs != nil)
			ptypes(o, t->targs);
		if(t->tag != nil){
			str(o, ".");
			sym(o, t->tag);
		}
		break;
	case Tpoly:
	case Tadt:
	case Tmodule:
		if(t->decl != nil)
			sym(o, t->decl->sym);
		break;
	case Tpickvar:
		ptype(o, t->of);
		for(d = t->of->tags; d != nil; d = d->next)
			if(d->ty == t){
				str(o, ".");
				sym(o, d->sym);
				break;
			}
		break;
	case Tnil:
		str(o, "nil");
		break;
	case Texception:
		str(o, "exception");
		break;
	default:
		str(o, "?");
	}
}

static void
padt(Out *o, Decl *d, int ind)
{
	Type *t;
	Decl *g;

	t = d->ty;
	sym(o, d->sym);
	str(o, ": adt");
	ptparams(o, t->tparams);
	pconstraints(o, t->tparams);
	str(o, " {\n");
	pdecls(o, t->ids, ind+1, 1);
	if(t->tags != nil){
		tabs(o, ind+1);
		str(o, "pick {\n");
		for(g = t->tags; g != nil; g = g->next){
			tabs(o, ind+1);
			sym(o, g->sym);
			while(g->next != nil && g->next->ty == g->ty){
				g = g->next;
				str(o, " or ");
				sym(o, g->sym);
			}
			str(o, " =>\n");
			pdecls(o, g->ty->ids, ind+2, 1);
		}
		tabs(o, ind+1);
		str(o, "}\n");
	}
	tabs(o, ind);
	str(o, "};\n");
}

/* declarations, one group a line */
static void
pdecls(Out *o, Decl *d, int ind, int all)
{
	Decl *last;

	for(; d != nil; d = d->next){
		tabs(o, ind);
		if(d->kind == Dtype && d->ty->decl == d && d->ty->kind == Tadt){
			padt(o, d, ind);
			continue;
		}
		if(d->kind == Dtype && d->ty->decl == d && d->ty->kind == Tmodule){
			sym(o, d->sym);
			str(o, ": module {\n");
			pdecls(o, d->ty->ids, ind+1, 1);
			tabs(o, ind);
			str(o, "};\n");
			continue;
		}
		last = pnames(o, d);
		switch(d->kind){
		case Dvar:
			if(d->inferred){
				str(o, " := ");
				pexpr(o, d->init, Ptop);
				break;
			}
			str(o, ": ");
			ptype(o, d->ty);
			if(d->init != nil){
				str(o, " = ");
				pexpr(o, d->init, Ptop);
			}
			break;
		case Dconst:
			str(o, ": con ");
			pexpr(o, d->init, Ptop);
			break;
		case Dtype:
			str(o, ": type ");
			ptype(o, d->ty);
			break;
		case Dexc:
			str(o, ": exception");
			if(d->ty->ids != nil){
				Decl *e;
				str(o, "(");
				for(e = d->ty->ids; e != nil; e = e->next){
					ptype(o, e->ty);
					if(e->next != nil)
						str(o, ", ");
				}
				str(o, ")");
			}
			break;
		case Dimport:
			str(o, ": import ");
			pexpr(o, d->init, Pterm);
			break;
		default:	/* Dfn, Dfield */
			str(o, ": ");
			if(d->cyclic)
				str(o, "cyclic ");
			ptype(o, d->ty);
			break;
		}
		str(o, ";\n");
		d = last;
		if(!all)
			break;
	}
}

/* a statement list at indentation ind */
static void
pstmts(Out *o, Node *l, int ind)
{
	for(; l != nil; l = l->next)
		pstmt(o, l, ind);
}

static void
parms(Out *o, Node *l, int ind)
{
	for(; l != nil; l = l->next){
		tabs(o, ind);
		pquals(o, l->list);
		str(o, " =>\n");
		pstmts(o, l->body->list, ind+1);
	}
}

/* a statement that is the body of if, while or for: on this line if a block */
static void
pbody(Out *o, Node *n, int ind)
{
	if(n->op == Oblock || n->op == Oexcept){
		pstmt(o, n, -ind);
	}else{
		str(o, "\n");
		pstmt(o, n, ind+1);
	}
}

/*
 * n at indentation ind; a negative ind means the statement continues
 * a line already indented -ind (a block after if(...)).
 */
static void
pstmt(Out *o, Node *n, int ind)
{
	int in;

	in = ind < 0 ? -ind : ind;
	if(ind >= 0)
		tabs(o, ind);
	if(n->label != nil){
		sym(o, n->label);
		str(o, ": ");
	}
	switch(n->op){
	case Oempty:
		str(o, ";\n");
		break;
	case Oblock:
		str(o, "{\n");
		pstmts(o, n->list, in+1);
		tabs(o, in);
		str(o, "}\n");
		break;
	case Oexcept:
		str(o, "{\n");
		pstmts(o, n->l->list, in+1);
		tabs(o, in);
		str(o, "} exception");
		if(n->sym != nil){
			str(o, " ");
			sym(o, n->sym);
		}
		str(o, " {\n");
		parms(o, n->list, in);
		tabs(o, in);
		str(o, "}\n");
		break;
	case Oif:
		str(o, "if(");
		pexpr(o, n->l, Ptop);
		str(o, ")");
		pbody(o, n->body, in);
		if(n->third != nil){
			tabs(o, in);
			str(o, "else");
			if(n->third->op == Oif){
				str(o, " ");
				pstmt(o, n->third, -in);
			}else
				pbody(o, n->third, in);
		}
		break;
	case Owhile:
		str(o, "while(");
		pexpr(o, n->l, Ptop);
		str(o, ")");
		pbody(o, n->body, in);
		break;
	case Odo:
		str(o, "do");
		pbody(o, n->body, in);
		tabs(o, in);
		str(o, "while(");
		pexpr(o, n->l, Ptop);
		str(o, ");\n");
		break;
	case Ofor:
		str(o, "for(");
		if(n->l != nil)
			pexpr(o, n->l, Ptop);
		str(o, "; ");
		if(n->r != nil)
			pexpr(o, n->r, Ptop);
		str(o, "; ");
		if(n->third != nil)
			pexpr(o, n->third, Ptop);
		str(o, ")");
		pbody(o, n->body, in);
		break;
	case Ocase:
	case Oalt:
	case Opick:
		if(n->op == Ocase){
			str(o, "case ");
			pexpr(o, n->l, Ptop);
		}else if(n->op == Oalt)
			str(o, "alt");
		else{
			str(o, "pick ");
			sym(o, n->sym);
			str(o, " := ");
			pexpr(o, n->l, Ptop);
		}
		str(o, " {\n");
		parms(o, n->list, in);
		tabs(o, in);
		str(o, "}\n");
		break;
	case Obreak:
	case Ocontinue:
		str(o, n->op == Obreak ? "break" : "continue");
		if(n->sym != nil){
			str(o, " ");
			sym(o, n->sym);
		}
		str(o, ";\n");
		break;
	case Oreturn:
	case Oraise:
		str(o, n->op == Oreturn ? "return" : "raise");
		if(n->l != nil){
			str(o, " ");
			pexpr(o, n->l, Ptop);
		}
		str(o, ";\n");
		break;
	case Ospawn:
		str(o, "spawn ");
		pexpr(o, n->l, Ptop);
		str(o, ";\n");
		break;
	case Oexit:
		str(o, "exit;\n");
		break;
	case Odecl:
		pdecls(o, n->decls, 0, 1);
		break;
	default:
		pexpr(o, n, Ptop);
		str(o, ";\n");
		break;
	}
}

static void
pfndef(Out *o, Node *n)
{
	str(o, "\n");
	if(n->l != nil){
		pexpr(o, n->l, Pterm);
		str(o, ".");
	}
	sym(o, n->sym);
	ptparams(o, n->ty->tparams);
	pfntail(o, n->ty, 0);
	pconstraints(o, n->ty->tparams);
	str(o, "\n");
	pstmt(o, n->body, 0);
}

/* the type t, as -P would print it */
void
printtype(Out *o, Type *t)
{
	ptype(o, t);
}

/* the expression n, as -P would print it */
void
printexpr(Out *o, Node *n)
{
	pexpr(o, n, Ptop);
}

/* the declarations in the list l (a file's, or an included file's) */
void
printtree(Out *o, Node *l)
{
	Node *m;

	for(; l != nil; l = l->next){
		switch(l->op){
		case Oinclude:
			str(o, "include ");
			pstring(o, l->sval);
			str(o, ";\n");
			break;
		case Oimplement:
			str(o, "implement ");
			for(m = l->list; m != nil; m = m->next){
				sym(o, m->sym);
				if(m->next != nil)
					str(o, ", ");
			}
			str(o, ";\n");
			break;
		case Ofndef:
			pfndef(o, l);
			break;
		case Odecl:
			pdecls(o, l->decls, 0, 1);
			break;
		}
	}
}
