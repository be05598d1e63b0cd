# pick adts: variants with no fields, shared variants, tagof,
# constructing each variant, pick statements with or and *, variants
# as types.
implement Picks;

Picks: module {
	init: fn();
};

Token: adt {
	line: int;
	pick {
	Eof =>
	Num =>
		v: big;
	Real =>
		r: real;
	Id or Str =>
		s: string;
	Op =>
		c: int;
		prec: int;
	}

	text: fn(t: self ref Token): string;
};

Token.text(t: self ref Token): string
{
	pick u := t {
	Eof =>
		return "eof";
	Num =>
		return string u.v;
	Real =>
		return string u.r;
	Id or Str =>
		return u.s;
	* =>
		return "?";
	}
}

num(t: ref Token.Num): big
{
	return t.v;
}

init()
{
	toks := array[] of {
		ref Token.Eof(1),
		ref Token.Num(1, big 42),
		ref Token.Real(2, 1.5),
		ref Token.Id(3, "x"),
		ref Token.Str(3, "s"),
		ref Token.Op(4, '+', 12),
	};
	n := 0;
	for(i := 0; i < len toks; i++){
		if(tagof toks[i] == 1)
			n++;
		s := toks[i].text();
	}
	v: Token;
	w := Token.Op(0, '-', 12);
	x := num(ref Token.Num(0, big 1));
}
