# spawn: threads given arguments of many types, results collected on
# per-thread channels in a fixed order, a tree of threads spawning
# threads, an adt member function spawned through a ref, and 100
# threads reporting on one channel (a sum, whatever the order).
implement BSpawn;

include "sys.m";
	sys: Sys;
include "draw.m";

BSpawn: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Point: adt {
	x, y:	int;
};

Counter: adt {
	n:	int;
	in:	chan of int;

	run:	fn(c: self ref Counter, done: chan of int);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	replies := array[4] of chan of (int, int);
	for(i := 0; i < len replies; i++){
		replies[i] = chan of (int, int);
		spawn summer(i, 10 * (i+1), replies[i]);
	}
	for(i = len replies - 1; i >= 0; i--){
		(id, s) := <-replies[i];
		sys->print("worker %d sum %d\n", id, s);
	}

	out := chan of string;
	p := Point(1, 2);
	spawn mixed(out, 3, big 1 << 40, 0.75, byte 65, "str", 1 :: 2 :: nil,
		array[] of {4, 5}, p, ref Point(6, 7), (8, "nine"));
	p.x = 99;
	sys->print("%s\n", <-out);

	tree := chan of int;
	spawn node(4, tree);
	sys->print("tree nodes %d\n", <-tree);

	c := ref Counter(0, chan of int);
	done := chan of int;
	spawn c.run(done);
	for(i = 1; i <= 5; i++)
		c.in <-= i;
	c.in <-= 0;
	<-done;
	sys->print("counter %d\n", c.n);

	many := chan of int;
	for(i = 0; i < 100; i++)
		spawn sendon(many, i);
	total := 0;
	for(i = 0; i < 100; i++)
		total += <-many;
	sys->print("many %d\n", total);
}

summer(id, n: int, reply: chan of (int, int))
{
	s := 0;
	for(i := 1; i <= n; i++)
		s += i;
	reply <-= (id, s);
}

mixed(out: chan of string, i: int, b: big, r: real, c: byte, s: string, l: list of int,
	a: array of int, p: Point, rp: ref Point, t: (int, string))
{
	(tn, ts) := t;
	out <-= sys->sprint("mixed %d %bd %g %c %s %d %d %d,%d %d,%d %d %s",
		i, b, r, int c, s, len l, a[1], p.x, p.y, rp.x, rp.y, tn, ts);
}

node(depth: int, up: chan of int)
{
	if(depth == 0){
		up <-= 1;
		return;
	}
	kids := chan of int;
	spawn node(depth-1, kids);
	spawn node(depth-1, kids);
	up <-= 1 + <-kids + <-kids;
}

Counter.run(c: self ref Counter, done: chan of int)
{
	while((v := <-c.in) != 0)
		c.n += v;
	done <-= 1;
}

sendon(c: chan of int, v: int)
{
	c <-= v;
}
