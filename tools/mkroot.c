/*
 * mkroot: a build-machine tool that writes the C tables of the root
 * device #/ (port/devroot.c reads them). Its input is a list of
 * directories (-d /dev -d /fd ...) and, optionally, host trees whose
 * files and directories are embedded whole (-t DIR; several trees are
 * merged, a file in two of them is an error). It is not part
 * of the kernel: it is ordinary C for the host's C library.
 *
 *	mkroot [-o out.c] [-m list] [-d /path]... [-t hostdir]...
 *
 * -m writes to list one line "INDEX HOSTPATH" for each file whose name
 * ends in .dis, for tools/dismod (the modules prepared in place).
 *
 * The output is deterministic: the same input gives the same bytes
 * (names sorted, no times or host paths in it).
 *
 * Table format (Rootfile in port/portdat.h): entry 0 is the root "/";
 * the children of a directory are the entries child .. child+nchild-1,
 * sorted by name; parent is the index of the containing directory (the
 * root is its own parent); the qid path of an entry is its index.
 * Directories have perm DMDIR|0555; files 0555 if the host file has any
 * execute bit, otherwise 0444.
 */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum {
	Maxdepth = 64,		/* deeper trees are taken for symbolic-link loops */
	Bytesperline = 16,
};

typedef struct Node Node;
struct Node {
	char	*name;
	int	isdir;
	int	exec;		/* a file with an execute bit on the host */
	char	*hostpath;	/* where a file's bytes come from; nil for directories */
	long	length;
	Node	**kids;
	int	nkids;
	int	akids;
	/* assigned by number() */
	int	index;
	int	parent;
	int	child;
};

static char *argv0 = "mkroot";

static void
fatal(char *fmt, ...)
{
	va_list arg;

	fprintf(stderr, "%s: ", argv0);
	va_start(arg, fmt);
	vfprintf(stderr, fmt, arg);
	va_end(arg);
	fprintf(stderr, "\n");
	exit(1);
}

static void*
emalloc(size_t n)
{
	void *p;

	p = calloc(1, n);
	if(p == NULL)
		fatal("out of memory");
	return p;
}

static char*
estrdup(const char *s)
{
	char *t;

	t = emalloc(strlen(s)+1);
	strcpy(t, s);
	return t;
}

static Node*
newnode(const char *name, int isdir)
{
	Node *n;

	n = emalloc(sizeof *n);
	n->name = estrdup(name);
	n->isdir = isdir;
	return n;
}

static Node*
lookkid(Node *d, const char *name)
{
	int i;

	for(i = 0; i < d->nkids; i++)
		if(strcmp(d->kids[i]->name, name) == 0)
			return d->kids[i];
	return NULL;
}

static void
addkid(Node *d, Node *n)
{
	if(d->nkids == d->akids){
		d->akids = d->akids ? 2*d->akids : 8;
		d->kids = realloc(d->kids, d->akids * sizeof d->kids[0]);
		if(d->kids == NULL)
			fatal("out of memory");
	}
	d->kids[d->nkids++] = n;
}

/* The directory called name in d, made if missing; a file of that name is an error. */
static Node*
subdir(Node *d, const char *name, const char *why)
{
	Node *n;

	n = lookkid(d, name);
	if(n == NULL){
		n = newnode(name, 1);
		addkid(d, n);
	}else if(!n->isdir)
		fatal("%s: %s is both a file and a directory", why, name);
	return n;
}

static int
badelem(const char *e)
{
	return e[0] == 0 || strcmp(e, ".") == 0 || strcmp(e, "..") == 0;
}

/* -d /a/b/c: make each directory of the path under the root. */
static void
adddir(Node *root, const char *path)
{
	char *p, *e, *s;
	Node *d;

	if(path[0] != '/')
		fatal("directory %s: not an absolute path", path);
	s = estrdup(path);
	d = root;
	for(p = s; *p != 0; p = e){
		while(*p == '/')
			p++;
		if(*p == 0)
			break;
		e = strchr(p, '/');
		if(e == NULL)
			e = p + strlen(p);
		else
			*e++ = 0;
		if(badelem(p))
			fatal("directory %s: bad element '%s'", path, p);
		d = subdir(d, p, path);
	}
	free(s);
}

/* Copy the host directory hdir into d, recursively. */
static void
addtree(Node *d, const char *hdir, int depth)
{
	DIR *dp;
	struct dirent *de;
	struct stat st;
	char *path;
	size_t len;
	Node *n;

	if(depth > Maxdepth)
		fatal("%s: tree deeper than %d (a symbolic-link loop?)", hdir, Maxdepth);
	dp = opendir(hdir);
	if(dp == NULL)
		fatal("%s: %s", hdir, strerror(errno));
	while((errno = 0, de = readdir(dp)) != NULL){
		if(badelem(de->d_name))
			continue;
		len = strlen(hdir) + 1 + strlen(de->d_name) + 1;
		path = emalloc(len);
		snprintf(path, len, "%s/%s", hdir, de->d_name);
		if(stat(path, &st) < 0)
			fatal("%s: %s", path, strerror(errno));
		if(S_ISDIR(st.st_mode)){
			n = subdir(d, de->d_name, path);
			addtree(n, path, depth+1);
			free(path);
		}else if(S_ISREG(st.st_mode)){
			if(lookkid(d, de->d_name) != NULL)
				fatal("%s: name already in the root", path);
			n = newnode(de->d_name, 0);
			n->hostpath = path;
			n->length = st.st_size;
			n->exec = (st.st_mode & 0111) != 0;
			addkid(d, n);
		}else
			fatal("%s: neither a file nor a directory", path);
	}
	if(errno != 0)
		fatal("%s: %s", hdir, strerror(errno));
	closedir(dp);
}

