/*
 * Message digests for $Keyring (keyring.c): MD4 (RFC 1320), MD5
 * (RFC 1321), SHA-1, SHA-224, SHA-256, SHA-384, SHA-512 (FIPS 180-4)
 * and HMAC over any of them (RFC 2104), incremental. Plain C types
 * only, so a unit test can use them directly.
 */
#include <stdint.h>

enum {
	Dmd4,
	Dmd5,
	Dsha1,
	Dsha224,
	Dsha256,
	Dsha384,
	Dsha512,
	Ndigest,

	Digestmax = 64,		/* longest digest, bytes */
	Hmackeymax = 64,	/* longest HMAC key Keyring accepts */
};

typedef struct Digest Digest;
struct Digest {
	int	alg;
	uint64_t	len;	/* bytes hashed so far */
	union {
		uint32_t	w[8];
		uint64_t	q[8];
	} h;
	unsigned char	buf[128];	/* a partial block */
	int	nbuf;
};

void	digestsetup(void);		/* compute the constant tables; once, before use (idempotent) */
int	digestlen(int alg);		/* bytes of its result */
void	digestinit(Digest*, int alg);
void	digestupdate(Digest*, unsigned char *p, unsigned long n);
void	digestfinal(Digest*, unsigned char *out);	/* out gets digestlen bytes; d is spent */

/* HMAC: init with the key, update with the data as above, final with the same key */
void	hmacinit(Digest*, int alg, unsigned char *key, int nkey);
void	hmacfinal(Digest*, unsigned char *key, int nkey, unsigned char *out);
