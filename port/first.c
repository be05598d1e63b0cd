/*
 * The first program: the command given to the kernel, or /dis/init.dis
 * if there is one, else the shell. A bare name x means /dis/x.dis.
 */
#include "all.h"

static int
exists(char *path)
{
	uchar buf[STATFIXLEN+64];

	return kstat(path, buf, sizeof buf) > 0;
}

/* Run argv (nil-terminated; empty for the default); the exit status of the kernel. */
int
runfirst(char **argv)
{
	char path[256];
	char *defargv[2];
	int status;

	if(argv == nil || argv[0] == nil){
		if(exists("/dis/init.dis"))
			defargv[0] = "/dis/init.dis";
		else
			defargv[0] = "/dis/sh.dis";
		defargv[1] = nil;
		argv = defargv;
	}
	if(argv[0][0] == '/' || argv[0][0] == '#' || strncmp(argv[0], "./", 2) == 0)
		strecpy(path, path+sizeof path, argv[0]);
	else{
		snprint(path, sizeof path, "/dis/%s", argv[0]);
		if(strlen(path) < 4 || strcmp(path+strlen(path)-4, ".dis") != 0)
			strecpy(path+strlen(path), path+sizeof path, ".dis");
	}
	status = disexec(path, argv);
	if(status < 0){
		print("ember: cannot run %s: %r\n", path);
		return 1;
	}
	return status;
}
