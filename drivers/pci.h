/*
 * PCI, as the arch gives it to drivers (arch/amd64/pci.c): the
 * functions found on the buses at boot, their configuration space,
 * their memory BARs (already mapped, uncached, physical == virtual),
 * and MSI-X.
 */
typedef struct Pcidev Pcidev;

enum {
	Nbar = 6,

	/* configuration space */
	Pcivid = 0x00,
	Pcidid = 0x02,
	Pcicmd = 0x04,
		Pcicmdio = 1<<0,
		Pcicmdmem = 1<<1,
		Pcicmdmaster = 1<<2,
		Pcicmdintxoff = 1<<10,
	Pcistatus = 0x06,
		Pcistatuscaps = 1<<4,
	Pcisubdid = 0x2E,
	Pcicaps = 0x34,
	Pciintl = 0x3C,

	/* capability IDs */
	Pcicapmsix = 0x11,
	Pcicapvendor = 0x09,
};

struct Pcidev {
	int	bus;
	int	dev;
	int	fn;
	u16int	vid;
	u16int	did;
	u32int	class;		/* class, subclass, programming interface, in the low 24 bits */
	uvlong	bar[Nbar];	/* a memory BAR's address, 0 if the BAR is I/O, unassigned or the upper half of one */
	uvlong	barsize[Nbar];
	int	barmapped[Nbar];	/* the arch mapped it */
};

Pcidev*	pcinext(Pcidev*);			/* the function after this one (nil: the first), nil at the end */
u8int	pcicfgr8(Pcidev*, int);
u16int	pcicfgr16(Pcidev*, int);
u32int	pcicfgr32(Pcidev*, int);
void	pcicfgw16(Pcidev*, int, u16int);
void	pcicfgw32(Pcidev*, int, u32int);
int	pcicap(Pcidev*, int, int);		/* the next capability of this ID after offset (0: the first); its offset, or 0 */
int	pcimsix(Pcidev*, int, void (*)(void*, void*), void*, char*);	/* MSI-X table entry to a handler: its vector, or -1 */
