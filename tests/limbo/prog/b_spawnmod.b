# spawn of functions of other module instances: m->f of a loaded
# library (the thread works on that instance's data, which the main
# thread reads after synchronising), two instances kept apart, and
# spawn through a $self handle sharing this module's data.
implement BSpawnmod;

include "sys.m";
	sys: Sys;
include "draw.m";
include "lib/bmod.m";

BSpawnmod: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
	job:	fn(n: int, done: chan of int);
};

hits := 0;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	m := load BMod BMod->PATH;
	m2 := load BMod BMod->PATH;
	if(m == nil || m2 == nil){
		sys->print("load: %r\n");
		raise "fail:load";
	}
	c := chan of int;
	reply := chan of string;
	spawn m->worker(c, reply);
	for(i := 1; i <= 4; i++)
		c <-= i;
	c <-= -1;
	r := <-reply;
	sys->print("%s count %d\n", r, m->count);

	c2 := chan of int;
	spawn m2->worker(c2, reply);
	spawn m->worker(c, reply);
	c2 <-= 100;
	c <-= 5;
	c2 <-= -1;
	sys->print("%s\n", <-reply);
	c <-= -1;
	sys->print("%s\n", <-reply);
	sys->print("counts %d %d\n", m->count, m2->count);

	me := load BSpawnmod "$self";
	done := chan of int;
	spawn me->job(3, done);
	<-done;
	spawn job(4, done);
	<-done;
	sys->print("hits %d\n", hits);
}

job(n: int, done: chan of int)
{
	for(i := 0; i < n; i++){
		v := hits;
		hits = v + 10;
	}
	done <-= 1;
}
