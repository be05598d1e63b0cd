# Every operator, in expressions and statements.
implement Ops;

Ops: module {
	init: fn();
};

init()
{
	a, b, c: int;
	x: big;
	r: real;
	l: list of int;
	ch: chan of int;
	s: string;
	a = b + c - a * b / c % a;
	a = b & c | a ^ ~b;
	a = !b;
	a = b << 2 >> 1;
	a = b < c;
	a = b > c;
	a = b <= c;
	a = b >= c;
	a = b == c;
	a = b != c;
	a = b && c || a;
	a = -b + +c;
	r = r ** 3;
	x = x ** 2;
	l = a :: b :: l;
	a = hd l;
	l = tl l;
	a = len l + len s;
	a = <-ch;
	ch <-= a;
	a += 1;
	a -= 1;
	a *= 2;
	a /= 2;
	a %= 3;
	a &= 7;
	a |= 8;
	a ^= 1;
	a <<= 2;
	a >>= 1;
	r **= 2;
	a++;
	a--;
	++a;
	--a;
	a = - -b;
	a = -(-b);
	a = ~ ~b;
	a = !!b;
	s = s + "x";
	a = (b);
}
