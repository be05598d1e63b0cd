/*
 * The lexer: Limbo source (UTF-8) into tokens with their positions,
 * and the table of interned names. Input is a stack of files so the
 * parser can read an included file and return to the includer; each
 * file keeps its own buffer of tokens looked ahead.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <errno.h>
#include "limbo.h"

enum {
	Nhash = 1024,
	Runeerror = 0xFFFD,
	Runemax = 0x10FFFF,
};

typedef struct Input Input;
struct Input {
	char	*text;
	long	len;
	long	pos;
	int	line;
	int	col;
	int	file;
	Tok	*la;		/* tokens looked ahead: la[head..n-1] */
	int	head;
	int	n;
	int	cap;
	Input	*up;
};

static char *keywords[] = {
	"adt", "alt", "array", "big", "break", "byte", "case", "chan", "con",
	"continue", "cyclic", "do", "dynamic", "else", "exception", "exit", "fixed",
	"fn", "for", "hd", "if", "implement", "import", "include", "int", "len",
	"list", "load", "module", "nil", "of", "or", "pick", "raise", "raises",
	"real", "ref", "return", "self", "spawn", "string", "tagof", "tl", "to",
	"type", "while",
};

/* operators, longest first where one is a prefix of another */
static struct {
	char	*s;
	int	tok;
} ops[] = {
	{"<<=", Llshas}, {">>=", Lrshas}, {"**=", Lexpas}, {"<-=", Lsnd},
	{"**", Lexp}, {"==", Leq}, {"!=", Lneq}, {"<=", Lleq}, {">=", Lgeq},
	{"<<", Llsh}, {">>", Lrsh}, {"&&", Landand}, {"||", Loror}, {"<-", Lcomm},
	{"::", Lcons}, {"+=", Laddas}, {"-=", Lsubas}, {"*=", Lmulas},
	{"/=", Ldivas}, {"%=", Lmodas}, {"&=", Landas}, {"|=", Loras},
	{"^=", Lxoras}, {":=", Ldas}, {"++", Linc}, {"--", Ldec}, {"->", Lmdot},
	{"=>", Larrow},
	{"+", Lplus}, {"-", Lminus}, {"*", Lstar}, {"/", Lslash}, {"%", Lpercent},
	{"&", Land}, {"|", Lorop}, {"^", Lxor}, {"~", Lcomp}, {"!", Lnot},
	{"=", Las}, {"<", Llt}, {">", Lgt}, {":", Lcolon}, {";", Lsemi},
	{"(", Llparen}, {")", Lrparen}, {"{", Llbrace}, {"}", Lrbrace},
	{"[", Llbrack}, {"]", Lrbrack}, {",", Lcomma}, {".", Ldot},
};

static Sym	*symtab[Nhash];
static Input	*in;
static int	depth;
static char	**files;
static int	nfiles;
static int	maxfiles;

static uint
hashname(char *s, int n)
{
	uint h;

	h = 0;
	while(n-- > 0)
		h = h*31 + (uchar)*s++;
	return h % Nhash;
}

/* the Sym for the n bytes at s, made if it is new */
Sym*
lookup(char *s, int n)
{
	Sym *y;
	uint h;

	h = hashname(s, n);
	for(y = symtab[h]; y != nil; y = y->hash)
		if(y->len == n && memcmp(y->name, s, n) == 0)
			return y;
	y = lalloc(sizeof *y);
	y->name = lstrdup(s, n);
	y->len = n;
	y->tok = Lid;
	y->hash = symtab[h];
	symtab[h] = y;
	return y;
}

/* resets the lexer: empty name table (the arena was freed), keywords entered */
void
lexinit(void)
{
	int i;

	memset(symtab, 0, sizeof symtab);
	in = nil;
	depth = 0;
	files = nil;
	nfiles = 0;
	maxfiles = 0;
	for(i = 0; i < (int)nelem(keywords); i++)
		lookup(keywords[i], strlen(keywords[i]))->tok = Ladt + i;
}

