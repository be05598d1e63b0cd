implement Aunicode;

# strings of non-ASCII characters: lengths in characters and in UTF-8
# bytes, indexing, slicing, ordering, replacing an ASCII character by a
# wide one, characters beyond U+FFFF, case on characters, reversal

include "sys.m";
	sys: Sys;
include "draw.m";

Aunicode: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

reverse(s: string): string
{
	r := "";
	for(i := len s - 1; i >= 0; i--)
		r[len r] = s[i];
	return r;
}

script(c: int): string
{
	case c {
	'a' to 'z' or 'A' to 'Z' =>
		return "latin";
	16r3040 to 16r30FF =>
		return "kana";
	16r4E00 to 16r9FFF =>
		return "han";
	16r1F600 to 16r1F64F =>
		return "emoji";
	}
	return "other";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	s := "日本語テキスト";
	sys->print("%d %d %d %x\n", len s, len array of byte s, s[0], s[3]);
	sys->print("%s|%s|%s\n", s[1:3], s[3:], reverse(s));
	sys->print("%d %d %d\n", "日" > "z", "é" < "ê", "日本" < "日本語");

	a := "abc";
	a[1] = '日';
	sys->print("%s %d %d\n", a, len a, len array of byte a);
	a[1] = 'b';
	sys->print("%s %d %d\n", a, len a, len array of byte a);

	t := "";
	t[len t] = 16r1F600;
	t[len t] = 'x';
	t[len t] = 16r10FFFF;
	sys->print("%d %d %x %d\n", len t, len array of byte t, t[2], t[1]);

	mixed := "Go 日本 😀!";
	kinds := "";
	for(i := 0; i < len mixed; i++)
		kinds += script(mixed[i])[0:1];
	sys->print("%s %d\n", kinds, len mixed);
	sys->print("%s\n", reverse(mixed));
}
