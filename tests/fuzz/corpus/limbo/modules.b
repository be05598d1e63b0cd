# Module declarations, load, handles, -> on handles and types,
# import of members, $self, function references through modules.
implement Modules, Extra;

	sys: Sys;
	print, sprint, FD, Connection: import sys;
	draw: Draw;
	Point, Rect: import draw;

Modules: module {
	PATH: con "/dis/modules.dis";
	init: fn(ctxt: ref Draw->Context, argv: list of string);
	count: int;
};

Extra: module {
	helper: fn(n: int): int;
};

Local: module {
	f: fn(x: int): int;
};

self_: Modules;
lm: Local;

init(ctxt: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	draw = load Draw Draw->PATH;
	if(draw == nil){
		sys->fprint(sys->fildes(2), "modules: can't load %s: %r\n", Draw->PATH);
		raise "fail:load";
	}
	self_ = load Modules "$self";
	lm = load Local "/dis/local.dis";
	p := Point(1, 2).add(Draw->Point(3, 4));
	q: Draw->Point;
	print("%d %d\n", p.x, q.y);
	fd: ref FD = sys->fildes(1);
	sys->fprint(fd, "%s\n", sprint("%d", Sys->Maxint));
	count = self_->count + 1;
	h := helper;
	x := h(lm->f(3));
	y := Modules->PATH;
	if((m := load Extra "/dis/extra.dis") != nil)
		x = m->helper(x);
}

helper(n: int): int
{
	return n * 2;
}
