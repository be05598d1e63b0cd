implement Calc;

# calc [-s] [file | expression]: a floating-point calculator with a
# Limbo-like syntax. Each statement is parsed into a tree and run as
# soon as it is complete; an expression statement prints its value.
# Errors go to stdout as "error: line N: MSG" and do not stop calc.

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "math.m";
	math: Math;

Calc: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

strict := 0;	# -s: variables must be declared with := first
out: ref Iobuf;
stdin: ref Iobuf;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil)
		nomod(Bufio->PATH);
	math = load Math Math->PATH;
	if(math == nil)
		nomod(Math->PATH);
	# 1/0 is Infinity and 0/0 NaN, not a trap
	math->FPcontrol(0, Math->INVAL|Math->ZDIV|Math->OVFL|Math->UNFL);
	if(argv != nil)
		argv = tl argv;
	if(argv != nil && hd argv == "-s"){
		strict = 1;
		argv = tl argv;
	}
	out = bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	stdin = bufio->fopen(sys->fildes(0), Bufio->OREAD);
	initnames();
	src: ref Iobuf;
	if(argv == nil)
		src = stdin;
	else if(len argv == 1)
		src = bufio->open(hd argv, Bufio->OREAD);
	if(src == nil){
		s := "";
		for(; argv != nil; argv = tl argv){
			if(s != nil)
				s += " ";
			s += hd argv;
		}
		src = bufio->sopen(s);
	}
	run(Lexer.new(src));
	out.flush();
}

nomod(path: string)
{
	sys->fprint(sys->fildes(2), "calc: cannot load %s: %r\n", path);
	raise "fail:bad module";
}

# errors: raised as "calc:MSG" with errline set, caught by run
errline := 0;
EXIT:	con "calcexit";	# raised by an exit inside a function

error(line: int, msg: string)
{
	errline = line;
	raise "calc:"+msg;
}

# run parses and runs the statements of one source until its end or an
# exit; it returns 1 after an exit
run(lex: ref Lexer): int
{
	p := ref Parser(lex, nil, 0, 0);
	saved := scopes;
	for(;;){
		parsing := 1;
		{
			s := p.stmt();
			parsing = 0;
			if(s == nil){
				if(p.peek().kind == Teof)
					return 0;
				continue;
			}
			case exec(s) {
			Exit =>
				return 1;
			}
		}exception e{
		EXIT =>
			return 1;
		"calc:*" =>
			out.puts(sys->sprint("error: line %d: %s\n", errline, e[5:]));
			out.flush();
			if(parsing)
				p.recover();
			scopes = saved;
			if(p.peek().kind == Teof)
				return 0;
		}
	}
}

#
# Lexical analysis
#

Teof, Tnl, Tnum, Tid, Tstr, Top: con iota;

Token: adt {
	kind:	int;
	line:	int;
	val:	real;	# Tnum
	s:	string;	# Tid, Tstr, Top (the operator's text)
};

# the operators, longest first within each length
ops3 := array[] of {"**=", "//=", "<<=", ">>=", "<->"};
ops2 := array[] of {
	"**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", "<-", "&&", "||",
	"++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", ":=",
};
ops1 := "+-*/%<>=!~&|^?:,;(){}↑↓";

Lexer: adt {
	in:	ref Iobuf;
	s:	string;	# the current line, with its newline
	pos:	int;
	line:	int;
	eof:	int;

	new:	fn(in: ref Iobuf): ref Lexer;
	next:	fn(l: self ref Lexer): ref Token;
	number:	fn(l: self ref Lexer): ref Token;
	str:	fn(l: self ref Lexer): ref Token;
};

Lexer.new(in: ref Iobuf): ref Lexer
{
	return ref Lexer(in, nil, 0, 0, 0);
}

Lexer.next(l: self ref Lexer): ref Token
{
	for(;;){
		if(l.pos >= len l.s){
			if(l.eof)
				return ref Token(Teof, l.line, 0.0, nil);
			l.s = l.in.gets('\n');
			l.pos = 0;
			if(l.s == nil){
				l.eof = 1;
				if(l.line == 0)
					l.line = 1;
				return ref Token(Teof, l.line, 0.0, nil);
			}
			l.line++;
		}
		c := l.s[l.pos];
		case c {
		' ' or '\t' or '\r' =>
			l.pos++;
			continue;
		'#' =>
			while(l.pos < len l.s && l.s[l.pos] != '\n')
				l.pos++;
			continue;
		'\n' =>
			l.pos++;
			return ref Token(Tnl, l.line, 0.0, nil);
		'"' =>
			return l.str();
		'0' to '9' or '.' =>
			if(c != '.' || l.pos+1 < len l.s && isdigit(l.s[l.pos+1]))
				return l.number();
		}
		if(c != '↑' && c != '↓' && isletter(c)){
			b := l.pos;
			while(l.pos < len l.s && (isletter(l.s[l.pos]) || isdigit(l.s[l.pos])) && l.s[l.pos] != '↑' && l.s[l.pos] != '↓')
				l.pos++;
			return ref Token(Tid, l.line, 0.0, l.s[b:l.pos]);
		}
		rest := l.s[l.pos:];
		for(i := 0; i < len ops3; i++)
			if(len rest >= 3 && rest[0:3] == ops3[i]){
				l.pos += 3;
				return ref Token(Top, l.line, 0.0, ops3[i]);
			}
		for(i = 0; i < len ops2; i++)
			if(len rest >= 2 && rest[0:2] == ops2[i]){
				l.pos += 2;
				return ref Token(Top, l.line, 0.0, ops2[i]);
			}
		for(i = 0; i < len ops1; i++)
			if(c == ops1[i]){
				l.pos++;
				return ref Token(Top, l.line, 0.0, rest[0:1]);
			}
		l.pos++;
		error(l.line, sys->sprint("unexpected character '%c'", c));
	}
}

