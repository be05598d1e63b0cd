/*
 * #I on the host: the network as files (kernel-core.md §12.7, man/3/ip),
 * each conversation one of the host's sockets. #I/tcp and #I/udp hold
 * clone and the numbered conversations (ctl, data, listen, local,
 * remote, status); #I/cs translates proto!host!service addresses for
 * dial and announce. IPv4 and IPv6, to wherever the host reaches. Not
 * a protocol stack: the host's kernel does TCP and UDP.
 *
 * The sockets are non-blocking. A host thread waits on all of them
 * with epoll (edge-triggered) and raises IRQnet; the handler marks the
 * conversations ready and wakes their sleepers. So a proc waiting for
 * data or a call sleeps like any other: it gives up the CPU and can
 * be interrupted. Name lookups (getaddrinfo) run in host threads of
 * their own, which hand their answers back the same way.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#include "all.h"
#include "host.h"

enum {
	Qtopdir = 1,
	Qcs,
	Qprotodir,
	Qclone,
	Qstats,
	Qconvdir,
	Qctl,
	Qdata,
	Qlisten,
	Qlocal,
	Qremote,
	Qstatus,

	Nconv = 256,		/* conversations per protocol */
	Nlookup = 8,		/* name lookups under way at once */
	Nans = 8,		/* addresses kept from one lookup */
	Ncsans = 2048,		/* the connection server's answer */
	Maxaddr = 256,		/* longest address written to ctl or cs */
	Udphdrsize = 52,	/* raddr[16] laddr[16] ifcaddr[16] rport[2] lport[2] */
	Backlog = 64,
};

/* qid path: protocol+1 in bits 24-31, conversation in 8-23, file in 0-7 */
#define QID(p, c, y)	(((p)+1)<<24 | (c)<<8 | (y))
#define TYPE(q)		((int)((q).path & 0xff))
#define PROTO(q)	((int)(((q).path >> 24) & 0xff) - 1)
#define CONV(q)		((int)(((q).path >> 8) & 0xffff))

enum {				/* Conv.state */
	Sidle,
	Sconnecting,
	Sannounced,
	Sconnected,
	Shungup,
};
static char *convstate[] = { "Closed", "Connecting", "Announced", "Established", "Hungup" };

typedef struct Conv Conv;
typedef struct Proto Proto;

/*
 * A conversation. Allocated once and never freed (the poller thread
 * may hold its address); reused when nothing has it open. inuse is
 * guarded by the protocol's l, the rest by the Conv's l, except ev
 * (the poller's, atomic) and rready/wready (set by the interrupt
 * handler, cleared by the waiting proc). rl and wl let one reader
 * (or listener) and one writer (or connector) at a time sleep on rr
 * and wr. gen counts reuses, so that a listener notices the
 * conversation closed under it.
 */
struct Conv {
	QLock	l;
	Proto	*p;
	int	x;
	int	inuse;		/* opens of ctl, data and (after the call) listen */
	int	state;
	int	sfd;		/* the host's socket, or -1 */
	ulong	gen;
	int	headers;	/* udp: datagrams carry their addresses */
	char	*owner;
	struct sockaddr_storage	raddr;	/* udp: where an unheaded write goes; rlen 0 if nowhere */
	socklen_t	rlen;
	struct sockaddr_storage	laddr;	/* from bind: the local side of the next connect or announce */
	socklen_t	llen;
	_Atomic uint	ev;
	int	rready;
	int	wready;
	Rendez	rr;
	Rendez	wr;
	QLock	rl;
	QLock	wl;
};

struct Proto {
	char	*name;
	int	stype;		/* SOCK_STREAM or SOCK_DGRAM */
	int	x;
	QLock	l;		/* guards conv, nconv and every Conv.inuse */
	Conv	*conv[Nconv];
	int	nconv;		/* conv[0..nconv-1] exist */
};

static Proto protos[] = {
	{ "tcp", SOCK_STREAM, 0 },
	{ "udp", SOCK_DGRAM, 1 },
};
enum { Nproto = nelem(protos) };

/*
 * A name lookup handed to a host thread. state goes Lfree -> Lbusy
 * (the kernel, to start it) -> Ldone (the thread, then IRQnet) -> Lfree
 * (the kernel, having taken the answer). A waiter interrupted while
 * Lbusy makes it Labandoned, and the thread frees the slot instead.
 */
enum { Lfree, Lbusy, Ldone, Labandoned };
typedef struct Lookup Lookup;
struct Lookup {
	_Atomic int	state;
	char	name[Maxaddr];
	int	err;		/* getaddrinfo's, 0 if it found some */
	int	nans;
	char	ans[Nans][INET6_ADDRSTRLEN];
	Rendez	r;
};

static struct {
	int	epfd;
	int	have6;		/* the host can make IPv6 sockets */
	Lookup	look[Nlookup];
	Rendez	lookfree;	/* a proc waiting for a free slot */
} ip;

static void	oserror(int) __attribute__((noreturn));

/* A host error number as a kernel error. */
static void
oserror(int e)
{
	char buf[ERRMAX];

	switch(e){
	case ECONNREFUSED:
		error(Econrefused);
	case ETIMEDOUT:
		error(Etimedout);
	case ENETUNREACH:
	case EHOSTUNREACH:
		error(Enetunreach);
	case EADDRINUSE:
		error(Enoport);
	case EADDRNOTAVAIL:
		error(Enetaddr);
	case ECONNRESET:
	case EPIPE:
	case ENOTCONN:
		error(Ehungup);
	case EAFNOSUPPORT:
	case EPROTONOSUPPORT:
		error(Enoproto);
	case EINTR:
		error(Eintr);
	case EMSGSIZE:
		error(Emsgsize);
	}
	HOSTCALL(strecpy(buf, buf+sizeof buf, strerror(e)));
	error(buf);
}

/*
 * The poller: a host thread that never touches kernel data but the
 * conversations' event words.
 */
static void*
poller(void *a)
{
	struct epoll_event evs[64];
	Conv *cv;
	int i, n;

	USED(a);
	for(;;){
		n = epoll_wait(ip.epfd, evs, nelem(evs), -1);
		if(n < 0){
			if(errno == EINTR)
				continue;
			return nil;
		}
		for(i = 0; i < n; i++){
			cv = evs[i].data.ptr;
			atomic_fetch_or(&cv->ev, evs[i].events);
		}
		if(n > 0)
			hostintr(IRQnet);
	}
}

