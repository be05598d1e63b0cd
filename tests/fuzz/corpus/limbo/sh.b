implement Minish;

# A shell-ish command line parser: words, quotes, pipes, redirections
# and lists, into a tree of pick adts, then printed back.

	sys: Sys;
	print, sprint: import sys;

Minish: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
	parse:	fn(s: string): (ref Cmd, string);
};

Cmd: adt {
	pick {
	Simple =>
		words:	list of string;
		redirs:	list of ref Redir;
	Pipe or Seq or And =>
		left, right:	cyclic ref Cmd;
	Async =>
		cmd:	cyclic ref Cmd;
	}
	text:	fn(c: self ref Cmd): string;
};

Redir: adt {
	kind:	int;
	file:	string;
};

Lex: adt {
	s:	string;
	i:	int;
	tok:	int;
	word:	string;

	new:	fn(s: string): ref Lex;
	next:	fn(l: self ref Lex): int;
};

Word, Pipe, Semi, Amp, AndAnd, Lt, Gt, Append, Eof: con iota + 16r100;
Badsyntax: exception(string, int);

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	for(argv = tl argv; argv != nil; argv = tl argv){
		(c, err) := parse(hd argv);
		if(err != nil)
			print("error: %s\n", err);
		else
			print("%s\n", c.text());
	}
}

parse(s: string): (ref Cmd, string)
{
	l := Lex.new(s);
	{
		l.next();
		c := seq(l);
		if(l.tok != Eof)
			raise Badsyntax("unexpected token", l.i);
		return (c, nil);
	} exception e {
	Badsyntax =>
		(msg, at) := e;
		return (nil, sprint("%s at %d", msg, at));
	"fail:*" =>
		return (nil, e);
	}
}

seq(l: ref Lex): ref Cmd
{
	left := andand(l);
	for(;;){
		case l.tok {
		Semi =>
			l.next();
			if(l.tok == Eof)
				return left;
			left = ref Cmd.Seq(left, andand(l));
		Amp =>
			l.next();
			left = ref Cmd.Async(left);
			if(l.tok == Eof)
				return left;
		* =>
			return left;
		}
	}
}

andand(l: ref Lex): ref Cmd
{
	left := pipe(l);
	while(l.tok == AndAnd){
		l.next();
		left = ref Cmd.And(left, pipe(l));
	}
	return left;
}

pipe(l: ref Lex): ref Cmd
{
	left := simple(l);
	while(l.tok == Pipe){
		l.next();
		left = ref Cmd.Pipe(left, simple(l));
	}
	return left;
}

simple(l: ref Lex): ref Cmd
{
	words: list of string;
	redirs: list of ref Redir;
Loop:
	for(;;){
		t := l.tok;
		case t {
		Word =>
			words = l.word :: words;
		Lt to Append =>
			l.next();
			if(l.tok != Word)
				raise Badsyntax("missing file name", l.i);
			redirs = ref Redir(t, l.word) :: redirs;
		* =>
			break Loop;
		}
		l.next();
	}
	if(words == nil)
		raise Badsyntax("empty command", l.i);
	return ref Cmd.Simple(rev(words), redirs);
}

rev[T](l: list of T): list of T
{
	r: list of T;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

Lex.new(s: string): ref Lex
{
	return ref Lex(s, 0, Eof, nil);
}

Lex.next(l: self ref Lex): int
{
	while(l.i < len l.s && (l.s[l.i] == ' ' || l.s[l.i] == '\t'))
		l.i++;
	if(l.i >= len l.s)
		return l.tok = Eof;
	c := l.s[l.i++];
	case c {
	'|' =>
		l.tok = Pipe;
	';' =>
		l.tok = Semi;
	'&' =>
		if(l.i < len l.s && l.s[l.i] == '&'){
			l.i++;
			l.tok = AndAnd;
		}else
			l.tok = Amp;
	'<' =>
		l.tok = Lt;
	'>' =>
		l.tok = Gt;
		if(l.i < len l.s && l.s[l.i] == '>'){
			l.i++;
			l.tok = Append;
		}
	'\'' =>
		w := "";
		for(;;){
			if(l.i >= len l.s)
				raise Badsyntax("unterminated quote", l.i);
			if((c = l.s[l.i++]) == '\''){
				if(l.i >= len l.s || l.s[l.i] != '\'')
					break;
				l.i++;
			}
			w[len w] = c;
		}
		l.word = w;
		l.tok = Word;
	* =>
		start := l.i - 1;
		while(l.i < len l.s && !special(l.s[l.i]))
			l.i++;
		l.word = l.s[start:l.i];
		l.tok = Word;
	}
	return l.tok;
}

special(c: int): int
{
	for(s := " \t|;&<>'"; s != nil; s = s[1:])
		if(s[0] == c)
			return 1;
	return 0;
}

Cmd.text(c: self ref Cmd): string
{
	pick d := c {
	Simple =>
		s := "";
		for(w := d.words; w != nil; w = tl w)
			s += " " + hd w;
		for(r := d.redirs; r != nil; r = tl r)
			s += sprint(" %s%s", (array[] of {"<", ">", ">>"})[(hd r).kind - Lt], (hd r).file);
		return "(" + s[1:] + ")";
	Pipe =>
		return d.left.text() + " | " + d.right.text();
	Seq =>
		return d.left.text() + "; " + d.right.text();
	And =>
		return d.left.text() + " && " + d.right.text();
	Async =>
		return d.cmd.text() + " &";
	}
	return nil;
}