# number: decimal with fraction and exponent, 0xHEX, or Limbo's NrDIGITS
Lexer.number(l: self ref Lexer): ref Token
{
	s := l.s;
	b := l.pos;
	i := b;
	if(s[i] == '0' && i+2 < len s && (s[i+1] == 'x' || s[i+1] == 'X') && digitval(s[i+2]) < 16){
		(v, e) := radix(s, i+2, 16);
		l.pos = e;
		return ref Token(Tnum, l.line, v, nil);
	}
	while(i < len s && isdigit(s[i]))
		i++;
	if(i < len s && (s[i] == 'r' || s[i] == 'R') && i > b){
		base := int s[b:i];
		if(base >= 2 && base <= 36 && i+1 < len s && digitval(s[i+1]) < base){
			(v, e) := radix(s, i+1, base);
			l.pos = e;
			return ref Token(Tnum, l.line, v, nil);
		}
	}
	if(i < len s && s[i] == '.'){
		i++;
		while(i < len s && isdigit(s[i]))
			i++;
	}
	if(i < len s && (s[i] == 'e' || s[i] == 'E')){
		j := i+1;
		if(j < len s && (s[j] == '+' || s[j] == '-'))
			j++;
		if(j < len s && isdigit(s[j])){
			while(j < len s && isdigit(s[j]))
				j++;
			i = j;
		}
	}
	l.pos = i;
	return ref Token(Tnum, l.line, real s[b:i], nil);
}

# radix: the value of the digits in base at s[i:], and where they end
radix(s: string, i: int, base: int): (real, int)
{
	v := 0.0;
	for(; i < len s && digitval(s[i]) < base; i++)
		v = v*real base + real digitval(s[i]);
	return (v, i);
}

Lexer.str(l: self ref Lexer): ref Token
{
	r := "";
	for(i := l.pos+1; i < len l.s; i++){
		c := l.s[i];
		if(c == '"'){
			l.pos = i+1;
			return ref Token(Tstr, l.line, 0.0, r);
		}
		if(c == '\n')
			break;
		if(c == '\\' && i+1 < len l.s){
			c = l.s[++i];
			case c {
			'n' =>	c = '\n';
			't' =>	c = '\t';
			}
		}
		r[len r] = c;
	}
	l.pos = len l.s - 1;
	error(l.line, "unterminated string");
	return nil;
}

isdigit(c: int): int
{
	return c >= '0' && c <= '9';
}

isletter(c: int): int
{
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 16rA0;
}

digitval(c: int): int
{
	case c {
	'0' to '9' =>	return c - '0';
	'a' to 'z' =>	return c - 'a' + 10;
	'A' to 'Z' =>	return c - 'A' + 10;
	}
	return 99;
}

#
# Parsing into trees
#

# A node: an expression (op is an operator, or "num", "var", "str",
# "call", "post++", "post--", "fact", "?") or a statement (op is
# "expr", "block", "if", "while", "do", "for", "break", "continue",
# "return", "exit", "fn", "include").
Node: adt {
	op:	string;
	line:	int;
	val:	real;
	name:	string;
	l, r, x:	cyclic ref Node;	# operands; for: l init, r cond, x step
	body:	cyclic ref Node;
	kids:	cyclic list of ref Node;	# call arguments, block statements
	params:	list of string;
};

mknode(op: string, line: int): ref Node
{
	return ref Node(op, line, 0.0, nil, nil, nil, nil, nil, nil, nil);
}

Parser: adt {
	lex:	ref Lexer;
	tok:	ref Token;	# the lookahead, nil if none
	paren:	int;		# depth of ( ): newlines inside are blanks
	loops:	int;		# depth of loops, for break and continue

	peek:	fn(p: self ref Parser): ref Token;
	get:	fn(p: self ref Parser): ref Token;
	isop:	fn(p: self ref Parser, op: string): int;
	iskw:	fn(p: self ref Parser, kw: string): int;
	want:	fn(p: self ref Parser, op: string);
	skipnl:	fn(p: self ref Parser);
	recover:	fn(p: self ref Parser);
	stmt:	fn(p: self ref Parser): ref Node;
	endstmt:	fn(p: self ref Parser);
	block:	fn(p: self ref Parser): ref Node;
	fndef:	fn(p: self ref Parser): ref Node;
	expr:	fn(p: self ref Parser): ref Node;
	assign:	fn(p: self ref Parser): ref Node;
	cond:	fn(p: self ref Parser): ref Node;
	binary:	fn(p: self ref Parser, level: int): ref Node;
	power:	fn(p: self ref Parser): ref Node;
	unary:	fn(p: self ref Parser): ref Node;
	postfix:	fn(p: self ref Parser): ref Node;
	primary:	fn(p: self ref Parser): ref Node;
};

infn := 0;	# parsing a function's body

# the binary operators by level, loosest first; ** is apart (right
# associative and below the unary operators)
levels := array[] of {
	array[] of {"||"},
	array[] of {"&&"},
	array[] of {"|", "↓"},
	array[] of {"^"},
	array[] of {"&", "↑"},
	array[] of {"==", "!=", "->", "<-"},
	array[] of {">", ">=", "<", "<=", "<->"},
	array[] of {"<<", ">>"},
	array[] of {"+", "-"},
	array[] of {"*", "/", "%", "//"},
};

assignops := array[] of {"=", ":=", "+=", "-=", "*=", "/=", "%=", "**=", "//=", "&=", "|=", "^=", "<<=", ">>="};

Parser.peek(p: self ref Parser): ref Token
{
	for(;;){
		if(p.tok == nil)
			p.tok = p.lex.next();
		if(p.tok.kind != Tnl || p.paren == 0)
			return p.tok;
		p.tok = nil;
	}
}

Parser.get(p: self ref Parser): ref Token
{
	t := p.peek();
	p.tok = nil;
	return t;
}

Parser.isop(p: self ref Parser, op: string): int
{
	t := p.peek();
	return t.kind == Top && t.s == op;
}

Parser.iskw(p: self ref Parser, kw: string): int
{
	t := p.peek();
	return t.kind == Tid && t.s == kw;
}

Parser.want(p: self ref Parser, op: string)
{
	if(!p.isop(op))
		error(p.peek().line, "missing "+op);
	p.get();
}

Parser.skipnl(p: self ref Parser)
{
	while(p.peek().kind == Tnl)
		p.get();
}

# recover skips the rest of a statement in error: to the end of its line
Parser.recover(p: self ref Parser)
{
	p.paren = 0;
	p.loops = 0;
	infn = 0;
	for(;;){
		{
			t := p.get();
			if(t.kind == Tnl || t.kind == Teof || t.kind == Top && t.s == ";"){
				if(t.kind == Teof)
					p.tok = t;
				return;
			}
		}exception{
		"calc:*" =>
			;
		}
	}
}

