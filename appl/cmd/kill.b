implement Kill;

# kill [-g] pid|module ...: kill processes (or with -g their groups)
# by number, or every process running a module of that name.

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";

Kill: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	arg := load Arg Arg->PATH;
	if(arg == nil){
		sys->fprint(stderr, "kill: cannot load %s: %r\n", Arg->PATH);
		raise "fail:bad module";
	}
	arg->init(argv);
	arg->setusage("kill [-g] pid|module [...]");
	msg := "kill";
	while((c := arg->opt()) != 0){
		case c {
		'g' =>
			msg = "killgrp";
		* =>
			arg->usage();
		}
	}
	argv = arg->argv();
	if(argv == nil)
		arg->usage();
	killed := 0;
	for(; argv != nil; argv = tl argv){
		a := hd argv;
		if(isnumber(a))
			killed += kill(a, msg);
		else
			killed += killmod(a, msg);
	}
	if(killed == 0)
		raise "fail:nothing killed";
}

# write msg to pid's ctl file; 1 if it took
kill(pid: string, msg: string): int
{
	ctl := "/prog/" + pid + "/ctl";
	fd := sys->open(ctl, Sys->OWRITE);
	if(fd == nil){
		sys->fprint(stderr, "kill: cannot open %s: %r\n", ctl);
		return 0;
	}
	if(sys->fprint(fd, "%s", msg) < 0){
		sys->fprint(stderr, "kill: cannot kill %s: %r\n", pid);
		return 0;
	}
	return 1;
}

# kill every process whose module is mod, printing their pids;
# the number killed
killmod(mod: string, msg: string): int
{
	pids := findmod(mod);
	if(pids == nil){
		sys->fprint(stderr, "kill: cannot find %s\n", mod);
		return 0;
	}
	n := 0;
	s := "";
	for(; pids != nil; pids = tl pids){
		if(kill(hd pids, msg)){
			s += hd pids + " ";
			n++;
		}
	}
	if(n > 0)
		sys->print("%s\n", s);
	return n;
}

# the pids (in /prog order) of the processes running mod
findmod(mod: string): list of string
{
	fd := sys->open("/prog", Sys->OREAD);
	if(fd == nil)
		return nil;
	found: list of string;
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n <= 0)
			break;
		for(i := 0; i < n; i++)
			if(modof(d[i].name) == mod)
				found = d[i].name :: found;
	}
	pids: list of string;
	for(; found != nil; found = tl found)
		pids = hd found :: pids;
	return pids;
}

# the module named by pid's status line, without any [$Builtin]
modof(pid: string): string
{
	fd := sys->open("/prog/" + pid + "/status", Sys->OREAD);
	if(fd == nil)
		return nil;
	buf := array[256] of byte;
	n := sys->read(fd, buf, len buf);
	if(n <= 0)
		return nil;
	(nil, words) := sys->tokenize(string buf[0:n], " \t\n");
	m: string;
	for(; words != nil; words = tl words)
		m = hd words;
	for(i := 0; i < len m; i++)
		if(m[i] == '[')
			return m[0:i];
	return m;
}

isnumber(s: string): int
{
	if(s == nil)
		return 0;
	for(i := 0; i < len s; i++)
		if(s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}
