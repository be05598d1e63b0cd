implement Test;

# Tests of Workdir: the name after chdir to several places.

include "sys.m";
	sys: Sys;
include "draw.m";
include "workdir.m";
	workdir: Workdir;

Test: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	workdir = load Workdir Workdir->PATH;
	if(workdir == nil){
		sys->print("cannot load %s: %r\n", Workdir->PATH);
		raise "fail:load";
	}
	sys->print("%s\n", workdir->init());
	sys->create("/tmp/a", Sys->OREAD, Sys->DMDIR|8r777);
	sys->create("/tmp/a/b c", Sys->OREAD, Sys->DMDIR|8r777);
	dirs := array[] of {"/tmp", "/tmp/a/b c", "..", "/", "/tmp/a/../a", "b c"};
	for(i := 0; i < len dirs; i++){
		if(sys->chdir(dirs[i]) < 0)
			sys->print("chdir %s: %r\n", dirs[i]);
		sys->print("%s\n", workdir->init());
	}
}
