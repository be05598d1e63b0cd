# Every kind of token the lexer knows.
implement Lex;

Lex: module {
	init: fn();
};

# identifiers: ASCII, underscores, digits, and any character above U+00A0
ident, _x, x_1, Ünïcödé, αβγ, 日本語, a·b: int;

init()
{
	# integers: decimal, radix 2 to 36 (either case of r and of the digits)
	i := 0;
	i = 123;
	i = 16rFF + 16rff + 16Rff;
	i = 2r1010 + 8r777 + 36rZz + 10r99;
	b := 4294967296;	# too big for int: a big constant
	b = 9223372036854775807;
	# reals
	r := 1.5;
	r = .5;
	r = 5.;
	r = 1e3 + 1E3 + 2.5e-3 + 2.5E+3 + .5e1;
	r = 16r1.8;
	# characters and their escapes
	c := 'a';
	c = '\\' + '\'' + '"' + '\a' + '\b' + '\f' + '\n' + '\r' + '\t' + '\v' + '\0';
	c = '\u00e9' + 'é' + '日' + '\uFFFD';
	# strings, escaped and raw
	s := "plain";
	s = "esc: \\ \" \' \a\b\f\n\r\t\v\0 \u263a done";
	s = `raw \n is two characters,
and this string spans
three lines`;
	s = "";
	s = ``;
	s = "utf-8: ☺ 日本語";
	# a comment at the end of a line
}	# and after a brace