# stmt parses one statement; nil for an empty one
Parser.stmt(p: self ref Parser): ref Node
{
	t := p.peek();
	line := t.line;
	case t.kind {
	Teof =>
		return nil;
	Tnl =>
		p.get();
		return nil;
	Top =>
		case t.s {
		";" =>
			p.get();
			return nil;
		"{" =>
			return p.block();
		}
	Tid =>
		case t.s {
		"if" =>
			p.get();
			n := mknode("if", line);
			p.want("(");
			p.paren++;
			n.l = p.expr();
			p.paren--;
			p.want(")");
			p.skipnl();
			n.body = p.stmt();
			# an else may follow on a later line
			while(p.peek().kind == Tnl)
				p.get();
			if(p.iskw("else")){
				p.get();
				p.skipnl();
				n.x = p.stmt();
			}
			return n;
		"while" =>
			p.get();
			n := mknode("while", line);
			p.want("(");
			p.paren++;
			n.l = p.expr();
			p.paren--;
			p.want(")");
			p.skipnl();
			p.loops++;
			n.body = p.stmt();
			p.loops--;
			return n;
		"do" =>
			p.get();
			n := mknode("do", line);
			p.skipnl();
			p.loops++;
			n.body = p.stmt();
			p.loops--;
			p.skipnl();
			if(!p.iskw("while"))
				error(p.peek().line, "missing while");
			p.get();
			p.want("(");
			p.paren++;
			n.l = p.expr();
			p.paren--;
			p.want(")");
			p.endstmt();
			return n;
		"for" =>
			p.get();
			n := mknode("for", line);
			p.want("(");
			p.paren++;
			if(!p.isop(";"))
				n.l = p.expr();
			p.want(";");
			if(!p.isop(";"))
				n.r = p.expr();
			p.want(";");
			if(!p.isop(")"))
				n.x = p.expr();
			p.paren--;
			p.want(")");
			p.skipnl();
			p.loops++;
			n.body = p.stmt();
			p.loops--;
			return n;
		"break" or "continue" =>
			p.get();
			if(p.loops == 0)
				error(line, t.s+" not in a loop");
			p.endstmt();
			return mknode(t.s, line);
		"return" =>
			p.get();
			if(!infn)
				error(line, "return not in a function");
			n := mknode("return", line);
			if(!atend(p.peek()))
				n.l = p.expr();
			p.endstmt();
			return n;
		"exit" =>
			p.get();
			p.endstmt();
			return mknode("exit", line);
		"fn" =>
			p.get();
			return p.fndef();
		"include" =>
			p.get();
			f := p.peek();
			if(f.kind != Tstr)
				error(f.line, "include needs a file name in quotes");
			p.get();
			n := mknode("include", line);
			n.name = f.s;
			p.endstmt();
			return n;
		}
	}
	n := mknode("expr", line);
	n.l = p.expr();
	p.endstmt();
	return n;
}

# atend: whether t ends a statement: an else or a do's while may follow
# a statement on its line
atend(t: ref Token): int
{
	return t.kind == Teof || t.kind == Tnl || t.kind == Top && (t.s == ";" || t.s == "}") ||
		t.kind == Tid && (t.s == "else" || t.s == "while");
}

# endstmt: a statement ends at a newline, a semicolon (both taken),
# a closing brace, an else, a while or the end of the input
Parser.endstmt(p: self ref Parser)
{
	t := p.peek();
	if(!atend(t))
		error(t.line, "syntax error near "+text(t));
	if(t.kind == Tnl || t.kind == Top && t.s == ";")
		p.get();
}

text(t: ref Token): string
{
	case t.kind {
	Tnum =>	return fmtreal(t.val, 10);
	Tstr =>	return "\""+t.s+"\"";
	Tnl =>	return "newline";
	Teof =>	return "end of input";
	}
	return t.s;
}

Parser.block(p: self ref Parser): ref Node
{
	n := mknode("block", p.peek().line);
	p.want("{");
	saved := p.paren;
	p.paren = 0;	# statements inside end at newlines again
	l: list of ref Node;
	for(;;){
		p.skipnl();
		if(p.isop("}"))
			break;
		if(p.peek().kind == Teof)
			error(p.peek().line, "missing }");
		s := p.stmt();
		if(s != nil)
			l = s :: l;
	}
	p.get();
	p.paren = saved;
	for(; l != nil; l = tl l)
		n.kids = hd l :: n.kids;
	return n;
}

# fndef: fn NAME(PARAM, ...) { ... }
Parser.fndef(p: self ref Parser): ref Node
{
	t := p.peek();
	if(t.kind != Tid)
		error(t.line, "missing function name");
	p.get();
	n := mknode("fn", t.line);
	n.name = t.s;
	p.want("(");
	p.paren++;
	rl: list of string;
	if(!p.isop(")")){
		for(;;){
			a := p.peek();
			if(a.kind != Tid)
				error(a.line, "bad parameter "+text(a));
			p.get();
			rl = a.s :: rl;
			if(!p.isop(","))
				break;
			p.get();
		}
	}
	p.paren--;
	p.want(")");
	for(; rl != nil; rl = tl rl)
		n.params = hd rl :: n.params;
	p.skipnl();
	infn++;
	loops := p.loops;
	p.loops = 0;
	{
		n.body = p.block();
	}exception{
	"calc:*" =>
		infn--;
		p.loops = loops;
		raise;
	}
	infn--;
	p.loops = loops;
	return n;
}

# expr: assignments separated by commas
Parser.expr(p: self ref Parser): ref Node
{
	n := p.assign();
	while(p.isop(",")){
		t := p.get();
		c := mknode(",", t.line);
		c.l = n;
		c.r = p.assign();
		n = c;
	}
	return n;
}

Parser.assign(p: self ref Parser): ref Node
{
	n := p.cond();
	t := p.peek();
	if(t.kind != Top)
		return n;
	for(i := 0; i < len assignops; i++)
		if(t.s == assignops[i])
			break;
	if(i == len assignops)
		return n;
	if(n.op != "var")
		error(t.line, "cannot assign to "+describe(n));
	p.get();
	a := mknode(t.s, t.line);
	a.name = n.name;
	a.r = p.assign();
	return a;
}