static void
ipintr(void *ureg, void *a)
{
	Proto *p;
	Conv *cv;
	uint e;
	int i;

	USED(ureg, a);
	for(p = protos; p < protos+Nproto; p++)
		for(i = 0; i < p->nconv; i++){
			cv = p->conv[i];
			e = atomic_exchange(&cv->ev, 0);
			if(e == 0)
				continue;
			if(e & (EPOLLIN|EPOLLRDHUP|EPOLLHUP|EPOLLERR)){
				cv->rready = 1;
				wakeup(&cv->rr);
			}
			if(e & (EPOLLOUT|EPOLLHUP|EPOLLERR)){
				cv->wready = 1;
				wakeup(&cv->wr);
			}
		}
	for(i = 0; i < Nlookup; i++)
		if(atomic_load(&ip.look[i].state) == Ldone)
			wakeup(&ip.look[i].r);
}

static int
isrready(void *a)
{
	return ((Conv*)a)->rready;
}

static int
iswready(void *a)
{
	return ((Conv*)a)->wready;
}

/* Start a host thread with the console's interrupt signal blocked; 0 or the error. */
static int
hostthread(void *(*f)(void*), void *a)
{
	pthread_t tid;
	pthread_attr_t attr;
	sigset_t set, old;
	int r;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	pthread_sigmask(SIG_BLOCK, &set, &old);
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	r = pthread_create(&tid, &attr, f, a);
	pthread_attr_destroy(&attr);
	pthread_sigmask(SIG_SETMASK, &old, nil);
	return r;
}

static void
ipinit(void)
{
	int s, r;

	HOSTCALL(
		ip.epfd = epoll_create1(EPOLL_CLOEXEC);
		s = socket(AF_INET6, SOCK_STREAM|SOCK_CLOEXEC, 0);
		ip.have6 = s >= 0;
		if(s >= 0)
			close(s)
	);
	if(ip.epfd < 0){
		print("#I: no epoll: the network is off\n");
		return;
	}
	intrenable(IRQnet, ipintr, nil, "ip");
	HOSTCALL(r = hostthread(poller, nil));
	if(r != 0)
		panic("#I: cannot start the poller thread");
}

/*
 * Addresses. Text is host!port: host a dotted IPv4 or an IPv6 address,
 * or * (or nothing) for any; port decimal. An IPv4 address reached
 * through an IPv6 socket reads back as IPv4.
 */
static int
parseport(char *s)
{
	char *e;
	long v;

	if(s == nil || *s == 0)
		error(Enetaddr);
	v = strtol(s, &e, 10);
	if(*e != 0 || v < 0 || v > 65535)
		error(Enetaddr);
	return v;
}

/*
 * Fill sa from "host!port" (or just "port" when announcing). anyok:
 * "*" or an empty host means any address, in the family that reaches
 * both IPv4 and IPv6 when the host has it. Returns the length.
 */
static socklen_t
parseaddr(char *text, struct sockaddr_storage *sa, int anyok)
{
	char buf[Maxaddr], *bang, *host;
	struct sockaddr_in *s4;
	struct sockaddr_in6 *s6;
	int port, r;

	if(strlen(text) >= sizeof buf)
		error(Enetaddr);
	strecpy(buf, buf+sizeof buf, text);
	bang = strrchr(buf, '!');
	if(bang == nil){
		if(!anyok)
			error(Enetaddr);
		host = "";
		port = parseport(buf);
	}else{
		*bang = 0;
		host = buf;
		port = parseport(bang+1);
	}
	memset(sa, 0, sizeof *sa);
	if(host[0] == 0 || strcmp(host, "*") == 0){
		if(!anyok)
			error(Enetaddr);
		if(ip.have6){
			s6 = (struct sockaddr_in6*)sa;
			s6->sin6_family = AF_INET6;
			s6->sin6_addr = in6addr_any;
			s6->sin6_port = htons(port);
			return sizeof *s6;
		}
		s4 = (struct sockaddr_in*)sa;
		s4->sin_family = AF_INET;
		s4->sin_addr.s_addr = htonl(INADDR_ANY);
		s4->sin_port = htons(port);
		return sizeof *s4;
	}
	s4 = (struct sockaddr_in*)sa;
	HOSTCALL(r = inet_pton(AF_INET, host, &s4->sin_addr));
	if(r == 1){
		s4->sin_family = AF_INET;
		s4->sin_port = htons(port);
		return sizeof *s4;
	}
	s6 = (struct sockaddr_in6*)sa;
	HOSTCALL(r = inet_pton(AF_INET6, host, &s6->sin6_addr));
	if(r == 1){
		s6->sin6_family = AF_INET6;
		s6->sin6_port = htons(port);
		return sizeof *s6;
	}
	error(Enetaddr);
}

/* "host!port\n" for sa (len 0: none) into buf. */
static void
fmtaddr(struct sockaddr_storage *sa, socklen_t len, char *buf, int n)
{
	struct sockaddr_in *s4;
	struct sockaddr_in6 *s6;
	char h[INET6_ADDRSTRLEN];
	int port;

	strecpy(h, h+sizeof h, "::");
	port = 0;
	if(len > 0 && sa->ss_family == AF_INET){
		s4 = (struct sockaddr_in*)sa;
		HOSTCALL(inet_ntop(AF_INET, &s4->sin_addr, h, sizeof h));
		port = ntohs(s4->sin_port);
	}else if(len > 0 && sa->ss_family == AF_INET6){
		s6 = (struct sockaddr_in6*)sa;
		if(IN6_IS_ADDR_V4MAPPED(&s6->sin6_addr))
			HOSTCALL(inet_ntop(AF_INET, &s6->sin6_addr.s6_addr[12], h, sizeof h));
		else
			HOSTCALL(inet_ntop(AF_INET6, &s6->sin6_addr, h, sizeof h));
		port = ntohs(s6->sin6_port);
	}
	snprint(buf, n, "%s!%d\n", h, port);
}

