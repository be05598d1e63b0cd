implement Ahash;

# a hash table: an array of lists of (string, int) tuples, a string hash
# that overflows and is masked, counting words, lookups, keys sorted

include "sys.m";
	sys: Sys;
include "draw.m";

Ahash: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Nbucket: con 7;

hash(s: string): int
{
	h := 0;
	for(i := 0; i < len s; i++)
		h = (h * 31 + s[i]) & 16r7fffffff;
	return h;
}

table := array[Nbucket] of list of (string, int);

count(w: string)
{
	b := hash(w) % Nbucket;
	nl: list of (string, int);
	found := 0;
	for(l := table[b]; l != nil; l = tl l){
		(k, v) := hd l;
		if(k == w){
			v++;
			found = 1;
		}
		nl = (k, v) :: nl;
	}
	if(!found)
		nl = (w, 1) :: nl;
	table[b] = nl;
}

lookup(w: string): int
{
	for(l := table[hash(w) % Nbucket]; l != nil; l = tl l){
		(k, v) := hd l;
		if(k == w)
			return v;
	}
	return 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	sys->print("%d %d %d\n", hash(""), hash("the"), hash("a longer string to overflow"));
	(n, words) := sys->tokenize("the cat and the hat and the bat", " ");
	for(; words != nil; words = tl words)
		count(hd words);
	sys->print("%d words: %d %d %d %d\n", n, lookup("the"), lookup("and"), lookup("cat"), lookup("dog"));

	keys: list of string;
	distinct := 0;
	for(i := 0; i < Nbucket; i++)
		for(l := table[i]; l != nil; l = tl l){
			(k, nil) := hd l;
			distinct++;
			# insert k into the sorted list keys
			front: list of string;
			rest := keys;
			while(rest != nil && hd rest < k){
				front = hd rest :: front;
				rest = tl rest;
			}
			rest = k :: rest;
			for(; front != nil; front = tl front)
				rest = hd front :: rest;
			keys = rest;
		}
	sys->print("%d distinct:", distinct);
	for(; keys != nil; keys = tl keys)
		sys->print(" %s=%d", hd keys, lookup(hd keys));
	sys->print("\n");
}
