implement Astrassign;

# assigning characters: s[i] = c replaces, s[len s] = c appends; a
# string is a value, so copies, parameters and other holders never see
# the change; assignment through array elements and adt fields

include "sys.m";
	sys: Sys;
include "draw.m";

Astrassign: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Rec: adt {
	name:	string;
	n:	int;
};

g := "global";

shout(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'a' && s[i] <= 'z')
			s[i] = s[i] - 'a' + 'A';
	return s;
}

setg()
{
	g[0] = 'G';
	g[len g] = '!';
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	s := "cat";
	s[0] = 'b';
	sys->print("%s\n", s);
	s[len s] = 's';
	sys->print("%s %d\n", s, len s);
	t := s;
	t[0] = 'r';
	sys->print("%s %s\n", t, s);

	s[1] = 'ä';
	sys->print("%s %d %d\n", s, len s, s[1]);
	s[1] = 'a';
	sys->print("%s %d\n", s, s == "bats");
	s[3] = 'Ω';
	s[len s] = '!';
	sys->print("%s %d\n", s, len s);

	b := "";
	for(c := 'a'; c <= 'e'; c++)
		b[len b] = c;
	sys->print("%s\n", b);
	n: string;
	n[0] = 'x';
	sys->print("%s %d\n", n, len n);

	w := "hello world";
	sys->print("%s %s\n", shout(w), w);
	setg();
	sys->print("%s\n", g);

	names := array[] of {"alpha", "beta"};
	names[1][0] = 'B';
	names[0][len names[0]] = 's';
	sys->print("%s %s\n", names[0], names[1]);
	r := Rec("rec", 1);
	r.name[0] = 'R';
	rr := ref Rec("ref", 2);
	alias := rr;
	rr.name[2] = 'd';
	sys->print("%s %s %s\n", r.name, rr.name, alias.name);
}