static int
bynamecmp(const void *a, const void *b)
{
	Node *x = *(Node**)a, *y = *(Node**)b;

	return strcmp(x->name, y->name);
}

/*
 * Number the tree breadth first, so that the children of every
 * directory are consecutive; order lists the nodes by index.
 */
static Node**
number(Node *root, int *np)
{
	Node **order, *d;
	int n, total, i, k;

	total = 1;
	order = emalloc(sizeof order[0]);
	order[0] = root;
	root->index = 0;
	root->parent = 0;
	n = 1;
	for(i = 0; i < n; i++){
		d = order[i];
		if(!d->isdir)
			continue;
		qsort(d->kids, d->nkids, sizeof d->kids[0], bynamecmp);
		d->child = n;
		total += d->nkids;
		order = realloc(order, total * sizeof order[0]);
		if(order == NULL)
			fatal("out of memory");
		for(k = 0; k < d->nkids; k++){
			d->kids[k]->index = n;
			d->kids[k]->parent = d->index;
			order[n++] = d->kids[k];
		}
	}
	*np = n;
	return order;
}

/* A C string literal for s: printable ASCII as itself, the rest as octal escapes. */
static void
cstring(FILE *o, const char *s)
{
	const unsigned char *p;

	fputc('"', o);
	for(p = (const unsigned char*)s; *p != 0; p++){
		if(*p == '"' || *p == '\\')
			fprintf(o, "\\%c", *p);
		else if(*p >= 0x20 && *p < 0x7f)
			fputc(*p, o);
		else
			fprintf(o, "\\%03o", *p);
	}
	fputc('"', o);
}

static void
emitdata(FILE *o, Node *n)
{
	FILE *f;
	long i;
	int c;

	f = fopen(n->hostpath, "rb");
	if(f == NULL)
		fatal("%s: %s", n->hostpath, strerror(errno));
	fprintf(o, "static const uchar rootdata%d[%ld] = {", n->index, n->length);
	for(i = 0; i < n->length; i++){
		c = getc(f);
		if(c == EOF)
			fatal("%s: shorter than its %ld bytes (changed while read?)", n->hostpath, n->length);
		if(i % Bytesperline == 0)
			fprintf(o, "\n\t");
		fprintf(o, "0x%02x,", c);
	}
	if(getc(f) != EOF)
		fatal("%s: longer than its %ld bytes (changed while read?)", n->hostpath, n->length);
	fclose(f);
	fprintf(o, "\n};\n\n");
}

static void
emit(FILE *o, Node **order, int n)
{
	Node *x;
	int i;

	fprintf(o, "/* Made by tools/mkroot: the tables of the root device #/. Do not edit. */\n");
	fprintf(o, "#include \"all.h\"\n\n");
	for(i = 0; i < n; i++)
		if(!order[i]->isdir && order[i]->length > 0)
			emitdata(o, order[i]);
	fprintf(o, "const Rootfile roottab[] = {\n");
	for(i = 0; i < n; i++){
		x = order[i];
		fprintf(o, "\t{");
		cstring(o, i == 0 ? "/" : x->name);
		if(x->isdir)
			fprintf(o, ", %d, DMDIR|0555, nil, 0, %d, %d},", x->parent, x->child, x->nkids);
		else if(x->length > 0)
			fprintf(o, ", %d, 0%o, rootdata%d, %ld, 0, 0},", x->parent, x->exec ? 0555 : 0444, i, x->length);
		else
			fprintf(o, ", %d, 0%o, nil, 0, 0, 0},", x->parent, x->exec ? 0555 : 0444);
		fprintf(o, "\t/* %d */\n", i);
	}
	fprintf(o, "};\n\n");
	fprintf(o, "int nroottab = %d;\n", n);
}

static void
usage(void)
{
	fprintf(stderr, "usage: %s [-o out.c] [-m list] [-d /dir]... [-t hostdir]...\n", argv0);
	exit(2);
}

int
main(int argc, char **argv)
{
	Node *root, **order;
	char *out, *list;
	FILE *o;
	int i, n;
	size_t len;

	out = NULL;
	list = NULL;
	root = newnode("/", 1);
	for(i = 1; i < argc; i++){
		if(strcmp(argv[i], "-d") == 0 && i+1 < argc)
			adddir(root, argv[++i]);
		else if(strcmp(argv[i], "-t") == 0 && i+1 < argc)
			addtree(root, argv[++i], 0);
		else if(strcmp(argv[i], "-o") == 0 && i+1 < argc)
			out = argv[++i];
		else if(strcmp(argv[i], "-m") == 0 && i+1 < argc)
			list = argv[++i];
		else
			usage();
	}
	order = number(root, &n);
	o = stdout;
	if(out != NULL && (o = fopen(out, "w")) == NULL)
		fatal("%s: %s", out, strerror(errno));
	emit(o, order, n);
	if(fflush(o) != 0 || ferror(o))
		fatal("%s: write error", out ? out : "stdout");
	if(out != NULL && fclose(o) != 0)
		fatal("%s: %s", out, strerror(errno));
	if(list != NULL){
		if((o = fopen(list, "w")) == NULL)
			fatal("%s: %s", list, strerror(errno));
		for(i = 0; i < n; i++){
			len = strlen(order[i]->name);
			if(!order[i]->isdir && order[i]->length > 0 && len > 4 && strcmp(order[i]->name+len-4, ".dis") == 0)
				fprintf(o, "%d %s\n", i, order[i]->hostpath);
		}
		if(fflush(o) != 0 || ferror(o) || fclose(o) != 0)
			fatal("%s: write error", list);
	}
	return 0;
}
