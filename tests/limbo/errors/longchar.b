implement T;
c := 'ab';
d := 'x';
