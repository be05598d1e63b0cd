implement Basename;

# basename [-d] string [suffix]: the last element of a name, less
# suffix; with -d, the part before the last element.

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "names.m";
	names: Names;

Basename: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	arg := load Arg Arg->PATH;
	if(arg == nil)
		nomod(Arg->PATH);
	names = load Names Names->PATH;
	if(names == nil)
		nomod(Names->PATH);
	arg->init(argv);
	arg->setusage("basename [-d] string [suffix]");
	dflag := 0;
	while((c := arg->opt()) != 0){
		case c {
		'd' =>
			dflag = 1;
		* =>
			arg->usage();
		}
	}
	argv = arg->argv();
	n := len argv;
	if(n < 1 || n > 2 || dflag && n != 1)
		arg->usage();
	s := hd argv;
	if(dflag)
		sys->print("%s\n", names->dirname(s));
	else{
		suffix := "";
		if(n == 2)
			suffix = hd tl argv;
		sys->print("%s\n", names->basename(s, suffix));
	}
}

nomod(path: string)
{
	sys->fprint(sys->fildes(2), "basename: cannot load %s: %r\n", path);
	raise "fail:bad module";
}
