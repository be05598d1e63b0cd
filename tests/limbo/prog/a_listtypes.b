implement Alisttypes;

# lists of strings, tuples, adt values (copies), ref adts (shared),
# lists, reals, bigs and bytes; list of {...} of each

include "sys.m";
	sys: Sys;
include "draw.m";

Alisttypes: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y:	int;
};

join(l: list of string, sep: string): string
{
	s := "";
	for(; l != nil; l = tl l){
		s += hd l;
		if(tl l != nil)
			s += sep;
	}
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	ls := "a" :: "b" :: "c" :: nil;
	sys->print("%s %d %s\n", join(ls, "-"), len ls, hd tl ls);
	words := list of {"the", "quick", "fox"};
	sys->print("%s\n", join(words, " "));
	sys->print("[%s]\n", join(nil, ","));

	lt := (1, "one") :: (2, "two") :: nil;
	(n, s) := hd lt;
	(m, nil) := hd tl lt;
	sys->print("%d %s %d\n", n, s, m);
	for(l := lt; l != nil; l = tl l){
		(k, v) := hd l;
		sys->print("%s=%d ", v, k);
	}
	sys->print("\n");

	p := Point(1, 2);
	lp := p :: Point(3, 4) :: nil;
	p.x = 100;
	q := hd lp;
	q.y = 200;
	sys->print("%d %d %d %d\n", (hd lp).x, (hd lp).y, (hd tl lp).x, p.x);

	r := ref Point(5, 6);
	lr := r :: r :: nil;
	(hd lr).x = 50;
	sys->print("%d %d %d\n", r.x, (hd tl lr).x, hd lr == hd tl lr);

	ll := (1 :: nil) :: (2 :: 3 :: nil) :: nil;
	sys->print("%d %d %d %d\n", len ll, len hd ll, len hd tl ll, hd tl hd tl ll);

	lf := list of {0.5, 1.25};
	lb := big 1 << 50 :: big -3 :: nil;
	lby := list of {byte 200, byte 100};
	sys->print("%g %g %bd %bd %d %d\n", hd lf, hd tl lf, hd lb, hd tl lb, int hd lby, int (hd lby + hd tl lby));

	la := array[] of {1, 2} :: array[] of {3} :: nil;
	(hd la)[0] = 10;
	sys->print("%d %d\n", (hd la)[0] + (hd tl la)[0], len hd la);
}
