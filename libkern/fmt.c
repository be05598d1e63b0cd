/*
 * The engine of print: dofmt walks a format, parses each verb's
 * flags, width and precision into a Fmt and calls the verb's
 * function, which writes through fmtbytes into the Fmt's buffer.
 * Holds the integer, character and string verbs and the table of
 * verbs added by fmtinstall. The wrappers that supply a buffer
 * (print, snprint, ...) are in print.c; %q is in fmtquote.c and the
 * floating point verbs in fmtfloat.c.
 */
#include "kern.h"
#include "fmtdef.h"

enum {
	Ninstall = 32,
};

typedef int Verb(Fmt*);

/*
 * Verbs added by fmtinstall, looked up before the built-in ones.
 * Written only while the system starts, before there is concurrent
 * printing, so readers take no lock.
 */
static struct {
	int	c;
	Verb	*f;
} installed[Ninstall];
static int ninstalled;

/*
 * Adds or replaces verb c. Its function returns 0 when done, -1 on
 * error, or a positive value to say c was a flag and the verb is
 * still to come. Digits, '.' and '*' belong to the syntax and cannot
 * be installed.
 */
int
fmtinstall(int c, int (*f)(Fmt*))
{
	int i;

	if(c <= 0 || c > Runemax || (c >= '0' && c <= '9') || c == '.' || c == '*' || f == nil)
		return -1;
	for(i = 0; i < ninstalled; i++)
		if(installed[i].c == c){
			installed[i].f = f;
			return 0;
		}
	if(ninstalled == Ninstall)
		return -1;
	installed[ninstalled].c = c;
	installed[ninstalled].f = f;
	ninstalled++;
	return 0;
}

static Verb*
lookup(int c)
{
	int i;

	for(i = 0; i < ninstalled; i++)
		if(installed[i].c == c)
			return installed[i].f;
	return nil;
}

/*
 * The length of the longest prefix of the m bytes at s (s[m] exists)
 * that does not end inside a UTF-8 sequence.
 */
static int
runeprefix(char *s, int m)
{
	int p;

	for(p = m; p > 0 && m-p < UTFmax-1 && ((uchar)s[p] & 0xC0) == 0x80; p--)
		;
	if(((uchar)s[p] & 0xC0) == 0x80)
		return m;	/* stray continuation bytes, not a sequence: cut anywhere */
	return p;
}

/*
 * Writes n bytes, calling f->flush whenever the buffer fills. A Fmt
 * without flush is a fixed buffer: output stops at its end, cut at a
 * rune boundary. Once output stops (stop is pulled back to to) every
 * later write fails too.
 */
int
fmtbytes(Fmt *f, char *s, int n)
{
	int m;

	while((m = f->stop - f->to) < n){
		if(f->flush == nil){
			m = runeprefix(s, m);
			memmove(f->to, s, m);
			f->to += m;
			f->nfmt += m;
			f->stop = f->to;
			return -1;
		}
		memmove(f->to, s, m);
		f->to += m;
		f->nfmt += m;
		s += m;
		n -= m;
		if(f->flush(f) == 0 || f->stop <= f->to){
			f->stop = f->to;
			return -1;
		}
	}
	memmove(f->to, s, n);
	f->to += n;
	f->nfmt += n;
	return 0;
}

int
fmtfill(Fmt *f, int c, int n)
{
	char buf[32];
	int m;

	memset(buf, c, sizeof buf);
	for(; n > 0; n -= m){
		m = MIN(n, (int)sizeof buf);
		if(fmtbytes(f, buf, m) < 0)
			return -1;
	}
	return 0;
}

int
fmtpad(Fmt *f, int n)
{
	return fmtfill(f, ' ', n);
}

int
fmtrune(Fmt *f, int r)
{
	char buf[UTFmax];
	Rune rr;

	rr = r;
	return fmtbytes(f, buf, runetochar(buf, &rr));
}

/* Writes nb bytes of text that hold nr runes, padded with blanks to f's width (in runes). */
int
fmtcpy(Fmt *f, char *s, int nr, int nb)
{
	int pad;

	pad = 0;
	if(f->flags & FmtWidth)
		pad = f->width - nr;
	if(!(f->flags & FmtLeft) && pad > 0 && fmtpad(f, pad) < 0)
		return -1;
	if(fmtbytes(f, s, nb) < 0)
		return -1;
	if((f->flags & FmtLeft) && pad > 0)
		return fmtpad(f, pad);
	return 0;
}

