implement Styxlisten;

# styxlisten [-Atsvh] [-a alg]... [-k keyfile] addr command [arg ...]:
# start command once with a pipe on its standard input, as a Styx
# server there (typically export DIR), then announce addr and share
# that one server among every client that calls (commands.md §1
# styxlisten). Each client speaks Styx as if alone: its Tversion is
# answered here, its tags and fids are mapped into the server's, and
# its fids are clunked when it goes. When the server ends, so does the
# listener.

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "keyring.m";
	kr: Keyring;
include "styx.m";
	styx: Styx;
	Tmsg, Rmsg: import styx;

Styxlisten: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Command: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

USAGE: con "styxlisten [-a alg]... [-Atsv] [-k keyfile] address cmd [arg...]";
Smsize: con 65536+Styx->IOHDRSZ;	# what we ask the server for
Ntag: con 16rFFFF;			# server tags 0 .. Ntag-1 (NOTAG is Ntag)

stderr: ref Sys->FD;
Aflag := 0;
vflag := 0;
hflag := 0;
algs: list of string;
ai: ref Keyring->Authinfo;

# one client's connection and its view of the server
Client: adt {
	fd:	ref Sys->FD;
	host:	string;
	user:	string;
	fids:	list of (int, int);	# client fid, server fid
	tags:	list of (int, int);	# client tag, server tag, while outstanding
	gone:	int;
};

# a request sent to the server, by server tag
Pending: adt {
	c:	ref Client;	# nil: ours (a clunk after a client went), or the client has gone
	ctag:	int;
	m:	ref Tmsg;	# as sent, with server fids
	cfid:	int;		# a fid the reply makes or breaks: client number
	sfid:	int;		# and server number
	flushed:	int;	# server tag a Tflush is for, or -1
	target:	ref Pending;	# and the request that had it
};

pending := array[Ntag] of ref Pending;
freetags: list of int;
nexttag := 0;
nextfid := 1;
smsize := Smsize;
sfd: ref Sys->FD;		# to the server

init(ctxt: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	arg := load Arg Arg->PATH;
	if(arg == nil)
		fail(sys->sprint("cannot load %s: %r", Arg->PATH), "bad module");
	kr = load Keyring Keyring->PATH;
	if(kr == nil)
		fail(sys->sprint("cannot load %s: %r", Keyring->PATH), "bad module");
	styx = load Styx Styx->PATH;
	if(styx == nil)
		fail(sys->sprint("cannot load %s: %r", Styx->PATH), "bad module");
	styx->init();
	arg->init(argv);
	arg->setusage(USAGE);
	sflag := 0;
	keyspec: string;
	while((c := arg->opt()) != 0)
		case c {
		'A' =>
			Aflag = 1;
		's' =>
			sflag = 1;
		't' =>
			;
		'v' =>
			vflag = 1;
		'h' =>
			hflag = 1;
		'a' =>
			algs = arg->earg() :: algs;
		'k' =>
			keyspec = arg->earg();
		* =>
			arg->usage();
		}
	argv = arg->argv();
	if(len argv < 2)
		arg->usage();
	if(!Aflag)
		readkey(keyspec);
	addr := netmkaddr(hd argv);
	sh := load Command "/dis/sh.dis";
	if(sh == nil)
		fail(sys->sprint("cannot load /dis/sh.dis: %r"), "bad module");
	sync := chan of string;
	if(sflag)
		main(ctxt, sh, addr, tl argv, sync);
	else{
		spawn main(ctxt, sh, addr, tl argv, sync);
		err := <-sync;
		if(err != nil)
			raise "fail:" + err;
	}
}

fail(msg, status: string)
{
	sys->fprint(stderr, "styxlisten: %s\n", msg);
	raise "fail:" + status;
}

netmkaddr(s: string): string
{
	(n, nil) := sys->tokenize(s, "!");
	case n {
	1 =>
		return "tcp!" + s + "!styx";
	2 =>
		return s + "!styx";
	}
	return s;
}

user(): string
{
	fd := sys->open("/dev/user", Sys->OREAD);
	if(fd == nil)
		return "inferno";
	buf := array[Sys->NAMEMAX] of byte;
	n := sys->read(fd, buf, len buf);
	if(n <= 0)
		return "inferno";
	return string buf[0:n];
}

