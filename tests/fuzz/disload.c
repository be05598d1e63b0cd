/*
 * The Dis loader (libinterp/load.c) over arbitrary bytes. It must
 * refuse or accept without reading outside the input, with an error
 * that names a section, and free everything either way. A module it
 * accepts must survive the tools: written back (limbo/asm/enc.c) it
 * loads again and writes back to the same bytes, and its disassembly
 * (print.c) assembles (asm.c) to those bytes too.
 */
#include "all.h"
#include "fuzz.h"
#include "../../libinterp/dis.h"
#include "../../limbo/asm/asm.h"

static char name[] = "disload";
static long nout;	/* the loader's blocks not yet freed */

void*
dismalloc(ulong n)
{
	void *v;

	v = mallocz(n, 1);
	if(v != nil)
		nout++;
	return v;
}

void
disfree(void *v)
{
	if(v != nil){
		nout--;
		free(v);
	}
}

static char *sections[] = {
	"header: ", "code: ", "types: ", "data: ", "name: ", "links: ",
	"imports: ", "handlers: ", "source: ",
};

static void
checkerr(char *err)
{
	int k;

	for(k = 0; k < (int)nelem(sections); k++)
		if(strncmp(err, sections[k], strlen(sections[k])) == 0)
			return;
	fuzzfail(name, "error names no section: %s", err);
}

/* m written, reloaded and written again gives the same bytes, and so does its disassembly assembled. */
static void
rewrite(Module *m)
{
	Buf w, w2, text, a;
	Module *m2;
	char err[256];

	memset(&w, 0, sizeof w);
	memset(&w2, 0, sizeof w2);
	memset(&text, 0, sizeof text);
	memset(&a, 0, sizeof a);
	fuzzcheck(name, diswrite(m, &w, err, sizeof err) == 0, "diswrite of a loaded module: %s", err);
	m2 = disload((uchar*)w.s, w.n, err, sizeof err);
	fuzzcheck(name, m2 != nil, "written module refused: %s", err);
	fuzzcheck(name, diswrite(m2, &w2, err, sizeof err) == 0, "second diswrite: %s", err);
	fuzzcheck(name, w.n == w2.n && memcmp(w.s, w2.s, w.n) == 0, "writing is not a fixpoint (%lud, %lud bytes)", w.n, w2.n);
	disprint(m2, &text);
	fuzzcheck(name, !text.nomem, "disprint: out of memory");
	fuzzcheck(name, asmtext(text.s, text.n, "fuzz.s", 1, &a, err, sizeof err) == 0, "disassembly does not assemble: %s", err);
	fuzzcheck(name, a.n == w.n && memcmp(a.s, w.s, w.n) == 0, "disassembly assembles to %lud bytes, not the %lud written", a.n, w.n);
	disfreemod(m2);
	buffree(&w);
	buffree(&w2);
	buffree(&text);
	buffree(&a);
}

int
LLVMFuzzerTestOneInput(const uchar *data, size_t size)
{
	Module *m;
	char err[256];

	err[0] = 0;
	m = disload((uchar*)data, size, err, sizeof err);
	if(m == nil)
		checkerr(err);
	else{
		rewrite(m);
		disfreemod(m);
	}
	fuzzcheck(name, nout == 0, "%ld blocks not freed", nout);
	return 0;
}
