/*
 * The built-in module $Keyring (builtins-more.md §2). Implemented: the
 * digests (md4, md5, sha1, sha224, sha256, sha384, sha512), hmac_md5,
 * hmac_sha1 and DigestState.copy, with Inferno's incremental
 * semantics; the algorithms are digest.c's. Every other function of
 * the interface (IPint, public-key signatures and certificates, the
 * ciphers, authentication and message framing) is registered with its
 * signature, so that modules importing them link, and raises
 * "Keyring->NAME not implemented" when called.
 */
#include "all.h"
#include "interp.h"
#include "digest.h"

static char exBaddigest[] = "bad digest value";
static char exBadkey[] = "bad encryption key";
static char exBadarg[] = "invalid argument";
static char exNotdigest[] = "type not constructed correctly: DigestState";
static char exWrongdigest[] = "Keyring: DigestState of another algorithm";

/*
 * A DigestState: the Limbo-visible dummy field x, then the hidden
 * running digest. Only objects of type Tdigest are accepted, so a
 * Limbo-built ref DigestState(0) is rejected.
 */
typedef struct Dstate Dstate;
struct Dstate {
	s32int	x;
	s32int	pad;
	Digest	d;
};
static Dtype *Tdigest;

#define ARG(fp, o)	((uchar*)(fp) + (o))
#define RESP(fp)	((Dptr*)D2P(((Frame*)(fp))->ret))

/* store v (a reference the caller owns) as the pointer result */
static void
retptr(void *fp, Dptr v)
{
	Dptr *r, o;

	r = RESP(fp);
	o = *r;
	*r = v;
	destroy(o);
}

static Dstate*
getstate(Dptr w)
{
	if(w == H)
		return nil;
	if(PH(w)->t != Tdigest)
		error(exNotdigest);
	return D2P(w);
}

/* a new DigestState holding a copy of d (or a fresh alg digest if d is nil) */
static Dptr
newstate(Digest *d, int alg)
{
	Dstate *s;

	s = (Dstate*)H2D(heap(Tdigest));
	s->x = 0;
	s->pad = 0;
	if(d != nil)
		s->d = *d;
	else
		digestinit(&s->d, alg);
	return P2D(s);
}

static Array*
arr(Dptr w)
{
	return w == H ? nil : D2P(w);
}

/*
 * The bytes buf[0:n] to hash: n is clamped to len buf; a nil buf only
 * with n == 0; a negative n is refused (Inferno leaves it undefined).
 */
static uchar*
hashinput(Array *buf, s32int *n)
{
	if(*n < 0)
		error(exBadarg);
	if(buf == nil){
		if(*n != 0)
			error(exBadarg);
		return nil;
	}
	if((u32int)*n > buf->len)
		*n = buf->len;
	return buf->data;
}

/*
 * Hash buf[0:n] into the state sw (a new one if nil, keyed by key for
 * an HMAC); a non-nil dig finishes it into dig[0:dlen]. Returns the
 * state used, also when finished (its contents then spent). key is
 * nil for a plain digest.
 */
static void
hash(void *fp, int alg, Array *buf, s32int n, Array *key, Array *dig, Dptr sw)
{
	uchar *p;
	Dstate *s;

	p = hashinput(buf, &n);
	if(dig != nil && dig->len < (u32int)digestlen(alg))
		error(exBaddigest);
	s = getstate(sw);
	if(s != nil && s->d.alg != alg)
		error(exWrongdigest);
	if(s == nil){
		sw = newstate(nil, alg);
		s = D2P(sw);
		if(key != nil)
			hmacinit(&s->d, alg, key->data, key->len);
	}else
		ADDREF(sw);
	digestupdate(&s->d, p, n);
	if(dig != nil && key != nil)
		hmacfinal(&s->d, key->data, key->len, dig->data);
	else if(dig != nil)
		digestfinal(&s->d, dig->data);
	retptr(fp, sw);
}

/* md4 ... sha512 (buf, n, digest, state) */
static void
dodigest(void *fp, int alg)
{
	hash(fp, alg, arr(P(ARG(fp, 32))), W(ARG(fp, 36)), nil, arr(P(ARG(fp, 40))), P(ARG(fp, 44)));
}

