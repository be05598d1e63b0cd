implement Sh;

# sh: Ember's command language, an Inferno-style shell. Words and
# lists, blocks as values, redirections, pipelines, substitution and
# pattern expansion are built in; control flow comes from builtin
# modules (load std) written against the Sh interface of module/sh.m,
# which this module implements (and, as a Shellbuiltin, it provides its
# own internal builtins: load, run, whatis, ...).
#
# The file is in parts: the lexer and parser, the printer (cmd2string,
# quoting), contexts and variables, the environment (/env), word
# evaluation and pattern expansion, running commands (builtins,
# external programs, pipelines, processes and their exit records), the
# internal builtins, and the command loop with init.
#
# Every process the shell makes (pipeline commands, subshells) runs in
# this same module instance, so module data holds only what all of them
# share; a process's own state is in its Context.

include "sys.m";
	sys: Sys;
	FD: import Sys;
include "draw.m";
include "sh.m";

myself: Shellbuiltin;	# this module as a builtin module (internal builtins)
myselfsh: Sh;		# this module as Sh, handed to builtin modules
consctl: ref FD;	# /dev/consctl of the interactive shell, for ^C (intr N)

# Redir.rtype values (ours: only this module reads them)
Rread, Rwrite, Rappend, Rrdwr: con iota;
Rpipe: con 16r10;	# <{cmd} or >{cmd}: a pipe's file name as a word

NOTEXIST: con "does not exist";

# ---------------------------------------------------------------
# Lexer

Tword, Tdollar, Tcount, Tsquash, Tsbuiltin, Tcaret, Tpipe, Tamp, Tsemi, Tnl,
Tlparen, Trparen, Tlbrace, Trbrace, Tbq, Tbq2, Teq, Tlocal, Tredir, Tdup,
Tpipefile, Teof: con iota;

Tok: adt {
	t:	int;
	sp:	int;		# blank before it (no free caret)
	word:	string;	# Tword: text, GLOB before unquoted * ? [
	rt:	int;		# redirection type
	fd1, fd2:	int;	# redirection or pipe descriptors
};

Lexer: adt {
	s:	string;
	i:	int;
	peeked:	ref Tok;
};

# Parse errors are exceptions inside the parser, caught by parse().
PEsyntax: con "parse:syntax error";
PEmore: con "parse:incomplete";

syntax()
{
	raise PEsyntax;
}

incomplete()
{
	raise PEmore;
}

isspecial(c: int): int
{
	case c {
	' ' or '\t' or '\r' or '\n' or '#' or ';' or '&' or '|' or '^' or '$' or '`' or
	'\'' or '{' or '}' or '(' or ')' or '<' or '>' or '"' or '=' =>
		return 1;
	}
	return 0;
}

peek(l: ref Lexer): ref Tok
{
	if(l.peeked == nil)
		l.peeked = lex(l);
	return l.peeked;
}

next(l: ref Lexer): ref Tok
{
	t := peek(l);
	l.peeked = nil;
	return t;
}

lex(l: ref Lexer): ref Tok
{
	s := l.s;
	sp := 0;
	for(;;){
		if(l.i >= len s)
			return ref Tok(Teof, sp, nil, 0, 0, 0);
		c := s[l.i];
		if(c == ' ' || c == '\t' || c == '\r'){
			l.i++;
			sp = 1;
			continue;
		}
		if(c == '#'){
			while(l.i < len s && s[l.i] != '\n')
				l.i++;
			sp = 1;
			continue;
		}
		break;
	}
	c := s[l.i++];
	t := ref Tok(Teof, sp, nil, 0, 0, 0);
	case c {
	'\n' =>	t.t = Tnl;
	';' =>	t.t = Tsemi;
	'&' =>	t.t = Tamp;
	'^' =>	t.t = Tcaret;
	'(' =>	t.t = Tlparen;
	')' =>	t.t = Trparen;
	'{' =>	t.t = Tlbrace;
	'}' =>	t.t = Trbrace;
	'`' =>	t.t = Tbq;
	'=' =>	t.t = Teq;
	'"' =>
		t.t = Tbq2;	# must be followed by a block
	'$' =>
		t.t = Tdollar;
		if(l.i < len s){
			case s[l.i] {
			'#' =>	t.t = Tcount; l.i++;
			'"' =>	t.t = Tsquash; l.i++;
			'{' =>	t.t = Tsbuiltin; l.i++;
			}
		}
	'|' =>
		t.t = Tpipe;
		t.fd1 = 1;
		t.fd2 = 0;
		if(l.i < len s && s[l.i] == '['){
			(a, b) := fdspec(l);
			if(a < 0)
				syntax();
			t.fd1 = a;
			if(b >= 0)
				t.fd2 = b;
		}
	'<' or '>' =>
		if(l.i < len s && s[l.i] == '{'){
			t.t = Tpipefile;
			t.rt = Rread;
			if(c == '>')
				t.rt = Rwrite;
			return t;
		}
		t.t = Tredir;
		if(c == '<'){
			t.rt = Rread;
			t.fd1 = 0;
			if(l.i < len s && s[l.i] == '>'){
				t.rt = Rrdwr;
				l.i++;
			}
		}else{
			t.rt = Rwrite;
			t.fd1 = 1;
			if(l.i < len s && s[l.i] == '>'){
				t.rt = Rappend;
				l.i++;
			}
		}
		if(l.i < len s && s[l.i] == '['){
			(a, b) := fdspec(l);
			if(a < 0)
				syntax();
			t.fd1 = a;
			if(b != -1){
				t.t = Tdup;
				t.fd2 = b;	# -2: close
				if(b == -2)
					t.fd2 = -1;
			}
		}
	* =>
		if(c == ':' && l.i < len s && s[l.i] == '='){
			l.i++;
			t.t = Tlocal;
			return t;
		}
		l.i--;
		t.t = Tword;
		t.word = lexword(l);
	}
	return t;
}

# [n], [n=m] or [n=] after a redirection or pipe: (n, m), m -1 if
# absent, -2 if empty; n -1 on error.
fdspec(l: ref Lexer): (int, int)
{
	s := l.s;
	l.i++;	# [
	a := number(l);
	if(a < 0)
		return (-1, -1);
	if(l.i >= len s)
		incomplete();
	b := -1;
	if(s[l.i] == '='){
		l.i++;
		b = number(l);
		if(b < 0)
			b = -2;
	}
	if(l.i >= len s)
		incomplete();
	if(s[l.i] != ']')
		return (-1, -1);
	l.i++;
	return (a, b);
}

number(l: ref Lexer): int
{
	s := l.s;
	n := -1;
	while(l.i < len s && s[l.i] >= '0' && s[l.i] <= '9'){
		if(n < 0)
			n = 0;
		n = n*10 + s[l.i]-'0';
		l.i++;
	}
	return n;
}

# A word: unquoted characters and '...' parts; '' in quotes is a quote.
lexword(l: ref Lexer): string
{
	s := l.s;
	w := "";
	while(l.i < len s){
		c := s[l.i];
		if(c == '\''){
			l.i++;
			for(;;){
				if(l.i >= len s)
					incomplete();
				if(s[l.i] == '\''){
					if(l.i+1 < len s && s[l.i+1] == '\''){
						w[len w] = '\'';
						l.i += 2;
						continue;
					}
					l.i++;
					break;
				}
				w[len w] = s[l.i++];
			}
			continue;
		}
		if(isspecial(c) && c != '#' || c == ':' && l.i+1 < len s && s[l.i+1] == '=')
			break;
		if(c == '['){
			# a class: a ^ in it (negation) does not end the word
			j := l.i+1;
			while(j < len s && s[j] != ']' && (!isspecial(s[j]) || s[j] == '^'))
				j++;
			if(j < len s && s[j] == ']' && j > l.i+1){
				w[len w] = GLOB;
				w += s[l.i:j+1];
				l.i = j+1;
				continue;
			}
		}
		if(c == '*' || c == '?' || c == '[')
			w[len w] = GLOB;
		w[len w] = c;
		l.i++;
	}
	return w;
}

# ---------------------------------------------------------------
# Parser

mk(t: int, l, r: ref Node): ref Node
{
	return ref Node(t, l, r, nil, nil);
}

parse(s: string): (ref Node, string)
{
	(n, err, nil) := parse1(s);
	return (n, err);
}

# parse s; the flag says the text ended inside a command
parse1(s: string): (ref Node, string, int)
{
	l := ref Lexer(s, 0, nil);
	n: ref Node;
	{
		n = cmdseq(l, 0);
		if(next(l).t != Teof)
			syntax();
	} exception e {
	"parse:*" =>
		if(e == PEmore)
			return (nil, "syntax error", 1);
		return (nil, e[6:], 0);
	}
	return (n, nil, 0);
}

seq(a, b: ref Node): ref Node
{
	if(a == nil)
		return b;
	if(b == nil)
		return a;
	return mk(n_SEQ, a, b);
}

cmdseq(l: ref Lexer, inblock: int): ref Node
{
	n: ref Node;
	for(;;){
		t := peek(l);
		case t.t {
		Tnl or Tsemi =>
			next(l);
			continue;
		Teof =>
			if(inblock)
				incomplete();
			return n;
		Trbrace =>
			if(inblock)
				return n;
			syntax();
		}
		c := pipeline(l);
		t = peek(l);
		case t.t {
		Tamp =>
			next(l);
			c = mk(n_NOWAIT, c, nil);
		Tsemi or Tnl =>
			next(l);
		Teof =>
			if(inblock)
				incomplete();
		Trbrace =>
			if(!inblock)
				syntax();
		* =>
			syntax();
		}
		n = seq(n, c);
	}
}

pipeline(l: ref Lexer): ref Node
{
	n := simple(l);
	while(peek(l).t == Tpipe){
		t := next(l);
		while(peek(l).t == Tnl)
			next(l);
		r := simple(l);
		n = ref Node(n_PIPE, n, r, nil, ref Redir(0, t.fd1, t.fd2));
	}
	return n;
}

startsword(t: ref Tok): int
{
	case t.t {
	Tword or Tdollar or Tcount or Tsquash or Tsbuiltin or Tbq or Tbq2 or
	Tlparen or Tlbrace or Tpipefile =>
		return 1;
	}
	return 0;
}

startsitem(t: ref Tok): int
{
	return startsword(t) || t.t == Tredir || t.t == Tdup;
}

# append x to a chain of n_ADJ nodes
adj(chain, x: ref Node): ref Node
{
	if(chain == nil)
		return mk(n_ADJ, x, nil);
	last := chain;
	while(last.right != nil)
		last = last.right;
	last.right = mk(n_ADJ, x, nil);
	return chain;
}

