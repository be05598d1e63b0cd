# Re-raising: raise; in a handler passes the same exception on (a
# string to the caller, a declared exception to an outer block of the
# same function, values intact); raise e; with the caught string; a
# new exception raised inside a handler; handlers in loops with
# continue and break in their arms; an exception raised inside a
# handler arm by a called function.
implement BExcreraise;

include "sys.m";
	sys: Sys;
include "draw.m";

BExcreraise: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

E: exception(int, string);

log := "";

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{
		passon("first");
	} exception e {
	"first" =>
		sys->print("init caught %s, log %s\n", e, log);
	}
	sys->print("typed %s\n", typed());
	{
		rename("disk full");
	} exception e {
	"renamed: *" =>
		sys->print("init caught %s\n", e);
	}
	{
		again("x");
	} exception e {
	"*" =>
		sys->print("again %s\n", e);
	}
	s := "";
	for(i := 0; i < 6; i++){
		{
			if(i % 2)
				raise "odd";
			if(i == 4)
				raise "four";
			s += string i;
		} exception e {
		"odd" =>
			s += "o";
			continue;
		"four" =>
			s += "!";
			break;
		}
		s += ".";
	}
	sys->print("loop %s\n", s);
	sys->print("inarm %s\n", inarm());
}

passon(s: string)
{
	{
		raise s;
	} exception {
	"*" =>
		log += "passon saw it;";
		raise;
	}
}

typed(): string
{
	{
		{
			raise E(7, "seven");
		} exception {
		E =>
			log = "inner";
			raise;
		}
	} exception e {
	E =>
		(n, s) := e;
		return sys->sprint("%s then outer %d %s", log, n, s);
	}
	return "none";
}

rename(s: string)
{
	{
		raise s;
	} exception e {
	"*" =>
		raise "renamed: " + e;
	}
}

again(s: string)
{
	{
		raise s;
	} exception e {
	"x" =>
		e += "y";
		raise e;
	}
}

inarm(): string
{
	{
		{
			raise "first";
		} exception {
		"first" =>
			helper();
			return "not reached";
		}
	} exception e {
	"helper*" =>
		return "outer got " + e;
	}
	return "none";
}

helper()
{
	raise "helper failed";
}
