implement Astack;

# adts holding lists and arrays behind member functions: a stack on a
# list (an RPN calculator on it) and a queue on a ring buffer that grows

include "sys.m";
	sys: Sys;
include "draw.m";

Astack: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Stack: adt {
	items:	list of int;

	push:	fn(s: self ref Stack, v: int);
	pop:	fn(s: self ref Stack): (int, int);
	depth:	fn(s: self ref Stack): int;
};

Queue: adt {
	buf:	array of string;
	head:	int;
	count:	int;

	new:	fn(n: int): ref Queue;
	put:	fn(q: self ref Queue, s: string);
	get:	fn(q: self ref Queue): string;
};

Stack.push(s: self ref Stack, v: int)
{
	s.items = v :: s.items;
}

Stack.pop(s: self ref Stack): (int, int)
{
	if(s.items == nil)
		return (0, 0);
	v := hd s.items;
	s.items = tl s.items;
	return (v, 1);
}

Stack.depth(s: self ref Stack): int
{
	return len s.items;
}

Queue.new(n: int): ref Queue
{
	return ref Queue(array[n] of string, 0, 0);
}

Queue.put(q: self ref Queue, s: string)
{
	if(q.count == len q.buf){
		nb := array[2 * len q.buf] of string;
		for(i := 0; i < q.count; i++)
			nb[i] = q.buf[(q.head + i) % len q.buf];
		q.buf = nb;
		q.head = 0;
	}
	q.buf[(q.head + q.count) % len q.buf] = s;
	q.count++;
}

Queue.get(q: self ref Queue): string
{
	if(q.count == 0)
		return nil;
	s := q.buf[q.head];
	q.buf[q.head] = nil;
	q.head = (q.head + 1) % len q.buf;
	q.count--;
	return s;
}

rpn(expr: string): int
{
	st := ref Stack(nil);
	(nil, toks) := sys->tokenize(expr, " ");
	for(; toks != nil; toks = tl toks){
		t := hd toks;
		case t {
		"+" or "-" or "*" =>
			(b, nil) := st.pop();
			(a, nil) := st.pop();
			case t {
			"+" =>	st.push(a + b);
			"-" =>	st.push(a - b);
			"*" =>	st.push(a * b);
			}
		* =>
			st.push(int t);
		}
	}
	(v, ok) := st.pop();
	if(!ok || st.depth() != 0)
		return -999;
	return v;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	s := ref Stack(nil);
	for(i := 1; i <= 4; i++)
		s.push(i * i);
	sys->print("depth %d\n", s.depth());
	for(;;){
		(v, ok) := s.pop();
		if(!ok)
			break;
		sys->print("%d ", v);
	}
	sys->print("depth %d\n", s.depth());

	sys->print("%d %d %d\n", rpn("3 4 + 2 * 7 -"), rpn("5 1 2 + 4 * + 3 -"), rpn("1 2"));

	q := Queue.new(2);
	q.put("a");
	q.put("b");
	sys->print("%s ", q.get());
	q.put("c");
	q.put("d");
	q.put("e");
	sys->print("len %d count %d: ", len q.buf, q.count);
	while((x := q.get()) != nil)
		sys->print("%s ", x);
	sys->print("| %d\n", q.count);
}