readkey(keyspec: string)
{
	keyfile := "/usr/" + user() + "/keyring/default";
	if(keyspec != nil){
		if(keyspec[0] == '/' || keyspec[0] == '#')
			keyfile = keyspec;
		else
			keyfile = "/usr/" + user() + "/keyring/" + keyspec;
	}
	{
		ai = kr->readauthinfo(keyfile);
	}exception e{
	"*" =>
		sys->werrstr(e);
	}
	if(ai == nil)
		fail(sys->sprint("cannot read %s: %r", keyfile), "error");
}

# Everything after the arguments are checked: the server, the
# announcement, the multiplexer; nil on sync once listening, or the
# failure's status.
main(ctxt: ref Draw->Context, sh: Command, addr: string, cmd: list of string, sync: chan of string)
{
	sys->pctl(Sys->NEWPGRP, nil);
	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0){
		sys->fprint(stderr, "styxlisten: cannot make a pipe: %r\n");
		sync <-= "error";
		return;
	}
	spawn runcmd(ctxt, sh, cmd, p[0]);
	p[0] = nil;
	sfd = p[1];
	(ok, c) := sys->announce(addr);
	if(ok < 0){
		sys->fprint(stderr, "styxlisten: cannot announce on %s: %r\n", addr);
		killgrp();
		sync <-= "error";
		return;
	}
	err := version();
	if(err != nil){
		sys->fprint(stderr, "styxlisten: %s\n", err);
		killgrp();
		sync <-= "error";
		return;
	}
	reqc := chan of (ref Client, ref Tmsg);
	repc := chan of ref Rmsg;
	spawn serverreader(repc);
	spawn listener(c, addr, reqc);
	alt{
	sync <-= nil =>
		;
	* =>
		;
	}
	mux(reqc, repc);
	killgrp();
}

killgrp()
{
	fd := sys->open("/prog/" + string sys->pctl(0, nil) + "/ctl", Sys->OWRITE);
	if(fd != nil)
		sys->fprint(fd, "killgrp");
}

runcmd(ctxt: ref Draw->Context, sh: Command, cmd: list of string, fd: ref Sys->FD)
{
	sys->pctl(Sys->NEWFD|Sys->FORKNS|Sys->FORKENV, fd.fd :: 1 :: 2 :: nil);
	sys->dup(fd.fd, 0);
	if(fd.fd != 0)
		fd = nil;
	{
		sh->init(ctxt, "sh" :: "-c" :: cmdtext(cmd) :: nil);
	}exception e{
	"*" =>
		sys->fprint(stderr, "styxlisten: %s\n", e);
	}
}

cmdtext(cmd: list of string): string
{
	s := "";
	for(; cmd != nil; cmd = tl cmd){
		w := hd cmd;
		if(s != nil)
			s += " ";
		if(w != nil && w[0] == '{')
			s += w;
		else
			s += quote(w);
	}
	return s;
}

quote(w: string): string
{
	if(w == nil)
		return "''";
	plain := 1;
	for(i := 0; i < len w; i++)
		case w[i] {
		'a' to 'z' or 'A' to 'Z' or '0' to '9' or '/' or '.' or '-' or '_' or '!' or ',' or ':' or '+' or '@' or '%' =>
			;
		* =>
			plain = 0;
		}
	if(plain)
		return w;
	q := "'";
	for(i = 0; i < len w; i++){
		if(w[i] == '\'')
			q += "'";
		q[len q] = w[i];
	}
	return q + "'";
}

# the one Tversion the server sees
version(): string
{
	t := ref Tmsg.Version(Styx->NOTAG, Smsize, Styx->VERSION);
	a := t.pack();
	if(sys->write(sfd, a, len a) != len a)
		return sys->sprint("cannot write to the server: %r");
	r := Rmsg.read(sfd, Smsize);
	if(r == nil)
		return "the server ended before Rversion";
	pick rv := r {
	Version =>
		if(rv.version != Styx->VERSION)
			return "the server speaks " + rv.version;
		if(rv.msize < 256 || rv.msize > Smsize)
			return sys->sprint("the server's msize %d is out of range", rv.msize);
		smsize = rv.msize;
		return nil;
	Error =>
		return "Tversion: " + rv.ename;
	Readerror =>
		return "reading Rversion: " + rv.error;
	}
	return "the server answered Tversion with " + r.text();
}

