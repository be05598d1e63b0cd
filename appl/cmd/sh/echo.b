implement Shellbuiltin;

# echo: a builtin echo for the shell (/dis/sh/echo.dis, loaded by
# `load echo`), the same as /dis/echo.dis (commands.md §1 echo) but run
# in the shell's own process, which saves loading a program for each
# echo of a script.

include "sys.m";
	sys: Sys;
include "draw.m";
include "sh.m";
	sh: Sh;
	Listnode, Context: import sh;

myself: Shellbuiltin;

initbuiltin(c: ref Context, shmod: Sh): string
{
	sys = load Sys Sys->PATH;
	sh = shmod;
	myself = load Shellbuiltin "$self";
	if(myself == nil)
		return sys->sprint("echo: cannot load self: %r");
	c.addbuiltin("echo", myself);
	return nil;
}

getself(): Shellbuiltin
{
	return myself;
}

whatis(nil: ref Context, nil: Sh, nil: string, nil: int): string
{
	return nil;
}

runsbuiltin(nil: ref Context, nil: Sh, nil: list of ref Listnode): list of ref Listnode
{
	return nil;
}

# echo [-n] [arg ...]: the arguments separated by blanks, in one write;
# only the first argument is looked at for -n or --
runbuiltin(nil: ref Context, nil: Sh, cmd: list of ref Listnode, nil: int): string
{
	args := sh->list2stringlist(tl cmd);
	newline := 1;
	if(args != nil){
		case hd args {
		"-n" =>
			newline = 0;
			args = tl args;
		"--" =>
			args = tl args;
		}
	}
	s := "";
	for(; args != nil; args = tl args){
		s += hd args;
		if(tl args != nil)
			s[len s] = ' ';
	}
	if(newline)
		s[len s] = '\n';
	b := array of byte s;
	# a failure is a status, as the program's would be, not an exception
	if(len b > 0 && sys->write(sys->fildes(1), b, len b) != len b){
		sys->fprint(sys->fildes(2), "echo: write error: %r\n");
		return "write error";
	}
	return nil;
}
