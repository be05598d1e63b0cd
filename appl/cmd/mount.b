implement Mount;

# mount [-a|-b] [-cA9oqPSv] [-C alg] [-k keyfile] source mountpoint [spec]:
# mount a 9P server on mountpoint in the name space the command shares
# with its shell. The source is {command} (a shell command serving 9P
# on its standard input), a network address (dialled) or a file.
# Network and file connections are authenticated with a key file and
# then optionally encrypted, unless -A.

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "keyring.m";

Mount: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Command: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

# Inferno's converter from the 1995 Styx dialect (module/styxconv.m)
Styxconv: module
{
	PATH:	con "/dis/lib/styxconv/styxconv.dis";

	init:		fn();
	styxconv:	fn(in: ref Sys->FD, out: ref Sys->FD, sync: chan of int);
};

USAGE: con "mount [-a|-b] [-coA9] [-C cryptoalg] [-k keyfile] [-q] net!addr|file|{command} mountpoint [spec]";

stderr: ref Sys->FD;
Aflag := 0;	# no authentication
vflag := 0;	# say what is done
alg := "none";	# encryption or digest after authentication
keyspec: string;	# -k

# raised by the connection's steps: the message printed and the status
Fail: adt {
	msg:	string;
	status:	string;
};

init(ctxt: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	arg := load Arg Arg->PATH;
	if(arg == nil){
		sys->fprint(stderr, "mount: cannot load %s: %r\n", Arg->PATH);
		raise "fail:load";
	}
	arg->init(argv);
	arg->setusage(USAGE);
	flags := Sys->MREPL;
	qflag := oflag := Pflag := Sflag := nine := 0;
	while((c := arg->opt()) != 0){
		case c {
		'a' =>
			flags |= Sys->MAFTER;
		'b' =>
			flags |= Sys->MBEFORE;
		'c' =>
			flags |= Sys->MCREATE;
		'A' =>
			Aflag = 1;
		'9' =>
			nine = 1;
		'o' =>
			oflag = 1;
		'q' =>
			qflag = 1;
		'P' =>
			Pflag = 1;
		'S' =>
			Sflag = 1;
		'v' =>
			vflag = 1;
		'C' =>
			alg = arg->earg();
		'k' =>
			keyspec = arg->earg();
		* =>
			arg->usage();
		}
	}
	if((flags & (Sys->MAFTER|Sys->MBEFORE)) == (Sys->MAFTER|Sys->MBEFORE))
		arg->usage();
	argv = arg->argv();
	if(len argv != 2 && len argv != 3)
		arg->usage();
	src := hd argv;
	mntpt := hd tl argv;
	spec := "";
	if(tl tl argv != nil)
		spec = hd tl tl argv;

	(err, fd) := connect(ctxt, src, nine, Pflag);
	if(err != nil)
		fail(err);
	if(oflag){
		(err, fd) = convert(fd);
		if(err != nil)
			fail(err);
	}
	if(Sflag)
		fd = trace(fd);
	if(sys->mount(fd, nil, mntpt, flags, spec) < 0){
		if(!qflag)
			sys->fprint(stderr, "mount: mount failed: %r\n");
		raise "fail:mount failed";
	}
}

fail(f: ref Fail)
{
	sys->fprint(stderr, "mount: %s\n", f.msg);
	raise "fail:" + f.status;
}

# the connection to the server named by src, ready for 9P
connect(ctxt: ref Draw->Context, src: string, nine, persist: int): (ref Fail, ref Sys->FD)
{
	if(src != nil && src[0] == '{')
		return command(ctxt, src);
	if(nine)
		return (ref Fail("-9: no factotum on this system", "error"), nil);
	if(isnetaddr(src)){
		addr := netmkaddr(src);
		if(persist)
			return redialler(addr);
		return netconn(addr);
	}
	fd := sys->open(src, Sys->ORDWR);
	if(fd == nil)
		return (ref Fail(sys->sprint("can't open %s: %r", src), "open failed"), nil);
	return authenticate(fd, src);
}

# a name with a !, or one that cannot be opened and is not rooted
isnetaddr(s: string): int
{
	for(i := 0; i < len s; i++)
		if(s[i] == '!')
			return 1;
	if(s != nil && s[0] == '/')
		return 0;
	(ok, nil) := sys->stat(s);
	return ok < 0;
}

# complete an address to net!host!styx
netmkaddr(s: string): string
{
	(n, nil) := sys->tokenize(s, "!");
	case n {
	1 =>
		return "net!" + s + "!styx";
	2 =>
		return s + "!styx";
	}
	return s;
}

