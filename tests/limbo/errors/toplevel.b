implement T;
x + 1;
(a, b) := (1, 2);
3;
y := 1;
