/*
 * main() of the kernel unit tests: boot the host kernel with the
 * test's testmain as its first program; the kernel's exit status is
 * 1 if any case failed. The root is a fresh temporary directory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ktest.h"
#include "host.h"

/* The kernel's memory is its own pools'; what libc holds at exit (open host directories) is not a leak. */
const char*
__asan_default_options(void)
{
	return "detect_leaks=0";
}

static int
first(void *a)
{
	USED(a);
	return testmain() != 0;
}

char*
ktesttmp(char *name)
{
	char *tmp, path[512];

	tmp = getenv("TMPDIR");
	if(tmp == nil)
		tmp = "/tmp";
	snprintf(path, sizeof path, "%s/ember-%s-XXXXXX", tmp, name);
	if(mkdtemp(path) == nil){
		perror("mkdtemp");
		exit(2);
	}
	return strdup(path);	/* the C library's: this runs before the kernel's allocator */
}

int
main(int argc, char **argv)
{
	hostargv = argv;
	hostargs = "ktest";
	hostroot = ktesttmp("root");
	hostboot(argc, argv, first, nil);
	return 0;
}
