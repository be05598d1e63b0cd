# Just enough of Draw for a command's init.
Draw: module
{
	PATH:	con "$Draw";

	Point: adt
	{
		x:	int;
		y:	int;

		add:	fn(p: self Point, q: Point): Point;
		eq:	fn(p: self Point, q: Point): int;
	};

	Rect: adt
	{
		min:	Point;
		max:	Point;

		dx:	fn(r: self Rect): int;
		contains:	fn(r: self Rect, p: Point): int;
	};

	Context: adt
	{
		screen:	string;
		wm:	chan of (string, chan of (string, ref Wmcontext));
	};

	Wmcontext: adt
	{
		kbd:	chan of int;
		ctl:	chan of string;
		ctxt:	ref Context;
	};
};
