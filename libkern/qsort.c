/*
 * qsort: introsort. Quicksort with a median-of-three pivot, recursing
 * only into the smaller part (so the stack holds at most log2(n)
 * frames), switching to heapsort when partitioning goes badly and to
 * insertion sort for short runs. Not stable. Indices stay in bounds
 * even for an inconsistent comparator; only the order then suffers.
 */
#include "kern.h"

typedef int (*Cmp)(const void*, const void*);

enum { Short = 12 };	/* runs this short are insertion sorted */

static void
swap(char *a, char *b, size_t es)
{
	char t;

	if(a == b)
		return;
	for(; es > 0; es--){
		t = *a;
		*a++ = *b;
		*b++ = t;
	}
}

static void
inssort(char *a, size_t n, size_t es, Cmp cmp)
{
	size_t i, j;

	for(i = 1; i < n; i++)
		for(j = i; j > 0 && cmp(a+(j-1)*es, a+j*es) > 0; j--)
			swap(a+(j-1)*es, a+j*es, es);
}

/* Restore the max-heap below i, given that its children are heaps. */
static void
siftdown(char *a, size_t i, size_t n, size_t es, Cmp cmp)
{
	size_t c;

	for(; (c = 2*i+1) < n; i = c){
		if(c+1 < n && cmp(a+c*es, a+(c+1)*es) < 0)
			c++;
		if(cmp(a+i*es, a+c*es) >= 0)
			return;
		swap(a+i*es, a+c*es, es);
	}
}

static void
heapsort(char *a, size_t n, size_t es, Cmp cmp)
{
	size_t i;

	for(i = n/2; i > 0; i--)
		siftdown(a, i-1, n, es, cmp);
	for(i = n; i > 1; i--){
		swap(a, a+(i-1)*es, es);
		siftdown(a, 0, i-1, es, cmp);
	}
}

/*
 * Put the median of the first, middle and last elements at a[0] and
 * partition around it. Returns the pivot's final index p: a[0..p-1]
 * are <= pivot, a[p+1..n-1] are >= pivot. Needs n >= 3.
 */
static size_t
partition(char *a, size_t n, size_t es, Cmp cmp)
{
	char *lo, *mid, *hi;
	size_t i, j;

	lo = a;
	mid = a + (n/2)*es;
	hi = a + (n-1)*es;
	if(cmp(mid, lo) < 0)
		swap(mid, lo, es);
	if(cmp(hi, mid) < 0){
		swap(hi, mid, es);
		if(cmp(mid, lo) < 0)
			swap(mid, lo, es);
	}
	swap(lo, mid, es);

	/* stopping on equal keys splits runs of duplicates evenly */
	i = 0;
	j = n;
	for(;;){
		do
			i++;
		while(i < n && cmp(a+i*es, a) < 0);
		do
			j--;
		while(j > 0 && cmp(a+j*es, a) > 0);
		if(i >= j)
			break;
		swap(a+i*es, a+j*es, es);
	}
	swap(a, a+j*es, es);
	return j;
}

static void
introsort(char *a, size_t n, size_t es, Cmp cmp, int depth)
{
	size_t p;

	while(n > Short){
		if(depth-- == 0){
			heapsort(a, n, es, cmp);
			return;
		}
		p = partition(a, n, es, cmp);
		if(p < n-1-p){
			introsort(a, p, es, cmp, depth);
			a += (p+1)*es;
			n -= p+1;
		}else{
			introsort(a+(p+1)*es, n-1-p, es, cmp, depth);
			n = p;
		}
	}
	inssort(a, n, es, cmp);
}

void
qsort(void *a, size_t n, size_t es, int (*cmp)(const void*, const void*))
{
	int depth;
	size_t m;

	if(n < 2 || es == 0)
		return;
	depth = 0;
	for(m = n; m > 1; m >>= 1)
		depth += 2;
	introsort(a, n, es, cmp, depth);
}
