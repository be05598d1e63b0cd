/*
 * limbo [-gwS] [-I dir]... [-o out.dis] file.b ...: the Limbo
 * compiler's command line, as Inferno's. Each file is parsed, bound,
 * checked (errors "file.b:LINE: message" on standard error) and
 * compiled to NAME.dis in the current directory (or -o's file); -S
 * writes the Dis assembly NAME.s instead. Developer options: -P
 * prints what was parsed back as Limbo source, -K the constants'
 * values, -t Mod a module's link table.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <unistd.h>
#include "limbo.h"

static void
usage(void)
{
	fprintf(stderr, "usage: limbo [-gwSKP[P]] [-I dir]... [-t module] [-o out.dis] file.b ...\n");
	exit(2);
}

static char*
valtype(Node *v)
{
	switch(v->ty->kind){
	case Tint:	return "int";
	case Tbig:	return "big";
	case Tbyte:	return "byte";
	case Treal:	return "real";
	case Tstring:	return "string";
	case Ttuple:	return "tuple";
	case Tadt:	return v->ty->decl != nil ? v->ty->decl->sym->name : "adt";
	}
	return "?";
}

/* -K: name, type and value of each constant in the decls l (and their modules and adts) */
static void
constdecls(Decl *l, char *prefix)
{
	Decl *d;
	Node *v;
	Out o;

	for(d = l; d != nil; d = d->next){
		if(d->kind == Dconst && (v = constval(d)) != nil){
			memset(&o, 0, sizeof o);
			if(v->op == Oconst)
				outfmt(&o, "%lld", v->ival);
			else
				printexpr(&o, v);
			printf("%s%s %s %s\n", prefix, d->sym->name, valtype(v), o.s);
			free(o.s);
		}
		if(d->kind == Dtype && d->ty->decl == d && (d->ty->kind == Tmodule || d->ty->kind == Tadt)){
			char *p = malloc(strlen(prefix) + d->sym->len + 3);
			if(p == nil)
				exit(1);
			sprintf(p, "%s%s%s", prefix, d->sym->name, d->ty->kind == Tmodule ? "->" : ".");
			constdecls(d->ty->ids, p);
			free(p);
		}
	}
}

static void
constlist(Node *l)
{
	for(; l != nil; l = l->next){
		if(l->op == Oinclude)
			constlist(l->list);
		if(l->op == Odecl)
			constdecls(l->decls, "");
	}
}

/* the module declared as s at the top level of the tree l (or in what it includes) */
static Decl*
findmod(Node *l, Sym *s)
{
	Decl *d;

	for(; l != nil; l = l->next){
		if(l->op == Oinclude && (d = findmod(l->list, s)) != nil)
			return d;
		if(l->op == Odecl)
			for(d = l->decls; d != nil; d = d->next)
				if(d->sym == s && d->kind == Dtype && d->ty->kind == Tmodule && d->ty->decl == d)
					return d;
	}
	return nil;
}

/* the adt of module m that declares member function f, or nil */
static Decl*
owner(Type *m, Decl *f)
{
	Decl *d, *g;

	for(d = m->ids; d != nil; d = d->next)
		if(d->kind == Dtype && d->ty->decl == d && d->ty->kind == Tadt)
			for(g = d->ty->ids; g != nil; g = g->next)
				if(g == f)
					return d;
	return nil;
}

/*
 * -t: module name's link table as the loader would see it: for each
 * function (sorted by name) its name, type string, signature, frame
 * size and frame pointer map; then each adt's size, alignment and
 * pointer map; then .mp with its data's type string, signature,
 * offsets and size, if it has data.
 */
static void
modtable(Node *tree, char *name)
{
	Sym *s;
	Decl *m, **v, *a;
	Type *t;
	Out o;
	uchar map[64];
	int i, n, k, nmap;
	long fs;

	s = lookup(name, strlen(name));
	m = findmod(tree, s);
	if(m == nil){
		fprintf(stderr, "limbo: -t %s: no such module\n", name);
		front.nerr++;
		return;
	}
	n = modmembers(m->ty, 1, &v);
	for(i = 0; i < n; i++){
		t = v[i]->ty;
		memset(&o, 0, sizeof o);
		typestring(&o, t);
		fs = framesize(t);
		memset(map, 0, sizeof map);
		nmap = 0;
		if(fs > 0){
			for(a = t->ids; a != nil; a = a->next)
				pointermap(map, sizeof map, a->ty, a->offset);
			for(k = 0; k < (fs/4 + 7)/8 && k < (int)sizeof map; k++)
				if(map[k] != 0)
					nmap = k + 1;
		}
		a = owner(m->ty, v[i]);
		if(a != nil)
			printf("%s.", a->sym->name);
		printf("%s %s 0x%08x %ld", v[i]->sym->name, o.s, sigof(o.s, o.n), fs);
		if(nmap == 0)
			printf(" -");
		for(k = 0; k < nmap; k++)
			printf(" %02x", map[k]);
		printf("\n");
		free(o.s);
	}
	for(a = m->ty->ids; a != nil; a = a->next){
		t = a->ty;
		if(a->kind != Dtype || t->decl != a || t->kind != Tadt || tsize(t) < 0)
			continue;
		memset(map, 0, sizeof map);
		pointermap(map, sizeof map, t, 0);
		nmap = 0;
		for(k = 0; k < (t->size/4 + 7)/8 && k < (int)sizeof map; k++)
			if(map[k] != 0)
				nmap = k + 1;
		printf("adt %s %ld %ld", a->sym->name, t->size, t->align);
		if(nmap == 0)
			printf(" -");
		for(k = 0; k < nmap; k++)
			printf(" %02x", map[k]);
		printf("\n");
	}
	n = modmembers(m->ty, 0, &v);
	if(n > 0){
		memset(&o, 0, sizeof o);
		mpstring(&o, m->ty);
		printf(".mp %s 0x%08x", o.s, sigof(o.s, o.n));
		fs = mplayout(v, n);
		for(i = 0; i < n; i++)
			printf(" %s@%ld", v[i]->sym->name, v[i]->offset);
		printf(" size %ld\n", fs);
		free(o.s);
	}
}

