implement Astrslice;

# string slices s[i:j], s[i:], s[:j]: copies, not views; empty slices
# are nil; slices of slices; splitting a string with them

include "sys.m";
	sys: Sys;
include "draw.m";

Astrslice: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

split(s: string, sep: int): list of string
{
	fields: list of string;
	end := len s;
	for(i := len s - 1; i >= 0; i--)
		if(s[i] == sep){
			fields = s[i+1:end] :: fields;
			end = i;
		}
	return s[0:end] :: fields;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	s := "abcdefgh";
	sys->print("%s %s %s\n", s[2:5], s[:3], s[5:]);
	sys->print("%d %d %d\n", len s[0:0], s[8:] == nil, s[3:3] == "");
	sys->print("%s %s\n", s[0:len s], s[2:][1:3]);

	t := s[1:4];
	t[0] = 'X';
	sys->print("%s %s\n", t, s);

	u := "héllo wörld";
	sys->print("%s %s %d\n", u[1:3], u[6:], len u[6:]);

	i := 2;
	j := 6;
	sys->print("%s %s %s\n", s[i:j], s[i+1:j-1], s[j:]);

	for(l := split("a,bb,,ccc", ','); l != nil; l = tl l)
		sys->print("%q ", hd l);
	sys->print("\n");
	for(l = split("", ','); l != nil; l = tl l)
		sys->print("%q ", hd l);
	sys->print("\n");
	for(l = split(",x,", ','); l != nil; l = tl l)
		sys->print("%q ", hd l);
	sys->print("\n");

	# trim blanks from both ends
	p := "   padded text  ";
	a := 0;
	while(a < len p && p[a] == ' ')
		a++;
	b := len p;
	while(b > a && p[b-1] == ' ')
		b--;
	sys->print("[%s] %d %d\n", p[a:b], a, b);
}