simple(l: ref Lexer): ref Node
{
	t := peek(l);
	if(!startsitem(t)){
		if(t.t == Teof)
			incomplete();
		syntax();
	}
	first := item(l);
	t = peek(l);
	if((t.t == Teq || t.t == Tlocal) && first.ntype != n_REDIR && first.ntype != n_DUP){
		next(l);
		v: ref Node;
		while(startsword(peek(l)))
			v = adj(v, word(l));
		ty := n_ASSIGN;
		if(t.t == Tlocal)
			ty = n_LOCAL;
		return mk(ty, first, v);
	}
	chain := adj(nil, first);
	while(startsitem(peek(l)))
		chain = adj(chain, item(l));
	return chain;
}

item(l: ref Lexer): ref Node
{
	t := peek(l);
	case t.t {
	Tredir =>
		next(l);
		if(!startsword(peek(l))){
			if(peek(l).t == Teof)
				incomplete();
			syntax();
		}
		return ref Node(n_REDIR, word(l), nil, nil, ref Redir(t.rt, t.fd1, -1));
	Tdup =>
		next(l);
		return ref Node(n_DUP, nil, nil, nil, ref Redir(t.rt, t.fd1, t.fd2));
	}
	return word(l);
}

word(l: ref Lexer): ref Node
{
	p := primary(l);
	for(;;){
		t := peek(l);
		if(t.t == Tcaret){
			next(l);
			t = peek(l);
			if(!startsword(t)){
				if(t.t == Teof)
					incomplete();
				syntax();
			}
			p = mk(n_CONCAT, p, primary(l));
			p.word = "^";
		}else if(!t.sp && startsword(t) && t.t != Tlbrace)
			p = mk(n_CONCAT, p, primary(l));	# a free caret: word nil
		else
			break;
	}
	return p;
}

primary(l: ref Lexer): ref Node
{
	t := next(l);
	case t.t {
	Tword =>
		n := mk(n_WORD, nil, nil);
		n.word = t.word;
		return n;
	Tdollar =>
		return mk(n_VAR, varname(l), nil);
	Tcount =>
		return mk(n_COUNT, varname(l), nil);
	Tsquash =>
		return mk(n_SQUASH, varname(l), nil);
	Tsbuiltin =>
		args: ref Node;
		for(;;){
			u := peek(l);
			if(u.t == Trbrace)
				break;
			if(u.t == Teof)
				incomplete();
			if(!startsword(u))
				syntax();
			args = adj(args, word(l));
		}
		next(l);
		if(args == nil)
			syntax();
		return mk(n_VAR, nil, args);
	Tbq =>
		return mk(n_BQ, block(l), nil);
	Tbq2 =>
		return mk(n_BQ2, block(l), nil);
	Tlparen =>
		items: ref Node;
		for(;;){
			u := peek(l);
			if(u.t == Trparen)
				break;
			if(u.t == Tnl){
				next(l);
				continue;
			}
			if(u.t == Teof)
				incomplete();
			if(!startsword(u))
				syntax();
			items = adj(items, word(l));
		}
		next(l);
		return mk(n_LIST, items, nil);
	Tlbrace =>
		body := cmdseq(l, 1);
		next(l);	# }
		return mk(n_BLOCK, body, nil);
	Tpipefile =>
		return ref Node(n_REDIR, block(l), nil, nil, ref Redir(t.rt|Rpipe, -1, -1));
	Teof =>
		incomplete();
	}
	syntax();
	return nil;
}

block(l: ref Lexer): ref Node
{
	t := next(l);
	if(t.t != Tlbrace){
		if(t.t == Teof)
			incomplete();
		syntax();
	}
	body := cmdseq(l, 1);
	next(l);
	return mk(n_BLOCK, body, nil);
}

isnamec(c: int): int
{
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '_' || c == '*' || c >= 16rA0;
}

# after $: a name (letters, digits, _ and *), a quoted word or another $
varname(l: ref Lexer): ref Node
{
	if(l.peeked == nil){
		s := l.s;
		i := l.i;
		while(i < len s && isnamec(s[i]))
			i++;
		if(i > l.i){
			n := mk(n_WORD, nil, nil);
			n.word = s[l.i:i];
			l.i = i;
			return n;
		}
	}
	t := peek(l);
	if(t.sp)
		syntax();
	case t.t {
	Tword =>
		next(l);
		n := mk(n_WORD, nil, nil);
		n.word = t.word;
		return n;
	Tdollar =>
		next(l);
		return mk(n_VAR, varname(l), nil);
	Teof =>
		incomplete();
	}
	syntax();
	return nil;
}

# ---------------------------------------------------------------
# Printing: parse trees back to text, quoting

cmd2string(n: ref Node): string
{
	if(n == nil)
		return "";
	case n.ntype {
	n_BLOCK =>
		return "{" + cmd2string(n.left) + "}";
	n_VAR =>
		if(n.left == nil)
			return "${" + cmd2string(n.right) + "}";
		return "$" + nametext(n.left);
	n_COUNT =>
		return "$#" + nametext(n.left);
	n_SQUASH =>
		return "$\"" + nametext(n.left);
	n_BQ =>
		return "`" + cmd2string(n.left);
	n_BQ2 =>
		return "\"" + cmd2string(n.left);
	n_LIST =>
		return "(" + cmd2string(n.left) + ")";
	n_SEQ =>
		sep := "; ";
		l := n.left;
		while(l.ntype == n_SEQ)
			l = l.right;
		if(l.ntype == n_NOWAIT)
			sep = " ";
		return cmd2string(n.left) + sep + cmd2string(n.right);
	n_NOWAIT =>
		return cmd2string(n.left) + "&";
	n_PIPE =>
		p := "|";
		r := n.redir;
		if(r != nil && (r.fd1 != 1 || r.fd2 != 0)){
			if(r.fd2 == 0)
				p += sys->sprint("[%d]", r.fd1);
			else
				p += sys->sprint("[%d=%d]", r.fd1, r.fd2);
		}
		return cmd2string(n.left) + " " + p + " " + cmd2string(n.right);
	n_ADJ =>
		if(n.right == nil)
			return cmd2string(n.left);
		return cmd2string(n.left) + " " + cmd2string(n.right);
	n_CONCAT =>
		r := cmd2string(n.right);
		if(n.word == nil && endsinvar(n.left) && r != nil && isnamec(r[0]))
			r = "''" + r;	# else the name would run on
		return cmd2string(n.left) + n.word + r;
	n_WORD =>
		return wordtext(n.word);
	n_ASSIGN =>
		return cmd2string(n.left) + "=" + cmd2string(n.right);
	n_LOCAL =>
		return cmd2string(n.left) + ":=" + cmd2string(n.right);
	n_REDIR =>
		r := n.redir;
		if(r.rtype & Rpipe){
			if((r.rtype & ~Rpipe) == Rread)
				return "<" + cmd2string(n.left);
			return ">" + cmd2string(n.left);
		}
		return redirop(r) + cmd2string(n.left);
	n_DUP =>
		r := n.redir;
		s := redirop0(r.rtype);
		if(r.fd2 < 0)
			return s + sys->sprint("[%d=]", r.fd1);
		return s + sys->sprint("[%d=%d]", r.fd1, r.fd2);
	}
	return "";
}

endsinvar(n: ref Node): int
{
	while(n.ntype == n_CONCAT)
		n = n.right;
	case n.ntype {
	n_VAR or n_COUNT or n_SQUASH =>
		return n.left != nil;
	}
	return 0;
}

nametext(n: ref Node): string
{
	if(n.ntype != n_WORD)
		return cmd2string(n);
	w := n.word;
	for(i := 0; i < len w; i++)
		if(!isnamec(w[i]))
			return quote(stripglob(w));
	if(w == nil)
		return "''";
	return w;
}

redirop0(rt: int): string
{
	case rt {
	Rread =>	return "<";
	Rwrite =>	return ">";
	Rappend =>	return ">>";
	Rrdwr =>	return "<>";
	}
	return "?";
}

redirop(r: ref Redir): string
{
	s := redirop0(r.rtype);
	dflt := 1;
	if(r.rtype == Rread || r.rtype == Rrdwr)
		dflt = 0;
	if(r.fd1 != dflt)
		s += sys->sprint("[%d]", r.fd1);
	return s;
}

# A word of the parse tree as source text: pattern characters that
# were unquoted stay bare, anything else special is quoted.
wordtext(w: string): string
{
	if(w == nil)
		return "''";
	s := "";
	q := "";	# pending quoted part
	for(i := 0; i < len w; i++){
		c := w[i];
		if(c == GLOB && i+1 < len w){
			if(q != nil){
				s += quote(q);
				q = nil;
			}
			s[len s] = w[++i];
			continue;
		}
		q[len q] = c;
	}
	if(q != nil)
		s += quote(q);
	return s;
}

needsquote(s: string): int
{
	if(s == nil)
		return 1;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(isspecial(c) || c == '*' || c == '?' || c == '[' || c == GLOB)
			return 1;
		if(c == ':' && i+1 < len s && s[i+1] == '=')
			return 1;
	}
	return 0;
}

quote(s: string): string
{
	if(!needsquote(s))
		return s;
	r := "'";
	for(i := 0; i < len s; i++){
		if(s[i] == '\'')
			r[len r] = '\'';
		r[len r] = s[i];
	}
	r[len r] = '\'';
	return r;
}

quoted(val: list of ref Listnode, quoteblocks: int): string
{
	s := "";
	for(; val != nil; val = tl val){
		n := hd val;
		if(n.cmd != nil){
			t := blocktext(n);
			if(quoteblocks)
				t = quote(t);
			s += t;
		}else
			s += quote(n.word);
		if(tl val != nil)
			s[len s] = ' ';
	}
	return s;
}

blocktext(n: ref Listnode): string
{
	if(n.cmd == nil)
		return n.word;
	if(n.cmd.ntype == n_BLOCK)
		return cmd2string(n.cmd);
	return "{" + cmd2string(n.cmd) + "}";
}

