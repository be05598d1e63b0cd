implement Sleep;

# sleep n: sleep n seconds.

include "sys.m";
	sys: Sys;
include "draw.m";

Sleep: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	if(len argv != 2 || !isnumber(hd tl argv)){
		sys->fprint(sys->fildes(2), "usage: sleep time\n");
		raise "fail:usage";
	}
	n := int hd tl argv;
	if(n > 0)
		sys->sleep(n*1000);
}

# an optional sign and at least one decimal digit
isnumber(s: string): int
{
	i := 0;
	if(s != nil && (s[0] == '-' || s[0] == '+'))
		i++;
	if(i == len s)
		return 0;
	for(; i < len s; i++)
		if(s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}
