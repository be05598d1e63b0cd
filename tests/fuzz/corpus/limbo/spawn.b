# spawn of plain functions, module functions and adt member functions;
# channels of channels to reply; the kill idiom with pctl.
implement Spawn;

	sys: Sys;

Spawn: module {
	init: fn();
	worker: fn(c: chan of (int, chan of int));
};

Server: adt {
	reqs: chan of int;

	run: fn(s: self ref Server, done: chan of int);
};

worker(c: chan of (int, chan of int))
{
	for(;;){
		(n, reply) := <-c;
		if(n < 0)
			break;
		reply <-= n * n;
	}
}

Server.run(s: self ref Server, done: chan of int)
{
	while((r := <-s.reqs) != 0)
		;
	done <-= 1;
}

init()
{
	sys = load Sys Sys->PATH;
	c := chan of (int, chan of int);
	spawn worker(c);
	me := load Spawn "$self";
	spawn me->worker(c);
	reply := chan of int;
	c <-= (3, reply);
	sq := <-reply;
	s := ref Server(chan of int);
	done := chan[1] of int;
	spawn s.run(done);
	s.reqs <-= 0;
	<-done;
	pid := sys->pctl(0, nil);
	c <-= (-1, nil);
}
