implement Test;

# Tests of Filepat: match's pattern items, expand over a small tree.

include "sys.m";
	sys: Sys;
include "draw.m";
include "filepat.m";
	filepat: Filepat;

Test: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	filepat = load Filepat Filepat->PATH;
	if(filepat == nil){
		sys->print("cannot load %s: %r\n", Filepat->PATH);
		raise "fail:load";
	}
	matches := array[] of {
		("*", ""), ("*", "abc"), ("a*", "abc"), ("*c", "abc"), ("a*c", "ac"),
		("a*c", "ab"), ("?", ""), ("?", "é"), ("a?c", "abc"), ("a?c", "ac"),
		("*.b", "x.b"), ("*.b", "dir/x.b"), ("*a*b*c*", "xaybzc"), ("*a*b*c*", "xaybz"),
		("[abc]", "b"), ("[a-c]x", "cx"), ("[^a-c]", "d"), ("[^a-c]", "a"), ("[]]", "]"),
		("[a-]", "-"), ("[", "["), ("[ab", "[ab"), ("\\*", "*"), ("\\*", "a"), ("a\\", "a\\"),
		("", ""), ("", "a"), ("abc", "abc"), ("abc", "abd"), ("**", "x"), ("[α-ω]*", "λx"),
		("[a\\]]", "]"), ("*x", "xxxy"),
	};
	for(i := 0; i < len matches; i++){
		(p, s) := matches[i];
		sys->print("%d", filepat->match(p, s));
	}
	sys->print("\n");

	sys->create("/tmp/p", Sys->OREAD, Sys->DMDIR|8r777);
	sys->create("/tmp/p/sub", Sys->OREAD, Sys->DMDIR|8r777);
	sys->create("/tmp/p/subdir2", Sys->OREAD, Sys->DMDIR|8r777);
	files := array[] of {"a.b", "b.b", "c.c", "[q]", "sub/x.b", "sub/y.c", "subdir2/x.b"};
	for(i = 0; i < len files; i++)
		sys->create("/tmp/p/" + files[i], Sys->OWRITE, 8r666);
	if(sys->chdir("/tmp/p") < 0)
		sys->print("chdir: %r\n");
	pats := array[] of {
		"*.b", "/tmp/p/*.b", "sub*/x.b", "*/*.c", "*.z", "nonexistent/*",
		"a.b", "zz", "s*/", "sub/../*.c", "\\[q]", "/tmp/p//a.b", "", "*", "?.?",
		"/tmp/p/sub/*", "sub/x.b/*",
	};
	for(i = 0; i < len pats; i++){
		sys->print("%s:", pats[i]);
		l := filepat->expand(pats[i]);
		if(l == nil)
			sys->print(" nil");
		for(; l != nil; l = tl l)
			sys->print(" %s", hd l);
		sys->print("\n");
	}
}
