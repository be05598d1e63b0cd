implement T;
x := 1;
s := `abc
def
