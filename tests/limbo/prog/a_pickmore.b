implement Apickmore;

# pick adts driving a small stack machine: tags without fields, tags
# sharing fields (Add or Sub or Mul), common fields changed, break in a
# pick arm (leaves the pick only) and a labelled break (leaves the loop),
# continue from a pick arm, tagof values, refs of variants compared

include "sys.m";
	sys: Sys;
include "draw.m";

Apickmore: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Op: adt {
	count:	int;
	pick {
	Push =>
		v:	int;
	Add or Sub or Mul =>
	Print =>
		label:	string;
	Nop =>
	Halt =>
	}
};

run(prog: array of ref Op): int
{
	stack := array[10] of int;
	sp := 0;
	steps := 0;
	loop: for(pc := 0; pc < len prog; pc++){
		op := prog[pc];
		op.count++;
		steps++;
		pick o := op {
		Push =>
			stack[sp++] = o.v;
		Add or Sub or Mul =>
			b := stack[--sp];
			a := stack[--sp];
			t := tagof o;
			if(t == tagof Op.Add)
				a += b;
			else if(t == tagof Op.Sub)
				a -= b;
			else
				a *= b;
			stack[sp++] = a;
		Print =>
			sys->print("%s %d\n", o.label, stack[sp-1]);
			break;
		Nop =>
			continue;
		Halt =>
			break loop;
		}
		if(tagof op == tagof Op.Print)
			sys->print("after print\n");
	}
	sys->print("steps %d sp %d\n", steps, sp);
	return stack[sp-1];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	nop := ref Op.Nop(0);
	prog := array[] of {
		ref Op.Push(0, 2), ref Op.Push(0, 3), ref Op.Add(0), nop,
		ref Op.Push(0, 4), ref Op.Mul(0), ref Op.Print(0, "product"),
		ref Op.Push(0, 25), ref Op.Sub(0), nop, ref Op.Print(0, "difference"),
		ref Op.Halt(0), ref Op.Print(0, "never"),
	};
	sys->print("result %d\n", run(prog));
	sys->print("nop ran %d times\n", nop.count);
	r := run(prog);
	sys->print("result %d, first op ran %d times, last %d\n", r, prog[0].count, prog[len prog - 1].count);

	tags := "";
	for(i := 0; i < len prog; i++)
		tags += string tagof prog[i];
	sys->print("%s %d %d\n", tags, prog[3] == prog[9], prog[0] == prog[1]);
}
