implement Env;

# Environment variables (see module/env.m): the files of /env, one per
# variable, its contents the value.

include "sys.m";
	sys: Sys;
include "env.m";

loadsys()
{
	if(sys == nil)
		sys = load Sys Sys->PATH;
}

getenv(var: string): string
{
	loadsys();
	if(!goodname(var))
		return nil;
	return readvar("/env/" + var);
}

# a name that is one file of /env
goodname(var: string): int
{
	if(var == nil || var == "." || var == "..")
		return 0;
	for(i := 0; i < len var; i++)
		if(var[i] == '/')
			return 0;
	return 1;
}

readvar(path: string): string
{
	fd := sys->open(path, Sys->OREAD);
	if(fd == nil)
		return nil;
	# read it whole before decoding: a character may straddle reads.
	# The array starts small (most values are) and doubles when full.
	buf := array[128] of byte;
	n := 0;
	for(;;){
		if(n == len buf){
			nb := array[2 * len buf] of byte;
			nb[0:] = buf;
			buf = nb;
		}
		m := sys->read(fd, buf[n:], len buf - n);
		if(m <= 0)
			break;
		n += m;
	}
	return string buf[0:n];
}

setenv(var: string, val: string): int
{
	loadsys();
	if(!goodname(var)){
		sys->werrstr("bad environment variable name");
		return -1;
	}
	path := "/env/" + var;
	if(val == nil){
		# unsetting a variable that is not set succeeds
		(ok, nil) := sys->stat(path);
		if(ok < 0)
			return 0;
		return sys->remove(path);
	}
	fd := sys->create(path, Sys->OWRITE, 8r666);
	if(fd == nil)
		return -1;
	b := array of byte val;
	if(sys->write(fd, b, len b) != len b)
		return -1;
	return 0;
}

getall(): list of (string, string)
{
	loadsys();
	fd := sys->open("/env", Sys->OREAD);
	if(fd == nil)
		return nil;
	vars: list of (string, string);
	for(;;){
		(n, d) := sys->dirread(fd);
		if(n <= 0)
			break;
		for(i := 0; i < n; i++)
			vars = (d[i].name, readvar("/env/" + d[i].name)) :: vars;
	}
	# in the order /env lists them
	r: list of (string, string);
	for(; vars != nil; vars = tl vars)
		r = hd vars :: r;
	return r;
}

clone(): int
{
	loadsys();
	if(sys->pctl(Sys->FORKENV, nil) < 0)
		return -1;
	return 0;
}

new(): int
{
	loadsys();
	if(sys->pctl(Sys->NEWENV, nil) < 0)
		return -1;
	return 0;
}
