/*
 * Kernels built without the Dis VM (libinterp not yet configured)
 * cannot run programs: say so plainly. Removed from a target's build
 * when libinterp is linked.
 */
#include "all.h"

int
disexec(char *path, char **argv)
{
	int fd;

	USED(argv);
	fd = kopen(path, OREAD);
	if(fd < 0)
		return -1;
	kclose(fd);
	kwerrstr("this kernel has no Dis virtual machine yet");
	return -1;
}
