implement Cal;

# cal [month] [year]: a month's or a year's calendar in the British
# calendar: Julian up to 2 September 1752, Gregorian from the 14th.

include "sys.m";
	sys: Sys;
include "draw.m";
include "bufio.m";
	bufio: Bufio;
	Iobuf: import bufio;
include "daytime.m";

Cal: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

monthnames := array[] of {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};
DAYS:	con " S  M Tu  W Th  F  S";
WIDTH:	con 20;		# a month's columns: 7 days of 3, less the last blank
GAP:	con "   ";	# between the months of a year's row

out: ref Iobuf;
stderr: ref Sys->FD;

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	bufio = load Bufio Bufio->PATH;
	if(bufio == nil)
		nomod(Bufio->PATH);
	if(argv != nil)
		argv = tl argv;
	out = bufio->fopen(sys->fildes(1), Bufio->OWRITE);
	case len argv {
	0 =>
		(m, y) := today();
		printmonth(m, y);
	1 =>
		a := hd argv;
		m := monthname(a);
		if(m == 0 && isnum(a) && int a >= 1 && int a <= 12)
			m = int a;
		if(m != 0){
			(nil, y) := today();
			printmonth(m, y);
		}else
			printyear(year(a));
	2 =>
		m := monthname(hd argv);
		if(m == 0){
			if(!isnum(hd argv) || int hd argv < 1 || int hd argv > 12)
				badarg();
			m = int hd argv;
		}
		printmonth(m, year(hd tl argv));
	* =>
		sys->fprint(stderr, "usage: cal [month] [year]\n");
		raise "fail:usage";
	}
	out.flush();
}

nomod(path: string)
{
	sys->fprint(stderr, "cal: cannot load %s: %r\n", path);
	raise "fail:bad module";
}

badarg()
{
	sys->fprint(stderr, "cal: bad argument\n");
	raise "fail:bad argument";
}

isnum(s: string): int
{
	if(s == nil || len s > 9)
		return 0;
	for(i := 0; i < len s; i++)
		if(s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

year(s: string): int
{
	if(!isnum(s) || int s < 1 || int s > 9999)
		badarg();
	return int s;
}

# monthname: 1-12 for a month's name or a prefix of it of at least
# three letters, in any case; 0 otherwise
monthname(s: string): int
{
	if(len s < 3)
		return 0;
	for(i := 0; i < len s; i++)
		if(s[i] >= 'A' && s[i] <= 'Z')
			s[i] += 'a' - 'A';
	for(m := 0; m < 12; m++){
		n := monthnames[m];
		n[0] += 'a' - 'A';
		if(len s <= len n && n[0:len s] == s)
			return m+1;
	}
	return 0;
}

# today: the current month (1-12) and year, in local time
today(): (int, int)
{
	daytime := load Daytime Daytime->PATH;
	if(daytime == nil)
		nomod(Daytime->PATH);
	tm := daytime->local(daytime->now());
	return (tm.mon+1, tm.year+1900);
}

printmonth(m, y: int)
{
	out.puts(sys->sprint("   %s %d\n", monthnames[m-1], y));
	out.puts(DAYS+"\n");
	weeks := layout(m, y);
	for(w := 0; w < 6; w++)
		out.puts(trim(weeks[w])+"\n");
}

printyear(y: int)
{
	out.puts(sys->sprint("\n\n\n%32s%d\n\n", "", y));
	for(q := 0; q < 12; q += 3){
		out.puts(trim(sys->sprint("%9s%.3s%20s%.3s%20s%.3s", "", monthnames[q],
			"", monthnames[q+1], "", monthnames[q+2]))+"\n");
		out.puts(DAYS+GAP+DAYS+GAP+DAYS+"\n");
		a := layout(q+1, y);
		b := layout(q+2, y);
		c := layout(q+3, y);
		for(w := 0; w < 6; w++)
			out.puts(trim(a[w]+GAP+b[w]+GAP+c[w])+"\n");
	}
}

# layout: the six week lines of month m of year y, each WIDTH columns
layout(m, y: int): array of string
{
	weeks := array[6] of string;
	col := weekday(1, m, y);
	w := 0;
	line := "";
	for(i := 0; i < col; i++)
		line += "   ";
	for(d := 1; d <= mdays(m, y); d++){
		if(y == 1752 && m == 9 && d == 3)
			d = 14;		# the days dropped for the Gregorian calendar
		line += sys->sprint(" %2d", d);
		if(++col == 7){
			weeks[w++] = line[1:];
			line = "";
			col = 0;
		}
	}
	if(line != nil)
		weeks[w++] = line[1:];
	for(i = 0; i < 6; i++)
		weeks[i] = sys->sprint("%-*s", WIDTH, weeks[i]);
	return weeks;
}

trim(s: string): string
{
	n := len s;
	while(n > 0 && s[n-1] == ' ')
		n--;
	return s[0:n];
}

leap(y: int): int
{
	if(y <= 1752)
		return y%4 == 0;
	return y%4 == 0 && y%100 != 0 || y%400 == 0;
}

# mdays: the last day's number in month m of year y
mdays(m, y: int): int
{
	case m {
	2 =>
		if(leap(y))
			return 29;
		return 28;
	4 or 6 or 9 or 11 =>
		return 30;
	}
	return 31;
}

# jan1: the weekday (0 is Sunday) of 1 January of year y. 1 January of
# year 1 (Julian) was a Saturday and each year moves it on by its
# length mod 7. From 1753, add the 11 days dropped in 1752 (3 mod 7)
# and take off the Julian leap days of the century years that the
# Gregorian calendar does not have.
jan1(y: int): int
{
	d := 5 + y + (y-1)/4;
	if(y > 1752){
		d += 3;
		d -= (y-1701)/100 - (y-1601)/400;
	}
	return d % 7;
}

# weekday: the weekday of day d of month m of year y (d within the
# days the month has, before any gap)
weekday(d, m, y: int): int
{
	n := jan1(y);
	for(i := 1; i < m; i++)
		n += mdays(i, y);
	if(y == 1752 && m > 9)
		n -= 11;
	return (n + d - 1) % 7;
}
