# Lists: ::, hd, tl, len, nil, lists of lists and of tuples, and
# strings: indexing, slicing, concatenation, comparison.
implement Lists;

Lists: module {
	init: fn();
};

rev(l: list of string): list of string
{
	r: list of string;
	for(; l != nil; l = tl l)
		r = hd l :: r;
	return r;
}

join(l: list of string, sep: string): string
{
	if(l == nil)
		return "";
	s := hd l;
	for(l = tl l; l != nil; l = tl l)
		s += sep + hd l;
	return s;
}

init()
{
	l := "a" :: "b" :: "c" :: nil;
	n := len l;
	l = rev(l);
	ll: list of list of string;
	ll = l :: nil :: ll;
	pairs := (1, "one") :: (2, "two") :: nil;
	(k, v) := hd pairs;
	s := join(l, ", ");
	if(s == nil || s < "b" || s >= "zz" && len s > 2)
		s = s[0:1] + s[len s - 1:];
	c := s[0];
	s[0] = c + 1;
	t := s[1:];
	u := s[:2];
	x := hd tl tl l;
	y := hd hd ll;
}
