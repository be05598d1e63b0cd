implement Aarraynest;

# arrays of arrays: matrices, jagged rows (Pascal's triangle), three
# levels of indexing, rows shared between two slots

include "sys.m";
	sys: Sys;
include "draw.m";

Aarraynest: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

matrix(r, c: int): array of array of int
{
	m := array[r] of array of int;
	for(i := 0; i < r; i++)
		m[i] = array[c] of int;
	return m;
}

mul(a, b: array of array of int): array of array of int
{
	c := matrix(len a, len b[0]);
	for(i := 0; i < len a; i++)
		for(j := 0; j < len b[0]; j++)
			for(k := 0; k < len b; k++)
				c[i][j] += a[i][k] * b[k][j];
	return c;
}

pr(m: array of array of int)
{
	for(i := 0; i < len m; i++){
		for(j := 0; j < len m[i]; j++)
			sys->print(" %d", m[i][j]);
		sys->print("\n");
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := array[] of {array[] of {1, 2, 3}, array[] of {4, 5, 6}};
	b := array[] of {array[] of {7, 8}, array[] of {9, 10}, array[] of {11, 12}};
	c := mul(a, b);
	pr(c);
	t := matrix(3, 2);
	for(i := 0; i < 2; i++)
		for(j := 0; j < 3; j++)
			t[j][i] = a[i][j];
	pr(t);

	tri := array[7] of array of int;
	for(i = 0; i < len tri; i++){
		tri[i] = array[i+1] of int;
		tri[i][0] = tri[i][i] = 1;
		for(j := 1; j < i; j++)
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j];
	}
	pr(tri);

	cube := array[2] of array of array of int;
	for(i = 0; i < 2; i++)
		cube[i] = matrix(3, 4);
	cube[1][2][3] = 7;
	cube[0][0][0] = cube[1][2][3] * 2;
	sys->print("%d %d %d %d %d\n", len cube, len cube[1], len cube[1][2], cube[1][2][3], cube[0][0][0]);

	row := array[2] of int;
	grid := array[] of {row, row};
	grid[0][1] = 5;
	sys->print("%d %d\n", grid[1][1], grid[0] == grid[1]);

	names := array[] of {array[] of {"a", "b"}, array[] of {"c"}};
	names[1][0] += "d";
	sys->print("%s %s %s %d\n", names[0][1], names[1][0], names[0][0], len names[1]);
}
