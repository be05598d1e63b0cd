/*
 * The pools: allocation churn leaves the statistics where they
 * started and the pools consistent; realloc keeps contents; limits
 * give nil rather than a crash; freed small blocks parked for reuse
 * are free to the statistics and to poolwalk.
 */
#include "ktest.h"

enum { Nptr = 2000, Nchurn = 50000 };

static ulong
rnd(void)
{
	static ulong x = 2463534242UL;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return x & 0x7FFFFFFF;
}

static void
testchurn(void)
{
	static uchar *p[Nptr];
	static ulong len[Nptr];
	Poolstat before, after;
	int i, j, bad;
	ulong n;

	testbegin("pool statistics return to baseline after %d allocations and frees", Nchurn);
	poolstat(0, &before);
	bad = 0;
	for(i = 0; i < Nchurn; i++){
		j = rnd() % Nptr;
		if(p[j] != nil){
			for(n = 0; n < len[j]; n++)
				if(p[j][n] != (uchar)(j+n)){
					bad++;
					break;
				}
			if(rnd() % 4 == 0){
				n = rnd() % 3000;
				p[j] = realloc(p[j], n);
				if(n > len[j])
					memset(p[j]+len[j], 0, n-len[j]);
				len[j] = MIN(len[j], n);
				for(n = 0; n < len[j]; n++)
					p[j][n] = (uchar)(j+n);
				continue;
			}
			free(p[j]);
			p[j] = nil;
			continue;
		}
		n = rnd() % 4 == 0 ? rnd() % 70000 : rnd() % 200;
		p[j] = malloc(n);
		if(p[j] == nil){
			bad++;
			continue;
		}
		len[j] = n;
		for(n = 0; n < len[j]; n++)
			p[j][n] = (uchar)(j+n);
	}
	check(bad == 0, "%d blocks lost their contents or failed to allocate", bad);
	check(poolcheckall() == 0, "a pool is inconsistent during churn");
	for(j = 0; j < Nptr; j++){
		free(p[j]);
		p[j] = nil;
	}
	poolstat(0, &after);
	check(poolcheckall() == 0, "a pool is inconsistent after churn");
	check(after.cursize == before.cursize, "main pool cursize %lud, was %lud", after.cursize, before.cursize);
	check(after.nalloc - after.nfree == before.nalloc - before.nfree,
		"main pool live blocks %lud, was %lud", after.nalloc - after.nfree, before.nalloc - before.nfree);
	check(after.nalloc > before.nalloc + Nchurn/4, "nalloc did not count the allocations");
	check(after.hw >= after.cursize, "high-water %lud below cursize %lud", after.hw, after.cursize);
	ktestend();
}

static void
testmalloczero(void)
{
	uchar *a;
	int i, nz;

	testbegin("malloc gives zeroed memory, also when reusing a freed block");
	a = malloc(4096);
	memset(a, 0xAA, 4096);
	free(a);
	a = malloc(4096);
	for(nz = i = 0; i < 4096; i++)
		if(a[i] != 0)
			nz++;
	check(nz == 0, "%d bytes not zero", nz);
	free(a);
	ktestend();
}

static void
testheap(void)
{
	Poolstat before, mid, after;
	void *v;

	testbegin("the heap pool is separate and counts its own");
	poolstat(1, &before);
	v = heapalloc(1000);
	poolstat(1, &mid);
	check(v != nil, "heapalloc failed");
	check(mid.cursize >= before.cursize + 1000, "heap cursize %lud after a 1000-byte allocation, was %lud",
		mid.cursize, before.cursize);
	check(strcmp(mid.name, "heap") == 0, "pool 1 is %s", mid.name);
	heapfree(v);
	poolstat(1, &after);
	check(after.cursize == before.cursize, "heap cursize %lud after free, was %lud", after.cursize, before.cursize);
	ktestend();
}

static void
testlimit(void)
{
	void *v;

	testbegin("an allocation past the pool's limit gives nil");
	v = malloc(0x7FFFFFF0UL);
	check(v == nil, "malloc of 2 GiB succeeded");
	free(v);
	check(poolcheckall() == 0, "pools inconsistent after a failed allocation");
	ktestend();
}

