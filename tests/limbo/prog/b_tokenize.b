# sys->tokenize: runs of delimiters, leading and trailing delimiters,
# several delimiter characters, a string without delimiters, empty
# input and input of only delimiters (0, nil), non-ASCII text and
# delimiters; the count and the tokens in order.
implement BTokenize;

include "sys.m";
	sys: Sys;
include "draw.m";

BTokenize: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	show("a b  c", " ");
	show("  x  ", " ");
	show("a,b;c d", ",; ");
	show("", ",");
	show(",,,", ",");
	show("αβγ→δ→→ε", "→");
	show("one\ttwo\nthree", " \t\n");
	show("nodelim", ",");
	show("path/to//file/", "/");
	(n, l) := sys->tokenize("k=v", "=");
	sys->print("pair %d %s %s nil %d\n", n, hd l, hd tl l, tl tl l == nil);
	(n, l) = sys->tokenize(nil, " ");
	sys->print("nil input %d %d\n", n, l == nil);
}

show(s, delim: string)
{
	(n, l) := sys->tokenize(s, delim);
	out := "";
	for(; l != nil; l = tl l)
		out += "[" + hd l + "]";
	sys->print("%d %s\n", n, out);
}
