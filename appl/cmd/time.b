implement Time;

# time command [arg ...]: run a command and print on standard error
# how long loading it, running it and both together took, in seconds.

include "sys.m";
	sys: Sys;
include "draw.m";

Time: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Command: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

init(ctxt: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	if(argv != nil)
		argv = tl argv;
	if(argv == nil){
		sys->fprint(stderr, "usage: time cmd ...\n");
		return;
	}
	t0 := sys->millisec();
	cmd := loadcmd(hd argv);
	if(cmd == nil){
		sys->fprint(stderr, "time: %s: %r\n", hd argv);
		return;
	}
	t1 := sys->millisec();
	# the child's exit record comes on our wait file, opened before it starts
	waitfd := sys->open(sys->sprint("/prog/%d/wait", sys->pctl(0, nil)), Sys->OREAD);
	sync := chan of int;
	spawn run(cmd, ctxt, argv, sync);
	pid := <-sync;
	if(waitfd != nil)
		waitfor(waitfd, pid);
	t2 := sys->millisec();
	sys->fprint(stderr, "%.4gl %.4gr %.4gt\n", secs(t1-t0), secs(t2-t1), secs(t2-t0));
}

# the command's module: name (with .dis added) in the current
# directory, then under /dis
loadcmd(name: string): Command
{
	if(len name < 4 || name[len name - 4:] != ".dis")
		name += ".dis";
	cmd := load Command name;
	if(cmd == nil && name[0] != '/' && name[0] != '#'){
		# keep the first error unless the file was found in /dis
		err := sys->sprint("%r");
		cmd = load Command "/dis/" + name;
		if(cmd == nil && notfound(sys->sprint("%r")))
			sys->werrstr(err);
	}
	return cmd;
}

notfound(err: string): int
{
	return suffix("does not exist", err) || suffix("directory entry not found", err);
}

suffix(s, t: string): int
{
	return len t >= len s && t[len t - len s:] == s;
}

run(cmd: Command, ctxt: ref Draw->Context, argv: list of string, sync: chan of int)
{
	sync <-= sys->pctl(0, nil);
	cmd->init(ctxt, argv);
}

# wait for pid's exit record; print it if the command failed
waitfor(fd: ref Sys->FD, pid: int)
{
	buf := array[Sys->WAITLEN] of byte;
	for(;;){
		n := sys->read(fd, buf, len buf);
		if(n <= 0)
			return;
		rec := string buf[0:n];
		(nil, words) := sys->tokenize(rec, " ");
		if(words == nil || int hd words != pid)
			continue;
		# pid "Module":status
		for(i := 0; i < len rec; i++)
			if(rec[i] == ':'){
				if(i+1 < len rec)
					sys->fprint(stderr, "%s\n", rec);
				break;
			}
		return;
	}
}

secs(ms: int): real
{
	return real ms / 1000.0;
}
