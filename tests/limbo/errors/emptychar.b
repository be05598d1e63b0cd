implement T;
c := '';
d := 1;
