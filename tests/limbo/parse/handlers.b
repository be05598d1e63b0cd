# Exception handlers on function bodies and nested blocks; raise of
# strings built at run time; exceptions declared in a function.
implement Handlers;

Handlers: module {
	init: fn();
};

Oops: exception(string);

f(n: int): int
{
	if(n == 0)
		raise Oops("zero");
	if(n < 0)
		raise "fail:negative " + string n;
	return 100 / n;
}

g(n: int): string
{
	Local: exception;
	{
		{
			if(n > 10)
				raise Local;
			return string f(n);
		} exception {
		Local =>
			return "local";
		}
	} exception e {
	Oops =>
		(s) := e;
		return s;
	"fail:neg*" =>
		return e;
	}
}

h(n: int): string
{
	return g(n);
}
exception e {
* =>
	return "h: " + e;
}

init()
{
	s := h(0) + h(-1) + h(20) + h(5);
}
