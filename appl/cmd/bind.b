implement Bind;

# bind [-a|-b|-c|-ac|-bc] [-q] source target: put source at target in
# the name space the command shares with its shell.

include "sys.m";
	sys: Sys;
include "draw.m";

Bind: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	if(argv != nil)
		argv = tl argv;
	flags := Sys->MREPL;
	qflag := 0;
	# hand-parsed: option words up to the first other word or --
	for(; argv != nil; argv = tl argv){
		w := hd argv;
		if(w == "--"){
			argv = tl argv;
			break;
		}
		if(len w < 2 || w[0] != '-')
			break;
		for(i := 1; i < len w; i++){
			case w[i] {
			'a' =>
				flags |= Sys->MAFTER;
			'b' =>
				flags |= Sys->MBEFORE;
			'c' =>
				flags |= Sys->MCREATE;
			'q' =>
				qflag = 1;
			* =>
				usage();
			}
		}
	}
	if((flags & (Sys->MAFTER|Sys->MBEFORE)) == (Sys->MAFTER|Sys->MBEFORE))
		usage();
	if(len argv != 2)
		usage();
	src := hd argv;
	targ := hd tl argv;
	(ok, nil) := sys->stat(src);
	if(ok < 0)
		fail(qflag, sys->sprint("%s: %r", src));
	(ok, nil) = sys->stat(targ);
	if(ok < 0)
		fail(qflag, sys->sprint("%s: %r", targ));
	if(sys->bind(src, targ, flags) < 0)
		fail(qflag, sys->sprint("cannot bind %s onto %s: %r", src, targ));
}

# the bind failed: say why unless -q
fail(quiet: int, msg: string)
{
	if(quiet)
		exit;
	sys->fprint(stderr, "bind: %s\n", msg);
	raise "fail:bind";
}

usage()
{
	sys->fprint(stderr, "usage: bind [-a|-b|-c|-ac|-bc] [-q] source target\n");
	raise "fail:usage";
}
