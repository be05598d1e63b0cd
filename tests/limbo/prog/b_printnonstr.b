# %s given something that is not a string (an exception value) prints a marker; it never reads the object as a string
implement Bprintnonstr;
include "sys.m"; sys: Sys;
include "draw.m";
Bprintnonstr: module { init: fn(nil: ref Draw->Context, nil: list of string); };
E: exception(string);
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{ raise E("x"); } exception e { E => sys->print("%s|%s\n", e, "ok"); }
}
