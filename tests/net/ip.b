implement Iptest;

# Tests of #I (the host's network device) and the connection server
# /net/cs through Sys->dial, announce and listen, as a program uses
# them: TCP and UDP on the loopback, IPv4 and IPv6, addresses, errors,
# hangup. Prints "ok NAME" or "FAIL NAME: why" per case, "skip NAME:
# why" where the host cannot (no IPv6), then "run: N ok, M FAIL".

include "sys.m";
	sys: Sys;
	Connection: import sys;
include "draw.m";

Iptest: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
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
	cs();
	tcp("tcp ipv4", "127.0.0.1");
	if(have6())
		tcp("tcp ipv6", "::1");
	else
		sys->print("skip tcp ipv6: the host has no IPv6 loopback\n");
	anyaddr();
	refused();
	bulk();
	hangup();
	udp();
	ctlerrors();
	listenclosed();
	sys->print("run: %d ok, %d FAIL\n", nok, nfail);
	if(nfail)
		raise "fail:errors";
}

# every line the connection server gives for addr, or the error
csq(addr: string): (string, string)
{
	fd := sys->open("/net/cs", Sys->ORDWR);
	if(fd == nil)
		return (nil, sys->sprint("open: %r"));
	if(sys->fprint(fd, "%s", addr) < 0)
		return (nil, sys->sprint("%r"));
	sys->seek(fd, big 0, Sys->SEEKSTART);
	s := "";
	buf := array[256] of byte;
	while((n := sys->read(fd, buf, len buf)) > 0)
		s += string buf[0:n];
	return (s, nil);
}

cs()
{
	(s, err) := csq("tcp!127.0.0.1!styx");
	check("cs: numeric host, service by name", s+err, "/net/tcp/clone 127.0.0.1!6666\n");
	(s, err) = csq("net!127.0.0.1!564");
	check("cs: net is tcp, numeric port", s+err, "/net/tcp/clone 127.0.0.1!564\n");
	(s, err) = csq("tcp!*!7");
	check("cs: * for announce", s+err, "/net/tcp/clone *!7\n");
	(s, err) = csq("udp!::1!echo");
	check("cs: ipv6 address, udp", s+err, "/net/udp/clone ::1!7\n");
	(s, err) = csq("tcp!127.0.0.1!www");
	check("cs: an alias from /lib/ndb/services", s+err, "/net/tcp/clone 127.0.0.1!80\n");
	(s, err) = csq("tcp!localhost!styx");
	if(err == nil && contains(s, "/net/tcp/clone 127.0.0.1!6666\n"))
		ok("cs: a name is looked up");
	else
		fail("cs: a name is looked up", s+err);
	# one line per read
	fd := sys->open("/net/cs", Sys->ORDWR);
	sys->fprint(fd, "tcp!localhost!1");
	sys->seek(fd, big 0, Sys->SEEKSTART);
	buf := array[256] of byte;
	n := sys->read(fd, buf, len buf);
	if(n > 0 && buf[n-1] == byte '\n' && !contains(string buf[0:n-1], "\n"))
		ok("cs: one line per read");
	else
		fail("cs: one line per read", sys->sprint("%d %q", n, string buf[0:n]));
	errcase("cs: missing service", "tcp!127.0.0.1", "cs: bad address tcp!127.0.0.1");
	errcase("cs: unknown protocol", "il!127.0.0.1!1", "cs: unknown protocol il");
	errcase("cs: unknown service", "tcp!127.0.0.1!nosuchservice", "cs: unknown service nosuchservice");
	errcase("cs: unknown host", "tcp!nosuch.invalid!1", "cs: unknown host nosuch.invalid");
}

errcase(name, addr, want: string)
{
	(s, err) := csq(addr);
	if(s != nil)
		fail(name, "translated to " + s);
	else
		check(name, err, want);
}

contains(s, t: string): int
{
	for(i := 0; i+len t <= len s; i++)
		if(s[i:i+len t] == t)
			return 1;
	return 0;
}

have6(): int
{
	(r, c) := sys->announce("tcp!::1!0");
	if(r < 0)
		return 0;
	c.cfd = nil;
	return 1;
}

readfile(f: string): string
{
	fd := sys->open(f, Sys->OREAD);
	if(fd == nil)
		return sys->sprint("open %s: %r", f);
	buf := array[256] of byte;
	n := sys->read(fd, buf, len buf);
	if(n < 0)
		return sys->sprint("read %s: %r", f);
	return string buf[0:n];
}

# the port of an announced conversation
portof(dir: string): string
{
	s := readfile(dir + "/local");
	for(i := len s - 1; i >= 0; i--)
		if(s[i] == '!')
			return s[i+1:len s - 1];
	return "?";
}

readall(fd: ref Sys->FD, n: int): string
{
	buf := array[n] of byte;
	m := sys->readn(fd, buf, n);
	if(m < 0)
		return sys->sprint("read: %r");
	return string buf[0:m];
}

dialer(addr: string, msg: string, result: chan of string)
{
	(r, c) := sys->dial(addr, nil);
	if(r < 0){
		result <-= sys->sprint("dial: %r");
		return;
	}
	sys->write(c.dfd, array of byte msg, len msg);
	result <-= readall(c.dfd, 5);
}

