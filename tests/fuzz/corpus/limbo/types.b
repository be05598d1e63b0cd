# Every way of writing a type.
implement Types;

	sys: Sys;

Types: module {
	init: fn();
};

Sh: adt {
	pick {
	Circle =>
		r: real;
	Square =>
		side: int;
	}
};

Box: adt[T] {
	v: T;
};

vi: int;
vb: big;
vy: byte;
vr: real;
vs: string;
va: array of int;
vaa: array of array of byte;
vl: list of list of string;
vc: chan of int;
vcc: chan of chan of (int, string);
vt: (int, string);
vtt: (int, (string, byte), array of big);
vref: ref Sh;
vtag: ref Sh.Circle;
vmod: ref Draw->Context;
vpt: Draw->Point;
vfd: ref Sys->FD;
vfn: ref fn(s: string): int;
vfn2: ref fn(f: ref fn(x: int): int, v: int): ref fn(): string;
vfn3: ref fn(a, b: int, nil: string): (int, string);
vfnv: ref fn(s: string, *): int;
vbox: ref Box[string];
vbox2: Box[ref Sh];
vboxes: list of ref Box[list of int];
vfix: fixed(0.01, 100.0);
vfix2: fixed(0.25);
vm: Sys;
vchl: chan of list of ref Sh;
vpar: (int);

init()
{
	sys = load Sys Sys->PATH;
}
