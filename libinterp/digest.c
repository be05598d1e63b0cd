/*
 * Message digests (digest.h): MD4, MD5, SHA-1, SHA-2 and HMAC, from
 * their specifications. The round constants that the specifications
 * define as roots of primes or sines are computed once by digestsetup
 * (exact integer roots; MD5's sines from mathfn.c) rather than typed
 * in, and the RFC/FIPS test vectors in the unit tests check them.
 */
#include "all.h"
#include "interp.h"
#include "digest.h"
#include "mathfn.h"

static u32int *md5t;	/* 64, and 80 below: from the pool when first needed, not static RAM */
static u64int *sha512k;
static u64int sha512iv[8], sha384iv[8];
static int setupdone;

/*
 * Integer roots for the SHA constants: floor(n^(1/k)) of a 256-bit n,
 * bit by bit. Numbers are 8 little-endian 32-bit words.
 */
enum { Bw = 8 };

static void
bmul(u32int *a, u32int *b, u32int *r)	/* r = a*b mod 2^256 */
{
	u64int c;
	u32int t[Bw];
	int i, j;

	memset(t, 0, sizeof t);
	for(i = 0; i < Bw; i++){
		c = 0;
		for(j = 0; i + j < Bw; j++){
			c += (u64int)a[i]*b[j] + t[i+j];
			t[i+j] = c;
			c >>= 32;
		}
	}
	memmove(r, t, sizeof t);
}

