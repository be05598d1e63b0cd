# cal: commands.md §1 cal
=== a month (the observed example)
$ cal 2 2024
>    February 2024
>  S  M Tu  W Th  F  S
>              1  2  3
>  4  5  6  7  8  9 10
> 11 12 13 14 15 16 17
> 18 19 20 21 22 23 24
> 25 26 27 28 29
>
?

=== a month of six weeks, starting on a Saturday
$ cal 1 2000
>    January 2000
>  S  M Tu  W Th  F  S
>                    1
>  2  3  4  5  6  7  8
>  9 10 11 12 13 14 15
> 16 17 18 19 20 21 22
> 23 24 25 26 27 28 29
> 30 31
?

=== September 1752: the switch to the Gregorian calendar
$ cal 9 1752
>    September 1752
>  S  M Tu  W Th  F  S
>        1  2 14 15 16
> 17 18 19 20 21 22 23
> 24 25 26 27 28 29 30
>
>
>
?

=== October 1582 is still Julian in the British calendar
$ cal 10 1582
>    October 1582
>  S  M Tu  W Th  F  S
>     1  2  3  4  5  6
>  7  8  9 10 11 12 13
> 14 15 16 17 18 19 20
> 21 22 23 24 25 26 27
> 28 29 30 31
>
?

=== a century year that is not leap after 1752
$ cal 2 1900
>    February 1900
>  S  M Tu  W Th  F  S
>              1  2  3
>  4  5  6  7  8  9 10
> 11 12 13 14 15 16 17
> 18 19 20 21 22 23 24
> 25 26 27 28
>
?

=== a century year that is leap before 1752
$ cal 2 1700
>    February 1700
>  S  M Tu  W Th  F  S
>              1  2  3
>  4  5  6  7  8  9 10
> 11 12 13 14 15 16 17
> 18 19 20 21 22 23 24
> 25 26 27 28 29
>
?

=== a month by its name
$ cal february 2024
>    February 2024
>  S  M Tu  W Th  F  S
>              1  2  3
>  4  5  6  7  8  9 10
> 11 12 13 14 15 16 17
> 18 19 20 21 22 23 24
> 25 26 27 28 29
>
?

=== a month by its three-letter prefix
$ cal feb 2024
>    February 2024
>  S  M Tu  W Th  F  S
>              1  2  3
>  4  5  6  7  8  9 10
> 11 12 13 14 15 16 17
> 18 19 20 21 22 23 24
> 25 26 27 28 29
>
?

=== no argument: this month
$ cal
>~    (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}
>  S  M Tu  W Th  F  S
>~ [ \d]*
>~ [ \d]*
>~ [ \d]*
>~ [ \d]*
>~ [ \d]*
>~ [ \d]*
?

=== a number from 1 to 12 alone is a month of this year
$ cal 3
>~    March \d{4}
>  S  M Tu  W Th  F  S
>~ [ \d]*
>~ [ \d]*
>~ [ \d]*
>~ [ \d]*
>~ [ \d]*
>~ [ \d]*
?

=== a month name alone is a month of this year
$ cal dec
>~    December \d{4}
>  S  M Tu  W Th  F  S
>~ [ \d]*
>~ [ \d]*
>~ [ \d]*
>~ [ \d]*
>~ [ \d]*
>~ [ \d]*
?

=== a year
$ cal 2024
>
>
>
>                                 2024
>
>          Jan                    Feb                    Mar
>  S  M Tu  W Th  F  S    S  M Tu  W Th  F  S    S  M Tu  W Th  F  S
>     1  2  3  4  5  6                1  2  3                   1  2
>  7  8  9 10 11 12 13    4  5  6  7  8  9 10    3  4  5  6  7  8  9
> 14 15 16 17 18 19 20   11 12 13 14 15 16 17   10 11 12 13 14 15 16
> 21 22 23 24 25 26 27   18 19 20 21 22 23 24   17 18 19 20 21 22 23
> 28 29 30 31            25 26 27 28 29         24 25 26 27 28 29 30
>                                               31
>          Apr                    May                    Jun
>  S  M Tu  W Th  F  S    S  M Tu  W Th  F  S    S  M Tu  W Th  F  S
>     1  2  3  4  5  6             1  2  3  4                      1
>  7  8  9 10 11 12 13    5  6  7  8  9 10 11    2  3  4  5  6  7  8
> 14 15 16 17 18 19 20   12 13 14 15 16 17 18    9 10 11 12 13 14 15
> 21 22 23 24 25 26 27   19 20 21 22 23 24 25   16 17 18 19 20 21 22
> 28 29 30               26 27 28 29 30 31      23 24 25 26 27 28 29
>                                               30
>          Jul                    Aug                    Sep
>  S  M Tu  W Th  F  S    S  M Tu  W Th  F  S    S  M Tu  W Th  F  S
>     1  2  3  4  5  6                1  2  3    1  2  3  4  5  6  7
>  7  8  9 10 11 12 13    4  5  6  7  8  9 10    8  9 10 11 12 13 14
> 14 15 16 17 18 19 20   11 12 13 14 15 16 17   15 16 17 18 19 20 21
> 21 22 23 24 25 26 27   18 19 20 21 22 23 24   22 23 24 25 26 27 28
> 28 29 30 31            25 26 27 28 29 30 31   29 30
>
>          Oct                    Nov                    Dec
>  S  M Tu  W Th  F  S    S  M Tu  W Th  F  S    S  M Tu  W Th  F  S
>        1  2  3  4  5                   1  2    1  2  3  4  5  6  7
>  6  7  8  9 10 11 12    3  4  5  6  7  8  9    8  9 10 11 12 13 14
> 13 14 15 16 17 18 19   10 11 12 13 14 15 16   15 16 17 18 19 20 21
> 20 21 22 23 24 25 26   17 18 19 20 21 22 23   22 23 24 25 26 27 28
> 27 28 29 30 31         24 25 26 27 28 29 30   29 30 31
>
?

=== a year before 100 is that year
$ cal 1 90
>    January 90
>  S  M Tu  W Th  F  S
>                 1  2
>  3  4  5  6  7  8  9
> 10 11 12 13 14 15 16
> 17 18 19 20 21 22 23
> 24 25 26 27 28 29 30
> 31
?

=== a month out of range
$ cal 13 2024
2> cal: bad argument
? bad argument

=== a year out of range
$ cal 1 10000
2> cal: bad argument
? bad argument

=== year 0
$ cal 0
2> cal: bad argument
? bad argument

=== not a month or a year
$ cal xyz
2> cal: bad argument
? bad argument

=== too many arguments
$ cal 1 2 3
2> usage: cal [month] [year]
? usage