# dial addr and authenticate the call
netconn(addr: string): (ref Fail, ref Sys->FD)
{
	if(vflag)
		sys->fprint(stderr, "mount: dialling %s\n", addr);
	(ok, c) := sys->dial(addr, nil);
	if(ok < 0)
		return (ref Fail(sys->sprint("can't dial %s: %r", addr), "dial failed"), nil);
	return authenticate(c.dfd, addr);
}

# {command}: run the command with one end of a pipe as its standard
# input; the other end is the connection (never authenticated)
command(ctxt: ref Draw->Context, src: string): (ref Fail, ref Sys->FD)
{
	text := src[1:];
	if(text != nil && text[len text - 1] == '}')
		text = text[0:len text - 1];
	sh := load Command "/dis/sh.dis";
	if(sh == nil)
		return (ref Fail(sys->sprint("cannot load /dis/sh.dis: %r"), "load"), nil);
	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0)
		return (ref Fail(sys->sprint("can't make pipe: %r"), "error"), nil);
	sync := chan of int;
	spawn runcmd(ctxt, sh, text, p[0], sync);
	<-sync;
	p[0] = nil;
	if(vflag)
		sys->fprint(stderr, "mount: started {%s}\n", text);
	return (nil, p[1]);
}

runcmd(ctxt: ref Draw->Context, sh: Command, text: string, fd: ref Sys->FD, sync: chan of int)
{
	# a descriptor table of our own holding only the pipe's end and 1, 2
	sys->pctl(Sys->NEWFD, fd.fd :: 1 :: 2 :: nil);
	sys->dup(fd.fd, 0);
	fd = nil;
	sync <-= 1;
	sh->init(ctxt, "sh" :: "-c" :: text :: nil);
}

# unless -A: Inferno's mutual authentication over fd with the key file
# for addr, then the agreed algorithm pushed (nothing for "none")
authenticate(fd: ref Sys->FD, addr: string): (ref Fail, ref Sys->FD)
{
	if(Aflag)
		return (nil, fd);
	kr := load Keyring Keyring->PATH;
	if(kr == nil)
		return (ref Fail(sys->sprint("cannot load %s: %r", Keyring->PATH), "load"), nil);
	keyfile := keyfilename(addr);
	ai: ref Keyring->Authinfo;
	{
		ai = kr->readauthinfo(keyfile);
	}exception e{
	"*" =>
		sys->werrstr(e);
	}
	if(ai == nil)
		return (ref Fail(sys->sprint("cannot read %s: %r", keyfile), "error"), nil);
	id: string;
	secret: array of byte;
	{
		(id, secret) = kr->auth(fd, ai, 0);
	}exception e{
	"*" =>
		id = e;
	}
	if(secret == nil)
		return (ref Fail("authentication failed: " + id, "error"), nil);
	if(vflag)
		sys->fprint(stderr, "mount: authenticated as %s\n", id);
	# tell the server which algorithm to push
	a := array of byte alg;
	if(kr->sendmsg(fd, a, len a) < 0)
		return (ref Fail(sys->sprint("authentication failed: can't send algorithm: %r"), "error"), nil);
	if(alg == "none")
		return (nil, fd);
	(sfd, err) := pushssl(fd, secret, alg);
	if(sfd == nil)
		return (ref Fail("authentication failed: " + err, "error"), nil);
	return (nil, sfd);
}

# -k NAME (relative names under /usr/USER/keyring), else the key file
# for addr if there is one, else the default
keyfilename(addr: string): string
{
	dir := "/usr/" + user() + "/keyring/";
	if(keyspec != nil){
		if(keyspec[0] == '/' || keyspec[0] == '#')
			return keyspec;
		return dir + keyspec;
	}
	(ok, nil) := sys->stat(dir + addr);
	if(ok >= 0)
		return dir + addr;
	return dir + "default";
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

# put the ssl device's record layer with alg over fd
pushssl(fd: ref Sys->FD, secret: array of byte, alg: string): (ref Sys->FD, string)
{
	cfd := sys->open("#D/clone", Sys->ORDWR);
	if(cfd == nil)
		return (nil, sys->sprint("can't push ssl: %r"));
	buf := array[32] of byte;
	n := sys->read(cfd, buf, len buf);
	if(n <= 0)
		return (nil, sys->sprint("can't push ssl: %r"));
	dir := "#D/" + string buf[0:n];
	if(sys->fprint(cfd, "fd %d", fd.fd) < 0)
		return (nil, sys->sprint("can't push ssl: %r"));
	for(l := "secretin" :: "secretout" :: nil; l != nil; l = tl l){
		sfd := sys->open(dir + "/" + hd l, Sys->OWRITE);
		if(sfd == nil || sys->write(sfd, secret, len secret) < 0)
			return (nil, sys->sprint("can't set ssl secret: %r"));
	}
	if(sys->fprint(cfd, "alg %s", alg) < 0)
		return (nil, sys->sprint("can't set algorithm %s: %r", alg));
	dfd := sys->open(dir + "/data", Sys->ORDWR);
	if(dfd == nil)
		return (nil, sys->sprint("can't open ssl data: %r"));
	return (dfd, nil);
}

# -o: a converter between the 1995 dialect spoken on fd and a pipe
convert(fd: ref Sys->FD): (ref Fail, ref Sys->FD)
{
	sc := load Styxconv Styxconv->PATH;
	if(sc == nil)
		return (ref Fail(sys->sprint("cannot load %s: %r", Styxconv->PATH), "load"), nil);
	sc->init();
	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0)
		return (ref Fail(sys->sprint("can't make pipe: %r"), "error"), nil);
	sync := chan of int;
	spawn sc->styxconv(p[0], fd, sync);
	<-sync;
	return (nil, p[1]);
}

