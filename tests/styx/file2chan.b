implement Test;

# Sys->file2chan: a file in #s (/chan) served by this program through
# the FileIO channels (dis-link.md §4.4); read and written directly and
# by cat and echo run by the shell; errors from the server; the close
# messages; the file going when the server lets its FileIO go, and a
# client waiting at that moment getting an error.

include "sys.m";
	sys: Sys;
include "draw.m";

Test: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Command: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

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

report: chan of string;

# serve one file: its contents, set by writes; a read at offset 999 fails
server(fio: ref Sys->FileIO, stop: chan of int, hold: chan of int)
{
	data := array[0] of byte;
	late: Sys->Rread;
	for(;;) alt{
	<-stop =>
		# answer the read kept back, whose client has gone
		if(late != nil)
			late <-= (array of byte "too late", nil);
		late = nil;
		report <-= "answered late";
	(off, n, fid, rc) := <-fio.read =>
		if(rc == nil){
			report <-= "clunk read " + string (fid > 0);
			continue;
		}
		if(off == 999){
			rc <-= (nil, "no data there");
			continue;
		}
		if(off == 997){
			late = rc;
			report <-= "kept back";
			continue;
		}
		if(off == 998){
			# never answer: the client must not hang once the server goes
			<-hold;
			return;
		}
		if(off >= len data)
			off = len data;
		e := off + n;
		if(e > len data)
			e = len data;
		rc <-= (data[off:e], nil);
	(off, d, fid, wc) := <-fio.write =>
		if(wc == nil){
			report <-= "clunk write " + string (fid > 0);
			continue;
		}
		if(string d == "refuse"){
			wc <-= (0, "refused");
			continue;
		}
		if(off + len d > len data){
			nd := array[off + len d] of byte;
			nd[0:] = data;
			data = nd;
		}
		data[off:] = d;
		wc <-= (len d, nil);
	}
}

readall(f: string): string
{
	fd := sys->open(f, Sys->OREAD);
	if(fd == nil)
		return sys->sprint("<open: %r>");
	s := "";
	buf := array[100] of byte;
	while((n := sys->read(fd, buf, len buf)) > 0)
		s += string buf[0:n];
	if(n < 0)
		return sys->sprint("<read: %r>");
	return s;
}

preadat(f: string, off: int): string
{
	fd := sys->open(f, Sys->OREAD);
	if(fd == nil)
		return sys->sprint("<open: %r>");
	buf := array[100] of byte;
	n := sys->pread(fd, buf, len buf, big off);
	if(n < 0)
		return sys->sprint("<read: %r>");
	return string buf[0:n];
}

killable(f: string, off: int, pidc: chan of int, res: chan of string)
{
	pidc <-= sys->pctl(0, nil);
	res <-= preadat(f, off);
}

reader(f: string, off: int, res: chan of string)
{
	res <-= preadat(f, off);
}

next(): string
{
	tick := chan of int;
	spawn timer(tick, 5000);
	alt{
	s := <-report =>
		return s;
	<-tick =>
		return "timeout";
	}
}

# the next report that is not a close's (those may come late: a close never waits for the server)
nextnotclunk(): string
{
	for(;;){
		s := next();
		if(len s < 5 || s[0:5] != "clunk")
			return s;
	}
}

drain()
{
	for(;;) alt{
	<-report =>
		;
	* =>
		return;
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

	fio := sys->file2chan("/chan", "f2c");
	check("file2chan", fio != nil, sys->sprint("%r"));
	if(fio == nil){
		sys->print("run: %d ok, %d FAIL\n", nok, nfail);
		exit;
	}
	stop := chan of int;
	hold := chan of int;
	spawn server(fio, stop, hold);

	(n, d) := sys->stat("/chan/f2c");
	check("stat of the served file", n == 0 && d.name == "f2c" && d.mode == 8r600 && d.dtype == 's',
		sys->sprint("%d %q %uo %c: %r", n, d.name, d.mode, d.dtype));
	fio2 := sys->file2chan("/chan", "f2c");
	e := sys->sprint("%r");
	check("a second file of the same name", fio2 == nil && e == "file already exists", e);

	fd := sys->open("/chan/f2c", Sys->OWRITE);
	r := sys->write(fd, array of byte "hello", 5);
	check("write goes to the server", r == 5, sys->sprint("%d %r", r));
	r = sys->write(fd, array of byte "refuse", 6);
	e = sys->sprint("%r");
	check("the server's write error", r < 0 && e == "refused", sys->sprint("%d %q", r, e));
	fd = nil;
	s := next();
	t := next();
	check("close sends both clunk messages", (s == "clunk read 1" && t == "clunk write 1") || (s == "clunk write 1" && t == "clunk read 1"), s + "/" + t);

	s = readall("/chan/f2c");
	check("read from the server", s == "hello", sys->sprint("%q", s));
	next();
	next();
	s = preadat("/chan/f2c", 999);
	check("the server's read error", s == "<read: no data there>", s);
	next();
	next();

	# the shell's echo and cat
	sh := load Command "/dis/sh.dis";
	if(sh == nil)
		fail("load sh", sys->sprint("%r"));
	else{
		{
			sh->init(nil, "sh" :: "-c" :: "echo through the shell > /chan/f2c; cat /chan/f2c > /tmp/catout" :: nil);
		}exception x{
		"*" =>
			fail("sh", x);
		}
		s = readall("/tmp/catout");
		check("echo and cat through the shell", s == "through the shell\n", sys->sprint("%q", s));
	}
	drain();

	# a client killed while the server keeps its read back; the late answer harms nothing
	drain();
	res := chan of string;
	pidc := chan of int;
	spawn killable("/chan/f2c", 997, pidc, res);
	pid := <-pidc;
	s = nextnotclunk();
	check("read kept back by the server", s == "kept back", s);
	ctl := sys->open("/prog/"+string pid+"/ctl", Sys->OWRITE);
	check("kill the waiting client", sys->fprint(ctl, "kill") > 0, sys->sprint("%r"));
	ctl = nil;
	sys->sleep(200);
	stop <-= 1;
	s = nextnotclunk();
	check("the server answers the gone client", s == "answered late", s);
	s = readall("/chan/f2c");
	check("the file still serves", s == "through the shell\n", sys->sprint("%q", s));
	drain();

	# the server stops answering and goes: the waiting client gets an error, the file goes
	spawn reader("/chan/f2c", 998, res);
	sys->sleep(200);
	hold <-= 1;		# the server returns, its reply channel unanswered
	fio = nil;
	tick := chan of int;
	spawn timer(tick, 5000);
	alt{
	s = <-res =>
		check("a client left waiting gets an error", s == "<read: i/o on hungup channel>", s);
	<-tick =>
		fail("a client left waiting gets an error", "it hangs");
	}
	(n, nil) = sys->stat("/chan/f2c");
	check("the file goes with its server", n < 0, "still there");

	sys->print("run: %d ok, %d FAIL\n", nok, nfail);
}
