implement T;
f(x: int) for { T => g: fn(); }
{
}
A: adt for { T => g: fn(); } { x: int; };
B: adt[T] for { U => g: fn(); } { x: T; };
C: adt[T] for { h: fn(); } { x: T; };
