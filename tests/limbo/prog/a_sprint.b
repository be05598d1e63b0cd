implement Asprint;

# print, sprint, fprint and aprint: %d %o %x %X %c %s %q %% and %bd
# %bx with flags (- + # 0 ,), widths, precisions and * arguments; the
# counts print and fprint return; sprint of nothing is nil

include "sys.m";
	sys: Sys;
include "draw.m";

Asprint: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	n := 42;
	sys->print("%d|%5d|%-5d|%05d|\n", n, n, n, n);
	sys->print("%d|%5d|%-5d|%05d|\n", -n, -n, -n, -n);
	sys->print("%+d|%+d|%8.3d|%,d|%,d|\n", 5, -5, 7, 1234567, -1234);
	sys->print("%x|%X|%#x|%o|%#o|\n", 255, 255, 255, 255, 255);
	sys->print("%x|%X|%x|\n", -1, 48879, 0);
	sys->print("%c%c%c|%5c|%-3c|\n", 'L', 'é', 16r263A, 'x', 'x');

	s := "limbo";
	sys->print("%s|%10s|%-10s|%.3s|\n", s, s, s, s);
	sys->print("%6s|%-6s|%2s|\n", "héllo", "é", "long");
	sys->print("%q %q %q %q %q\n", "plain", "two words", "it's", "", "tab\there");
	sys->print("100%%|%%d|\n");
	b := big 16r123456789;
	sys->print("%bd|%bx|%bX|%bx|\n", b, b, b, big -1);
	sys->print("%*d|%-*d|%.*s|\n", 6, 42, 4, 7, 2, "abcdef");
	ns: string;
	sys->print("[%s][%q]\n", ns, ns);

	t := sys->sprint("%d-%s-%x", 1, "two", 3);
	sys->print("%s %d\n", t, len t);
	sys->print("%d %d\n", sys->sprint("") == nil, len sys->sprint("%s", ""));
	sys->print("%s\n", sys->sprint("plain"));

	k := sys->print("abc\n");
	sys->print("%d\n", k);
	k = sys->print("é\n");
	sys->print("%d\n", k);
	out := sys->fildes(1);
	k = sys->fprint(out, "to fd %d\n", 1);
	sys->print("%d\n", k);
	a := sys->aprint("x=%d;%c", 5, 'é');
	sys->print("%d %d %d\n", len a, int a[0], int a[4]);
}
