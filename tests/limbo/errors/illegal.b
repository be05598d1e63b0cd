implement T;
x := 1 @ 2;
y := $;
