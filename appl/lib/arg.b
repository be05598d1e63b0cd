implement Arg;

# Flag parsing for commands (see module/arg.m). The state is the
# module instance's own: each command that loads Arg gets a fresh one.

include "sys.m";
	sys: Sys;
include "arg.m";

name: string;		# the command's name, argv's first word
args: list of string;	# the words not yet consumed
flags: string;		# the rest of the flag word being read
usagemsg: string;	# the text after "usage: "

init(argv: list of string)
{
	if(sys == nil)
		sys = load Sys Sys->PATH;
	name = nil;
	if(argv != nil){
		name = hd argv;
		argv = tl argv;
	}
	args = argv;
	flags = nil;
}

setusage(u: string)
{
	usagemsg = u;
}

usage()
{
	if(sys == nil)
		sys = load Sys Sys->PATH;
	u := usagemsg;
	if(u == nil)
		u = name;
	sys->fprint(sys->fildes(2), "usage: %s\n", u);
	raise "fail:usage";
}

# the next flag character; 0 at the first word that is not a flag
# word ("-" alone or not starting with "-"), after "--", or at the end
opt(): int
{
	if(flags == nil){
		if(args == nil)
			return 0;
		w := hd args;
		if(w == "--"){
			args = tl args;
			return 0;
		}
		if(len w < 2 || w[0] != '-')
			return 0;
		args = tl args;
		flags = w[1:];
	}
	c := flags[0];
	flags = flags[1:];
	if(flags == "")
		flags = nil;
	return c;
}

# the flag's argument: the rest of its word, else the next word
arg(): string
{
	if(flags != nil){
		s := flags;
		flags = nil;
		return s;
	}
	if(args == nil)
		return nil;
	s := hd args;
	args = tl args;
	return s;
}

earg(): string
{
	s := arg();
	if(s == nil)
		usage();
	return s;
}

progname(): string
{
	return name;
}

argv(): list of string
{
	return args;
}
