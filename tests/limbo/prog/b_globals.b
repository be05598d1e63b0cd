# Module data: initialised globals of every constant kind (int, big,
# real, string, byte, arrays sized or listed), uninitialised ones (zero
# or nil), globals changed by functions and by spawned threads and read
# back after synchronising, and a global array shared by threads that
# each fill their own part.
implement BGlobals;

include "sys.m";
	sys: Sys;
include "draw.m";

BGlobals: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

n := 5;
bg := big 1 << 40;
r := 2.5;
s := "init";
by := byte 200;
zeros := array[4] of int;
names := array[] of {"zero", "one", "two"};
K: con 3;
k2 := K * K;
wrapped := 16r7fffffff + 1;

ui: int;
ub: big;
ur: real;
us: string;
ul: list of int;
ua: array of string;
up: ref Point;
uc: chan of int;

Point: adt {
	x, y:	int;
};

grid := array[8] of int;
log: list of string;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("init %d %bd %g %s %d %d %s %d %d\n", n, bg, r, s, int by, len zeros,
		names[2], k2, wrapped);
	sys->print("zero %d %bd %g '%s' %d %d %d %d %d\n", ui, ub, ur, us, len ul, len ua,
		up == nil, uc == nil, zeros[3]);
	bump();
	bump();
	sys->print("bumped %d %s %bd\n", n, s, bg);
	names[0] = "ZERO";
	ua = names;
	ua[1] = "ONE";
	sys->print("names %s %s %s\n", names[0], names[1], names[2]);
	up = ref Point(1, 2);
	move(10);
	sys->print("point %d %d\n", up.x, up.y);

	done := chan of int;
	for(i := 0; i < 4; i++)
		spawn fill(i, done);
	for(i = 0; i < 4; i++)
		<-done;
	t := "";
	for(i = 0; i < len grid; i++)
		t += " " + string grid[i];
	sys->print("grid%s\n", t);

	uc = chan of int;
	spawn logger();
	for(i = 1; i <= 3; i++)
		uc <-= i;
	uc <-= 0;
	<-uc;
	for(l := log; l != nil; l = tl l)
		sys->print("log %s\n", hd l);
}

bump()
{
	n++;
	s += "+";
	bg += big n;
}

move(d: int)
{
	up.x += d;
	up.y -= d;
}

# thread i owns grid[2i] and grid[2i+1]
fill(i: int, done: chan of int)
{
	grid[2*i] = i * 10;
	grid[2*i+1] = i * 10 + 1;
	done <-= 1;
}

# logs what arrives on uc until 0, then answers on uc
logger()
{
	while((v := <-uc) != 0)
		log = "got " + string v :: log;
	uc <-= 1;
}
