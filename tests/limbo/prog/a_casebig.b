implement Acasebig;

# case on big: labels compare all 64 bits (values whose low 32 bits
# match a label do not match it), alternatives, the * arm

include "sys.m";
	sys: Sys;
include "draw.m";

Acasebig: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

name(b: big): string
{
	case b {
	big 0 =>
		return "zero";
	big 1 or big 2 =>
		return "small";
	10000000000 =>
		return "ten billion";
	big -1 =>
		return "minus one";
	big 16r7FFFFFFFFFFFFFFF =>
		return "max";
	* =>
		return "other";
	}
	return "unreachable";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	one := big 1;
	vals := array[] of {
		big 0, big 1, big 2, big 3, big 10000000000, big -1,
		big 16r7FFFFFFFFFFFFFFF, one << 63, (one << 32) + one,
		one << 32, big 16rFFFFFFFF, big 10000000000 + one,
	};
	for(i := 0; i < len vals; i++)
		sys->print("%bd %s\n", vals[i], name(vals[i]));

	n := 0;
	for(b := big -3; b < big 4; b++)
		case b {
		big 2 =>
			n += 10;
		big -2 or big 0 =>
			n += 1;
		}
	sys->print("%d\n", n);
}
