# Daytime: dates and times, in the local time zone (from /env/timezone,
# else /locale/timezone, else GMT) or in GMT. No module needed; the
# library uses Sys. The declarations are Inferno's.

Daytime: module
{
	PATH:	con "/dis/lib/daytime.dis";

	# a broken-down time
	Tm: adt {
		sec:	int;	# 0-59
		min:	int;	# 0-59
		hour:	int;	# 0-23
		mday:	int;	# day of the month, 1-31
		mon:	int;	# 0-11, January is 0
		year:	int;	# years since 1900
		wday:	int;	# day of the week, 0-6, Sunday is 0
		yday:	int;	# day of the year, 0-365
		zone:	string;	# the zone's name: GMT, EST, ...
		tzoff:	int;	# seconds east of GMT
	};

	now:		fn(): int;			# seconds since the epoch (1970-01-01 00:00 GMT)
	time:		fn(): string;			# text(local(now()))
	text:		fn(tm: ref Tm): string;		# "Mon Jan 02 15:04:05 GMT 2006"
	filet:		fn(now, file: int): string;	# "Jan 02 15:04", or "Jan 02  2006" if file is 180 days or more before now
	local:		fn(tim: int): ref Tm;		# tim in the local zone
	gmt:		fn(tim: int): ref Tm;		# tim in GMT
	tm2epoch:	fn(tm: ref Tm): int;		# the inverse of local and gmt (tm.tzoff applies)
	string2tm:	fn(date: string): ref Tm;	# parse text()'s form (and similar); nil if not a date
};
