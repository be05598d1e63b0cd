implement Test;

# The mount driver against servers that misbehave, written here by
# hand so that each fault is exact: a server that dies in the middle
# of a request, one that sends garbage, one that never answers (the
# client is killed: Tflush), answers out of order, a small msize, an
# Rerror, and version exchanges that must fail. Each ends in an error
# for the client, never a hang.

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

# What a fake server does, scenario by scenario
Sdie, Sgarbage, Sflush, Sorder, Smsize, Serror, Sbigmsize, Ssmallmsize, Sunknown, Sbadtype: con iota;

# reports from the server to the test
report: chan of string;

server(fd: ref Sys->FD, how: int)
{
	reads: list of (int, int);	# (tag, fid) of reads held back
	wrote := "";
	for(;;){
		m := rdmsg(fd);
		if(m == nil){
			report <-= "eof" + wrote;
			return;
		}
		t := int m[4];
		tag := g16(m, 5);
		case t {
		Tversion =>
			msize := 8192+24;
			vers := "9P2000";
			case how {
			Smsize =>	msize = 512;
			Sbigmsize =>	msize = 100000;
			Ssmallmsize =>	msize = 100;
			Sunknown =>	vers = "unknown";
			}
			send(fd, msg(Rversion, tag, cat(i32(msize), str(vers))));
		Tattach =>
			send(fd, msg(Rattach, tag, qid(16r80, 0)));
		Twalk =>
			nw := g16(m, 15);
			b := i32(0)[0:2];
			p16(b, 0, nw);
			for(i := 0; i < nw; i++)
				b = cat(b, qid(0, 1+i));
			send(fd, msg(Rwalk, tag, b));
		Topen =>
			if(how == Serror){
				send(fd, msg(Rerror, tag, str("no way")));
				continue;
			}
			send(fd, msg(Ropen, tag, cat(qid(0, 1), i32(0))));
		Tread =>
			case how {
			Sdie =>
				report <-= "dying";
				return;
			Sgarbage =>
				send(fd, array[] of {byte 3, byte 0, byte 0, byte 0, byte 1, byte 2, byte 3});
			Sbadtype =>
				send(fd, msg(Rwrite, tag, i32(5)));
			Sflush =>
				report <-= "read held";
				reads = (tag, 0) :: reads;
			Sorder =>
				reads = (tag, 0) :: reads;
				if(len reads == 2){
					# the later request first
					(t2, nil) := hd reads;
					(t1, nil) := hd tl reads;
					send(fd, msg(Rread, t2, cat(i32(3), array of byte "two")));
					send(fd, msg(Rread, t1, cat(i32(3), array of byte "one")));
					reads = nil;
				}
			* =>
				send(fd, msg(Rread, tag, cat(i32(0), array[0] of byte)));
			}
		Twrite =>
			n := g32(m, 19);
			wrote += " " + string n;
			send(fd, msg(Rwrite, tag, i32(n)));
		Tflush =>
			old := g16(m, 7);
			held := 0;
			for(l := reads; l != nil; l = tl l){
				(rt, nil) := hd l;
				if(rt == old)
					held = 1;
			}
			report <-= sys->sprint("flush %d", held);
			send(fd, msg(Rflush, tag, array[0] of byte));
		Tclunk =>
			send(fd, msg(Rclunk, tag, array[0] of byte));
		* =>
			send(fd, msg(Rerror, tag, str("unexpected")));
		}
	}
}

# mount a fake server on dir
start(how: int, dir: string): int
{
	p := array[2] of ref Sys->FD;
	sys->pipe(p);
	spawn server(p[0], how);
	p[0] = nil;
	r := sys->mount(p[1], nil, dir, Sys->MREPL, "");
	return r;
}

readfile(f: string): string
{
	fd := sys->open(f, Sys->OREAD);
	if(fd == nil)
		return sys->sprint("<open: %r>");
	buf := array[100] of byte;
	n := sys->read(fd, buf, len buf);
	if(n < 0)
		return sys->sprint("<read: %r>");
	return string buf[0:n];
}

reader(f: string, pid: chan of int, res: chan of string)
{
	pid <-= sys->pctl(0, nil);
	res <-= readfile(f);
}

