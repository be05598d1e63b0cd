implement T;
s := "\u12";
c := '\u00';
