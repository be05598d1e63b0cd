/*
 * Time: the time of day (from the arch's RTC at boot, then the fast
 * counter), and kernel timers run from the clock tick.
 */
#include "all.h"

/* Timers sorted by due time; guarded by timers.l (an ilock: the clock walks it). */
static struct {
	Lock	l;
	Timer	*head;
	vlong	todbase;	/* ns since the epoch at boot, from the RTC or todset */
} timers;

static vlong
nsnow(void)
{
	return (vlong)µs() * 1000;
}

void
timersinit(void)
{
	timers.todbase = archtod() - nsnow();
}

static void
timerinsert(Timer *t)
{
	Timer **l;

	for(l = &timers.head; *l != nil; l = &(*l)->tnext)
		if((*l)->twhen > t->twhen)
			break;
	t->tnext = *l;
	*l = t;
	t->tactive = 1;
}

static void
timerunlink(Timer *t)
{
	Timer **l;

	for(l = &timers.head; *l != nil; l = &(*l)->tnext)
		if(*l == t){
			*l = t->tnext;
			break;
		}
	t->tnext = nil;
	t->tactive = 0;
}

/* Start t; periodic timers run at least every 100µs. */
void
timeradd(Timer *t)
{
	vlong now;

	ilock(&timers.l);
	if(t->tactive)
		timerunlink(t);
	now = nsnow();
	switch(t->tmode){
	case Tabsolute:
		t->twhen = t->tns - timers.todbase;
		break;
	case Tperiodic:
		if(t->tns < 100000)
			t->tns = 100000;
		/* fall through */
	default:
		t->twhen = now + t->tns;
		break;
	}
	timerinsert(t);
	iunlock(&timers.l);
}

void
timerdel(Timer *t)
{
	ilock(&timers.l);
	if(t->tactive)
		timerunlink(t);
	iunlock(&timers.l);
}

/* From the clock interrupt: run the timers that are due. */
void
timerintr(void)
{
	Timer *t;
	vlong now;

	ilock(&timers.l);
	now = nsnow();
	while((t = timers.head) != nil && t->twhen <= now){
		timerunlink(t);
		if(t->tmode == Tperiodic){
			t->twhen += t->tns;
			if(t->twhen <= now)
				t->twhen = now + t->tns;
			timerinsert(t);
		}
		iunlock(&timers.l);
		t->tf(nil, t);
		ilock(&timers.l);
	}
	iunlock(&timers.l);
}

vlong
todget(void)
{
	return timers.todbase + nsnow();
}

void
todset(vlong ns)
{
	timers.todbase = ns - nsnow();
}

ulong
seconds(void)
{
	return todget() / 1000000000LL;
}

ulong
msec(void)
{
	return µs() / 1000;
}