# the list form of quoted text: words, '...' quoting, {...} blocks
unquote(s: string, blocks: int): list of ref Listnode
{
	r: list of ref Listnode;
	i := 0;
	for(;;){
		while(i < len s && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
			i++;
		if(i >= len s)
			break;
		if(s[i] == '{'){
			# a block up to its matching brace, quotes respected
			depth := 0;
			j := i;
			inq := 0;
			for(; j < len s; j++){
				c := s[j];
				if(c == '\'')
					inq = !inq;
				else if(!inq && c == '{')
					depth++;
				else if(!inq && c == '}'){
					if(--depth == 0){
						j++;
						break;
					}
				}
			}
			t := s[i:j];
			i = j;
			n := ref Listnode(nil, t);
			if(blocks){
				(c, err) := parse(t);
				if(err == nil && c != nil && c.ntype == n_ADJ && c.right == nil && c.left.ntype == n_BLOCK)
					n.cmd = c.left;
			}
			r = n :: r;
			continue;
		}
		w := "";
		while(i < len s){
			c := s[i];
			if(c == ' ' || c == '\t' || c == '\n' || c == '\r')
				break;
			if(c == '\''){
				i++;
				while(i < len s){
					if(s[i] == '\''){
						if(i+1 < len s && s[i+1] == '\''){
							w[len w] = '\'';
							i += 2;
							continue;
						}
						break;
					}
					w[len w] = s[i++];
				}
				i++;
				continue;
			}
			w[len w] = c;
			i++;
		}
		r = ref Listnode(nil, w) :: r;
	}
	return revl(r);
}

# ---------------------------------------------------------------
# Small list helpers

revl(l: list of ref Listnode): list of ref Listnode
{
	r: list of ref Listnode;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

revs(l: list of string): list of string
{
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

appendl(a, b: list of ref Listnode): list of ref Listnode
{
	if(b == nil)
		return a;
	if(a == nil)
		return b;
	r := b;
	for(ra := revl(a); ra != nil; ra = tl ra)
		r = hd ra :: r;
	return r;
}

list2stringlist(nl: list of ref Listnode): list of string
{
	r: list of string;
	for(; nl != nil; nl = tl nl)
		r = nodetext(hd nl) :: r;
	return revs(r);
}

stringlist2list(sl: list of string): list of ref Listnode
{
	r: list of ref Listnode;
	for(; sl != nil; sl = tl sl)
		r = ref Listnode(nil, hd sl) :: r;
	return revl(r);
}

nodetext(n: ref Listnode): string
{
	if(n.word == nil && n.cmd != nil)
		n.word = blocktext(n);
	return n.word;
}

words(s: string): list of ref Listnode
{
	return ref Listnode(nil, s) :: nil;
}

inlist(x: int, l: list of int): int
{
	for(; l != nil; l = tl l)
		if(hd l == x)
			return 1;
	return 0;
}

dellist(x: int, l: list of int): list of int
{
	r: list of int;
	for(; l != nil; l = tl l)
		if(hd l != x)
			r = hd l :: r;
	return r;
}

isnum(s: string): int
{
	if(s == nil)
		return 0;
	for(i := 0; i < len s; i++)
		if(s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

hasprefix(s, p: string): int
{
	return len s >= len p && s[0:len p] == p;
}

hassuffix(s, p: string): int
{
	return len s >= len p && s[len s - len p:] == p;
}

stripglob(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] == GLOB)
			break;
	if(i == len s)
		return s;
	r := s[0:i];
	for(; i < len s; i++)
		if(s[i] != GLOB)
			r[len r] = s[i];
	return r;
}

diag(s: string)
{
	sys->fprint(sys->fildes(2), "sh: %s\n", s);
}

# ---------------------------------------------------------------
# Contexts and variables

NGLOBAL: con 31;
NLOCAL: con 7;

hash(s: string, n: int): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = (h*31 + s[i]) & 16r7fffffff;
	return h % n;
}

newlocal(pushed: ref Localenv, size, flags: int): ref Localenv
{
	return ref Localenv(array[size] of list of ref Var, pushed, flags);
}

findvar(e: ref Localenv, name: string): ref Var
{
	for(l := e.vars[hash(name, len e.vars)]; l != nil; l = tl l)
		if((hd l).name == name)
			return hd l;
	return nil;
}

addvar(e: ref Localenv, name: string, val: list of ref Listnode, flags: int): ref Var
{
	v := ref Var(name, val, flags);
	h := hash(name, len e.vars);
	e.vars[h] = v :: e.vars[h];
	return v;
}

# names never written to /env
noexport(name: string): int
{
	case name {
	"*" or "0" or "status" or "apid" =>
		return 1;
	}
	return isnum(name);
}

initialise()
{
	if(sys != nil)
		return;
	sys = load Sys Sys->PATH;
	myself = load Shellbuiltin "$self";
	myselfsh = load Sh "$self";
}

Context.new(drawcontext: ref Draw->Context): ref Context
{
	initialise();
	env := ref Environment(ref Builtins(nil, 0), ref Builtins(nil, 0), nil, newlocal(nil, NGLOBAL, 0));
	ctxt := ref Context(env, nil, drawcontext, nil);
	for(i := 0; i < len internals; i++)
		ctxt.addbuiltin(internals[i], myself);
	for(i = 0; i < len sinternals; i++)
		ctxt.addsbuiltin(sinternals[i], myself);
	readenv(ctxt);
	for(al := ctxt.get("autoload"); al != nil; al = tl al){
		{
			loadmod(ctxt, nodetext(hd al));
		} exception {
		"fail:*" =>
			;
		}
	}
	return ctxt;
}

Context.get(c: self ref Context, name: string): list of ref Listnode
{
	if(isnum(name) && name != "0"){
		n := int name;
		for(a := c.get("*"); a != nil; a = tl a)
			if(--n == 0)
				return hd a :: nil;
		return nil;
	}
	for(e := c.env.localenv; e != nil; e = e.pushed){
		v := findvar(e, name);
		if(v != nil)
			return v.val;
	}
	return nil;
}

Context.set(c: self ref Context, name: string, val: list of ref Listnode)
{
	e := c.env.localenv;
	for(;;){
		v := findvar(e, name);
		if(v != nil){
			v.val = val;
			v.flags |= Var.CHANGED;
			return;
		}
		if(e.pushed == nil)
			break;
		e = e.pushed;
	}
	flags := Var.CHANGED;
	if(noexport(name))
		flags |= Var.NOEXPORT;
	addvar(e, name, val, flags);
}

Context.setlocal(c: self ref Context, name: string, val: list of ref Listnode)
{
	e := c.env.localenv;
	v := findvar(e, name);
	if(v != nil){
		v.val = val;
		v.flags |= Var.CHANGED;
		return;
	}
	flags := Var.CHANGED;
	if(noexport(name))
		flags |= Var.NOEXPORT;
	addvar(e, name, val, flags);
}

Context.envlist(c: self ref Context): list of (string, list of ref Listnode)
{
	r: list of (string, list of ref Listnode);
	seen: list of string;
	for(e := c.env.localenv; e != nil; e = e.pushed){
		for(i := 0; i < len e.vars; i++){
			for(l := e.vars[i]; l != nil; l = tl l){
				v := hd l;
				if(!instr(v.name, seen)){
					seen = v.name :: seen;
					r = (v.name, v.val) :: r;
				}
			}
		}
	}
	return r;
}

instr(s: string, l: list of string): int
{
	for(; l != nil; l = tl l)
		if(hd l == s)
			return 1;
	return 0;
}

Context.push(c: self ref Context)
{
	e := c.env.localenv;
	c.env.localenv = newlocal(e, NLOCAL, e.flags);
}

Context.pop(c: self ref Context)
{
	e := c.env.localenv;
	if(e.pushed == nil)
		raise "unbalanced contexts in shell";
	c.env.localenv = e.pushed;
}

Context.copy(c: self ref Context, copyenv: int): ref Context
{
	env := ref Environment(copyb(c.env.sbuiltins), copyb(c.env.builtins), c.env.bmods, c.env.localenv);
	if(copyenv)
		env.localenv = copylocal(c.env.localenv);
	return ref Context(env, nil, c.drawcontext, c.keepfds);
}

copylocal(e: ref Localenv): ref Localenv
{
	if(e == nil)
		return nil;
	n := newlocal(copylocal(e.pushed), len e.vars, e.flags);
	for(i := 0; i < len e.vars; i++){
		r: list of ref Var;
		for(l := e.vars[i]; l != nil; l = tl l){
			v := hd l;
			r = ref Var(v.name, v.val, v.flags) :: r;
		}
		n.vars[i] = r;
	}
	return n;
}

Context.run(c: self ref Context, args: list of ref Listnode, last: int): string
{
	status := runcmd(c, args, nil, last);
	c.set("status", words(status));
	return status;
}

Context.addmodule(c: self ref Context, name: string, mod: Shellbuiltin)
{
	c.env.bmods = (name, mod) :: c.env.bmods;
}

Context.addbuiltin(c: self ref Context, name: string, mod: Shellbuiltin)
{
	addb(c.env.builtins, name, mod);
}

Context.removebuiltin(c: self ref Context, name: string, mod: Shellbuiltin)
{
	removeb(c.env.builtins, name, mod);
}

Context.addsbuiltin(c: self ref Context, name: string, mod: Shellbuiltin)
{
	addb(c.env.sbuiltins, name, mod);
}

Context.removesbuiltin(c: self ref Context, name: string, mod: Shellbuiltin)
{
	removeb(c.env.sbuiltins, name, mod);
}

Context.fail(c: self ref Context, ename, msg: string)
{
	if(c != nil)
		diag(msg);
	raise "fail:" + ename;
}

Context.options(c: self ref Context): int
{
	return c.env.localenv.flags;
}

Context.setoptions(c: self ref Context, flags, on: int): int
{
	e := c.env.localenv;
	old := e.flags;
	if(on)
		e.flags |= flags;
	else
		e.flags &= ~flags;
	return old;
}

# Builtins tables: sorted by name; each name's modules, latest first.

findb(b: ref Builtins, name: string): (int, int)
{
	lo := 0;
	hi := b.n;
	while(lo < hi){
		m := (lo + hi) / 2;
		(s, nil) := b.ba[m];
		if(s == name)
			return (m, 1);
		if(s < name)
			lo = m + 1;
		else
			hi = m;
	}
	return (lo, 0);
}

lookb(b: ref Builtins, name: string): list of Shellbuiltin
{
	(i, found) := findb(b, name);
	if(!found)
		return nil;
	(nil, mods) := b.ba[i];
	return mods;
}

addb(b: ref Builtins, name: string, mod: Shellbuiltin)
{
	(i, found) := findb(b, name);
	if(found){
		(nil, mods) := b.ba[i];
		b.ba[i] = (name, mod :: mods);
		return;
	}
	if(b.n >= len b.ba){
		nb := array[2*len b.ba + 16] of (string, list of Shellbuiltin);
		nb[0:] = b.ba[0:b.n];
		b.ba = nb;
	}
	for(j := b.n; j > i; j--)
		b.ba[j] = b.ba[j-1];
	b.ba[i] = (name, mod :: nil);
	b.n++;
}

removeb(b: ref Builtins, name: string, mod: Shellbuiltin)
{
	(i, found) := findb(b, name);
	if(!found)
		return;
	(nil, mods) := b.ba[i];
	r: list of Shellbuiltin;
	gone := 0;
	for(; mods != nil; mods = tl mods){
		if(!gone && hd mods == mod)
			gone = 1;
		else
			r = hd mods :: r;
	}
	mods = nil;
	for(; r != nil; r = tl r)
		mods = hd r :: mods;
	if(mods != nil){
		b.ba[i] = (name, mods);
		return;
	}
	for(j := i; j < b.n-1; j++)
		b.ba[j] = b.ba[j+1];
	b.n--;
	b.ba[b.n] = (nil, nil);
}

copyb(b: ref Builtins): ref Builtins
{
	a := array[len b.ba] of (string, list of Shellbuiltin);
	a[0:] = b.ba;
	return ref Builtins(a, b.n);
}

# ---------------------------------------------------------------
# The environment: variables as quoted lists in /env

readenv(ctxt: ref Context)
{
	fd := sys->open("/env", Sys->OREAD);
	if(fd == nil)
		return;
	g := globalenv(ctxt);
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n <= 0)
			break;
		for(i := 0; i < n; i++){
			name := d[i].name;
			if(noexport(name) || findvar(g, name) != nil)
				continue;
			val := readfile("/env/" + name);
			addvar(g, name, unquote(val, 1), 0);
		}
	}
}

