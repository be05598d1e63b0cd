# For b_handlepass: calls through a module handle it was given, using
# only some of the interface's functions (in another order than the
# giver's own calls).
implement HCall;

include "sys.m";
include "draw.m";
include "hpeer.m";

use(p: HPeer): string
{
	return p->gamma() + p->alpha();
}
