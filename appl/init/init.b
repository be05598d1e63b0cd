implement Init;

# init: Ember's first program when the kernel is given no command
# (/dis/init.dis, see init(8)). It completes the standard name space
# (the kernel's start-up binds, from the target's conf, come first and
# are left alone), sets the system name, and keeps a login shell on
# the console: when the shell ends, another starts, until the
# console's input has ended for good or the system is halted.

include "sys.m";
	sys: Sys;
include "draw.m";

Init: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Command: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

SHELL: con "/dis/sh.dis";

# A device the standard name space has at a mount point, and how to bind it there.
Bind: adt {
	dev:	int;	# its device character
	probe:	string;	# a file that is the device's when it is bound
	new:	string;
	old:	string;
	flags:	int;
};

stdns := array[] of {
	Bind('c', "/dev/cons", "#c", "/dev", Sys->MBEFORE),
	Bind('p', "/prog", "#p", "/prog", Sys->MREPL),
	Bind('d', "/fd", "#d", "/fd", Sys->MREPL),
	Bind('e', "/env", "#e", "/env", Sys->MREPL|Sys->MCREATE),
	Bind('s', "/chan", "#s", "/chan", Sys->MREPL),
	Bind('I', "/net/tcp", "#I", "/net", Sys->MAFTER),
	Bind('S', "/dev/sdctl", "#S", "/dev", Sys->MAFTER),
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	namespace();
	bootfs();
	sysname();
	for(;;){
		t0 := sys->millisec();
		if(!shell())
			raise "fail:no shell";
		if(consended())
			return;
		# a shell that dies at once would otherwise spin
		if(sys->millisec() - t0 < 1000)
			sys->sleep(1000);
	}
}

# namespace: bind each standard device not yet where it belongs (a
# device this kernel lacks is left out), and make /tmp writable.
namespace()
{
	for(i := 0; i < len stdns; i++){
		b := stdns[i];
		(ok, d) := sys->stat(b.probe);
		if(ok >= 0 && d.dtype == b.dev)
			continue;
		sys->bind(b.new, b.old, b.flags);
	}
	if(!writable("/tmp") && sys->bind("#R", "/tmp", Sys->MREPL|Sys->MCREATE) < 0)
		warn(sys->sprint("no writable /tmp: %r"));
}

# bootfs: the first partition of a disk (#S, in /dev) that holds a
# FAT volume, served by #F as boot and bound at /n/boot; nothing if
# there is none.
bootfs()
{
	fd := sys->open("/dev", Sys->OREAD);
	if(fd == nil)
		return;
	for(;;){
		(n, dirs) := sys->dirread(fd);
		if(n <= 0)
			return;
		for(i := 0; i < n; i++){
			d := dirs[i];
			if(d.dtype != 'S' || (d.mode & Sys->DMDIR) == 0)
				continue;
			for(p := 1; p <= 4; p++)
				if(openboot(sys->sprint("/dev/%s/p%d", d.name, p)))
					return;
		}
	}
}

# openboot: serve the FAT volume in part as #Fboot at /n/boot; 0 if it holds none.
openboot(part: string): int
{
	(ok, nil) := sys->stat(part);
	if(ok < 0)
		return 0;
	ctl := sys->open("#F/ctl", Sys->OWRITE);
	if(ctl == nil || sys->fprint(ctl, "open boot %s", part) < 0)
		return 0;
	if(sys->bind("#Fboot", "/n/boot", Sys->MREPL|Sys->MCREATE) < 0){
		warn(sys->sprint("cannot bind %s at /n/boot: %r", part));
		sys->fprint(ctl, "close boot");
		return 0;
	}
	return 1;
}

# writable: can files be made in dir?
writable(dir: string): int
{
	f := sys->sprint("%s/.init%d", dir, sys->pctl(0, nil));
	fd := sys->create(f, Sys->OWRITE, 8r600);
	if(fd == nil)
		return 0;
	fd = nil;
	sys->remove(f);
	return 1;
}

# sysname: the system's name from $sysname, if it is set; else the kernel's stays.
sysname()
{
	s := readfile("/env/sysname");
	while(s != nil && (s[len s - 1] == '\n' || s[len s - 1] == ' '))
		s = s[0:len s - 1];
	if(s == nil)
		return;
	fd := sys->open("/dev/sysname", Sys->OWRITE);
	if(fd == nil || sys->fprint(fd, "%s", s) < 0)
		warn(sys->sprint("cannot set the system name: %r"));
}

readfile(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return nil;
	buf := array[256] of byte;
	n := sys->read(fd, buf, len buf);
	if(n <= 0)
		return nil;
	return string buf[0:n];
}

# shell: run a login shell on the console and wait for it to end; 0 if it cannot start.
shell(): int
{
	wait := sys->open(sys->sprint("/prog/%d/wait", sys->pctl(0, nil)), Sys->OREAD);
	if(wait == nil){
		warn(sys->sprint("cannot open my wait file: %r"));
		return 0;
	}
	sh := load Command SHELL;
	if(sh == nil){
		warn(sys->sprint("cannot load %s: %r", SHELL));
		return 0;
	}
	pidc := chan of int;
	spawn runshell(sh, pidc);
	pid := <-pidc;
	sh = nil;
	# held as long as the shell runs: one wait record's room, no more
	buf := array[Sys->WAITLEN] of byte;
	for(;;){
		n := sys->read(wait, buf, len buf);
		if(n <= 0){
			warn(sys->sprint("reading my wait file: %r"));
			return 0;
		}
		(nil, f) := sys->tokenize(string buf[0:n], " ");
		if(f != nil && int hd f == pid)
			return 1;
	}
}

# runshell: the shell's process: a process group, environment and
# descriptors of its own (its name space it forks itself).
runshell(sh: Command, pidc: chan of int)
{
	pidc <-= sys->pctl(Sys->NEWPGRP|Sys->FORKENV|Sys->NEWFD, 0 :: 1 :: 2 :: nil);
	sh->init(nil, "sh" :: "-l" :: nil);
}

# consended: has the console's input ended for good (the host's stdin closed)?
consended(): int
{
	s := readfile("/dev/consctl");
	(nil, f) := sys->tokenize(s, " \n");
	for(; f != nil; f = tl f)
		if(hd f == "eof")
			return 1;
	return 0;
}

warn(s: string)
{
	sys->fprint(sys->fildes(2), "init: %s\n", s);
}
