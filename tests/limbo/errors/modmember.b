implement T;
include "sys.m";
	sys: Sys;
	print, nosuch: import sys;
	FD: import Sys;
	Bad: import v;
T: module { init: fn(); };
v: int;
init()
{
	sys = load Sys Sys->PATH;
	sys->nosuch(1);
	x := Sys->NOPATH;
	sys->print("%d\n", Sys->OREAD);
	fd: ref FD;
	sys = load sys Sys->PATH;
	m := load Nomod "x.dis";
	n := load v "x.dis";
}
