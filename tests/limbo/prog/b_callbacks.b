# Function references kept in data structures: an event bus adt whose
# member functions register and fire handlers held in lists of
# (string, ref fn) tuples, in registration order; a member function
# returning a reference; a global reference set at run time and called
# from a spawned thread.
implement BCallbacks;

include "sys.m";
	sys: Sys;
include "draw.m";

BCallbacks: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Handler: type ref fn(ev: string, n: int): string;

Bus: adt {
	subs:	list of (string, Handler);

	on:	fn(b: self ref Bus, ev: string, h: Handler);
	fire:	fn(b: self ref Bus, ev: string, n: int): string;
	first:	fn(b: self ref Bus, ev: string): Handler;
};

total := 0;
hook: Handler;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	b := ref Bus(nil);
	b.on("x", shout);
	b.on("y", count);
	b.on("x", count);
	b.on("x", echo);
	sys->print("fire x: %s\n", b.fire("x", 3));
	sys->print("fire y: %s\n", b.fire("y", 10));
	sys->print("fire z: '%s'\n", b.fire("z", 1));
	sys->print("total %d\n", total);
	f := b.first("y");
	sys->print("first y: %s\n", f("direct", 5));
	sys->print("first z nil: %d\n", b.first("z") == nil);
	sys->print("total %d\n", total);

	hook = echo;
	c := chan of string;
	spawn caller(c);
	sys->print("thread: %s\n", <-c);
}

Bus.on(b: self ref Bus, ev: string, h: Handler)
{
	# appended at the end, so handlers run in registration order
	r: list of (string, Handler);
	for(l := b.subs; l != nil; l = tl l)
		r = hd l :: r;
	r = (ev, h) :: r;
	for(; r != nil; r = tl r)
		l = hd r :: l;
	b.subs = l;
}

Bus.fire(b: self ref Bus, ev: string, n: int): string
{
	s := "";
	for(l := b.subs; l != nil; l = tl l){
		(name, h) := hd l;
		if(name == ev)
			s += "[" + h(ev, n) + "]";
	}
	return s;
}

Bus.first(b: self ref Bus, ev: string): Handler
{
	for(l := b.subs; l != nil; l = tl l){
		(name, h) := hd l;
		if(name == ev)
			return h;
	}
	return nil;
}

shout(ev: string, n: int): string
{
	s := "";
	for(i := 0; i < n; i++)
		s += ev;
	return s + "!";
}

count(nil: string, n: int): string
{
	total += n;
	return "total " + string total;
}

echo(ev: string, n: int): string
{
	return ev + "=" + string n;
}

caller(c: chan of string)
{
	c <-= hook("hook", 7);
}
