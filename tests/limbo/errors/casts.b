implement T;
T: module { init: fn(); };
E: exception(int, string);
Pt: adt {
	x: int;
};
init()
{
	p := Pt(1);
	i := int p;
	s := string p;
	a := array of int "x";
	b := array of byte "x";
	s = string b;
	l := list of {1};
	s = string l;
	r := real "1.5";
	y := byte r;
	if(i)
		raise E(1);
	raise E("x", 1);
}
