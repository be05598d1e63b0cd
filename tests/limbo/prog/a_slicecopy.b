# a[i:j] = b copies b into a slice of a (bounds checked on i, j and len b); s[i]++ and friends on a string character
implement Slicecopy;
include "sys.m"; sys: Sys;
include "draw.m";
Slicecopy: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[6] of {* => byte 'x'};
	b := array of byte "ab";
	a[1:3] = b;
	sys->print("%s\n", string a);
	s := "abc";
	s[1]++;
	c := s[2]--;
	d := ++s[0];
	sys->print("%s %c %c\n", s, c, d);
	{ a[2:3] = b; } exception e { "*" => sys->print("exc %s\n", e); }
	{ a[5:7] = b[0:1]; } exception e { "*" => sys->print("exc %s\n", e); }
}
