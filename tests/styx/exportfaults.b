implement Test;

# The export service against clients that misbehave: garbage, a
# message too long, a walk of 17 names, requests before Tversion, an
# unknown version, reused and unknown fids. The connection ends (or
# the client gets Rerror); the kernel and other exports go on.

include "sys.m";
	sys: Sys;
include "draw.m";

Test: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Tversion, Rversion, Tauth, Rauth, Tattach, Rattach, Terror, Rerror, Tflush, Rflush,
Twalk, Rwalk, Topen, Ropen, Tcreate, Rcreate, Tread, Rread, Twrite, Rwrite,
Tclunk, Rclunk, Tremove, Rremove, Tstat, Rstat, Twstat, Rwstat: con 100+iota;

nok := 0;
nfail := 0;

ok(name: string)
{
	sys->print("ok %s\n", name);
	nok++;
}

fail(name, why: string)
{
	sys->print("FAIL %s: %s\n", name, why);
	nfail++;
}

check(name: string, c: int, why: string)
{
	if(c)
		ok(name);
	else
		fail(name, why);
}

g16(b: array of byte, o: int): int
{
	return int b[o] | int b[o+1]<<8;
}

g32(b: array of byte, o: int): int
{
	return int b[o] | int b[o+1]<<8 | int b[o+2]<<16 | int b[o+3]<<24;
}

p16(b: array of byte, o: int, v: int): int
{
	b[o] = byte v;
	b[o+1] = byte (v>>8);
	return o+2;
}

p32(b: array of byte, o: int, v: int): int
{
	b[o] = byte v;
	b[o+1] = byte (v>>8);
	b[o+2] = byte (v>>16);
	b[o+3] = byte (v>>24);
	return o+4;
}

# a message: header of type and tag, then body
msg(t, tag: int, body: array of byte): array of byte
{
	m := array[7 + len body] of byte;
	p32(m, 0, len m);
	m[4] = byte t;
	p16(m, 5, tag);
	m[7:] = body;
	return m;
}

str(s: string): array of byte
{
	a := array of byte s;
	b := array[2 + len a] of byte;
	p16(b, 0, len a);
	b[2:] = a;
	return b;
}

qid(t, path: int): array of byte
{
	b := array[13] of byte;
	for(i := 0; i < 13; i++)
		b[i] = byte 0;
	b[0] = byte t;
	p32(b, 5, path);
	return b;
}

cat(a, b: array of byte): array of byte
{
	c := array[len a + len b] of byte;
	c[0:] = a;
	c[len a:] = b;
	return c;
}

i32(v: int): array of byte
{
	b := array[4] of byte;
	p32(b, 0, v);
	return b;
}

# one whole message from fd, nil at end of file
rdmsg(fd: ref Sys->FD): array of byte
{
	h := array[4] of byte;
	if(sys->readn(fd, h, 4) != 4)
		return nil;
	n := g32(h, 0);
	if(n < 7 || n > 100000)
		return nil;
	m := array[n] of byte;
	m[0:] = h;
	if(sys->readn(fd, m[4:], n-4) != n-4)
		return nil;
	return m;
}

send(fd: ref Sys->FD, m: array of byte)
{
	sys->write(fd, m, len m);
}


# an export (EXPWAIT) of /tmp/x on a new pipe; its result comes on done
exportpipe(done: chan of int): ref Sys->FD
{
	p := array[2] of ref Sys->FD;
	sys->pipe(p);
	spawn exporter(p[0], done);
	return p[1];
}

exporter(fd: ref Sys->FD, done: chan of int)
{
	r := sys->export(fd, "/tmp/x", Sys->EXPWAIT);
	fd = nil;
	done <-= r;
}

ends(name: string, done: chan of int)
{
	tick := chan of int;
	spawn timer(tick, 5000);
	alt{
	<-done =>
		ok(name);
	<-tick =>
		fail(name, "the export still serves");
	}
}

timer(c: chan of int, ms: int)
{
	sys->sleep(ms);
	alt{
	c <-= 1 =>
		;
	* =>
		;
	}
}

rpc(fd: ref Sys->FD, m: array of byte): array of byte
{
	send(fd, m);
	return rdmsg(fd);
}

version(fd: ref Sys->FD): array of byte
{
	return rpc(fd, msg(Tversion, 16rFFFF, cat(i32(8192+24), str("9P2000"))));
}

