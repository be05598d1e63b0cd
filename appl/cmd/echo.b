implement Echo;

# echo [-n] [arg ...]: the arguments separated by blanks, in one write.

include "sys.m";
	sys: Sys;
include "draw.m";

Echo: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	if(argv != nil)
		argv = tl argv;
	newline := 1;
	# only the first word is examined, as on Inferno
	if(argv != nil){
		case hd argv {
		"-n" =>
			newline = 0;
			argv = tl argv;
		"--" =>
			argv = tl argv;
		}
	}
	s := "";
	for(; argv != nil; argv = tl argv){
		s += hd argv;
		if(tl argv != nil)
			s += " ";
	}
	if(newline)
		s += "\n";
	b := array of byte s;
	if(sys->write(sys->fildes(1), b, len b) != len b){
		sys->fprint(sys->fildes(2), "echo: write error: %r\n");
		raise "fail:write error";
	}
}