static int
bncmp(u32int *a, u32int *b)
{
	int i;

	for(i = Bw-1; i >= 0; i--)
		if(a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	return 0;
}

/* the low 64 bits of floor((p * 2^(64k))^(1/k)), k = 2 or 3 */
static u64int
fracroot(u32int p, int k)
{
	u32int n[Bw], r[Bw], t[Bw];
	int bit;

	memset(n, 0, sizeof n);
	n[2*k] = p;		/* p * 2^(64k) */
	memset(r, 0, sizeof r);
	for(bit = 64 + 8; bit >= 0; bit--){
		r[bit/32] |= 1u << (bit%32);
		bmul(r, r, t);
		if(k == 3)
			bmul(t, r, t);
		if(bncmp(t, n) > 0)
			r[bit/32] &= ~(1u << (bit%32));
	}
	return (u64int)r[1]<<32 | r[0];
}

void
digestsetup(void)
{
	u32int primes[80], p, q;
	int n, i;

	if(setupdone)
		return;
	mathfninit();
	if(md5t == nil){
		md5t = smalloc(64*sizeof md5t[0]);
		sha512k = smalloc(80*sizeof sha512k[0]);
	}
	n = 0;
	for(p = 2; n < 80; p++){
		for(q = 2; q*q <= p; q++)
			if(p % q == 0)
				break;
		if(q*q > p)
			primes[n++] = p;
	}
	for(i = 0; i < 80; i++)
		sha512k[i] = fracroot(primes[i], 3);
	for(i = 0; i < 8; i++){
		sha512iv[i] = fracroot(primes[i], 2);
		sha384iv[i] = fracroot(primes[i+8], 2);
	}
	/* MD5: floor(|sin(i+1)| * 2^32) */
	for(i = 0; i < 64; i++)
		md5t[i] = (u32int)(mfabs(msin(i + 1)) * 4294967296.0);
	setupdone = 1;
}

int
digestlen(int alg)
{
	static int len[Ndigest] = {16, 16, 20, 28, 32, 48, 64};

	return len[alg];
}

static int
dblocklen(int alg)
{
	return alg >= Dsha384 ? 128 : 64;
}

#define ROTL(x, n)	(((x) << (n)) | ((x) >> (32 - (n))))
#define ROTR(x, n)	(((x) >> (n)) | ((x) << (32 - (n))))
#define ROTR64(x, n)	(((x) >> (n)) | ((x) << (64 - (n))))

static u32int
le32(uchar *p)
{
	return p[0] | p[1]<<8 | p[2]<<16 | (u32int)p[3]<<24;
}

static u32int
be32(uchar *p)
{
	return (u32int)p[0]<<24 | p[1]<<16 | p[2]<<8 | p[3];
}

static u64int
be64(uchar *p)
{
	return (u64int)be32(p)<<32 | be32(p+4);
}

static void
md4block(u32int *h, uchar *p)
{
	static uchar o2[16] = {0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15};
	static uchar o3[16] = {0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15};
	static uchar s1[4] = {3, 7, 11, 19}, s2[4] = {3, 5, 9, 13}, s3[4] = {3, 9, 11, 15};
	u32int x[16], a, b, c, d, f, t;
	int i;

	for(i = 0; i < 16; i++)
		x[i] = le32(p + 4*i);
	a = h[0];
	b = h[1];
	c = h[2];
	d = h[3];
	for(i = 0; i < 48; i++){
		if(i < 16){
			f = (b & c) | (~b & d);
			t = a + f + x[i];
			t = ROTL(t, s1[i%4]);
		}else if(i < 32){
			f = (b & c) | (b & d) | (c & d);
			t = a + f + x[o2[i-16]] + 0x5A827999;
			t = ROTL(t, s2[i%4]);
		}else{
			f = b ^ c ^ d;
			t = a + f + x[o3[i-32]] + 0x6ED9EBA1;
			t = ROTL(t, s3[i%4]);
		}
		/* the next step updates d with (t, b, c) in the roles of (b, c, d) */
		a = d;
		d = c;
		c = b;
		b = t;
	}
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
}

static void
md5block(u32int *h, uchar *p)
{
	static uchar s[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};
	u32int x[16], a, b, c, d, f, t;
	int i, k, r;

	for(i = 0; i < 16; i++)
		x[i] = le32(p + 4*i);
	a = h[0];
	b = h[1];
	c = h[2];
	d = h[3];
	for(i = 0; i < 64; i++){
		r = i / 16;
		switch(r){
		case 0:
			f = (b & c) | (~b & d);
			k = i;
			break;
		case 1:
			f = (b & d) | (c & ~d);
			k = (5*i + 1) % 16;
			break;
		case 2:
			f = b ^ c ^ d;
			k = (3*i + 5) % 16;
			break;
		default:
			f = c ^ (b | ~d);
			k = (7*i) % 16;
			break;
		}
		t = a + f + x[k] + md5t[i];
		t = b + ROTL(t, s[r][i%4]);
		a = d;
		d = c;
		c = b;
		b = t;
	}
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
}

static void
sha1block(u32int *h, uchar *p)
{
	u32int w[80], a, b, c, d, e, f, k, t;
	int i;

	for(i = 0; i < 16; i++)
		w[i] = be32(p + 4*i);
	for(; i < 80; i++){
		t = w[i-3] ^ w[i-8] ^ w[i-14] ^ w[i-16];
		w[i] = ROTL(t, 1);
	}
	a = h[0];
	b = h[1];
	c = h[2];
	d = h[3];
	e = h[4];
	for(i = 0; i < 80; i++){
		if(i < 20){
			f = (b & c) | (~b & d);
			k = 0x5A827999;
		}else if(i < 40){
			f = b ^ c ^ d;
			k = 0x6ED9EBA1;
		}else if(i < 60){
			f = (b & c) | (b & d) | (c & d);
			k = 0x8F1BBCDC;
		}else{
			f = b ^ c ^ d;
			k = 0xCA62C1D6;
		}
		t = ROTL(a, 5) + f + e + k + w[i];
		e = d;
		d = c;
		c = ROTL(b, 30);
		b = a;
		a = t;
	}
	h[0] += a;
	h[1] += b;
	h[2] += c;
	h[3] += d;
	h[4] += e;
}

/*
 * SHA-2's compression (FIPS 180-4 §6.2.2, §6.4.2), one shape for both
 * word sizes: SHA-256 works on 32-bit words in 64 rounds, SHA-512 on
 * 64-bit ones in 80, with their own rotations (the Σ and σ functions)
 * and constants (K, of round i). A macro, as a function cannot take
 * the word type. h is the state, p the block.
 */
#define SHA2BLOCK(T, nround, load, K, Sigma0, Sigma1, sigma0, sigma1)\
	T w[nround], v[8], t1, t2;\
	int i;\
\
	for(i = 0; i < 16; i++)\
		w[i] = load(p + sizeof(T)*i);\
	for(; i < nround; i++)\
		w[i] = w[i-16] + sigma0(w[i-15]) + w[i-7] + sigma1(w[i-2]);\
	memmove(v, h, sizeof v);\
	for(i = 0; i < nround; i++){\
		/* v: a b c d e f g h */\
		t1 = v[7] + Sigma1(v[4]) + ((v[4] & v[5]) ^ (~v[4] & v[6])) + K(i) + w[i];\
		t2 = Sigma0(v[0]) + ((v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]));\
		memmove(v+1, v, 7*sizeof v[0]);\
		v[4] += t1;\
		v[0] = t1 + t2;\
	}\
	for(i = 0; i < 8; i++)\
		h[i] += v[i];

