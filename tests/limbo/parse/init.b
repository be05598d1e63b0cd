# Array, list and channel construction; initialisers with indexes,
# ranges, or and *; slices and string indexing.
implement Init;

Init: module {
	init: fn();
};

Pt: adt {
	x, y: int;
};

K: con 4;

init()
{
	a := array[10] of int;
	b := array[] of {1, 2, 3};
	c := array[10] of {0 => 1, 2 to 4 => 2, 5 or 7 => 3, * => -1};
	d := array[K] of {* => "x"};
	e := array[] of {"a", "b", 3 => "d"};
	f := array[2] of array of int;
	f[0] = array[] of {1};
	g := array[3] of {Pt(1, 2), Pt(3, 4), Pt(5, 6)};
	h := array[] of {array[] of {1, 2}, array[] of {3}};
	i := array[len a * 2] of ref Pt;
	l := list of {1, 2, 3};
	m := list of {"a"};
	n := list of {(1, "x"), (2, "y")};
	ch := chan of int;
	cb := chan[K] of (int, string);
	cc := chan[0] of array of byte;
	s := a[2:5];
	s = a[2:];
	s = a[:5];
	a[2:] = b;
	str := "hello";
	x := str[0];
	str[0] = 'j';
	str[len str] = '!';
	t := str[1:3];
	t = str[1:];
	y := a[len a - 1];
	z := h[1][0];
}
