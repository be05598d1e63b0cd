/*
 * dismod: a build-machine tool that prepares .dis modules ahead of
 * time, for a kernel that uses them in place from read-only memory
 * (the rp2040's flash). It loads each module with the kernel's own
 * loader (libinterp/load.c: the same checks as at run time), picks
 * each instruction's handler as xecprepare would (xecvariant.h), and
 * writes C for the target's compiler: the Module and everything it
 * points to, the run-time types (Dtype) and exports (Rlink) that
 * link.c would otherwise make, all const, and the table rootmods[]
 * that port/devroot.c's rootmodule searches by the root file's index
 * (its qid path). Not part of the kernel.
 *
 *	dismod [-o out.c] [list]
 *
 * The output follows tools/mkroot's in the target's rootdata.c (which
 * has included all.h).
 * list has lines "INDEX HOSTPATH" (tools/mkroot -m); without one the
 * table is empty. The output is deterministic.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../libkern/kern.h"
#include "../libinterp/dis.h"
#include "../libinterp/xecvariant.h"

static char *argv0 = "dismod";
static FILE *o;

static void
fatal(char *msg, char *a)
{
	fprintf(stderr, "%s: ", argv0);
	fprintf(stderr, msg, a);
	fprintf(stderr, "\n");
	exit(1);
}

extern FILE *printfile;	/* limbo/asm/host.c: print's output, here stderr */

static void
cstr(char *s)
{
	unsigned char *p;

	if(s == nil){
		fprintf(o, "nil");
		return;
	}
	fputc('"', o);
	for(p = (unsigned char*)s; *p != 0; p++){
		if(*p == '"' || *p == '\\')
			fprintf(o, "\\%c", *p);
		else if(*p >= 0x20 && *p < 0x7f && *p != '?')
			fputc(*p, o);
		else
			fprintf(o, "\\%03o", *p);
	}
	fputc('"', o);
}

static void
bytes(char *name, uchar *p, long n)
{
	long i;

	fprintf(o, "static const uchar %s[%ld] = {", name, n > 0 ? n : 1);
	for(i = 0; i < n; i++)
		fprintf(o, "%s0x%02x,", i % 16 == 0 ? "\n\t" : "", p[i]);
	if(n == 0)
		fprintf(o, "0");
	fprintf(o, "\n};\n");
}

static uchar*
readfile(char *path, long *np)
{
	FILE *f;
	uchar *b;
	long n;

	f = fopen(path, "rb");
	if(f == NULL)
		fatal("cannot open %s", path);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	b = malloc(n > 0 ? n : 1);
	if(b == NULL || (n > 0 && fread(b, 1, n, f) != (size_t)n))
		fatal("cannot read %s", path);
	fclose(f);
	*np = n;
	return b;
}

/*
 * The modules' string constants as the String objects newmp would
 * make of them (libinterp/string.c's utf2string: the ASCII form when
 * every byte is below Runeself), behind a Heap header whose count is
 * Roref: in read-only memory, used in place by every instance, never
 * copied into SRAM. One object per distinct string, shared by all
 * modules. Only a kernel whose VM leaves such objects alone (Roheap)
 * uses them (their items' a is Drostring); a string that is not ASCII
 * is still made at run time.
 */
typedef struct Rostr Rostr;
struct Rostr {
	uchar	*p;
	int	n;
	int	id;
};
static Rostr *rostrs;
static int nrostrs;

static int
rostring(Ditem *d)
{
	int j;

	if(d->kind != Dstring || d->n <= 0 || d->p == nil)
		return 0;
	for(j = 0; j < d->n; j++)
		if(d->p[j] >= Runeself)
			return 0;
	return 1;
}

