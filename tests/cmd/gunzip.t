# gunzip: commands.md §1 gunzip. The .gz files are made by the host's
# gzip or written byte by byte; tests/cmd/gzipcompat.sh has more.

=== a file: FILE written, FILE.gz removed
+ printf 'hello\n' | gzip -c >f.gz
$ gunzip f.gz; cat f; ls
> hello
> f
?

=== standard input to standard output
+ printf 'one\ntwo\n' | gzip -9 -c >f.gz
$ gunzip <f.gz
> one
> two
?

=== Ember's own short output, byte by byte
+ printf '\037\213\010\000\000\000\000\000\000\377\313\110\315\311\311\347\002\000\040\060\072\066\006\000\000\000' >f.gz
$ gunzip <f.gz
> hello
?

=== the output's name comes from the argument, not from the header
+ printf 'hi\n' >orig
+ gzip orig
+ mv orig.gz other.gz
$ gunzip other.gz; cat other
> hi
?

=== the output goes in the current directory
+ mkdir d
+ printf 'hi\n' | gzip -c >d/f.gz
$ gunzip d/f.gz; cat f; ls d
> hi
?

=== members one after another
+ printf 'a\n' | gzip -c >f.gz
+ printf 'b\n' | gzip -1 -c >>f.gz
$ gunzip <f.gz
> a
> b
?

=== a larger file at every host level
+ seq 1 30000 >f
+ for l in 1 6 9; do gzip -$l -c f >f$l.gz; done
$ gunzip <f1.gz >g1; cmp f g1; gunzip <f6.gz >g6; cmp f g6; gunzip <f9.gz >g9; cmp f g9
?

=== several files
+ printf 'a\n' | gzip -c >a.gz
+ printf 'b\n' | gzip -c >b.gz
$ gunzip a.gz b.gz; cat a b
> a
> b
?

=== no .gz at the end of the name
+ printf 'x' >f
$ gunzip f
2> gunzip: .gz extension required: f
? errors

=== a missing file
$ gunzip nosuch.gz
2>~ gunzip: can't open nosuch.gz: .*does not exist
? errors

=== not gzip data
+ printf 'not compressed\n' >f.gz
$ gunzip f.gz
2> gunzip: f.gz: inflate error: not in gzip format
? errors

=== after an error the .gz is kept and no output is left
+ printf 'not compressed\n' >f.gz
$ gunzip f.gz; ls
> f.gz
2> gunzip: f.gz: inflate error: not in gzip format
?

=== truncated data
+ printf 'hello\n' | gzip -c | head -c 15 >f.gz
$ gunzip f.gz
2> gunzip: f.gz: inflate error: unexpected end of input
? errors

=== a wrong CRC
+ printf 'hello\n' | gzip -c | head -c 18 >f.gz
+ printf '\000\000\000\000\006\000\000\000' >>f.gz
$ gunzip f.gz
2> gunzip: f.gz: inflate error: crc mismatch: data corrupt
? errors

=== a wrong length
+ printf 'hello\n' | gzip -c | head -c 22 >f.gz
+ printf '\007\000\000\000' >>f.gz
$ gunzip f.gz
2> gunzip: f.gz: inflate error: length mismatch: data corrupt
? errors

=== empty standard input
$ gunzip
2> gunzip: <stdin>: inflate error: unexpected end of input
? errors

=== one bad file among good ones: the others are done
+ printf 'a\n' | gzip -c >a.gz
+ printf 'bad\n' >b.gz
+ printf 'c\n' | gzip -c >c.gz
$ gunzip a.gz b.gz c.gz
2> gunzip: b.gz: inflate error: not in gzip format
? errors

=== the output cannot be made
+ mkdir f
+ printf 'hello\n' | gzip -c >f.gz
$ gunzip f.gz
2>~ gunzip: can't open f: .*
? errors
