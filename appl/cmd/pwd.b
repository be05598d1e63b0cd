implement Pwd;

# pwd: print the name of the current directory.

include "sys.m";
	sys: Sys;
include "draw.m";
include "workdir.m";

Pwd: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	workdir := load Workdir Workdir->PATH;
	if(workdir == nil){
		sys->fprint(sys->fildes(2), "pwd: cannot load %s: %r\n", Workdir->PATH);
		raise "fail:bad module";
	}
	wd := workdir->init();
	if(wd == nil){
		sys->fprint(sys->fildes(2), "pwd: %r\n");
		raise "fail:error";
	}
	sys->print("%s\n", wd);
}