serverreader(repc: chan of ref Rmsg)
{
	for(;;){
		r := Rmsg.read(sfd, smsize);
		if(r == nil || tagof r == tagof Rmsg.Readerror){
			if(r != nil)
				sys->fprint(stderr, "styxlisten: the server: %s\n", r.text());
			repc <-= nil;
			return;
		}
		repc <-= r;
	}
}

listener(c: Sys->Connection, addr: string, reqc: chan of (ref Client, ref Tmsg))
{
	while(onecall(c, addr, reqc))
		;
}

# Take one call and hand it to a client reader; 0 when listening
# fails. Its own function, so that the call's files go with the client.
onecall(c: Sys->Connection, addr: string, reqc: chan of (ref Client, ref Tmsg)): int
{
	(ok, nc) := sys->listen(c);
	if(ok < 0){
		sys->fprint(stderr, "styxlisten: listen failed: %r\n");
		return 0;
	}
	fd := sys->open(nc.dir + "/data", Sys->ORDWR);
	if(fd == nil){
		sys->fprint(stderr, "styxlisten: cannot open %s/data: %r\n", nc.dir);
		return 1;
	}
	host := remote(nc.dir);
	if(vflag)
		sys->fprint(stderr, "styxlisten: got connection on %s from %s\n", addr, host);
	spawn clientreader(ref Client(fd, host, nil, nil, nil, 0), reqc);
	return 1;
}

remote(dir: string): string
{
	fd := sys->open(dir + "/remote", Sys->OREAD);
	if(fd == nil)
		return "unknown";
	buf := array[128] of byte;
	n := sys->read(fd, buf, len buf);
	if(n <= 0)
		return "unknown";
	if(buf[n-1] == byte '\n')
		n--;
	return string buf[0:n];
}

# authenticate the client (unless -A), then pass its Tmsgs on
clientreader(c: ref Client, reqc: chan of (ref Client, ref Tmsg))
{
	if(!Aflag){
		err: string;
		(c.user, err) = authenticate(c.fd);
		if(err != nil){
			sys->fprint(stderr, "styxlisten: auth on %s failed: %s\n", c.host, err);
			return;
		}
	}
	for(;;){
		m := Tmsg.read(c.fd, smsize);
		if(m == nil || tagof m == tagof Tmsg.Readerror){
			if(m != nil && vflag)
				sys->fprint(stderr, "styxlisten: %s: %s\n", c.host, m.text());
			reqc <-= (c, nil);
			return;
		}
		reqc <-= (c, m);
	}
}

authenticate(fd: ref Sys->FD): (string, string)
{
	id: string;
	secret: array of byte;
	{
		(id, secret) = kr->auth(fd, ai, 0);
	}exception e{
	"*" =>
		return (nil, e);
	}
	if(secret == nil)
		return (nil, id);
	buf: array of byte;
	{
		buf = kr->getmsg(fd);
	}exception e{
	"*" =>
		return (nil, e);
	}
	if(buf == nil)
		return (nil, sys->sprint("cannot read the algorithm: %r"));
	alg := string buf;
	if(alg != "none")
		return (nil, "no ssl device for " + alg);
	return (id, nil);
}

# the multiplexer: one process owning every table above
mux(reqc: chan of (ref Client, ref Tmsg), repc: chan of ref Rmsg)
{
	for(;;) alt {
	(c, m) := <-reqc =>
		if(m == nil)
			clientgone(c);
		else
			request(c, m);
	r := <-repc =>
		if(r == nil)
			return;
		reply(r);
	}
}

sfidof(c: ref Client, fid: int): int
{
	for(l := c.fids; l != nil; l = tl l){
		(cf, sf) := hd l;
		if(cf == fid)
			return sf;
	}
	return -1;
}

