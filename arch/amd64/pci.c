/*
 * PCI by configuration mechanism 1 (the address at port 0xCF8, the
 * data at 0xCFC), which every PC chipset QEMU has (i440FX, Q35) gives
 * for the whole of each function's first 256 bytes. pciinit, at boot
 * before xalloc's RAM is fixed, walks the buses from bus 0 through
 * the bridges, notes each function's memory BARs (32 and 64 bits, as
 * the firmware assigned them) and maps them uncached; drivers find
 * the functions with pcinext (drivers/pci.h). MSI-X messages go to
 * this CPU's local APIC at a vector of their own (intrvec), so no I/O
 * APIC routing is needed.
 */
#include "all.h"
#include "amd64.h"
#include "pci.h"

enum {
	Cfgaddr = 0xCF8,
	Cfgdata = 0xCFC,
	Ndev = 64,
	Maxbar = 1ULL<<32,	/* larger BARs are not mapped */

	Pcihdr = 0x0E,
		Hdrmulti = 0x80,
		Hdrtype = 0x7F,
		Hdrbridge = 1,
	Pciclass = 0x08,
		Classbridge = 0x06,
	Pcibar0 = 0x10,
	Pcisecbus = 0x19,

	Bario = 1<<0,
	Bartype = 3<<1,
		Bar64 = 2<<1,

	/* MSI-X capability and table */
	Msixctl = 2,
		Msixenable = 1<<15,
		Msixfnmask = 1<<14,
	Msixtable = 4,
	Msixaddrlo = 0,
	Msixaddrhi = 4,
	Msixdata = 8,
	Msixvctl = 12,
		Msixmasked = 1<<0,
	Msiaddr = 0xFEE00000,
};

static Pcidev devs[Ndev];
static int ndevs;
static int ntoomany;
static uchar seen[256];		/* buses walked, against a loop of bridges */

static u32int
addr(int bus, int dev, int fn, int off)
{
	return 1U<<31 | bus<<16 | dev<<11 | fn<<8 | (off & 0xFC);
}

static u32int
rd32(int bus, int dev, int fn, int off)
{
	outl(Cfgaddr, addr(bus, dev, fn, off));
	return inl(Cfgdata);
}

static void
wr32(int bus, int dev, int fn, int off, u32int v)
{
	outl(Cfgaddr, addr(bus, dev, fn, off));
	outl(Cfgdata, v);
}

u32int
pcicfgr32(Pcidev *p, int off)
{
	return rd32(p->bus, p->dev, p->fn, off);
}

u16int
pcicfgr16(Pcidev *p, int off)
{
	return pcicfgr32(p, off) >> 8*(off & 2);
}

u8int
pcicfgr8(Pcidev *p, int off)
{
	return pcicfgr32(p, off) >> 8*(off & 3);
}

void
pcicfgw32(Pcidev *p, int off, u32int v)
{
	wr32(p->bus, p->dev, p->fn, off, v);
}

void
pcicfgw16(Pcidev *p, int off, u16int v)
{
	outl(Cfgaddr, addr(p->bus, p->dev, p->fn, off));
	outs(Cfgdata + (off & 2), v);
}

Pcidev*
pcinext(Pcidev *p)
{
	if(p == nil)
		return ndevs > 0 ? &devs[0] : nil;
	if(p + 1 >= devs + ndevs)
		return nil;
	return p + 1;
}

/* Size the memory BARs with decoding off, note where the firmware put them, map them. */
static void
bars(Pcidev *p, int nbar)
{
	u32int cmd, lo, hi, szlo, szhi;
	uvlong a, sz;
	int i;

	cmd = pcicfgr32(p, Pcicmd) & 0xFFFF;
	pcicfgw16(p, Pcicmd, cmd & ~(Pcicmdio|Pcicmdmem));
	for(i = 0; i < nbar; i++){
		lo = pcicfgr32(p, Pcibar0 + 4*i);
		pcicfgw32(p, Pcibar0 + 4*i, ~0U);
		szlo = pcicfgr32(p, Pcibar0 + 4*i);
		pcicfgw32(p, Pcibar0 + 4*i, lo);
		if(lo & Bario)
			continue;
		hi = 0;
		szhi = 0;
		if((lo & Bartype) == Bar64){
			if(i+1 >= nbar)
				break;
			hi = pcicfgr32(p, Pcibar0 + 4*(i+1));
			pcicfgw32(p, Pcibar0 + 4*(i+1), ~0U);
			szhi = pcicfgr32(p, Pcibar0 + 4*(i+1));
			pcicfgw32(p, Pcibar0 + 4*(i+1), hi);
		}else
			szhi = ~0U;
		a = ((uvlong)hi<<32 | lo) & ~(uvlong)0xF;
		sz = ~((uvlong)szhi<<32 | (szlo & ~0xFU)) + 1;
		if(a != 0 && sz != 0 && (sz & (sz-1)) == 0){
			p->bar[i] = a;
			p->barsize[i] = sz;
			if(sz <= Maxbar && mmuio(a, sz) == 0)
				p->barmapped[i] = 1;
		}
		if((lo & Bartype) == Bar64)
			i++;
	}
	pcicfgw16(p, Pcicmd, cmd);
}

