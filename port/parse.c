/*
 * Control messages: the text a program writes to a device's ctl
 * file, split into words (parsecmd) and matched against the device's
 * table of verbs (lookupcmd). One message per write; not a command
 * language.
 */
#include "all.h"

enum {
	Cmdmax = 64*1024,	/* longest message parsecmd takes; keeps the allocation's size in range */
};

static int
cmdblank(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/*
 * At least as many words as tokenize finds in the n bytes at p, since
 * it starts each word at the start of a run of non-blanks (the
 * blanks it splits at are cmdblank's). The text ends at a NUL.
 */
static int
cmdwords(char *p, long n)
{
	long i;
	int nw, inword;

	nw = 0;
	inword = 0;
	for(i = 0; i < n && p[i] != 0; i++){
		if(cmdblank(p[i]))
			inword = 0;
		else if(!inword){
			nw++;
			inword = 1;
		}
	}
	return nw;
}

/*
 * Split the n bytes at p (not NUL-terminated, and not kept) into
 * words: a trailing newline is dropped, the text stops at a NUL, and
 * the words are tokenize's, so quotes group blanks. The Cmdbuf, its
 * word array (nil-terminated) and its copy of the text are one
 * allocation, which the caller frees.
 */
Cmdbuf*
parsecmd(char *p, long n)
{
	Cmdbuf *cb;
	int nw;

	if(n < 0)
		error(Ebadarg);
	if(n > Cmdmax)
		error(Etoobig);
	nw = cmdwords(p, n);
	cb = smalloc(sizeof(Cmdbuf) + (nw+1)*sizeof(char*) + n + 1);
	cb->f = (char**)(cb + 1);
	cb->buf = (char*)(cb->f + nw + 1);
	memmove(cb->buf, p, n);
	if(n > 0 && cb->buf[n-1] == '\n')
		n--;
	cb->buf[n] = 0;
	cb->nf = tokenize(cb->buf, cb->f, nw);
	cb->f[cb->nf] = nil;
	return cb;
}

/*
 * Raise "s: message", the words quoted as %q does so that the text
 * splits back into the same words. A message too long for ERRMAX is
 * cut at a rune boundary; nothing after the cut is shown.
 */
void
cmderror(Cmdbuf *cb, char *s)
{
	char buf[2*ERRMAX], err[ERRMAX], *p, *e;
	int i;

	/* a word cut at e leaves p past ERRMAX, so no later word follows a cut one */
	e = buf + sizeof buf;
	p = seprint(buf, e, "%s:", s);
	for(i = 0; i < cb->nf && p - buf < ERRMAX; i++)
		p = seprint(p, e, " %q", cb->f[i]);
	utfecpy(err, err + sizeof err, buf);
	error(err);
}

/*
 * The first entry of tab whose cmd is the message's first word, or
 * "*" (any word). Raises Ebadctl if there is none or the message is
 * empty, and Ecmdargs if the entry's narg is not 0 (any number) and
 * not the number of words, the verb included.
 */
Cmdtab*
lookupcmd(Cmdbuf *cb, Cmdtab *tab, int ntab)
{
	Cmdtab *ct;

	if(cb->nf == 0)
		error(Ebadctl);
	for(ct = tab; ct < tab + ntab; ct++){
		if(strcmp(ct->cmd, "*") != 0 && strcmp(ct->cmd, cb->f[0]) != 0)
			continue;
		if(ct->narg != 0 && ct->narg != cb->nf)
			cmderror(cb, Ecmdargs);
		return ct;
	}
	cmderror(cb, Ebadctl);
}
