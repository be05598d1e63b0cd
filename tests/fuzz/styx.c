/*
 * Styx messages from outside (port/styx.c): what a mounted server
 * replies and what an export's client sends. Over arbitrary bytes
 * styxunpack must stay inside the message; a message it accepts must
 * pack back (styxpack) to exactly the bytes it came from, styxsize of
 * them, and unpack again to the same.
 */
#include "all.h"
#include "fuzz.h"

static char name[] = "styx";

/* styxread and styxwrite's, not called here: one thread, no devices */
Dev *devtab[] = { nil };

void
lock(Lock *l)
{
	USED(l);
}

void
unlock(Lock *l)
{
	USED(l);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	USED(argc, argv);
	return 0;
}

static void
checkmsg(uchar *orig, uint n)
{
	uchar *buf, *out, *again;
	Fcall f, g;
	char err[ERRMAX];
	uint m;

	buf = malloc(n);
	memmove(buf, orig, n);
	if(styxunpack(buf, n, &f, err, sizeof err) < 0){
		fuzzcheck(name, err[0] != 0, "refused with no error text");
		free(buf);
		return;
	}
	fuzzcheck(name, styxsize(&f) == n, "%s: styxsize %ud of a %ud-byte message", styxtypename(f.type), styxsize(&f), n);
	out = malloc(n);
	m = styxpack(&f, out, n);
	fuzzcheck(name, m == n, "%s: packed %ud bytes of %ud", styxtypename(f.type), m, n);
	for(m = 0; m < n; m++)
		fuzzcheck(name, out[m] == orig[m], "%s: packed back differs at byte %ud of %ud", styxtypename(f.type), m, n);
	fuzzcheck(name, styxpack(&f, out, n-1) == 0, "packed into a buffer one short");
	again = malloc(n);
	memmove(again, out, n);
	fuzzcheck(name, styxunpack(again, n, &g, err, sizeof err) == 0, "%s: its own packing refused: %s", styxtypename(f.type), err);
	fuzzcheck(name, g.type == f.type && g.tag == f.tag && g.fid == f.fid && g.count == f.count && g.nwname == f.nwname && g.nwqid == f.nwqid,
		"unpacked again differently");
	free(again);
	free(out);
	free(buf);
}

int
LLVMFuzzerTestOneInput(const uchar *data, size_t size)
{
	uchar *buf;
	uint n;

	if(size > 0x20000)
		return 0;
	n = size;
	/* exactly n bytes, so AddressSanitizer sees any read past them */
	buf = malloc(n > 0 ? n : 1);
	memmove(buf, data, n);
	checkmsg(buf, n);
	/* the size field made to match, so more inputs get to the fields */
	if(n >= 4){
		buf[0] = n;
		buf[1] = n>>8;
		buf[2] = n>>16;
		buf[3] = n>>24;
		checkmsg(buf, n);
	}
	free(buf);
	fuzzerrcheck(name);
	return 0;
}