dropfid(c: ref Client, fid: int)
{
	nl: list of (int, int);
	for(l := c.fids; l != nil; l = tl l){
		(cf, nil) := hd l;
		if(cf != fid)
			nl = hd l :: nl;
	}
	c.fids = nl;
}

stagof(c: ref Client, tag: int): int
{
	for(l := c.tags; l != nil; l = tl l){
		(ct, st) := hd l;
		if(ct == tag)
			return st;
	}
	return -1;
}

droptag(c: ref Client, stag: int)
{
	nl: list of (int, int);
	for(l := c.tags; l != nil; l = tl l){
		(nil, st) := hd l;
		if(st != stag)
			nl = hd l :: nl;
	}
	c.tags = nl;
}

newtag(): int
{
	if(freetags != nil){
		t := hd freetags;
		freetags = tl freetags;
		return t;
	}
	if(nexttag < Ntag)
		return nexttag++;
	return -1;
}

send(p: ref Pending): int
{
	t := newtag();
	if(t < 0)
		return -1;
	p.m.tag = t;
	pending[t] = p;
	if(p.c != nil)
		p.c.tags = (p.ctag, t) :: p.c.tags;
	a := p.m.pack();
	if(sys->write(sfd, a, len a) != len a){
		pending[t] = nil;
		freetags = t :: freetags;
		return -1;
	}
	return t;
}

answer(c: ref Client, r: ref Rmsg)
{
	if(c.gone)
		return;
	a := r.pack();
	if(sys->write(c.fd, a, len a) != len a)
		c.gone = 1;
}

# release every fid of c on the server, and forget its outstanding requests
clientgone(c: ref Client)
{
	for(l := c.fids; l != nil; l = tl l){
		(nil, sf) := hd l;
		send(ref Pending(nil, 0, ref Tmsg.Clunk(0, sf), -1, -1, -1, nil));
	}
	c.fids = nil;
	for(t := c.tags; t != nil; t = tl t){
		(nil, st) := hd t;
		if(pending[st] != nil)
			pending[st].c = nil;
	}
	c.tags = nil;
	c.gone = 1;
	c.fd = nil;
}

