implement Memfstest;

# memfs -s and the Styx libraries under it (styx, styxservers,
# nametree), spoken to over a pipe with hand-made Tmsgs: what a
# client (Ember's #M, the Linux 9p client, Inferno) may send and what
# it must get back. Prints "ok NAME" / "FAIL NAME: why", then
# "run: N ok, M FAIL".

include "sys.m";
	sys: Sys;
include "draw.m";
include "styx.m";
	styx: Styx;
	Tmsg, Rmsg: import styx;

Memfstest: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Command: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

nok := 0;
nfail := 0;
fd: ref Sys->FD;
tag := 1;

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

check(name: string, got, want: string)
{
	if(got == want)
		ok(name);
	else
		fail(name, sys->sprint("got %q want %q", got, want));
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	styx = load Styx Styx->PATH;
	if(styx == nil){
		sys->print("FAIL load: %s: %r\nrun: 0 ok, 1 FAIL\n", Styx->PATH);
		raise "fail:load";
	}
	styx->init();
	packing();
	memfs := load Command "/dis/memfs.dis";
	if(memfs == nil){
		sys->print("FAIL load: /dis/memfs.dis: %r\nrun: %d ok, %d FAIL\n", nok, nfail+1);
		raise "fail:load";
	}
	p := array[2] of ref Sys->FD;
	sys->pipe(p);
	sync := chan of int;
	spawn serve(memfs, p[0], sync);
	<-sync;
	p[0] = nil;
	fd = p[1];
	session();
	sys->print("run: %d ok, %d FAIL\n", nok, nfail);
	if(nfail)
		raise "fail:errors";
}

serve(memfs: Command, sfd: ref Sys->FD, sync: chan of int)
{
	sys->pctl(Sys->NEWFD, sfd.fd :: 2 :: nil);
	sys->dup(sfd.fd, 0);
	sfd = nil;
	sync <-= 1;
	memfs->init(nil, "memfs" :: "-s" :: nil);
}

# packing and unpacking alone
packing()
{
	t := ref Tmsg.Walk(7, 1, 2, array[] of {"a", "bc"});
	a := t.pack();
	check("pack: Twalk size", string len a, string (7+4+4+2+3+4));
	(n, m) := Tmsg.unpack(a);
	if(n == len a && m != nil && m.text() == t.text())
		ok("unpack: Twalk round trip");
	else
		fail("unpack: Twalk round trip", sys->sprint("%d %s", n, m.text()));
	(n, m) = Tmsg.unpack(a[0:len a - 1]);
	check("unpack: part of a message", string n, "0");
	b := array[len a] of byte;
	b[0:] = a;
	b[len b - 1] = byte 0;	# a NUL in a name
	(n, m) = Tmsg.unpack(b);
	check("unpack: NUL in a string", string n, "-1");
	b[0:] = a;
	b[len b - 1] = byte 16rFF;	# not UTF-8
	(n, m) = Tmsg.unpack(b);
	check("unpack: a string that is not UTF-8", string n, "-1");
	b[0:] = a;
	b[4] = byte 106;	# Terror is no message
	(n, m) = Tmsg.unpack(b);
	check("unpack: Terror", string n, "-1");
	b[0:] = a;
	b[15] = byte 17;	# 17 names
	(n, m) = Tmsg.unpack(b);
	check("unpack: more than 16 names", string n, "-1");
	d := sys->zerodir;
	d.name = "x";
	d.uid = "u";
	d.gid = "g";
	d.muid = "";
	d.qid = Sys->Qid(big 16r123456789, 3, Sys->QTFILE);
	d.length = big 5000000000;
	pd := styx->packdir(d);
	check("packdir: size", string len pd, string (Styx->STATFIXLEN+3));
	(dn, d2) := styx->unpackdir(pd);
	check("unpackdir: round trip", sys->sprint("%d %s", dn, styx->dir2text(d2)), sys->sprint("%d %s", len pd, styx->dir2text(d)));
	r := ref Rmsg.Read(3, array of byte "data");
	(n, nil) = Rmsg.unpack(r.pack());
	check("Rread round trip", string n, string (11+4));
	v := ref Tmsg.Version(Styx->NOTAG, 9000, "9P2000.u");
	(ms, vs) := styx->compatible(v, 8216, nil);
	check("compatible: 9P2000.u", sys->sprint("%d %s", ms, vs), "8216 9P2000");
	v.version = "9P1999";
	(ms, vs) = styx->compatible(v, 8216, nil);
	check("compatible: older", vs, "unknown");
}

