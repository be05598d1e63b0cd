implement Test;

# test expression: an empty status if the expression is true, "false"
# if not. A recursive descent over the argument words:
#	expr:	and [-o expr]
#	and:	not [-a and]
#	not:	! not | primary
#	primary:	( expr ) | word binop word | unop word | -t [fd] | word

include "sys.m";
	sys: Sys;
include "draw.m";
include "daytime.m";

Test: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

words: array of string;
pos: int;

# A syntax error is raised as the string "syntax:MESSAGE": it crosses
# several calls, and a typed exception is caught as typed only in the
# raising function or its direct caller (limbo-lang.md).

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	if(argv != nil)
		argv = tl argv;
	if(argv == nil)
		raise "fail:usage";
	words = array[len argv] of string;
	for(i := 0; argv != nil; argv = tl argv)
		words[i++] = hd argv;
	pos = 0;
	v: int;
	{
		v = expr();
		if(pos < len words)
			raise "syntax:unexpected " + words[pos];
	}exception e{
	"syntax:*" =>
		sys->fprint(sys->fildes(2), "test: bad syntax: %s\n", e[len "syntax:":]);
		raise "fail:bad syntax";
	}
	if(!v)
		raise "fail:false";
}

expr(): int
{
	v := and();
	if(pos < len words && words[pos] == "-o"){
		pos++;
		w := expr();
		v = v || w;
	}
	return v;
}

and(): int
{
	v := not();
	if(pos < len words && words[pos] == "-a"){
		pos++;
		w := and();
		v = v && w;
	}
	return v;
}

not(): int
{
	if(pos < len words && words[pos] == "!"){
		pos++;
		return !not();
	}
	return primary();
}

primary(): int
{
	if(pos >= len words)
		raise "syntax:argument expected";
	w := words[pos++];
	if(pos+1 <= len words - 1 && isbinop(words[pos])){
		op := words[pos];
		b := words[pos+1];
		pos += 2;
		return binary(w, op, b);
	}
	if(w == "("){
		v := expr();
		if(pos >= len words || words[pos] != ")")
			raise "syntax:missing )";
		pos++;
		return v;
	}
	if(w == "-t"){
		fd := 1;
		if(pos < len words && isnumber(words[pos]))
			fd = int words[pos++];
		return iscons(fd);
	}
	if(isunop(w) && pos < len words)
		return unary(w, words[pos++]);
	return w != nil;
}

isbinop(s: string): int
{
	case s {
	"=" or "!=" or "-eq" or "-ne" or "-gt" or "-lt" or "-ge" or "-le" or
	"-nt" or "-ot" or "-older" =>
		return 1;
	}
	return 0;
}

isunop(s: string): int
{
	case s {
	"-f" or "-d" or "-e" or "-r" or "-w" or "-x" or "-s" or "-A" or "-L" or
	"-T" or "-n" or "-z" =>
		return 1;
	}
	return 0;
}

unary(op, a: string): int
{
	case op {
	"-n" =>
		return a != nil;
	"-z" =>
		return a == nil;
	"-r" =>
		return sys->open(a, Sys->OREAD) != nil;
	"-w" =>
		return sys->open(a, Sys->OWRITE) != nil;
	}
	(ok, d) := sys->stat(a);
	if(ok < 0)
		return 0;
	case op {
	"-f" =>
		return (d.mode & Sys->DMDIR) == 0;
	"-d" =>
		return (d.mode & Sys->DMDIR) != 0;
	"-x" =>
		return (d.mode & 8r111) != 0;
	"-s" =>
		return d.length > big 0;
	"-A" =>
		return (d.mode & Sys->DMAPPEND) != 0;
	"-L" =>
		return (d.mode & Sys->DMEXCL) != 0;
	"-T" =>
		return (d.mode & Sys->DMTMP) != 0;
	}
	return 1;	# -e
}

binary(a, op, b: string): int
{
	case op {
	"=" =>
		return a == b;
	"!=" =>
		return a != b;
	"-nt" or "-ot" =>
		(ok1, d1) := sys->stat(a);
		(ok2, d2) := sys->stat(b);
		if(ok1 < 0 || ok2 < 0)
			return 0;
		if(op == "-nt")
			return d1.mtime > d2.mtime;
		return d1.mtime < d2.mtime;
	"-older" =>
		age := parseage(a);
		(ok, d) := sys->stat(b);
		if(ok < 0)
			return 0;
		return now() - d.mtime > age;
	}
	x := number(a);
	y := number(b);
	case op {
	"-eq" =>
		return x == y;
	"-ne" =>
		return x != y;
	"-gt" =>
		return x > y;
	"-lt" =>
		return x < y;
	"-ge" =>
		return x >= y;
	}
	return x <= y;	# -le
}

# an unsigned decimal integer
number(s: string): big
{
	if(!isnumber(s))
		raise "syntax:" + s + ": not a number";
	return big s;
}

isnumber(s: string): int
{
	if(s == nil)
		return 0;
	for(i := 0; i < len s; i++)
		if(s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

# an age such as 1y2M3d4h5m6s (M months of 30 days) or plain seconds
parseage(s: string): int
{
	if(s == nil)
		raise "syntax:empty age";
	age := 0;
	n := -1;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= '0' && c <= '9'){
			if(n < 0)
				n = 0;
			n = 10*n + c - '0';
			continue;
		}
		if(n < 0)
			raise "syntax:" + s + ": bad age";
		case c {
		'y' =>
			n *= 365*24*60*60;
		'M' =>
			n *= 30*24*60*60;
		'd' =>
			n *= 24*60*60;
		'h' =>
			n *= 60*60;
		'm' =>
			n *= 60;
		's' =>
			;
		* =>
			raise "syntax:" + s + ": bad age";
		}
		age += n;
		n = -1;
	}
	if(n >= 0)
		age += n;
	return age;
}

now(): int
{
	daytime := load Daytime Daytime->PATH;
	if(daytime == nil){
		sys->fprint(sys->fildes(2), "test: cannot load %s: %r\n", Daytime->PATH);
		raise "fail:bad module";
	}
	return daytime->now();
}

# is fd open on the console?
iscons(fd: int): int
{
	f := sys->fildes(fd);
	if(f == nil)
		return 0;
	(ok, d) := sys->fstat(f);
	return ok >= 0 && d.dtype == 'c' && d.name == "cons";
}
