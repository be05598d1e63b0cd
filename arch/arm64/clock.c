/*
 * The clock: the generic timer's non-secure physical timer (CNTP)
 * interrupts HZ times a second; its counter (CNTPCT) is fastticks.
 * The time of day comes from the PL031 RTC when there is one.
 */
#include "all.h"
#include "arm64.h"

static uvlong freq;		/* CNTFRQ */
static uvlong period;		/* counts per tick */

static uvlong
counter(void)
{
	uvlong v;

	__asm__ volatile("isb\nmrs %0, cntpct_el0" : "=r"(v));
	return v;
}

static void
setcval(uvlong v)
{
	__asm__ volatile("msr cntp_cval_el0, %0\nisb" :: "r"(v));
}

static void
clockintr(void *ureg, void *a)
{
	static uvlong next;
	uvlong now;

	USED(ureg, a);
	now = counter();
	if(next == 0)
		next = now;
	next += period;
	if(next <= now)
		next = now + period;	/* ticks were lost: do not run to catch up */
	setcval(next);
	hzclock();
	timerintr();
}

/* Before kmain: the counter's frequency, for µs and fastticks. */
void
clockearly(void)
{
	__asm__ volatile("mrs %0, cntfrq_el0" : "=r"(freq));
	if(freq == 0)
		freq = 62500000;	/* QEMU's, if firmware left CNTFRQ unset */
	period = freq / HZ;
}

void
clockinit(void)
{
	setcval(counter() + period);
	__asm__ volatile("msr cntp_ctl_el0, %0\nisb" :: "r"((uvlong)1));
	intrenable(board.timerirq, clockintr, nil, "clock");
}

vlong
fastticks(uvlong *hz)
{
	if(hz != nil)
		*hz = freq;
	return counter();
}

uvlong
µs(void)
{
	uvlong c;

	c = counter();
	return c/freq*1000000 + c%freq*1000000/freq;
}

vlong
archtod(void)
{
	if(board.rtc == 0)
		return 0;
	return (vlong)*(volatile u32int*)board.rtc * 1000000000LL;
}
