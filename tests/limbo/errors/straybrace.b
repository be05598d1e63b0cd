implement T;
}
x := 1;
}
y: int;