static void krmd4(void *fp) { dodigest(fp, Dmd4); }
static void krmd5(void *fp) { dodigest(fp, Dmd5); }
static void krsha1(void *fp) { dodigest(fp, Dsha1); }
static void krsha224(void *fp) { dodigest(fp, Dsha224); }
static void krsha256(void *fp) { dodigest(fp, Dsha256); }
static void krsha384(void *fp) { dodigest(fp, Dsha384); }
static void krsha512(void *fp) { dodigest(fp, Dsha512); }

/*
 * hmac_md5, hmac_sha1 (data, n, key, digest, state): as the digests,
 * keyed by the whole of key (at most 64 bytes), which every call of
 * one computation must pass.
 */
static void
dohmac(void *fp, int alg)
{
	Array *key;

	key = arr(P(ARG(fp, 40)));
	if(key == nil || key->len > Hmackeymax)
		error(exBadkey);
	hash(fp, alg, arr(P(ARG(fp, 32))), W(ARG(fp, 36)), key, arr(P(ARG(fp, 44))), P(ARG(fp, 48)));
}

static void krhmacmd5(void *fp) { dohmac(fp, Dmd5); }
static void krhmacsha1(void *fp) { dohmac(fp, Dsha1); }

/* DigestState.copy(d): an independent copy; nil for nil */
static void
krdigestcopy(void *fp)
{
	Dstate *s;

	s = getstate(P(ARG(fp, 32)));
	retptr(fp, s == nil ? H : newstate(&s->d, 0));
}

#define NOTIMPL(fn, name)\
	static void fn(void *fp){ USED(fp); errorf("Keyring->%s not implemented", name); }

/* the functions Ember does not implement: each raises */
NOTIMPL(kxIPintadd, "IPint.add")
NOTIMPL(kxaescbc, "aescbc")
NOTIMPL(kxaessetup, "aessetup")
NOTIMPL(kxIPintand, "IPint.and")
NOTIMPL(kxauth, "auth")
NOTIMPL(kxIPintb64toip, "IPint.b64toip")
NOTIMPL(kxIPintbebytestoip, "IPint.bebytestoip")
NOTIMPL(kxIPintbits, "IPint.bits")
NOTIMPL(kxblowfishcbc, "blowfishcbc")
NOTIMPL(kxblowfishsetup, "blowfishsetup")
NOTIMPL(kxIPintbytestoip, "IPint.bytestoip")
NOTIMPL(kxcerttoattr, "certtoattr")
NOTIMPL(kxcerttostr, "certtostr")
NOTIMPL(kxIPintcmp, "IPint.cmp")
NOTIMPL(kxIPintcopy, "IPint.copy")
NOTIMPL(kxRSAskdecrypt, "RSAsk.decrypt")
NOTIMPL(kxdescbc, "descbc")
NOTIMPL(kxdesecb, "desecb")
NOTIMPL(kxdessetup, "dessetup")
NOTIMPL(kxdhparams, "dhparams")
NOTIMPL(kxIPintdiv, "IPint.div")
NOTIMPL(kxRSApkencrypt, "RSApk.encrypt")
NOTIMPL(kxIPinteq, "IPint.eq")
NOTIMPL(kxIPintexpmod, "IPint.expmod")
NOTIMPL(kxRSAskfill, "RSAsk.fill")
NOTIMPL(kxRSAskgen, "RSAsk.gen")
NOTIMPL(kxDSAskgen, "DSAsk.gen")
NOTIMPL(kxEGskgen, "EGsk.gen")
NOTIMPL(kxgenSK, "genSK")
NOTIMPL(kxgenSKfromPK, "genSKfromPK")
NOTIMPL(kxgetbytearray, "getbytearray")
NOTIMPL(kxgetmsg, "getmsg")
NOTIMPL(kxgetstring, "getstring")
NOTIMPL(kxideacbc, "ideacbc")
NOTIMPL(kxideaecb, "ideaecb")
NOTIMPL(kxideasetup, "ideasetup")
NOTIMPL(kxIPintinttoip, "IPint.inttoip")
NOTIMPL(kxIPintinvert, "IPint.invert")
NOTIMPL(kxIPintiptob64, "IPint.iptob64")
NOTIMPL(kxIPintiptob64z, "IPint.iptob64z")
NOTIMPL(kxIPintiptobebytes, "IPint.iptobebytes")
NOTIMPL(kxIPintiptobytes, "IPint.iptobytes")
NOTIMPL(kxIPintiptoint, "IPint.iptoint")
NOTIMPL(kxIPintiptostr, "IPint.iptostr")
NOTIMPL(kxIPintmod, "IPint.mod")
NOTIMPL(kxIPintmul, "IPint.mul")
NOTIMPL(kxIPintneg, "IPint.neg")
NOTIMPL(kxIPintnot, "IPint.not")
NOTIMPL(kxIPintori, "IPint.ori")
NOTIMPL(kxpktoattr, "pktoattr")
NOTIMPL(kxpktostr, "pktostr")
NOTIMPL(kxputbytearray, "putbytearray")
NOTIMPL(kxputerror, "puterror")
NOTIMPL(kxputstring, "putstring")
NOTIMPL(kxIPintrandom, "IPint.random")
NOTIMPL(kxrc4, "rc4")
NOTIMPL(kxrc4back, "rc4back")
NOTIMPL(kxrc4setup, "rc4setup")
NOTIMPL(kxrc4skip, "rc4skip")
NOTIMPL(kxreadauthinfo, "readauthinfo")
NOTIMPL(kxsenderrmsg, "senderrmsg")
NOTIMPL(kxsendmsg, "sendmsg")
NOTIMPL(kxIPintshl, "IPint.shl")
NOTIMPL(kxIPintshr, "IPint.shr")
NOTIMPL(kxsign, "sign")
NOTIMPL(kxRSAsksign, "RSAsk.sign")
NOTIMPL(kxDSAsksign, "DSAsk.sign")
NOTIMPL(kxEGsksign, "EGsk.sign")
NOTIMPL(kxsignm, "signm")
NOTIMPL(kxsktoattr, "sktoattr")
NOTIMPL(kxsktopk, "sktopk")
NOTIMPL(kxsktostr, "sktostr")
NOTIMPL(kxstrtocert, "strtocert")
NOTIMPL(kxIPintstrtoip, "IPint.strtoip")
NOTIMPL(kxstrtopk, "strtopk")
NOTIMPL(kxstrtosk, "strtosk")
NOTIMPL(kxIPintsub, "IPint.sub")
NOTIMPL(kxverify, "verify")
NOTIMPL(kxRSApkverify, "RSApk.verify")
NOTIMPL(kxDSApkverify, "DSApk.verify")
NOTIMPL(kxEGpkverify, "EGpk.verify")
NOTIMPL(kxverifym, "verifym")
NOTIMPL(kxwriteauthinfo, "writeauthinfo")
NOTIMPL(kxIPintxor, "IPint.xor")

