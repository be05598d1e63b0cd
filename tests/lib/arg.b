implement Test;

# Tests of Arg: clustered flags, flag arguments attached or in the
# next word, the words that end the flags, usage messages.

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
	arg: Arg;

Test: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	arg = load Arg Arg->PATH;
	if(arg == nil){
		sys->print("cannot load %s: %r\n", Arg->PATH);
		raise "fail:load";
	}
	# flags c and d take an argument
	parse("cmd" :: "-ab" :: "-c" :: "carg" :: "-dval" :: "file1" :: "-e" :: nil);
	parse("cmd" :: "--" :: "-a" :: nil);
	parse("cmd" :: "-a" :: "--" :: "--" :: nil);
	parse("cmd" :: "-" :: "-a" :: nil);
	parse("cmd" :: nil);
	parse(nil);
	parse("cmd" :: "-bd" :: "x" :: "y" :: nil);
	parse("cmd" :: "-cd" :: nil);
	parse("cmd" :: "-éa" :: "" :: nil);
	parse("cmd" :: "a" :: "-b" :: nil);
	parse("/dis/ls.dis" :: "-a" :: "-c" :: nil);

	# a fresh init forgets the last parse
	arg->init("x" :: "-abc" :: nil);
	arg->opt();
	arg->init("y" :: "-d" :: nil);
	sys->print("%c %s\n", arg->opt(), arg->progname());

	# arg at the end, or with nothing left
	arg->init("z" :: "-a" :: nil);
	arg->opt();
	sys->print("%s %d\n", str(arg->arg()), arg->opt());

	# usage, with and without a usage text
	arg->init("cmd" :: nil);
	usage();
	arg->setusage("cmd [-ab] [-c x] file ...");
	usage();
	arg->init("other" :: "-c" :: nil);
	arg->opt();
	{
		arg->earg();
		sys->print("no exception\n");
	} exception e {
	"fail:*" =>
		sys->print("exception %s\n", e);
	}
}

str(s: string): string
{
	if(s == nil)
		return "nil";
	return "'" + s + "'";
}

# parse argv as a command with flags a, b, c x, d x and print what Arg
# returns
parse(argv: list of string)
{
	arg->init(argv);
	arg->setusage(nil);
	s := str(arg->progname()) + ":";
	{
		while((c := arg->opt()) != 0){
			s[len s] = ' ';
			s[len s] = c;
			case c {
			'c' or 'd' =>
				s += "=" + str(arg->earg());
			}
		}
	} exception e {
	"fail:*" =>
		s += " exception " + e;
	}
	s += " |";
	for(l := arg->argv(); l != nil; l = tl l)
		s += " " + str(hd l);
	sys->print("%s\n", s);
}

usage()
{
	{
		arg->usage();
	} exception e {
	"fail:*" =>
		sys->print("exception %s\n", e);
	}
}
