/*
 * What the files of print's implementation (fmt.c, fmtquote.c,
 * fmtfloat.c, print.c) share and the rest of libkern does not see.
 */

enum {
	Fmtmax = 1<<24,	/* widths and precisions are clamped to this, so lengths stay in an int */
};

int	fmtbytes(Fmt*, char*, int);	/* raw output: 0, or -1 once output has stopped */
int	fmtfill(Fmt*, int, int);	/* n copies of an ASCII char */
int	fmtcpy(Fmt*, char*, int, int);	/* nb bytes holding nr runes, padded to the width */
int	floatfmt(Fmt*);			/* %e %f %g %E %G */
