# date: commands.md §1 date. The test root has no /locale/timezone and
# /env/timezone is unset unless a case sets the shell variable timezone
# (the shell writes its variables to /env): GMT.
=== the epoch
$ date 0
> Thu Jan 01 00:00:00 GMT 1970
?

=== -u
$ date -u 1000000000
> Sun Sep 09 01:46:40 GMT 2001
?

=== the last second of a day
$ date 86399
> Thu Jan 01 23:59:59 GMT 1970
?

=== a leap day
$ date 951782400
> Tue Feb 29 00:00:00 GMT 2000
?

=== now
$ date
>~ (Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9] GMT [0-9]{4}
?

=== -n: the seconds
$ date -n 12345
> 12345
?

=== -n: now
$ date -n
>~ [1-9][0-9]{9}
?

=== a zone west of GMT from /env/timezone
$ timezone=(EST -18000 EDT -14400); date 0
> Wed Dec 31 19:00:00 EST 1969
?

=== daylight saving between the pairs of times
$ timezone=(CET 3600 CEST 7200 0 86400); date 3600
> Thu Jan 01 03:00:00 CEST 1970
?

=== standard time outside them
$ timezone=(CET 3600 CEST 7200 0 86400); date 90000
> Fri Jan 02 02:00:00 CET 1970
?

=== /env/timezone naming the file to read
+ printf 'CET 3600 CEST 7200\n' >tz
$ timezone=/tmp/case/tz; date 0
> Thu Jan 01 01:00:00 CET 1970
?

=== -u ignores the zone
$ timezone=(EST -18000 EDT -14400); date -u 0
> Thu Jan 01 00:00:00 GMT 1970
?

=== seconds that are not decimal digits
$ date 12x
2> usage: date [-un] [seconds]
? usage

=== a negative number
$ date -- -1
2> usage: date [-un] [seconds]
? usage

=== two arguments
$ date 1 2
2> usage: date [-un] [seconds]
? usage

=== an unknown flag
$ date -z
2> usage: date [-un] [seconds]
? usage