/* SHA-256's constants are the high halves of SHA-512's first 64. */
#define K256(i)		((u32int)(sha512k[i] >> 32))
#define K512(i)		sha512k[i]
#define Sigma0_256(x)	(ROTR(x, 2) ^ ROTR(x, 13) ^ ROTR(x, 22))
#define Sigma1_256(x)	(ROTR(x, 6) ^ ROTR(x, 11) ^ ROTR(x, 25))
#define sigma0_256(x)	(ROTR(x, 7) ^ ROTR(x, 18) ^ ((x) >> 3))
#define sigma1_256(x)	(ROTR(x, 17) ^ ROTR(x, 19) ^ ((x) >> 10))
#define Sigma0_512(x)	(ROTR64(x, 28) ^ ROTR64(x, 34) ^ ROTR64(x, 39))
#define Sigma1_512(x)	(ROTR64(x, 14) ^ ROTR64(x, 18) ^ ROTR64(x, 41))
#define sigma0_512(x)	(ROTR64(x, 1) ^ ROTR64(x, 8) ^ ((x) >> 7))
#define sigma1_512(x)	(ROTR64(x, 19) ^ ROTR64(x, 61) ^ ((x) >> 6))

static void
sha256block(u32int *h, uchar *p)
{
	SHA2BLOCK(u32int, 64, be32, K256, Sigma0_256, Sigma1_256, sigma0_256, sigma1_256)
}

static void
sha512block(u64int *h, uchar *p)
{
	SHA2BLOCK(u64int, 80, be64, K512, Sigma0_512, Sigma1_512, sigma0_512, sigma1_512)
}

static void
block(Digest *d, uchar *p)
{
	switch(d->alg){
	case Dmd4:
		md4block(d->h.w, p);
		break;
	case Dmd5:
		md5block(d->h.w, p);
		break;
	case Dsha1:
		sha1block(d->h.w, p);
		break;
	case Dsha224:
	case Dsha256:
		sha256block(d->h.w, p);
		break;
	default:
		sha512block(d->h.q, p);
		break;
	}
}

void
digestinit(Digest *d, int alg)
{
	int i;

	digestsetup();
	memset(d, 0, sizeof *d);
	d->alg = alg;
	switch(alg){
	case Dmd4:
	case Dmd5:
	case Dsha1:
		d->h.w[0] = 0x67452301;
		d->h.w[1] = 0xEFCDAB89;
		d->h.w[2] = 0x98BADCFE;
		d->h.w[3] = 0x10325476;
		d->h.w[4] = 0xC3D2E1F0;
		break;
	case Dsha224:
		for(i = 0; i < 8; i++)
			d->h.w[i] = sha384iv[i];	/* the low halves */
		break;
	case Dsha256:
		for(i = 0; i < 8; i++)
			d->h.w[i] = sha512iv[i] >> 32;
		break;
	case Dsha384:
		memmove(d->h.q, sha384iv, sizeof sha384iv);
		break;
	default:
		memmove(d->h.q, sha512iv, sizeof sha512iv);
		break;
	}
}

