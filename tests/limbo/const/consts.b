# Constant folding (limbo-lang.md 1, 2, 4, 5): limbo -K prints each
# constant's name, type and value; consts.out was worked out by hand.
M: module {
	K: con 2;
};

Pt: adt {
	x: int;
	Zero: con 0;
};

A, B, C: con iota;
Bit0, Bit1, Bit2: con 1 << iota;
X, Y: con iota * 10 + 5;
Wrap: con 16r7fffffff + 1;
Big1: con big 1 << 40;
Huge: con 4294967296;
Neg: con -5 % 3;
Div: con -7 / 2;
Pow: con -3**4*2;
RPow: con 2**3**2;
Rl: con 2.5 * 2.0;
Rp: con 2.0 ** 3;
S: con "con" + "cat";
L: con len "héllo";
By: con byte 255 + byte 1;
Sh: con byte 16r80 >> 7;
Ash: con -16 >> 2;
Cmp: con "abc" < "abd";
Lo: con 1 && 0 || 1;
Not: con !0;
Comp: con ~0;
Cvt: con int 2.5;
Cvt2: con int -2.5;
Cvt3: con int "  42xyz";
Str: con string 42;
Chr: con 'a' + 1;
Ref: con Bit2 * X;
Rad: con 16rFF & 2r1010;
Big2: con big 16r7fffffff + big 1;
Mod: con M->K + 1;
AdtK: con Pt.Zero - 1;
Later: con Early * 2;
Early: con 21;
Origin: con Pt(0, 0);
Far: con Pt(~0, 16r7fffffff);
Pair: con (1, "one");
Nested: con (Pt(1, 2), (big 3, nil));
