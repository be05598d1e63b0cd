implement Runcase;

# runcase: tests/cmd/run's driver, the first program of each case's
# kernel. runcase CASEDIR IODIR sh LINE | runcase CASEDIR IODIR words WORD...
# In CASEDIR it runs the command (LINE by /dis/sh.dis -c, or WORDs
# loaded directly) in a process of its own, with fd 0 from IODIR/in
# and fds 1 and 2 into IODIR/out and IODIR/err, so that stdout and
# stderr, which the kernel's console would mix, stay apart. It reads
# the command's exit record from its own /prog/PID/wait and writes the
# command's status, as the shell would set $status, to IODIR/status
# (the record itself to IODIR/wait).

include "sys.m";
	sys: Sys;
include "draw.m";

Runcase: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Command: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	if(len argv < 5)
		die("usage: runcase casedir iodir sh line | runcase casedir iodir words word...");
	argv = tl argv;
	dir := hd argv;
	io := hd tl argv;
	mode := hd tl tl argv;
	argv = tl tl tl argv;
	case mode {
	"sh" =>
		argv = "sh" :: "-c" :: hd argv :: nil;
	"words" =>
		;
	* =>
		die("unknown mode " + mode);
	}

	in := sys->open(io + "/in", Sys->OREAD);
	out := sys->create(io + "/out", Sys->OWRITE, 8r666);
	err := sys->create(io + "/err", Sys->OWRITE, 8r666);
	if(in == nil || out == nil || err == nil)
		die(sys->sprint("cannot open the files in %s: %r", io));
	if(sys->chdir(dir) < 0)
		die(sys->sprint("cannot chdir to %s: %r", dir));

	# the wait file collects the exit records of children made after it is opened
	wait := sys->open(sys->sprint("/prog/%d/wait", sys->pctl(0, nil)), Sys->OREAD);
	if(wait == nil)
		die(sys->sprint("cannot open my wait file: %r"));
	pidc := chan of int;
	spawn run(mode, argv, in, out, err, pidc);
	pid := <-pidc;
	in = out = err = nil;

	rec := readrecord(wait, pid);
	put(io + "/wait", rec);
	put(io + "/status", status(rec));
}

# run: the command's process: fds 0-2 only, a process group of its own.
run(mode: string, argv: list of string, in, out, err: ref Sys->FD, pidc: chan of int)
{
	pidc <-= sys->pctl(Sys->NEWPGRP, nil);
	sys->dup(in.fd, 0);
	sys->dup(out.fd, 1);
	sys->dup(err.fd, 2);
	in = out = err = nil;
	sys->pctl(Sys->NEWFD, 0 :: 1 :: 2 :: nil);
	path := hd argv;
	if(mode == "sh")
		path = "/dis/sh.dis";
	c := loadcmd(path);
	c->init(nil, argv);
}

# loadcmd: a command as the shell finds it (commands.md §2.4), but for
# scripts: a path as given, else in /dis then the current directory;
# NAME.dis, then NAME (which fails unless it is a Dis file) in each.
loadcmd(name: string): Command
{
	dirs := "/dis/" :: "./" :: nil;
	if(name[0] == '/' || name[0] == '#' || prefix("./", name) || prefix("../", name))
		dirs = "" :: nil;
	e := "";
	for(; dirs != nil; dirs = tl dirs){
		paths := hd dirs + name :: nil;
		if(!suffix(".dis", name))
			paths = hd dirs + name + ".dis" :: paths;
		for(; paths != nil; paths = tl paths){
			c := load Command hd paths;
			if(c != nil)
				return c;
			e = sys->sprint("%r");
			if(!suffix("does not exist", e) && !suffix("directory entry not found", e))
				notfound(name, e);
		}
	}
	notfound(name, e);
	return nil;
}

notfound(name, e: string)
{
	sys->fprint(sys->fildes(2), "sh: %s: %s\n", name, e);
	raise "fail:" + e;
}

# readrecord: the exit record `PID "Module":TEXT` of process pid.
readrecord(wait: ref Sys->FD, pid: int): string
{
	buf := array[Sys->ATOMICIO] of byte;
	for(;;){
		n := sys->read(wait, buf, len buf);
		if(n <= 0)
			die(sys->sprint("reading the wait file: %r"));
		s := string buf[0:n];
		(nil, f) := sys->tokenize(s, " ");
		if(f != nil && int hd f == pid)
			return s;
	}
}

# status: $status from an exit record (commands.md §0).
status(rec: string): string
{
	for(i := 0; i < len rec; i++)
		if(rec[i] == ':' && i > 0 && rec[i-1] == '"')
			break;
	if(i >= len rec)
		return "bad wait record: " + rec;
	s := rec[i+1:];
	if(!prefix("fail:", s))
		return s;
	s = s[5:];
	while(s != nil && (s[0] == ' ' || s[0] == '\t'))
		s = s[1:];
	if(s == nil)
		return "failed";
	return s;
}

put(path, s: string)
{
	fd := sys->create(path, Sys->OWRITE, 8r666);
	b := array of byte s;
	if(fd == nil || sys->write(fd, b, len b) != len b)
		die(sys->sprint("cannot write %s: %r", path));
}

prefix(p, s: string): int
{
	return len s >= len p && s[0:len p] == p;
}

suffix(p, s: string): int
{
	return len s >= len p && s[len s - len p:] == p;
}

die(s: string)
{
	sys->fprint(sys->fildes(2), "runcase: %s\n", s);
	raise "fail:runcase";
}