void
digestupdate(Digest *d, uchar *p, ulong n)
{
	int bl, m;

	bl = dblocklen(d->alg);
	d->len += n;
	if(d->nbuf > 0){
		m = bl - d->nbuf;
		if(m > n)
			m = n;
		memmove(d->buf + d->nbuf, p, m);
		d->nbuf += m;
		p += m;
		n -= m;
		if(d->nbuf < bl)
			return;
		block(d, d->buf);
		d->nbuf = 0;
	}
	for(; n >= bl; n -= bl, p += bl)
		block(d, p);
	if(n > 0){
		memmove(d->buf, p, n);
		d->nbuf = n;
	}
}

void
digestfinal(Digest *d, uchar *out)
{
	uchar pad[128+16];
	u64int bits;
	int bl, lenlen, npad, i, n;

	bl = dblocklen(d->alg);
	lenlen = bl == 128 ? 16 : 8;
	bits = d->len << 3;
	/* 0x80, zeros to bl - lenlen mod bl, then the length in bits */
	npad = bl - lenlen - d->nbuf;
	if(npad <= 0)
		npad += bl;
	memset(pad, 0, sizeof pad);
	pad[0] = 0x80;
	if(d->alg == Dmd4 || d->alg == Dmd5){
		for(i = 0; i < 8; i++)
			pad[npad + i] = bits >> (8*i);
	}else{
		if(lenlen == 16)
			pad[npad + 7] = (d->len >> 61);	/* bits 64..66 of the length */
		for(i = 0; i < 8; i++)
			pad[npad + lenlen - 1 - i] = bits >> (8*i);
	}
	digestupdate(d, pad, npad + lenlen);
	n = digestlen(d->alg);
	switch(d->alg){
	case Dmd4:
	case Dmd5:
		for(i = 0; i < n; i++)
			out[i] = d->h.w[i/4] >> (8*(i%4));
		break;
	case Dsha1:
	case Dsha224:
	case Dsha256:
		for(i = 0; i < n; i++)
			out[i] = d->h.w[i/4] >> (24 - 8*(i%4));
		break;
	default:
		for(i = 0; i < n; i++)
			out[i] = d->h.q[i/8] >> (56 - 8*(i%8));
		break;
	}
}

/* the key as HMAC uses it: hashed if longer than a block, then padded */
static void
hmackey(int alg, uchar *key, int nkey, uchar *k, uchar x)
{
	Digest t;
	int bl, i;

	bl = dblocklen(alg);
	memset(k, 0, bl);
	if(nkey > bl){
		digestinit(&t, alg);
		digestupdate(&t, key, nkey);
		digestfinal(&t, k);
	}else
		memmove(k, key, nkey);
	for(i = 0; i < bl; i++)
		k[i] ^= x;
}

/* Start d as a digest of the key padded with x: HMAC's inner (0x36) or outer (0x5c) hash. */
static void
hmacstart(Digest *d, int alg, uchar *key, int nkey, uchar x)
{
	uchar k[128];

	hmackey(alg, key, nkey, k, x);
	digestinit(d, alg);
	digestupdate(d, k, dblocklen(alg));
}

void
hmacinit(Digest *d, int alg, uchar *key, int nkey)
{
	hmacstart(d, alg, key, nkey, 0x36);
}

void
hmacfinal(Digest *d, uchar *key, int nkey, uchar *out)
{
	uchar inner[Digestmax];
	int alg;

	alg = d->alg;
	digestfinal(d, inner);
	hmacstart(d, alg, key, nkey, 0x5c);
	digestupdate(d, inner, digestlen(alg));
	digestfinal(d, out);
}