# the next report, or "timeout" after ms
next(ms: int): string
{
	tick := chan of int;
	spawn timer(tick, ms);
	alt{
	s := <-report =>
		return s;
	<-tick =>
		return "timeout";
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

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	report = chan[32] of string;
	for(i := 0; i < 8; i++)
		sys->create("/tmp/m"+string i, Sys->OREAD, Sys->DMDIR|8r755);

	# a server that dies while a read waits for it
	check("mount dying server", start(Sdie, "/tmp/m0") >= 0, sys->sprint("%r"));
	s := readfile("/tmp/m0/f");
	check("read from a server that dies", s == "<read: i/o on hungup channel>", sys->sprint("got %q", s));
	s = next(5000);
	check("server died", s == "dying", s);
	(n, nil) := sys->stat("/tmp/m0/f");
	e := sys->sprint("%r");
	check("later requests to a dead server fail", n < 0 && e == "'/tmp/m0/f' i/o on hungup channel", sys->sprint("%d %q", n, e));

	# garbage for a reply
	check("mount garbage server", start(Sgarbage, "/tmp/m1") >= 0, sys->sprint("%r"));
	s = readfile("/tmp/m1/f");
	check("garbage reply is an error", s == "<read: mount rpc error: styx: message size 3 is less than a header>", sys->sprint("got %q", s));
	sys->unmount(nil, "/tmp/m1");
	check("garbage server hears the end at unmount", next(5000) == "eof", "no eof");

	# a reply of the wrong type
	check("mount server of wrong replies", start(Sbadtype, "/tmp/m2") >= 0, sys->sprint("%r"));
	s = readfile("/tmp/m2/f");
	check("wrong reply type is an error", s == "<read: mount rpc error: Rwrite in reply to Tread>", sys->sprint("got %q", s));

	# a server that holds a read back; the reader is killed: Tflush
	check("mount holding server", start(Sflush, "/tmp/m3") >= 0, sys->sprint("%r"));
	pidc := chan of int;
	res := chan of string;
	spawn reader("/tmp/m3/f", pidc, res);
	pid := <-pidc;
	s = next(5000);
	check("read reaches the server", s == "read held", s);
	ctl := sys->open("/prog/"+string pid+"/ctl", Sys->OWRITE);
	r := sys->fprint(ctl, "kill");
	check("kill the reader", r > 0, sys->sprint("%r"));
	s = next(5000);
	check("kill sends Tflush for the read", s == "flush 1", s);
	tick := chan of int;
	spawn timer(tick, 500);
	alt{
	s = <-res =>
		fail("killed reader ends", "it read " + s);
	<-tick =>
		ok("killed reader ends");
	}
	# the connection still serves
	fd := sys->open("/tmp/m3/g", Sys->OWRITE);
	r = sys->write(fd, array of byte "abc", 3);
	check("mount still works after a flush", r == 3, sys->sprint("%d %r", r));
	fd = nil;

	# two reads answered in the other order
	check("mount out-of-order server", start(Sorder, "/tmp/m4") >= 0, sys->sprint("%r"));
	res1 := chan of string;
	res2 := chan of string;
	spawn reader("/tmp/m4/a", pidc, res1);
	<-pidc;
	sys->sleep(100);
	spawn reader("/tmp/m4/b", pidc, res2);
	<-pidc;
	s1 := <-res1;
	s2 := <-res2;
	check("replies go by tag", s1 == "one" && s2 == "two", sys->sprint("got %q %q", s1, s2));

	# msize 512: writes go in pieces of at most 512-24
	check("mount msize 512", start(Smsize, "/tmp/m5") >= 0, sys->sprint("%r"));
	fd = sys->open("/tmp/m5/f", Sys->OWRITE);
	r = sys->write(fd, array[1200] of { * => byte 'x' }, 1200);
	check("write 1200 bytes with msize 512", r == 1200, sys->sprint("%d %r", r));
	fd = nil;
	sys->unmount(nil, "/tmp/m5");
	s = next(5000);
	check("writes split at the iounit", s == "eof 488 488 224", s);

	# Rerror
	check("mount refusing server", start(Serror, "/tmp/m6") >= 0, sys->sprint("%r"));
	s = readfile("/tmp/m6/f");
	check("Rerror's text is the error", s == "<open: no way>", sys->sprint("got %q", s));

	# version exchanges that must fail
	r = start(Sbigmsize, "/tmp/m7");
	e = sys->sprint("%r");
	check("server msize above ours", r < 0 && e == "server tries to increase msize in fversion", e);
	r = start(Ssmallmsize, "/tmp/m7");
	e = sys->sprint("%r");
	check("server msize too small", r < 0 && e == "nonsense value of msize in fversion", e);
	r = start(Sunknown, "/tmp/m7");
	e = sys->sprint("%r");
	check("server speaks no 9P2000", r < 0 && e == "incompatible 9P versions: server speaks unknown", e);

	sys->print("run: %d ok, %d FAIL\n", nok, nfail);
}
