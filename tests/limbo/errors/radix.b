implement T;
a := 2r102;
b := 16rFG;
c := 37r1;
d := 16r;
