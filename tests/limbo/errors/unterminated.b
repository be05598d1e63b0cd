implement T;
s := "abc;
t := 1;