# -P: a pipe whose far end is relayed to addr, dialled again (and
# authenticated again) whenever the connection drops
redialler(addr: string): (ref Fail, ref Sys->FD)
{
	(err, fd) := netconn(addr);
	if(err != nil)
		return (err, nil);
	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0)
		return (ref Fail(sys->sprint("can't make pipe: %r"), "error"), nil);
	spawn relay(p[0], fd, addr);
	return (nil, p[1]);
}

relay(local, remote: ref Sys->FD, addr: string)
{
	for(;;){
		done := chan of int;
		spawn copier(remote, local, done);	# replies
		# requests, until either side ends
		buf := array[Sys->ATOMICIO] of byte;
		localeof := 0;
		for(;;){
			n := sys->read(local, buf, len buf);
			if(n <= 0){
				localeof = 1;
				break;
			}
			if(sys->write(remote, buf, n) != n)
				break;
			gone := 0;
			alt{
			<-done =>
				gone = 1;
			* =>
				;
			}
			if(gone)
				break;
		}
		if(localeof)
			return;
		# the server went away: dial until it answers
		for(;;){
			sys->sleep(1000);
			err: ref Fail;
			(err, remote) = netconn(addr);
			if(err == nil)
				break;
			if(vflag)
				sys->fprint(stderr, "mount: %s\n", err.msg);
		}
	}
}

# copy from src to dst until either fails, then say so on done
copier(src, dst: ref Sys->FD, done: chan of int)
{
	buf := array[Sys->ATOMICIO] of byte;
	while((n := sys->read(src, buf, len buf)) > 0)
		if(sys->write(dst, buf, n) != n)
			break;
	alt{
	done <-= 1 =>
		;
	* =>
		;
	}
}

# -S: relay the 9P messages between fd and a pipe, printing each
trace(fd: ref Sys->FD): ref Sys->FD
{
	p := array[2] of ref Sys->FD;
	if(sys->pipe(p) < 0)
		return fd;
	spawn tracer(p[0], fd, "->");
	spawn tracer(fd, p[0], "<-");
	return p[1];
}

tracer(src, dst: ref Sys->FD, dir: string)
{
	hdr := array[4] of byte;
	for(;;){
		if(sys->readn(src, hdr, 4) != 4)
			return;
		size := int hdr[0] | int hdr[1]<<8 | int hdr[2]<<16 | int hdr[3]<<24;
		if(size < 7 || size > 1024*1024){
			sys->fprint(stderr, "mount: %s bad 9P message size %d\n", dir, size);
			return;
		}
		msg := array[size] of byte;
		msg[0:] = hdr;
		if(sys->readn(src, msg[4:], size-4) != size-4)
			return;
		tag := int msg[5] | int msg[6]<<8;
		sys->fprint(stderr, "mount: %s %s tag %d (%d bytes)\n", dir, msgname(int msg[4]), tag, size);
		if(sys->write(dst, msg, size) != size)
			return;
	}
}

msgname(t: int): string
{
	names := array[] of {
		"Tversion", "Rversion", "Tauth", "Rauth", "Tattach", "Rattach",
		"Terror", "Rerror", "Tflush", "Rflush", "Twalk", "Rwalk",
		"Topen", "Ropen", "Tcreate", "Rcreate", "Tread", "Rread",
		"Twrite", "Rwrite", "Tclunk", "Rclunk", "Tremove", "Rremove",
		"Tstat", "Rstat", "Twstat", "Rwstat",
	};
	if(t >= 100 && t < 100 + len names)
		return names[t-100];
	return "type " + string t;
}