char*
tokname(int t)
{
	int i;

	switch(t){
	case Leof:	return "end of file";
	case Lid:	return "identifier";
	case Licon:	return "integer constant";
	case Lrcon:	return "real constant";
	case Lscon:	return "string constant";
	}
	if(t >= Ladt && t <= Lwhile)
		return keywords[t - Ladt];
	for(i = 0; i < (int)nelem(ops); i++)
		if(ops[i].tok == t)
			return ops[i].s;
	return "?";
}

/* the token as a message shows it */
char*
tokstr(Tok *t, char *buf, int n)
{
	switch(t->kind){
	case Lid:
		snprintf(buf, n, "%s", t->sym->name);
		break;
	case Licon:
		snprintf(buf, n, "%lld", t->ival);
		break;
	case Lrcon:
		snprintf(buf, n, "%g", t->rval);
		break;
	case Lscon:
		snprintf(buf, n, "\"%.*s\"", t->sval.n > 20 ? 20 : t->sval.n, t->sval.s);
		break;
	default:
		snprintf(buf, n, "%s", tokname(t->kind));
	}
	return buf;
}

char*
srcfile(int f)
{
	if(f < 0 || f >= nfiles)
		return "<none>";
	return files[f];
}

static int
addfile(char *name)
{
	char **nf;

	if(nfiles == maxfiles){
		maxfiles = maxfiles ? 2*maxfiles : 8;
		nf = lalloc(maxfiles * sizeof *nf);
		if(nfiles > 0)
			memcpy(nf, files, nfiles * sizeof *nf);
		files = nf;
	}
	files[nfiles] = lstrdup(name, strlen(name));
	return nfiles++;
}

int
lexdepth(void)
{
	return depth;
}

/* pushes len bytes of text as the file name */
int
lexbuf(char *name, char *text, long len)
{
	Input *i;

	if(depth >= Maxinclude+1)
		return -1;
	i = lalloc(sizeof *i);
	i->text = text;
	i->len = len;
	i->line = 1;
	i->col = 1;
	i->file = addfile(name);
	i->up = in;
	in = i;
	depth++;
	return 0;
}

/* pushes the file, read whole; reports (at from) and returns -1 if it cannot be read */
int
lexopen(char *file, Src from)
{
	FILE *f;
	char *text;
	long n, cap, m;

	if(depth >= Maxinclude+1){
		lerror(from, "includes nested too deeply (at most %d)", Maxinclude);
		return -1;
	}
	f = fopen(file, "rb");
	if(f == nil){
		lerror(from, "can't open %s: %s", file, strerror(errno));
		return -1;
	}
	cap = 64*1024;
	n = 0;
	text = lalloc(cap);
	while((m = fread(text + n, 1, cap - n, f)) > 0){
		n += m;
		if(n == cap){
			char *t = lalloc(2*cap);
			memcpy(t, text, n);
			text = t;
			cap *= 2;
		}
	}
	if(ferror(f)){
		lerror(from, "can't read %s: %s", file, strerror(errno));
		fclose(f);
		return -1;
	}
	fclose(f);
	return lexbuf(file, text, n);
}

void
lexpop(void)
{
	if(in != nil){
		in = in->up;
		depth--;
	}
}

/* the character at the input's position, decoded; its length in *len (0 at the end) */
static int
peekc(Input *i, long at, int *len)
{
	uchar *s;
	long n;
	int c, k, need, min;

	if(at >= i->len){
		*len = 0;
		return -1;
	}
	s = (uchar*)i->text + at;
	n = i->len - at;
	c = s[0];
	*len = 1;
	if(c < 0x80)
		return c;
	if((c & 0xE0) == 0xC0){
		need = 1;
		c &= 0x1F;
		min = 0x80;
	}else if((c & 0xF0) == 0xE0){
		need = 2;
		c &= 0x0F;
		min = 0x800;
	}else if((c & 0xF8) == 0xF0){
		need = 3;
		c &= 0x07;
		min = 0x10000;
	}else
		return Runeerror;
	if(n <= need)
		return Runeerror;
	for(k = 1; k <= need; k++){
		if((s[k] & 0xC0) != 0x80)
			return Runeerror;
		c = (c << 6) | (s[k] & 0x3F);
	}
	if(c < min || c > Runemax || (c >= 0xD800 && c <= 0xDFFF))
		return Runeerror;
	*len = need + 1;
	return c;
}

