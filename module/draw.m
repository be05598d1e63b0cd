# Ember's interface to the built-in $Draw module: the types of the
# Command interface's graphics context and the functions of Draw's
# export table. Ember has no graphics; $Draw may be absent, empty or a
# stub, but these types fix the Command signature (init: 0x4244b354).
# Needs sys.m (Sys->FD). Facts: shared/ref/dis-link.md section 3 and
# shared/ref/builtins-more.md section 3.

Draw: module
{
	PATH:	con "$Draw";

	# pixel channel descriptor
	Chans: adt
	{
		desc:	int;

		mk:	fn(s: string): Chans;
		text:	fn(c: self Chans): string;
		eq:	fn(c: self Chans, d: Chans): int;
		depth:	fn(c: self Chans): int;
	};

	Point: adt
	{
		x:	int;
		y:	int;

		add:	fn(p: self Point, q: Point): Point;
		sub:	fn(p: self Point, q: Point): Point;
		mul:	fn(p: self Point, i: int): Point;
		div:	fn(p: self Point, i: int): Point;
		eq:	fn(p: self Point, q: Point): int;
		in:	fn(p: self Point, r: Rect): int;
	};

	Rect: adt
	{
		min:	Point;
		max:	Point;

		canon:	fn(r: self Rect): Rect;
		dx:	fn(r: self Rect): int;
		dy:	fn(r: self Rect): int;
		eq:	fn(r: self Rect, s: Rect): int;
		Xrect:	fn(r: self Rect, s: Rect): int;
		inrect:	fn(r: self Rect, s: Rect): int;
		clip:	fn(r: self Rect, s: Rect): (Rect, int);
		contains:	fn(r: self Rect, p: Point): int;
		addpt:	fn(r: self Rect, p: Point): Rect;
		subpt:	fn(r: self Rect, p: Point): Rect;
		inset:	fn(r: self Rect, n: int): Rect;
		combine:	fn(r: self Rect, s: Rect): Rect;
		size:	fn(r: self Rect): Point;
	};

	Image: adt
	{
		r:	Rect;
		clipr:	Rect;
		depth:	int;
		chans:	Chans;
		repl:	int;
		display:	ref Display;
		screen:	ref Screen;
		iname:	string;

		draw:	fn(dst: self ref Image, r: Rect, src: ref Image, matte: ref Image, p: Point);
		drawop:	fn(dst: self ref Image, r: Rect, src: ref Image, matte: ref Image, p: Point, op: int);
		gendraw:	fn(dst: self ref Image, r: Rect, src: ref Image, p0: Point, matte: ref Image, p1: Point);
		gendrawop:	fn(dst: self ref Image, r: Rect, src: ref Image, p0: Point, matte: ref Image, p1: Point, op: int);
		line:	fn(dst: self ref Image, p0, p1: Point, end0, end1, radius: int, src: ref Image, sp: Point);
		lineop:	fn(dst: self ref Image, p0, p1: Point, end0, end1, radius: int, src: ref Image, sp: Point, op: int);
		poly:	fn(dst: self ref Image, p: array of Point, end0, end1, radius: int, src: ref Image, sp: Point);
		polyop:	fn(dst: self ref Image, p: array of Point, end0, end1, radius: int, src: ref Image, sp: Point, op: int);
		bezspline:	fn(dst: self ref Image, p: array of Point, end0, end1, radius: int, src: ref Image, sp: Point);
		bezsplineop:	fn(dst: self ref Image, p: array of Point, end0, end1, radius: int, src: ref Image, sp: Point, op: int);
		fillpoly:	fn(dst: self ref Image, p: array of Point, wind: int, src: ref Image, sp: Point);
		fillpolyop:	fn(dst: self ref Image, p: array of Point, wind: int, src: ref Image, sp: Point, op: int);
		fillbezspline:	fn(dst: self ref Image, p: array of Point, wind: int, src: ref Image, sp: Point);
		fillbezsplineop:	fn(dst: self ref Image, p: array of Point, wind: int, src: ref Image, sp: Point, op: int);
		ellipse:	fn(dst: self ref Image, c: Point, a, b, thick: int, src: ref Image, sp: Point);
		ellipseop:	fn(dst: self ref Image, c: Point, a, b, thick: int, src: ref Image, sp: Point, op: int);
		fillellipse:	fn(dst: self ref Image, c: Point, a, b: int, src: ref Image, sp: Point);
		fillellipseop:	fn(dst: self ref Image, c: Point, a, b: int, src: ref Image, sp: Point, op: int);
		arc:	fn(dst: self ref Image, c: Point, a, b, thick: int, src: ref Image, sp: Point, alpha, phi: int);
		arcop:	fn(dst: self ref Image, c: Point, a, b, thick: int, src: ref Image, sp: Point, alpha, phi: int, op: int);
		fillarc:	fn(dst: self ref Image, c: Point, a, b: int, src: ref Image, sp: Point, alpha, phi: int);
		fillarcop:	fn(dst: self ref Image, c: Point, a, b: int, src: ref Image, sp: Point, alpha, phi: int, op: int);
		bezier:	fn(dst: self ref Image, a, b, c, d: Point, end0, end1, radius: int, src: ref Image, sp: Point);
		bezierop:	fn(dst: self ref Image, a, b, c, d: Point, end0, end1, radius: int, src: ref Image, sp: Point, op: int);
		fillbezier:	fn(dst: self ref Image, a, b, c, d: Point, wind: int, src: ref Image, sp: Point);
		fillbezierop:	fn(dst: self ref Image, a, b, c, d: Point, wind: int, src: ref Image, sp: Point, op: int);
		arrow:	fn(a, b, c: int): int;
		text:	fn(dst: self ref Image, p: Point, src: ref Image, sp: Point, font: ref Font, str: string): Point;
		textop:	fn(dst: self ref Image, p: Point, src: ref Image, sp: Point, font: ref Font, str: string, op: int): Point;
		textbg:	fn(dst: self ref Image, p: Point, src: ref Image, sp: Point, font: ref Font, str: string, bg: ref Image, bgp: Point): Point;
		textbgop:	fn(dst: self ref Image, p: Point, src: ref Image, sp: Point, font: ref Font, str: string, bg: ref Image, bgp: Point, op: int): Point;
		border:	fn(dst: self ref Image, r: Rect, i: int, src: ref Image, sp: Point);
		readpixels:	fn(src: self ref Image, r: Rect, data: array of byte): int;
		writepixels:	fn(dst: self ref Image, r: Rect, data: array of byte): int;
		name:	fn(src: self ref Image, name: string, in: int): int;
		top:	fn(win: self ref Image);
		bottom:	fn(win: self ref Image);
		flush:	fn(win: self ref Image, func: int);
		origin:	fn(win: self ref Image, log, scr: Point): int;
	};

	Display: adt
	{
		image:	ref Image;
		white:	ref Image;
		black:	ref Image;
		opaque:	ref Image;
		transparent:	ref Image;

		allocate:	fn(dev: string): ref Display;
		startrefresh:	fn(d: self ref Display);
		publicscreen:	fn(d: self ref Display, id: int): ref Screen;
		newimage:	fn(d: self ref Display, r: Rect, chans: Chans, repl, color: int): ref Image;
		color:	fn(d: self ref Display, color: int): ref Image;
		colormix:	fn(d: self ref Display, c1: int, c2: int): ref Image;
		rgb:	fn(d: self ref Display, r, g, b: int): ref Image;
		namedimage:	fn(d: self ref Display, name: string): ref Image;
		open:	fn(d: self ref Display, name: string): ref Image;
		readimage:	fn(d: self ref Display, fd: ref Sys->FD): ref Image;
		writeimage:	fn(d: self ref Display, fd: ref Sys->FD, i: ref Image): int;
		rgb2cmap:	fn(d: self ref Display, r, g, b: int): int;
		cmap2rgb:	fn(d: self ref Display, c: int): (int, int, int);
		cmap2rgba:	fn(d: self ref Display, c: int): int;
		getwindow:	fn(d: self ref Display, winname: string, screen: ref Screen, image: ref Image, backup: int): (ref Screen, ref Image);
	};

	Screen: adt
	{
		id:	int;
		image:	ref Image;
		fill:	ref Image;
		display:	ref Display;

		allocate:	fn(image: ref Image, fill: ref Image, public: int): ref Screen;
		newwindow:	fn(screen: self ref Screen, r: Rect, backing: int, color: int): ref Image;
		top:	fn(screen: self ref Screen, wins: array of ref Image);
		bottom:	fn(screen: self ref Screen, wins: array of ref Image);
	};

	Font: adt
	{
		name:	string;
		height:	int;
		ascent:	int;
		display:	ref Display;

		open:	fn(d: ref Display, name: string): ref Font;
		build:	fn(d: ref Display, name, desc: string): ref Font;
		width:	fn(f: self ref Font, str: string): int;
		bbox:	fn(f: self ref Font, str: string): Rect;
	};

	# mouse state
	Pointer: adt
	{
		buttons:	int;
		xy:	Point;
		msec:	int;
	};

	# a window's connection to its window manager
	Wmcontext: adt
	{
		kbd:	chan of int;
		ptr:	chan of ref Pointer;
		ctl:	chan of string;
		wctl:	chan of string;
		images:	chan of ref Image;
		connfd:	ref Sys->FD;
		ctxt:	ref Context;
	};

	# the graphics context handed to every command's init
	Context: adt
	{
		display:	ref Display;
		screen:	ref Screen;
		wm:	chan of (string, chan of (string, ref Wmcontext));
	};

	icossin:	fn(deg: int): (int, int);
	icossin2:	fn(p: Point): (int, int);
	setalpha:	fn(c: int, a: int): int;
	bytesperline:	fn(r: Rect, d: int): int;
};
