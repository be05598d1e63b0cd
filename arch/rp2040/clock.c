/*
 * Clocks and time. clocksetup runs the 12 MHz crystal oscillator and
 * the system PLL (12 MHz / 1 × 125 = 1500 MHz VCO, / 6 / 2 = 125 MHz)
 * as clk_sys, clk_ref from the crystal, clk_peri from clk_sys, and the
 * watchdog's tick at 1 MHz for the timer (datasheet §2.15-2.18). The
 * RP2040 timer's alarm 0 interrupts HZ times a second; its 64-bit
 * microsecond count is fastticks.
 */
#include "all.h"
#include "rp2040.h"

enum {
	Xoscenable = 0xFAB << 12,
	Xoscrange = 0xAA0,		/* 1-15 MHz */
	Xoscstable = 1u << 31,
	Xoscdelay = (Xoschz/1000 + 128) / 256,	/* about 1 ms of start-up */

	Pllrefdiv = 1,
	Pllfbdiv = 125,
	Pllpostdiv1 = 6,
	Pllpostdiv2 = 2,
	Plllock = 1u << 31,
	Pllpd = 1<<0,
	Pllpostdivpd = 1<<3,
	Pllvcopd = 1<<5,

	Refxosc = 2,		/* clk_ref SRC */
	Sysaux = 1,		/* clk_sys SRC: its AUXSRC, which is 0: pll_sys */
	Periena = 1<<11,	/* clk_peri ENABLE, AUXSRC 0: clk_sys */

	Tickenable = 1<<9,
	Period = 1000000/HZ,	/* timer µs per tick */
};

void
clocksetup(void)
{
	REG(Clocks+ClksysResus) = 0;

	REG(Xosc+XoscCtrl) = Xoscrange;
	REG(Xosc+XoscStartup) = Xoscdelay;
	REG(Xosc+Aset+XoscCtrl) = Xoscenable;
	while((REG(Xosc+XoscStatus) & Xoscstable) == 0)
		;

	/* run from the crystal while the PLL is set up */
	REG(Clocks+ClkrefCtrl) = Refxosc;
	while((REG(Clocks+ClkrefSel) & (1<<Refxosc)) == 0)
		;
	REG(Clocks+ClksysCtrl) = 0;
	while((REG(Clocks+ClksysSel) & 1) == 0)
		;

	REG(Resets+Aset+Reset) = RSpllsys;
	REG(Resets+Aclr+Reset) = RSpllsys;
	while((REG(Resets+Resetdone) & RSpllsys) == 0)
		;
	REG(Pllsys+PllCs) = Pllrefdiv;
	REG(Pllsys+PllFbdiv) = Pllfbdiv;
	REG(Pllsys+Aclr+PllPwr) = Pllpd | Pllvcopd;
	while((REG(Pllsys+PllCs) & Plllock) == 0)
		;
	REG(Pllsys+PllPrim) = Pllpostdiv1<<16 | Pllpostdiv2<<12;
	REG(Pllsys+Aclr+PllPwr) = Pllpostdivpd;

	REG(Clocks+ClkrefDiv) = 1<<8;
	REG(Clocks+ClksysDiv) = 1<<8;
	REG(Clocks+ClksysCtrl) = Sysaux;
	while((REG(Clocks+ClksysSel) & (1<<Sysaux)) == 0)
		;
	REG(Clocks+ClkperiCtrl) = Periena;

	REG(Watchdog+WdTick) = Tickenable | Xoschz/1000000;
}

static void
clockintr(void *ureg, void *a)
{
	static u32int next;
	u32int now;

	USED(ureg, a);
	REG(Timerbase+Intr) = 1;
	now = REG(Timerbase+Timerawl);
	if(next == 0)
		next = now;
	next += Period;
	if((s32int)(next - now) <= 0)
		next = now + Period;	/* ticks were lost: do not run to catch up */
	REG(Timerbase+Alarm0) = next;
	hzclock();
	timerintr();
}

void
clockinit(void)
{
	REG(Timerbase+Alarm0) = REG(Timerbase+Timerawl) + Period;
	REG(Timerbase+Inte) = 1;
	intrenable(Irqtimer0, clockintr, nil, "clock");
}

/* The timer's 64-bit count: TIMELR latches TIMEHR. */
static uvlong
counter(void)
{
	u32int lo, hi;
	int s;

	s = splhi();
	lo = REG(Timerbase+TimeLR);
	hi = REG(Timerbase+TimeHR);
	splx(s);
	return (uvlong)hi<<32 | lo;
}

vlong
fastticks(uvlong *hz)
{
	if(hz != nil)
		*hz = 1000000;
	return counter();
}

uvlong
µs(void)
{
	return counter();
}