static int
getc1(Input *i)
{
	int c, n;

	c = peekc(i, i->pos, &n);
	if(n == 0)
		return -1;
	i->pos += n;
	if(c == '\n'){
		i->line++;
		i->col = 1;
	}else
		i->col++;
	return c;
}

static int
lookc(Input *i, int k)
{
	long at;
	int c, n;

	at = i->pos;
	c = -1;
	while(k-- >= 0){
		c = peekc(i, at, &n);
		if(n == 0)
			return -1;
		at += n;
	}
	return c;
}

static Src
here(Input *i)
{
	Src s;

	s.file = i->file;
	s.line = i->line;
	s.col = i->col;
	return s;
}

static int
isletter(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c > 0xA0;
}

static int
isdigit1(int c)
{
	return c >= '0' && c <= '9';
}

static int
digitval(int c)
{
	if(c >= '0' && c <= '9')
		return c - '0';
	if(c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if(c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 99;
}

/* appends rune r to the growing buffer as UTF-8 */
static void
putrune(char **buf, int *n, int *cap, int r)
{
	char *nb;
	int k;

	if(*n + 4 > *cap){
		*cap = *cap ? 2 * *cap : 64;
		nb = lalloc(*cap);
		if(*n > 0)
			memcpy(nb, *buf, *n);
		*buf = nb;
	}
	k = *n;
	if(r < 0x80)
		(*buf)[k++] = r;
	else if(r < 0x800){
		(*buf)[k++] = 0xC0 | r >> 6;
		(*buf)[k++] = 0x80 | (r & 0x3F);
	}else if(r < 0x10000){
		(*buf)[k++] = 0xE0 | r >> 12;
		(*buf)[k++] = 0x80 | (r >> 6 & 0x3F);
		(*buf)[k++] = 0x80 | (r & 0x3F);
	}else{
		(*buf)[k++] = 0xF0 | r >> 18;
		(*buf)[k++] = 0x80 | (r >> 12 & 0x3F);
		(*buf)[k++] = 0x80 | (r >> 6 & 0x3F);
		(*buf)[k++] = 0x80 | (r & 0x3F);
	}
	*n = k;
}

/* after a backslash: the escaped character's value; reports an unknown escape */
static int
escape(Input *i, Src at)
{
	int c, k, v, d;

	c = getc1(i);
	switch(c){
	case '\\':	return '\\';
	case '\'':	return '\'';
	case '"':	return '"';
	case 'a':	return '\a';
	case 'b':	return '\b';
	case 'f':	return '\f';
	case 'n':	return '\n';
	case 'r':	return '\r';
	case 't':	return '\t';
	case 'v':	return '\v';
	case '0':	return 0;
	case 'u':
		v = 0;
		for(k = 0; k < 4; k++){
			d = digitval(lookc(i, 0));
			if(d >= 16){
				lerror(at, "\\u needs 4 hex digits");
				return Runeerror;
			}
			getc1(i);
			v = v*16 + d;
		}
		return v;
	case -1:
		return -1;
	}
	lerror(at, "unknown escape sequence \\%c", c < 0x80 && c > ' ' ? c : '?');
	return Runeerror;
}

/* the input's bytes from offset from to the current position, copied into the buffer */
static void
putraw(char **buf, int *n, int *cap, Input *i, long from)
{
	while(from < i->pos){
		if(*n + 1 > *cap){
			char *nb;
			*cap = *cap ? 2 * *cap : 64;
			nb = lalloc(*cap);
			if(*n > 0)
				memcpy(nb, *buf, *n);
			*buf = nb;
		}
		(*buf)[(*n)++] = i->text[from++];
	}
}

static void
lexstring(Input *i, Tok *t)
{
	char *buf;
	int n, cap, c, quote;
	long from;

	buf = nil;
	n = cap = 0;
	quote = getc1(i);
	t->israw = quote == '`';
	for(;;){
		from = i->pos;
		c = getc1(i);
		if(c == -1){
			lerror(t->src, "unterminated string");
			break;
		}
		if(c == quote)
			break;
		if(quote == '"'){
			if(c == '\n'){
				lerror(t->src, "newline in string");
				break;
			}
			if(c == '\\'){
				c = escape(i, here(i));
				if(c < 0)
					continue;
				putrune(&buf, &n, &cap, c);
				continue;
			}
		}
		/* copy the bytes as written, so invalid UTF-8 survives */
		putraw(&buf, &n, &cap, i, from);
	}
	t->kind = Lscon;
	t->sval.s = buf != nil ? buf : lstrdup("", 0);
	t->sval.n = n;
	if(buf != nil){
		buf = lalloc(n + 1);
		memcpy(buf, t->sval.s, n);
		t->sval.s = buf;
	}
}

static void
lexchar(Input *i, Tok *t)
{
	int c;

	getc1(i);
	c = getc1(i);
	if(c == '\\')
		c = escape(i, t->src);
	else if(c == '\'' || c == '\n' || c == -1){
		lerror(t->src, "empty character constant");
		if(c == '\'')
			goto done;
		c = 0;
	}
	if(lookc(i, 0) != '\''){
		lerror(t->src, "missing ' in character constant");
		/* skip to the closing quote on this line, if any */
		while(lookc(i, 0) != -1 && lookc(i, 0) != '\'' && lookc(i, 0) != '\n')
			getc1(i);
	}
	if(lookc(i, 0) == '\'')
		getc1(i);
done:
	t->kind = Licon;
	t->ischar = 1;
	t->ival = c < 0 ? 0 : c;
}

/* digits of a number in the given base; returns the count and accumulates *v (wrapping is reported) */
static int
lexdigits(Input *i, int base, uvlong *v, int *over)
{
	int n, d;

	n = 0;
	for(;;){
		d = digitval(lookc(i, 0));
		if(d >= base)
			break;
		getc1(i);
		if(*v > (~0ULL - d) / base)
			*over = 1;
		*v = *v * base + d;
		n++;
	}
	return n;
}

/* the rest of a malformed number, reported once and skipped */
static void
badnumber(Input *i, Tok *t, char *msg)
{
	lerror(t->src, "%s", msg);
	while(isletter(lookc(i, 0)) || isdigit1(lookc(i, 0)) || lookc(i, 0) == '.')
		getc1(i);
}

/* an optional exponent: e or E, a sign, digits */
static int
exponent(Input *i)
{
	int k;

	if(lookc(i, 0) != 'e' && lookc(i, 0) != 'E')
		return 0;
	k = lookc(i, 1);
	if(!isdigit1(k) && !((k == '+' || k == '-') && isdigit1(lookc(i, 2))))
		return 0;
	getc1(i);
	if(k == '+' || k == '-')
		getc1(i);
	while(isdigit1(lookc(i, 0)))
		getc1(i);
	return 1;
}

static void
lexnumber(Input *i, Tok *t)
{
	uvlong v;
	long start;
	int base, over, c, k;
	double r, scale;
	char msg[64];

	start = i->pos;
	v = 0;
	over = 0;
	base = 10;
	t->kind = Licon;
	lexdigits(i, 10, &v, &over);
	c = lookc(i, 0);
	if(c == 'r' || c == 'R'){
		if(over || v < 2 || v > 36){
			badnumber(i, t, "radix must be 2 to 36");
			return;
		}
		base = v;
		getc1(i);
		v = 0;
		if(lexdigits(i, base, &v, &over) == 0){
			badnumber(i, t, "malformed number");
			return;
		}
		if(lookc(i, 0) == '.' && digitval(lookc(i, 1)) < base){
			/* radix fraction: a real */
			getc1(i);
			r = (double)v;
			scale = 1;
			while((k = digitval(lookc(i, 0))) < base){
				getc1(i);
				scale /= base;
				r += k * scale;
			}
			t->kind = Lrcon;
			t->rval = r;
		}else if(digitval(lookc(i, 0)) < 36){
			snprintf(msg, sizeof msg, "digit too large for radix %d", base);
			badnumber(i, t, msg);
			return;
		}
	}else{
		k = 0;
		if(c == '.'){
			getc1(i);
			while(isdigit1(lookc(i, 0)))
				getc1(i);
			k = 1;
		}
		if(exponent(i))
			k = 1;
		if(k){
			t->kind = Lrcon;
			t->rval = strtod(lstrdup(i->text + start, i->pos - start), nil);
		}
	}
	if(isletter(lookc(i, 0)) || lookc(i, 0) == '.'){
		badnumber(i, t, "malformed number");
		return;
	}
	if(t->kind == Licon){
		/* a radix constant may use all 64 bits (16rFFFFFFFFFFFFFFFF is -1), decimal not */
		if(base == 10 && v > (uvlong)0x7FFFFFFFFFFFFFFFLL)
			over = 1;
		if(over)
			lerror(t->src, "integer constant too large");
		t->ival = (vlong)v;
	}
}

/* a real constant starting with '.' */
static void
lexdotreal(Input *i, Tok *t)
{
	long start;

	start = i->pos;
	getc1(i);
	while(isdigit1(lookc(i, 0)))
		getc1(i);
	exponent(i);
	t->kind = Lrcon;
	t->rval = strtod(lstrdup(i->text + start, i->pos - start), nil);
	if(isletter(lookc(i, 0)) || lookc(i, 0) == '.')
		badnumber(i, t, "malformed number");
}

/* the next token from the input */
static void
lex(Input *i, Tok *t)
{
	int c, k, n, len;
	long start;

	memset(t, 0, sizeof *t);
	for(;;){
		c = lookc(i, 0);
		if(c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' || c == '\n'){
			getc1(i);
			continue;
		}
		if(c == '#'){
			while((c = lookc(i, 0)) != -1 && c != '\n')
				getc1(i);
			continue;
		}
		break;
	}
	t->src = here(i);
	if(c == -1){
		t->kind = Leof;
		goto done;
	}
	if(isletter(c)){
		start = i->pos;
		while(isletter(lookc(i, 0)) || isdigit1(lookc(i, 0)))
			getc1(i);
		t->sym = lookup(i->text + start, i->pos - start);
		t->kind = t->sym->tok;
		goto done;
	}
	if(isdigit1(c)){
		lexnumber(i, t);
		goto done;
	}
	if(c == '.' && isdigit1(lookc(i, 1))){
		lexdotreal(i, t);
		goto done;
	}
	if(c == '"' || c == '`'){
		lexstring(i, t);
		goto done;
	}
	if(c == '\''){
		lexchar(i, t);
		goto done;
	}
	for(k = 0; k < (int)nelem(ops); k++){
		if(ops[k].s[0] != c)
			continue;
		len = strlen(ops[k].s);
		if(i->pos + len <= i->len && memcmp(i->text + i->pos, ops[k].s, len) == 0){
			for(n = 0; n < len; n++)
				getc1(i);
			t->kind = ops[k].tok;
			goto done;
		}
	}
	getc1(i);
	if(c >= ' ' && c < 0x7F)
		lerror(t->src, "illegal character '%c'", c);
	else
		lerror(t->src, "illegal character 0x%x", c);
	lex(i, t);
	return;
done:
	t->stop = here(i);
}

/* the token k ahead in the current file (0: the next) */
Tok*
peek(int k)
{
	Input *i;
	Tok *nl;

	i = in;
	while(i->n - i->head <= k){
		if(i->head > 0 && i->head == i->n)
			i->head = i->n = 0;
		if(i->n == i->cap){
			i->cap = i->cap ? 2*i->cap : 16;
			nl = lalloc(i->cap * sizeof *nl);
			if(i->n > 0)
				memcpy(nl, i->la, i->n * sizeof *nl);
			i->la = nl;
		}
		lex(i, &i->la[i->n]);
		i->n++;
	}
	return &i->la[i->head + k];
}

/* consumes and returns the next token; at the end it stays at Leof */
Tok
next(void)
{
	Tok t;

	t = *peek(0);
	if(t.kind != Leof)
		in->head++;
	return t;
}
