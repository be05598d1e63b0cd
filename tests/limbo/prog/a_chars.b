implement Achars;

# character constants and escapes (their values as ints), \u escapes in
# characters and strings, characters beyond the BMP, arithmetic on
# characters, identifiers with non-ASCII letters, raw strings

include "sys.m";
	sys: Sys;
include "draw.m";

Achars: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	sys->print("%d %d %d %d %d %d %d\n", 'a', '\n', '\t', '\\', '\'', '"', '\0');
	sys->print("%d %d %d %d %d\n", '\a', '\b', '\f', '\r', '\v');
	sys->print("%d %d %d %d %d\n", '\u00e9', 'é', '€', '\u0041' == 'A', '😀');
	sys->print("%d %d %d\n", len "\"", "\u20ac" == "€", len "\u00e9\u00e8");

	café := 3;
	naïve := café * 2;
	δ := naïve - café;
	sys->print("%d %d %d\n", café, naïve, δ);

	sys->print("%d %d %c%c\n", 'a' + 1, 'z' - 'a', 'a' + 2, 'Z' - 1);
	s := "";
	for(i := 0; i < 26; i += 5)
		s[len s] = 'a' + i;
	sys->print("%s\n", s);

	up := "";
	src := "Hello, Wörld!";
	for(i = 0; i < len src; i++){
		c := src[i];
		if(c >= 'a' && c <= 'z')
			c += 'A' - 'a';
		up[len up] = c;
	}
	sys->print("%s\n", up);

	raw := `"\n"`;
	sys->print("%s %d %c\n", raw, len raw, raw[1]);
	e := "😀x";
	sys->print("%d %d %c %x\n", len e, e[1], e[0], e[0]);
}