globalenv(ctxt: ref Context): ref Localenv
{
	e := ctxt.env.localenv;
	while(e.pushed != nil)
		e = e.pushed;
	return e;
}

readfile(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return nil;
	return readall(fd);
}

# all fd has to give, as text: read into an array that starts small
# (an environment variable, a command's few words) and doubles when
# full, so the bytes are copied a few times at most
readall(fd: ref FD): string
{
	b := array[Readinit] of byte;
	n := 0;
	for(;;){
		if(n == len b){
			nb := array[2 * len b] of byte;
			nb[0:] = b;
			b = nb;
		}
		m := sys->read(fd, b[n:], len b - n);
		if(m <= 0)
			break;
		n += m;
	}
	return string b[0:n];
}

setenv(name: string, val: list of ref Listnode)
{
	if(val == nil){
		sys->remove("/env/" + name);
		return;
	}
	fd := sys->create("/env/" + name, Sys->OWRITE, 8r666);
	if(fd == nil)
		return;
	b := array of byte quoted(val, 0);
	sys->write(fd, b, len b);
}

# write the changed global variables to /env
flushenv(ctxt: ref Context)
{
	e := globalenv(ctxt);
	for(i := 0; i < len e.vars; i++){
		for(l := e.vars[i]; l != nil; l = tl l){
			v := hd l;
			if((v.flags & (Var.CHANGED|Var.NOEXPORT)) == Var.CHANGED)
				setenv(v.name, v.val);
			v.flags &= ~Var.CHANGED;
		}
	}
}

# the variables of the inner scopes, which a new process writes to its own /env
localvars(ctxt: ref Context): list of (string, list of ref Listnode)
{
	r: list of (string, list of ref Listnode);
	seen: list of string;
	for(e := ctxt.env.localenv; e != nil && e.pushed != nil; e = e.pushed){
		for(i := 0; i < len e.vars; i++){
			for(l := e.vars[i]; l != nil; l = tl l){
				v := hd l;
				if(!instr(v.name, seen)){
					seen = v.name :: seen;
					if((v.flags & Var.NOEXPORT) == 0)
						r = (v.name, v.val) :: r;
				}
			}
		}
	}
	return r;
}

# ---------------------------------------------------------------
# Evaluating words

# What a command holds while it runs: the shell's ends of <{} >{} pipes.
Hold: adt {
	fds:	list of ref FD;
	nums:	list of int;
};

evalchain(ctxt: ref Context, n: ref Node, h: ref Hold): list of ref Listnode
{
	r: list of ref Listnode;
	for(; n != nil; n = n.right)
		r = appendl(r, eval(ctxt, n.left, h));
	return r;
}

varname2(ctxt: ref Context, n: ref Node, h: ref Hold): string
{
	if(n.ntype == n_WORD)
		return stripglob(n.word);
	v := eval(ctxt, n, h);
	if(v == nil || tl v != nil)
		ctxt.fail("bad variable name", "bad variable name");
	return stripglob(nodetext(hd v));
}

eval(ctxt: ref Context, n: ref Node, h: ref Hold): list of ref Listnode
{
	if(n == nil)
		return nil;
	case n.ntype {
	n_WORD =>
		return ref Listnode(nil, n.word) :: nil;
	n_VAR =>
		if(n.left == nil)
			return sbuiltin(ctxt, evalchain(ctxt, n.right, h), 0);
		return ctxt.get(varname2(ctxt, n.left, h));
	n_COUNT =>
		v := ctxt.get(varname2(ctxt, n.left, h));
		return words(string len v);
	n_SQUASH =>
		v := ctxt.get(varname2(ctxt, n.left, h));
		s := "";
		for(; v != nil; v = tl v){
			s += nodetext(hd v);
			if(tl v != nil)
				s[len s] = ' ';
		}
		return words(s);
	n_BQ =>
		return backquote(ctxt, n.left, 1);
	n_BQ2 =>
		return backquote(ctxt, n.left, 0);
	n_LIST =>
		return evalchain(ctxt, n.left, h);
	n_BLOCK =>
		return ref Listnode(n, nil) :: nil;
	n_CONCAT =>
		a := eval(ctxt, n.left, h);
		b := eval(ctxt, n.right, h);
		if(n.word == nil){
			# a free caret leaves out an empty side
			if(a == nil)
				return b;
			if(b == nil)
				return a;
		}
		return concat(ctxt, a, b);
	n_REDIR =>
		if(n.redir.rtype & Rpipe)
			return pipefile(ctxt, n, h);
	n_ADJ =>
		return evalchain(ctxt, n, h);
	}
	ctxt.fail("bad assign", "assignment in invalid context");
	return nil;
}

concat(ctxt: ref Context, a, b: list of ref Listnode): list of ref Listnode
{
	# ^ with an empty list is empty
	if(a == nil || b == nil)
		return nil;
	na := len a;
	nb := len b;
	r: list of ref Listnode;
	if(na == 1){
		x := nodetext(hd a);
		for(; b != nil; b = tl b)
			r = ref Listnode(nil, x + nodetext(hd b)) :: r;
	}else if(nb == 1){
		y := nodetext(hd b);
		for(; a != nil; a = tl a)
			r = ref Listnode(nil, nodetext(hd a) + y) :: r;
	}else if(na == nb){
		for(; a != nil; (a, b) = (tl a, tl b))
			r = ref Listnode(nil, nodetext(hd a) + nodetext(hd b)) :: r;
	}else
		ctxt.fail("bad concatenation", "list length mismatch in concatenation");
	return revl(r);
}

ifs(ctxt: ref Context): string
{
	v := ctxt.get("ifs");
	if(v == nil)
		return " \t\n";
	s := "";
	for(; v != nil; v = tl v)
		s += nodetext(hd v);
	return s;
}

# `{cmd} and "{cmd}: run the block in a new process, its output the value
backquote(ctxt: ref Context, blk: ref Node, split: int): list of ref Listnode
{
	(pid, fd) := pipeto(ctxt, blk, 1, nil, 0, 0);
	s := readall(fd);
	fd = nil;
	waitfor(ctxt, pid :: nil);
	if(!split)
		return words(s);
	r: list of ref Listnode;
	(nil, toks) := sys->tokenize(s, ifs(ctxt));
	for(; toks != nil; toks = tl toks)
		r = ref Listnode(nil, hd toks) :: r;
	return revl(r);
}

# <{cmd} and >{cmd}: a pipe to the command in a new process; the word
# names the shell's end, kept open (and kept by commands) while the
# command that uses it runs
pipefile(ctxt: ref Context, n: ref Node, h: ref Hold): list of ref Listnode
{
	fd := 0;
	if((n.redir.rtype & ~Rpipe) == Rread)
		fd = 1;
	(nil, mine) := pipeto(ctxt, n.left, fd, nil, 0, Pdetach);
	if(h != nil){
		h.fds = mine :: h.fds;
		h.nums = mine.fd :: h.nums;
	}
	return words("/fd/" + string mine.fd);
}

# A new shell process running node with descriptor fd on a new pipe
# (and descriptor infd on in, unless nil); returns the process and the
# shell's end of the pipe. The other end is closed when this returns:
# temporaries of the frame that used it could keep it open, and a
# reader would never see the end of file (compiler bug: tempref).
pipeto(ctxt: ref Context, node: ref Node, fd: int, in: ref FD, infd: int, how: int): (int, ref FD)
{
	p := array[2] of ref FD;
	if(sys->pipe(p) < 0)
		ctxt.fail("no pipe", sys->sprint("cannot make pipe: %r"));
	theirs := p[0];
	ours := p[1];
	if(fd != 0){
		theirs = p[1];
		ours = p[0];
	}
	fdmap := (fd, theirs.fd) :: nil;
	if(in != nil)
		fdmap = (infd, in.fd) :: fdmap;
	return (spawnsub(ctxt, node, nil, fdmap, how), ours);
}

# the last command of a pipeline, reading from in as descriptor infd
pipefrom(ctxt: ref Context, node: ref Node, in: ref FD, infd: int): int
{
	return spawnsub(ctxt, node, nil, (infd, in.fd) :: nil, 0);
}

# ${name args}
sbuiltin(ctxt: ref Context, args: list of ref Listnode, internal: int): list of ref Listnode
{
	if(args == nil)
		ctxt.fail("bad sbuiltin", "empty substitution builtin");
	name := nodetext(hd args);
	mods := lookb(ctxt.env.sbuiltins, name);
	if(internal){
		while(mods != nil && hd mods != myself)
			mods = tl mods;
	}
	if(mods == nil)
		ctxt.fail("builtin not found", sys->sprint("unknown substitution builtin '%s'", name));
	return (hd mods)->runsbuiltin(ctxt, myselfsh, args);
}

# ---------------------------------------------------------------
# Pattern expansion of file names

hasglob(s: string): int
{
	for(i := 0; i < len s; i++)
		if(s[i] == GLOB)
			return 1;
	return 0;
}

globlist(l: list of ref Listnode): list of ref Listnode
{
	r: list of ref Listnode;
	for(; l != nil; l = tl l){
		n := hd l;
		if(n.cmd == nil && hasglob(n.word)){
			m := glob(n.word);
			if(m == nil)
				r = ref Listnode(nil, stripglob(n.word)) :: r;
			else
				for(; m != nil; m = tl m)
					r = ref Listnode(nil, hd m) :: r;
		}else
			r = n :: r;
	}
	return revl(r);
}

# the names matching pattern w, sorted at each level; nil if none
glob(w: string): list of string
{
	(nil, comps) := sys->tokenize(w, "/");
	paths: list of string;
	if(w[0] == '/')
		paths = "/" :: nil;
	else
		paths = "" :: nil;
	checklast := 0;
	for(; comps != nil; comps = tl comps){
		c := hd comps;
		np: list of string;
		if(!hasglob(c)){
			for(p := paths; p != nil; p = tl p)
				np = join(hd p, c) :: np;
			checklast = 1;
		}else{
			for(p := paths; p != nil; p = tl p){
				dir := hd p;
				if(dir == nil)
					dir = ".";
				for(m := matchdir(dir, c); m != nil; m = tl m)
					np = join(hd p, hd m) :: np;
			}
			checklast = 0;
		}
		paths = revs(np);
		if(paths == nil)
			return nil;
	}
	if(checklast){
		r: list of string;
		for(p := paths; p != nil; p = tl p){
			(ok, nil) := sys->stat(hd p);
			if(ok >= 0)
				r = hd p :: r;
		}
		paths = revs(r);
	}
	return paths;
}

join(dir, name: string): string
{
	if(dir == nil)
		return name;
	if(dir[len dir - 1] == '/')
		return dir + name;
	return dir + "/" + name;
}