request(c: ref Client, gm: ref Tmsg)
{
	if(c.gone)
		return;
	tag := gm.tag;
	if(tagof gm != tagof Tmsg.Version && stagof(c, tag) >= 0){
		answer(c, ref Rmsg.Error(tag, "tag in use"));
		return;
	}
	p := ref Pending(c, tag, gm, -1, -1, -1, nil);
	pick m := gm {
	Version =>
		(ms, v) := styx->compatible(m, smsize, nil);
		if(v != "unknown"){
			# a new session: the client's old fids go
			for(l := c.fids; l != nil; l = tl l){
				(nil, sf) := hd l;
				send(ref Pending(nil, 0, ref Tmsg.Clunk(0, sf), -1, -1, -1, nil));
			}
			c.fids = nil;
		}
		answer(c, ref Rmsg.Version(tag, ms, v));
		return;
	Auth =>
		if(sfidof(c, m.afid) >= 0){
			answer(c, ref Rmsg.Error(tag, "fid in use"));
			return;
		}
		p.cfid = m.afid;
		p.sfid = nextfid++;
		m.afid = p.sfid;
		if(c.user != nil)
			m.uname = c.user;
	Attach =>
		if(sfidof(c, m.fid) >= 0){
			answer(c, ref Rmsg.Error(tag, "fid in use"));
			return;
		}
		if(m.afid != Styx->NOFID){
			m.afid = sfidof(c, m.afid);
			if(m.afid < 0){
				answer(c, ref Rmsg.Error(tag, "unknown fid"));
				return;
			}
		}
		p.cfid = m.fid;
		p.sfid = nextfid++;
		m.fid = p.sfid;
		if(c.user != nil)
			m.uname = c.user;
		if(hflag)
			m.aname = c.host;
	Flush =>
		st := stagof(c, m.oldtag);
		if(st < 0){
			answer(c, ref Rmsg.Flush(tag));
			return;
		}
		p.flushed = st;
		p.target = pending[st];
		m.oldtag = st;
	Walk =>
		sf := sfidof(c, m.fid);
		if(sf < 0){
			answer(c, ref Rmsg.Error(tag, "unknown fid"));
			return;
		}
		if(m.newfid != m.fid){
			if(m.newfid == Styx->NOFID){
				answer(c, ref Rmsg.Error(tag, "bad fid"));
				return;
			}
			if(sfidof(c, m.newfid) >= 0){
				answer(c, ref Rmsg.Error(tag, "fid in use"));
				return;
			}
			p.cfid = m.newfid;
			p.sfid = nextfid++;
			m.newfid = p.sfid;
		}else
			m.newfid = sf;	# in place: no fid changes hands
		m.fid = sf;
	Open =>
		if(!mapfid(c, tag, m.fid, p))
			return;
		m.fid = p.sfid;
		p.cfid = p.sfid = -1;
	Create =>
		if(!mapfid(c, tag, m.fid, p))
			return;
		m.fid = p.sfid;
		p.cfid = p.sfid = -1;
	Read =>
		if(!mapfid(c, tag, m.fid, p))
			return;
		m.fid = p.sfid;
		p.cfid = p.sfid = -1;
	Write =>
		if(!mapfid(c, tag, m.fid, p))
			return;
		m.fid = p.sfid;
		p.cfid = p.sfid = -1;
	Stat =>
		if(!mapfid(c, tag, m.fid, p))
			return;
		m.fid = p.sfid;
		p.cfid = p.sfid = -1;
	Wstat =>
		if(!mapfid(c, tag, m.fid, p))
			return;
		m.fid = p.sfid;
		p.cfid = p.sfid = -1;
	Clunk =>
		if(!mapfid(c, tag, m.fid, p))
			return;
		m.fid = p.sfid;
		dropfid(c, p.cfid);	# whatever the reply, the fid is gone
		p.cfid = p.sfid = -1;
	Remove =>
		if(!mapfid(c, tag, m.fid, p))
			return;
		m.fid = p.sfid;
		dropfid(c, p.cfid);
		p.cfid = p.sfid = -1;
	}
	if(send(p) < 0)
		answer(c, ref Rmsg.Error(tag, "the server is gone or too busy"));
}

# look up fid for a request; answers the client itself if unknown
mapfid(c: ref Client, tag: int, fid: int, p: ref Pending): int
{
	sf := sfidof(c, fid);
	if(sf < 0){
		answer(c, ref Rmsg.Error(tag, "unknown fid"));
		return 0;
	}
	p.cfid = fid;
	p.sfid = sf;
	return 1;
}

reply(r: ref Rmsg)
{
	st := r.tag;
	if(st < 0 || st >= Ntag || pending[st] == nil)
		return;
	p := pending[st];
	pending[st] = nil;
	freetags = st :: freetags;
	c := p.c;
	if(c != nil)
		droptag(c, st);
	iserr := tagof r == tagof Rmsg.Error;
	pick m := p.m {
	Auth or Attach =>
		if(!iserr && c != nil && !c.gone)
			c.fids = (p.cfid, p.sfid) :: c.fids;
		else if(!iserr)
			send(ref Pending(nil, 0, ref Tmsg.Clunk(0, p.sfid), -1, -1, -1, nil));
	Walk =>
		if(p.cfid >= 0 && !iserr){
			complete := 0;
			pick w := r {
			Walk =>
				complete = len w.qids == len m.names;
			}
			if(complete){
				if(c != nil && !c.gone)
					c.fids = (p.cfid, p.sfid) :: c.fids;
				else
					send(ref Pending(nil, 0, ref Tmsg.Clunk(0, p.sfid), -1, -1, -1, nil));
			}
		}
	Flush =>
		# the flushed request will get no answer: forget it
		if(p.flushed >= 0 && pending[p.flushed] != nil && pending[p.flushed] == p.target){
			if(pending[p.flushed].c != nil)
				droptag(pending[p.flushed].c, p.flushed);
			pending[p.flushed] = nil;
			freetags = p.flushed :: freetags;
		}
	}
	if(c == nil || c.gone)
		return;
	r.tag = p.ctag;
	answer(c, r);
}
