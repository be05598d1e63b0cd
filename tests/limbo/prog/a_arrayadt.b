implement Aarrayadt;

# arrays whose elements are adt values (copied on assignment, changed
# in place through a[i].f), refs (shared), tuples, lists and strings

include "sys.m";
	sys: Sys;
include "draw.m";

Aarrayadt: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y:	int;
};

Rec: adt {
	name:	string;
	vals:	array of int;
	p:	Point;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	pts := array[3] of Point;
	sys->print("%d %d\n", pts[2].x, pts[2].y);
	pts[0] = Point(1, 2);
	pts[1].x = 5;
	pts[2] = pts[0];
	pts[2].y = 9;
	p := pts[1];
	p.y = 7;
	for(i := 0; i < len pts; i++)
		sys->print("(%d,%d) ", pts[i].x, pts[i].y);
	sys->print("p=(%d,%d)\n", p.x, p.y);

	rp := array[2] of ref Point;
	sys->print("%d\n", rp[0] == nil);
	rp[0] = ref Point(3, 4);
	rp[1] = rp[0];
	rp[1].x = 30;
	sys->print("%d %d %d\n", rp[0].x, rp[0] == rp[1], rp[0].y);

	tp := array[2] of (string, int);
	tp[0] = ("a", 1);
	tp[1] = ("b", 2);
	(s, n) := tp[1];
	(s0, nil) := tp[0];
	sys->print("%s %d %s\n", s, n, s0);

	ls := array[2] of list of int;
	ls[0] = 1 :: ls[0];
	ls[0] = 2 :: ls[0];
	sys->print("%d %d %d\n", len ls[0], hd ls[0], ls[1] == nil);

	recs := array[2] of Rec;
	sys->print("%d %d\n", recs[0].name == nil, recs[1].vals == nil);
	recs[0] = Rec("first", array[] of {1, 2, 3}, Point(0, 0));
	recs[1] = recs[0];
	recs[1].name = "second";
	recs[1].vals[0] = 100;
	recs[1].p.x = 8;
	sys->print("%s %d %d\n", recs[0].name, recs[0].vals[0], recs[0].p.x);
	sys->print("%s %d %d\n", recs[1].name, recs[1].vals[0], recs[1].p.x);

	poly := array[] of {Point(0, 0), Point(4, 0), Point(4, 3)};
	per := 0;
	for(i = 0; i < len poly; i++){
		j := (i + 1) % len poly;
		dx := poly[j].x - poly[i].x;
		dy := poly[j].y - poly[i].y;
		per += dx*dx + dy*dy;
	}
	sys->print("sum of squared sides %d\n", per);

	words := array[] of {"pear", "fig", "apple"};
	longest := "";
	for(i = 0; i < len words; i++)
		if(len words[i] > len longest)
			longest = words[i];
	sys->print("%s %c\n", longest, words[1][2]);
}
