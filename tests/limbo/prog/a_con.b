implement Acon;

# con declarations: iota in groups, folded int, big, real, string and
# byte constants, 32-bit wrap of int constants, constants as array
# sizes and case labels, local constants, Sys's constants

include "sys.m";
	sys: Sys;
include "draw.m";

Acon: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Zero, One, Two: con iota;
A, B, C, D: con 1 << iota;
X, Y, Z: con iota * 10 + 5;
Ka, Kb: con (iota + 1) * 100;
Name: con "ember";
Full: con Name + "-os";
Pi: con 3.25;
Twopi: con Pi * 2.0;
Bigk: con big 1 << 40;
Big2: con 10000000000;
Neg: con -5;
Wrap: con 16r7fffffff + 1;
Mask: con ~0;
Bval: con byte 300;
Ch: con 'x';
Str2: con "a" + "b" + "c";
Mixed: con (Two + 1) * D;
Divs: con -7 / 2;
Mods: con -7 % 2;
Shr: con -16 >> 2;
Mul: con 65536 * 65536 + 3;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	sys->print("%d %d %d\n", Zero, One, Two);
	sys->print("%d %d %d %d\n", A, B, C, D);
	sys->print("%d %d %d %d %d\n", X, Y, Z, Ka, Kb);
	sys->print("%s %s %s %d\n", Name, Full, Str2, len Full);
	sys->print("%g %g\n", Pi, Twopi);
	sys->print("%bd %bd\n", Bigk, Big2 + big 1);
	sys->print("%d %d %d %d %d\n", Neg, Wrap, Mask, int Bval, Ch);
	sys->print("%d %d %d %d %d\n", Mixed, Divs, Mods, Shr, Mul);

	Local: con 7;
	a := array[D] of int;
	a[Local] = Local * 2;
	sys->print("%d %d\n", len a, a[7]);

	for(i := 0; i < 4; i++){
		case 1 << i {
		A => sys->print("A");
		B or C => sys->print("BC");
		D => sys->print("D");
		}
	}
	sys->print("\n");
	sys->print("%d %d %d\n", Sys->Maxint, Sys->ATOMICIO, sys->ORDWR);
	sys->print("%d %d\n", Sys->WAITLEN, Sys->DMDIR);
}
