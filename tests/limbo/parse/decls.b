# Top-level and local declarations of every kind.
implement Decls;

include "sys.m";
	sys: Sys;

Decls: module {
	PATH: con "/dis/decls.dis";
	exported: int;
	names: list of string;
	init: fn();
	E1: exception;
	E2: exception(int, string);
	Pt: type (int, int);
};

a := 5;
b := "str";
c := array[3] of int;
d: int;
e, f: string;
g: real = 1.5;
h, i: int = 1;
big1 := big 16r7fffffff + big 1;

K: con 10;
K2: con K * 2 + 1;
S: con "con" + "cat";
R: con 2.5;
BG: con big 1 << 40;
A, B, C: con iota;
Bit0, Bit1, Bit2: con 1 << iota;
X, Y: con iota * 10 + 5;
By: con byte 255;

Name: type string;
Pair: type (int, string);
Fnref: type ref fn(s: string): int;
Intlist: type list of int;

Err: exception;
Errv: exception(string, int);

tab := array[] of {"zero", "one", "two"};

fwd: fn(x: int): int;

init()
{
	x: int;
	y, z: string;
	w: real = 2.0;
	u, v: big = big 3;
	L: con 7;
	M, N: con iota;
	T: type array of byte;
	LE: exception;
	LE2: exception(int);
	FD: import sys;
	(p, q) := (1, "two");
	(n, nil) := sys->tokenize("a b", " ");
	x = fwd(L);
}

fwd(x: int): int
{
	return x + K;
}