tcp(name, host: string)
{
	(r, a) := sys->announce("tcp!" + host + "!0");
	if(r < 0){
		fail(name + ": announce", sys->sprint("%r"));
		return;
	}
	port := portof(a.dir);
	check(name + ": announced status", readfile(a.dir + "/status"), sys->sprint("tcp/%s 1 Listen\n", a.dir[len "/net/tcp/":]));
	result := chan of string;
	spawn dialer("tcp!" + host + "!" + port, "hello", result);
	(r2, c) := sys->listen(a);
	if(r2 < 0){
		fail(name + ": listen", sys->sprint("%r"));
		return;
	}
	if(c.dir == a.dir)
		fail(name + ": listen", "same directory as the announcement");
	dfd := sys->open(c.dir + "/data", Sys->ORDWR);
	if(dfd == nil){
		fail(name + ": open data", sys->sprint("%r"));
		return;
	}
	check(name + ": data arrives", readall(dfd, 5), "hello");
	local := readfile(c.dir + "/local");
	check(name + ": local", local, host + "!" + port + "\n");
	remote := readfile(c.dir + "/remote");
	if(len remote > len host && remote[0:len host+1] == host + "!")
		ok(name + ": remote");
	else
		fail(name + ": remote", remote);
	check(name + ": status", readfile(c.dir + "/status")[0:4], "tcp/");
	sys->write(dfd, array of byte "world", 5);
	check(name + ": reply", <-result, "world");
	# ctl reads back the conversation number
	n := c.dir[len "/net/tcp/":];
	buf := array[32] of byte;
	m := sys->pread(c.cfd, buf, len buf, big 0);
	check(name + ": ctl gives the number", string buf[0:max(m, 0)], n);
	(nd, nil) := sys->stat("/net/tcp/" + n);
	if(nd >= 0)
		ok(name + ": conversation directory");
	else
		fail(name + ": conversation directory", sys->sprint("%r"));
}

max(a, b: int): int
{
	if(a > b)
		return a;
	return b;
}

# * listens on every address: IPv4 and (when the host has it) IPv6
anyaddr()
{
	(r, a) := sys->announce("tcp!*!0");
	if(r < 0){
		fail("announce *", sys->sprint("%r"));
		return;
	}
	port := portof(a.dir);
	hosts := "127.0.0.1" :: nil;
	if(have6())
		hosts = "::1" :: hosts;
	for(; hosts != nil; hosts = tl hosts){
		result := chan of string;
		spawn dialer("tcp!" + hd hosts + "!" + port, "abcde", result);
		(r2, c) := sys->listen(a);
		if(r2 < 0){
			fail("announce * from " + hd hosts, sys->sprint("listen: %r"));
			continue;
		}
		dfd := sys->open(c.dir + "/data", Sys->ORDWR);
		got := readall(dfd, 5);
		sys->write(dfd, array of byte "edcba", 5);
		got += " " + <-result;
		check("announce * from " + hd hosts, got, "abcde edcba");
	}
}

# a port that was announced and is no longer
closedport(): string
{
	(r, a) := sys->announce("tcp!127.0.0.1!0");
	if(r < 0)
		return nil;
	return portof(a.dir);
}

refused()
{
	port := closedport();
	if(port == nil){
		fail("refused", sys->sprint("announce: %r"));
		return;
	}
	(r2, nil) := sys->dial("tcp!127.0.0.1!" + port, nil);
	if(r2 >= 0)
		fail("refused", "dial succeeded");
	else
		check("refused", sys->sprint("%r"), "connection refused");
}

sender(fd: ref Sys->FD, n: int, done: chan of int)
{
	buf := array[8192] of byte;
	sent := 0;
	while(sent < n){
		m := len buf;
		if(n - sent < m)
			m = n - sent;
		for(i := 0; i < m; i++)
			buf[i] = byte ((sent+i)*7 % 251);
		if(sys->write(fd, buf, m) != m)
			break;
		sent += m;
	}
	done <-= sent;
}

# a megabyte each way at once, intact
bulk()
{
	(r, a) := sys->announce("tcp!127.0.0.1!0");
	if(r < 0){
		fail("bulk", sys->sprint("announce: %r"));
		return;
	}
	(r2, c) := sys->dial("tcp!127.0.0.1!" + portof(a.dir), nil);
	if(r2 < 0){
		fail("bulk", sys->sprint("dial: %r"));
		return;
	}
	(nil, lc) := sys->listen(a);
	sfd := sys->open(lc.dir + "/data", Sys->ORDWR);
	N := 1024*1024;
	d1 := chan of int;
	d2 := chan of int;
	spawn sender(c.dfd, N, d1);
	spawn sender(sfd, N, d2);
	bad := 0;
	got := 0;
	buf := array[10000] of byte;
	while(got < N){
		m := sys->read(sfd, buf, len buf);
		if(m <= 0)
			break;
		for(i := 0; i < m; i++)
			if(buf[i] != byte ((got+i)*7 % 251))
				bad++;
		got += m;
	}
	got2 := 0;
	while(got2 < N){
		m := sys->read(c.dfd, buf, len buf);
		if(m <= 0)
			break;
		got2 += m;
	}
	s1 := <-d1;
	s2 := <-d2;
	check("bulk: a megabyte each way", sys->sprint("%d %d %d %d bad %d", s1, s2, got, got2, bad), sys->sprint("%d %d %d %d bad 0", N, N, N, N));
}

