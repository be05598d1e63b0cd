implement T;
include "nosuchfile.m";
include "/nonexistent/abs.m";
x := 1;