describe(n: ref Node): string
{
	case n.op {
	"num" =>	return "a number";
	"call" =>	return "a function call";
	}
	return "an expression";
}

Parser.cond(p: self ref Parser): ref Node
{
	n := p.binary(0);
	if(!p.isop("?"))
		return n;
	t := p.get();
	c := mknode("?", t.line);
	c.l = n;
	c.r = p.assign();
	p.want(":");
	c.x = p.assign();
	return c;
}

Parser.binary(p: self ref Parser, level: int): ref Node
{
	if(level == len levels)
		return p.power();
	n := p.binary(level+1);
	for(;;){
		t := p.peek();
		if(t.kind != Top)
			return n;
		ops := levels[level];
		for(i := 0; i < len ops; i++)
			if(t.s == ops[i])
				break;
		if(i == len ops)
			return n;
		p.get();
		b := mknode(t.s, t.line);
		b.l = n;
		b.r = p.binary(level+1);
		n = b;
	}
}

Parser.power(p: self ref Parser): ref Node
{
	n := p.unary();
	if(!p.isop("**"))
		return n;
	t := p.get();
	b := mknode("**", t.line);
	b.l = n;
	b.r = p.power();
	return b;
}

Parser.unary(p: self ref Parser): ref Node
{
	t := p.peek();
	if(t.kind == Top){
		case t.s {
		"!" or "~" or "+" or "-" =>
			p.get();
			n := mknode("u"+t.s, t.line);
			n.l = p.unary();
			return n;
		"++" or "--" =>
			p.get();
			v := p.unary();
			if(v.op != "var")
				error(t.line, "cannot apply "+t.s+" to "+describe(v));
			n := mknode(t.s, t.line);
			n.name = v.name;
			return n;
		}
	}
	return p.postfix();
}

Parser.postfix(p: self ref Parser): ref Node
{
	n := p.primary();
	for(;;){
		t := p.peek();
		if(t.kind != Top)
			return n;
		case t.s {
		"!" =>
			p.get();
			f := mknode("fact", t.line);
			f.l = n;
			n = f;
		"++" or "--" =>
			if(n.op != "var")
				error(t.line, "cannot apply "+t.s+" to "+describe(n));
			p.get();
			f := mknode("post"+t.s, t.line);
			f.name = n.name;
			n = f;
		* =>
			return n;
		}
	}
}

Parser.primary(p: self ref Parser): ref Node
{
	t := p.peek();
	case t.kind {
	Tnum =>
		p.get();
		n := mknode("num", t.line);
		n.val = t.val;
		return n;
	Tstr =>
		p.get();
		n := mknode("str", t.line);
		n.name = t.s;
		return n;
	Tid =>
		if(iskeyword(t.s))
			break;
		p.get();
		if(!p.isop("(")){
			n := mknode("var", t.line);
			n.name = t.s;
			return n;
		}
		p.get();
		p.paren++;
		n := mknode("call", t.line);
		n.name = t.s;
		rl: list of ref Node;
		if(!p.isop(")")){
			for(;;){
				rl = p.assign() :: rl;
				if(!p.isop(","))
					break;
				p.get();
			}
		}
		p.paren--;
		p.want(")");
		for(; rl != nil; rl = tl rl)
			n.kids = hd rl :: n.kids;
		return n;
	Top =>
		if(t.s != "(")
			break;
		p.get();
		p.paren++;
		n := p.expr();
		p.paren--;
		p.want(")");
		return n;
	}
	error(t.line, "missing expression");
	return nil;
}

keywords := array[] of {"if", "else", "while", "do", "for", "break", "continue", "return", "exit", "fn", "include"};

iskeyword(s: string): int
{
	for(i := 0; i < len keywords; i++)
		if(s == keywords[i])
			return 1;
	return 0;
}

#
# Names: variables in scopes, constants, functions
#

Var: adt {
	name:	string;
	val:	real;
};

# the scopes of the running function or special form, innermost
# first; globals is searched after them
scopes: list of ref Scope;
Scope: adt {
	vars:	list of ref Var;
};
globals: ref Scope;

Const: adt {
	name:	string;
	val:	real;
};
consts: array of Const;

Fn: adt {
	name:	string;
	params:	list of string;
	body:	ref Node;
};
fns: list of ref Fn;

# the special variables, kept as globals
DEGREES:	con "degrees";
PRINTBASE:	con "printbase";
SOLVELIMIT:	con "solvelimit";
SOLVESTEP:	con "solvestep";

initnames()
{
	consts = array[] of {
		Const("e", math->exp(1.0)),
		Const("Pi", Math->Pi),
		Const("Phi", (1.0 + math->sqrt(5.0))/2.0),
		Const("Gamma", 0.57721566490153286061),
		Const("Infinity", Math->Infinity),
		Const("Nan", Math->NaN),
	};
	globals = ref Scope(nil);
	declare(globals, DEGREES, 0.0);
	declare(globals, PRINTBASE, 10.0);
	declare(globals, SOLVELIMIT, 10000.0);
	declare(globals, SOLVESTEP, 0.1);
	seed = sys->millisec();
}

declare(s: ref Scope, name: string, v: real): ref Var
{
	x := ref Var(name, v);
	s.vars = x :: s.vars;
	return x;
}

findin(s: ref Scope, name: string): ref Var
{
	for(l := s.vars; l != nil; l = tl l)
		if((hd l).name == name)
			return hd l;
	return nil;
}

lookup(name: string): ref Var
{
	for(l := scopes; l != nil; l = tl l)
		if((v := findin(hd l, name)) != nil)
			return v;
	return findin(globals, name);
}

constant(name: string): int
{
	for(i := 0; i < len consts; i++)
		if(consts[i].name == name)
			return i;
	return -1;
}

# current: the innermost scope, where := and new names go
current(): ref Scope
{
	if(scopes != nil)
		return hd scopes;
	return globals;
}

getvar(n: ref Node): real
{
	if((i := constant(n.name)) >= 0)
		return consts[i].val;
	v := lookup(n.name);
	if(v == nil){
		if(strict)
			error(n.line, n.name+" is not declared");
		error(n.line, n.name+" is not defined");
	}
	return v.val;
}

