# gzip: commands.md §1 gzip. The exact bytes expected for short texts
# are worked out from RFC 1951/1952: a 10-byte header (1f 8b, method
# 8, no flags, no time, XFL 0, or 2 at -9 and 4 at -1, system 255),
# one fixed-code block, the CRC-32 and the length. tests/cmd/gzipcompat.sh
# has the host's gzip check Ember's output on larger data.

=== a short text: one fixed-code block
+ printf 'hello\n' >f
+ printf '\037\213\010\000\000\000\000\000\000\377\313\110\315\311\311\347\002\000\040\060\072\066\006\000\000\000' >want
$ gzip <f >got; cmp got want
?

=== empty input: an empty fixed-code block
+ printf '\037\213\010\000\000\000\000\000\000\377\003\000\000\000\000\000\000\000\000\000' >want
$ gzip >got; cmp got want
?

=== -9 marks the header's XFL 2
+ printf 'hello\n' >f
+ printf '\037\213\010\000\000\000\000\000\002\377\313\110\315\311\311\347\002\000\040\060\072\066\006\000\000\000' >want
$ gzip -9 <f >got; cmp got want
?

=== -1 marks the header's XFL 4
+ printf 'hello\n' >f
+ printf '\037\213\010\000\000\000\000\000\004\377\313\110\315\311\311\347\002\000\040\060\072\066\006\000\000\000' >want
$ gzip -1 <f >got; cmp got want
?

=== a file: FILE.gz made, FILE removed, nothing printed
+ printf 'hello\n' >f
+ printf '\037\213\010\000\000\000\000\000\000\377\313\110\315\311\311\347\002\000\040\060\072\066\006\000\000\000' >want
$ gzip f; cmp f.gz want; ls
> f.gz
> want
?

=== the output goes in the current directory
+ mkdir d
+ printf 'hi\n' >d/f
$ gzip d/f; ls; ls d
> d
> f.gz
?

=== round trip through a pipe
< one
< two
< three
$ gzip | gunzip
> one
> two
> three
?

=== round trip of a file with long matches, every level
+ seq 1 5000 >f
+ for i in 1 2 3 4 5 6 7 8 9; do cat f; done >g
$ gzip -1 <g >g1.gz; gunzip <g1.gz >g1; cmp g g1; gzip -2 <g >g2.gz; gunzip <g2.gz >g2; cmp g g2; gzip -3 <g >g3.gz; gunzip <g3.gz >g3; cmp g g3; gzip -4 <g >g4.gz; gunzip <g4.gz >g4; cmp g g4; gzip -5 <g >g5.gz; gunzip <g5.gz >g5; cmp g g5; gzip -6 <g >g6.gz; gunzip <g6.gz >g6; cmp g g6; gzip -7 <g >g7.gz; gunzip <g7.gz >g7; cmp g g7; gzip -8 <g >g8.gz; gunzip <g8.gz >g8; cmp g g8; gzip -9 <g >g9.gz; gunzip <g9.gz >g9; cmp g g9
?

=== round trip through files
+ printf 'some text\nsome more text\n' >f
$ gzip f; gunzip f.gz; cat f
> some text
> some more text
?

=== -v: the fraction saved on stderr, here negative
+ printf 'hello\n' >f
$ gzip -v f
2> f: -333.33%
?

=== -v with a level, flags clustered
+ printf 'hello\n' >f
$ gzip -9v f
2> f: -333.33%
?

=== -D: a line per block on stderr
+ printf 'hello\n' >f
$ gzip -D f
2>~ gzip: block 0: fixed.*
?

=== a missing file: a message, the others done, status still empty
+ printf 'hello\n' >a
$ gzip nosuch a
2>~ gzip: can't open nosuch: .*does not exist
?

=== the others were done
+ printf 'hello\n' >a
+ printf 'hello\n' >b
$ gzip a nosuch b; ls
> a.gz
> b.gz
2>~ gzip: can't open nosuch: .*does not exist
?

=== an unknown flag: usage
$ gzip -x f
2> usage: gzip [-vD1-9] [file ...]
? usage

=== level 0 is not a flag
$ gzip -0 f
2> usage: gzip [-vD1-9] [file ...]
? usage
