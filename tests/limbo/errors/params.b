implement T;
f: fn(*, s: string): int;
g: fn(a: int, *, b: int);
h: fn(s: string, *): int;
i: fn(a, b): int;
