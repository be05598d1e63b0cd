/*
 * The clock: the local APIC timer interrupts HZ times a second, and
 * the TSC is fastticks; both are measured against the PIT (channel 2,
 * whose output port 0x61 shows) at boot. The time of day comes from
 * the CMOS real-time clock.
 */
#include "all.h"
#include "amd64.h"

enum {
	Pitfreq = 1193182,
	Pitch2 = 0x42,
	Pitmode = 0x43,
	Sysctl = 0x61,		/* bit 0 gates channel 2, bit 1 the speaker, bit 5 is its output */
	Calhz = 50,		/* measure over 1/Calhz s */
	Maxpoll = 50*1000*1000,

	Cmosaddr = 0x70,
	Cmosdata = 0x71,
};

static uvlong tscfreq;
static uvlong tsc0;		/* at calibration: µs counts from here */
static u32int lapicfreq;	/* timer counts a second, after its divide by 16 */

static uvlong
rdtsc(void)
{
	u32int lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return lo | (uvlong)hi<<32;
}

static void
clockintr(void *ureg, void *a)
{
	USED(ureg, a);
	hzclock();
	timerintr();
}

/*
 * Before kmain: count TSC cycles and APIC timer counts while the PIT
 * counts 1/Calhz s, for µs, fastticks and the tick's period. A PIT
 * that never ends its count leaves guesses (QEMU's 1 GHz APIC bus).
 */
void
clockearly(void)
{
	uvlong t1;
	u32int latch, n;

	latch = Pitfreq / Calhz;
	outb(Sysctl, (inb(Sysctl) & ~0x02) | 0x01);
	outb(Pitmode, 0xB0);		/* channel 2, low then high byte, mode 0: out goes high at the end */
	outb(Pitch2, latch & 0xFF);
	outb(Pitch2, latch >> 8);
	tsc0 = rdtsc();
	apictimer(0xFFFFFFFF, 0);
	for(n = 0; n < Maxpoll; n++)
		if(inb(Sysctl) & 0x20)
			break;
	t1 = rdtsc();
	lapicfreq = (0xFFFFFFFF - apictimercount()) * Calhz;
	tscfreq = (t1 - tsc0) * Calhz;
	if(n == Maxpoll || tscfreq == 0 || lapicfreq == 0){
		print("ember: the PIT did not count; guessing the clocks' rates\n");
		tscfreq = 1000000000;
		lapicfreq = 1000000000/16;
	}
	apictimer(0, 0);
}

void
clockinit(void)
{
	intrenable(Irqtimer, clockintr, nil, "clock");
	apictimer(lapicfreq / HZ, 1);
}

vlong
fastticks(uvlong *hz)
{
	if(hz != nil)
		*hz = tscfreq;
	return rdtsc();
}

uvlong
µs(void)
{
	uvlong c;

	if(tscfreq == 0)
		return 0;
	c = rdtsc() - tsc0;
	return c/tscfreq*1000000 + c%tscfreq*1000000/tscfreq;
}

static int
cmos(int r)
{
	outb(Cmosaddr, r);
	return inb(Cmosdata);
}

static int
bcd(int v, int binary)
{
	return binary ? v : (v >> 4)*10 + (v & 0xF);
}

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian). */
static vlong
days(int y, int m, int d)
{
	int era, yoe, doy, doe;

	y -= m <= 2;
	era = y / 400;
	yoe = y - era*400;
	doy = (153*(m + (m > 2 ? -3 : 9)) + 2)/5 + d - 1;
	doe = yoe*365 + yoe/4 - yoe/100 + doy;
	return (vlong)era*146097 + doe - 719468;
}

/* The RTC's time, read twice the same outside an update; its zone is taken to be UTC. */
vlong
archtod(void)
{
	int r[7], s[7], i, n, b, pm;
	vlong t;

	for(n = 0; n < 10; n++){
		for(i = 0; i < 100000 && (cmos(0x0A) & 0x80); i++)
			;
		r[0] = cmos(0x00); r[1] = cmos(0x02); r[2] = cmos(0x04);
		r[3] = cmos(0x07); r[4] = cmos(0x08); r[5] = cmos(0x09); r[6] = cmos(0x32);
		for(i = 0; i < 100000 && (cmos(0x0A) & 0x80); i++)
			;
		s[0] = cmos(0x00); s[1] = cmos(0x02); s[2] = cmos(0x04);
		s[3] = cmos(0x07); s[4] = cmos(0x08); s[5] = cmos(0x09); s[6] = cmos(0x32);
		if(memcmp(r, s, sizeof r) == 0)
			break;
	}
	b = cmos(0x0B);
	pm = (b & 2) == 0 && (r[2] & 0x80);
	r[2] &= 0x7F;
	for(i = 0; i < 7; i++)
		r[i] = bcd(r[i], b & 4);
	if((b & 2) == 0){		/* 12-hour */
		r[2] %= 12;
		if(pm)
			r[2] += 12;
	}
	if(r[6] < 19 || r[6] > 30)
		r[6] = 20;
	if(r[4] < 1 || r[4] > 12 || r[3] < 1 || r[3] > 31)
		return 0;
	t = days(r[6]*100 + r[5], r[4], r[3])*86400 + r[2]*3600 + r[1]*60 + r[0];
	return t * 1000000000LL;
}