/* The 16-byte (IPv4-mapped when need be) address and the port of sa. */
static void
addr16(struct sockaddr_storage *sa, socklen_t len, uchar *a, uchar *port)
{
	struct sockaddr_in *s4;
	struct sockaddr_in6 *s6;

	memset(a, 0, 16);
	port[0] = port[1] = 0;
	if(len > 0 && sa->ss_family == AF_INET){
		s4 = (struct sockaddr_in*)sa;
		a[10] = a[11] = 0xff;
		memmove(a+12, &s4->sin_addr, 4);
		memmove(port, &s4->sin_port, 2);
	}else if(len > 0 && sa->ss_family == AF_INET6){
		s6 = (struct sockaddr_in6*)sa;
		memmove(a, &s6->sin6_addr, 16);
		memmove(port, &s6->sin6_port, 2);
	}
}

/* The address a (16 bytes) and port (network order) as a sockaddr for a socket of family fam. */
static socklen_t
sockaddr16(uchar *a, uchar *port, int fam, struct sockaddr_storage *sa)
{
	static uchar v4pre[12] = { 0,0,0,0, 0,0,0,0, 0,0,0xff,0xff };
	struct sockaddr_in *s4;
	struct sockaddr_in6 *s6;

	memset(sa, 0, sizeof *sa);
	if(fam == AF_INET){
		if(memcmp(a, v4pre, 12) != 0)
			error(Enetaddr);
		s4 = (struct sockaddr_in*)sa;
		s4->sin_family = AF_INET;
		memmove(&s4->sin_addr, a+12, 4);
		memmove(&s4->sin_port, port, 2);
		return sizeof *s4;
	}
	s6 = (struct sockaddr_in6*)sa;
	s6->sin6_family = AF_INET6;
	memmove(&s6->sin6_addr, a, 16);
	memmove(&s6->sin6_port, port, 2);
	return sizeof *s6;
}

/* Conversations */

static Conv*
convof(Chan *c)
{
	int p, x;

	p = PROTO(c->qid);
	x = CONV(c->qid);
	if(p < 0 || p >= Nproto || x >= protos[p].nconv)
		error(Enonexist);
	return protos[p].conv[x];
}

/* A free conversation of p, opened once; raises Enodev when all Nconv are in use. */
static Conv*
newconv(Proto *p)
{
	Conv *cv;
	int i;

	qlock(&p->l);
	for(i = 0; i < p->nconv; i++)
		if(p->conv[i]->inuse == 0)
			break;
	if(i == p->nconv){
		if(i == Nconv){
			qunlock(&p->l);
			error(Enodev);
		}
		cv = mallocz(sizeof *cv, 1);
		if(cv == nil){
			qunlock(&p->l);
			error(Enomem);
		}
		cv->p = p;
		cv->x = i;
		cv->sfd = -1;
		p->conv[i] = cv;
		p->nconv++;
	}
	cv = p->conv[i];
	cv->inuse = 1;
	kstrdupto(&cv->owner, up->env->user != nil ? up->env->user : eve);
	qunlock(&p->l);
	return cv;
}

/* Close the host socket and make cv idle; the caller holds p->l (inuse is 0) or cv is its own. */
static void
resetconv(Conv *cv)
{
	qlock(&cv->l);
	if(cv->sfd >= 0)
		HOSTCALL(close(cv->sfd));
	cv->sfd = -1;
	cv->state = Sidle;
	cv->headers = 0;
	cv->rlen = 0;
	cv->llen = 0;
	cv->gen++;
	qunlock(&cv->l);
	cv->rready = cv->wready = 1;
	wakeup(&cv->rr);
	wakeup(&cv->wr);
}

static void
closeconv(Conv *cv)
{
	Proto *p;

	p = cv->p;
	qlock(&p->l);
	if(--cv->inuse == 0)
		resetconv(cv);
	qunlock(&p->l);
}

/* Watch a new socket of cv's; cv->l held. */
static void
watch(Conv *cv, int s)
{
	struct epoll_event ev;
	int r, e;

	memset(&ev, 0, sizeof ev);
	ev.events = EPOLLIN|EPOLLOUT|EPOLLRDHUP|EPOLLET;
	ev.data.ptr = cv;
	HOSTCALL(r = epoll_ctl(ip.epfd, EPOLL_CTL_ADD, s, &ev); e = errno);
	if(r < 0)
		oserror(e);
}

/* A new non-blocking socket of cv's protocol for addresses of family fam; -1 and the errno in *e. */
static int
mksocket(Conv *cv, int fam, int *e)
{
	int s, one;

	one = 1;
	HOSTCALL(
		s = socket(fam, cv->p->stype|SOCK_NONBLOCK|SOCK_CLOEXEC, 0);
		*e = errno;
		if(s >= 0 && cv->p->stype == SOCK_STREAM)
			setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one)
	);
	return s;
}

static void
closesock(int s)
{
	HOSTCALL(close(s));
}

/* Has the connect on cv's socket ended? 1 yes, 0 not yet; an error if it failed. */
static int
connected(Conv *cv)
{
	struct sockaddr_storage sa;
	socklen_t len;
	int err, r, e;

	len = sizeof err;
	err = 0;
	qlock(&cv->l);
	if(cv->sfd < 0 || cv->state != Sconnecting){
		qunlock(&cv->l);
		error(Ehungup);
	}
	HOSTCALL(
		r = getsockopt(cv->sfd, SOL_SOCKET, SO_ERROR, &err, &len);
		e = errno;
		if(r == 0 && err == 0){
			len = sizeof sa;
			r = getpeername(cv->sfd, (struct sockaddr*)&sa, &len);
			e = errno;
		}
	);
	if(r == 0 && err == 0)
		cv->state = Sconnected;
	qunlock(&cv->l);
	if(r < 0 && e == ENOTCONN)
		return 0;
	if(r < 0)
		oserror(e);
	if(err != 0)
		oserror(err);
	return 1;
}

