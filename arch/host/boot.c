/*
 * Booting the host kernel: memory for xalloc from a low mapping (Dis
 * words are 32 bits, so the heap must sit below 4 GiB), the virtual
 * CPU, the clock and console threads, then the portable kmain.
 */
#include <sys/mman.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "all.h"
#include "host.h"

enum { Hostmem = 512*1024*1024 };	/* address space reserved for the kernel's allocators */

char *hostroot;
char *hostargs;
char **hostargv;

static void
meminit(void)
{
	void *v;
	ulong size;

	size = Hostmem;
	v = mmap(nil, size, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_32BIT|MAP_NORESERVE, -1, 0);
	if(v == MAP_FAILED)
		hostfatal("cannot map memory below 4 GiB for the kernel");
	conf.mem[0].base = (uintptr)v;
	conf.mem[0].size = size;
	conf.nmem = 1;
	conf.npage = size / BY2PG;
	conf.ialloc = size / 2;
	conf.nmach = 1;
}

static char*
hostusername(void)
{
	struct passwd *pw;

	pw = getpwuid(getuid());
	if(pw != nil && pw->pw_name != nil)
		return strdup(pw->pw_name);
	return "none";
}

void
archinit(void)
{
	clockinit();
	hostconsinit();
}

/* Boot the kernel; the first kernel proc runs first(arg) and its value is the exit status. */
int
hostboot(int argc, char **argv, int (*first)(void*), void *arg)
{
	char host[64];

	USED(argc, argv);
	clockorigin();
	cpuinit();
	meminit();
	/* as in Inferno's hosted emulator, the host user owns the kernel: eve */
	bootuser = hostusername();
	eve = bootuser;
	if(gethostname(host, sizeof host) == 0){
		host[sizeof host - 1] = '\0';
		strecpy(sysname, sysname+64, host);
	}
	kmain(first, arg);
}

void
archreboot(void)
{
	hostconsrestore();
	execv("/proc/self/exe", hostargv);
	hostfatal("reboot: cannot run the kernel again");
}
