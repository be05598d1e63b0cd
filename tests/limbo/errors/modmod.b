implement T;
M: module {
	N: module {
		f: fn();
	};
	x: int = 3;
	y: import sys;
	include "x.m";
	implement M;
};
