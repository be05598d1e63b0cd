/*
 * Control messages: parsecmd's words (newline, quotes, NUL, many
 * words, limits), lookupcmd's matching and its errors, cmderror's
 * text.
 */
#include "ktest.h"

/* The words of cb joined with '|', for messages. */
static char*
words(Cmdbuf *cb)
{
	static char buf[512];
	char *p, *e;
	int i;

	buf[0] = 0;
	p = buf;
	e = buf + sizeof buf;
	for(i = 0; i < cb->nf; i++)
		p = seprint(p, e, "%s%s", i > 0 ? "|" : "", cb->f[i]);
	return buf;
}

/* Parse the n bytes at s and check its words are want's (joined with '|'), and f[nf] is nil. */
static void
checkwords(char *s, long n, int wantnf, char *want)
{
	Cmdbuf *cb;

	cb = parsecmd(s, n);
	check(cb->nf == wantnf && strcmp(words(cb), want) == 0,
		"%q: %d words '%s', want %d '%s'", s, cb->nf, words(cb), wantnf, want);
	check(cb->f[cb->nf] == nil, "%q: f[nf] is not nil", s);
	free(cb);
}

static void
testsplit(void)
{
	testbegin("parsecmd splits at blanks, tabs and CRs, dropping one trailing newline");
	checkwords("kill", 4, 1, "kill");
	checkwords("kill\n", 5, 1, "kill");
	checkwords("  bpt\tset /dis/sh.dis\r 10\n", 26, 4, "bpt|set|/dis/sh.dis|10");
	checkwords("a\n\n", 3, 1, "a");
	checkwords("a\nb", 3, 2, "a|b");
	ktestend();
}

static void
testempty(void)
{
	testbegin("parsecmd of nothing, blanks or a lone newline has no words");
	checkwords("", 0, 0, "");
	checkwords("\n", 1, 0, "");
	checkwords(" \t \n", 4, 0, "");
	ktestend();
}

static void
testquotes(void)
{
	testbegin("parsecmd honours quotes: 'a b' is one word, '' an empty one and a doubled quote a quote");
	checkwords("set 'a b' c", 11, 3, "set|a b|c");
	checkwords("x '' y", 6, 3, "x||y");
	checkwords("'it''s' 'x'y", 12, 2, "it's|xy");
	checkwords("'unterminated quote", 19, 1, "unterminated quote");
	ktestend();
}

static void
testbounds(void)
{
	char msg[8];
	Cmdbuf *cb;

	testbegin("parsecmd reads exactly n bytes, stops at a NUL and keeps no pointer into the caller's text");
	memmove(msg, "ab cdXYZ", 8);
	checkwords(msg, 5, 2, "ab|cd");
	checkwords("ab\0cd", 5, 1, "ab");
	memmove(msg, "ab cd", 5);
	cb = parsecmd(msg, 5);
	memset(msg, 'z', sizeof msg);
	check(cb->nf == 2 && strcmp(cb->f[1], "cd") == 0, "after the caller's text changed the words are '%s'", words(cb));
	free(cb);
	ktestend();
}

static void
testmany(void)
{
	static char msg[3*1000];
	Cmdbuf *cb;
	int i, ok;

	testbegin("parsecmd keeps every word of a message with 1000 of them");
	for(i = 0; i < 1000; i++){
		msg[3*i] = 'a' + i%26;
		msg[3*i+1] = 'A' + i/26%26;
		msg[3*i+2] = ' ';
	}
	cb = parsecmd(msg, sizeof msg);
	check(cb->nf == 1000, "%d words", cb->nf);
	ok = 1;
	for(i = 0; i < cb->nf; i++)
		if(strlen(cb->f[i]) != 2 || cb->f[i][0] != 'a' + i%26 || cb->f[i][1] != 'A' + i/26%26)
			ok = 0;
	check(ok, "a word differs");
	check(cb->f[cb->nf] == nil, "f[nf] is not nil");
	free(cb);
	ktestend();
}

static void
testlimits(void)
{
	static char big[64*1024+1];
	Cmdbuf *cb;

	testbegin("parsecmd refuses a negative count and a message over 64K");
	if(!waserror()){
		cb = parsecmd("x", -1);
		free(cb);
		poperror();
		check(0, "count -1 accepted");
	}else
		check(strcmp(errstr(), Ebadarg) == 0, "count -1 raised '%s', want '%s'", errstr(), Ebadarg);
	memset(big, 'x', sizeof big);
	if(!waserror()){
		cb = parsecmd(big, sizeof big);
		free(cb);
		poperror();
		check(0, "64K+1 bytes accepted");
	}else
		check(strcmp(errstr(), Etoobig) == 0, "64K+1 bytes raised '%s', want '%s'", errstr(), Etoobig);
	cb = parsecmd(big, sizeof big - 1);
	check(cb->nf == 1 && strlen(cb->f[0]) == sizeof big - 1, "64K bytes: %d words", cb->nf);
	free(cb);
	ktestend();
}