static void
buswalk(int bus)
{
	Pcidev *p;
	u32int id, hdr;
	int dev, fn, nfn;

	if(seen[bus])
		return;
	seen[bus] = 1;
	for(dev = 0; dev < 32; dev++){
		nfn = 1;
		for(fn = 0; fn < nfn; fn++){
			id = rd32(bus, dev, fn, Pcivid);
			if((id & 0xFFFF) == 0xFFFF || (id & 0xFFFF) == 0)
				continue;
			hdr = rd32(bus, dev, fn, Pcihdr & ~3) >> 16;
			if(fn == 0 && (hdr & Hdrmulti))
				nfn = 8;
			if(ndevs == Ndev){
				ntoomany++;
				continue;
			}
			p = &devs[ndevs++];
			memset(p, 0, sizeof *p);
			p->bus = bus;
			p->dev = dev;
			p->fn = fn;
			p->vid = id;
			p->did = id >> 16;
			p->class = rd32(bus, dev, fn, Pciclass) >> 8;
			if((hdr & Hdrtype) == 0 && (p->class >> 16) != Classbridge)
				bars(p, 6);	/* not a host or ISA bridge's: decoding off a moment would cut off the console */
			else if((hdr & Hdrtype) == Hdrbridge){
				bars(p, 2);
				buswalk((rd32(bus, dev, fn, Pcisecbus & ~3) >> 8) & 0xFF);
			}
		}
	}
}

/* From archmain, after mmuinit and before meminit (mmuio takes page tables from after the kernel). */
void
pciinit(void)
{
	buswalk(0);
	mmuflush();
	if(ntoomany)
		print("pci: %d functions past the first %d left out\n", ntoomany, Ndev);
}

int
pcicap(Pcidev *p, int id, int after)
{
	int off, n;

	if((pcicfgr16(p, Pcistatus) & Pcistatuscaps) == 0)
		return 0;
	off = pcicfgr8(p, Pcicaps) & 0xFC;
	if(after != 0)
		off = pcicfgr8(p, after + 1) & 0xFC;
	for(n = 0; off >= 0x40 && n < 48; n++){
		if(pcicfgr8(p, off) == id)
			return off;
		off = pcicfgr8(p, off + 1) & 0xFC;
	}
	return 0;
}

/*
 * Send MSI-X table entry i to a handler: the entry's message goes to
 * this CPU's local APIC with a vector of its own; MSI-X is turned on
 * (INTx off) for the function, its other entries left masked.
 */
int
pcimsix(Pcidev *p, int i, void (*f)(void*, void*), void *a, char *name)
{
	volatile u32int *e;
	u32int t;
	u16int ctl;
	int c, bir, v;

	c = pcicap(p, Pcicapmsix, 0);
	if(c == 0)
		return -1;
	ctl = pcicfgr16(p, c + Msixctl);
	if(i > (ctl & 0x7FF))
		return -1;
	t = pcicfgr32(p, c + Msixtable);
	bir = t & 7;
	if(bir >= Nbar || !p->barmapped[bir] || (t & ~7U) + 16*(i+1) > p->barsize[bir])
		return -1;
	v = intrvec(f, a, name);
	if(v < 0)
		return -1;
	e = (u32int*)(uintptr)(p->bar[bir] + (t & ~7U) + 16*i);
	e[Msixvctl/4] = Msixmasked;
	e[Msixaddrlo/4] = Msiaddr | apicid()<<12;
	e[Msixaddrhi/4] = 0;
	e[Msixdata/4] = v;		/* fixed delivery, edge */
	e[Msixvctl/4] = 0;
	pcicfgw16(p, Pcicmd, pcicfgr16(p, Pcicmd) | Pcicmdintxoff);
	pcicfgw16(p, c + Msixctl, (ctl | Msixenable) & ~Msixfnmask);
	return v;
}
