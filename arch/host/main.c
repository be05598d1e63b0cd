/*
 * The host kernel's command line, as Inferno's hosted emulator takes
 * it: ember [-i] [-r rootdir] [-c n] [command [args...]].
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "all.h"
#include "host.h"

static char **cmdargv;

static void
usage(void)
{
	fprintf(stderr, "usage: ember [-i] [-r rootdir] [-c jitlevel] [command [args...]]\n");
	exit(2);
}

/* The built root beside the kernel binary: out/host/root. */
static char*
defaultroot(void)
{
	static char path[PATH_MAX];
	char *p;
	ssize_t n;

	n = readlink("/proc/self/exe", path, sizeof path - 16);
	if(n <= 0)
		return ".";
	path[n] = '\0';
	p = strrchr(path, '/');
	if(p == nil)
		return ".";
	strcpy(p, "/root");
	return path;
}

/* Put a value in the environment group as a quoted string, as the hosted emulator does. */
static void
setenvvar(char *name, char *val)
{
	char path[KNAMELEN+8], *q;
	int fd, n;

	snprint(path, sizeof path, "#e/%s", name);
	fd = kcreate(path, OWRITE, 0666);
	if(fd < 0)
		return;
	n = strlen(val)*2 + 3;
	q = smalloc(n);
	snprint(q, n, "%q", val);
	kwrite(fd, q, strlen(q));
	free(q);
	kclose(fd);
}

/* The host's processor in Inferno's names ($cputype, /$cputype/bin). */
static char*
cputype(void)
{
	static struct utsname u;

	if(uname(&u) < 0)
		return "unknown";
	if(strcmp(u.machine, "x86_64") == 0)
		return "amd64";
	if(strcmp(u.machine, "aarch64") == 0)
		return "arm64";
	if(u.machine[0] == 'i' && strcmp(u.machine+2, "86") == 0)
		return "386";
	return u.machine;
}

static int
hostfirst(void *a)
{
	char wd[PATH_MAX];

	USED(a);
	setenvvar("emuargs", hostargs);
	setenvvar("emuroot", hostroot);
	setenvvar("emuhost", "Linux");
	if(getcwd(wd, sizeof wd) != nil)
		setenvvar("emuwdir", wd);
	setenvvar("cputype", cputype());
	return runfirst(cmdargv);
}

int
main(int argc, char **argv)
{
	static char args[8192];
	char *p, *e, *rootarg;
	struct stat st;
	int i;

	/* before the kernel's allocator exists: no malloc here */
	hostargv = argv;
	p = args;
	e = args + sizeof args;
	for(i = 0; i < argc; i++)
		p = seprint(p, e, "%s%s", i > 0 ? " " : "", argv[i]);
	hostargs = args;
	for(i = 1; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++){
		p = argv[i];
		if(strcmp(p, "--") == 0){
			i++;
			break;
		}
		switch(p[1]){
		case 'r':
			if(p[2] != '\0')
				hostroot = p+2;
			else if(++i < argc)
				hostroot = argv[i];
			else
				usage();
			break;
		case 'i':
			/* typed input even from a pipe: the line discipline edits and ^C interrupts (for scripted sessions) */
			hosttyped = 1;
			break;
		case 'c':
			/* Ember interprets; the JIT level 0-9 is accepted for compatibility */
			e = p[2] != '\0' ? p+2 : ++i < argc ? argv[i] : nil;
			if(e == nil || e[0] < '0' || e[0] > '9' || e[1] != '\0')
				usage();
			break;
		default:
			usage();
		}
	}
	if(hostroot == nil)
		hostroot = defaultroot();
	rootarg = hostroot;
	if(stat(rootarg, &st) < 0){
		fprintf(stderr, "ember: root directory %s: %s\n", rootarg, strerror(errno));
		exit(2);
	}
	if(!S_ISDIR(st.st_mode)){
		fprintf(stderr, "ember: root directory %s: not a directory\n", rootarg);
		exit(2);
	}
	hostroot = realpath(rootarg, nil);
	if(hostroot == nil){
		fprintf(stderr, "ember: root directory %s: %s\n", rootarg, strerror(errno));
		exit(2);
	}
	cmdargv = argv + i;
	hostboot(argc, argv, hostfirst, nil);
	return 0;
}
