implement Touch;

# touch [-c] [-t time] file ...: set files' modification times, making
# the files that do not exist unless -c.

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "daytime.m";

Touch: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	arg := load Arg Arg->PATH;
	if(arg == nil)
		nomod(Arg->PATH);
	arg->init(argv);
	arg->setusage("touch [-c] [-t time] file ...");
	cflag := 0;
	t := -1;
	while((c := arg->opt()) != 0){
		case c {
		'c' =>
			cflag = 1;
		't' =>
			s := arg->earg();
			if(!isnumber(s))
				arg->usage();
			t = int s;
		* =>
			arg->usage();
		}
	}
	argv = arg->argv();
	if(argv == nil)
		arg->usage();
	if(t < 0){
		daytime := load Daytime Daytime->PATH;
		if(daytime == nil)
			nomod(Daytime->PATH);
		t = daytime->now();
	}
	errors := 0;
	for(; argv != nil; argv = tl argv)
		errors += touch(hd argv, t, cflag);
	if(errors)
		raise "fail:touch";
}

# set name's mtime to t, creating it unless nocreate; 1 on failure
touch(name: string, t: int, nocreate: int): int
{
	d := sys->nulldir;
	d.mtime = t;
	if(sys->wstat(name, d) >= 0)
		return 0;
	(ok, nil) := sys->stat(name);
	if(ok >= 0 || nocreate){
		sys->fprint(stderr, "touch: %s: cannot change time: %r\n", name);
		return 1;
	}
	fd := sys->create(name, Sys->OREAD, 8r666);
	if(fd == nil){
		sys->fprint(stderr, "touch: %s: cannot create: %r\n", name);
		return 1;
	}
	if(sys->fwstat(fd, d) < 0){
		sys->fprint(stderr, "touch: %s: cannot change time: %r\n", name);
		return 1;
	}
	return 0;
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

nomod(path: string)
{
	sys->fprint(stderr, "touch: cannot load %s: %r\n", path);
	raise "fail:bad module";
}
