implement Test;

# Tests of Regex: the syntax, leftmost-longest matching, groups,
# anchors and newlines, executese's range and flags, diagnostics.

include "sys.m";
	sys: Sys;
include "draw.m";
include "regex.m";
	regex: Regex;

Test: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	regex = load Regex Regex->PATH;
	if(regex == nil){
		sys->print("cannot load %s: %r\n", Regex->PATH);
		raise "fail:load";
	}
	sys->print("matches\n");
	tests := array[] of {
		("abc", "xxabcxx"),
		("a*", "baaa"),
		("a+", "baaa"),
		("a|ab", "abc"),
		("(a|ab)(c|bcd)", "abcd"),
		("x*", ""),
		("^abc", "xabc"),
		("^abc", "abc"),
		("c$", "abc"),
		("b$", "abc"),
		("a.c", "abc a\nc"),
		("a.c", "a\nc"),
		("[a-c]+", "xxcabz"),
		("[^a-c]+", "abxy\nz"),
		("(a)|b", "b"),
		("(a)(b)?", "a"),
		("((a)b)+", "ababx"),
		("\\.", "a.b"),
		("a\\*", "a*"),
		("a\\nb", "a\nb"),
		("é+", "aééb"),
		("😀", "x😀"),
		("[α-ω]", "aβ"),
		("", "abc"),
		("b*", "abbb"),
		("ab|cd", "xcdab"),
		("a?", ""),
		("(foo|foobar)baz", "foobarbaz"),
		("[]a]+", "x]a]"),
		("[a-]+", "b-a-"),
		("x|^y", "zy\ny"),
		("a$", "a\nb"),
		("(|a)", "a"),
		("a**", "aa"),
		("()", "x"),
		("[\\]x]+", "a]x]"),
		("[^\\n]", "\nb"),
		("(a|b)*c", "abababc"),
		("a(b|c)*d", "xabcbcbdx"),
		("[0-9]+\\.[0-9]*", "v12.50x"),
		("(.*)/(.*)", "/usr/lib/x.b"),
		("([a-z]+)=([0-9]+)", "x: count=42;"),
		("zz", "azbzz"),
		("q", ""),
		("(x|y)+z", "xyxwyyxz"),
	};
	for(i := 0; i < len tests; i++){
		(e, s) := tests[i];
		(re, err) := regex->compile(e, 1);
		if(re == nil){
			sys->print("%s: error %s\n", e, err);
			continue;
		}
		sys->print("%s: %s\n", e, show(regex->execute(re, s)));
	}

	sys->print("executese\n");
	se("^a", "aaa", 1, 3, 0, 1);
	se("^a", "aaa", 1, 3, 1, 1);
	se("a$", "aaa", 0, 2, 1, 0);
	se("a$", "aaa", 0, 2, 1, 1);
	se("b", "abcb", 2, 4, 1, 1);
	se("b", "abcb", 2, 100, 1, 1);
	se("b", "abcb", -5, 1, 1, 1);
	se("b", "abcb", 3, 2, 1, 1);
	se("^b", "a\nb", 1, 3, 0, 1);

	sys->print("errors\n");
	bad := array[] of {"*a", "a(", "a)", "[abc", "[z-a]", "a\\", "+", "a|*", "(*)", "[^", "((a)"};
	for(i = 0; i < len bad; i++){
		(re, err) := regex->compile(bad[i], 1);
		sys->print("%s: %d %s\n", bad[i], re == nil, err);
	}

	sys->print("nosub\n");
	(re, nil) := regex->compile("(a)(b)", 0);
	sys->print("%s\n", show(regex->execute(re, "xab")));
	sys->print("%s\n", show(regex->execute(nil, "xab")));

	sys->print("long\n");
	s := "";
	for(i = 0; i < 10000; i++)
		s[i] = 'a';
	(re, nil) = regex->compile("a*b", 0);
	sys->print("%s\n", show(regex->execute(re, s + "b")));
	(re, nil) = regex->compile("x", 0);
	sys->print("%s\n", show(regex->execute(re, s)));
	(re, nil) = regex->compile("(a|b)*c", 1);
	sys->print("%s\n", show(regex->execute(re, s + "c")));
}

se(e, s: string, t0, t1, bol, eol: int)
{
	(re, nil) := regex->compile(e, 1);
	sys->print("%s %d %d %d %d: %s\n", e, t0, t1, bol, eol, show(regex->executese(re, s, (t0, t1), bol, eol)));
}

show(m: array of (int, int)): string
{
	if(m == nil)
		return "nil";
	s := "";
	for(i := 0; i < len m; i++){
		(b, e) := m[i];
		if(i > 0)
			s += " ";
		s += sys->sprint("(%d,%d)", b, e);
	}
	return s;
}
