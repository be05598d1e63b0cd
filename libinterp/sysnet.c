/*
 * Sys->dial, announce and listen over the network's files
 * (kernel-core.md §12.7): the connection server /net/cs translates
 * an address to "clonefile address" lines; without one, an address
 * proto!rest is tried on /net/proto/clone directly. A conversation
 * is made by opening clone (which names it), writing "connect ..." or
 * "announce ..." to its ctl, and for a call opening its data file.
 * Where the kernel has no network (#I) the open of /net/... fails and
 * its error is the call's.
 */
#include "all.h"
#include "interp.h"
#include "sysmod.h"

enum {
	Maxpath = 128,		/* a conversation directory's name */
	Maxcs = 1024,		/* the connection server's answer */
};

/* Read a short decimal or text answer from fd into buf, NUL-terminated; -1 on error. */
static int
readline(int fd, char *buf, int n)
{
	long r;

	r = kread(fd, buf, n-1);
	if(r < 0)
		return -1;
	buf[r] = 0;
	while(r > 0 && (buf[r-1] == '\n' || buf[r-1] == ' '))
		buf[--r] = 0;
	return r;
}

/*
 * Make a conversation on clone: "verb addr" to its ctl. Returns the
 * ctl fd and the conversation directory in dir; for a call (dfd not
 * nil) the data file is opened too.
 */
static int
conversation(char *clone, char *verb, char *addr, char *local, char *dir, int *dfd)
{
	char num[32], *msg, *p;
	int cfd, fd, n;

	cfd = kopen(clone, ORDWR);
	if(cfd < 0)
		return -1;
	n = readline(cfd, num, sizeof num);
	if(n == 0)
		kwerrstr("%s", Eio);	/* no conversation number */
	if(n <= 0){
		kclose(cfd);
		return -1;
	}
	/* the conversation is a sibling of clone */
	strecpy(dir, dir+Maxpath, clone);
	p = strrchr(dir, '/');
	if(p == nil)
		p = dir;
	else
		p++;
	snprint(p, Maxpath - (p-dir), "%s", num);

	n = strlen(verb) + strlen(addr) + (local != nil ? strlen(local) : 0) + 3;
	msg = malloc(n);
	if(msg == nil){
		kclose(cfd);
		kwerrstr("%s", Enomem);
		return -1;
	}
	if(local != nil && local[0] != 0)
		snprint(msg, n, "%s %s %s", verb, addr, local);
	else
		snprint(msg, n, "%s %s", verb, addr);
	n = strlen(msg);
	if(kwrite(cfd, msg, n) != n){
		free(msg);
		kclose(cfd);
		return -1;
	}
	free(msg);
	if(dfd != nil){
		n = strlen(dir);
		snprint(dir+n, Maxpath-n, "/data");
		fd = kopen(dir, ORDWR);
		dir[n] = 0;
		if(fd < 0){
			kclose(cfd);
			return -1;
		}
		*dfd = fd;
	}
	return cfd;
}

/*
 * Try each translation the connection server gives for addr, or the
 * direct one without a server. Returns the ctl fd as conversation
 * does; the last failure's error stays set.
 */
static int
netcall(char *addr, char *verb, char *local, char *dir, int *dfd)
{
	char *ans, *line, *next, *sp, *bang, clone[Maxpath];
	int csfd, fd, tried;
	long n;

	csfd = kopen("/net/cs", ORDWR);
	if(csfd < 0){
		/* no connection server: proto!rest on /net/proto/clone */
		bang = strchr(addr, '!');
		if(bang == nil || bang == addr){
			kwerrstr("%s", Enetaddr);
			return -1;
		}
		snprint(clone, sizeof clone, "/net/%.*s/clone", (int)(bang-addr), addr);
		return conversation(clone, verb, bang+1, local, dir, dfd);
	}
	n = strlen(addr);
	if(kwrite(csfd, addr, n) != n){
		kclose(csfd);
		return -1;
	}
	kseek(csfd, 0, 0);
	ans = malloc(Maxcs);
	if(ans == nil){
		kclose(csfd);
		kwerrstr("%s", Enomem);
		return -1;
	}
	fd = -1;
	tried = 0;
	/* one translation per read: "clonefile address" */
	while((n = kread(csfd, ans, Maxcs-1)) > 0){
		ans[n] = 0;
		for(line = ans; line != nil && fd < 0; line = next){
			next = strchr(line, '\n');
			if(next != nil)
				*next++ = 0;
			sp = strchr(line, ' ');
			if(sp == nil)
				continue;
			*sp++ = 0;
			tried = 1;
			fd = conversation(line, verb, sp, local, dir, dfd);
		}
		if(fd >= 0)
			break;
	}
	free(ans);
	kclose(csfd);
	if(fd < 0 && !tried && n >= 0)
		kwerrstr("%s", Enetaddr);	/* the server knew no translation */
	return fd;
}

/* Store (0, Connection) or leave (-1, nil fds) in ret. */
static void
retconn(Rintconn *ret, int r, int dfd, int cfd, char *dir)
{
	ret->t0 = -1;
	destroy(ret->t1.dfd);
	ret->t1.dfd = H;
	destroy(ret->t1.cfd);
	ret->t1.cfd = H;
	if(r < 0)
		return;
	if(dfd >= 0)
		ret->t1.dfd = mkfd(dfd);
	ret->t1.cfd = mkfd(cfd);
	retstr(dir, &ret->t1.dir);
	ret->t0 = 0;
}

void
Sys_dial(void *a)
{
	Fpp *f;
	char *addr, *local, dir[Maxpath];
	int cfd, dfd;

	f = a;
	addr = string2c(f->p0);
	local = cstring(f->p1);
	dfd = -1;
	dir[0] = 0;
	release();
	cfd = netcall(addr, "connect", local, dir, &dfd);
	acquire();
	free(addr);
	free(local);
	retconn(RET(f), cfd, dfd, cfd, dir);
}

void
Sys_announce(void *a)
{
	Fp *f;
	char *addr, dir[Maxpath];
	int cfd;

	f = a;
	addr = string2c(f->p);
	dir[0] = 0;
	release();
	cfd = netcall(addr, "announce", nil, dir, nil);
	acquire();
	free(addr);
	retconn(RET(f), cfd, -1, cfd, dir);
}

/* Wait for a call on an announced conversation: its new conversation's ctl and directory. */
void
Sys_listen(void *a)
{
	Fconn *f;
	char *d, dir[Maxpath], num[32], *p;
	int cfd, n;

	f = a;
	d = string2c(f->c.dir);
	strecpy(dir, dir+sizeof dir, d);
	free(d);
	release();
	n = strlen(dir);
	snprint(dir+n, sizeof dir - n, "/listen");
	cfd = kopen(dir, ORDWR);
	dir[n] = 0;
	if(cfd >= 0 && (n = readline(cfd, num, sizeof num)) <= 0){
		if(n == 0)
			kwerrstr("%s", Eio);
		kclose(cfd);
		cfd = -1;
	}
	if(cfd >= 0){
		/* the new conversation is a sibling of the announced one */
		p = strrchr(dir, '/');
		p = p != nil ? p+1 : dir;
		snprint(p, sizeof dir - (p-dir), "%s", num);
	}
	acquire();
	retconn(RET(f), cfd, -1, cfd, dir);
}
