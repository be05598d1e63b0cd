implement T;
T: module {
	init: fn();
	f: fn() raises (E, v);
	E: exception;
};
v: int;
init()
{
}
f() raises (E, v, Nosuch)
{
}
