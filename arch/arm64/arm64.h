/* Between the files of the arm64 arch only. */
#include "mem.h"

/* The registers at an exception, as l.S saves them (UREGFP, UREGSIZE in mem.h). */
typedef struct Ureg Ureg;
struct Ureg {
	u64int	r[31];		/* x0-x30 */
	u64int	sp;		/* at the exception */
	u64int	pc;		/* ELR_EL1 */
	u64int	psr;		/* SPSR_EL1 */
	u64int	esr;
	u64int	far;
	u64int	type;		/* Tsync, Tirq, ... */
	u64int	pad;
	u64int	frame[2];	/* a frame record (x29, pc) for backtraces */
	u64int	q[64];		/* q0-q31 */
	u64int	fpsr;
	u64int	fpcr;
};

/* What the device tree said about the machine (main.c). */
typedef struct Board Board;
struct Board {
	uvlong	rambase;
	uvlong	ramsize;
	uintptr	uart;		/* PL011 */
	int	uartirq;
	int	gicversion;
	uintptr	gicd;
	uintptr	gicc;		/* v2 CPU interface or v3 redistributor */
	int	timerirq;	/* non-secure physical timer */
	uintptr	rtc;		/* PL031, 0 if none */
	int	psci;		/* Pnone, Phvc, Psmc */
	int	semihosting;	/* "semihosting" on the command line: QEMU runs with -semihosting */
	char	bootargs[512];
};
enum { Pnone, Phvc, Psmc };
extern Board board;

void	archmain(uintptr);
void	mmuinit(void);
void	mmuram(uvlong, uvlong);
void	clockinit(void);
void	clockearly(void);
void	trap(Ureg*);
void	semihostexit(int);