/*
 * The default place of the module interfaces, searched after the -I
 * directories: module/ at the top of the tree the compiler was built
 * in (out/TARGET/limbo is two levels below it), if there is one.
 */
static char*
moduledir(void)
{
	static char buf[4096];
	char *p;
	ssize_t n;
	int k;

	n = readlink("/proc/self/exe", buf, sizeof buf - 16);
	if(n <= 0)
		return nil;
	buf[n] = 0;
	for(k = 0; k < 3; k++){
		p = strrchr(buf, '/');
		if(p == nil)
			return nil;
		*p = 0;
	}
	strcat(buf, "/module");
	if(access(buf, F_OK) != 0)
		return nil;
	return buf;
}

/* the output for source file src: given, or its base name with suffix ext in the current directory */
static char*
outname(char *src, char *given, char *ext)
{
	char *b, *p, *o;

	if(given != nil){
		o = strdup(given);
		if(o == nil)
			exit(1);
		return o;
	}
	b = strrchr(src, '/');
	b = b != nil ? b+1 : src;
	o = malloc(strlen(b) + strlen(ext) + 1);
	if(o == nil)
		exit(1);
	strcpy(o, b);
	p = strrchr(o, '.');
	if(p != nil && strcmp(p, ".b") == 0)
		*p = 0;
	strcat(o, ext);
	return o;
}

int
main(int argc, char **argv)
{
	char *out, *arg, *table;
	int i, k, c, printing, consts, bad, symbols, assembly;
	Node *tree;
	Out o;

	out = nil;
	table = nil;
	printing = 0;
	consts = 0;
	symbols = 0;
	assembly = 0;
	for(i = 1; i < argc && argv[i][0] == '-' && argv[i][1] != 0; i++){
		if(strcmp(argv[i], "--") == 0){
			i++;
			break;
		}
		for(k = 1; argv[i][k] != 0; k++){
			switch(argv[i][k]){
			case 'g':	/* .sbl symbols */
				symbols = 1;
				break;
			case 'S':
				assembly = 1;
				break;
			case 'w':
				front.warn = 1;
				break;
			case 'P':
				printing++;
				break;
			case 'K':
				consts = 1;
				break;
			case 'I':
			case 'o':
			case 't':
				c = argv[i][k];
				if(argv[i][k+1] != 0)
					arg = argv[i] + k + 1;
				else if(i+1 < argc)
					arg = argv[++i];
				else
					usage();
				if(c == 'o')
					out = arg;
				else if(c == 't')
					table = arg;
				else{
					if(front.nincdir >= Maxpath){
						fprintf(stderr, "limbo: too many -I directories\n");
						exit(2);
					}
					front.incdir[front.nincdir++] = arg;
				}
				goto nextarg;
			default:
				usage();
			}
		}
	nextarg:;
	}
	if(i >= argc)
		usage();
	if(out != nil && argc - i > 1){
		fprintf(stderr, "limbo: -o with more than one file\n");
		exit(2);
	}
	if((arg = moduledir()) != nil && front.nincdir < Maxpath)
		front.incdir[front.nincdir++] = arg;
	bad = 0;
	for(; i < argc; i++){
		lexinit();
		typeinit();
		front.nerr = 0;
		tree = parsefile(argv[i]);
		if(front.nerr == 0 && !printing)
			bindtree(tree);
		if(front.nerr == 0 && !printing)
			constcheck(tree);
		if(front.nerr == 0 && !printing)
			typecheck(tree);
		if(front.nerr == 0 && consts)
			constlist(tree);
		if(front.nerr == 0 && table != nil)
			modtable(tree, table);
		if(front.nerr > 0){
			bad = 1;
			lfreeall();
			continue;
		}
		if(!printing && table == nil && !consts){
			char *dis, *s, *sbl;
			dis = outname(argv[i], out, assembly ? ".s" : ".dis");
			s = nil;
			if(assembly){
				s = dis;
				dis = nil;
			}
			sbl = symbols ? outname(argv[i], nil, ".sbl") : nil;
			if(compile(tree, dis, s, sbl) < 0)
				bad = 1;
			free(dis);
			free(s);
			free(sbl);
		}
		if(printing){
			memset(&o, 0, sizeof o);
			o.parens = printing > 1;
			printtree(&o, tree);
			if(o.n > 0)
				fwrite(o.s, 1, o.n, stdout);
			free(o.s);
		}
		lfreeall();
	}
	return bad;
}