rpc(t: ref Tmsg): ref Rmsg
{
	if(t.tag != Styx->NOTAG)
		t.tag = tag++;
	a := t.pack();
	if(sys->write(fd, a, len a) != len a)
		return ref Rmsg.Readerror(0, sys->sprint("write: %r"));
	r := Rmsg.read(fd, 0);
	if(r == nil)
		return ref Rmsg.Readerror(0, "eof");
	if(tagof r != tagof Rmsg.Readerror && r.tag != t.tag)
		return ref Rmsg.Readerror(0, sys->sprint("tag %d for %d", r.tag, t.tag));
	return r;
}

# the reply's error, or "" if it is not Rerror
errof(r: ref Rmsg): string
{
	pick e := r {
	Error =>
		return e.ename;
	Readerror =>
		return "readerror " + e.error;
	}
	return "";
}

okreply(name: string, r: ref Rmsg): int
{
	e := errof(r);
	if(e != nil){
		fail(name, e);
		return 0;
	}
	ok(name);
	return 1;
}

wanterr(name: string, r: ref Rmsg, want: string)
{
	check(name, errof(r), want);
}

readall(fid: int): string
{
	s := "";
	off := big 0;
	for(;;){
		r := rpc(ref Tmsg.Read(0, fid, off, 8192));
		pick rr := r {
		Read =>
			if(len rr.data == 0)
				return s;
			s += string rr.data;
			off += big len rr.data;
		* =>
			return "error: " + errof(r);
		}
	}
}

dirnames(fid: int, count: int): string
{
	s := "";
	off := big 0;
	for(;;){
		r := rpc(ref Tmsg.Read(0, fid, off, count));
		pick rr := r {
		Read =>
			if(len rr.data == 0)
				return s;
			for(o := 0; o < len rr.data; ){
				(n, d) := styx->unpackdir(rr.data[o:]);
				if(n <= 0)
					return s + " bad entry";
				s += " " + d.name;
				o += n;
			}
			off += big len rr.data;
		* =>
			return "error: " + errof(r);
		}
	}
}

statof(fid: int): ref Sys->Dir
{
	pick r := rpc(ref Tmsg.Stat(0, fid)) {
	Stat =>
		return ref r.stat;
	}
	return nil;
}