/* connect host!port [local]: for tcp, returns when the call is made. */
static void
convconnect(Conv *cv, Cmdbuf *cb)
{
	struct sockaddr_storage sa, la;
	socklen_t len, llen;
	int s, r, e, one;

	if(cb->nf < 2 || cb->nf > 3)
		cmderror(cb, Ecmdargs);
	len = parseaddr(cb->f[1], &sa, 0);
	llen = 0;
	if(cb->nf == 3)
		llen = parseaddr(cb->f[2], &la, 1);
	qlock(&cv->wl);
	if(waserror()){
		qunlock(&cv->wl);
		nexterror();
	}
	qlock(&cv->l);
	if(cv->sfd >= 0){
		qunlock(&cv->l);
		error(Econinuse);
	}
	if(llen == 0 && cv->llen != 0){
		la = cv->laddr;
		llen = cv->llen;
	}
	if(llen != 0 && la.ss_family != sa.ss_family){
		/* an any-address local side in the callee's family */
		if(la.ss_family == AF_INET6 && sa.ss_family == AF_INET){
			struct sockaddr_in *l4 = (struct sockaddr_in*)&la;
			ushort port = ((struct sockaddr_in6*)&la)->sin6_port;
			memset(&la, 0, sizeof la);
			l4->sin_family = AF_INET;
			l4->sin_port = port;
			llen = sizeof *l4;
		}
	}
	s = mksocket(cv, sa.ss_family, &e);
	if(s < 0){
		qunlock(&cv->l);
		oserror(e);
	}
	one = 1;
	r = 0;
	if(llen != 0)
		HOSTCALL(
			setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
			r = bind(s, (struct sockaddr*)&la, llen);
			e = errno
		);
	if(r == 0)
		HOSTCALL(r = connect(s, (struct sockaddr*)&sa, len); e = errno);
	if(r < 0 && e != EINPROGRESS){
		qunlock(&cv->l);
		closesock(s);
		oserror(e);
	}
	cv->wready = 0;
	if(waserror()){
		qunlock(&cv->l);
		closesock(s);
		nexterror();
	}
	watch(cv, s);
	poperror();
	cv->sfd = s;
	cv->state = r == 0 ? Sconnected : Sconnecting;
	if(cv->p->stype == SOCK_DGRAM){
		cv->state = Sconnected;
		cv->raddr = sa;
		cv->rlen = len;
	}
	qunlock(&cv->l);
	if(waserror()){
		/* interrupted or refused: the conversation is idle again */
		qlock(&cv->l);
		if(cv->sfd == s){
			closesock(s);
			cv->sfd = -1;
			cv->state = Sidle;
		}
		qunlock(&cv->l);
		nexterror();
	}
	while(cv->state == Sconnecting){
		cv->wready = 0;
		if(connected(cv))
			break;
		sleep(&cv->wr, iswready, cv);
	}
	poperror();
	poperror();
	qunlock(&cv->wl);
}

/* announce [host!]port: bind and (tcp) listen, so that listen's open can take calls. */
static void
convannounce(Conv *cv, Cmdbuf *cb)
{
	struct sockaddr_storage sa;
	socklen_t len;
	int s, r, e, one, zero;

	if(cb->nf != 2)
		cmderror(cb, Ecmdargs);
	len = parseaddr(cb->f[1], &sa, 1);
	qlock(&cv->l);
	if(cv->sfd >= 0){
		qunlock(&cv->l);
		error(Econinuse);
	}
	s = mksocket(cv, sa.ss_family, &e);
	if(s < 0){
		qunlock(&cv->l);
		oserror(e);
	}
	one = 1;
	zero = 0;
	HOSTCALL(
		setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
		if(sa.ss_family == AF_INET6 && IN6_IS_ADDR_UNSPECIFIED(&((struct sockaddr_in6*)&sa)->sin6_addr))
			setsockopt(s, IPPROTO_IPV6, IPV6_V6ONLY, &zero, sizeof zero);
		r = bind(s, (struct sockaddr*)&sa, len);
		e = errno;
		if(r == 0 && cv->p->stype == SOCK_STREAM){
			r = listen(s, Backlog);
			e = errno;
		}
	);
	if(r < 0){
		qunlock(&cv->l);
		closesock(s);
		oserror(e);
	}
	if(waserror()){
		qunlock(&cv->l);
		closesock(s);
		nexterror();
	}
	watch(cv, s);
	poperror();
	cv->sfd = s;
	cv->state = Sannounced;
	qunlock(&cv->l);
}

/* bind [host!]port: the local side of the next connect. */
static void
convbind(Conv *cv, Cmdbuf *cb)
{
	struct sockaddr_storage sa;
	socklen_t len;

	if(cb->nf != 2)
		cmderror(cb, Ecmdargs);
	len = parseaddr(cb->f[1], &sa, 1);
	qlock(&cv->l);
	cv->laddr = sa;
	cv->llen = len;
	qunlock(&cv->l);
}

static void
convhangup(Conv *cv)
{
	qlock(&cv->l);
	if(cv->sfd >= 0){
		HOSTCALL(shutdown(cv->sfd, SHUT_RDWR));
		cv->state = Shungup;
	}
	qunlock(&cv->l);
	cv->rready = cv->wready = 1;
	wakeup(&cv->rr);
	wakeup(&cv->wr);
}

/*
 * Wait for a call on announced cv: the new conversation, opened once,
 * holding the call's socket.
 */
static Conv*
convaccept(Conv *cv)
{
	Conv *nc;
	ulong gen;
	int s, e;

	if(cv->p->stype != SOCK_STREAM)
		error(Enolisten);
	qlock(&cv->rl);
	if(waserror()){
		qunlock(&cv->rl);
		nexterror();
	}
	gen = cv->gen;
	for(;;){
		cv->rready = 0;
		qlock(&cv->l);
		if(cv->gen != gen || cv->state != Sannounced){
			qunlock(&cv->l);
			error(Enolisten);
		}
		HOSTCALL(s = accept4(cv->sfd, nil, nil, SOCK_NONBLOCK|SOCK_CLOEXEC); e = errno);
		qunlock(&cv->l);
		if(s >= 0)
			break;
		if(e != EAGAIN && e != EWOULDBLOCK && e != EINTR && e != ECONNABORTED)
			oserror(e);
		sleep(&cv->rr, isrready, cv);
	}
	poperror();
	qunlock(&cv->rl);
	if(waserror()){
		closesock(s);
		nexterror();
	}
	nc = newconv(cv->p);
	poperror();
	qlock(&nc->l);
	if(waserror()){
		qunlock(&nc->l);
		closesock(s);
		closeconv(nc);
		nexterror();
	}
	watch(nc, s);
	poperror();
	HOSTCALL(e = 1; setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &e, sizeof e));
	nc->sfd = s;
	nc->state = Sconnected;
	qunlock(&nc->l);
	return nc;
}

