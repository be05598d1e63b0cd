A: con B + 1;
B: con C * 2;
C: con A;
D: con D;
