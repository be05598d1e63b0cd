/*
 * libkern: the freestanding C library shared by the kernel and the
 * host tools. Types, mem/str, print with Plan 9 verbs, UTF-8, strtol,
 * qsort. It calls out only through putstrn() (where print's output
 * goes) and rerrstr() (the text behind %r); each user supplies both.
 */
#ifndef KERN_H
#define KERN_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

typedef unsigned char uchar;
typedef unsigned short ushort;
typedef unsigned int uint;
typedef unsigned long ulong;
typedef long long vlong;
typedef unsigned long long uvlong;
typedef uintptr_t uintptr;
typedef uint32_t u32int;
typedef uint64_t u64int;
typedef uint16_t u16int;
typedef uint8_t u8int;
typedef int32_t s32int;
typedef uint Rune;

#ifndef nil
#define nil ((void*)0)
#endif
#define nelem(x) (sizeof(x)/sizeof((x)[0]))
static inline void kernused(int dummy, ...) { (void)dummy; }
#define USED(...) kernused(0, __VA_ARGS__)	/* quiet "unused" for any number of names */
#define ROUNDUP(x, n) (((x)+((n)-1)) & ~((uintptr)(n)-1))
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define MAX(a, b) ((a) > (b) ? (a) : (b))

enum {
	UTFmax = 4,		/* bytes in the longest UTF-8 sequence */
	Runesync = 0x80,	/* below this a byte is a whole rune */
	Runeself = 0x80,	/* below this a rune is one byte */
	Runeerror = 0xFFFD,	/* what an invalid sequence decodes to */
	Runemax = 0x10FFFF,
};

/* mem.c, string.c: the usual meanings; present so freestanding targets link */
void*	memset(void*, int, size_t);
void*	memmove(void*, const void*, size_t);
void*	memcpy(void*, const void*, size_t);
int	memcmp(const void*, const void*, size_t);
void*	memchr(const void*, int, size_t);
size_t	strlen(const char*);
int	strcmp(const char*, const char*);
int	strncmp(const char*, const char*, size_t);
char*	strcpy(char*, const char*);
char*	strncpy(char*, const char*, size_t);
char*	strcat(char*, const char*);
char*	strchr(const char*, int);
char*	strrchr(const char*, int);
char*	strstr(const char*, const char*);
/* Plan 9 extras */
char*	strecpy(char *to, char *end, char *from);	/* copy, never past end-1; returns the NUL */
int	cistrcmp(char*, char*);
int	cistrncmp(char*, char*, int);
int	tokenize(char *s, char **args, int maxargs);	/* split at blanks, honouring '...' quotes */
int	getfields(char *s, char **args, int maxargs, int multiflag, char *sep);

/* strtol.c */
long	strtol(const char*, char**, int);
ulong	strtoul(const char*, char**, int);
vlong	strtoll(const char*, char**, int);
uvlong	strtoull(const char*, char**, int);
int	atoi(const char*);
long	atol(const char*);

/* qsort.c */
void	qsort(void*, size_t, size_t, int (*)(const void*, const void*));

/* rune.c: UTF-8. Invalid or truncated input decodes to Runeerror, consuming one byte. */
int	chartorune(Rune*, char*);
int	runetochar(char*, Rune*);
int	runelen(long);
int	runenlen(Rune*, int);
int	fullrune(char*, int);
int	utflen(char*);
int	utfnlen(char*, long);
char*	utfrune(char*, long);
char*	utfrrune(char*, long);
char*	utfutf(char*, char*);
char*	utfecpy(char*, char*, char*);
int	runestrlen(Rune*);

/* fmt.c, fmtquote.c, fmtfloat.c, print.c: formatted output. */
typedef struct Fmt Fmt;
struct Fmt {
	char	*start;		/* buffer */
	char	*to;		/* next byte to write */
	char	*stop;		/* end of buffer */
	int	(*flush)(Fmt*);	/* make room when full; 0 stops output */
	void	*farg;		/* for flush */
	int	nfmt;		/* bytes produced so far, including flushed ones */
	va_list	args;
	int	r;		/* verb being formatted */
	int	width;
	int	prec;
	ulong	flags;
};

enum {
	FmtWidth = 1<<0,
	FmtLeft = 1<<1,
	FmtPrec = 1<<2,
	FmtSharp = 1<<3,
	FmtSpace = 1<<4,
	FmtSign = 1<<5,
	FmtZero = 1<<6,
	FmtUnsigned = 1<<7,
	FmtShort = 1<<8,
	FmtLong = 1<<9,
	FmtVLong = 1<<10,
	FmtComma = 1<<11,
	FmtByte = 1<<12,
	FmtFlag = 1<<13,	/* first bit free for custom flags */
};

enum { PRINTSIZE = 256 };	/* print's stack buffer; longer output is flushed in pieces */

int	print(char*, ...);
int	vprint(char*, va_list);
int	snprint(char*, int, char*, ...);
int	vsnprint(char*, int, char*, va_list);
char*	seprint(char*, char*, char*, ...);
char*	vseprint(char*, char*, char*, va_list);
int	sprint(char*, char*, ...);
int	fmtinstall(int, int (*)(Fmt*));
int	fmtprint(Fmt*, char*, ...);
int	fmtvprint(Fmt*, char*, va_list);
int	fmtstrcpy(Fmt*, char*);
int	fmtrunestrcpy(Fmt*, Rune*);
int	fmtrune(Fmt*, int);		/* one rune as UTF-8, unpadded */
int	fmtpad(Fmt*, int);
int	dofmt(Fmt*, char*);
int	quotestrfmt(Fmt*);
int	needsquote(char*);

/* supplied by the user of libkern */
void	putstrn(char*, int);		/* where print's output goes */
void	rerrstr(char*, uint);		/* the current error text, for %r */

#define ERRMAX 128

#endif
