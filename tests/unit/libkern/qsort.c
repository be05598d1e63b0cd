/*
 * Tests libkern/qsort.c: random arrays of many sizes and element
 * sizes come out sorted and a permutation of the input; presorted,
 * reversed and duplicate-heavy inputs too; McIlroy's adversary, which
 * drives a plain quicksort quadratic, stays within n log n
 * comparisons; a comparator that answers at random cannot make it
 * touch memory outside the array (ASan watches).
 */
#include <stdlib.h>
#include <string.h>

static void *refmemset(void *a, int c, size_t n) { return memset(a, c, n); }

#include "rename.h"
#include "../../../libkern/kern.h"
#include "test.h"

/* An element: a key to sort on and its original index, to check for a permutation. Padded to odd sizes by Big. */
typedef struct Elem Elem;
struct Elem {
	int	key;
	int	id;
};

typedef struct Big Big;
struct Big {
	Elem	e;
	char	pad[7];		/* sizeof(Big) is not a power of two */
};

static long ncmp;

static int
elemcmp(const void *a, const void *b)
{
	const Elem *x = a, *y = b;

	ncmp++;
	return (x->key > y->key) - (x->key < y->key);
}

static int
bytecmp(const void *a, const void *b)
{
	return *(const uchar*)a - *(const uchar*)b;
}

enum { Random, Sorted, Reversed, Equal, Few, Organ, Npattern };
static char *patname[] = { "random", "sorted", "reversed", "equal", "few keys", "organ pipe" };

static int
keyfor(int pat, int i, int n)
{
	switch(pat){
	case Random:	return testrand() % (2*n+1);
	case Sorted:	return i;
	case Reversed:	return n - i;
	case Equal:	return 7;
	case Few:	return testrand() % 4;
	default:	return i < n/2 ? i : n - i;
	}
}

/* Sorts n Elems of pattern pat stored in elements of size es (Elem or Big) and checks the result. */
static void
sortcheck(int pat, int n, size_t es)
{
	char *a;
	uchar *seen;
	Elem *e, *prev;
	int i;

	a = malloc(n*es + 1);
	seen = calloc(n+1, 1);
	for(i = 0; i < n; i++){
		e = (Elem*)(a + i*es);
		e->key = keyfor(pat, i, n);
		e->id = i;
	}
	qsort(a, n, es, elemcmp);
	prev = nil;
	for(i = 0; i < n; i++){
		e = (Elem*)(a + i*es);
		check(e->id >= 0 && e->id < n && !seen[e->id], "%s n=%d es=%zu: not a permutation at %d", patname[pat], n, es, i);
		if(e->id >= 0 && e->id < n)
			seen[e->id] = 1;
		check(prev == nil || prev->key <= e->key, "%s n=%d es=%zu: out of order at %d", patname[pat], n, es, i);
		prev = e;
	}
	free(a);
	free(seen);
}

static void
testpatterns(void)
{
	static int sizes[] = { 0, 1, 2, 3, 4, 5, 7, 11, 12, 13, 16, 17, 31, 100, 257, 1000, 4096, 10007, 100000 };
	int p, i;

	for(p = 0; p < Npattern; p++)
		for(i = 0; i < (int)nelem(sizes); i++){
			sortcheck(p, sizes[i], sizeof(Elem));
			if(sizes[i] <= 10007)
				sortcheck(p, sizes[i], sizeof(Big));
		}
}

static void
testrandomsizes(void)
{
	int n;

	for(n = 0; n < 300; n++)
		sortcheck(Random, n, sizeof(Elem));
	for(n = 0; n < 300; n++)
		sortcheck(Few, n, sizeof(Big));
}

/* One-byte elements, and a size that is not a multiple of anything. */
static void
testbytes(void)
{
	uchar a[1000];
	int count[256], i, n, t;

	for(t = 0; t < 50; t++){
		n = testrand() % nelem(a);
		refmemset(count, 0, sizeof count);
		for(i = 0; i < n; i++){
			a[i] = testrand();
			count[a[i]]++;
		}
		qsort(a, n, 1, bytecmp);
		for(i = 0; i < n; i++){
			check(i == 0 || a[i-1] <= a[i], "bytes n=%d: out of order at %d", n, i);
			count[a[i]]--;
		}
		for(i = 0; i < 256; i++)
			check(count[i] == 0, "bytes n=%d: byte %d count off by %d", n, i, count[i]);
	}
}

/*
 * McIlroy's adversary ("A Killer Adversary for Quicksort", 1999): the
 * keys are decided during the sort. Undecided keys ("gas") compare
 * above decided ones; when two gas keys meet, one is frozen, chosen
 * as the likely pivot. A quicksort without a fallback then does
 * about n*n/4 comparisons.
 */
static int *advval;
static int advgas, advsolid, advcand;

static int
advcmp(const void *a, const void *b)
{
	int x = *(const int*)a, y = *(const int*)b;

	ncmp++;
	if(advval[x] == advgas && advval[y] == advgas){
		if(x == advcand)
			advval[x] = advsolid++;
		else
			advval[y] = advsolid++;
	}
	if(advval[x] == advgas)
		advcand = x;
	else if(advval[y] == advgas)
		advcand = y;
	return advval[x] - advval[y];
}

static void
testadversary(void)
{
	int n, i, *a, lg;
	long bound;

	n = 20000;
	a = malloc(n*sizeof a[0]);
	advval = malloc(n*sizeof advval[0]);
	advgas = n;
	advsolid = 0;
	advcand = 0;
	for(i = 0; i < n; i++){
		a[i] = i;
		advval[i] = advgas;
	}
	ncmp = 0;
	qsort(a, n, sizeof a[0], advcmp);
	for(lg = 0; (1<<lg) < n; lg++)
		;
	bound = 8L * n * lg;
	check(ncmp <= bound, "adversary forced %ld comparisons for n=%d (bound %ld)", ncmp, n, bound);
	for(i = 1; i < n; i++)
		check(advval[a[i-1]] <= advval[a[i]], "adversary input out of order at %d", i);
	free(a);
	free(advval);
}

static int
randcmp(const void *a, const void *b)
{
	return (int)(testrand() % 3) - 1;
}

/* An inconsistent comparator: no order to check, only that qsort stays in bounds, ends, and permutes. */
static void
testinconsistent(void)
{
	int n, i, t, *a;
	uchar *seen;

	for(t = 0; t < 200; t++){
		n = testrand() % 3000;
		a = malloc(n*sizeof a[0] + 1);
		seen = calloc(n+1, 1);
		for(i = 0; i < n; i++)
			a[i] = i;
		qsort(a, n, sizeof a[0], randcmp);
		for(i = 0; i < n; i++){
			check(a[i] >= 0 && a[i] < n && !seen[a[i]], "random comparator n=%d: not a permutation", n);
			if(a[i] >= 0 && a[i] < n)
				seen[a[i]] = 1;
		}
		free(a);
		free(seen);
	}
}

int
main(void)
{
	run("qsort sorts and permutes every pattern and size", testpatterns);
	run("qsort random arrays of sizes 0-299", testrandomsizes);
	run("qsort one-byte elements", testbytes);
	run("qsort within n log n comparisons against McIlroy's adversary", testadversary);
	run("qsort stays in bounds with an inconsistent comparator", testinconsistent);
	return testexit();
}