errtext(r: array of byte): string
{
	if(r == nil)
		return "<nil>";
	if(int r[4] != Rerror)
		return sys->sprint("<type %d>", int r[4]);
	return string r[9:9+g16(r, 7)];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->create("/tmp/x", Sys->OREAD, Sys->DMDIR|8r755);
	done := chan[1] of int;

	# garbage
	fd := exportpipe(done);
	send(fd, array of byte "this is no Styx message at all");
	ends("garbage ends the connection", done);

	# a size above the msize
	fd = exportpipe(done);
	b := array[16] of { * => byte 0 };
	p32(b, 0, 100000);
	send(fd, b);
	ends("a message larger than msize ends the connection", done);

	# before Tversion
	fd = exportpipe(done);
	r := rpc(fd, msg(Tattach, 1, cat(cat(i32(1), i32(-1)), cat(str("u"), str("")))));
	check("attach before Tversion", errtext(r) == "Tversion not seen", errtext(r));
	r = version(fd);
	check("Tversion", r != nil && int r[4] == Rversion && g32(r, 7) == 8192+24 && string r[13:] == "9P2000", "bad Rversion");
	r = rpc(fd, msg(Tattach, 1, cat(cat(i32(1), i32(-1)), cat(str("u"), str("")))));
	check("attach", r != nil && int r[4] == Rattach, errtext(r));
	r = rpc(fd, msg(Tattach, 2, cat(cat(i32(1), i32(-1)), cat(str("u"), str("")))));
	check("attach: fid in use", errtext(r) == "fid in use", errtext(r));
	r = rpc(fd, msg(Tauth, 3, cat(i32(9), cat(str("u"), str("")))));
	check("auth not required", errtext(r) == "authentication not required", errtext(r));
	r = rpc(fd, msg(Tclunk, 4, i32(77)));
	check("clunk of an unknown fid", errtext(r) == "no such fid", errtext(r));
	r = rpc(fd, msg(Tread, 5, cat(cat(i32(1), i32(0)), cat(i32(0), i32(100)))));
	check("read before open", errtext(r) == "read/write -- not open in suitable mode", errtext(r));
	r = rpc(fd, msg(Topen, 6, cat(i32(1), array[] of {byte 16r80})));
	check("open: unknown mode", errtext(r) == "open/create -- unknown mode", errtext(r));
	w := cat(cat(i32(1), i32(2)), array[] of {byte 1, byte 0});
	w = cat(w, str("nonesuch"));
	r = rpc(fd, msg(Twalk, 7, w));
	check("walk to a missing file", errtext(r) == "file does not exist", errtext(r));
	w = cat(cat(i32(1), i32(2)), array[] of {byte 1, byte 0});
	w = cat(w, str(".."));
	r = rpc(fd, msg(Twalk, 8, w));
	check(".. of the root is the root", r != nil && int r[4] == Rwalk && g16(r, 7) == 1, errtext(r));
	r = rpc(fd, msg(Tflush, 9, array[] of {byte 99, byte 0}));
	check("flush of an unknown tag", r != nil && int r[4] == Rflush, errtext(r));
	w = cat(cat(i32(1), i32(5)), array[] of {byte 0, byte 0});
	r = rpc(fd, msg(Twalk, 11, w));
	check("walk: clone", r != nil && int r[4] == Rwalk && g16(r, 7) == 0, errtext(r));
	r = rpc(fd, msg(Twalk, 12, w));
	check("walk: newfid in use", errtext(r) == "fid in use", errtext(r));
	# 17 names
	w = cat(cat(i32(1), i32(3)), array[] of {byte 17, byte 0});
	for(i := 0; i < 17; i++)
		w = cat(w, str("a"));
	send(fd, msg(Twalk, 10, w));
	ends("a walk of 17 names ends the connection", done);

	# an unknown version
	fd = exportpipe(done);
	r = rpc(fd, msg(Tversion, 16rFFFF, cat(i32(8192), str("8P1999"))));
	check("unknown version", r != nil && int r[4] == Rversion && string r[13:] == "unknown", "bad Rversion");
	r = rpc(fd, msg(Tversion, 16rFFFF, cat(i32(30), str("9P2000"))));
	check("msize too small", errtext(r) == "message size too small", errtext(r));
	r = rpc(fd, msg(Tversion, 16rFFFF, cat(i32(1000000), str("9P2000.u"))));
	check("9P2000.u, msize capped at 65560", r != nil && int r[4] == Rversion && g32(r, 7) == 65560 && string r[13:] == "9P2000", "bad Rversion");
	fd = nil;
	ends("hanging up ends the export", done);

	sys->print("run: %d ok, %d FAIL\n", nok, nfail);
}
