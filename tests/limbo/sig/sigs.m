# The declarations whose type strings and signatures dis-link.md 2.2
# lists (all verified against Inferno's compiler there). limbo -t Sig
# must print sigs.out.
Small: module {
	T: adt {
		a: int;
		g: fn(t: self ref T): int;
	};
	v: int;
	h: fn(x: int): string;
	k: fn(t: ref T);
};

Sig: module {
	FD: adt {
		fd: int;
	};
	Connection: adt {
		dfd: ref FD;
		cfd: ref FD;
		dir: string;
	};
	Pair: type (int, string);
	Node: adt {
		next: cyclic ref Node;
		v: int;
		count: fn(n: self ref Node): int;
	};
	Tree: adt {
		l, r: cyclic ref Tree;
		d: array of ref Node;
	};
	Sh: adt {
		id: int;
		pick {
		A =>
			x: real;
		B or C =>
			s: string;
			b: byte;
		}
	};
	E1, E2: exception;

	a1: fn(addr: string): (int, Connection);
	a2: fn(c: Connection): (int, Connection);
	a3: fn(p: Pair, q: Pair): Pair;
	a4: fn(n: ref Node, t: ref Tree): ref Tree;
	a5: fn();
	a6: fn(a: int, b: big, c: real, d: string, e: byte): (int, string);
	a7: fn(l: list of list of string, a: array of array of byte, c: chan of (int, ref Node)): chan of int;
	a8: fn(cb: ref fn(s: string): int): ref fn(): string;
	a9: fn(f: ref fn(x: int): int, v: int): int;
	b1: fn(x: int) raises (E1, E2);
	b2: fn[T](l: list of T): T;
	b3: fn(s: string, *): int;
	b4: fn(s: ref Sh): ref Sh.B;
	b5: fn(p: (int, (string, byte)), c: chan of array of big): list of ref Small->T;
	b6: fn(m: Small): int;
	zz: int;
	aa: string;
	mm: real;
};
