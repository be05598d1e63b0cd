implement Atagof;

# tagof of a pick variant's type name is a constant: usable as a case
# label and compared with tagof of values

include "sys.m";
	sys: Sys;
include "draw.m";

Atagof: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Tok: adt {
	pick {
	Num =>
		v:	int;
	Word =>
		s:	string;
	Space or Tab =>
	}
};

name(t: ref Tok): string
{
	case tagof t {
	tagof Tok.Num =>
		return "num";
	tagof Tok.Word =>
		return "word";
	tagof Tok.Space or tagof Tok.Tab =>
		return "blank";
	}
	return "?";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	sys->print("%d %d %d %d\n", tagof Tok.Num, tagof Tok.Word, tagof Tok.Space, tagof Tok.Tab);
	toks := array[] of {ref Tok.Word("x"), ref Tok.Tab(), ref Tok.Num(3), ref Tok.Space()};
	for(i := 0; i < len toks; i++)
		sys->print("%s %d\n", name(toks[i]), tagof toks[i] == tagof Tok.Num);
}
