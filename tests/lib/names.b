implement Test;

# Tests of Names: cleanname, dirname, basename, elements, pathname,
# isprefix, rooted, relative.

include "sys.m";
	sys: Sys;
include "draw.m";
include "names.m";
	names: Names;

Test: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	names = load Names Names->PATH;
	if(names == nil){
		sys->print("cannot load %s: %r\n", Names->PATH);
		raise "fail:load";
	}
	sys->print("cleanname\n");
	clean := array[] of {
		"/a/./b/../c//d", "", ".", "/", "//", "/..", "/../a", "a/..", "a/../..",
		"../a/..", "../../a", "a/b/c/", "./a", "a//b///c", "#U/../x", "#U", "#c/./cons",
		"/a/b/../../..", "x/./././", "..",
	};
	for(i := 0; i < len clean; i++)
		sys->print("%s -> %s\n", clean[i], names->cleanname(clean[i]));

	sys->print("dirname\n");
	dirs := array[] of {"/a/b/c.b", "a", "/a", "a/b/", "/", "a//b", "", "//a", "a/"};
	for(i = 0; i < len dirs; i++)
		sys->print("%s -> %s\n", dirs[i], names->dirname(dirs[i]));

	sys->print("basename\n");
	bases := array[] of {("/a/b/c.b", nil), ("/a/b/c.b", ".b"), ("c.b", ".c"), (".b", ".b"),
		("a/b/", nil), ("x", "x"), ("/", nil), ("a.b.b", ".b")};
	for(i = 0; i < len bases; i++){
		(n, s) := bases[i];
		sys->print("%s %s -> %s\n", n, s, names->basename(n, s));
	}

	sys->print("elements\n");
	els := array[] of {"/a/b", "a//b/", "", "/", "./x", "#c/cons"};
	for(i = 0; i < len els; i++){
		l := names->elements(els[i]);
		sys->print("%s -> %d:", els[i], len l);
		for(t := l; t != nil; t = tl t)
			sys->print(" %s", hd t);
		sys->print(" -> %s\n", names->pathname(l));
	}
	sys->print("%s|%s|%s\n", names->pathname(nil), names->pathname("/" :: nil),
		names->pathname("a" :: "b" :: nil));

	sys->print("isprefix\n");
	pre := array[] of {
		("/a", "/a/b"), ("/a", "/ab"), ("/a/", "/a/b"), ("/a", "/a"), ("/", "/x"),
		("/", "x"), ("/a/b", "/a"), (".", "x"), (".", "../x"), (".", "..x"), ("a", "a/./b"),
		("/a/../c", "/c/d"),
	};
	for(i = 0; i < len pre; i++){
		(a, b) := pre[i];
		sys->print("%d", names->isprefix(a, b));
	}
	sys->print("\n");

	sys->print("rooted\n");
	roots := array[] of {("/usr", "x"), ("/usr/", "x"), ("/usr", "/x"), ("/usr", "#c"),
		(nil, "x"), ("/usr", nil), ("a", "b/c")};
	for(i = 0; i < len roots; i++){
		(r, n) := roots[i];
		sys->print("%s %s -> %s\n", r, n, names->rooted(r, n));
	}

	sys->print("relative\n");
	rels := array[] of {("/usr/a/b", "/usr"), ("/usr", "/usr"), ("/usr2/x", "/usr"),
		("/x/y", "/"), ("x/y", "."), ("/x", "/y"), ("/usr//a/./b", "/usr/"), ("x", nil)};
	for(i = 0; i < len rels; i++){
		(n, r) := rels[i];
		sys->print("%s %s -> %s\n", n, r, names->relative(n, r));
	}
}
