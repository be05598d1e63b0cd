implement Alabels;

# labelled break and continue: out of nested for loops, from inside a
# case arm (where a plain break leaves only the case), in do-while
# (continue goes to the test), a labelled case, three levels of loops

include "sys.m";
	sys: Sys;
include "draw.m";

Alabels: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	outer: for(i := 0; i < 5; i++){
		for(j := 0; j < 5; j++){
			if(j == 3)
				continue outer;
			if(i == 3)
				break outer;
			sys->print("%d%d ", i, j);
		}
		sys->print("never ");
	}
	sys->print("| i=%d\n", i);

	n := 0;
	loop: while(1){
		case n {
		5 =>
			break loop;
		* =>
			n++;
		}
	}
	sys->print("n=%d\n", n);

	for(i = 0; i < 7; i++){
		case i % 2 {
		0 =>
			continue;
		}
		sys->print("%d ", i);
	}
	sys->print("\n");

	k := 0;
	d: do {
		k++;
		if(k % 2)
			continue d;
		sys->print("%d ", k);
	} while(k < 6);
	sys->print("k=%d\n", k);

	x := 3;
	sw: case x {
	3 =>
		sys->print("three ");
		if(x > 2)
			break sw;
		sys->print("never ");
	}
	sys->print("after case\n");

	count := 0;
	a: for(p := 0; p < 4; p++)
		b: for(q := 0; q < 4; q++)
			for(r := 0; r < 4; r++){
				count++;
				if(r == 1)
					continue b;
				if(q == 2)
					break b;
				if(p == 2)
					break a;
			}
	sys->print("count=%d p=%d\n", count, p);

	# a labelled while inside a for: break leaves only the while
	s := "";
	for(i = 0; i < 3; i++){
		w: while(1){
			s += string i;
			break w;
		}
		s += ";";
	}
	sys->print("%s\n", s);
}
