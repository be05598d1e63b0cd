/*
 * Between the files of the rp2040 arch only: register addresses of
 * the RP2040 (datasheet §2.2, boot-notes.md §4) and the Cortex-M0+
 * system control space, the exception frame, and the arch's own
 * functions.
 */
enum {
	Flashbase = 0x10000000,
	Srambase = 0x20000000,
	Sramsize = 264*1024,

	Clocks = 0x40008000,
		ClkrefCtrl = 0x30,
		ClkrefDiv = 0x34,
		ClkrefSel = 0x38,
		ClksysCtrl = 0x3C,
		ClksysDiv = 0x40,
		ClksysSel = 0x44,
		ClkperiCtrl = 0x48,
		ClksysResus = 0x78,
	Resets = 0x4000C000,
		Reset = 0x0,
		Resetdone = 0x8,
		RSiobank0 = 1<<5,
		RSpadsbank0 = 1<<8,
		RSpllsys = 1<<12,
		RStimer = 1<<21,
		RSuart0 = 1<<22,
	Iobank0 = 0x40014000,
	Padsbank0 = 0x4001C000,
	Xosc = 0x40024000,
		XoscCtrl = 0x00,
		XoscStatus = 0x04,
		XoscStartup = 0x0C,
	Pllsys = 0x40028000,
		PllCs = 0x0,
		PllPwr = 0x4,
		PllFbdiv = 0x8,
		PllPrim = 0xC,
	Uart0 = 0x40034000,
	Timerbase = 0x40054000,
		TimeHR = 0x08,
		TimeLR = 0x0C,
		Alarm0 = 0x10,
		Timerawh = 0x24,
		Timerawl = 0x28,
		Intr = 0x34,
		Inte = 0x38,
	Watchdog = 0x40058000,
		WdCtrl = 0x00,
		WdScratch7 = 0x28,
		WdTick = 0x2C,

	/* the atomic aliases of a peripheral register */
	Axor = 0x1000,
	Aset = 0x2000,
	Aclr = 0x3000,

	Sio = 0xD0000000,

	/* Cortex-M0+ system control space */
	Iser = 0xE000E100,
	Icer = 0xE000E180,
	Ispr = 0xE000E200,
	Icpr = 0xE000E280,
	Ipr = 0xE000E400,
	Icsr = 0xE000ED04,
		Pendsvset = 1<<28,
	Vtor = 0xE000ED08,
	Aircr = 0xE000ED0C,
	Shpr2 = 0xE000ED1C,
	Shpr3 = 0xE000ED20,

	Xoschz = 12000000,
	Cpuhz = 125000000,

	Nirq = 32,
	Irqtimer0 = 0,
	Irquart0 = 20,

	Exitmagic = 0x454D0000,	/* "EM"+status in WATCHDOG SCRATCH7: scripts/pico-run exits with status */
	Rebootmagic = 0x454D5242,	/* "EMRB": the runner restarts the machine */
};

#define REG(a)	(*(volatile u32int*)(uintptr)(a))

/* The registers at an exception: r4-r11 saved by l.S below the frame the CPU stacked. */
typedef struct Ureg Ureg;
struct Ureg {
	u32int	r4, r5, r6, r7, r8, r9, r10, r11;
	u32int	excret;		/* EXC_RETURN (lr at entry) */
	u32int	pad;
	/* stacked by the CPU */
	u32int	r0, r1, r2, r3, r12, lr, pc, xpsr;
};

void	archmain(void);
void	clockinit(void);
void	clocksetup(void);
void	trapinit(void);
void	fault(Ureg*);
void	progfaultentry(char*);
void	preemptentry(void);
void	irqhandler(void);
uintptr	sramhw(void);
extern char	_sdata[], _edata[], _sbss[], _ebss[], _end[], _stack[], _estack[], _etext[], _eflash[];
extern u32int	vectors[];

/* PRIMASK: 1 if interrupts are off */
static inline u32int
primask(void)
{
	u32int v;

	__asm__ volatile("mrs %0, primask" : "=r"(v));
	return v & 1;
}

/* IPSR: the exception being handled, 0 in thread mode */
static inline u32int
ipsr(void)
{
	u32int v;

	__asm__ volatile("mrs %0, ipsr" : "=r"(v));
	return v & 0x3F;
}
