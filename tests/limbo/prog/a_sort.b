implement Asort;

# sorting: quicksort of an int array in place (recursion on index
# ranges), insertion sort of strings, merge sort of a list of strings,
# binary search

include "sys.m";
	sys: Sys;
include "draw.m";

Asort: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

qsort(a: array of int, lo, hi: int)
{
	if(lo >= hi)
		return;
	p := a[hi];
	i := lo;
	for(j := lo; j < hi; j++)
		if(a[j] < p){
			(a[i], a[j]) = (a[j], a[i]);
			i++;
		}
	(a[i], a[hi]) = (a[hi], a[i]);
	qsort(a, lo, i - 1);
	qsort(a, i + 1, hi);
}

isort(a: array of string)
{
	for(i := 1; i < len a; i++)
		for(j := i; j > 0 && a[j] < a[j-1]; j--)
			(a[j], a[j-1]) = (a[j-1], a[j]);
}

merge(a, b: list of string): list of string
{
	if(a == nil)
		return b;
	if(b == nil)
		return a;
	if(hd b < hd a)
		return hd b :: merge(a, tl b);
	return hd a :: merge(tl a, b);
}

msort(l: list of string): list of string
{
	n := len l;
	if(n < 2)
		return l;
	left: list of string;
	for(i := 0; i < n / 2; i++){
		left = hd l :: left;
		l = tl l;
	}
	return merge(msort(left), msort(l));
}

bsearch(a: array of int, v: int): int
{
	lo := 0;
	hi := len a;
	while(lo < hi){
		mid := (lo + hi) / 2;
		if(a[mid] == v)
			return mid;
		if(a[mid] < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := array[] of {33, 7, -2, 19, 7, 100, 0, -50, 42, 8};
	qsort(a, 0, len a - 1);
	for(i := 0; i < len a; i++)
		sys->print(" %d", a[i]);
	sys->print("\n%d %d %d\n", bsearch(a, 19), bsearch(a, 5), bsearch(a, 100));

	s := array[] of {"pear", "Apple", "fig", "banana", "apple", "Fig", ""};
	isort(s);
	for(i = 0; i < len s; i++)
		sys->print("%q ", s[i]);
	sys->print("\n");

	(nil, words) := sys->tokenize("the quick brown fox jumps over the lazy dog", " ");
	for(w := msort(words); w != nil; w = tl w)
		sys->print("%s ", hd w);
	sys->print("\n");
}
