# PrecedencE and associativity; prec.out is the tree with every
# operand that is not a term in parentheses (limbo -PP), worked out by
# hand from the table in limbo-lang.md 5.1.
implement Prec;

Prec: module {
	init: fn();
};

init()
{
	x := -3**4*2;
	x = 2**3**(1).f;
	x = <-c + 1;
	c <-= a + b;
	x = a == b && c != d || e < f;
	m := load M p + q;
	(a, b) = (b, a);
	x = a[i:j] + a[:j] + a[i:];
	x = -1 ** 2;
	x = (a = b) + 1;
}
