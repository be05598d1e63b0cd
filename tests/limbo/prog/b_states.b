# Mutual recursion through function references: a scanner whose states
# are functions kept in a global array, each handing over to the next
# state by calling through the array; the table is filled at run time
# and one entry replaced to change the behaviour.
implement BStates;

include "sys.m";
	sys: Sys;
include "draw.m";

BStates: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

State: type ref fn(s: string, i: int, tok, out: string): string;

Start, Word, Num, Nstate: con iota;

states: array of State;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	states = array[Nstate] of State;
	states[Start] = start;
	states[Word] = word;
	states[Num] = num;
	inputs := array[] of {"ab12cd345", "  x 9 yz  ", "", "42"};
	for(i := 0; i < len inputs; i++)
		sys->print("%q -> %s\n", inputs[i], scan(inputs[i]));
	states[Num] = numsum;
	sys->print("sums -> %s\n", scan("a123b45"));
}

scan(s: string): string
{
	return states[Start](s, 0, "", "");
}

class(c: int): int
{
	if(c >= '0' && c <= '9')
		return Num;
	if(c >= 'a' && c <= 'z')
		return Word;
	return Start;
}

emit(out, kind, tok: string): string
{
	if(tok == "")
		return out;
	return out + kind + "(" + tok + ")";
}

start(s: string, i: int, nil, out: string): string
{
	if(i == len s)
		return out;
	k := class(s[i]);
	if(k == Start)
		return start(s, i+1, "", out);
	return states[k](s, i, "", out);
}

word(s: string, i: int, tok, out: string): string
{
	if(i < len s && class(s[i]) == Word)
		return word(s, i+1, tok + s[i:i+1], out);
	return states[Start](s, i, "", emit(out, "W", tok));
}

num(s: string, i: int, tok, out: string): string
{
	if(i < len s && class(s[i]) == Num)
		return num(s, i+1, tok + s[i:i+1], out);
	return states[Start](s, i, "", emit(out, "N", tok));
}

# digits summed instead of kept
numsum(s: string, i: int, tok, out: string): string
{
	if(tok == "")
		tok = "0";
	if(i < len s && class(s[i]) == Num)
		return numsum(s, i+1, string (int tok + s[i] - '0'), out);
	return states[Start](s, i, "", emit(out, "S", tok));
}
