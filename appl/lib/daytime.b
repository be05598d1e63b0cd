implement Daytime;

# Dates and times (see module/daytime.m). The local zone comes from the
# time-zone text in /env/timezone, else /locale/timezone:
#	STDNAME STDOFF DSTNAME DSTOFF [START END]...
# offsets in seconds east of GMT, then pairs of epoch seconds that bound
# the periods of daylight-saving time. If the text's first word starts
# with / or # it names the file that holds the text instead. No text:
# GMT. The text is read at each conversion (the environment may
# change), parsed again only when it changed.

include "sys.m";
	sys: Sys;
include "daytime.m";

Zone: adt {
	text:	string;		# what it was parsed from
	stdname:	string;
	stdoff:	int;
	dstname:	string;
	dstoff:	int;
	dst:	array of int;	# START, END pairs in order
};

zone: ref Zone;	# the zone last read

days := array[] of {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
months := array[] of {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
mdays := array[] of {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

Day: con 24*60*60;
Recent: con 180*Day;	# filet shows the time of day of files younger than this

loadsys()
{
	if(sys == nil)
		sys = load Sys Sys->PATH;
}

now(): int
{
	loadsys();
	# /dev/time holds microseconds since the epoch
	s := readfile("/dev/time");
	if(s == nil)
		return 0;
	return int (big s / big 1000000);
}

time(): string
{
	return text(local(now()));
}

text(tm: ref Tm): string
{
	loadsys();
	return sys->sprint("%s %s %.2d %.2d:%.2d:%.2d %s %d",
		days[tm.wday%7], months[tm.mon%12], tm.mday,
		tm.hour, tm.min, tm.sec, tm.zone, tm.year + 1900);
}

filet(now, file: int): string
{
	loadsys();
	tm := local(file);
	if(now - file < Recent)
		return sys->sprint("%s %.2d %.2d:%.2d", months[tm.mon%12], tm.mday, tm.hour, tm.min);
	return sys->sprint("%s %.2d  %d", months[tm.mon%12], tm.mday, tm.year + 1900);
}

gmt(tim: int): ref Tm
{
	return breakdown(tim, "GMT", 0);
}

local(tim: int): ref Tm
{
	loadsys();
	z := getzone();
	if(z == nil)
		return gmt(tim);
	for(i := 0; i + 1 < len z.dst; i += 2)
		if(tim >= z.dst[i] && tim < z.dst[i+1])
			return breakdown(tim, z.dstname, z.dstoff);
	return breakdown(tim, z.stdname, z.stdoff);
}

# tim seen in a zone off seconds east of GMT
breakdown(tim: int, name: string, off: int): ref Tm
{
	loadsys();
	t := big tim + big off;
	d := int (t / big Day);
	s := int (t % big Day);
	if(s < 0){
		s += Day;
		d--;
	}
	tm := ref Tm;
	tm.sec = s % 60;
	tm.min = s / 60 % 60;
	tm.hour = s / 3600;
	tm.wday = (d % 7 + 7 + 4) % 7;	# 1970-01-01 was a Thursday
	y := 1970;
	if(d >= 0){
		while(d >= ylen(y)){
			d -= ylen(y);
			y++;
		}
	}else{
		while(d < 0){
			y--;
			d += ylen(y);
		}
	}
	tm.year = y - 1900;
	tm.yday = d;
	m := 0;
	while(d >= mlen(m, y)){
		d -= mlen(m, y);
		m++;
	}
	tm.mon = m;
	tm.mday = d + 1;
	tm.zone = name;
	tm.tzoff = off;
	return tm;
}

leap(y: int): int
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

ylen(y: int): int
{
	if(leap(y))
		return 366;
	return 365;
}

mlen(m, y: int): int
{
	if(m == 1 && leap(y))
		return 29;
	return mdays[m];
}

# the days from 1970-01-01 to the first of month m (0-11) of year y
daynum(y, m: int): int
{
	d := 0;
	for(i := 1970; i < y; i++)
		d += ylen(i);
	for(i = y; i < 1970; i++)
		d -= ylen(i);
	for(i = 0; i < m; i++)
		d += mlen(i, y);
	return d;
}

tm2epoch(tm: ref Tm): int
{
	y := tm.year + 1900;
	m := tm.mon;
	# a month out of range carries into the year
	y += m / 12;
	m %= 12;
	if(m < 0){
		m += 12;
		y--;
	}
	d := daynum(y, m) + tm.mday - 1;
	return int (big d * big Day + big (tm.hour*3600 + tm.min*60 + tm.sec) - big tm.tzoff);
}

# parse a date such as text() writes: the words may come in any order
# and the weekday, the seconds and the zone may be left out (zone
# unknown or missing: GMT); nil if it is not a date
string2tm(date: string): ref Tm
{
	loadsys();
	(nil, words) := sys->tokenize(date, " \t\n,");
	mon := -1;
	mday := -1;
	year := -1;
	hour := -1;
	min, sec: int;
	zname := "GMT";
	zoff := 0;
	for(; words != nil; words = tl words){
		w := hd words;
		if(isdigits(w)){
			n := int w;
			if(mday < 0 && len w <= 2 && n >= 1 && n <= 31)
				mday = n;
			else if(year < 0 && len w == 4)
				year = n;
			else
				return nil;
			continue;
		}
		if(w[0] >= '0' && w[0] <= '9'){
			(ok, h, mi, s) := clock(w);
			if(!ok || hour >= 0)
				return nil;
			(hour, min, sec) = (h, mi, s);
			continue;
		}
		if(w[0] == '+' || w[0] == '-'){
			# a numeric zone, +hhmm
			if(len w != 5 || !isdigits(w[1:]))
				return nil;
			zoff = (int w[1:3] * 60 + int w[3:5]) * 60;
			if(w[0] == '-')
				zoff = -zoff;
			zname = w;
			continue;
		}
		if((m := lookup(w, months)) >= 0){
			if(mon >= 0)
				return nil;
			mon = m;
			continue;
		}
		if(lookup(w, days) >= 0)
			continue;
		(ok, off) := zonenamed(w);
		if(!ok)
			return nil;
		(zname, zoff) = (w, off);
	}
	if(mon < 0 || mday < 0 || year < 0 || hour < 0)
		return nil;
	if(mday > mlen(mon, year))
		return nil;
	tm := ref Tm(sec, min, hour, mday, mon, year - 1900, 0, 0, zname, zoff);
	# the weekday and the day of the year from the date itself
	t := breakdown(tm2epoch(tm), zname, zoff);
	tm.wday = t.wday;
	tm.yday = t.yday;
	return tm;
}

isdigits(s: string): int
{
	if(s == nil)
		return 0;
	for(i := 0; i < len s; i++)
		if(s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

# hh:mm or hh:mm:ss
clock(w: string): (int, int, int, int)
{
	(n, f) := sys->tokenize(w, ":");
	if(n < 2 || n > 3 || w[len w - 1] == ':')
		return (0, 0, 0, 0);
	v := array[3] of {* => 0};
	for(i := 0; f != nil; f = tl f){
		if(!isdigits(hd f) || len hd f > 2)
			return (0, 0, 0, 0);
		v[i++] = int hd f;
	}
	if(v[0] > 23 || v[1] > 59 || v[2] > 60)
		return (0, 0, 0, 0);
	return (1, v[0], v[1], v[2]);
}

# the index of w in names, ignoring case and accepting whole names
# that start with one (January, Monday), else -1
lookup(w: string, names: array of string): int
{
	if(len w < 3)
		return -1;
	for(i := 0; i < len names; i++)
		if(lower(w[0:3]) == lower(names[i]))
			return i;
	return -1;
}

lower(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'A' && s[i] <= 'Z')
			s[i] += 'a' - 'A';
	return s;
}

# the offset of a zone named w: GMT, UT, UTC or one of the local zone's
zonenamed(w: string): (int, int)
{
	case w {
	"GMT" or "UT" or "UTC" or "Z" =>
		return (1, 0);
	}
	z := getzone();
	if(z != nil){
		if(w == z.stdname)
			return (1, z.stdoff);
		if(w == z.dstname)
			return (1, z.dstoff);
	}
	return (0, 0);
}

# the local zone, nil for GMT
getzone(): ref Zone
{
	s := readfile("/env/timezone");
	if(s == nil)
		s = readfile("/locale/timezone");
	if(s == nil)
		return nil;
	z := zone;
	if(z != nil && z.text == s)
		return z;
	z = parsezone(s);
	zone = z;
	return z;
}

parsezone(s: string): ref Zone
{
	(nil, w) := sys->tokenize(s, " \t\n");
	if(w != nil && ((hd w)[0] == '/' || (hd w)[0] == '#')){
		# the text names the file that holds the zone
		t := readfile(hd w);
		if(t == nil)
			return nil;
		z := parsezone(t);
		if(z != nil)
			z.text = s;
		return z;
	}
	if(len w < 2)
		return nil;
	z := ref Zone(s, nil, 0, nil, 0, nil);
	z.stdname = hd w;
	w = tl w;
	z.stdoff = int hd w;
	w = tl w;
	z.dstname = z.stdname;
	z.dstoff = z.stdoff;
	if(len w >= 2){
		z.dstname = hd w;
		w = tl w;
		z.dstoff = int hd w;
		w = tl w;
	}
	z.dst = array[len w] of int;
	for(i := 0; w != nil; w = tl w)
		z.dst[i++] = int hd w;
	return z;
}

# the whole of a small file, nil if it cannot be read or is empty
readfile(name: string): string
{
	fd := sys->open(name, Sys->OREAD);
	if(fd == nil)
		return nil;
	# read into an array that doubles when full (a small file costs
	# little), made a string once: a character may straddle two reads
	buf := array[512] of byte;
	n := 0;
	for(;;){
		if(n == len buf){
			nb := array[2 * len buf] of byte;
			nb[0:] = buf;
			buf = nb;
		}
		m := sys->read(fd, buf[n:], len buf - n);
		if(m <= 0)
			break;
		n += m;
	}
	if(n == 0)
		return nil;
	return string buf[0:n];
}