/*
 * Writes s as %s would: at most f->prec runes if FmtPrec is set
 * (without reading past them), padded to f->width runes; nil is
 * "<nil>".
 */
int
fmtstrcpy(Fmt *f, char *s)
{
	Rune r;
	int nr, nb;

	if(s == nil)
		s = "<nil>";
	if(!(f->flags & FmtPrec))
		return fmtcpy(f, s, utflen(s), strlen(s));
	nb = 0;
	for(nr = 0; nr < f->prec && s[nb] != 0; nr++)
		nb += chartorune(&r, s+nb);
	return fmtcpy(f, s, nr, nb);
}

/* fmtstrcpy for a string of Runes. */
int
fmtrunestrcpy(Fmt *f, Rune *s)
{
	int i, nr, pad;

	if(s == nil)
		return fmtstrcpy(f, "<nil>");
	for(nr = 0; s[nr] != 0; nr++)
		if((f->flags & FmtPrec) && nr >= f->prec)
			break;
	pad = 0;
	if(f->flags & FmtWidth)
		pad = f->width - nr;
	if(!(f->flags & FmtLeft) && pad > 0 && fmtpad(f, pad) < 0)
		return -1;
	for(i = 0; i < nr; i++)
		if(fmtrune(f, s[i]) < 0)
			return -1;
	if((f->flags & FmtLeft) && pad > 0)
		return fmtpad(f, pad);
	return 0;
}

static int
strfmt(Fmt *f)
{
	return fmtstrcpy(f, va_arg(f->args, char*));
}

static int
runesfmt(Fmt *f)
{
	return fmtrunestrcpy(f, va_arg(f->args, Rune*));
}

/* %c and %C: one rune, as UTF-8. */
static int
charfmt(Fmt *f)
{
	char buf[UTFmax];
	Rune r;

	r = va_arg(f->args, int);
	return fmtcpy(f, buf, 1, runetochar(buf, &r));
}

/* %r: the user's current error string. */
static int
errfmt(Fmt *f)
{
	char buf[ERRMAX];

	buf[0] = 0;
	rerrstr(buf, sizeof buf);
	buf[sizeof buf - 1] = 0;
	return fmtstrcpy(f, buf);
}

/* Fetches an integer argument of the size the flags say, returning its magnitude. */
static uvlong
intarg(Fmt *f, int sign, int *neg)
{
	vlong v;

	*neg = 0;
	if(f->r == 'p')
		return (uintptr)va_arg(f->args, void*);
	if(!sign){
		if(f->flags & FmtVLong)
			return va_arg(f->args, uvlong);
		if(f->flags & FmtLong)
			return va_arg(f->args, ulong);
		if(f->flags & FmtByte)
			return (uchar)va_arg(f->args, uint);
		if(f->flags & FmtShort)
			return (ushort)va_arg(f->args, uint);
		return va_arg(f->args, uint);
	}
	if(f->flags & FmtVLong)
		v = va_arg(f->args, vlong);
	else if(f->flags & FmtLong)
		v = va_arg(f->args, long);
	else if(f->flags & FmtByte)
		v = (signed char)va_arg(f->args, int);
	else if(f->flags & FmtShort)
		v = (short)va_arg(f->args, int);
	else
		v = va_arg(f->args, int);
	if(v < 0){
		*neg = 1;
		return -(uvlong)v;
	}
	return v;
}

/*
 * %d %i %u %x %X %o %b %p with C's meanings for the flags, width and
 * precision; the u flag (%ud, %lux) makes any of them unsigned, and
 * the , flag groups digits (threes in decimal, fours otherwise).
 */
