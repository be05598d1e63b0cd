implement Cleanname;

# cleanname [-d dir] name ...: print each name lexically cleaned;
# -d dir first puts dir/ before names that are not rooted.

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "names.m";

Cleanname: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	arg := load Arg Arg->PATH;
	if(arg == nil)
		nomod(Arg->PATH);
	names := load Names Names->PATH;
	if(names == nil)
		nomod(Names->PATH);
	arg->init(argv);
	arg->setusage("cleanname [-d pwd] name ...");
	dir: string;
	while((c := arg->opt()) != 0){
		case c {
		'd' =>
			dir = arg->earg();
		* =>
			arg->usage();
		}
	}
	argv = arg->argv();
	if(argv == nil)
		arg->usage();
	for(; argv != nil; argv = tl argv){
		name := hd argv;
		# # names a device: as rooted as /
		if(dir != nil && name != nil && name[0] != '/' && name[0] != '#')
			name = dir + "/" + name;
		sys->print("%s\n", names->cleanname(name));
	}
}

nomod(path: string)
{
	sys->fprint(sys->fildes(2), "cleanname: cannot load %s: %r\n", path);
	raise "fail:bad module";
}
