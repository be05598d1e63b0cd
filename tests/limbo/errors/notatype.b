implement T;
include "sys.m";
	sys: Sys;
T: module { init: fn(); };
v: int;
x: v;
y: sys;
z: ref init;
F: con 3;
w: list of F;
init()
{
	a: sys->FD;
	b: Sys->print;
	c: Sys->Nosuch;
	d: nosys->FD;
	e: v->FD;
	ok: ref Sys->FD;
}
