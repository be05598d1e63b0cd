# Ember's interface to the built-in $Math module.
# Constants and signatures: shared/ref/dis-link.md section 5.

Math: module
{
	PATH:	con "$Math";

	Infinity:	con 1e400;
	NaN:		con 0./0.;
	MachEps:	con 2.2204460492503131e-16;
	Pi:		con 3.14159265358979323846;
	Degree:		con Pi/180.;

	# floating-point exception flags (trap enables and sticky status)
	INVAL:		con 1;
	ZDIV:		con 2;
	OVFL:		con 4;
	UNFL:		con 8;
	INEX:		con 16;

	# rounding modes
	RND_NR:		con 0;
	RND_NINF:	con 16r100;
	RND_PINF:	con 16r200;
	RND_Z:		con 16r300;
	RND_MASK:	con 16r300;

	FPcontrol:	fn(r, mask: int): int;
	FPstatus:	fn(r, mask: int): int;
	getFPcontrol:	fn(): int;
	getFPstatus:	fn(): int;

	acos:		fn(x: real): real;
	acosh:		fn(x: real): real;
	asin:		fn(x: real): real;
	asinh:		fn(x: real): real;
	atan:		fn(x: real): real;
	atan2:		fn(y, x: real): real;
	atanh:		fn(x: real): real;
	cbrt:		fn(x: real): real;
	ceil:		fn(x: real): real;
	copysign:	fn(x, s: real): real;
	cos:		fn(x: real): real;
	cosh:		fn(x: real): real;
	erf:		fn(x: real): real;
	erfc:		fn(x: real): real;
	exp:		fn(x: real): real;
	expm1:		fn(x: real): real;
	fabs:		fn(x: real): real;
	fdim:		fn(x, y: real): real;
	finite:		fn(x: real): int;
	floor:		fn(x: real): real;
	fmax:		fn(x, y: real): real;
	fmin:		fn(x, y: real): real;
	fmod:		fn(x, y: real): real;
	hypot:		fn(x, y: real): real;
	ilogb:		fn(x: real): int;
	isnan:		fn(x: real): int;
	j0:		fn(x: real): real;
	j1:		fn(x: real): real;
	jn:		fn(n: int, x: real): real;
	lgamma:		fn(x: real): (int, real);
	log:		fn(x: real): real;
	log10:		fn(x: real): real;
	log1p:		fn(x: real): real;
	modf:		fn(x: real): (int, real);
	nextafter:	fn(x, y: real): real;
	pow:		fn(x, y: real): real;
	pow10:		fn(p: int): real;
	remainder:	fn(x, p: real): real;
	rint:		fn(x: real): real;
	scalbn:		fn(x: real, n: int): real;
	sin:		fn(x: real): real;
	sinh:		fn(x: real): real;
	sqrt:		fn(x: real): real;
	tan:		fn(x: real): real;
	tanh:		fn(x: real): real;
	y0:		fn(x: real): real;
	y1:		fn(x: real): real;
	yn:		fn(n: int, x: real): real;

	# IEEE bit patterns
	bits32real:	fn(b: int): real;
	bits64real:	fn(b: big): real;
	realbits32:	fn(x: real): int;
	realbits64:	fn(x: real): big;

	# vectors and matrices
	dot:		fn(x, y: array of real): real;
	iamax:		fn(x: array of real): int;
	norm1:		fn(x: array of real): real;
	norm2:		fn(x: array of real): real;
	gemm:		fn(transa, transb: int, m, n, k: int, alpha: real,
				a: array of real, lda: int,
				b: array of real, ldb: int, beta: real,
				c: array of real, ldc: int);
	sort:		fn(x: array of real, pi: array of int);

	# byte-order conversion
	export_int:	fn(b: array of byte, x: array of int);
	export_real:	fn(b: array of byte, x: array of real);
	export_real32:	fn(b: array of byte, x: array of real);
	import_int:	fn(b: array of byte, x: array of int);
	import_real:	fn(b: array of byte, x: array of real);
	import_real32:	fn(b: array of byte, x: array of real);
};
