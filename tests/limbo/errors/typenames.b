implement T;
A, B: type int;
C, D: adt { x: int; };
E, F: module { f: fn(); };
