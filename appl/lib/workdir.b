implement Workdir;

# The current directory's name (see module/workdir.m): the name the
# kernel keeps for the channel of ".".

include "sys.m";
	sys: Sys;
include "workdir.m";

init(): string
{
	if(sys == nil)
		sys = load Sys Sys->PATH;
	fd := sys->open(".", Sys->OREAD);
	if(fd == nil)
		return nil;
	return sys->fd2path(fd);
}