# setvar assigns (or with decl declares) the variable of node n
setvar(n: ref Node, val: real, decl: int)
{
	if(constant(n.name) >= 0)
		error(n.line, n.name+" is a constant");
	if(n.name == PRINTBASE && (val < 2.0 || val > 36.0 || val != math->floor(val)))
		error(n.line, "printbase must be a whole number from 2 to 36");
	v: ref Var;
	if(decl)
		v = findin(current(), n.name);
	else
		v = lookup(n.name);
	if(v == nil){
		if(strict && !decl)
			error(n.line, n.name+" is not declared");
		v = declare(current(), n.name, val);
	}
	v.val = val;
}

special(name: string): real
{
	return findin(globals, name).val;
}

findfn(name: string): ref Fn
{
	for(l := fns; l != nil; l = tl l)
		if((hd l).name == name)
			return hd l;
	return nil;
}

#
# Running statements
#

Normal, Break, Continue, Return, Exit: con iota;
retval: real;		# the value of the last return
retnone := 0;		# the last return had no value

exec(s: ref Node): int
{
	if(s == nil)
		return Normal;
	case s.op {
	"expr" =>
		novalue = 0;
		v := eval(s.l);
		if(shows(s.l) && !(s.l.op == "call" && novalue)){
			out.puts(fmtreal(v, int special(PRINTBASE))+"\n");
			out.flush();
		}
	"block" =>
		for(l := s.kids; l != nil; l = tl l)
			if((r := exec(hd l)) != Normal)
				return r;
	"if" =>
		if(eval(s.l) != 0.0)
			return exec(s.body);
		return exec(s.x);
	"while" =>
		while(eval(s.l) != 0.0){
			r := exec(s.body);
			if(r == Break)
				break;
			if(r == Return || r == Exit)
				return r;
		}
	"do" =>
		do{
			r := exec(s.body);
			if(r == Break)
				break;
			if(r == Return || r == Exit)
				return r;
		}while(eval(s.l) != 0.0);
	"for" =>
		if(s.l != nil)
			eval(s.l);
		while(s.r == nil || eval(s.r) != 0.0){
			r := exec(s.body);
			if(r == Break)
				break;
			if(r == Return || r == Exit)
				return r;
			if(s.x != nil)
				eval(s.x);
		}
	"break" =>
		return Break;
	"continue" =>
		return Continue;
	"return" =>
		if(s.l != nil){
			retval = eval(s.l);
			retnone = 0;
		}else
			retnone = 1;
		return Return;
	"exit" =>
		return Exit;
	"fn" =>
		if(isbuiltin(s.name))
			error(s.line, s.name+" is a built-in function");
		f := findfn(s.name);
		if(f == nil){
			f = ref Fn(s.name, nil, nil);
			fns = f :: fns;
		}
		f.params = s.params;
		f.body = s.body;
	"include" =>
		in := bufio->open(s.name, Bufio->OREAD);
		if(in == nil)
			error(s.line, sys->sprint("cannot open %s: %r", s.name));
		saved := scopes;
		r := run(Lexer.new(in));
		scopes = saved;
		if(r)
			return Exit;
	}
	return Normal;
}

# shows: whether an expression statement prints its value: not for
# assignments, increments and calls of print and read
shows(n: ref Node): int
{
	case n.op {
	"," =>
		return shows(n.r);
	"=" or ":=" or "+=" or "-=" or "*=" or "/=" or "%=" or "**=" or "//=" or
	"&=" or "|=" or "^=" or "<<=" or ">>=" or "++" or "--" or "post++" or "post--" =>
		return 0;
	"call" =>
		return n.name != "print" && n.name != "read";
	}
	return 1;
}

novalue := 0;	# a function called at the top of a statement returned nothing

#
# Evaluating expressions
#

eval(n: ref Node): real
{
	case n.op {
	"num" =>
		return n.val;
	"var" =>
		return getvar(n);
	"str" =>
		error(n.line, "a string is not a value");
	"," =>
		eval(n.l);
		return eval(n.r);
	"?" =>
		if(eval(n.l) != 0.0)
			return eval(n.r);
		return eval(n.x);
	"&&" =>
		if(eval(n.l) == 0.0)
			return 0.0;
		return truth(eval(n.r) != 0.0);
	"||" =>
		if(eval(n.l) != 0.0)
			return 1.0;
		return truth(eval(n.r) != 0.0);
	"call" =>
		return call(n);
	"u!" =>
		return truth(eval(n.l) == 0.0);
	"u~" =>
		return real ~toint(eval(n.l));
	"u+" =>
		return eval(n.l);
	"u-" =>
		return -eval(n.l);
	"fact" =>
		return factorial(eval(n.l));
	"++" or "--" or "post++" or "post--" =>
		v := getvar(n);
		nv := v + 1.0;
		if(n.op[len n.op - 1] == '-')
			nv = v - 1.0;
		setvar(n, nv, 0);
		if(n.op[0] == 'p')
			return v;
		return nv;
	"=" =>
		v := eval(n.r);
		setvar(n, v, 0);
		return v;
	":=" =>
		v := eval(n.r);
		setvar(n, v, 1);
		return v;
	"+=" or "-=" or "*=" or "/=" or "%=" or "**=" or "//=" or "&=" or "|=" or "^=" or "<<=" or ">>=" =>
		a := getvar(n);
		v := arith(n.op[0:len n.op - 1], a, eval(n.r), n.line);
		setvar(n, v, 0);
		return v;
	}
	# the other binary operators evaluate both operands
	return arith(n.op, eval(n.l), eval(n.r), n.line);
}

truth(b: int): real
{
	if(b)
		return 1.0;
	return 0.0;
}

arith(op: string, a, b: real, line: int): real
{
	case op {
	"+" =>	return a + b;
	"-" =>	return a - b;
	"*" =>	return a * b;
	"/" =>	return a / b;
	"%" =>	return math->fmod(a, b);
	"//" =>	return trunc(a / b);
	"**" =>	return power(a, b);
	"<<" =>	return real shift(toint(a), toint(b));
	">>" =>	return real shift(toint(a), -toint(b));
	"&" =>	return real (toint(a) & toint(b));
	"|" =>	return real (toint(a) | toint(b));
	"^" =>	return real (toint(a) ^ toint(b));
	"↑" =>	return truth(!(a != 0.0 && b != 0.0));
	"↓" =>	return truth(!(a != 0.0 || b != 0.0));
	"<" =>	return truth(a < b);
	"<=" =>	return truth(a <= b);
	">" =>	return truth(a > b);
	">=" =>	return truth(a >= b);
	"==" =>	return truth(a == b);
	"!=" =>	return truth(a != b);
	"->" =>	return truth(a == 0.0 || b != 0.0);
	"<-" =>	return truth(a != 0.0 || b == 0.0);
	"<->" =>	return truth((a != 0.0) == (b != 0.0));
	}
	error(line, "unknown operator "+op);
	return 0.0;
}