/* The id of d's read-only String (rsID), written out when new. */
static int
rostrid(Ditem *d)
{
	Rostr *r;
	int i, j;

	for(i = 0; i < nrostrs; i++)
		if(rostrs[i].n == d->n && memcmp(rostrs[i].p, d->p, d->n) == 0)
			return rostrs[i].id;
	rostrs = realloc(rostrs, (nrostrs+1) * sizeof rostrs[0]);
	if(rostrs == NULL)
		fatal("out of memory%s", "");
	r = &rostrs[nrostrs];
	r->p = malloc(d->n);
	if(r->p == NULL)
		fatal("out of memory%s", "");
	memmove(r->p, d->p, d->n);
	r->n = d->n;
	r->id = nrostrs++;
	fprintf(o, "#ifdef Roheap\nstatic const struct { s32int ref; u32int color; Dtype *t; u32int pad; s32int len, max; uchar a[%d]; } rs%d = {Roref, 0, &Tstring, 0, %d, %d, {", d->n, r->id, d->n, d->n);
	for(j = 0; j < d->n; j++)
		fprintf(o, "%s0x%02x,", j % 16 == 0 ? "\n\t" : "", d->p[j]);
	fprintf(o, "}};\n#endif\n");
	return r->id;
}

/* One module as C; its symbols are dmK_... */
static void
prepare(int k, char *path)
{
	Module *m;
	uchar *buf;
	long n;
	char err[256], name[64];
	int i, j, v;
	Inst *in;

	buf = readfile(path, &n);
	m = disload(buf, n, err, sizeof err);
	if(m == nil){
		fprintf(stderr, "%s: %s: %s\n", argv0, path, err);
		exit(1);
	}
	free(buf);
	fprintf(o, "\n/* %s (root file %d) */\n", strrchr(path, '/') ? strrchr(path, '/')+1 : path, k);

	fprintf(o, "static const Inst dm%d_prog[%d] = {\n", k, m->nprog > 0 ? m->nprog : 1);
	for(i = 0; i < m->nprog; i++){
		in = &m->prog[i];
		v = xecpick(in);
		if(v < 0)
			fatal("%s: an instruction with no handler", path);
		fprintf(o, "\t{%d,%d,%d,%d,%d,%d,%d,%d,%d,%d},\n", in->op, in->flags, v, in->mode,
			in->si, in->mi, in->di, in->s, in->m, in->d);
	}
	if(m->nprog == 0)
		fprintf(o, "\t{0},\n");
	fprintf(o, "};\n");

	/*
	 * A map follows a guard byte, so that it can never sit where a
	 * Dtype's mapbuf would (heap.c counts only types whose map is
	 * their mapbuf, and a prepared type must never be written).
	 */
	for(i = 0; i < m->ntype; i++){
		fprintf(o, "static const struct { uchar guard; uchar map[%d]; } dm%d_map%d = {0, {", m->type[i].np > 0 ? m->type[i].np : 1, k, i);
		for(j = 0; j < m->type[i].np; j++)
			fprintf(o, "0x%02x,", m->type[i].map[j]);
		fprintf(o, "}};\n");
		fprintf(o, "static const Dtype dm%d_dt%d = {.ref = 1, .size = %d, .np = %d, .map = (uchar*)dm%d_map%d.map};\n",
			k, i, m->type[i].size, m->type[i].np, k, i);
	}
	fprintf(o, "static const Type dm%d_type[%d] = {\n", k, m->ntype > 0 ? m->ntype : 1);
	for(i = 0; i < m->ntype; i++)
		fprintf(o, "\t{%d, %d, (uchar*)dm%d_map%d.map},\n", m->type[i].size, m->type[i].np, k, i);
	if(m->ntype == 0)
		fprintf(o, "\t{0},\n");
	fprintf(o, "};\n");
	fprintf(o, "static Dtype *const dm%d_dtype[%d] = {\n", k, m->ntype > 0 ? m->ntype : 1);
	for(i = 0; i < m->ntype; i++)
		fprintf(o, "\t(Dtype*)&dm%d_dt%d,\n", k, i);
	if(m->ntype == 0)
		fprintf(o, "\tnil,\n");
	fprintf(o, "};\n");

	for(i = 0; i < m->ndata; i++)
		if(m->data[i].p != nil){
			snprintf(name, sizeof name, "dm%d_d%d", k, i);
			if(rostring(&m->data[i])){
				/* the bytes are the read-only String's */
				v = rostrid(&m->data[i]);
				fprintf(o, "#ifdef Roheap\n#define %s rs%d.a\n#else\n", name, v);
				bytes(name, m->data[i].p, m->data[i].n);
				fprintf(o, "#endif\n");
				continue;
			}
			n = m->data[i].n;
			switch(m->data[i].kind){
			case Dword:
				n *= 4;
				break;
			case Dreal:
			case Dbig:
				n *= 8;
				break;
			}
			bytes(name, m->data[i].p, n);
		}
	fprintf(o, "static const Ditem dm%d_data[%d] = {\n", k, m->ndata > 0 ? m->ndata : 1);
	for(i = 0; i < m->ndata; i++){
		if(rostring(&m->data[i]))
			fprintf(o, "\t{%d, %d, %d, DMRO, %d, ", m->data[i].kind, m->data[i].n, m->data[i].off, m->data[i].b);
		else
			fprintf(o, "\t{%d, %d, %d, %d, %d, ", m->data[i].kind, m->data[i].n, m->data[i].off, m->data[i].a, m->data[i].b);
		if(m->data[i].p != nil)
			fprintf(o, "(uchar*)dm%d_d%d},\n", k, i);
		else
			fprintf(o, "nil},\n");
	}
	if(m->ndata == 0)
		fprintf(o, "\t{0},\n");
	fprintf(o, "};\n");

	fprintf(o, "static const Link dm%d_link[%d] = {\n", k, m->nlink > 0 ? m->nlink : 1);
	for(i = 0; i < m->nlink; i++){
		fprintf(o, "\t{");
		cstr(m->link[i].name);
		fprintf(o, ", %d, %d, %#x},\n", m->link[i].pc, m->link[i].type, m->link[i].sig);
	}
	if(m->nlink == 0)
		fprintf(o, "\t{0},\n");
	fprintf(o, "};\n");
	fprintf(o, "static const Rlink dm%d_rlink[%d] = {\n", k, m->nlink > 0 ? m->nlink : 1);
	for(i = 0; i < m->nlink; i++){
		fprintf(o, "\t{");
		cstr(m->link[i].name);
		fprintf(o, ", %#x, ", m->link[i].sig);
		if(m->link[i].pc >= 0)
			fprintf(o, "(Inst*)&dm%d_prog[%d], nil, ", k, m->link[i].pc);
		else
			fprintf(o, "nil, nil, ");
		if(m->link[i].type >= 0)
			fprintf(o, "(Dtype*)&dm%d_dt%d},\n", k, m->link[i].type);
		else
			fprintf(o, "nil},\n");
	}
	if(m->nlink == 0)
		fprintf(o, "\t{0},\n");
	fprintf(o, "};\n");

	for(i = 0; i < m->nimport; i++){
		fprintf(o, "static const Ifunc dm%d_if%d[%d] = {\n", k, i, m->import[i].n > 0 ? m->import[i].n : 1);
		for(j = 0; j < m->import[i].n; j++){
			fprintf(o, "\t{%#x, ", m->import[i].f[j].sig);
			cstr(m->import[i].f[j].name);
			fprintf(o, "},\n");
		}
		if(m->import[i].n == 0)
			fprintf(o, "\t{0},\n");
		fprintf(o, "};\n");
	}
	fprintf(o, "static const Import dm%d_import[%d] = {\n", k, m->nimport > 0 ? m->nimport : 1);
	for(i = 0; i < m->nimport; i++)
		fprintf(o, "\t{%d, (Ifunc*)dm%d_if%d},\n", m->import[i].n, k, i);
	if(m->nimport == 0)
		fprintf(o, "\t{0},\n");
	fprintf(o, "};\n");

	for(i = 0; i < m->nhandler; i++){
		fprintf(o, "static const Hlabel dm%d_hl%d[%d] = {\n", k, i, m->handler[i].nlab > 0 ? m->handler[i].nlab : 1);
		for(j = 0; j < m->handler[i].nlab; j++){
			fprintf(o, "\t{");
			cstr(m->handler[i].lab[j].name);
			fprintf(o, ", %d},\n", m->handler[i].lab[j].pc);
		}
		if(m->handler[i].nlab == 0)
			fprintf(o, "\t{0},\n");
		fprintf(o, "};\n");
	}
	fprintf(o, "static const Handler dm%d_handler[%d] = {\n", k, m->nhandler > 0 ? m->nhandler : 1);
	for(i = 0; i < m->nhandler; i++){
		Handler *h = &m->handler[i];
		fprintf(o, "\t{%d, %d, %d, %d, %d, %d, (Hlabel*)dm%d_hl%d, %d},\n",
			h->eoff, h->pc1, h->pc2, h->type, h->ne, h->nlab, k, i, h->wildpc);
	}
	if(m->nhandler == 0)
		fprintf(o, "\t{0},\n");
	fprintf(o, "};\n");

	fprintf(o, "static const Module dm%d_mod = {\n\t.name = ", k);
	cstr(m->name);
	fprintf(o, ",\n\t.path = ");
	cstr(m->path);
	fprintf(o, ",\n\t.rt = %d, .ss = %d, .entry = %d, .entryt = %d,\n", m->rt, m->ss, m->entry, m->entryt);
	fprintf(o, "\t.nprog = %d, .prog = (Inst*)dm%d_prog,\n", m->nprog, k);
	fprintf(o, "\t.ntype = %d, .type = (Type*)dm%d_type, .maxframe = %d,\n", m->ntype, k, m->maxframe);
	fprintf(o, "\t.datasize = %d, .ndata = %d, .data = (Ditem*)dm%d_data,\n", m->datasize, m->ndata, k);
	fprintf(o, "\t.nlink = %d, .link = (Link*)dm%d_link,\n", m->nlink, k);
	fprintf(o, "\t.nimport = %d, .import = (Import*)dm%d_import,\n", m->nimport, k);
	fprintf(o, "\t.nhandler = %d, .handler = (Handler*)dm%d_handler,\n", m->nhandler, k);
	fprintf(o, "};\n");
	fprintf(o, "static const Prepmod dm%d = {(Module*)&dm%d_mod, (Dtype**)dm%d_dtype, (Rlink*)dm%d_rlink};\n", k, k, k, k);
	disfreemod(m);
}

