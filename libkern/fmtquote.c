/*
 * %q: a string quoted so that tokenize gives it back as one word.
 * A string needs quotes if it is empty or holds a blank, a quote or
 * any other control character; it is then put in single quotes with
 * each quote inside doubled. DEL and non-ASCII runes need none.
 */
#include "kern.h"
#include "fmtdef.h"

static int
quotable(int c)
{
	return (uchar)c <= ' ' || c == '\'';
}

/* Whether the first n bytes of s need quotes. */
static int
needsquoten(char *s, int n)
{
	int i;

	if(n == 0)
		return 1;
	for(i = 0; i < n; i++)
		if(quotable(s[i]))
			return 1;
	return 0;
}

int
needsquote(char *s)
{
	return needsquoten(s, strlen(s));
}

/*
 * The %q verb, taking a char*: quotes the first f->prec runes of the
 * string if FmtPrec is set, else all of it; the width counts the
 * quotes. nil prints as <nil>, unquoted.
 */
int
quotestrfmt(Fmt *f)
{
	Rune r;
	char *s, *q;
	int nr, nb, nq, pad;

	s = va_arg(f->args, char*);
	if(s == nil)
		return fmtstrcpy(f, "<nil>");
	nb = 0;
	nq = 0;
	/* the precision is checked first: s need not be terminated after its first prec runes */
	for(nr = 0; !((f->flags & FmtPrec) && nr >= f->prec) && s[nb] != 0; nr++){
		if(s[nb] == '\'')
			nq++;
		nb += chartorune(&r, s+nb);
	}
	if(!needsquoten(s, nb))
		return fmtcpy(f, s, nr, nb);

	pad = 0;
	if(f->flags & FmtWidth)
		pad = f->width - (nr + nq + 2);
	if(!(f->flags & FmtLeft) && pad > 0 && fmtpad(f, pad) < 0)
		return -1;
	if(fmtbytes(f, "'", 1) < 0)
		return -1;
	while((q = memchr(s, '\'', nb)) != nil){
		/* the text up to and including the quote, then the quote again */
		if(fmtbytes(f, s, q+1-s) < 0 || fmtbytes(f, "'", 1) < 0)
			return -1;
		nb -= q+1-s;
		s = q+1;
	}
	if(fmtbytes(f, s, nb) < 0 || fmtbytes(f, "'", 1) < 0)
		return -1;
	if((f->flags & FmtLeft) && pad > 0)
		return fmtpad(f, pad);
	return 0;
}