power(a, b: real): real
{
	# whole powers by squaring, so that 2**10 is exactly 1024
	if(b == math->floor(b) && b >= -1024.0 && b <= 1024.0){
		n := int b;
		if(n < 0)
			n = -n;
		r := 1.0;
		x := a;
		for(; n > 0; n >>= 1){
			if(n & 1)
				r *= x;
			x *= x;
		}
		if(b < 0.0)
			return 1.0 / r;
		return r;
	}
	return math->pow(a, b);
}

trunc(x: real): real
{
	if(isnan(x) || isinf(x))
		return x;
	if(x < 0.0)
		return -math->floor(-x);
	return math->floor(x);
}

isnan(x: real): int
{
	return math->isnan(x);
}

isinf(x: real): int
{
	return !isnan(x) && (x > 1.7976931348623157e308 || x < -1.7976931348623157e308);
}

# toint: x truncated to a 64-bit integer, saturating
toint(x: real): big
{
	if(isnan(x))
		return big 0;
	x = trunc(x);
	if(x >= 9.2233720368547758e18)
		return big 16r7fffffffffffffff;
	if(x <= -9.2233720368547758e18)
		return ~big 16r7fffffffffffffff;
	return big x;
}

shift(a: big, n: big): big
{
	if(n >= big 64 || n <= big -64)
		return big 0;
	if(n >= big 0)
		return a << int n;
	return a >> int -n;
}

# factorial: n! exactly for whole n up to 170, gamma(n+1) otherwise
factorial(n: real): real
{
	if(n == math->floor(n)){
		if(n < 0.0)
			return Math->NaN;
		if(n > 170.0)
			return Math->Infinity;
		r := 1.0;
		for(i := 2; i <= int n; i++)
			r *= real i;
		return r;
	}
	return gamma(n + 1.0);
}

gamma(x: real): real
{
	if(x == math->floor(x)){
		if(x <= 0.0)
			return Math->NaN;
		return factorial(x - 1.0);
	}
	(s, lg) := math->lgamma(x);
	return real s * math->exp(lg);
}

#
# Functions
#

builtins := array[] of {
	"abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "atan2",
	"cbrt", "ceiling", "cos", "cosh", "erf", "exp", "floor", "frac",
	"gamma", "int", "log", "log10", "max", "min", "pow", "rand", "round",
	"sign", "sin", "sinh", "sqrt", "tan", "tanh",
	"sigma", "pi", "integral", "differential", "solve", "print", "read",
};

isbuiltin(name: string): int
{
	for(i := 0; i < len builtins; i++)
		if(builtins[i] == name)
			return 1;
	return 0;
}

call(n: ref Node): real
{
	f := findfn(n.name);
	if(f != nil)
		return callfn(f, n);
	nargs := len n.kids;
	case n.name {
	"sigma" or "pi" or "integral" or "differential" =>
		return special4(n);
	"solve" =>
		return solve(n);
	"print" =>
		return printargs(n);
	"read" =>
		return readvars(n);
	"max" or "min" =>
		if(nargs == 0)
			nargerr(n);
		r := eval(hd n.kids);
		for(l := tl n.kids; l != nil; l = tl l){
			v := eval(hd l);
			if(n.name == "max" && v > r || n.name == "min" && v < r || isnan(v))
				r = v;
		}
		return r;
	"rand" =>
		case nargs {
		0 =>	return random();
		1 =>	return math->floor(random() * eval(hd n.kids));
		}
		nargerr(n);
	"atan2" or "pow" =>
		if(nargs != 2)
			nargerr(n);
		a := eval(hd n.kids);
		b := eval(hd tl n.kids);
		if(n.name == "pow")
			return power(a, b);
		return fromrad(math->atan2(a, b));
	}
	if(!isbuiltin(n.name))
		error(n.line, n.name+" is not a function");
	if(nargs != 1)
		nargerr(n);
	x := eval(hd n.kids);
	case n.name {
	"abs" =>	return math->fabs(x);
	"acos" =>	return fromrad(math->acos(x));
	"acosh" =>	return math->acosh(x);
	"asin" =>	return fromrad(math->asin(x));
	"asinh" =>	return math->asinh(x);
	"atan" =>	return fromrad(math->atan(x));
	"atanh" =>	return math->atanh(x);
	"cbrt" =>	return math->cbrt(x);
	"ceiling" =>	return math->ceil(x);
	"cos" =>	return trig('c', x);
	"cosh" =>	return math->cosh(x);
	"erf" =>	return math->erf(x);
	"exp" =>	return math->exp(x);
	"floor" =>	return math->floor(x);
	"frac" =>	return x - trunc(x);
	"gamma" =>	return gamma(x);
	"int" =>	return trunc(x);
	"log" =>	return math->log(x);
	"log10" =>	return math->log10(x);
	"round" =>
		if(x < 0.0)
			return -math->floor(-x + 0.5);
		return math->floor(x + 0.5);
	"sign" =>
		if(x > 0.0)
			return 1.0;
		if(x < 0.0)
			return -1.0;
		return x;
	"sin" =>	return trig('s', x);
	"sinh" =>	return math->sinh(x);
	"sqrt" =>	return math->sqrt(x);
	"tan" =>	return trig('t', x);
	"tanh" =>	return math->tanh(x);
	}
	return 0.0;
}

nargerr(n: ref Node)
{
	error(n.line, "wrong number of arguments to "+n.name);
}

