implement Alogic;

# && || ! : short-circuit evaluation seen through side effects, results
# normalised to 0 and 1, precedence; comparison operators' results

include "sys.m";
	sys: Sys;
include "draw.m";

Alogic: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

calls: string;
ncalls := 0;

t(s: string, v: int): int
{
	calls += s;
	ncalls++;
	return v;
}

show(r: int)
{
	sys->print("%d %s\n", r, calls);
	calls = nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	show(t("a", 1) && t("b", 0));
	show(t("a", 0) && t("b", 1));
	show(t("a", 1) || t("b", 0));
	show(t("a", 0) || t("b", 1));
	show(t("a", 0) || t("b", 0) || t("c", 1));
	show(t("a", 1) && t("b", 1) && t("c", 0));
	show(t("a", 0) && t("b", 1) || t("c", 1));
	show(t("a", 1) || t("b", 1) && t("c", 0));
	show(!t("a", 0));
	show(t("a", 5) && t("b", 3));
	show(t("a", 0) || t("b", -7));

	if(t("a", 0) && t("b", 1))
		sys->print("then\n");
	else
		sys->print("else %s\n", calls);
	calls = nil;

	five := 5;
	zero := 0;
	sys->print("%d %d %d %d\n", !five, !zero, !!five, !(five < zero));

	# the guard keeps the index in range
	arr := array[] of {3, 1, 4};
	i := 0;
	while(i < len arr && arr[i] > 0)
		i++;
	sys->print("stopped at %d\n", i);
	l: list of int;
	if(l != nil && hd l == 5)
		sys->print("wrong\n");
	else
		sys->print("nil list guarded\n");
	l = 5 :: l;
	if(l != nil && hd l == 5)
		sys->print("head is 5\n");

	j := 0;
	if(j++ == 0 && j++ == 1)
		sys->print("j %d\n", j);
	if(j++ == 0 && j++ == 1)
		sys->print("wrong\n");
	sys->print("j %d\n", j);

	# comparisons give 0 or 1; == and < are left associative
	x := 2;
	sys->print("%d %d %d %d %d %d\n", x < 3, x > 3, x <= 2, x >= 3, x == 2, x != 2);
	sys->print("%d %d\n", x == x == x, 1 < x == x < 3);
	ncalls = 0;
	c := t("x", 3) < t("y", 4);
	sys->print("%d %d\n", c, ncalls);
}
