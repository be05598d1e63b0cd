implement Test;

# Sys->export over a pipe, mounted with Sys->mount: files created,
# written, read, stat'd, renamed and removed through the mount land in
# the exported directory, and the other way round.

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

writefile(f, s: string): int
{
	fd := sys->create(f, Sys->OWRITE, 8r644);
	if(fd == nil)
		return -1;
	b := array of byte s;
	return sys->write(fd, b, len b);
}

readfile(f: string): string
{
	fd := sys->open(f, Sys->OREAD);
	if(fd == nil)
		return sys->sprint("<open: %r>");
	s := "";
	buf := array[8192] of byte;
	while((n := sys->read(fd, buf, len buf)) > 0)
		s += string buf[0:n];
	if(n < 0)
		return sys->sprint("<read: %r>");
	return s;
}

contains(s, t: string): int
{
	for(i := 0; i+len t <= len s; i++)
		if(s[i:i+len t] == t)
			return 1;
	return 0;
}

waitexport(fd: ref Sys->FD, done: chan of int)
{
	r := sys->export(fd, "/tmp/x", Sys->EXPWAIT);
	fd = nil;
	done <-= r;
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
	sys->create("/tmp/x", Sys->OREAD, Sys->DMDIR|8r755);
	sys->create("/tmp/m", Sys->OREAD, Sys->DMDIR|8r755);
	sys->create("/tmp/x/d", Sys->OREAD, Sys->DMDIR|8r755);
	writefile("/tmp/x/a", "hello, world\n");

	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0){
		fail("pipe", sys->sprint("%r"));
		exit;
	}
	r := sys->export(p[0], "/tmp/x", Sys->EXPASYNC);
	check("export EXPASYNC", r == 0, sys->sprint("returned %d: %r", r));
	p[0] = nil;
	r = sys->mount(p[1], nil, "/tmp/m", Sys->MREPL|Sys->MCREATE, "");
	check("mount", r >= 0, sys->sprint("returned %d: %r", r));
	p[1] = nil;

	s := readfile("/tmp/m/a");
	check("read exported file", s == "hello, world\n", sys->sprint("got %q", s));

	(n, d) := sys->stat("/tmp/m/a");
	check("stat through mount", n == 0 && d.name == "a" && d.length == big 13 && d.dtype == 'M',
		sys->sprint("%d name %q length %bd dtype %c: %r", n, d.name, d.length, d.dtype));

	r = writefile("/tmp/m/b", "new file");
	check("create and write through mount", r == 8, sys->sprint("write %d: %r", r));
	s = readfile("/tmp/x/b");
	check("created file is in the exported dir", s == "new file", sys->sprint("got %q", s));

	fd := sys->open("/tmp/m", Sys->OREAD);
	names := "";
	for(;;){
		(nd, dirs) := sys->dirread(fd);
		if(nd <= 0)
			break;
		for(i := 0; i < nd; i++)
			names += " " + dirs[i].name;
	}
	fd = nil;
	check("dirread through mount", names == " a b d" || names == " a d b" || names == " b a d" || names == " d a b" || names == " b d a" || names == " d b a", sys->sprint("got %q", names));

	r = sys->remove("/tmp/m/b");
	check("remove through mount", r == 0, sys->sprint("%r"));
	(n, nil) = sys->stat("/tmp/x/b");
	check("removed file gone from exported dir", n < 0, "still there");

	(n, nil) = sys->stat("/tmp/m/nonesuch");
	check("stat of missing file fails", n < 0, "succeeded");
	e := sys->sprint("%r");
	check("missing file's error", e == "'/tmp/m/nonesuch' file does not exist", sys->sprint("got %q", e));
	(n, nil) = sys->stat("/tmp/m/nonesuch/x");
	e = sys->sprint("%r");
	check("missing directory's error", n < 0 && e == "'/tmp/m/nonesuch' does not exist", sys->sprint("got %q", e));

	# a big file, read in pieces larger than the iounit
	data := array[100000] of byte;
	for(i := 0; i < len data; i++)
		data[i] = byte (i*7);
	fd = sys->create("/tmp/m/big", Sys->ORDWR, 8r644);
	r = sys->write(fd, data, len data);
	check("write 100000 bytes", r == len data, sys->sprint("wrote %d: %r", r));
	fd = nil;
	fd = sys->open("/tmp/m/big", Sys->OREAD);
	got := array[len data] of byte;
	r = sys->readn(fd, got, len got);
	same := r == len data;
	for(i = 0; same && i < len data; i++)
		same = got[i] == data[i];
	check("read 100000 bytes back", same, sys->sprint("read %d", r));
	fd = nil;

	# wstat: rename
	d = sys->nulldir;
	d.name = "renamed";
	r = sys->wstat("/tmp/m/big", d);
	check("wstat rename", r == 0, sys->sprint("%r"));
	(n, nil) = sys->stat("/tmp/x/renamed");
	check("renamed in the exported dir", n == 0, sys->sprint("%r"));
	sys->remove("/tmp/m/renamed");

	# walk into a subdirectory and out with ..
	writefile("/tmp/m/d/f", "in d");
	s = readfile("/tmp/m/d/../d/f");
	check("walk .. through mount", s == "in d", sys->sprint("got %q", s));

	# .. at the root of the export stays there
	(n, d) = sys->stat("/tmp/m/d/f");
	check("stat in subdirectory", n == 0 && d.length == big 4, sys->sprint("%r"));

	# what the commands see: ls -l shows device M, ns the mount
	sh := load Command "/dis/sh.dis";
	if(sh == nil)
		fail("load sh", sys->sprint("%r"));
	else{
		{
			sh->init(nil, "sh" :: "-c" :: "ls -l /tmp/m/a > /tmp/lsout; ns > /tmp/nsout; cat /tmp/m/a /tmp/m/d/f > /tmp/catout" :: nil);
		}exception x{
		"*" =>
			fail("sh", x);
		}
		s = readfile("/tmp/lsout");
		check("ls -l shows device type M", len s > 14 && s[0:14] == "--rw-r--r-- M ", sys->sprint("%q", s));
		s = readfile("/tmp/nsout");
		check("ns shows the mount", contains(s, "mount -c '#|/data1' /tmp/m\n"), sys->sprint("%q", s));
		s = readfile("/tmp/catout");
		check("cat through the mount", s == "hello, world\nin d", sys->sprint("%q", s));
	}

	r = sys->unmount(nil, "/tmp/m");
	check("unmount", r >= 0, sys->sprint("%r"));
	(n, nil) = sys->stat("/tmp/m/a");
	check("unmounted", n < 0, "still mounted");

	# EXPWAIT: export returns when the client hangs up
	if(sys->pipe(p) < 0){
		fail("pipe", sys->sprint("%r"));
		exit;
	}
	done := chan of int;
	spawn waitexport(p[0], done);
	p[0] = nil;
	r = sys->mount(p[1], nil, "/tmp/m", Sys->MREPL, "");
	check("mount an EXPWAIT export", r >= 0, sys->sprint("%r"));
	p[1] = nil;
	s = readfile("/tmp/m/a");
	check("read through an EXPWAIT export", s == "hello, world\n", sys->sprint("%q", s));
	sys->unmount(nil, "/tmp/m");
	tick := chan of int;
	spawn timer(tick, 5000);
	alt{
	r = <-done =>
		check("EXPWAIT export returns when the client goes", r == 0, sys->sprint("returned %d", r));
	<-tick =>
		fail("EXPWAIT export returns when the client goes", "still serving after 5s");
	}

	# bad arguments
	if(sys->pipe(p) < 0)
		exit;
	r = sys->export(p[0], "/tmp/nonesuch", Sys->EXPASYNC);
	check("export of a missing directory fails", r < 0, "it did not");
	r = sys->export(p[0], "/tmp/x", 7);
	check("export with a bad flag fails", r < 0, "it did not");

	sys->print("run: %d ok, %d FAIL\n", nok, nfail);
}
