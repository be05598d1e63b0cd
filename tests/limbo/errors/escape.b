implement T;
s := "a\qb";
c := '\z';
