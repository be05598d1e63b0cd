implement T;
a := 12abc;
b := 1.5e;
c := 0x10;
