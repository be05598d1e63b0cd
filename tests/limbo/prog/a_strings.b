implement Astrings;

# strings: concatenation, len in characters, s[i] as an int, ordering
# and equality by value, nil equal to "", escapes and raw strings

include "sys.m";
	sys: Sys;
include "draw.m";

Astrings: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	s := "hello";
	t := s + ", " + "world";
	sys->print("%s %d\n", t, len t);
	sys->print("%c%c %d\n", s[0], s[4], s[1]);
	r := "";
	for(i := len s - 1; i >= 0; i--)
		r += s[i:i+1];
	sys->print("%s\n", r);

	sys->print("%d %d %d %d %d\n", "abc" < "abd", "ab" < "abc", "" < "a", "B" < "a", "b" > "abc");
	a := "abc";
	b := "ab";
	sys->print("%d %d %d %d %d\n", a == "abc", a != "ABC", a >= a, a <= b, b + "c" == a);
	sys->print("%d %d\n", "é" > "z", "\u0041" == "A");

	n: string;
	e := "";
	sys->print("%d %d %d %d %d\n", n == nil, n == "", len n, e == nil, n < "a");
	sys->print("%s|%d\n", n + "x", n + "x" == "x");
	sys->print("%d %d\n", n + n == nil, len (n + n));

	u := "héllo";
	sys->print("%d %d %c\n", len u, u[1], u[1]);

	digits := "";
	for(i = 0; i < 10; i++)
		digits += string i;
	sys->print("%s %d\n", digits, len digits);

	q := "say \"hi\"";
	sys->print("%s %d\n", q, len q);
	sys->print("%d %d %d %d\n", len "\t", "\\"[0], len "\n\r\a\b\f\v\0", '\'');
	raw := `a\nb`;
	sys->print("%s %d\n", raw, len raw);
	ml := `one
two`;
	sys->print("%d %d\n", len ml, ml[3]);

	# characters of a string counted by kind
	text := "Hello, World 42!";
	up := 0;
	lo := 0;
	dg := 0;
	for(i = 0; i < len text; i++){
		c := text[i];
		if(c >= 'A' && c <= 'Z')
			up++;
		else if(c >= 'a' && c <= 'z')
			lo++;
		else if(c >= '0' && c <= '9')
			dg++;
	}
	sys->print("%d %d %d\n", up, lo, dg);
}
