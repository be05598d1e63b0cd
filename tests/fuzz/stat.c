/*
 * Stat entries from outside (port/convD2M.c): what wstat is given,
 * and what a mounted server will return from stat and directory
 * reads. Over arbitrary bytes statcheck and convM2D must stay inside
 * the buffer; an entry statcheck accepts must unpack whole, and its
 * Dir must pack back (convD2M) to the same bytes, sizeD2M of them.
 */
#include "all.h"
#include "fuzz.h"

static char name[] = "stat";

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	USED(argc, argv);
	fmtinstall('D', dirfmt);
	return 0;
}

/* Unpacking must agree with statcheck, and packing must give the same bytes back. */
static void
checkentry(uchar *buf, uint n)
{
	char *strs, line[512];
	uchar *out;
	Dir d, dn;
	uint m;
	int ok;

	ok = statcheck(buf, n) == 0;
	/* convM2D needs at most n bytes for the strings; exactly n, so an overrun shows */
	strs = malloc(n);
	m = convM2D(buf, n, &d, strs);
	if(!ok){
		/* a longer buffer may hold one entry and more after it; then the entry is exactly the size field's */
		if(m != 0){
			fuzzcheck(name, m < n && m == (uint)(buf[0] | buf[1]<<8) + BIT16SZ,
				"convM2D took %ud of %ud bytes that statcheck refused", m, n);
			fuzzcheck(name, statcheck(buf, m) == 0, "convM2D took %ud bytes, which statcheck refuses", m);
		}
		free(strs);
		return;
	}
	fuzzcheck(name, m == n, "statcheck accepts %ud bytes, convM2D unpacked %ud", n, m);
	fuzzcheck(name, sizeD2M(&d) == n, "sizeD2M of the unpacked Dir is %ud, want %ud", sizeD2M(&d), n);

	out = malloc(n);
	m = convD2M(&d, out, n);
	fuzzcheck(name, m == n, "convD2M of the unpacked Dir gave %ud bytes, want %ud", m, n);
	for(m = 0; m < n; m++)
		fuzzcheck(name, out[m] == buf[m], "convD2M differs at byte %ud of %ud: %#ux, want %#ux", m, n, out[m], buf[m]);
	m = convD2M(&d, out, n-1);
	fuzzcheck(name, m == 0, "convD2M into %ud bytes for a %ud-byte entry gave %ud", n-1, n, m);
	free(out);

	/* without strs the numbers still unpack and the strings are nil */
	m = convM2D(buf, n, &dn, nil);
	fuzzcheck(name, m == n && dn.name == nil && dn.muid == nil && dn.qid.path == d.qid.path && dn.length == d.length,
		"convM2D without strs gave %ud", m);

	snprint(line, sizeof line, "%D", &d);
	free(strs);
}

int
LLVMFuzzerTestOneInput(const uchar *data, size_t size)
{
	uchar *buf;
	uint n;

	if(size > 0x30000)
		return 0;
	n = size;
	/* a copy of exactly n bytes, so AddressSanitizer sees any read past it */
	buf = malloc(n);
	memmove(buf, data, n);
	checkentry(buf, n);
	/* the size field made to match, so that more inputs get past the first check */
	if(n >= BIT16SZ && n - BIT16SZ <= 0xFFFF){
		buf[0] = n - BIT16SZ;
		buf[1] = (n - BIT16SZ) >> 8;
		checkentry(buf, n);
	}
	free(buf);
	fuzzerrcheck(name);
	return 0;
}