session()
{
	r := rpc(ref Tmsg.Attach(0, 0, Styx->NOFID, "u", ""));
	wanterr("attach before version", r, "Tversion not seen");
	pick rv := rpc(ref Tmsg.Version(Styx->NOTAG, 1024*1024, "9P2000")) {
	Version =>
		check("version: msize capped", sys->sprint("%d %s", rv.msize, rv.version), "65560 9P2000");
	* =>
		fail("version", "no Rversion");
	}
	wanterr("auth: not required", rpc(ref Tmsg.Auth(0, 99, "u", "")), "authentication not required");
	r = rpc(ref Tmsg.Attach(0, 0, Styx->NOFID, "u", ""));
	okreply("attach", r);
	wanterr("attach: fid in use", rpc(ref Tmsg.Attach(0, 0, Styx->NOFID, "u", "")), "fid already in use");
	wanterr("walk: no such file", rpc(ref Tmsg.Walk(0, 0, 1, array[] of {"nope"})), "file does not exist");
	wanterr("walk: bad fid", rpc(ref Tmsg.Walk(0, 42, 1, nil)), "bad fid");
	okreply("walk: clone", rpc(ref Tmsg.Walk(0, 0, 1, nil)));
	r = rpc(ref Tmsg.Create(0, 1, "a", 8r666, Styx->ORDWR));
	okreply("create a file", r);
	pick w := rpc(ref Tmsg.Write(0, 1, big 0, array of byte "hello")) {
	Write =>
		check("write", string w.count, "5");
	* =>
		fail("write", "no Rwrite");
	}
	rpc(ref Tmsg.Write(0, 1, big 10, array of byte "world"));
	check("read back, hole filled with zeros", readall(1), "hello\0\0\0\0\0world");
	d := statof(1);
	if(d != nil)
		check("stat", sys->sprint("%s %bd %s %uo", d.name, d.length, d.uid, d.mode), "a 15 u 666");
	else
		fail("stat", "no Rstat");
	wanterr("walk of an open fid", rpc(ref Tmsg.Walk(0, 1, 2, nil)), "fid already opened");
	okreply("clunk", rpc(ref Tmsg.Clunk(0, 1)));
	wanterr("clunk: gone", rpc(ref Tmsg.Clunk(0, 1)), "bad fid");
	pick rw := rpc(ref Tmsg.Walk(0, 0, 2, array[] of {"a"})) {
	Walk =>
		check("walk to the file", string len rw.qids, "1");
	* =>
		fail("walk to the file", errof(rw));
	}
	wanterr("read before open", rpc(ref Tmsg.Read(0, 2, big 0, 10)), "read/write -- on non open fid");
	okreply("open for reading", rpc(ref Tmsg.Open(0, 2, Styx->OREAD)));
	wanterr("write on a read-only open", rpc(ref Tmsg.Write(0, 2, big 0, array of byte "x")), "read/write -- not open in suitable mode");
	wanterr("read too large", rpc(ref Tmsg.Read(0, 2, big 0, 1024*1024)), "read/write -- count negative or exceeds msgsize");
	rpc(ref Tmsg.Clunk(0, 2));

	# directories
	rpc(ref Tmsg.Walk(0, 0, 3, nil));
	okreply("create a directory", rpc(ref Tmsg.Create(0, 3, "d", Sys->DMDIR|8r777, Styx->OREAD)));
	rpc(ref Tmsg.Clunk(0, 3));
	rpc(ref Tmsg.Walk(0, 0, 4, array[] of {"d"}));
	okreply("create in it", rpc(ref Tmsg.Create(0, 4, "x", 8r644, Styx->OWRITE)));
	rpc(ref Tmsg.Clunk(0, 4));
	rpc(ref Tmsg.Walk(0, 0, 5, array[] of {"d", "..", "d", "x"}));
	d = statof(5);
	if(d != nil)
		check("walk with ..", d.name, "x");
	else
		fail("walk with ..", "no stat");
	rpc(ref Tmsg.Walk(0, 0, 6, nil));
	rpc(ref Tmsg.Open(0, 6, Styx->OREAD));
	check("directory read", dirnames(6, 8192), " a d");
	rpc(ref Tmsg.Clunk(0, 6));
	rpc(ref Tmsg.Walk(0, 0, 6, nil));
	rpc(ref Tmsg.Open(0, 6, Styx->OREAD));
	check("directory read, an entry at a time", dirnames(6, 100), " a d");
	rpc(ref Tmsg.Clunk(0, 6));
	rpc(ref Tmsg.Walk(0, 0, 6, nil));
	rpc(ref Tmsg.Open(0, 6, Styx->OREAD));
	wanterr("directory read too small for an entry", rpc(ref Tmsg.Read(0, 6, big 0, 20)), "read/write -- count too small for a directory entry");
	wanterr("directory read at a bad offset", rpc(ref Tmsg.Read(0, 6, big 3, 100)), "read/write -- bad offset");
	rpc(ref Tmsg.Clunk(0, 6));
	rpc(ref Tmsg.Walk(0, 0, 7, nil));
	wanterr("open a directory for writing", rpc(ref Tmsg.Open(0, 7, Styx->OWRITE)), "is a directory");
	wanterr("create an existing file", rpc(ref Tmsg.Create(0, 7, "a", 8r666, Styx->OWRITE)), "file already exists");
	wanterr("create ..", rpc(ref Tmsg.Create(0, 7, "..", 8r666, Styx->OWRITE)), ". and .. are illegal names");
	rpc(ref Tmsg.Walk(0, 0, 8, array[] of {"d"}));
	wanterr("remove a full directory", rpc(ref Tmsg.Remove(0, 8)), "directory not empty");
	wanterr("remove clunks even when it fails", rpc(ref Tmsg.Clunk(0, 8)), "bad fid");
	okreply("remove a file", rpc(ref Tmsg.Remove(0, 5)));
	rpc(ref Tmsg.Walk(0, 0, 8, array[] of {"d"}));
	okreply("remove an empty directory", rpc(ref Tmsg.Remove(0, 8)));
	pick rw := rpc(ref Tmsg.Walk(0, 0, 9, array[] of {"d", "x"})) {
	Error =>
		ok("removed: gone");
	* =>
		fail("removed: gone", "walk succeeded");
	}

	# wstat: rename, truncate
	rpc(ref Tmsg.Walk(0, 0, 10, array[] of {"a"}));
	nd := sys->nulldir;
	nd.name = "b";
	okreply("wstat: rename", rpc(ref Tmsg.Wstat(0, 10, nd)));
	nd = sys->nulldir;
	nd.length = big 3;
	okreply("wstat: truncate", rpc(ref Tmsg.Wstat(0, 10, nd)));
	rpc(ref Tmsg.Walk(0, 0, 11, array[] of {"b"}));
	rpc(ref Tmsg.Open(0, 11, Styx->OREAD));
	check("renamed and truncated", readall(11), "hel");
	rpc(ref Tmsg.Clunk(0, 11));
	rpc(ref Tmsg.Walk(0, 0, 11, array[] of {"b"}));
	rpc(ref Tmsg.Open(0, 11, Styx->ORDWR|Styx->OTRUNC));
	check("open with OTRUNC", readall(11), "");
	rpc(ref Tmsg.Clunk(0, 11));

	# a bigger file, in many writes
	rpc(ref Tmsg.Walk(0, 0, 12, nil));
	rpc(ref Tmsg.Create(0, 12, "big", 8r666, Styx->ORDWR|Styx->ORCLOSE));
	N := 300*1000;
	buf := array[8000] of byte;
	for(off := 0; off < N; off += len buf){
		n := len buf;
		if(N - off < n)
			n = N - off;
		for(i := 0; i < n; i++)
			buf[i] = byte ((off+i) % 253);
		rpc(ref Tmsg.Write(0, 12, big off, buf[0:n]));
	}
	bad := 0;
	got := 0;
	for(;;){
		pick rr := rpc(ref Tmsg.Read(0, 12, big got, 60000)) {
		Read =>
			if(len rr.data == 0)
				break;
			for(i := 0; i < len rr.data; i++)
				if(rr.data[i] != byte ((got+i) % 253))
					bad++;
			got += len rr.data;
			continue;
		}
		break;
	}
	check("300 KB file intact", sys->sprint("%d bad %d", got, bad), sys->sprint("%d bad 0", N));
	rpc(ref Tmsg.Clunk(0, 12));
	wanterr("ORCLOSE removed it", rpc(ref Tmsg.Walk(0, 0, 13, array[] of {"big"})), "file does not exist");

	# Tversion starts again: the fids are gone
	rpc(ref Tmsg.Version(Styx->NOTAG, 8216, "9P2000"));
	wanterr("version clunks every fid", rpc(ref Tmsg.Stat(0, 0)), "bad fid");

	# garbage ends the connection: the server stops and its end closes
	junk := array[] of { byte 9, byte 0, byte 0, byte 0, byte 106, byte 0, byte 0, byte 0, byte 0 };
	sys->write(fd, junk, len junk);
	rc := chan of ref Rmsg;
	spawn readreply(rc);
	tick := chan of int;
	spawn timer(tick, 3000);
	alt{
	rr := <-rc =>
		if(rr == nil)
			ok("garbage ends the connection");
		else
			fail("garbage ends the connection", rr.text());
	<-tick =>
		fail("garbage ends the connection", "no end of file after 3 s");
	}
}

readreply(rc: chan of ref Rmsg)
{
	rc <-= Rmsg.read(fd, 0);
}

timer(c: chan of int, ms: int)
{
	sys->sleep(ms);
	c <-= 1;
}
