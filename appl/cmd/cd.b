implement Cd;

# cd [directory]: change the current directory of the name space the
# command shares with its shell; by default to /usr/USER.

include "sys.m";
	sys: Sys;
include "draw.m";

Cd: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	if(argv != nil)
		argv = tl argv;
	dir: string;
	case len argv {
	0 =>
		dir = "/usr/" + user();
	1 =>
		dir = hd argv;
	* =>
		sys->fprint(sys->fildes(2), "Usage: cd [directory]\n");
		raise "fail:usage";
	}
	if(sys->chdir(dir) < 0){
		sys->fprint(sys->fildes(2), "cd: %s: %r\n", dir);
		raise "fail:failed";
	}
}

# the user's name from /dev/user; "inferno" if it cannot be read
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