/* Read from cv's socket: what one recv gives; 0 at the end. */
static long
convread(Conv *cv, uchar *a, long n)
{
	struct sockaddr_storage sa, la;
	socklen_t slen, llen;
	uchar *buf, *h;
	long r;
	int e, hdr;

	qlock(&cv->rl);
	buf = nil;
	if(waserror()){
		free(buf);
		qunlock(&cv->rl);
		nexterror();
	}
	hdr = cv->p->stype == SOCK_DGRAM && cv->headers;
	if(hdr){
		if(n < Udphdrsize)
			error(Etoosmall);
		buf = smalloc(n);
	}
	for(;;){
		cv->rready = 0;
		qlock(&cv->l);
		if(cv->sfd < 0 || cv->state == Shungup){
			qunlock(&cv->l);
			r = 0;
			break;
		}
		slen = sizeof sa;
		if(cv->p->stype == SOCK_DGRAM)
			HOSTCALL(r = recvfrom(cv->sfd, hdr ? buf+Udphdrsize : a, hdr ? n-Udphdrsize : n, MSG_DONTWAIT, (struct sockaddr*)&sa, &slen); e = errno);
		else
			HOSTCALL(r = recv(cv->sfd, a, n, MSG_DONTWAIT); e = errno);
		if(r >= 0 && cv->p->stype == SOCK_DGRAM && !hdr && cv->state == Sannounced){
			/* an announced, unheaded conversation answers its last caller */
			cv->raddr = sa;
			cv->rlen = slen;
		}
		if(r >= 0 && hdr){
			llen = sizeof la;
			HOSTCALL(getsockname(cv->sfd, (struct sockaddr*)&la, &llen));
			h = buf;
			memset(h, 0, Udphdrsize);
			addr16(&sa, slen, h, h+48);
			addr16(&la, llen, h+16, h+50);
			memmove(h+32, h+16, 16);
			r += Udphdrsize;
			memmove(a, buf, r);
		}
		qunlock(&cv->l);
		if(r >= 0)
			break;
		if(e == ECONNRESET || e == EPIPE || e == ENOTCONN){
			r = 0;
			break;
		}
		if(e != EAGAIN && e != EWOULDBLOCK && e != EINTR)
			oserror(e);
		sleep(&cv->rr, isrready, cv);
	}
	poperror();
	free(buf);
	qunlock(&cv->rl);
	return r;
}

/* Write all n bytes (tcp) or one datagram (udp). */
static long
convwrite(Conv *cv, uchar *a, long n)
{
	struct sockaddr_storage sa;
	socklen_t slen;
	long r, done;
	int e, fam;

	qlock(&cv->wl);
	if(waserror()){
		qunlock(&cv->wl);
		nexterror();
	}
	done = 0;
	slen = 0;
	if(cv->p->stype == SOCK_DGRAM && cv->headers){
		if(n < Udphdrsize)
			error(Etoosmall);
		fam = AF_INET6;
		qlock(&cv->l);
		if(cv->sfd >= 0){
			slen = sizeof sa;
			HOSTCALL(if(getsockname(cv->sfd, (struct sockaddr*)&sa, &slen) == 0) fam = sa.ss_family);
		}
		qunlock(&cv->l);
		slen = sockaddr16(a, a+48, fam, &sa);
		a += Udphdrsize;
		n -= Udphdrsize;
	}
	while(done < n || (n == 0 && cv->p->stype == SOCK_DGRAM && done == 0)){
		cv->wready = 0;
		qlock(&cv->l);
		if(cv->sfd < 0 || cv->state == Shungup || cv->state == Sidle){
			qunlock(&cv->l);
			error(Ehungup);
		}
		if(cv->p->stype == SOCK_DGRAM){
			if(slen == 0 && cv->state == Sannounced){
				sa = cv->raddr;
				slen = cv->rlen;
				if(slen == 0){
					qunlock(&cv->l);
					error(Enetaddr);
				}
			}
			if(slen != 0)
				HOSTCALL(r = sendto(cv->sfd, a, n, MSG_DONTWAIT|MSG_NOSIGNAL, (struct sockaddr*)&sa, slen); e = errno);
			else
				HOSTCALL(r = send(cv->sfd, a, n, MSG_DONTWAIT|MSG_NOSIGNAL); e = errno);
			if(r >= 0)
				r = n;
		}else
			HOSTCALL(r = send(cv->sfd, a+done, n-done, MSG_DONTWAIT|MSG_NOSIGNAL); e = errno);
		qunlock(&cv->l);
		if(r >= 0){
			done += r;
			if(cv->p->stype == SOCK_DGRAM)
				break;
			continue;
		}
		if(e != EAGAIN && e != EWOULDBLOCK && e != EINTR)
			oserror(e);
		sleep(&cv->wr, iswready, cv);
	}
	poperror();
	qunlock(&cv->wl);
	if(cv->p->stype == SOCK_DGRAM && cv->headers)
		n += Udphdrsize;
	return n;
}

/* The connection server, cs */

/*
 * Ports of services by name. /lib/ndb/services (one "name port/proto"
 * a line, # comments) is read first; then this table, then the host's.
 */
static struct {
	char	*name;
	int	port;
} services[] = {
	{ "echo", 7 },
	{ "discard", 9 },
	{ "daytime", 13 },
	{ "ftp", 21 },
	{ "ssh", 22 },
	{ "telnet", 23 },
	{ "smtp", 25 },
	{ "domain", 53 },
	{ "http", 80 },
	{ "https", 443 },
	{ "9fs", 564 },
	{ "9p", 564 },
	{ "styx", 6666 },
	{ "mpeg", 6667 },
	{ "rstyx", 6668 },
	{ "infdb", 6669 },
	{ "infsigner", 6671 },
	{ "infcsigner", 6672 },
	{ "inflogin", 6673 },
	{ "virgil", 2202 },
};

