implement Test;

# Tests of String: classes, splits, case, numbers, quoting.

include "sys.m";
	sys: Sys;
include "draw.m";
include "string.m";
	str: String;

Test: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	str = load String String->PATH;
	if(str == nil){
		sys->print("cannot load %s: %r\n", String->PATH);
		raise "fail:load";
	}
	classes();
	splits();
	cases();
	numbers();
	lists();
	quoting();
}

q(s: string): string
{
	if(s == nil)
		return "nil";
	return "[" + s + "]";
}

pair(p: (string, string))
{
	(a, b) := p;
	sys->print("%s%s ", q(a), q(b));
}

nl()
{
	sys->print("\n");
}

classes()
{
	sys->print("classes\n");
	tests := array[] of {
		("a-z", "amz@A"),
		("^a-z", "amz@A"),
		("-az", "-ab"),
		("az-", "-ab"),
		("^", "^a"),
		("", "a"),
		("a-cx-z0-9", "bxy5d-"),
		("^ \t\n", "a \t"),
		("α-ω", "βa"),
	};
	for(i := 0; i < len tests; i++){
		(cl, cs) := tests[i];
		s := "";
		for(j := 0; j < len cs; j++)
			s[len s] = '0' + str->in(cs[j], cl);
		sys->print("%s ", s);
	}
	nl();
}

splits()
{
	sys->print("splits\n");
	pair(str->splitl("hello world", " "));
	pair(str->splitl("hello", " "));
	pair(str->splitl(" x", " "));
	pair(str->splitl("", " "));
	nl();
	pair(str->splitr("/a/b/c", "/"));
	pair(str->splitr("abc", "/"));
	pair(str->splitr("abc/", "/"));
	nl();
	sys->print("%s %s %s ", q(str->drop("  \tx y", " \t")), q(str->drop("aaa", "a")), q(str->drop("", "a")));
	sys->print("%s %s %s\n", q(str->take("123abc", "0-9")), q(str->take("abc", "0-9")), q(str->take("42", "0-9")));
	pair(str->splitstrl("a::b::c", "::"));
	pair(str->splitstrl("abc", "::"));
	pair(str->splitstrl("abc", ""));
	pair(str->splitstrl("ab", "abc"));
	nl();
	pair(str->splitstrr("a::b::c", "::"));
	pair(str->splitstrr("abc", "::"));
	pair(str->splitstrr("::", "::"));
	nl();
	sys->print("%d %d %d %d %d\n", str->prefix("ab", "abc"), str->prefix("abc", "ab"),
		str->prefix("", "x"), str->prefix("x", ""), str->prefix("ab", "ab"));
}

cases()
{
	sys->print("cases\n");
	sys->print("%s %s %s\n", str->tolower("Hello, WORLD 1é"), str->toupper("Hello, world zé"), q(str->tolower("")));
}

int1(s: string, base: int)
{
	(n, r) := str->toint(s, base);
	sys->print("%d%s ", n, q(r));
}

big1(s: string, base: int)
{
	(n, r) := str->tobig(s, base);
	sys->print("%bd%s ", n, q(r));
}

numbers()
{
	sys->print("numbers\n");
	int1("123abc", 10);
	int1("  -42", 10);
	int1("+7 ", 10);
	int1("abc", 10);
	int1("", 10);
	int1("-", 10);
	int1("ff", 16);
	int1("0xFFg", 16);
	int1("zz", 36);
	int1("777", 8);
	int1("789", 8);
	int1("101102", 2);
	nl();
	int1("0x1f", 0);
	int1("017", 0);
	int1("19", 0);
	int1("0", 0);
	int1("0x", 0);
	int1("08", 0);
	int1("12", 1);
	int1("12", 37);
	nl();
	int1("2147483647", 10);
	int1("2147483648", 10);
	int1("-2147483648", 10);
	int1("-2147483649x", 10);
	int1("99999999999999", 10);
	nl();
	big1("9223372036854775807", 10);
	big1("9223372036854775808", 10);
	big1("-9223372036854775808", 10);
	big1("-12345678901234z", 10);
	big1("7fffffffffffffff", 16);
	big1("q", 10);
	nl();
}

lists()
{
	sys->print("lists\n");
	l := str->append("c", "a" :: "b" :: nil);
	l = str->append("d", l);
	for(; l != nil; l = tl l)
		sys->print("%s ", hd l);
	l = str->append("x", nil);
	sys->print("%d %s\n", len l, hd l);
}

words(l: list of string)
{
	sys->print("%d:", len l);
	for(; l != nil; l = tl l)
		sys->print(" %s", q(hd l));
	nl();
}

quoting()
{
	sys->print("quoting\n");
	sys->print("%s\n", str->quoted("a" :: "b c" :: "" :: "it's" :: "x=y" :: "*.b" :: "$x" :: "plain" :: nil));
	sys->print("%s\n", str->quoted(nil));
	sys->print("%s\n", str->quotedc("a b" :: "x=y" :: "a.b" :: "'" :: nil, "."));
	words(str->unquoted("a 'b c' '' 'it''s' x=y"));
	words(str->unquoted("  lead\tand\ntrail  "));
	words(str->unquoted("a'b c'd e''f"));
	words(str->unquoted("'unterminated q"));
	words(str->unquoted(""));
	words(str->unquoted(str->quoted("one" :: "two words" :: "" :: "'" :: nil)));
}
