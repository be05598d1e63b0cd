implement T;
a: 5;
b: array int;
c: chan of;
d: fn int;
e: ref;
f: (int, );
g: list of nil;
