# Dropping the last named reference frees a value at once even when it
# was built or returned through a temporary: a ref Adt(...), an adt
# value, a tuple a call returned, a call's value thrown away. Each
# holds one end of a pipe; the other end reads end of file (0) only if
# nothing kept the first.
implement BTempref;
include "sys.m"; sys: Sys;
include "draw.m";
BTempref: module { init: fn(ctxt: ref Draw->Context, argv: list of string); };
Box: adt { fd: ref Sys->FD; };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(mode := 0; mode < 5; mode++){
		p := array[2] of ref Sys->FD;
		sys->pipe(p);
		case mode {
		0 =>
			b := ref Box(p[0]);
			b = nil;
		1 =>
			(n, c) := pair(p[0]);
			c.fd = nil;
			n = 0;
		2 =>
			v := Box(p[0]);
			v.fd = nil;
		3 =>
			ident(p[0]);
		4 =>
			(nil, c) := pair(p[0]);
			c = Box(nil);
		}
		p[0] = nil;
		sys->print("%d: read %d\n", mode, sys->read(p[1], array[10] of byte, 10));
	}
}
pair(fd: ref Sys->FD): (int, Box)
{
	return (1, Box(fd));
}
ident(fd: ref Sys->FD): ref Sys->FD
{
	return fd;
}
