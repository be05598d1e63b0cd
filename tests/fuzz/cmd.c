/*
 * Control messages (port/parse.c): parsecmd, lookupcmd and cmderror
 * over arbitrary writes. parsecmd must read only the bytes it is
 * given and split them as the rules in its comment say (checked
 * against a separate reading of those rules here); its words quoted
 * with %q must parse back to the same words; lookupcmd must pick the
 * first matching entry or raise the right error; the error stack must
 * be balanced after each input.
 */
#include "all.h"
#include "fuzz.h"

static char name[] = "cmd";

enum { CMkill, CMset, CMstart, CMempty, CMany };

static Cmdtab tab[] = {
	{ CMkill,	"kill",		1 },
	{ CMset,	"set",		3 },
	{ CMstart,	"start",	0 },
	{ CMempty,	"",		2 },
};

static Cmdtab wildtab[] = {
	{ CMkill,	"kill",		1 },
	{ CMany,	"*",		2 },
	{ CMstart,	"start",	0 },
};

static int
blank(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/*
 * The words of the n bytes at t, read from the rules (trailing
 * newline dropped, text ends at a NUL, blanks split outside quotes,
 * '' inside quotes is a quote), each NUL-terminated in out (n+1
 * bytes suffice) and pointed to by w. Returns how many.
 */
static int
refwords(const uchar *t, long n, char *out, char **w)
{
	long i, len;
	int nw, quoting;

	len = n;
	if(len > 0 && t[len-1] == '\n')
		len--;
	for(i = 0; i < len && t[i] != 0; i++)
		;
	len = i;
	nw = 0;
	i = 0;
	for(;;){
		while(i < len && blank(t[i]))
			i++;
		if(i >= len)
			break;
		w[nw++] = out;
		quoting = 0;
		for(; i < len; i++){
			if(t[i] == '\''){
				if(quoting && i+1 < len && t[i+1] == '\'')
					*out++ = t[++i];
				else
					quoting = !quoting;
				continue;
			}
			if(!quoting && blank(t[i]))
				break;
			*out++ = t[i];
		}
		*out++ = 0;
	}
	return nw;
}

/* The first entry of t that the words match, as lookupcmd should find it; -1 if none. */
static int
reflookup(Cmdbuf *cb, Cmdtab *t, int nt)
{
	int i;

	for(i = 0; i < nt; i++)
		if(strcmp(t[i].cmd, "*") == 0 || strcmp(t[i].cmd, cb->f[0]) == 0)
			return i;
	return -1;
}

static void
checklookup(Cmdbuf *cb, Cmdtab *t, int nt)
{
	Cmdtab *volatile ct;
	char *err, prefix[ERRMAX];
	int i;

	ct = nil;
	if(!waserror()){
		ct = lookupcmd(cb, t, nt);
		poperror();
	}
	err = up->env->errstr;
	if(cb->nf == 0){
		fuzzcheck(name, ct == nil && strcmp(err, Ebadctl) == 0, "empty message: lookupcmd gave %p, error '%s'", ct, err);
		return;
	}
	i = reflookup(cb, t, nt);
	if(i < 0){
		snprint(prefix, sizeof prefix, "%s:", Ebadctl);
		fuzzcheck(name, ct == nil && strncmp(err, prefix, strlen(prefix)) == 0,
			"no entry for %q: lookupcmd gave %p, error '%s'", cb->f[0], ct, err);
	}else if(t[i].narg != 0 && t[i].narg != cb->nf){
		snprint(prefix, sizeof prefix, "%s:", Ecmdargs);
		fuzzcheck(name, ct == nil && strncmp(err, prefix, strlen(prefix)) == 0,
			"%q with %d words for entry %d: lookupcmd gave %p, error '%s'", cb->f[0], cb->nf, i, ct, err);
	}else
		fuzzcheck(name, ct == &t[i], "%q: lookupcmd gave entry %d, want %d (%s)",
			cb->f[0], ct != nil ? (int)(ct - t) : -1, i, err);
}

/* Every word of cb quoted with %q, joined with blanks, must parse back to the same words. */
static void
checkrequote(Cmdbuf *cb)
{
	Cmdbuf *cb2;
	char *text, *p, *e;
	long size;
	int i;

	/* %q at most doubles a word and adds two quotes */
	size = 1;
	for(i = 0; i < cb->nf; i++)
		size += 2*strlen(cb->f[i]) + 3;
	text = malloc(size);
	p = text;
	e = text + size;
	for(i = 0; i < cb->nf; i++)
		p = seprint(p, e, i > 0 ? " %q" : "%q", cb->f[i]);
	cb2 = parsecmd(text, p - text);
	fuzzcheck(name, cb2->nf == cb->nf, "requoted %q has %d words, want %d", text, cb2->nf, cb->nf);
	for(i = 0; i < cb->nf; i++)
		fuzzcheck(name, strcmp(cb2->f[i], cb->f[i]) == 0, "requoted word %d is %q, want %q", i, cb2->f[i], cb->f[i]);
	free(cb2);
	free(text);
}

/* cmderror's text: "s:" and the quoted words, whole, or cut within ERRMAX at a rune boundary. */
static void
checkcmderror(Cmdbuf *cb)
{
	char *want, *err;
	long size, len;
	int i;

	size = 16;
	for(i = 0; i < cb->nf; i++)
		size += 2*strlen(cb->f[i]) + 4;
	want = malloc(size);
	len = snprint(want, size, "msg:");
	for(i = 0; i < cb->nf; i++)
		len += snprint(want+len, size-len, " %q", cb->f[i]);
	if(!waserror()){
		cmderror(cb, "msg");
		fuzzfail(name, "cmderror returned");
	}
	err = up->env->errstr;
	if(len < ERRMAX)
		fuzzcheck(name, strcmp(err, want) == 0, "cmderror gave '%s', want '%s'", err, want);
	else{
		fuzzcheck(name, strlen(err) > ERRMAX-1-UTFmax && strncmp(err, want, strlen(err)) == 0,
			"cmderror of a long message gave '%s' (%d bytes), want a prefix of '%s'", err, (int)strlen(err), want);
	}
	free(want);
}

int
LLVMFuzzerTestOneInput(const uchar *data, size_t size)
{
	Cmdbuf *volatile cb;
	char *msg, *ref, **rw;
	int i, nw;
	long n;

	n = size;
	/* exactly n bytes and no NUL after them, so AddressSanitizer catches a read past the message */
	msg = malloc(n);
	memmove(msg, data, n);
	cb = nil;
	if(waserror()){
		/* only a message over parsecmd's limit may raise */
		fuzzcheck(name, cb == nil && strcmp(up->env->errstr, Etoobig) == 0, "parsecmd raised '%s'", up->env->errstr);
		free(msg);
		fuzzerrcheck(name);
		return 0;
	}
	cb = parsecmd(msg, n);
	poperror();
	free(msg);

	ref = malloc(n+1);
	rw = malloc((n/2+2) * sizeof(char*));
	nw = refwords(data, n, ref, rw);
	fuzzcheck(name, cb->nf == nw, "parsecmd found %d words, the rules %d", cb->nf, nw);
	for(i = 0; i < nw; i++)
		fuzzcheck(name, strcmp(cb->f[i], rw[i]) == 0, "word %d is %q, the rules give %q", i, cb->f[i], rw[i]);
	fuzzcheck(name, cb->f[cb->nf] == nil, "f[%d] is not nil", cb->nf);
	free(rw);
	free(ref);

	checkrequote(cb);
	checklookup(cb, tab, nelem(tab));
	checklookup(cb, wildtab, nelem(wildtab));
	checklookup(cb, tab, 0);
	checkcmderror(cb);
	free(cb);
	fuzzerrcheck(name);
	return 0;
}