static int
intfmt(Fmt *f)
{
	char buf[96], *p, *digs, *prefix;
	uvlong v;
	ulong u;
	int base, sign, neg, zero, nd, ndig, group, zeros, len, pad;

	sign = 0;
	digs = "0123456789abcdef";
	prefix = "";
	switch(f->r){
	case 'd':
	case 'i':
		base = 10;
		sign = !(f->flags & FmtUnsigned);
		break;
	case 'u':
		base = 10;
		break;
	case 'o':
		base = 8;
		break;
	case 'b':
		base = 2;
		break;
	case 'X':
		digs = "0123456789ABCDEF";
		/* fall through */
	default:	/* x, p */
		base = 16;
		break;
	}
	v = intarg(f, sign, &neg);
	zero = v == 0;

	/* digits right to left; 64-bit division only while the value needs it */
	group = 0;
	if(f->flags & FmtComma)
		group = base == 10 ? 3 : 4;
	p = buf + sizeof buf;
	nd = 0;
	ndig = 0;
	if(v != 0 || !(f->flags & FmtPrec) || f->prec != 0){
		do{
			if(group && ndig > 0 && ndig % group == 0){
				*--p = ',';
				nd++;
			}
			if(v > ~(ulong)0){
				*--p = digs[v % base];
				v /= base;
			}else{
				u = v;
				*--p = digs[u % base];
				v = u / base;
			}
			nd++;
			ndig++;
		}while(v != 0);
	}

	zeros = 0;
	if((f->flags & FmtPrec) && f->prec > nd)
		zeros = f->prec - nd;
	if(f->r == 'p')
		prefix = "0x";
	else if((f->flags & FmtSharp) && base == 16 && !zero)
		prefix = f->r == 'X' ? "0X" : "0x";
	else if((f->flags & FmtSharp) && base == 8 && zeros == 0 && (nd == 0 || *p != '0'))
		zeros = 1;
	if(neg)
		prefix = "-";
	else if(sign && (f->flags & FmtSign))
		prefix = "+";
	else if(sign && (f->flags & FmtSpace))
		prefix = " ";

	len = strlen(prefix) + zeros + nd;
	pad = 0;
	if(f->flags & FmtWidth)
		pad = f->width - len;
	if(pad > 0 && (f->flags & (FmtZero|FmtLeft|FmtPrec)) == FmtZero){
		zeros += pad;
		pad = 0;
	}
	if(!(f->flags & FmtLeft) && pad > 0 && fmtpad(f, pad) < 0)
		return -1;
	if(fmtbytes(f, prefix, strlen(prefix)) < 0 || fmtfill(f, '0', zeros) < 0 || fmtbytes(f, p, nd) < 0)
		return -1;
	if((f->flags & FmtLeft) && pad > 0)
		return fmtpad(f, pad);
	return 0;
}

/* An unknown verb prints as itself, so the mistake shows in the output. */
static int
badfmt(Fmt *f)
{
	if(fmtbytes(f, "%", 1) < 0)
		return -1;
	return fmtrune(f, f->r);
}

static int
builtin(Fmt *f)
{
	switch(f->r){
	case 'd':
	case 'i':
	case 'u':
	case 'x':
	case 'X':
	case 'o':
	case 'b':
	case 'p':
		return intfmt(f);
	case 'c':
	case 'C':
		return charfmt(f);
	case 's':
		return strfmt(f);
	case 'S':
		return runesfmt(f);
	case 'q':
		return quotestrfmt(f);
	case 'r':
		return errfmt(f);
	case 'e':
	case 'f':
	case 'g':
	case 'E':
	case 'G':
		return floatfmt(f);
	case '%':
		return fmtbytes(f, "%", 1);
	}
	return badfmt(f);
}

/* Sets width (or precision, after a '.') from an argument; a negative width means '-', a negative precision none. */
static void
stararg(Fmt *f)
{
	int n;

	n = va_arg(f->args, int);
	if(f->flags & FmtPrec){
		if(n < 0)
			f->flags &= ~FmtPrec;
		else
			f->prec = MIN(n, Fmtmax);
		return;
	}
	if(n < 0){
		f->flags |= FmtLeft;
		n = n < -Fmtmax ? Fmtmax : -n;
	}
	f->width = MIN(n, Fmtmax);
	f->flags |= FmtWidth;
}

/*
 * Parses one conversion after its '%' and runs it. Returns the
 * format past it, or nil if the output stopped or a verb failed.
 */
