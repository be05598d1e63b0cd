/*
 * The host arch: Ember's kernel as an ordinary Linux process. Each
 * kernel proc is a host thread, but only the one holding the virtual
 * CPU runs; the portable scheduler passes the CPU with procswitch.
 * Error labels are the C library's jump buffers.
 */
#include <setjmp.h>
#include <pthread.h>
#include <semaphore.h>

typedef struct Label Label;
struct Label {
	jmp_buf	buf;
};

/* The arch's part of a Proc: its host thread and the semaphore it waits on for the CPU. */
typedef struct Archproc Archproc;
struct Archproc {
	pthread_t	thread;
	sem_t	sem;		/* posted when it is given the CPU */
	void	(*fn)(void*);
	void	*arg;
};

/* setlabel must be expanded in its caller's frame, like setjmp. */
#define setlabel(l)	_setjmp((l)->buf)
#define gotolabel(l)	_longjmp((l)->buf, 1)

#define BY2PG	4096
#define KSTACK	(256*1024)

#define getcallerpc(x)	((uintptr)__builtin_return_address(0))

/* Bracket a call into the host's C library, so that no preemption lands inside it. */
#define HOSTCALL(...)	do { int _s = splhi(); __VA_ARGS__; splx(_s); } while(0)