static void
testmemoryfile(void)
{
	char buf[1024], *f[16], *line[4];
	int fd, n, nl, i;

	testbegin("/dev/memory: a line per pool, seven numbers and the name");
	fd = kopen("#c/memory", OREAD);
	check(fd >= 0, "open #c/memory: %r");
	n = fd >= 0 ? kread(fd, buf, sizeof buf - 1) : -1;
	check(n > 0, "read #c/memory: %d", n);
	if(n > 0){
		buf[n] = 0;
		nl = getfields(buf, line, nelem(line), 1, "\n");
		check(nl == 3, "%d lines", nl);
		for(i = 0; i < nl && i < 3; i++){
			check(strlen(line[i]) == 7*12 + strlen(i == 0 ? "main" : i == 1 ? "heap" : "image"),
				"line %d is %d bytes: %s", i, (int)strlen(line[i]), line[i]);
			check(tokenize(line[i], f, nelem(f)) == 8, "line %d does not have 8 fields", i);
		}
	}
	kclose(fd);
	ktestend();

	testbegin("/dev/memory read a few bytes at a time: the same lines, none cut");
	fd = kopen("#c/memory", OREAD);
	check(fd >= 0, "open #c/memory: %r");
	n = 0;
	while(fd >= 0 && n < (int)sizeof buf - 1 && (nl = kread(fd, buf+n, 7 < sizeof buf - 1 - n ? 7 : sizeof buf - 1 - n)) > 0)
		n += nl;
	check(n == 3*(7*12 + 1) + 4 + 4 + 5, "%d bytes", n);
	if(n > 0){
		buf[n] = 0;
		nl = getfields(buf, line, nelem(line), 1, "\n");
		check(nl == 3, "%d lines", nl);
		for(i = 0; i < nl && i < 3; i++)
			check(tokenize(line[i], f, nelem(f)) == 8 && strcmp(f[7], i == 0 ? "main" : i == 1 ? "heap" : "image") == 0,
				"line %d is not 7 numbers and its pool", i);
	}
	kclose(fd);
	ktestend();
}

typedef struct Walk Walk;
struct Walk {
	void	*want[3];
	ulong	req[3];
	int	seen[3];
	ulong	nblock;
	ulong	bytes;
};

static void
walkfn(void *v, ulong req, void *arg)
{
	Walk *w;
	int i;

	w = arg;
	w->nblock++;
	w->bytes += req;
	for(i = 0; i < 3; i++)
		if(v == w->want[i] && req == w->req[i])
			w->seen[i]++;
}

static void
testwalk(void)
{
	Walk w;
	Poolstat ps;
	int i;

	testbegin("poolwalk visits each allocated heap block once, with its size, and no freed one");
	memset(&w, 0, sizeof w);
	for(i = 0; i < 3; i++){
		w.req[i] = 10 + 1000*i;
		w.want[i] = heapalloc(w.req[i]);
	}
	heapfree(w.want[1]);
	poolwalk(1, walkfn, &w);
	poolstat(1, &ps);
	check(w.seen[0] == 1 && w.seen[1] == 0 && w.seen[2] == 1, "seen %d %d %d, want 1 0 1", w.seen[0], w.seen[1], w.seen[2]);
	check(w.nblock == ps.nalloc - ps.nfree, "%lud blocks walked, %lud allocated", w.nblock, ps.nalloc - ps.nfree);
	check(w.bytes <= ps.cursize, "%lud bytes walked, %lud in use", w.bytes, ps.cursize);
	heapfree(w.want[0]);
	heapfree(w.want[2]);
	memset(&w, 0, sizeof w);
	poolwalk(7, walkfn, &w);
	check(w.nblock == 0, "a pool past the end walked %lud blocks", w.nblock);
	ktestend();
}

/*
 * A freed small block is parked for reuse: it is free to every
 * statistic and to poolwalk (the collector must not see a freed
 * object), poolcheck accepts it, and the next allocation of its size
 * takes it back.
 */
static void
testparked(void)
{
	Walk w;
	Poolstat before, mid, after;
	void *v, *again;

	testbegin("a freed small heap block is parked: not in cursize, not walked, reused for its size");
	poolstat(1, &before);
	memset(&w, 0, sizeof w);
	w.req[0] = 40;
	w.want[0] = v = heapalloc(w.req[0]);
	memset(v, 0xEE, w.req[0]);
	heapfree(v);
	poolstat(1, &mid);
	check(mid.cursize == before.cursize, "heap cursize %lud with the block parked, was %lud", mid.cursize, before.cursize);
	check(mid.nalloc - mid.nfree == before.nalloc - before.nfree, "heap live blocks %lud, was %lud",
		mid.nalloc - mid.nfree, before.nalloc - before.nfree);
	poolwalk(1, walkfn, &w);
	check(w.seen[0] == 0, "poolwalk reported the parked block");
	check(w.nblock == mid.nalloc - mid.nfree, "%lud blocks walked, %lud allocated", w.nblock, mid.nalloc - mid.nfree);
	check(poolcheckall() == 0, "pools inconsistent with a parked block");
	again = heapalloc(w.req[0]);
	check(again == v, "a block of the same size came from %p, not the parked %p", again, v);
	heapfree(again);
	poolstat(1, &after);
	check(after.cursize == before.cursize, "heap cursize %lud after free, was %lud", after.cursize, before.cursize);
	ktestend();
}

int
testmain(void)
{
	testmalloczero();
	testchurn();
	testheap();
	testlimit();
	testmemoryfile();
	testwalk();
	testparked();
	return testnfail;
}
