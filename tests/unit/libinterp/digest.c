/*
 * Tests of libinterp/digest.c: the test vectors of RFC 1320 (MD4),
 * RFC 1321 (MD5), FIPS 180-4's examples (SHA-1, SHA-2), RFC 2202
 * (HMAC-MD5, HMAC-SHA1) and the outputs builtins-more.md §2.3 records
 * for Inferno, one-shot and fed in random pieces.
 */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include "test.h"
#include "../../../libinterp/digest.h"

static char *algname[Ndigest] = {"md4", "md5", "sha1", "sha224", "sha256", "sha384", "sha512"};

static void
hex(unsigned char *d, int n, char *s)
{
	int i;

	for(i = 0; i < n; i++)
		sprintf(s + 2*i, "%02x", d[i]);
}

typedef struct Vec Vec;
struct Vec {
	int	alg;
	char	*msg;
	int	repeat;		/* msg repeated this many times */
	char	*want;
};

#define ALPHA "abcdefghijklmnopqrstuvwxyz"
#define M448 "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
#define M896 "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"

static Vec vecs[] = {
	{Dmd4, "", 1, "31d6cfe0d16ae931b73c59d7e0c089c0"},
	{Dmd4, "a", 1, "bde52cb31de33e46245e05fbdbd6fb24"},
	{Dmd4, "abc", 1, "a448017aaf21d8525fc10ae87aa6729d"},
	{Dmd4, "message digest", 1, "d9130a8164549fe818874806e1c7014b"},
	{Dmd4, ALPHA, 1, "d79e1c308aa5bbcdeea8ed63df412da9"},
	{Dmd5, "", 1, "d41d8cd98f00b204e9800998ecf8427e"},
	{Dmd5, "a", 1, "0cc175b9c0f1b6a831c399e269772661"},
	{Dmd5, "abc", 1, "900150983cd24fb0d6963f7d28e17f72"},
	{Dmd5, "message digest", 1, "f96b697d7cb7938d525a2f31aaf161d0"},
	{Dmd5, ALPHA, 1, "c3fcd3d76192e4007dfb496cca67e13b"},
	{Dmd5, "1234567890", 8, "57edf4a22be3c955ac49da2e2107b67a"},
	{Dmd5, "a", 1000000, "7707d6ae4e027c70eea2a935c2296f21"},
	{Dsha1, "", 1, "da39a3ee5e6b4b0d3255bfef95601890afd80709"},
	{Dsha1, "abc", 1, "a9993e364706816aba3e25717850c26c9cd0d89d"},
	{Dsha1, M448, 1, "84983e441c3bd26ebaae4aa1f95129e5e54670f1"},
	{Dsha1, "a", 1000000, "34aa973cd4c4daa4f61eeb2bdbad27316534016f"},
	{Dsha224, "abc", 1, "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7"},
	{Dsha224, M448, 1, "75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525"},
	{Dsha224, "a", 1000000, "20794655980c91d8bbb4c1ea97618a4bf03f42581948b2ee4ee7ad67"},
	{Dsha256, "abc", 1, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
	{Dsha256, M448, 1, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
	{Dsha256, "a", 1000000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
	{Dsha384, "abc", 1, "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"},
	{Dsha384, M896, 1, "09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039"},
	{Dsha384, "a", 1000000, "9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5b07b8b3dc38ecc4ebae97ddd87f3d8985"},
	{Dsha512, "abc", 1, "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"},
	{Dsha512, M896, 1, "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"},
	{Dsha512, "a", 1000000, "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b"},
};

/* msg repeated: the whole input in one buffer */
static unsigned char*
input(Vec *v, unsigned long *n)
{
	unsigned long l, i;
	unsigned char *p;

	l = strlen(v->msg);
	*n = l * v->repeat;
	p = malloc(*n + 1);
	for(i = 0; i < (unsigned long)v->repeat; i++)
		memcpy(p + i*l, v->msg, l);
	return p;
}

static void
testvec(Vec *v)
{
	Digest d;
	unsigned char out[Digestmax], *in;
	char got[2*Digestmax+1];
	unsigned long n, off, k;

	in = input(v, &n);
	testbegin("digest %s of \"%.20s\"%s x%d one-shot", algname[v->alg], v->msg, strlen(v->msg) > 20 ? "..." : "", v->repeat);
	digestinit(&d, v->alg);
	digestupdate(&d, in, n);
	digestfinal(&d, out);
	hex(out, digestlen(v->alg), got);
	check(strcmp(got, v->want) == 0, "got %s, want %s", got, v->want);
	testend();

	testbegin("digest %s of \"%.20s\"%s x%d in random pieces", algname[v->alg], v->msg, strlen(v->msg) > 20 ? "..." : "", v->repeat);
	digestinit(&d, v->alg);
	for(off = 0; off < n; off += k){
		k = testrand() % (n < 300 ? 7 : 3000);
		if(k > n - off)
			k = n - off;
		digestupdate(&d, in + off, k);
	}
	digestfinal(&d, out);
	hex(out, digestlen(v->alg), got);
	check(strcmp(got, v->want) == 0, "got %s, want %s", got, v->want);
	testend();
	free(in);
}

/* every length around the padding boundaries, split anywhere, against one-shot */
static void
boundaries(void)
{
	unsigned char buf[300], a[Digestmax], b[Digestmax];
	Digest d;
	int alg, n, cut;

	for(n = 0; n < (int)sizeof buf; n++)
		buf[n] = n * 7 + 1;
	for(alg = 0; alg < Ndigest; alg++)
		for(n = 0; n < 260; n++){
			digestinit(&d, alg);
			digestupdate(&d, buf, n);
			digestfinal(&d, a);
			cut = n > 0 ? testrand() % n : 0;
			digestinit(&d, alg);
			digestupdate(&d, buf, cut);
			digestupdate(&d, buf + cut, n - cut);
			digestfinal(&d, b);
			check(memcmp(a, b, digestlen(alg)) == 0, "%s of %d bytes cut at %d differs", algname[alg], n, cut);
		}
}

typedef struct Hvec Hvec;
struct Hvec {
	int	alg;
	char	*key;
	int	nkey;
	char	*msg;
	char	*want;
};

static Hvec hvecs[] = {
	{Dmd5, "\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b", 16, "Hi There", "9294727a3638bb1c13f48ef8158bfc9d"},
	{Dmd5, "Jefe", 4, "what do ya want for nothing?", "750c783e6ab0b503eaa86e310a5db738"},
	{Dmd5, "key", 3, "abc", "d2fe98063f876b03193afb49b4979591"},
	{Dsha1, "\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b\x0b", 20, "Hi There", "b617318655057264e28bc0b6fb378c8ef146be00"},
	{Dsha1, "Jefe", 4, "what do ya want for nothing?", "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"},
	{Dsha1, "key", 3, "abc", "4fd0b215276ef12f2b3e4c8ecac2811498b656fc"},
};

static void
testhmac(Hvec *v)
{
	Digest d;
	unsigned char out[Digestmax];
	char got[2*Digestmax+1];
	int n;

	testbegin("hmac %s key \"%.4s\" of \"%s\"", algname[v->alg], v->key, v->msg);
	n = strlen(v->msg);
	hmacinit(&d, v->alg, (unsigned char*)v->key, v->nkey);
	digestupdate(&d, (unsigned char*)v->msg, 1);
	digestupdate(&d, (unsigned char*)v->msg + 1, n - 1);
	hmacfinal(&d, (unsigned char*)v->key, v->nkey, out);
	hex(out, digestlen(v->alg), got);
	check(strcmp(got, v->want) == 0, "got %s, want %s", got, v->want);
	testend();
}

int
main(void)
{
	int i;

	digestsetup();
	for(i = 0; i < (int)(sizeof vecs/sizeof vecs[0]); i++)
		testvec(&vecs[i]);
	run("digest lengths 0-259 split anywhere", boundaries);
	for(i = 0; i < (int)(sizeof hvecs/sizeof hvecs[0]); i++)
		testhmac(&hvecs[i]);
	return testexit();
}
