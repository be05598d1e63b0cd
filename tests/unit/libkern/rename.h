/*
 * Gives libkern's functions that share the C library's names a k
 * prefix, so that their tests can link them beside the host's libc
 * and compare the two. Included (-include) when compiling mem.c,
 * string.c, strtol.c and qsort.c for the tests, and by those tests
 * after the libc headers.
 */
#define memset	kmemset
#define memmove	kmemmove
#define memcpy	kmemcpy
#define memcmp	kmemcmp
#define memchr	kmemchr
#define strlen	kstrlen
#define strcmp	kstrcmp
#define strncmp	kstrncmp
#define strcpy	kstrcpy
#define strncpy	kstrncpy
#define strcat	kstrcat
#define strchr	kstrchr
#define strrchr	kstrrchr
#define strstr	kstrstr
#define strtol	kstrtol
#define strtoul	kstrtoul
#define strtoll	kstrtoll
#define strtoull	kstrtoull
#define atoi	katoi
#define atol	katol
#define qsort	kqsort
