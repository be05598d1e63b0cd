/*
 * Random numbers for #c/random, #c/notquiterandom and nrand: the
 * ChaCha20 block function run as a generator keyed from the clocks,
 * with the fast counter stirred into the key at every request.
 *
 * Not cryptographic: the only entropy is timing (fastticks, the time
 * of day, where the stack is), which an observer may guess. A target
 * with a hardware generator should feed it in through randominit.
 */
#include "all.h"

/* The generator's key and counter; guarded by rng.l, an ilock so that interrupt handlers may call nrand. */
static struct {
	Lock	l;
	u32int	key[8];
	u64int	counter;
	int	ready;
} rng;

#define ROTL(v, n)	(((v) << (n)) | ((v) >> (32 - (n))))

static void
quarter(u32int *x, int a, int b, int c, int d)
{
	x[a] += x[b]; x[d] ^= x[a]; x[d] = ROTL(x[d], 16);
	x[c] += x[d]; x[b] ^= x[c]; x[b] = ROTL(x[b], 12);
	x[a] += x[b]; x[d] ^= x[a]; x[d] = ROTL(x[d], 8);
	x[c] += x[d]; x[b] ^= x[c]; x[b] = ROTL(x[b], 7);
}

/* One 64-byte ChaCha20 block of the current key and counter into out. rng.l held. */
static void
block(u32int out[16])
{
	u32int x[16];
	int i;

	x[0] = 0x61707865;	/* "expand 32-byte k" */
	x[1] = 0x3320646e;
	x[2] = 0x79622d32;
	x[3] = 0x6b206574;
	for(i = 0; i < 8; i++)
		x[4+i] = rng.key[i];
	x[12] = rng.counter;
	x[13] = rng.counter >> 32;
	x[14] = 0;
	x[15] = 0;
	rng.counter++;
	memmove(out, x, sizeof x);
	for(i = 0; i < 10; i++){
		quarter(x, 0, 4, 8, 12);
		quarter(x, 1, 5, 9, 13);
		quarter(x, 2, 6, 10, 14);
		quarter(x, 3, 7, 11, 15);
		quarter(x, 0, 5, 10, 15);
		quarter(x, 1, 6, 11, 12);
		quarter(x, 2, 7, 8, 13);
		quarter(x, 3, 4, 9, 14);
	}
	for(i = 0; i < 16; i++)
		out[i] += x[i];
}

/* Fold v into the key, then rekey from a fresh block so the old key cannot be recovered. rng.l held. */
static void
stir(u64int v)
{
	u32int b[16];
	int i;

	rng.key[0] ^= v;
	rng.key[1] ^= v >> 32;
	block(b);
	for(i = 0; i < 8; i++)
		rng.key[i] ^= b[i];
	memset(b, 0, sizeof b);
}

static void
seed(void)
{
	int i;
	uintptr where;

	where = (uintptr)&i;
	stir(fastticks(nil));
	stir(todget());
	stir(where);
	stir(ticks);
	for(i = 0; i < 4; i++)
		stir(fastticks(nil));
	rng.ready = 1;
}

void
randominit(void)
{
	ilock(&rng.l);
	seed();
	iunlock(&rng.l);
}

/* Fill buf with n random bytes; returns n. */
ulong
randomread(void *buf, ulong n)
{
	u32int b[16];
	uchar *p;
	ulong m, done;

	p = buf;
	ilock(&rng.l);
	if(!rng.ready)
		seed();
	stir(fastticks(nil));
	for(done = 0; done < n; done += m){
		block(b);
		m = n - done;
		if(m > sizeof b)
			m = sizeof b;
		memmove(p + done, b, m);
	}
	stir(0);	/* what was handed out cannot be recomputed from the state left behind */
	iunlock(&rng.l);
	memset(b, 0, sizeof b);
	return n;
}

/* A random number in [0, n), uniformly; 0 if n <= 0. */
ulong
nrand(int n)
{
	u32int v, lim;

	if(n <= 0)
		return 0;
	/* reject the top partial range so that every residue is equally likely */
	lim = 0xFFFFFFFFU - 0xFFFFFFFFU % (u32int)n;
	do
		randomread(&v, sizeof v);
	while(v >= lim);
	return v % n;
}