# the entries of dir matching pattern p, sorted
matchdir(dir, p: string): list of string
{
	fd := sys->open(dir, Sys->OREAD);
	if(fd == nil)
		return nil;
	names: list of string;
	dotok := len p > 0 && p[0] == '.';
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n <= 0)
			break;
		for(i := 0; i < n; i++){
			s := d[i].name;
			if(s[0] == '.' && !dotok)
				continue;
			if(match(s, 0, p, 0))
				names = s :: names;
		}
	}
	a := array[len names] of string;
	for(i := 0; names != nil; names = tl names)
		a[i++] = hd names;
	sortstrings(a);
	r: list of string;
	for(i = len a - 1; i >= 0; i--)
		r = a[i] :: r;
	return r;
}

sortstrings(a: array of string)
{
	# insertion sort: directories are small
	for(i := 1; i < len a; i++){
		s := a[i];
		j := i;
		for(; j > 0 && a[j-1] > s; j--)
			a[j] = a[j-1];
		a[j] = s;
	}
}

# whether s[i:] matches pattern p[j:] (pattern characters marked by GLOB)
match(s: string, i: int, p: string, j: int): int
{
	for(; j < len p; j++){
		c := p[j];
		if(c == GLOB && j+1 < len p){
			j++;
			case p[j] {
			'*' =>
				for(k := len s; k >= i; k--)
					if(match(s, k, p, j+1))
						return 1;
				return 0;
			'?' =>
				if(i >= len s)
					return 0;
				i++;
			'[' =>
				if(i >= len s)
					return 0;
				(ok, nj) := matchclass(s[i], p, j+1);
				if(nj < 0){
					# no closing ]: a plain [
					if(s[i] != '[')
						return 0;
				}else{
					if(!ok)
						return 0;
					j = nj;
				}
				i++;
			}
			continue;
		}
		if(i >= len s || s[i] != c)
			return 0;
		i++;
	}
	return i == len s;
}

# match c against the class starting at p[j] (after [); returns
# (matched, index of the closing ]) or index -1 if unterminated
matchclass(c: int, p: string, j: int): (int, int)
{
	neg := 0;
	if(j < len p && (p[j] == '^' || p[j] == '~' || p[j] == '!')){
		neg = 1;
		j++;
	}
	ok := 0;
	first := 1;
	for(; j < len p; j++){
		a := p[j];
		if(a == ']' && !first)
			return (ok ^ neg, j);
		first = 0;
		if(j+2 < len p && p[j+1] == '-' && p[j+2] != ']'){
			b := p[j+2];
			if(c >= a && c <= b)
				ok = 1;
			j += 2;
		}else if(c == a)
			ok = 1;
	}
	return (0, -1);
}

# ---------------------------------------------------------------
# Running commands

# Redirection of one descriptor: to an open file, a dup of another
# descriptor, or closed (from -1).
Rdr: adt {
	fd:	int;
	file:	ref FD;
	from:	int;
};

walk(ctxt: ref Context, n: ref Node, last: int): string
{
	if(n == nil)
		return nil;
	case n.ntype {
	n_SEQ =>
		walk(ctxt, n.left, 0);
		return walk(ctxt, n.right, last);
	n_NOWAIT =>
		noassign(ctxt, n.left);
		pid := spawnsub(ctxt, n.left, nil, nil, Pdetach);
		ctxt.set("apid", words(string pid));
		return nil;
	n_PIPE =>
		for(c := n; c.ntype == n_PIPE; c = c.left)
			noassign(ctxt, c.right);
		noassign(ctxt, c);
		status := runpipe(ctxt, n);
		ctxt.set("status", words(status));
		errorexit(ctxt, status);
		return status;
	n_ASSIGN or n_LOCAL =>
		assign(ctxt, n);
		return nil;
	}
	status := runsimple(ctxt, n, last);
	ctxt.set("status", words(status));
	errorexit(ctxt, status);
	return status;
}

# -e: a command that fails ends the shell (std's conditions turn it
# off while they run)
errorexit(ctxt: ref Context, status: string)
{
	if(status != nil && (ctxt.options() & Context.ERROREXIT))
		raise "fail:" + status;
}

# an assignment in a process of its own would set nothing
noassign(ctxt: ref Context, n: ref Node)
{
	if(n.ntype == n_ASSIGN || n.ntype == n_LOCAL)
		ctxt.fail("bad assign", "assignment in invalid context");
}

assign(ctxt: ref Context, n: ref Node)
{
	h := ref Hold;
	names := evalnames(ctxt, n.left, h);
	val := globlist(evalchain(ctxt, n.right, h));
	for(; names != nil; names = tl names){
		v := val;
		if(tl names != nil){
			if(val != nil){
				v = hd val :: nil;
				val = tl val;
			}
		}
		name := hd names;
		if(isnum(name) && name != "0")
			ctxt.fail("bad assign", sys->sprint("cannot assign to $%s", name));
		if(n.ntype == n_LOCAL)
			ctxt.setlocal(name, v);
		else
			ctxt.set(name, v);
	}
}

evalnames(ctxt: ref Context, n: ref Node, h: ref Hold): list of string
{
	if(n.ntype == n_WORD)
		return stripglob(n.word) :: nil;
	v := eval(ctxt, n, h);
	if(v == nil)
		ctxt.fail("bad assign", "assignment to an empty list");
	r: list of string;
	for(; v != nil; v = tl v)
		r = stripglob(nodetext(hd v)) :: r;
	return revs(r);
}

# a simple command: words and redirections
runsimple(ctxt: ref Context, n: ref Node, last: int): string
{
	if(n.ntype != n_ADJ)
		n = mk(n_ADJ, n, nil);
	h := ref Hold;
	args: list of ref Listnode;
	rdrs: list of ref Rdr;
	okeep := ctxt.keepfds;
	for(c := n; c != nil; c = c.right){
		x := c.left;
		if(x.ntype == n_DUP){
			rdrs = ref Rdr(x.redir.fd1, nil, x.redir.fd2) :: rdrs;
		}else if(x.ntype == n_REDIR && (x.redir.rtype & Rpipe) == 0){
			(r, err) := openredir(ctxt, x, h);
			if(r == nil)
				return err;
			rdrs = r :: rdrs;
		}else
			args = appendl(args, eval(ctxt, x, h));
	}
	# the patterns of ~ (std's) are matched, not expanded: it gets
	# them with their GLOB marks, as rc's ~ does
	if(!ismatch(args))
		args = globlist(args);
	rl: list of ref Rdr;
	for(; rdrs != nil; rdrs = tl rdrs)
		rl = hd rdrs :: rl;
	if(args == nil)
		return nil;
	if(ctxt.options() & Context.EXECPRINT)
		sys->fprint(sys->fildes(2), "%s\n", quoted(args, 0));
	# descriptors that substitution builtins (std's ${pipe}) added to
	# keepfds while the words were evaluated live as long as the
	# command, like the ends of <{} and >{} (held in h)
	added: list of int;
	for(l := ctxt.keepfds; l != okeep && l != nil; l = tl l)
		added = hd l :: added;
	for(l = h.nums; l != nil; l = tl l)
		ctxt.keepfds = hd l :: ctxt.keepfds;
	# no exception handler here: a subshell's last command must die of
	# its own exception (runtop resets keepfds after one)
	status := runcmd(ctxt, args, rl, last);
	ctxt.keepfds = okeep;
	# h itself may live on in a temporary: empty it to close the ends
	h.fds = nil;
	h.nums = nil;
	# so may the redirections' files (r above, rl). They must be gone
	# before the FORKFD: an FD freed after it would close its number
	# only in the old descriptor group, leaving it open in ours (a
	# pipe's reader would never see the end)
	for(; rl != nil; rl = tl rl)
		(hd rl).file = nil;
	if(added != nil)
		closefds(added);
	return status;
}

# whether args is a ~ command, perhaps after std's !s (! ~ x *b*)
ismatch(args: list of ref Listnode): int
{
	for(; args != nil && (hd args).cmd == nil; args = tl args)
		if((hd args).word != "!")
			return (hd args).word == "~";
	return 0;
}

openredir(ctxt: ref Context, x: ref Node, h: ref Hold): (ref Rdr, string)
{
	v := globlist(eval(ctxt, x.left, h));
	if(v == nil || tl v != nil){
		diag("bad redirection: " + quoted(v, 0));
		return (nil, "bad redirection");
	}
	f := nodetext(hd v);
	r := x.redir;
	fd: ref FD;
	case r.rtype {
	Rread =>
		fd = sys->open(f, Sys->OREAD);
	Rwrite =>
		fd = sys->create(f, Sys->OWRITE, 8r666);
	Rappend =>
		fd = sys->open(f, Sys->OWRITE);
		if(fd == nil)
			fd = sys->create(f, Sys->OWRITE, 8r666);
		else
			sys->seek(fd, big 0, Sys->SEEKEND);
	Rrdwr =>
		fd = sys->open(f, Sys->ORDWR);
		if(fd == nil)
			fd = sys->create(f, Sys->ORDWR, 8r666);
	}
	if(fd == nil){
		err := sys->sprint("%r");
		diag(f + ": " + err);
		return (nil, err);
	}
	return (ref Rdr(r.fd1, fd, -1), nil);
}

isblock(n: ref Listnode): int
{
	return n.cmd != nil || n.word != nil && n.word[0] == '{';
}

# run a command given as words: a block, a builtin or a program
runcmd(ctxt: ref Context, args: list of ref Listnode, rdrs: list of ref Rdr, last: int): string
{
	if(args == nil)
		return nil;
	cmd := hd args;
	if(isblock(cmd))
		return inshell(ctxt, args, rdrs, last, nil);
	mods := lookb(ctxt.env.builtins, nodetext(cmd));
	if(mods != nil)
		return inshell(ctxt, args, rdrs, last, hd mods);
	return runexternal(ctxt, args, rdrs, last);
}

# the node of a block word, parsed if it is text
blocknode(ctxt: ref Context, n: ref Listnode): ref Node
{
	if(n.cmd != nil){
		if(n.cmd.ntype == n_BLOCK)
			return n.cmd.left;
		return n.cmd;
	}
	(c, err) := parse(n.word);
	if(err != nil)
		raise "parse error: " + err;
	if(c == nil || c.ntype != n_ADJ || c.right != nil || c.left.ntype != n_BLOCK)
		raise "parse error: not a block";
	n.cmd = c.left;
	return c.left.left;
}