/* The port named svc in the text of a services file, or -1. */
static int
filesvc(char *text, char *svc, char *proto)
{
	char *line, *next, *f[8], *slash;
	int n, i;

	for(line = text; line != nil && *line; line = next){
		next = strchr(line, '\n');
		if(next != nil)
			*next++ = 0;
		if((slash = strchr(line, '#')) != nil)
			*slash = 0;
		n = tokenize(line, f, nelem(f));
		if(n < 2)
			continue;
		slash = strchr(f[1], '/');
		if(slash == nil)
			continue;
		*slash = 0;
		if(strcmp(slash+1, proto) != 0)
			continue;
		if(strcmp(f[0], svc) == 0)
			return strtol(f[1], nil, 10);
		for(i = 2; i < n; i++)
			if(strcmp(f[i], svc) == 0)
				return strtol(f[1], nil, 10);
	}
	return -1;
}

/* Read /lib/ndb/services of the caller's name space, if there is one; nil otherwise. */
static char*
readservices(void)
{
	Chan *volatile c;
	char *volatile buf;
	long n, m;
	enum { Nmax = 64*1024 };

	c = nil;
	buf = nil;
	if(waserror()){
		if(c != nil)
			cclose(c);
		free(buf);
		return nil;
	}
	c = namec("/lib/ndb/services", Aopen, OREAD, 0);
	buf = smalloc(Nmax+1);
	for(n = 0; n < Nmax; n += m){
		m = devtab[c->type]->read(c, buf+n, Nmax-n, n);
		if(m <= 0)
			break;
	}
	buf[n] = 0;
	poperror();
	cclose(c);
	return buf;
}

static int
svcport(char *svc, char *proto)
{
	struct servent *se;
	char *text, *e;
	long v;
	int i, port;

	if(svc[0] >= '0' && svc[0] <= '9'){
		v = strtol(svc, &e, 10);
		if(*e != 0 || v > 65535)
			return -1;
		return v;
	}
	text = readservices();
	if(text != nil){
		port = filesvc(text, svc, proto);
		free(text);
		if(port >= 0)
			return port;
	}
	for(i = 0; i < nelem(services); i++)
		if(strcmp(services[i].name, svc) == 0)
			return services[i].port;
	HOSTCALL(se = getservbyname(svc, proto); port = se != nil ? ntohs(se->s_port) : -1);
	return port;
}

/* The host thread of a name lookup: a slot busy with a name, filled and handed back. */
static void*
lookupthread(void *a)
{
	Lookup *l = a;
	struct addrinfo hints, *res, *ai;
	char h[INET6_ADDRSTRLEN];
	int i, dup;

	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	l->nans = 0;
	l->err = getaddrinfo(l->name, nil, &hints, &res);
	if(l->err == 0){
		for(ai = res; ai != nil && l->nans < Nans; ai = ai->ai_next){
			if(ai->ai_family == AF_INET)
				inet_ntop(AF_INET, &((struct sockaddr_in*)ai->ai_addr)->sin_addr, h, sizeof h);
			else if(ai->ai_family == AF_INET6)
				inet_ntop(AF_INET6, &((struct sockaddr_in6*)ai->ai_addr)->sin6_addr, h, sizeof h);
			else
				continue;
			dup = 0;
			for(i = 0; i < l->nans; i++)
				if(strcmp(l->ans[i], h) == 0)
					dup = 1;
			if(!dup)
				strcpy(l->ans[l->nans++], h);
		}
		freeaddrinfo(res);
	}
	if(atomic_exchange(&l->state, Ldone) == Labandoned)
		atomic_store(&l->state, Lfree);
	else
		hostintr(IRQnet);
	return nil;
}

static int
lookupdone(void *a)
{
	return atomic_load(&((Lookup*)a)->state) == Ldone;
}

static int
lookupfree(void *a)
{
	int i;

	USED(a);
	for(i = 0; i < Nlookup; i++)
		if(atomic_load(&ip.look[i].state) == Lfree)
			return 1;
	return 0;
}

/*
 * Resolve host name into up to Nans address texts in ans; returns
 * how many, or raises an error naming the host.
 */
static int
lookup(char *name, char ans[Nans][INET6_ADDRSTRLEN])
{
	Lookup *l;
	int i, n, r, err;
	char buf[ERRMAX];

	for(;;){
		l = nil;
		for(i = 0; i < Nlookup; i++){
			int f = Lfree;
			if(atomic_compare_exchange_strong(&ip.look[i].state, &f, Lbusy)){
				l = &ip.look[i];
				break;
			}
		}
		if(l != nil)
			break;
		tsleep(&ip.lookfree, lookupfree, nil, 50);
	}
	strecpy(l->name, l->name+sizeof l->name, name);
	HOSTCALL(r = hostthread(lookupthread, l));
	if(r != 0){
		atomic_store(&l->state, Lfree);
		error(Enomem);
	}
	if(waserror()){
		int b = Lbusy;
		if(!atomic_compare_exchange_strong(&l->state, &b, Labandoned))
			atomic_store(&l->state, Lfree);	/* it had finished */
		nexterror();
	}
	sleep(&l->r, lookupdone, l);
	poperror();
	err = l->err;
	n = l->nans;
	for(i = 0; i < n; i++)
		memmove(ans[i], l->ans[i], INET6_ADDRSTRLEN);
	atomic_store(&l->state, Lfree);
	wakeup(&ip.lookfree);
	if(err != 0 || n == 0){
		snprint(buf, sizeof buf, "cs: unknown host %s", name);
		error(buf);
	}
	return n;
}

/* What cs holds for one open: the answer to its last write. */
typedef struct Csans Csans;
struct Csans {
	char	*text;		/* lines "clonefile address\n" */
};

/*
 * Translate proto!host!service into lines for dial/announce. proto
 * "net" means tcp. host * is any address (for announce), a numeric
 * address stays as it is, a name is looked up.
 */