/* builtins-more.md §2.5, in the runtime table's order */
static const Runtab keyringtab[] = {
	{"IPint.add", 0xa47c1b24, kxIPintadd, 40, 2, {0x00, 0xc0}},
	{"aescbc", 0x0ac616ba, kxaescbc, 48, 2, {0x00, 0xc0}},
	{"aessetup", 0x44452583, kxaessetup, 40, 2, {0x00, 0xc0}},
	{"IPint.and", 0xa47c1b24, kxIPintand, 40, 2, {0x00, 0xc0}},
	{"auth", 0x09c576bb, kxauth, 48, 2, {0x00, 0xc0}},
	{"IPint.b64toip", 0xa803ee03, kxIPintb64toip, 40, 2, {0x00, 0x80}},
	{"IPint.bebytestoip", 0x6fa90725, kxIPintbebytestoip, 40, 2, {0x00, 0x80}},
	{"IPint.bits", 0xeb4c9bad, kxIPintbits, 40, 2, {0x00, 0x80}},
	{"blowfishcbc", 0x0ac616ba, kxblowfishcbc, 48, 2, {0x00, 0xc0}},
	{"blowfishsetup", 0x44452583, kxblowfishsetup, 40, 2, {0x00, 0xc0}},
	{"IPint.bytestoip", 0x6fa90725, kxIPintbytestoip, 40, 2, {0x00, 0x80}},
	{"certtoattr", 0xbc65254a, kxcerttoattr, 40, 2, {0x00, 0x80}},
	{"certtostr", 0xbc65254a, kxcerttostr, 40, 2, {0x00, 0x80}},
	{"IPint.cmp", 0x79774f9e, kxIPintcmp, 40, 2, {0x00, 0xc0}},
	{"IPint.copy", 0x491fbd11, kxIPintcopy, 40, 2, {0x00, 0x80}},
	{"DigestState.copy", 0x491fbd11, krdigestcopy, 40, 2, {0x00, 0x80}},
	{"RSAsk.decrypt", 0xf3b51b95, kxRSAskdecrypt, 40, 2, {0x00, 0xc0}},
	{"descbc", 0x0ac616ba, kxdescbc, 48, 2, {0x00, 0xc0}},
	{"desecb", 0x0ac616ba, kxdesecb, 48, 2, {0x00, 0xc0}},
	{"dessetup", 0x44452583, kxdessetup, 40, 2, {0x00, 0xc0}},
	{"dhparams", 0x6abb2418, kxdhparams, 40, 0, {0}},
	{"IPint.div", 0x4672bf61, kxIPintdiv, 40, 2, {0x00, 0xc0}},
	{"RSApk.encrypt", 0xdc0ec366, kxRSApkencrypt, 40, 2, {0x00, 0xc0}},
	{"IPint.eq", 0x79774f9e, kxIPinteq, 40, 2, {0x00, 0xc0}},
	{"IPint.expmod", 0xe6105024, kxIPintexpmod, 48, 2, {0x00, 0xe0}},
	{"RSAsk.fill", 0x2ab0d50a, kxRSAskfill, 56, 2, {0x00, 0xf8}},
	{"RSAsk.gen", 0x0c197fd0, kxRSAskgen, 48, 0, {0}},
	{"DSAsk.gen", 0x46f0eb94, kxDSAskgen, 40, 2, {0x00, 0x80}},
	{"EGsk.gen", 0x4a59c528, kxEGskgen, 40, 0, {0}},
	{"genSK", 0xadd8cbd9, kxgenSK, 48, 2, {0x00, 0xc0}},
	{"genSKfromPK", 0x5416d1ee, kxgenSKfromPK, 40, 2, {0x00, 0xc0}},
	{"getbytearray", 0x4e02ce80, kxgetbytearray, 40, 2, {0x00, 0x80}},
	{"getmsg", 0xd9de1bb7, kxgetmsg, 40, 2, {0x00, 0x80}},
	{"getstring", 0x92f10e56, kxgetstring, 40, 2, {0x00, 0x80}},
	{"hmac_md5", 0xec9ac159, krhmacmd5, 56, 2, {0x00, 0xb8}},
	{"hmac_sha1", 0xec9ac159, krhmacsha1, 56, 2, {0x00, 0xb8}},
	{"ideacbc", 0x0ac616ba, kxideacbc, 48, 2, {0x00, 0xc0}},
	{"ideaecb", 0x0ac616ba, kxideaecb, 48, 2, {0x00, 0xc0}},
	{"ideasetup", 0x44452583, kxideasetup, 40, 2, {0x00, 0xc0}},
	{"IPint.inttoip", 0x95dc8b6d, kxIPintinttoip, 40, 0, {0}},
	{"IPint.invert", 0xa47c1b24, kxIPintinvert, 40, 2, {0x00, 0xc0}},
	{"IPint.iptob64", 0xfab4eb8a, kxIPintiptob64, 40, 2, {0x00, 0x80}},
	{"IPint.iptob64z", 0xfab4eb8a, kxIPintiptob64z, 40, 2, {0x00, 0x80}},
	{"IPint.iptobebytes", 0xc8e5162d, kxIPintiptobebytes, 40, 2, {0x00, 0x80}},
	{"IPint.iptobytes", 0xc8e5162d, kxIPintiptobytes, 40, 2, {0x00, 0x80}},
	{"IPint.iptoint", 0xeb4c9bad, kxIPintiptoint, 40, 2, {0x00, 0x80}},
	{"IPint.iptostr", 0xf9fdc03d, kxIPintiptostr, 40, 2, {0x00, 0x80}},
	{"md4", 0x07656377, krmd4, 48, 2, {0x00, 0xb0}},
	{"md5", 0x07656377, krmd5, 48, 2, {0x00, 0xb0}},
	{"IPint.mod", 0xa47c1b24, kxIPintmod, 40, 2, {0x00, 0xc0}},
	{"IPint.mul", 0xa47c1b24, kxIPintmul, 40, 2, {0x00, 0xc0}},
	{"IPint.neg", 0x491fbd11, kxIPintneg, 40, 2, {0x00, 0x80}},
	{"IPint.not", 0x491fbd11, kxIPintnot, 40, 2, {0x00, 0x80}},
	{"IPint.ori", 0xa47c1b24, kxIPintori, 40, 2, {0x00, 0xc0}},
	{"pktoattr", 0xfb4e61ba, kxpktoattr, 40, 2, {0x00, 0x80}},
	{"pktostr", 0xfb4e61ba, kxpktostr, 40, 2, {0x00, 0x80}},
	{"putbytearray", 0x7cfef557, kxputbytearray, 48, 2, {0x00, 0xc0}},
	{"puterror", 0xd2526222, kxputerror, 40, 2, {0x00, 0xc0}},
	{"putstring", 0xd2526222, kxputstring, 40, 2, {0x00, 0xc0}},
	{"IPint.random", 0x70bcd6f1, kxIPintrandom, 40, 0, {0}},
	{"rc4", 0xd051c505, kxrc4, 48, 2, {0x00, 0xc0}},
	{"rc4back", 0x3643caf7, kxrc4back, 40, 2, {0x00, 0x80}},
	{"rc4setup", 0x6fa90725, kxrc4setup, 40, 2, {0x00, 0x80}},
	{"rc4skip", 0x3643caf7, kxrc4skip, 40, 2, {0x00, 0x80}},
	{"readauthinfo", 0xb2c82015, kxreadauthinfo, 40, 2, {0x00, 0x80}},
	{"senderrmsg", 0xd2526222, kxsenderrmsg, 40, 2, {0x00, 0xc0}},
	{"sendmsg", 0x7cfef557, kxsendmsg, 48, 2, {0x00, 0xc0}},
	{"sha1", 0x07656377, krsha1, 48, 2, {0x00, 0xb0}},
	{"sha224", 0x07656377, krsha224, 48, 2, {0x00, 0xb0}},
	{"sha256", 0x07656377, krsha256, 48, 2, {0x00, 0xb0}},
	{"sha384", 0x07656377, krsha384, 48, 2, {0x00, 0xb0}},
	{"sha512", 0x07656377, krsha512, 48, 2, {0x00, 0xb0}},
	{"IPint.shl", 0xc7b0bc01, kxIPintshl, 40, 2, {0x00, 0x80}},
	{"IPint.shr", 0xc7b0bc01, kxIPintshr, 40, 2, {0x00, 0x80}},
	{"sign", 0xdacb7a7e, kxsign, 48, 2, {0x00, 0xb0}},
	{"RSAsk.sign", 0x5dbdc2fe, kxRSAsksign, 40, 2, {0x00, 0xc0}},
	{"DSAsk.sign", 0x6e51e1b3, kxDSAsksign, 40, 2, {0x00, 0xc0}},
	{"EGsk.sign", 0xca053e70, kxEGsksign, 40, 2, {0x00, 0xc0}},
	{"signm", 0xba5bd10f, kxsignm, 48, 2, {0x00, 0xe0}},
	{"sktoattr", 0xfb4e61ba, kxsktoattr, 40, 2, {0x00, 0x80}},
	{"sktopk", 0x6f74c7c9, kxsktopk, 40, 2, {0x00, 0x80}},
	{"sktostr", 0xfb4e61ba, kxsktostr, 40, 2, {0x00, 0x80}},
	{"strtocert", 0x2c0ee68a, kxstrtocert, 40, 2, {0x00, 0x80}},
	{"IPint.strtoip", 0x12d7a943, kxIPintstrtoip, 40, 2, {0x00, 0x80}},
	{"strtopk", 0xcc511522, kxstrtopk, 40, 2, {0x00, 0x80}},
	{"strtosk", 0xcc511522, kxstrtosk, 40, 2, {0x00, 0x80}},
	{"IPint.sub", 0xa47c1b24, kxIPintsub, 40, 2, {0x00, 0xc0}},
	{"verify", 0x8b5b9f76, kxverify, 48, 2, {0x00, 0xe0}},
	{"RSApk.verify", 0x1857beff, kxRSApkverify, 48, 2, {0x00, 0xe0}},
	{"DSApk.verify", 0xeca448ff, kxDSApkverify, 48, 2, {0x00, 0xe0}},
	{"EGpk.verify", 0xfb1e256c, kxEGpkverify, 48, 2, {0x00, 0xe0}},
	{"verifym", 0x8b5b9f76, kxverifym, 48, 2, {0x00, 0xe0}},
	{"writeauthinfo", 0x5ba03002, kxwriteauthinfo, 40, 2, {0x00, 0xc0}},
	{"IPint.xor", 0xa47c1b24, kxIPintxor, 40, 2, {0x00, 0xc0}},
	{nil},
};

void
keyringmodinit(void)
{
	/* digestsetup's tables are made at the first digest (digestinit): slow on a small CPU */
	Tdigest = dtype(sizeof(Dstate), nil, 0);
	builtinmod("$Keyring", keyringtab);
}