hangup()
{
	(nil, a) := sys->announce("tcp!127.0.0.1!0");
	(r, c) := sys->dial("tcp!127.0.0.1!" + portof(a.dir), nil);
	if(r < 0){
		fail("hangup", sys->sprint("dial: %r"));
		return;
	}
	(nil, lc) := sys->listen(a);
	sfd := sys->open(lc.dir + "/data", Sys->ORDWR);
	sys->fprint(c.cfd, "hangup");
	buf := array[10] of byte;
	n := sys->read(sfd, buf, len buf);
	check("hangup: the other end reads eof", string n, "0");
	if(sys->write(c.dfd, buf, 1) < 0)
		check("hangup: a write fails", sys->sprint("%r"), "i/o on hungup channel");
	else
		fail("hangup: a write fails", "it succeeded");
}

udp()
{
	(r, a) := sys->announce("udp!127.0.0.1!0");
	if(r < 0){
		fail("udp", sys->sprint("announce: %r"));
		return;
	}
	if(sys->fprint(a.cfd, "headers") < 0)
		fail("udp: headers", sys->sprint("%r"));
	sfd := sys->open(a.dir + "/data", Sys->ORDWR);
	(r2, c) := sys->dial("udp!127.0.0.1!" + portof(a.dir), nil);
	if(r2 < 0){
		fail("udp", sys->sprint("dial: %r"));
		return;
	}
	sys->write(c.dfd, array of byte "ping", 4);
	buf := array[100] of byte;
	n := sys->read(sfd, buf, len buf);
	if(n != 52+4){
		fail("udp: datagram with headers", sys->sprint("%d bytes: %r", n));
		return;
	}
	check("udp: datagram with headers", string buf[52:n], "ping");
	# the header's raddr is the IPv4-mapped 127.0.0.1, rport the dialler's
	check("udp: header address", sys->sprint("%d.%d.%d.%d %d/%d", int buf[12], int buf[13], int buf[14], int buf[15], int buf[10], int buf[11]), "127.0.0.1 255/255");
	rport := int buf[48]<<8 | int buf[49];
	check("udp: header port", string rport, portof(c.dir));
	reply := array[52+4] of byte;
	reply[0:] = buf[0:52];
	reply[52:] = array of byte "pong";
	if(sys->write(sfd, reply, len reply) != len reply)
		fail("udp: reply", sys->sprint("%r"));
	n = sys->read(c.dfd, buf, len buf);
	check("udp: reply", string buf[0:max(n, 0)], "pong");
}

ctlerrors()
{
	fd := sys->open("/net/tcp/clone", Sys->ORDWR);
	if(fd == nil){
		fail("ctl errors", sys->sprint("clone: %r"));
		return;
	}
	if(sys->fprint(fd, "connect nonsense") >= 0)
		fail("ctl: bad address", "accepted");
	else
		check("ctl: bad address", sys->sprint("%r"), "bad network address");
	if(sys->fprint(fd, "connect 127.0.0.1!99999") >= 0)
		fail("ctl: bad port", "accepted");
	else
		check("ctl: bad port", sys->sprint("%r"), "bad network address");
	if(sys->fprint(fd, "frobnicate") >= 0)
		fail("ctl: unknown message", "accepted");
	else
		check("ctl: unknown message", sys->sprint("%r"), "bad process or channel control request: frobnicate");
	if(sys->fprint(fd, "announce") >= 0)
		fail("ctl: announce without address", "accepted");
	else
		check("ctl: announce without address", sys->sprint("%r"), "wrong #args in control message: announce");
	(nil, a) := sys->announce("tcp!127.0.0.1!0");
	(r, nil) := sys->announce("tcp!127.0.0.1!" + portof(a.dir));
	if(r >= 0)
		fail("announce: a port in use", "announced twice");
	else
		check("announce: a port in use", sys->sprint("%r"), "network port not available");
	(r, nil) = sys->dial("bogus!127.0.0.1!1", nil);
	if(r >= 0)
		fail("dial: unknown protocol", "dialled");
	else
		check("dial: unknown protocol", sys->sprint("%r"), "cs: unknown protocol bogus");
}

listener(a: Connection, result: chan of string)
{
	(r, nil) := sys->listen(a);
	if(r < 0)
		result <-= sys->sprint("%r");
	else
		result <-= "a call";
}

# a listener waiting when its announcement is hung up gets an error, not a hang
listenclosed()
{
	(nil, a) := sys->announce("tcp!127.0.0.1!0");
	result := chan of string;
	spawn listener(a, result);
	sys->sleep(100);
	sys->fprint(a.cfd, "hangup");
	alt{
	s := <-result =>
		check("listen after hangup", s, "not announced");
	}
}