static char*
conv(Fmt *f, char *fmt)
{
	Verb *fn;
	Rune r;
	int n;

	f->flags = 0;
	f->width = 0;
	f->prec = 0;
	for(;;){
		fmt += chartorune(&r, fmt);
		f->r = r;
		if(r == 0){
			/* a lone % at the end of the format prints as itself */
			if(fmtbytes(f, "%", 1) < 0)
				return nil;
			return fmt-1;
		}
		if((r < '0' || r > '9') && r != '.' && r != '*' && (fn = lookup(r)) != nil){
			n = fn(f);
			if(n < 0)
				return nil;
			if(n == 0)
				return fmt;
			continue;
		}
		switch(r){
		case '0':
			if(!(f->flags & (FmtWidth|FmtPrec))){
				f->flags |= FmtZero;
				continue;
			}
			/* fall through */
		case '1': case '2': case '3': case '4':
		case '5': case '6': case '7': case '8': case '9':
			n = r - '0';
			for(; *fmt >= '0' && *fmt <= '9'; fmt++)
				if(n < Fmtmax)
					n = MIN(n*10 + *fmt - '0', Fmtmax);
			if(f->flags & FmtPrec)
				f->prec = n;
			else{
				f->width = n;
				f->flags |= FmtWidth;
			}
			continue;
		case '.':
			f->flags |= FmtPrec;
			f->prec = 0;
			continue;
		case '*':
			stararg(f);
			continue;
		case '-':
			f->flags |= FmtLeft;
			continue;
		case '+':
			f->flags |= FmtSign;
			continue;
		case ' ':
			f->flags |= FmtSpace;
			continue;
		case '#':
			f->flags |= FmtSharp;
			continue;
		case ',':
			f->flags |= FmtComma;
			continue;
		case 'l':
			f->flags |= (f->flags & FmtLong) ? FmtVLong : FmtLong;
			continue;
		case 'h':
			f->flags |= (f->flags & FmtShort) ? FmtByte : FmtShort;
			continue;
		case 'z':
			f->flags |= sizeof(size_t) > sizeof(long) ? FmtVLong : FmtLong;
			continue;
		case 'u':
			/* Plan 9's unsigned flag before an integer verb, maybe after size letters (%ud, %ulld); otherwise C's %u */
			{
				char *q = fmt;
				while(*q != 0 && strchr("lhz", *q) != nil)
					q++;
				if(*q != 0 && strchr("dioxXb", *q) != nil){
					f->flags |= FmtUnsigned;
					continue;
				}
			}
			break;
		}
		if(builtin(f) < 0)
			return nil;
		return fmt;
	}
}

/*
 * Formats fmt, taking arguments from f->args, into f. Returns the
 * number of bytes written, or -1 if the output stopped (a fixed
 * buffer filled, or flush failed) or a verb failed.
 */
int
dofmt(Fmt *f, char *fmt)
{
	char *s;
	int nfmt;

	nfmt = f->nfmt;
	for(;;){
		for(s = fmt; *fmt != 0 && *fmt != '%'; fmt++)
			;
		if(fmt > s && fmtbytes(f, s, fmt-s) < 0)
			return -1;
		if(*fmt == 0)
			return f->nfmt - nfmt;
		fmt = conv(f, fmt+1);
		if(fmt == nil)
			return -1;
	}
}

/*
 * For verb functions that format their value with print's verbs:
 * formats into f with arguments of its own, leaving f's arguments,
 * verb, flags, width and precision as they were (and ignoring them).
 * Returns 0, or -1 if the output stopped.
 */
int
fmtvprint(Fmt *f, char *fmt, va_list args)
{
	va_list saved;
	ulong flags;
	int r, width, prec, n;

	r = f->r;
	flags = f->flags;
	width = f->width;
	prec = f->prec;
	va_copy(saved, f->args);
	va_end(f->args);
	va_copy(f->args, args);
	n = dofmt(f, fmt);
	va_end(f->args);
	va_copy(f->args, saved);
	va_end(saved);
	f->r = r;
	f->flags = flags;
	f->width = width;
	f->prec = prec;
	return n < 0 ? -1 : 0;
}

int
fmtprint(Fmt *f, char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = fmtvprint(f, fmt, args);
	va_end(args);
	return n;
}
