implement Listen;

# listen [-Ast] [-v] [-a alg]... [-k keyfile] [-i {initscript}] addr command [arg ...]:
# announce addr and, for each call, run the command through the shell
# with its standard input and output on the call and $net naming the
# call's directory (commands.md §1 listen). Calls are served one after
# another. Unless -A, each call is authenticated with the key file
# first and $user is the peer. Returns once the announcement works,
# leaving a listener behind, unless -s.

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "keyring.m";
	kr: Keyring;

Listen: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Command: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

USAGE: con "listen [-i {initscript}] [-Ast] [-k keyfile] [-a alg]... addr command [arg...]";

stderr: ref Sys->FD;
Aflag := 0;
vflag := 0;
tflag := 0;
algs: list of string;
ai: ref Keyring->Authinfo;

init(ctxt: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	arg := load Arg Arg->PATH;
	if(arg == nil)
		fail(sys->sprint("cannot load %s: %r", Arg->PATH), "bad module");
	arg->init(argv);
	arg->setusage(USAGE);
	sflag := 0;
	keyspec, initscript: string;
	while((c := arg->opt()) != 0)
		case c {
		'A' =>
			Aflag = 1;
		's' =>
			sflag = 1;
		't' =>
			tflag = 1;
		'v' =>
			vflag = 1;
		'a' =>
			algs = arg->earg() :: algs;
		'k' =>
			keyspec = arg->earg();
		'i' =>
			initscript = arg->earg();
		* =>
			arg->usage();
		}
	argv = arg->argv();
	if(!Aflag)
		readkey(keyspec);
	if(len argv < 2)
		arg->usage();
	addr := netmkaddr(hd argv);
	cmd := tl argv;
	sh := load Command "/dis/sh.dis";
	if(sh == nil)
		fail(sys->sprint("cannot load /dis/sh.dis: %r"), "bad module");
	(ok, conn) := sys->announce(addr);
	if(ok < 0)
		fail(sys->sprint("failed to announce on '%s': %r", addr), "cannot announce");
	if(initscript != nil){
		done := chan of string;
		spawn runcmd(ctxt, sh, initscript :: nil, nil, conn.dir, nil, done);
		<-done;
	}
	if(sflag)
		listener(ctxt, sh, conn, addr, cmd);
	else{
		sync := chan of int;
		spawn background(ctxt, sh, conn, addr, cmd, sync);
		<-sync;
	}
}

background(ctxt: ref Draw->Context, sh: Command, c: Sys->Connection, addr: string, cmd: list of string, sync: chan of int)
{
	sys->pctl(Sys->NEWPGRP, nil);
	sync <-= 1;
	listener(ctxt, sh, c, addr, cmd);
}

fail(msg, status: string)
{
	sys->fprint(stderr, "listen: %s\n", msg);
	raise "fail:" + status;
}

# a missing part of the address: tcp as the network, styx as the service
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
	kr = load Keyring Keyring->PATH;
	if(kr == nil)
		fail(sys->sprint("cannot load %s: %r", Keyring->PATH), "bad module");
	{
		ai = kr->readauthinfo(keyfile);
	}exception e{
	"*" =>
		sys->werrstr(e);
	}
	if(ai == nil)
		fail(sys->sprint("cannot read %s: %r", keyfile), "bad keyfile");
}

listener(ctxt: ref Draw->Context, sh: Command, c: Sys->Connection, addr: string, cmd: list of string)
{
	while(onecall(ctxt, sh, c, addr, cmd))
		;
}

# Take one call and serve it; 0 when listening fails. A function of its
# own so that nothing of the call (its ctl and data files) outlives it:
# the call is hung up when the command is done with it.
onecall(ctxt: ref Draw->Context, sh: Command, c: Sys->Connection, addr: string, cmd: list of string): int
{
	(ok, nc) := sys->listen(c);
	if(ok < 0){
		sys->fprint(stderr, "listen: listen on %s failed: %r\n", addr);
		return 0;
	}
	dfd := sys->open(nc.dir + "/data", Sys->ORDWR);
	if(dfd == nil){
		sys->fprint(stderr, "listen: cannot open %s/data: %r\n", nc.dir);
		return 1;
	}
	if(vflag)
		sys->fprint(stderr, "listen: got connection on %s from %s\n", addr, remote(nc.dir));
	peer: string;
	if(!Aflag){
		err: string;
		(dfd, peer, err) = authenticate(dfd);
		if(dfd == nil){
			sys->fprint(stderr, "listen: auth on %s failed: %s\n", addr, err);
			return 1;
		}
	}
	done := chan of string;
	spawn runcmd(ctxt, sh, cmd, dfd, nc.dir, peer, done);
	dfd = nil;
	<-done;
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

# the caller's key exchange, then the algorithm it asks for
authenticate(fd: ref Sys->FD): (ref Sys->FD, string, string)
{
	id: string;
	secret: array of byte;
	{
		(id, secret) = kr->auth(fd, ai, 0);
	}exception e{
	"*" =>
		return (nil, nil, e);
	}
	if(secret == nil)
		return (nil, nil, id);
	buf: array of byte;
	{
		buf = kr->getmsg(fd);
	}exception e{
	"*" =>
		return (nil, nil, e);
	}
	if(buf == nil)
		return (nil, nil, sys->sprint("cannot read the algorithm: %r"));
	alg := string buf;
	if(alg != "none"){
		if(algs != nil && !member(alg, algs))
			return (nil, nil, "algorithm " + alg + " not allowed");
		return (nil, nil, "no ssl device for " + alg);
	}
	return (fd, id, nil);
}

member(s: string, l: list of string): int
{
	for(; l != nil; l = tl l)
		if(hd l == s)
			return 1;
	return 0;
}

# the command as shell text: a block word stays as it is, others are quoted
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

# Run cmd with fds 0 and 1 on fd (when not nil), $net set to dir and
# $user to peer, in a process with an fd table and environment of its
# own; its status on done.
runcmd(ctxt: ref Draw->Context, sh: Command, cmd: list of string, fd: ref Sys->FD, dir, peer: string, done: chan of string)
{
	keep := 2 :: nil;
	if(fd != nil)
		keep = fd.fd :: keep;
	else
		keep = 0 :: 1 :: keep;
	sys->pctl(Sys->NEWFD|Sys->FORKENV|Sys->FORKNS, keep);
	if(fd != nil){
		sys->dup(fd.fd, 0);
		sys->dup(fd.fd, 1);
		if(fd.fd > 1)
			fd = nil;
	}
	setenv("net", dir);
	if(peer != nil)
		setenv("user", peer);
	if(!tflag)
		sys->unmount(nil, "/mnt/keys");
	status := "";
	{
		sh->init(ctxt, "sh" :: "-c" :: cmdtext(cmd) :: nil);
	}exception e{
	"fail:*" =>
		status = e[5:];
	"*" =>
		status = e;
	}
	done <-= status;
}

setenv(name, val: string)
{
	fd := sys->create("/env/" + name, Sys->OWRITE, 8r666);
	if(fd != nil)
		sys->fprint(fd, "%s", quote(val));
}
