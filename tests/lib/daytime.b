implement Test;

# Tests of Daytime: GMT and local conversions, the time-zone file and
# its indirection, filet's two forms, tm2epoch, string2tm.

include "sys.m";
	sys: Sys;
include "draw.m";
include "daytime.m";
	daytime: Daytime;
	Tm: import daytime;

Test: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	daytime = load Daytime Daytime->PATH;
	if(daytime == nil){
		sys->print("cannot load %s: %r\n", Daytime->PATH);
		raise "fail:load";
	}
	sys->remove("/env/timezone");
	sys->print("gmt\n");
	times := array[] of {0, 1000000000, -1, 951782400, 2147483647, -2147483647-1, 1100000000};
	for(i := 0; i < len times; i++){
		tm := daytime->gmt(times[i]);
		sys->print("%s %d\n", daytime->text(tm), daytime->tm2epoch(tm) == times[i]);
	}
	fields(daytime->gmt(1000000000));
	fields(daytime->gmt(951782400));

	sys->print("tm2epoch\n");
	tm := ref Tm(0, 0, 1, 1, 0, 70, 0, 0, "X", 3600);
	sys->print("%d ", daytime->tm2epoch(tm));
	tm = ref Tm(0, 0, 0, 1, 12, 70, 0, 0, "GMT", 0);
	sys->print("%d ", daytime->tm2epoch(tm));
	tm = ref Tm(0, 0, 0, 1, -1, 71, 0, 0, "GMT", 0);
	sys->print("%d ", daytime->tm2epoch(tm));
	tm = ref Tm(59, 59, 23, 31, 11, 69, 0, 0, "GMT", 0);
	sys->print("%d\n", daytime->tm2epoch(tm));

	sys->print("local\n");
	sys->print("%s\n", daytime->text(daytime->local(0)));
	setzone("CET 3600 CEST 7200 1000000000 1100000000\n");
	sys->print("%s\n", daytime->text(daytime->local(0)));
	sys->print("%s\n", daytime->text(daytime->local(999999999)));
	tm = daytime->local(1000000000);
	sys->print("%s %d %d\n", daytime->text(tm), tm.tzoff, daytime->tm2epoch(tm));
	sys->print("%s\n", daytime->text(daytime->local(1100000000)));
	fd := sys->create("/tmp/tz", Sys->OWRITE, 8r666);
	sys->fprint(fd, "EST -18000 EDT -14400\n");
	fd = nil;
	setzone("/tmp/tz");
	sys->print("%s\n", daytime->text(daytime->local(0)));
	setzone("/tmp/nonexistent");
	sys->print("%s\n", daytime->text(daytime->local(0)));
	setzone("XYZ 1800");
	sys->print("%s\n", daytime->text(daytime->local(0)));
	sys->remove("/env/timezone");
	sys->print("%s\n", daytime->text(daytime->local(0)));

	sys->print("filet\n");
	sys->print("%s|", daytime->filet(1000000000, 1000000000 - 179*86400));
	sys->print("%s|", daytime->filet(1000000000, 1000000000 - 180*86400));
	sys->print("%s|", daytime->filet(0, 1000));
	sys->print("%s\n", daytime->filet(1000000000, 0));
	setzone("CET 3600 CEST 7200 1000000000 1100000000\n");
	sys->print("%s\n", daytime->filet(1000000000, 1000000000));
	sys->remove("/env/timezone");

	sys->print("string2tm\n");
	parse("Sun Sep 09 01:46:40 GMT 2001");
	parse("Feb 29 2000 12:00");
	parse("1970 1 jan 00:00:01");
	parse("Thu Jan 01 01:00:00 +0100 1970");
	parse("Thu Jan 01 01:00:00 -0130 1970");
	parse("Feb 30 2000 12:00");
	parse("Feb 28 2000");
	parse("Feb 28 2000 25:00");
	parse("Feb 28 2000 12:00 XYZ");
	parse("hello");
	parse("");
	setzone("CET 3600 CEST 7200 1000000000 1100000000\n");
	parse("Sun Sep 09 03:46:40 CEST 2001");
	sys->remove("/env/timezone");

	t := daytime->now();
	sys->print("now %d\n", t > 1600000000 && t - daytime->now() <= 0);
	sys->print("time %d\n", len daytime->time());
}

setzone(s: string)
{
	fd := sys->create("/env/timezone", Sys->OWRITE, 8r666);
	b := array of byte s;
	sys->write(fd, b, len b);
}

fields(tm: ref Tm)
{
	sys->print("%d %d %d %d %d %d %d %d %s %d\n", tm.sec, tm.min, tm.hour, tm.mday,
		tm.mon, tm.year, tm.wday, tm.yday, tm.zone, tm.tzoff);
}

parse(s: string)
{
	tm := daytime->string2tm(s);
	if(tm == nil){
		sys->print("nil\n");
		return;
	}
	sys->print("%s %d %d %d\n", daytime->text(tm), tm.yday, tm.tzoff, daytime->tm2epoch(tm));
}