enum { CMkill, CMset, CMstart, CMother };

static Cmdtab tab[] = {
	{ CMkill,	"kill",		1 },
	{ CMset,	"set",		3 },
	{ CMstart,	"start",	0 },
};

static Cmdtab wildtab[] = {
	{ CMkill,	"kill",		1 },
	{ CMother,	"*",		0 },
	{ CMstart,	"start",	0 },
};

/*
 * lookupcmd(parsecmd(msg), t, nt): the entry's index, or -1 with
 * err set to the error string.
 */
static int
lookup(char *msg, Cmdtab *t, int nt, char *err)
{
	Cmdbuf *volatile cb;
	Cmdtab *ct;

	err[0] = 0;
	cb = nil;
	if(waserror()){
		free(cb);
		strecpy(err, err+ERRMAX, errstr());
		return -1;
	}
	cb = parsecmd(msg, strlen(msg));
	ct = lookupcmd(cb, t, nt);
	poperror();
	free(cb);
	return ct->index;
}

static void
testlookup(void)
{
	char err[ERRMAX];
	int i;

	testbegin("lookupcmd finds the verb and checks its number of words (the verb included)");
	i = lookup("kill\n", tab, nelem(tab), err);
	check(i == CMkill, "kill gave %d (%s)", i, err);
	i = lookup("set a b", tab, nelem(tab), err);
	check(i == CMset, "set a b gave %d (%s)", i, err);
	i = lookup("start", tab, nelem(tab), err);
	check(i == CMstart, "start gave %d (%s)", i, err);
	i = lookup("start 1 2 3 4", tab, nelem(tab), err);
	check(i == CMstart, "start with 4 args gave %d (%s)", i, err);
	ktestend();

	testbegin("lookupcmd's errors name the failure and show the message");
	i = lookup("kill 3", tab, nelem(tab), err);
	check(i == -1 && strcmp(err, "wrong #args in control message: kill 3") == 0, "kill 3 gave %d '%s'", i, err);
	i = lookup("set 'a b'", tab, nelem(tab), err);
	check(i == -1 && strcmp(err, "wrong #args in control message: set 'a b'") == 0, "set 'a b' gave %d '%s'", i, err);
	i = lookup("stop now", tab, nelem(tab), err);
	check(i == -1 && strcmp(err, "bad process or channel control request: stop now") == 0, "stop now gave %d '%s'", i, err);
	i = lookup("Kill", tab, nelem(tab), err);
	check(i == -1 && strncmp(err, Ebadctl, strlen(Ebadctl)) == 0, "Kill (case differs) gave %d '%s'", i, err);
	i = lookup(" \n", tab, nelem(tab), err);
	check(i == -1 && strcmp(err, Ebadctl) == 0, "an empty message gave %d '%s'", i, err);
	i = lookup("kill", tab, 0, err);
	check(i == -1 && strncmp(err, Ebadctl, strlen(Ebadctl)) == 0, "an empty table gave %d '%s'", i, err);
	ktestend();

	testbegin("lookupcmd: \"*\" matches any verb, and the first match wins");
	i = lookup("kill", wildtab, nelem(wildtab), err);
	check(i == CMkill, "kill gave %d (%s)", i, err);
	i = lookup("start", wildtab, nelem(wildtab), err);
	check(i == CMother, "start gave %d, want the wildcard before it (%s)", i, err);
	i = lookup("anything at all", wildtab, nelem(wildtab), err);
	check(i == CMother, "anything at all gave %d (%s)", i, err);
	ktestend();
}

static void
testcmderror(void)
{
	char err[ERRMAX];
	Cmdbuf *volatile cb;
	static char big[300];

	testbegin("cmderror raises \"s: message\" with the words re-quoted, cut to ERRMAX");
	cb = parsecmd("a 'b c' ''", 10);
	if(waserror())
		strecpy(err, err+sizeof err, errstr());
	else{
		cmderror(cb, "bad thing");
		poperror();
	}
	free(cb);
	check(strcmp(err, "bad thing: a 'b c' ''") == 0, "got '%s'", err);

	memset(big, 'w', sizeof big);
	cb = parsecmd(big, sizeof big);
	if(waserror())
		strecpy(err, err+sizeof err, errstr());
	else{
		cmderror(cb, "long");
		poperror();
	}
	free(cb);
	check(strlen(err) == ERRMAX-1 && strncmp(err, "long: www", 9) == 0, "got %d bytes '%s'", (int)strlen(err), err);
	ktestend();
}

int
testmain(void)
{
	testsplit();
	testempty();
	testquotes();
	testbounds();
	testmany();
	testlimits();
	testlookup();
	testcmderror();
	return testnfail;
}