# trig: sin, cos or tan of x; in degrees, multiples of 30 and 45
# degrees give the exact values (sin 30 is .5)
trig(f: int, x: real): real
{
	if(special(DEGREES) != 0.0 && !isinf(x) && !isnan(x)){
		d := math->fmod(x, 360.0);
		if(d < 0.0)
			d += 360.0;
		s, c: real;
		h := math->sqrt(0.5);
		r3 := math->sqrt(3.0)/2.0;
		exact := 1;
		case int d {
		0 =>	(s, c) = (0.0, 1.0);
		30 =>	(s, c) = (0.5, r3);
		45 =>	(s, c) = (h, h);
		60 =>	(s, c) = (r3, 0.5);
		90 =>	(s, c) = (1.0, 0.0);
		120 =>	(s, c) = (r3, -0.5);
		135 =>	(s, c) = (h, -h);
		150 =>	(s, c) = (0.5, -r3);
		180 =>	(s, c) = (0.0, -1.0);
		210 =>	(s, c) = (-0.5, -r3);
		225 =>	(s, c) = (-h, -h);
		240 =>	(s, c) = (-r3, -0.5);
		270 =>	(s, c) = (-1.0, 0.0);
		300 =>	(s, c) = (-r3, 0.5);
		315 =>	(s, c) = (-h, h);
		330 =>	(s, c) = (-0.5, r3);
		* =>	exact = 0;
		}
		if(exact && d == math->floor(d)){
			case f {
			's' =>	return s;
			'c' =>	return c;
			}
			if(c == 0.0)
				return s / c;	# +-Infinity
			if(d == 45.0 || d == 225.0)
				return 1.0;
			if(d == 135.0 || d == 315.0)
				return -1.0;
			return s / c;
		}
	}
	x = torad(x);
	case f {
	's' =>	return math->sin(x);
	'c' =>	return math->cos(x);
	}
	return math->tan(x);
}

torad(x: real): real
{
	if(special(DEGREES) != 0.0)
		return x * Math->Pi / 180.0;
	return x;
}

fromrad(x: real): real
{
	if(special(DEGREES) != 0.0)
		return x * 180.0 / Math->Pi;
	return x;
}

# callfn runs a function of the program with its parameters in a scope
# of their own; a function that returns no value leaves novalue set
callfn(f: ref Fn, n: ref Node): real
{
	if(len n.kids != len f.params)
		nargerr(n);
	s := ref Scope(nil);
	p := f.params;
	for(l := n.kids; l != nil; l = tl l){
		declare(s, hd p, eval(hd l));
		p = tl p;
	}
	saved := scopes;
	scopes = s :: nil;
	retnone = 1;
	r: int;
	{
		r = exec(f.body);
	}exception{
	"calc:*" =>
		scopes = saved;
		raise;
	}
	scopes = saved;
	if(r == Exit)
		raise EXIT;
	if(r != Return || retnone){
		novalue = 1;
		return 0.0;
	}
	novalue = 0;
	return retval;
}

# bind runs with the variable name bound to each value in turn, in a
# scope of its own in front of the others
Binding: adt {
	saved:	list of ref Scope;
	v:	ref Var;
};

bind(name: string): ref Binding
{
	s := ref Scope(nil);
	b := ref Binding(scopes, declare(s, name, 0.0));
	scopes = s :: scopes;
	return b;
}

unbind(b: ref Binding)
{
	scopes = b.saved;
}

# the variable named by a special form's first argument
varname(n: ref Node, a: ref Node): string
{
	if(a.op != "var")
		error(n.line, n.name+" needs a variable name first");
	return a.name;
}

# special4: sigma(v, from, to, e), pi(v, from, to, e),
# integral(v, from, to, e), differential(v, at, e)
special4(n: ref Node): real
{
	args := array[len n.kids] of ref Node;
	i := 0;
	for(l := n.kids; l != nil; l = tl l)
		args[i++] = hd l;
	want := 4;
	if(n.name == "differential")
		want = 3;
	if(len args != want)
		nargerr(n);
	name := varname(n, args[0]);
	a := eval(args[1]);
	b := 0.0;
	if(want == 4)
		b = eval(args[2]);
	e := args[want-1];
	bd := bind(name);
	r: real;
	{
		case n.name {
		"sigma" =>
			r = 0.0;
			for(x := a; x <= b; x += 1.0){
				bd.v.val = x;
				r += eval(e);
			}
		"pi" =>
			r = 1.0;
			for(x := a; x <= b; x += 1.0){
				bd.v.val = x;
				r *= eval(e);
			}
		"integral" =>
			r = integral(bd.v, e, a, b);
		"differential" =>
			r = differential(bd.v, e, a);
		}
	}exception{
	"calc:*" =>
		unbind(bd);
		raise;
	}
	unbind(bd);
	return r;
}

at(v: ref Var, e: ref Node, x: real): real
{
	v.val = x;
	return eval(e);
}

# integral: adaptive Simpson's rule to about 1e-12 relative
integral(v: ref Var, e: ref Node, a, b: real): real
{
	fa := at(v, e, a);
	fb := at(v, e, b);
	m := (a + b) / 2.0;
	fm := at(v, e, m);
	whole := (b - a) / 6.0 * (fa + 4.0*fm + fb);
	tol := 1e-12 * (math->fabs(whole) + 1e-300);
	if(tol < 1e-15)
		tol = 1e-15;
	return simpson(v, e, a, b, fa, fm, fb, whole, tol, 50);
}

simpson(v: ref Var, e: ref Node, a, b, fa, fm, fb, whole, tol: real, depth: int): real
{
	m := (a + b) / 2.0;
	lm := (a + m) / 2.0;
	rm := (m + b) / 2.0;
	flm := at(v, e, lm);
	frm := at(v, e, rm);
	left := (m - a) / 6.0 * (fa + 4.0*flm + fm);
	right := (b - m) / 6.0 * (fm + 4.0*frm + fb);
	d := left + right - whole;
	if(depth <= 0 || math->fabs(d) <= 15.0*tol)
		return left + right + d/15.0;
	return simpson(v, e, a, m, fa, flm, fm, left, tol/2.0, depth-1) +
		simpson(v, e, m, b, fm, frm, fb, right, tol/2.0, depth-1);
}

