/*
 * The host's clock: a host thread raises IRQclock HZ times a second;
 * the monotonic clock is the fast counter and the real-time clock is
 * the RTC.
 */
#include <pthread.h>
#include <signal.h>
#include <time.h>
#include "all.h"
#include "host.h"

static struct timespec boot;

static void*
ticker(void *a)
{
	struct timespec next;

	USED(a);
	clock_gettime(CLOCK_MONOTONIC, &next);
	for(;;){
		next.tv_nsec += 1000000000/HZ;
		if(next.tv_nsec >= 1000000000){
			next.tv_nsec -= 1000000000;
			next.tv_sec++;
		}
		while(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next, nil) != 0)
			;
		hostintr(IRQclock);
	}
	return nil;
}

static void
clockintr(void *ureg, void *a)
{
	USED(ureg, a);
	hzclock();
	timerintr();
}

/* Start the ticker with SIGUSR1 blocked: the tick is for the CPU holder only. */
/*
 * The origin of fastticks, taken before anything reads the clock:
 * port's time of day is the host's real time less fastticks at that
 * moment, which must not move afterwards.
 */
void
clockorigin(void)
{
	clock_gettime(CLOCK_MONOTONIC, &boot);
}

void
clockinit(void)
{
	pthread_t t;
	sigset_t set, old;

	intrenable(IRQclock, clockintr, nil, "clock");
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	pthread_sigmask(SIG_BLOCK, &set, &old);
	if(pthread_create(&t, nil, ticker, nil) != 0)
		hostfatal("cannot start the clock thread");
	pthread_sigmask(SIG_SETMASK, &old, nil);
}

vlong
fastticks(uvlong *hz)
{
	struct timespec ts;

	if(hz != nil)
		*hz = 1000000000;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (vlong)(ts.tv_sec - boot.tv_sec)*1000000000 + (ts.tv_nsec - boot.tv_nsec);
}

uvlong
µs(void)
{
	return fastticks(nil)/1000;
}

vlong
archtod(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (vlong)ts.tv_sec*1000000000 + ts.tv_nsec;
}