# run a block or builtin in the shell's own process, its redirections
# made to the shell's descriptors for the while
inshell(ctxt: ref Context, args: list of ref Listnode, rdrs: list of ref Rdr, last: int, mod: Shellbuiltin): string
{
	saved: list of (int, ref FD);
	okeep := ctxt.keepfds;
	if(rdrs != nil)
		(saved, ctxt.keepfds) = redirect(rdrs, ctxt.keepfds);
	status: string;
	if(last){
		# nothing follows in this process: no cleanup, and a program
		# run in it dies of its own exception, not one re-raised here
		if(mod != nil)
			return mod->runbuiltin(ctxt, myselfsh, args, last);
		return runblock(ctxt, args, last);
	}
	{
		if(mod != nil)
			status = mod->runbuiltin(ctxt, myselfsh, args, last);
		else
			status = runblock(ctxt, args, last);
	} exception e {
	"*" =>
		restore(rdrs, saved);
		ctxt.keepfds = okeep;
		raise e;
	}
	restore(rdrs, saved);
	ctxt.keepfds = okeep;
	return status;
}

runblock(ctxt: ref Context, args: list of ref Listnode, last: int): string
{
	body := blocknode(ctxt, hd args);
	ctxt.push();
	if(tl args != nil)
		ctxt.setlocal("*", tl args);
	if(last)
		return walk(ctxt, body, last);	# see inshell
	status: string;
	{
		status = walk(ctxt, body, last);
	} exception e {
	"*" =>
		ctxt.pop();
		raise e;
	}
	ctxt.pop();
	return status;
}

# make the redirections in this process; returns what restore needs
redirect(rdrs: list of ref Rdr, keep: list of int): (list of (int, ref FD), list of int)
{
	saved: list of (int, ref FD);
	for(; rdrs != nil; rdrs = tl rdrs){
		r := hd rdrs;
		saved = (r.fd, sys->fildes(r.fd)) :: saved;
		if(r.file != nil)
			sys->dup(r.file.fd, r.fd);
		else if(r.from >= 0)
			sys->dup(r.from, r.fd);
		else
			closefd(r.fd);
		if(r.fd > 2 && (r.file != nil || r.from >= 0))
			keep = r.fd :: keep;
	}
	return (saved, keep);
}

restore(rdrs: list of ref Rdr, saved: list of (int, ref FD))
{
	# the files first: a file may have been opened as the descriptor it replaces
	for(; rdrs != nil; rdrs = tl rdrs)
		(hd rdrs).file = nil;
	for(; saved != nil; saved = tl saved){
		(fd, old) := hd saved;
		if(old != nil)
			sys->dup(old.fd, fd);
		else
			closefd(fd);
	}
}

closefd(fd: int)
{
	closefds(fd :: nil);
}

# Close descriptors by number. Limbo can only do it with pctl(FORKFD,
# fds), which gives this process a new descriptor group without them;
# but the old group lives on, with the fds still open in it, for as
# long as any FD made in it does (the shell's wait file, a saved
# descriptor...), and a pipe's reader would never see the end. So
# each is first replaced in the old group by /dev/null.
closefds(fds: list of int)
{
	null := sys->open("/dev/null", Sys->OREAD);
	if(null == nil)
		null = sys->open("#c/null", Sys->OREAD);
	if(null != nil)
		for(l := fds; l != nil; l = tl l)
			sys->dup(null.fd, hd l);
	null = nil;
	sys->pctl(Sys->FORKFD, fds);
}

# The descriptors a new process keeps, and how it gets them: (tofd, from) pairs.
procfds(ctxt: ref Context, rdrs: list of ref Rdr): (list of (int, int), list of int)
{
	keep := 0 :: 1 :: 2 :: ctxt.keepfds;
	fdmap: list of (int, int);
	for(; rdrs != nil; rdrs = tl rdrs){
		r := hd rdrs;
		if(r.file != nil)
			fdmap = (r.fd, r.file.fd) :: fdmap;
		else
			fdmap = (r.fd, r.from) :: fdmap;
		if(r.file == nil && r.from < 0)
			keep = dellist(r.fd, keep);
		else if(!inlist(r.fd, keep))
			keep = r.fd :: keep;
	}
	r: list of (int, int);
	for(; fdmap != nil; fdmap = tl fdmap)
		r = hd fdmap :: r;
	return (r, keep);
}

# in a new process: its own descriptors and environment
procsetup(fdmap: list of (int, int), keep: list of int, newpgrp: int)
{
	if(newpgrp)
		sys->pctl(Sys->NEWPGRP, nil);
	sys->pctl(Sys->FORKFD|Sys->FORKENV, nil);
	for(; fdmap != nil; fdmap = tl fdmap){
		(tofd, from) := hd fdmap;
		if(from >= 0)
			sys->dup(from, tofd);
	}
	sys->pctl(Sys->NEWFD, keep);
}

writelocals(vars: list of (string, list of ref Listnode))
{
	for(; vars != nil; vars = tl vars){
		(name, val) := hd vars;
		setenv(name, val);
	}
}

# a program: found, then run in a new process (or in this one, if it
# is a subshell's last command) and waited for
runexternal(ctxt: ref Context, args: list of ref Listnode, rdrs: list of ref Rdr, last: int): string
{
	argv: list of string;
	for(a := args; a != nil; a = tl a)
		argv = stripglob(nodetext(hd a)) :: argv;
	argv = revs(argv);
	(mod, nargv, err) := findcmd(ctxt, argv);
	if(mod == nil){
		(saved, nil) := redirect(rdrs, nil);
		diag(hd argv + ": " + err);
		restore(rdrs, saved);
		return err;
	}
	flushenv(ctxt);
	(fdmap, keep) := procfds(ctxt, rdrs);
	if(last && (ctxt.options() & Context.INTERACTIVE) == 0){
		# a subshell's last command: run it in this process
		writelocals(localvars(ctxt));
		for(; fdmap != nil; fdmap = tl fdmap){
			(tofd, from) := hd fdmap;
			if(from >= 0)
				sys->dup(from, tofd);
		}
		sys->pctl(Sys->NEWFD, keep);
		mod->init(ctxt.drawcontext, nargv);
		return nil;
	}
	fg := (ctxt.options() & Context.INTERACTIVE) != 0;
	waitfd(ctxt);	# open before the child exists, to get its exit record
	sync := chan of int;
	spawn extproc(sync, fdmap, keep, fg, localvars(ctxt), mod, ctxt.drawcontext, nargv);
	pid := <-sync;
	return fgwait(ctxt, pid, fg);
}

extproc(sync: chan of int, fdmap: list of (int, int), keep: list of int, newpgrp: int,
	locals: list of (string, list of ref Listnode), mod: Command, drawctxt: ref Draw->Context, argv: list of string)
{
	procsetup(fdmap, keep, newpgrp);
	writelocals(locals);
	sync <-= sys->pctl(0, nil);
	mod->init(drawctxt, argv);
}

# wait for a foreground job; an interactive shell lets ^C kill its group
fgwait(ctxt: ref Context, pid: int, fg: int): string
{
	if(fg)
		intr(pid);
	status := hd waitfor(ctxt, pid :: nil);
	if(fg){
		intr(0);
		if(status == "interrupted" || status == "killed")
			raise "fail:" + status;	# ^C abandons the command line
	}
	return status;
}

intr(pgrp: int)
{
	if(consctl != nil)
		sys->fprint(consctl, "intr %d", pgrp);
}

# how spawnsub starts a process
Pnewpgrp: con 1<<0;	# in a process group of its own
Pdetach: con 1<<1;	# never waited for: its exit record goes nowhere

# A new shell process running node (or the command args): its own
# descriptors (fdmap) and a copy of the context. Returns its pid.
spawnsub(ctxt: ref Context, node: ref Node, args: list of ref Listnode, fdmap: list of (int, int), how: int): int
{
	flushenv(ctxt);
	keep := 0 :: 1 :: 2 :: ctxt.keepfds;
	for(l := fdmap; l != nil; l = tl l){
		(tofd, nil) := hd l;
		if(!inlist(tofd, keep))
			keep = tofd :: keep;
	}
	nctxt := ctxt.copy(1);
	nctxt.setoptions(Context.INTERACTIVE, 0);
	waitfd(ctxt);	# open before the child exists, to get its exit record
	sync := chan of int;
	if(how & Pdetach){
		# made by a go-between that ends at once: only its record
		# comes here, and is read now, so that records of
		# background commands never pile up unread
		gsync := chan of int;
		spawn between(gsync, sync, fdmap, keep, nctxt, node, args);
		mid := <-gsync;
		pid := <-sync;
		waitfor(ctxt, mid :: nil);
		return pid;
	}
	spawn subproc(sync, fdmap, keep, how & Pnewpgrp, nctxt, node, args);
	return <-sync;
}

between(gsync, sync: chan of int, fdmap: list of (int, int), keep: list of int,
	ctxt: ref Context, node: ref Node, args: list of ref Listnode)
{
	gsync <-= sys->pctl(0, nil);
	spawn subproc(sync, fdmap, keep, 0, ctxt, node, args);
}

subproc(sync: chan of int, fdmap: list of (int, int), keep: list of int, newpgrp: int,
	ctxt: ref Context, node: ref Node, args: list of ref Listnode)
{
	procsetup(fdmap, keep, newpgrp);
	sync <-= sys->pctl(0, nil);
	status: string;
	{
		if(node != nil)
			status = walk(ctxt, node, 1);
		else
			status = runcmd(ctxt, args, nil, 1);
	} exception e {
	"fail:*" =>
		status = e[5:];
		if(status == nil)
			status = "failed";
	"exit" =>
		status = nil;
	"parse error*" =>
		diag(e);
		status = e;
	}
	if(status != nil)
		raise "fail:" + status;
}

# the wait file of this process, opened before its children are made
waitfd(ctxt: ref Context): ref FD
{
	path := "/prog/" + string sys->pctl(0, nil) + "/wait";
	if(ctxt.waitfd == nil || sys->fd2path(ctxt.waitfd) != path)
		ctxt.waitfd = sys->open(path, Sys->OREAD);
	return ctxt.waitfd;
}

# the statuses of the children pids, in order, from their exit records
waitfor(ctxt: ref Context, pids: list of int): list of string
{
	fd := waitfd(ctxt);
	n := len pids;
	a := array[n] of string;
	got := array[n] of {* => 0};
	left := n;
	buf := array[512] of byte;
	while(left > 0 && fd != nil){
		k := sys->read(fd, buf, len buf);
		if(k <= 0)
			break;
		rec := string buf[0:k];
		(pid, status, broken) := exitrecord(rec);
		i := 0;
		for(l := pids; l != nil; l = tl l){
			if(hd l == pid && !got[i]){
				got[i] = 1;
				a[i] = status;
				left--;
				if(broken)
					diag(rec);
				break;
			}
			i++;
		}
	}
	r: list of string;
	for(i := n-1; i >= 0; i--)
		r = a[i] :: r;
	return r;
}

# pid "Module":text -> (pid, status, died of an exception other than fail:)
exitrecord(rec: string): (int, string, int)
{
	pid := 0;
	i := 0;
	for(; i < len rec && rec[i] >= '0' && rec[i] <= '9'; i++)
		pid = pid*10 + rec[i]-'0';
	# the module name is quoted; the text follows its closing quote and a colon
	q := 0;
	for(; i < len rec; i++){
		if(rec[i] == '"' && ++q == 2)
			break;
	}
	text := "";
	if(i+1 < len rec && rec[i+1] == ':')
		text = rec[i+2:];
	if(text == nil)
		return (pid, nil, 0);
	if(hasprefix(text, "fail:")){
		s := text[5:];
		while(s != nil && (s[0] == ' ' || s[0] == '\t'))
			s = s[1:];
		if(s == nil)
			s = "failed";
		return (pid, s, 0);
	}
	return (pid, text, text != "killed" && text != "interrupted");
}