# differential: the derivative at x by Ridders' method: central
# differences with shrinking steps, extrapolated to a zero step in a
# Neville tableau; the estimate with the smallest error is kept
differential(v: ref Var, e: ref Node, x: real): real
{
	NTAB: con 10;
	CON: con 2.0;	# halving keeps x+h and x-h exact for most x
	CON2: con CON*CON;
	s := 0.1 * math->fabs(x);
	if(s < 0.1)
		s = 0.1;
	h := 1.0;	# the power of 2 at or above s
	while(h < s)
		h *= 2.0;
	while(h/2.0 >= s)
		h /= 2.0;
	a := array[NTAB] of array of real;
	for(i := 0; i < NTAB; i++)
		a[i] = array[NTAB] of real;
	a[0][0] = (at(v, e, x+h) - at(v, e, x-h)) / (2.0*h);
	best := a[0][0];
	err := Math->Infinity;
	for(i = 1; i < NTAB; i++){
		h /= CON;
		a[0][i] = (at(v, e, x+h) - at(v, e, x-h)) / (2.0*h);
		fac := CON2;
		for(j := 1; j <= i; j++){
			a[j][i] = (a[j-1][i]*fac - a[j-1][i-1]) / (fac - 1.0);
			fac *= CON2;
			e1 := math->fabs(a[j][i] - a[j-1][i]);
			e2 := math->fabs(a[j][i] - a[j-1][i-1]);
			if(e2 > e1)
				e1 = e2;
			if(e1 <= err){
				err = e1;
				best = a[j][i];
			}
		}
		# stop when higher orders make it worse
		if(math->fabs(a[i][i] - a[i-1][i-1]) >= 2.0*err)
			break;
	}
	return best;
}

# solve(v, e): a value of v near its current one (or 0) where e is
# zero. Steps of solvestep either side, up to solvelimit of them, look
# for a change of sign; bisection then narrows it to the last bit.
solve(n: ref Node): real
{
	if(len n.kids != 2)
		nargerr(n);
	name := varname(n, hd n.kids);
	e := hd tl n.kids;
	x0 := 0.0;
	if(constant(name) < 0 && (v := lookup(name)) != nil)
		x0 = v.val;
	step := special(SOLVESTEP);
	limit := int special(SOLVELIMIT);
	if(step <= 0.0)
		error(n.line, "solvestep must be positive");
	bd := bind(name);
	r := Math->NaN;
	{
		f0 := at(bd.v, e, x0);
		if(f0 == 0.0)
			r = x0;
		(lo, flo) := (x0, f0);
		(hi, fhi) := (x0, f0);
		for(k := 1; isnan(r) && k <= limit; k++){
			x := x0 + real k*step;
			fx := at(bd.v, e, x);
			if(fx == 0.0)
				r = x;
			else if(!isnan(fx) && !isnan(fhi) && (fx < 0.0) != (fhi < 0.0))
				r = bisect(bd.v, e, hi, x, fhi);
			(hi, fhi) = (x, fx);
			if(!isnan(r))
				break;
			x = x0 - real k*step;
			fx = at(bd.v, e, x);
			if(fx == 0.0)
				r = x;
			else if(!isnan(fx) && !isnan(flo) && (fx < 0.0) != (flo < 0.0))
				r = bisect(bd.v, e, x, lo, fx);
			(lo, flo) = (x, fx);
		}
	}exception{
	"calc:*" =>
		unbind(bd);
		raise;
	}
	unbind(bd);
	if(isnan(r))
		error(n.line, "no solution found");
	return r;
}

# bisect: a root of e between a and b, where e changes sign; fa is e at a
bisect(v: ref Var, e: ref Node, a, b, fa: real): real
{
	for(;;){
		m := (a + b) / 2.0;
		if(m == a || m == b)
			break;
		fm := at(v, e, m);
		if(fm == 0.0)
			return m;
		if((fm < 0.0) == (fa < 0.0)){
			a = m;
			fa = fm;
		}else
			b = m;
	}
	# the end nearer to zero
	if(math->fabs(at(v, e, b)) < math->fabs(fa))
		return b;
	return a;
}

# print(e or "text", ...): the values and texts separated by blanks
printargs(n: ref Node): real
{
	s := "";
	for(l := n.kids; l != nil; l = tl l){
		if(s != nil)
			s += " ";
		a := hd l;
		if(a.op == "str")
			s += a.name;
		else
			s += fmtreal(eval(a), int special(PRINTBASE));
	}
	out.puts(s+"\n");
	out.flush();
	return 0.0;
}

# read(v, ...): each variable is given the value of the next line of
# standard input, read as an expression; the value is the last one read
readvars(n: ref Node): real
{
	r := 0.0;
	for(l := n.kids; l != nil; l = tl l){
		a := hd l;
		if(a.op != "var")
			error(n.line, "read needs variable names");
		s := stdin.gets('\n');
		if(s == nil)
			error(n.line, "end of input in read");
		p := ref Parser(Lexer.new(bufio->sopen(s)), nil, 0, 0);
		r = eval(p.expr());
		setvar(a, r, 0);
	}
	return r;
}

seed := 1;

# random: uniform in [0, 1), from two steps of a linear congruential
# generator
random(): real
{
	seed = seed*1103515245 + 12345;
	hi := (seed >> 4) & 16r3ffffff;
	seed = seed*1103515245 + 12345;
	lo := (seed >> 4) & 16r7ffffff;
	return (real hi * 134217728.0 + real lo) / 9007199254740992.0;
}

#
# Printing numbers
#

# fmtreal: x in the shortest form that reads back the same (base 10),
# or in another base: the whole part and up to 53 bits of fraction
fmtreal(x: real, base: int): string
{
	if(isnan(x))
		return "NaN";
	if(base == 10 || isinf(x))
		return string x;
	s := "";
	if(x < 0.0){
		s = "-";
		x = -x;
	}
	ip := math->floor(x);
	fp := x - ip;
	d := "";
	do{
		v := int math->fmod(ip, real base);
		d[len d] = "0123456789abcdefghijklmnopqrstuvwxyz"[v];
		ip = math->floor(ip / real base);
	}while(ip >= 1.0);
	for(i := len d - 1; i >= 0; i--)
		s[len s] = d[i];
	if(fp > 0.0){
		s += ".";
		bits := 0;
		for(b := base; b > 1; b >>= 1)
			bits++;
		for(n := 0; fp > 0.0 && n*bits < 53; n++){
			fp *= real base;
			v := int math->floor(fp);
			fp -= real v;
			s[len s] = "0123456789abcdefghijklmnopqrstuvwxyz"[v];
		}
	}
	return s;
}
