implement Apick;

# pick adts: ref Adt.Tag(...) construction, tagof, pick statements with
# single tags, "or" of tags declared together, the * arm, no arm taken,
# common fields, variant fields changed through the picked name

include "sys.m";
	sys: Sys;
include "draw.m";

Apick: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Shape: adt {
	name:	string;
	pick {
	Circle =>
		r:	int;
	Rect =>
		w, h:	int;
	Square or Dot =>
		s:	int;
	}
};

area(sh: ref Shape): int
{
	a := -1;
	pick x := sh {
	Circle =>
		a = 3 * x.r * x.r;
	Rect =>
		a = x.w * x.h;
	Square or Dot =>
		a = x.s * x.s;
	}
	return a;
}

kind(sh: ref Shape): string
{
	k: string;
	pick x := sh {
	Circle =>
		k = "circle " + x.name;
	* =>
		k = "other " + x.name + " tag " + string tagof x;
	}
	return k;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	shapes := array[] of {
		ref Shape.Circle("c1", 2),
		ref Shape.Rect("r1", 3, 4),
		ref Shape.Square("sq", 5),
		ref Shape.Dot("d", 1),
	};
	total := 0;
	for(i := 0; i < len shapes; i++){
		sh := shapes[i];
		sys->print("%s tag %d area %d; %s\n", sh.name, tagof sh, area(sh), kind(sh));
		total += area(sh);
	}
	sys->print("total %d\n", total);

	# the picked name refers to the same object
	pick c := shapes[0] {
	Circle =>
		c.r = 10;
		c.name = "big";
	}
	sys->print("%s %d\n", shapes[0].name, area(shapes[0]));

	# no arm for Rect: nothing happens
	n := 0;
	pick x := shapes[1] {
	Circle =>
		n = 1;
	Square =>
		n = 2;
	}
	sys->print("n %d\n", n);

	# a variable of the variant type
	cc := ref Shape.Circle("cc", 1);
	cc.r++;
	s: ref Shape = cc;
	sys->print("%d %d %d\n", cc.r, area(s), tagof s);

	l: list of ref Shape;
	l = ref Shape.Rect("q", 1, 2) :: l;
	l = ref Shape.Dot("p", 7) :: l;
	for(; l != nil; l = tl l)
		sys->print("%s ", kind(hd l));
	sys->print("\n");
}
