implement Astrbounds;

# string index and slice errors raise "array bounds error" (indexing a
# nil string: "dereference of nil"); handlers catch them, the string
# keeps its value

include "sys.m";
	sys: Sys;
include "draw.m";

Astrbounds: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	s := "abc";
	i := 3;
	{
		c := s[i];
		sys->print("no error %d\n", c);
	} exception e {
	"*" =>
		sys->print("s[3]: %s\n", e);
	}
	i = -1;
	{
		c := s[i];
		sys->print("no error %d\n", c);
	} exception e {
	"*" =>
		sys->print("s[-1]: %s\n", e);
	}
	i = 2;
	{
		c := s[i];
		sys->print("s[2] is %c\n", c);
	} exception e {
	"*" =>
		sys->print("wrong: %s\n", e);
	}
	k := 4;
	{
		s[k] = 'x';
		sys->print("no error %s\n", s);
	} exception e {
	"array bounds error" =>
		sys->print("s[4] = 'x': %s\n", e);
	}
	k = -1;
	{
		s[k] = 'x';
		sys->print("no error %s\n", s);
	} exception e {
	"array bounds error" =>
		sys->print("s[-1] = 'x': %s\n", e);
	}
	a := 2;
	b := 1;
	{
		sys->print("no error %s\n", s[a:b]);
	} exception e {
	"array bounds error" =>
		sys->print("s[2:1]: %s\n", e);
	}
	b = 4;
	{
		sys->print("no error %s\n", s[0:b]);
	} exception e {
	"array bounds error" =>
		sys->print("s[0:4]: %s\n", e);
	}
	{
		sys->print("no error %s\n", s[b:]);
	} exception e {
	"array bounds error" =>
		sys->print("s[4:]: %s\n", e);
	}
	sys->print("s is still %s\n", s);

	n: string;
	{
		c := n[0];
		sys->print("no error %d\n", c);
	} exception e {
	"*" =>
		sys->print("nil[0]: %s\n", e);
	}
	z := 0;
	{
		t := n[z:z];
		sys->print("nil[0:0] is nil: %d\n", t == nil);
		t = n[z:z+1];
		sys->print("no error %s\n", t);
	} exception e {
	"*" =>
		sys->print("nil[0:1]: %s\n", e);
	}
}