int
main(int argc, char **argv)
{
	FILE *l;
	char path[4096], *out;
	int i, k, n, *idx;

	printfile = stderr;
	out = nil;
	l = nil;
	for(i = 1; i < argc; i++){
		if(strcmp(argv[i], "-o") == 0 && i+1 < argc)
			out = argv[++i];
		else if(l == nil && argv[i][0] != '-'){
			l = fopen(argv[i], "r");
			if(l == nil)
				fatal("cannot open %s", argv[i]);
		}else{
			fprintf(stderr, "usage: %s [-o out.c] [list]\n", argv0);
			return 2;
		}
	}
	o = stdout;
	if(out != nil && (o = fopen(out, "w")) == NULL)
		fatal("cannot create %s", out);
	fprintf(o, "/* Made by tools/dismod: the root's .dis modules prepared to be used in place. Do not edit. */\n");
	fprintf(o, "#include \"../../libinterp/interp.h\"\n");
	/* a read-only String's header is a Heap's, 4-aligned only (a 32-bit target reads it a word at a time) */
	fprintf(o, "#ifdef Roheap\n#define DMRO Drostring\n");
	fprintf(o, "_Static_assert(sizeof(Heap) == 16 && offsetof(Heap, t) == 8 && sizeof(void*) == 4, \"read-only strings\");\n");
	fprintf(o, "#else\n#define DMRO 0\n#endif\n");
	n = 0;
	idx = nil;
	if(l != nil){
		while(fscanf(l, "%d %4095s", &k, path) == 2){
			prepare(k, path);
			idx = realloc(idx, (n+1) * sizeof idx[0]);
			if(idx == nil)
				fatal("out of memory%s", "");
			idx[n++] = k;
		}
		fclose(l);
	}
	fprintf(o, "\nconst Rootmod rootmods[%d] = {\n", n > 0 ? n : 1);
	for(i = 0; i < n; i++)
		fprintf(o, "\t{%d, &dm%d},\n", idx[i], idx[i]);
	if(n == 0)
		fprintf(o, "\t{0, nil},\n");
	fprintf(o, "};\nconst int nrootmods = %d;\n", n);
	if(fflush(o) != 0 || ferror(o) || (out != nil && fclose(o) != 0))
		fatal("write error on %s", out ? out : "stdout");
	return 0;
}
