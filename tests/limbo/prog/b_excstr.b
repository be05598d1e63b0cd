# String exceptions: exact patterns, prefix patterns "foo*" (the
# longest matching prefix wins, an exact match beats any prefix,
# whatever the order the arms are written in), "*" for any string,
# or-ed patterns, the * arm, handlers without a variable, raise of a
# computed string, propagation through calls and out of inner blocks,
# a handler on a whole function body, and variables set before the
# raise keeping their values.
implement BExcstr;

include "sys.m";
	sys: Sys;
include "draw.m";

BExcstr: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {"exact", "foo", "foo!", "foobar", "foobarbaz", "fo", "exactly", "a", "b", ""};
	for(i := 0; i < len tests; i++)
		sys->print("%s -> %s\n", tests[i], classify(tests[i]));
	for(i = 0; i < 3; i++)
		sys->print("wild %d -> %s\n", i, wild(i));
	sys->print("deep -> %s\n", deep(5));
	sys->print("nested -> %s\n", nested("inner"));
	sys->print("nested -> %s\n", nested("outer"));
	sys->print("body -> %s %s\n", body(1), body(0));

	x := 1;
	s := "before";
	{
		x = 2;
		s = "inside";
		raise "stop";
	} exception {
	"stop" =>
		sys->print("stopped\n");
	}
	sys->print("kept %d %s\n", x, s);
	{
		sys->print("no raise\n");
	} exception {
	"*" =>
		sys->print("not reached\n");
	}
	sys->print("end\n");
}

classify(s: string): string
{
	{
		if(s == "")
			return "no raise";
		raise s;
	} exception e {
	"*" =>
		return "any string " + e;
	"foo*" =>
		return "prefix foo " + e;
	"foobar*" =>
		return "prefix foobar " + e;
	"foo!" =>
		return "exact foo! " + e;
	"exact" =>
		return "exact " + e;
	"a" or "b" =>
		return "a or b " + e;
	}
	return "not reached";
}

wild(i: int): string
{
	{
		case i {
		0 =>
			raise "zero";
		1 =>
			raise "one";
		}
		return "none";
	} exception e {
	"zero" =>
		return "zero arm " + e;
	* =>
		return "star arm";
	}
}

deep(n: int): string
{
	{
		down(n);
	} exception e {
	"bottom*" =>
		return e;
	}
	return "not reached";
}

down(n: int)
{
	if(n == 0)
		raise "bottom reached at depth " + string n;
	down(n-1);
	sys->print("not reached\n");
}

nested(what: string): string
{
	r := "";
	{
		{
			raise what;
		} exception e {
		"inner" =>
			r = "inner handler " + e;
		}
		r += ", after inner block";
	} exception e {
	"outer" =>
		r = "outer handler " + e;
	}
	return r;
}

body(n: int): string
{
	if(n)
		raise "body " + string n;
	return "normal";
}
exception e {
"body*" =>
	return "caught " + e;
}
