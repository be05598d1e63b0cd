# Exceptions: declarations, raise, handlers with strings, prefixes,
# names, or, *, the handler variable, re-raise, and raises clauses.
implement Except;

Except: module {
	init: fn();
	f: fn(x: int): int raises (Bad, Worse);
	g: fn() raises Bad;
	Bad: exception;
	Worse: exception(int, string);
};

f(x: int): int raises (Bad, Worse)
{
	if(x < 0)
		raise Bad;
	if(x > 100)
		raise Worse(x, "too big");
	if(x == 50)
		raise "fail:fifty";
	return x;
}

g() raises Bad
{
	raise Bad;
}

h()
{
	{
		f(1);
	} exception {
	* =>
		raise;
	}
}

init()
{
	{
		f(-1);
	} exception e {
	Bad =>
		e = nil;
	Worse =>
		(n, s) := e;
		n += len s;
	"fail:fifty" =>
		;
	"fail:*" or "error:*" =>
		raise e;
	"*" =>
		raise "fail:" + e;
	}
	{
		g();
	} exception {
	Bad or Worse =>
		;
	}
	x := 0;
	while(x < 3){
		x++;
	} exception {
	* =>
		x = 0;
	}
}
