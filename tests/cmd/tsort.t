# tsort: commands.md §1 tsort
=== the first name precedes every other name of its line
< a b c
< b d
$ tsort
> a
> b
> d
> c
?

=== a chain given backwards
< c d
< b c
< a b
$ tsort
> a
> b
> c
> d
?

=== unrelated names in input order
< x
< y
< z
$ tsort
> x
> y
> z
?

=== a name waits for all that must precede it
< a c
< b c
$ tsort
> a
> b
> c
?

=== blanks and tabs separate names; blank lines are ignored
< a	 b

<   c a
$ tsort
> c
> a
> b
?

=== arguments are ignored
< p q
$ tsort whatever
> p
> q
?

=== a cycle is reported, the output still complete, the status empty
< x a
< a b
< b c
< c a
$ tsort
> x
> a
> b
> c
2> tsort: cycle in input
2> tsort: a
2> tsort: b
2> tsort: c
?

=== a name preceding itself is no cycle
< a a
< a b
$ tsort
> a
> b
?

=== empty input
$ tsort
?