# a pipeline: each command in its own process, joined by pipes
runpipe(ctxt: ref Context, n: ref Node): string
{
	if(ctxt.options() & Context.INTERACTIVE){
		# the whole pipeline in one process group that ^C can kill
		pid := spawnsub(ctxt, n, nil, nil, Pnewpgrp);
		return fgwait(ctxt, pid, 1);
	}
	# the commands, left to right, with each pipe's descriptors
	cmds: list of ref Node;
	pipes: list of ref Redir;
	for(c := n; c.ntype == n_PIPE; c = c.left){
		cmds = c.right :: cmds;
		pipes = c.redir :: pipes;
	}
	cmds = c :: cmds;
	# descriptors are handled in pipeto and pipefrom (compiler bug: tempref)
	pids: list of int;
	prev: ref FD;		# read end of the previous pipe
	prevto := 0;
	for(; pipes != nil; pipes = tl pipes){
		r := hd pipes;
		(pid, next) := pipeto(ctxt, hd cmds, r.fd1, prev, prevto, 0);
		pids = pid :: pids;
		prev = next;
		next = nil;
		prevto = r.fd2;
		cmds = tl cmds;
	}
	pids = pipefrom(ctxt, hd cmds, prev, prevto) :: pids;
	prev = nil;
	st := waitfor(ctxt, revint(pids));
	s := "";
	empty := 1;
	for(; st != nil; st = tl st){
		if(hd st != nil)
			empty = 0;
		s += hd st;
		if(tl st != nil)
			s += "|";
	}
	if(empty)
		return nil;
	return s;
}

revint(l: list of int): list of int
{
	r: list of int;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

# ---------------------------------------------------------------
# Finding programs

# the module for argv's command, and the argv to give it (a #! script
# runs its interpreter); or nil and the error
findcmd(ctxt: ref Context, argv: list of string): (Command, list of string, string)
{
	name := hd argv;
	dirs: list of string;
	if(hasprefix(name, "/") || hasprefix(name, "#") || hasprefix(name, "./") || hasprefix(name, "../"))
		dirs = "" :: nil;
	else{
		pv := ctxt.get("path");
		if(pv == nil)
			dirs = "/dis" :: "." :: nil;
		else
			dirs = list2stringlist(pv);
	}
	err := "";
	for(; dirs != nil; dirs = tl dirs){
		base := name;
		if(hd dirs != nil)
			base = join(hd dirs, name);
		path := base;
		if(!hassuffix(path, ".dis"))
			path += ".dis";
		mod := load Command path;
		if(mod != nil)
			return (mod, argv, nil);
		err = sys->sprint("%r");
		if(!notfound(err))
			return (nil, nil, err);
		(smod, sargv, serr) := script(ctxt, base, argv);
		if(smod != nil)
			return (smod, sargv, nil);
		if(serr != nil){
			err = serr;
			if(!notfound(err))
				return (nil, nil, err);
		}
	}
	return (nil, nil, err);
}

notfound(err: string): int
{
	return hassuffix(err, NOTEXIST) || hassuffix(err, "directory entry not found");
}

# path as a #! script: its interpreter's module and argv
script(ctxt: ref Context, path: string, argv: list of string): (Command, list of string, string)
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return (nil, nil, sys->sprint("%r"));
	(ok, d) := sys->fstat(fd);
	if(ok < 0)
		return (nil, nil, sys->sprint("%r"));
	if(d.mode & Sys->DMDIR)
		return (nil, nil, sys->sprint("'%s' is a directory", path));
	buf := array[256] of byte;
	n := sys->read(fd, buf, len buf);
	if(n < 2 || buf[0] != byte '#' || buf[1] != byte '!')
		return (nil, nil, sys->sprint("'%s' is not a script", path));
	if((d.mode & 8r111) == 0)
		return (nil, nil, sys->sprint("'%s' permission denied", path));
	for(i := 2; i < n && buf[i] != byte '\n'; i++)
		;
	(nil, iargv) := sys->tokenize(string buf[2:i], " \t\r");
	if(iargv == nil)
		return (nil, nil, sys->sprint("'%s' has no interpreter", path));
	rargv := revs(iargv);
	rargv = path :: rargv;
	for(a := tl argv; a != nil; a = tl a)
		rargv = hd a :: rargv;
	(mod, nil, err) := findcmd(ctxt, hd iargv :: nil);
	if(mod == nil)
		return (nil, nil, hd iargv + ": " + err);
	return (mod, revs(rargv), nil);
}

# ---------------------------------------------------------------
# The internal builtins (this module as a Shellbuiltin)

internals := array[] of {"load", "unload", "loaded", "whatis", "builtin", "run", "exit", "@", "syncenv"};
sinternals := array[] of {"quote", "bquote", "unquote", "builtin", "loaded"};

initbuiltin(nil: ref Context, nil: Sh): string
{
	return nil;
}

getself(): Shellbuiltin
{
	return myself;
}

runbuiltin(ctxt: ref Context, nil: Sh, cmd: list of ref Listnode, last: int): string
{
	name := nodetext(hd cmd);
	args := tl cmd;
	case name {
	"load" =>
		if(args == nil)
			ctxt.fail("usage", "usage: load path...");
		for(; args != nil; args = tl args)
			loadmod(ctxt, nodetext(hd args));
	"unload" =>
		if(args == nil)
			ctxt.fail("usage", "usage: unload path...");
		for(; args != nil; args = tl args)
			unloadmod(ctxt, nodetext(hd args));
	"loaded" =>
		listloaded(ctxt);
	"whatis" =>
		if(args == nil)
			ctxt.fail("usage", "usage: whatis name...");
		status := "";
		for(; args != nil; args = tl args){
			s := whatis1(ctxt, nodetext(hd args));
			if(s == nil){
				diag("whatis: " + nodetext(hd args) + ": not found");
				status = "not found";
			}else
				sys->print("%s\n", s);
		}
		return status;
	"builtin" =>
		if(args == nil)
			ctxt.fail("usage", "usage: builtin command [args...]");
		mods := lookb(ctxt.env.builtins, nodetext(hd args));
		while(mods != nil && hd mods != myself)
			mods = tl mods;
		if(mods != nil)
			return runbuiltin(ctxt, myselfsh, args, last);
		if(isblock(hd args))
			return runblock(ctxt, args, last);
		return runexternal(ctxt, args, nil, last);
	"run" =>
		if(args == nil)
			ctxt.fail("usage", "usage: run file [args...]");
		return runfile(ctxt, nodetext(hd args), args);
	"exit" =>
		raise "exit";
	"@" =>
		if(args == nil)
			return nil;
		pid := spawnsub(ctxt, nil, args, nil, 0);
		return hd waitfor(ctxt, pid :: nil);
	"syncenv" =>
		e := globalenv(ctxt);
		for(i := 0; i < len e.vars; i++)
			for(l := e.vars[i]; l != nil; l = tl l)
				(hd l).flags |= Var.CHANGED;
		flushenv(ctxt);
		writelocals(localvars(ctxt));
	}
	return nil;
}

runsbuiltin(ctxt: ref Context, nil: Sh, cmd: list of ref Listnode): list of ref Listnode
{
	name := nodetext(hd cmd);
	args := tl cmd;
	case name {
	"quote" =>
		return words(quoted(args, 1));
	"bquote" =>
		return words(quoted(args, 0));
	"unquote" =>
		if(args == nil || tl args != nil)
			ctxt.fail("usage", "usage: ${unquote arg}");
		return unquote(nodetext(hd args), 1);
	"builtin" =>
		if(args == nil)
			ctxt.fail("usage", "usage: ${builtin name args...}");
		return sbuiltin(ctxt, args, 1);
	"loaded" =>
		r: list of ref Listnode;
		for(m := ctxt.env.bmods; m != nil; m = tl m){
			(mname, nil) := hd m;
			r = ref Listnode(nil, mname) :: r;
		}
		return r;
	}
	return nil;
}

whatis(nil: ref Sh->Context, nil: Sh, nil: string, nil: int): string
{
	return nil;
}

# load a builtin module: name, or a path with / or ./
loadmod(ctxt: ref Context, name: string)
{
	for(m := ctxt.env.bmods; m != nil; m = tl m){
		(mname, nil) := hd m;
		if(mname == name)
			return;
	}
	path := name;
	if(!hasprefix(path, "/") && !hasprefix(path, "./") && !hasprefix(path, "#"))
		path = "/dis/sh/" + path;
	if(!hassuffix(path, ".dis"))
		path += ".dis";
	mod := load Shellbuiltin path;
	if(mod == nil)
		ctxt.fail("bad module", sys->sprint("load: cannot load %s: %r", path));
	err := mod->initbuiltin(ctxt, myselfsh);
	# the module registers its names with its own handle on itself
	# (getself): keep that one, so that loaded and unload know them
	me := mod->getself();
	if(me != nil)
		mod = me;
	if(err != nil){
		dropmod(ctxt, mod);
		ctxt.fail("bad module", sys->sprint("load: %s: %s", name, err));
	}
	ctxt.addmodule(name, mod);
}

unloadmod(ctxt: ref Context, name: string)
{
	r: list of (string, Shellbuiltin);
	mod: Shellbuiltin;
	for(m := ctxt.env.bmods; m != nil; m = tl m){
		(mname, mm) := hd m;
		if(mname == name && mod == nil)
			mod = mm;
		else
			r = hd m :: r;
	}
	if(mod == nil)
		ctxt.fail("not loaded", sys->sprint("unload: module %s not loaded", name));
	bm: list of (string, Shellbuiltin);
	for(; r != nil; r = tl r)
		bm = hd r :: bm;
	ctxt.env.bmods = bm;
	dropmod(ctxt, mod);
}

# remove every builtin that mod defines
dropmod(ctxt: ref Context, mod: Shellbuiltin)
{
	for(pass := 0; pass < 2; pass++){
		b := ctxt.env.builtins;
		if(pass)
			b = ctxt.env.sbuiltins;
		names: list of string;
		for(i := 0; i < b.n; i++){
			(name, mods) := b.ba[i];
			for(; mods != nil; mods = tl mods)
				if(hd mods == mod)
					names = name :: names;
		}
		for(; names != nil; names = tl names)
			removeb(b, hd names, mod);
	}
}

modname(ctxt: ref Context, mod: Shellbuiltin): string
{
	if(mod == myself)
		return "builtin";
	for(m := ctxt.env.bmods; m != nil; m = tl m){
		(name, mm) := hd m;
		if(mm == mod)
			return name;
	}
	return "?";
}