static char*
cstranslate(char *addr)
{
	char buf[Maxaddr], msg[ERRMAX], *f[4], *proto, *host, *p, *e, *t;
	char ans[Nans][INET6_ADDRSTRLEN];
	struct sockaddr_storage sa;
	int n, i, port, isnum;

	if(strlen(addr) >= sizeof buf)
		error(Enetaddr);
	strecpy(buf, buf+sizeof buf, addr);
	n = getfields(buf, f, nelem(f), 0, "!");
	if(n != 3 || f[0][0] == 0 || f[2][0] == 0){
		snprint(msg, sizeof msg, "cs: bad address %s", addr);
		error(msg);
	}
	proto = f[0];
	host = f[1];
	if(strcmp(proto, "net") == 0)
		proto = "tcp";
	if(strcmp(proto, "tcp") != 0 && strcmp(proto, "udp") != 0){
		snprint(msg, sizeof msg, "cs: unknown protocol %s", f[0]);
		error(msg);
	}
	port = svcport(f[2], proto);
	if(port < 0){
		snprint(msg, sizeof msg, "cs: unknown service %s", f[2]);
		error(msg);
	}
	if(host[0] == 0 || strcmp(host, "*") == 0){
		n = 1;
		strecpy(ans[0], ans[0]+sizeof ans[0], "*");
	}else{
		snprint(msg, sizeof msg, "%s!0", host);
		isnum = 1;
		if(waserror())
			isnum = 0;
		else{
			parseaddr(msg, &sa, 0);
			poperror();
		}
		if(isnum){
			n = 1;
			strecpy(ans[0], ans[0]+sizeof ans[0], host);
		}else
			n = lookup(host, ans);
	}
	t = smalloc(Ncsans);
	p = t;
	e = t + Ncsans;
	for(i = 0; i < n; i++)
		p = seprint(p, e, "/net/%s/clone %s!%d\n", proto, ans[i], port);
	return t;
}

static long
cswrite(Chan *c, char *a, long n)
{
	Csans *cs;
	char buf[Maxaddr], *t;

	cs = c->aux;
	if(n >= sizeof buf)
		error(Enetaddr);
	memmove(buf, a, n);
	buf[n] = 0;
	if(n > 0 && buf[n-1] == '\n')
		buf[n-1] = 0;
	free(cs->text);
	cs->text = nil;
	t = cstranslate(buf);
	cs->text = t;
	return n;
}

/* One line of the answer per read: the one starting at off. */
static long
csread(Chan *c, char *a, long n, vlong off)
{
	Csans *cs;
	char *p, *nl;
	long len;

	cs = c->aux;
	if(cs->text == nil)
		return 0;
	len = strlen(cs->text);
	if(off < 0 || off >= len)
		return 0;
	p = cs->text + off;
	nl = strchr(p, '\n');
	len = nl != nil ? nl+1 - p : (long)strlen(p);
	if(len > n)
		len = n;
	memmove(a, p, len);
	return len;
}

/* The files */

static char *convfiles[] = {
	[Qctl] "ctl",
	[Qdata] "data",
	[Qlisten] "listen",
	[Qlocal] "local",
	[Qremote] "remote",
	[Qstatus] "status",
};

static int
ipgen(Chan *c, char *name, Dirtab *tab, int ntab, int s, Dir *dp)
{
	Qid q;
	Proto *p;
	Conv *cv;
	int t, pi, x;
	char *user, *e;

	USED(tab, ntab);
	user = up->env->user != nil ? up->env->user : eve;
	t = TYPE(c->qid);
	if(t == Qtopdir || t == Qcs)
		goto Top;
	if(t >= Qconvdir)
		goto Conv;
	/* in a protocol directory */
	pi = PROTO(c->qid);
	p = &protos[pi];
	if(s == DEVDOTDOT){
		mkqid(&q, QID(-1, 0, Qtopdir), 0, QTDIR);
		devdir(c, q, "#I", 0, eve, DMDIR|0555, dp);
		return 1;
	}
	if(name != nil && name[0] >= '0' && name[0] <= '9' && s == 0){
		x = strtol(name, &e, 10);
		if(*e != 0 || x >= p->nconv)
			return -1;
		goto Convdir;
	}
	if(s == 0){
		mkqid(&q, QID(pi, 0, Qclone), 0, QTFILE);
		devdir(c, q, "clone", 0, user, 0666, dp);
		return 1;
	}
	if(s == 1){
		mkqid(&q, QID(pi, 0, Qstats), 0, QTFILE);
		devdir(c, q, "stats", 0, user, 0444, dp);
		return 1;
	}
	x = s - 2;
	if(x >= p->nconv)
		return -1;
Convdir:
	cv = p->conv[x];
	snprint(up->genbuf, sizeof up->genbuf, "%d", x);
	mkqid(&q, QID(pi, x, Qconvdir), 0, QTDIR);
	devdir(c, q, up->genbuf, 0, cv->owner != nil ? cv->owner : eve, DMDIR|0555, dp);
	return 1;

Top:
	if(s == DEVDOTDOT){
		mkqid(&q, QID(-1, 0, Qtopdir), 0, QTDIR);
		devdir(c, q, "#I", 0, eve, DMDIR|0555, dp);
		return 1;
	}
	if(s == 0){
		mkqid(&q, QID(-1, 0, Qcs), 0, QTFILE);
		devdir(c, q, "cs", 0, eve, 0666, dp);
		return 1;
	}
	s--;
	if(s >= Nproto)
		return -1;
	mkqid(&q, QID(s, 0, Qprotodir), 0, QTDIR);
	devdir(c, q, protos[s].name, 0, eve, DMDIR|0555, dp);
	return 1;

Conv:
	pi = PROTO(c->qid);
	x = CONV(c->qid);
	p = &protos[pi];
	cv = p->conv[x];
	if(s == DEVDOTDOT){
		mkqid(&q, QID(pi, 0, Qprotodir), 0, QTDIR);
		devdir(c, q, p->name, 0, eve, DMDIR|0555, dp);
		return 1;
	}
	t = Qctl + s;
	if(t > Qstatus)
		return -1;
	mkqid(&q, QID(pi, x, t), 0, QTFILE);
	devdir(c, q, convfiles[t], 0, cv->owner != nil ? cv->owner : eve, t == Qlocal || t == Qremote || t == Qstatus ? 0444 : 0666, dp);
	return 1;
}

static Chan*
ipattach(char *spec)
{
	Chan *c;

	if(spec != nil && spec[0] != 0 && strcmp(spec, "0") != 0)
		error(Ebadspec);
	c = devattach('I', spec);
	mkqid(&c->qid, QID(-1, 0, Qtopdir), 0, QTDIR);
	return c;
}

static Walkqid*
ipwalk(Chan *c, Chan *nc, char **name, int nname)
{
	return devwalk(c, nc, name, nname, nil, 0, ipgen);
}

