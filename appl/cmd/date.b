implement Date;

# date [-un] [seconds]: print the time (now, or seconds since the
# epoch) in the local zone or, with -u, in GMT; -n as a number.

include "sys.m";
	sys: Sys;
include "draw.m";
include "arg.m";
include "daytime.m";

Date: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	arg := load Arg Arg->PATH;
	if(arg == nil)
		nomod(Arg->PATH);
	daytime := load Daytime Daytime->PATH;
	if(daytime == nil)
		nomod(Daytime->PATH);
	arg->init(argv);
	arg->setusage("date [-un] [seconds]");
	uflag := nflag := 0;
	while((c := arg->opt()) != 0){
		case c {
		'u' =>
			uflag = 1;
		'n' =>
			nflag = 1;
		* =>
			arg->usage();
		}
	}
	argv = arg->argv();
	t: int;
	case len argv {
	0 =>
		t = daytime->now();
	1 =>
		if(!isnumber(hd argv))
			arg->usage();
		t = int hd argv;
	* =>
		arg->usage();
	}
	if(nflag)
		sys->print("%d\n", t);
	else if(uflag)
		sys->print("%s\n", daytime->text(daytime->gmt(t)));
	else
		sys->print("%s\n", daytime->text(daytime->local(t)));
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
	sys->fprint(sys->fildes(2), "date: cannot load %s: %r\n", path);
	raise "fail:bad module";
}