listloaded(ctxt: ref Context)
{
	s := "";
	b := ctxt.env.builtins;
	for(i := 0; i < b.n; i++){
		(name, mods) := b.ba[i];
		s += name + "\t" + modname(ctxt, hd mods) + "\n";
	}
	b = ctxt.env.sbuiltins;
	for(i = 0; i < b.n; i++){
		(name, mods) := b.ba[i];
		s += "${" + name + "}\t" + modname(ctxt, hd mods) + "\n";
	}
	sys->print("%s", s);
}

# how name is defined: a variable, a builtin or a program
whatis1(ctxt: ref Context, name: string): string
{
	for(e := ctxt.env.localenv; e != nil; e = e.pushed){
		v := findvar(e, name);
		if(v != nil){
			val := v.val;
			if(val != nil && tl val == nil)
				return quote(name) + "=" + quoted(val, 0);
			return quote(name) + "=(" + quoted(val, 0) + ")";
		}
	}
	mods := lookb(ctxt.env.builtins, name);
	if(mods != nil){
		if(hd mods != myself){
			s := (hd mods)->whatis(ctxt, myselfsh, name, Shellbuiltin->BUILTIN);
			if(s != nil)
				return s;
		}
		return "builtin " + quote(name);
	}
	mods = lookb(ctxt.env.sbuiltins, name);
	if(mods != nil){
		if(hd mods != myself){
			s := (hd mods)->whatis(ctxt, myselfsh, name, Shellbuiltin->SBUILTIN);
			if(s != nil)
				return s;
		}
		return "${" + quote(name) + "}";
	}
	for(m := ctxt.env.bmods; m != nil; m = tl m){
		(nil, mod) := hd m;
		s := mod->whatis(ctxt, myselfsh, name, Shellbuiltin->OTHER);
		if(s != nil)
			return s;
	}
	path := cmdpath(ctxt, name);
	return path;
}

# the file a program name resolves to, nil if none
cmdpath(ctxt: ref Context, name: string): string
{
	dirs: list of string;
	if(hasprefix(name, "/") || hasprefix(name, "#") || hasprefix(name, "./") || hasprefix(name, "../"))
		dirs = "" :: nil;
	else{
		pv := ctxt.get("path");
		if(pv == nil)
			dirs = "/dis" :: "." :: nil;
		else
			dirs = list2stringlist(pv);
	}
	for(; dirs != nil; dirs = tl dirs){
		base := name;
		if(hd dirs != nil)
			base = join(hd dirs, name);
		path := base;
		if(!hassuffix(path, ".dis"))
			path += ".dis";
		(ok, nil) := sys->stat(path);
		if(ok >= 0)
			return path;
		(ok, nil) = sys->stat(base);
		if(ok >= 0)
			return base;
	}
	return nil;
}

# ---------------------------------------------------------------
# Reading commands

Reader: adt {
	fd:	ref FD;
	buf:	array of byte;
	i, n:	int;
};

# A Reader's buffer starts at Readinit bytes (a console gives a line
# at a time) and doubles, up to Sys->ATOMICIO, each time a read fills
# it (a script file): an interactive shell holds only a small one.
Readinit: con 512;

# the next line, newline included; nil at end of file
getline(r: ref Reader): string
{
	line := array[0] of byte;
	for(;;){
		if(r.i >= r.n){
			if(r.n == len r.buf && len r.buf < Sys->ATOMICIO)
				r.buf = array[2 * len r.buf] of byte;
			r.i = 0;
			r.n = sys->read(r.fd, r.buf, len r.buf);
			if(r.n <= 0){
				r.n = 0;
				break;
			}
		}
		for(j := r.i; j < r.n; j++)
			if(r.buf[j] == byte '\n')
				break;
		if(j < r.n)
			j++;
		nl := array[len line + j - r.i] of byte;
		nl[0:] = line;
		nl[len line:] = r.buf[r.i:j];
		line = nl;
		r.i = j;
		if(line[len line - 1] == byte '\n')
			break;
	}
	if(len line == 0)
		return nil;
	return string line;
}

prompt(ctxt: ref Context, cont: int)
{
	p := ctxt.get("prompt");
	s := "; ";
	if(cont)
		s = "";
	if(p != nil){
		if(!cont)
			s = nodetext(hd p);
		else if(tl p != nil)
			s = nodetext(hd tl p);
	}
	if(s != nil)
		sys->fprint(sys->fildes(2), "%s", s);
}

# read and run commands from fd until its end; the status of the last
runreader(ctxt: ref Context, fd: ref FD, interactive: int): string
{
	r := ref Reader(fd, array[Readinit] of byte, 0, 0);
	text := "";
	status := "";
	for(;;){
		if(interactive)
			prompt(ctxt, text != nil);
		line := getline(r);
		if(line == nil){
			if(text != nil){
				diag("parse error: syntax error");
				status = "parse error";
			}
			break;
		}
		text += line;
		(n, err, more) := parse1(text);
		if(more)
			continue;
		text = nil;
		if(n == nil && err == nil)
			continue;
		if(err != nil){
			diag("parse error: " + err);
			status = "parse error";
			if(!interactive)
				raise "fail:parse error";
			continue;
		}
		status = runtop(ctxt, n, interactive);
	}
	return status;
}

# run a command line at the top level; exceptions end here
runtop(ctxt: ref Context, n: ref Node, interactive: int): string
{
	# the top-level commands one by one, for -e
	cmds: list of ref Node;
	for(; n != nil && n.ntype == n_SEQ; n = n.left)
		cmds = n.right :: cmds;
	if(n != nil)
		cmds = n :: cmds;
	status := "";
	for(; cmds != nil; cmds = tl cmds){
		{
			status = walk(ctxt, hd cmds, 0);
		} exception e {
		"fail:*" =>
			ctxt.keepfds = nil;
			status = e[5:];
			if(status == nil)
				status = "failed";
			ctxt.set("status", words(status));
			if(!interactive)
				raise e;
			return status;
		"exit" =>
			raise e;
		"*" =>
			if(!interactive)
				raise e;
			diag("internal: " + e);
			ctxt.set("status", words(e));
			return e;
		}
		if(status != nil && (ctxt.options() & Context.ERROREXIT))
			raise "fail:" + status;
	}
	return status;
}

# run: a script in this shell with its own $0 and $*
runfile(ctxt: ref Context, file: string, args: list of ref Listnode): string
{
	fd := sys->open(file, Sys->OREAD);
	if(fd == nil)
		ctxt.fail("bad script", sys->sprint("run: cannot open %s: %r", file));
	ctxt.push();
	status: string;
	{
		ctxt.setlocal("0", words(file));
		ctxt.setlocal("*", tl args);
		status = runreader(ctxt, fd, 0);
	} exception e {
	"*" =>
		ctxt.pop();
		raise e;
	}
	ctxt.pop();
	return status;
}

# ---------------------------------------------------------------
# The command

usage()
{
	sys->fprint(sys->fildes(2), "usage: sh [-ilexn] [-c command] [file [arg...]]\n");
	raise "fail:usage";
}

init(drawctxt: ref Draw->Context, argv: list of string)
{
	initialise();
	argv0 := "sh";
	if(argv != nil){
		argv0 = hd argv;
		argv = tl argv;
	}
	interactive := 0;
	login := argv0 != nil && argv0[0] == '-';
	errexit := 0;
	xflag := 0;
	forkns := 1;
	cmd: string;
	cflag := 0;
	for(; argv != nil; argv = tl argv){
		a := hd argv;
		if(a == nil || a[0] != '-' || a == "-")
			break;
		if(a == "--"){
			argv = tl argv;
			break;
		}
		for(i := 1; i < len a; i++){
			case a[i] {
			'i' =>	interactive = 1;
			'l' =>	login = 1;
			'e' =>	errexit = 1;
			'x' =>	xflag = 1;
			'n' =>	forkns = 0;
			'c' =>
				argv = tl argv;
				if(argv == nil)
					usage();
				cmd = hd argv;
				cflag = 1;
			}
		}
		if(cflag){
			argv = tl argv;
			break;
		}
	}
	if(forkns)
		sys->pctl(Sys->FORKNS|Sys->FORKFD, nil);
	else
		sys->pctl(Sys->FORKFD, nil);
	ctxt := Context.new(drawctxt);
	if(errexit)
		ctxt.setoptions(Context.ERROREXIT, 1);
	if(xflag)
		ctxt.setoptions(Context.EXECPRINT, 1);
	ctxt.setoptions(Context.VERBOSE, 1);

	status: string;
	{
		status = start(ctxt, argv0, argv, cmd, cflag, interactive, login);
	} exception e {
	"fail:*" =>
		raise e;
	"exit" =>
		status = nil;
	"*" =>
		diag("internal: " + e);
		status = e;
	}
	if(status != nil)
		raise "fail:" + status;
}

start(ctxt: ref Context, argv0: string, argv: list of string, cmd: string, cflag, interactive, login: int): string
{
	if(login){
		(ok, nil) := sys->stat("/lib/sh/profile");
		if(ok >= 0)
			runfile(ctxt, "/lib/sh/profile", words("/lib/sh/profile"));
	}
	status: string;
	if(cflag){
		ctxt.set("0", words(argv0));
		ctxt.set("*", stringlist2list(argv));
		(n, err) := parse(cmd);
		if(err != nil)
			raise "parse error: " + err;
		status = runtop(ctxt, n, 0);
		if(!interactive)
			return status;
	}else if(argv != nil){
		file := hd argv;
		fd := sys->open(file, Sys->OREAD);
		if(fd == nil){
			diag(sys->sprint("cannot open %s: %r", file));
			raise "fail:bad script";
		}
		ctxt.set("0", words(file));
		ctxt.set("*", stringlist2list(tl argv));
		return runreader(ctxt, fd, 0);
	}
	ctxt.set("0", words(argv0));
	stdin := sys->fildes(0);
	if(!interactive && stdin != nil){
		p := sys->fd2path(stdin);
		interactive = p == "/dev/cons" || p == "#c/cons";
	}
	if(interactive){
		ctxt.setoptions(Context.INTERACTIVE, 1);
		consctl = sys->open("/dev/consctl", Sys->OWRITE);
	}
	return runreader(ctxt, stdin, interactive);
}

# Sh->system: run a command line in a new context
system(drawctxt: ref Draw->Context, cmd: string): string
{
	initialise();
	(n, err) := parse(cmd);
	if(err != nil)
		return err;
	ctxt := Context.new(drawctxt);
	{
		return walk(ctxt, n, 0);
	} exception e {
	"fail:*" =>
		return e[5:];
	"exit" =>
		return nil;
	}
}

# Sh->run: run argv as a command in a new context
run(drawctxt: ref Draw->Context, argv: list of string): string
{
	initialise();
	ctxt := Context.new(drawctxt);
	{
		return ctxt.run(stringlist2list(argv), 0);
	} exception e {
	"fail:*" =>
		return e[5:];
	"exit" =>
		return nil;
	}
}
