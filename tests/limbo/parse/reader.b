# A generic reader over any source with getc/ungetc, in the style of
# Inferno's library code: an adt with a type parameter and a
# constraint whose functions take self, a member function with its
# own type parameter, a local type naming an instantiation, ref *r,
# tagof on a variant type, and arms written on one line.
implement Reader;

Reader: module {
	Tok: adt {
		pick {
		Word =>
			s: string;
		Num =>
			n: int;
		End =>
		}
		scan: fn[T](src: T): list of ref Tok
			for { T => getc: fn(s: self T): int; ungetc: fn(s: self T); };
		isend: fn(t: self ref Tok): int;
		dup: fn(t: self ref Tok): ref Tok;
	};
	Str: adt {
		s: string;
		i: int;
		getc: fn(s: self ref Str): int;
		ungetc: fn(s: self ref Str);
	};
	init: fn();
};

Bad: exception(string, int);

Rd: adt[T]
	for {
	T =>
		getc: fn(s: self T): int;
		ungetc: fn(s: self T);
	}
{
	src: T;
	line: int;

	next: fn(r: self ref Rd[T]): ref Tok raises (Bad);
	skip: fn(r: self ref Rd[T]): int;
};

Tok.scan[T](src: T): list of ref Tok
	for { T => getc: fn(s: self T): int; ungetc: fn(s: self T); }
{
	r := ref Rd[T](src, 1);
	toks: list of ref Tok;
	{
		while(!(t := r.next()).isend())
			toks = t :: toks;
	}exception e {
	Bad =>	(msg, line) := e; toks = ref Tok.Word(msg + " at " + string line) :: toks;
	}
	rl: list of ref Tok;
	for(; toks != nil; toks = tl toks)
		rl = hd toks :: rl;
	return rl;
}

Rd[T].skip(r: self ref Rd[T]): int
{
	while((c := r.src.getc()) == ' ' || c == '\n')
		if(c == '\n')
			r.line++;
		else
			{}
	return c;
}

Rd[T].next(r: self ref Rd[T]): ref Tok raises (Bad)
{
	c := r.skip();
	case c {
	-1 =>	return ref Tok.End;
	'0' to '9' =>
		n := 0;
		for(; c >= '0' && c <= '9'; c = r.src.getc())
			n = n * 10 + c - '0';
		r.src.ungetc();
		return ref Tok.Num(n);
	'a' to 'z' or 'A' to 'Z' or '_' =>
		s := "";
		for(; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'; c = r.src.getc())
			s[len s] = c;
		r.src.ungetc();
		return ref Tok.Word(s);
	* =>	raise Bad("unexpected character", r.line);
	}
}

Tok.isend(t: self ref Tok): int
{
	return tagof t == tagof Tok.End;
}

Tok.dup(t: self ref Tok): ref Tok
{
	return ref *t;
}

Str.getc(s: self ref Str): int
{
	if(s.i >= len s.s)
		return -1;
	return s.s[s.i++];
}

Str.ungetc(s: self ref Str)
{
	if(s.i > 0)
		s.i--;
}

init()
{
	strs: type Rd[ref Str];
	r := ref strs(ref Str("x 12 y", 0), 1);
	t := r.next();
	l := Tok.scan(ref Str("a b 3", 0));
	n := len l;
}