static int
ipstat(Chan *c, uchar *db, int n)
{
	return devstat(c, db, n, nil, 0, ipgen);
}

static Chan*
ipopen(Chan *c, int omode)
{
	Proto *p;
	Conv *cv, *nc;
	Csans *cs;

	switch(TYPE(c->qid)){
	case Qtopdir:
	case Qprotodir:
	case Qconvdir:
	case Qstats:
	case Qlocal:
	case Qremote:
	case Qstatus:
		if(omode != OREAD)
			error(Eperm);
		break;
	case Qcs:
		cs = smalloc(sizeof *cs);
		c->aux = cs;
		break;
	case Qclone:
		p = &protos[PROTO(c->qid)];
		cv = newconv(p);
		mkqid(&c->qid, QID(p->x, cv->x, Qctl), 0, QTFILE);
		break;
	case Qctl:
	case Qdata:
		cv = convof(c);
		qlock(&cv->p->l);
		cv->inuse++;
		qunlock(&cv->p->l);
		break;
	case Qlisten:
		cv = convof(c);
		nc = convaccept(cv);
		mkqid(&c->qid, QID(cv->p->x, nc->x, Qctl), 0, QTFILE);
		break;
	}
	c->mode = openmode(omode);
	c->flag |= COPEN;
	c->offset = 0;
	return c;
}

static void
ipclose(Chan *c)
{
	Csans *cs;

	if(!(c->flag & COPEN))
		return;
	switch(TYPE(c->qid)){
	case Qcs:
		cs = c->aux;
		if(cs != nil){
			free(cs->text);
			free(cs);
			c->aux = nil;
		}
		break;
	case Qctl:
	case Qdata:
		closeconv(convof(c));
		break;
	}
}

static long
ipread(Chan *c, void *a, long n, vlong off)
{
	Conv *cv;
	char buf[128];
	struct sockaddr_storage sa;
	socklen_t len;
	int r, i, ninuse;

	switch(TYPE(c->qid)){
	case Qtopdir:
	case Qprotodir:
	case Qconvdir:
		return devdirread(c, a, n, nil, 0, ipgen);
	case Qcs:
		return csread(c, a, n, off);
	case Qstats:
		ninuse = 0;
		for(i = 0; i < protos[PROTO(c->qid)].nconv; i++)
			if(protos[PROTO(c->qid)].conv[i]->inuse)
				ninuse++;
		snprint(buf, sizeof buf, "conversations %d\ninuse %d\n", protos[PROTO(c->qid)].nconv, ninuse);
		return readstr(off, a, n, buf);
	case Qctl:
		cv = convof(c);
		snprint(buf, sizeof buf, "%d", cv->x);
		return readstr(off, a, n, buf);
	case Qdata:
		return convread(convof(c), a, n);
	case Qlocal:
	case Qremote:
		cv = convof(c);
		qlock(&cv->l);
		len = 0;
		if(TYPE(c->qid) == Qremote && cv->p->stype == SOCK_DGRAM && cv->rlen != 0){
			sa = cv->raddr;
			len = cv->rlen;
		}else if(cv->sfd >= 0){
			len = sizeof sa;
			if(TYPE(c->qid) == Qlocal)
				HOSTCALL(r = getsockname(cv->sfd, (struct sockaddr*)&sa, &len));
			else
				HOSTCALL(r = getpeername(cv->sfd, (struct sockaddr*)&sa, &len));
			if(r < 0)
				len = 0;
		}
		qunlock(&cv->l);
		fmtaddr(&sa, len, buf, sizeof buf);
		return readstr(off, a, n, buf);
	case Qstatus:
		cv = convof(c);
		snprint(buf, sizeof buf, "%s/%d %d %s\n", cv->p->name, cv->x, cv->inuse,
			cv->state == Sannounced && cv->p->stype == SOCK_STREAM ? "Listen" : convstate[cv->state]);
		return readstr(off, a, n, buf);
	}
	error(Eperm);
}

enum {
	CMconnect,
	CMannounce,
	CMbind,
	CMhangup,
	CMheaders,
	CMkeepalive,
	CMignore,
};

static Cmdtab ipctlmsg[] = {
	{ CMconnect, "connect", 0 },
	{ CMannounce, "announce", 2 },
	{ CMbind, "bind", 2 },
	{ CMhangup, "hangup", 1 },
	{ CMheaders, "headers", 1 },
	{ CMkeepalive, "keepalive", 0 },
	{ CMignore, "ttl", 2 },
	{ CMignore, "tos", 2 },
};

static long
ipctl(Conv *cv, char *a, long n)
{
	Cmdbuf *cb;
	Cmdtab *ct;
	int one;

	cb = parsecmd(a, n);
	if(waserror()){
		free(cb);
		nexterror();
	}
	ct = lookupcmd(cb, ipctlmsg, nelem(ipctlmsg));
	switch(ct->index){
	case CMconnect:
		convconnect(cv, cb);
		break;
	case CMannounce:
		convannounce(cv, cb);
		break;
	case CMbind:
		convbind(cv, cb);
		break;
	case CMhangup:
		convhangup(cv);
		break;
	case CMheaders:
		if(cv->p->stype != SOCK_DGRAM)
			cmderror(cb, Ebadctl);
		cv->headers = 1;
		break;
	case CMkeepalive:
		one = 1;
		qlock(&cv->l);
		if(cv->sfd >= 0)
			HOSTCALL(setsockopt(cv->sfd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one));
		qunlock(&cv->l);
		break;
	case CMignore:
		break;
	}
	poperror();
	free(cb);
	return n;
}

static long
ipwrite(Chan *c, void *a, long n, vlong off)
{
	USED(off);
	switch(TYPE(c->qid)){
	case Qcs:
		return cswrite(c, a, n);
	case Qctl:
		return ipctl(convof(c), a, n);
	case Qdata:
		return convwrite(convof(c), a, n);
	}
	error(Eperm);
}

Dev ipdevtab = {
	'I',
	"ip",

	devreset,
	ipinit,
	devshutdown,
	ipattach,
	ipwalk,
	ipstat,
	ipopen,
	devcreate,
	ipclose,
	ipread,
	devbread,
	ipwrite,
	devbwrite,
	devremove,
	devwstat,
};
