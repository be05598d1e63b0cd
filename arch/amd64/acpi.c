/*
 * The firmware's ACPI tables, read once at boot while the boot map
 * still maps low memory: the FADT for the power-off port (PM1a/b
 * control) and \_S5's sleep type, the MADT for the I/O APIC and the
 * ISA interrupt overrides. Not an AML interpreter: \_S5 is found by
 * its name's pattern in the DSDT. Without tables (OVMF through
 * multiboot, which passes no RSDP) the power-management I/O base is
 * read from the chipset QEMU emulates, PIIX4 or ICH9, and the sleep
 * type is QEMU's, 0.
 */
#include "all.h"
#include "amd64.h"

enum {
	Hdrlen = 36,		/* a table's header */
	/* FADT */
	Fdsdt = 40,
	Fpm1acnt = 64,
	Fpm1bcnt = 68,
	Fxdsdt = 140,
	/* MADT */
	Mlapic = 36,
	Mentries = 44,
	Mioapic = 1,
	Moverride = 2,
	Mlapicaddr = 5,
	/* PCI configuration space, mechanism 1 */
	Pciaddr = 0xCF8,
	Pcidata = 0xCFC,
	Piix4pm = 0x71138086,	/* 0:1.3, PMBA at 0x40, PMIOSE at 0x80 bit 0 */
	Ich9lpc = 0x29188086,	/* 0:1f.0, PMBASE at 0x40, ACPI_EN at 0x44 bit 7 */
	Pm1cnt = 4,		/* PM1a_CNT in the PM I/O block */
	/* AML */
	Pkgop = 0x12,
	Byteprefix = 0x0A,
};

static u32int
le32(uchar *p)
{
	return p[0] | p[1]<<8 | p[2]<<16 | (u32int)p[3]<<24;
}

static uvlong
le64(uchar *p)
{
	return le32(p) | (uvlong)le32(p+4)<<32;
}

/* A pointer to physical address a; through asm, so that gcc does not judge a constant address as an empty array. */
static uchar*
phys(uintptr a)
{
	uchar *p;

	__asm__("" : "=r"(p) : "0"(a));
	return p;
}

static int
sum(uchar *p, ulong n)
{
	uchar s;

	s = 0;
	while(n-- > 0)
		s += *p++;
	return s;
}

/* A table at physical address a, if it is below 4 GiB, of a sane length, with a good checksum. */
static uchar*
table(uvlong a)
{
	uchar *p;
	u32int n;

	if(a == 0 || a >= 0x100000000ULL)
		return nil;
	p = phys(a);
	n = le32(p+4);
	if(n < Hdrlen || n > 1024*1024 || sum(p, n) != 0)
		return nil;
	return p;
}

static uchar*
findrsdp(uchar *p, ulong n)
{
	for(; n >= 20; p += 16, n -= 16)
		if(memcmp(p, "RSD PTR ", 8) == 0 && sum(p, 20) == 0)
			return p;
	return nil;
}

/* \_S5's first package element, the PM1a sleep type; -1 if the DSDT has none in a form we know. */
static int
s5(uchar *dsdt)
{
	uchar *p, *e;
	int n;

	e = dsdt + le32(dsdt+4);
	for(p = dsdt + Hdrlen; p + 8 < e; p++){
		if(memcmp(p, "_S5_", 4) != 0 || p[4] != Pkgop)
			continue;
		p += 5;
		n = (*p >> 6) & 3;	/* PkgLength's extra bytes */
		p += 1 + n + 1;		/* and NumElements */
		if(p >= e)
			return -1;
		if(*p == Byteprefix)
			return p+1 < e ? p[1] : -1;
		if(*p <= 1)
			return *p;	/* ZeroOp, OneOp */
		return -1;
	}
	return -1;
}

static void
fadt(uchar *f)
{
	u32int n;
	uchar *d;
	int t;

	n = le32(f+4);
	if(n >= Fpm1bcnt+4){
		if(le32(f+Fpm1acnt) != 0)
			board.pm1acnt = le32(f+Fpm1acnt);
		board.pm1bcnt = le32(f+Fpm1bcnt);
	}
	d = nil;
	if(n >= Fxdsdt+8)
		d = table(le64(f+Fxdsdt));
	if(d == nil && n >= Fdsdt+4)
		d = table(le32(f+Fdsdt));
	if(d != nil && (t = s5(d)) >= 0)
		board.slptyp = t & 7;
}

static void
madt(uchar *m)
{
	uchar *p, *e;
	int irq;

	board.lapic = le32(m+Mlapic);
	e = m + le32(m+4);
	for(p = m + Mentries; p + 2 <= e && p[1] >= 2 && p + p[1] <= e; p += p[1]){
		switch(p[0]){
		case Mioapic:
			if(p[1] >= 12 && le32(p+8) == 0)	/* the one with the ISA interrupts */
				board.ioapic = le32(p+4);
			break;
		case Moverride:
			irq = p[3];
			if(p[1] >= 10 && p[2] == 0 && irq < 16){
				board.isagsi[irq] = le32(p+4);
				board.isaflags[irq] = p[8] | p[9]<<8;
			}
			break;
		case Mlapicaddr:
			if(p[1] >= 12 && le64(p+4) < 0x100000000ULL)
				board.lapic = le64(p+4);
			break;
		}
	}
}

static u32int
pcicfg(int dev, int fn, int reg)
{
	outl(Pciaddr, 0x80000000 | dev<<11 | fn<<8 | (reg & 0xFC));
	return inl(Pcidata);
}

/* Without ACPI tables: the PM1a control port from the chipset's PM I/O base, if it is one QEMU emulates. */
static void
chipsetpm(void)
{
	u32int base;

	if(pcicfg(1, 3, 0) == Piix4pm && (pcicfg(1, 3, 0x80) & 1)){
		base = pcicfg(1, 3, 0x40) & 0xFFC0;
		if(base != 0)
			board.pm1acnt = base + Pm1cnt;
	}else if(pcicfg(0x1F, 0, 0) == Ich9lpc && (pcicfg(0x1F, 0, 0x44) & 0x80)){
		base = pcicfg(0x1F, 0, 0x40) & 0xFF80;
		if(base != 0)
			board.pm1acnt = base + Pm1cnt;
	}
}

void
acpiinit(void)
{
	uchar *rsdp, *rsdt, *t;
	u32int n, i, esz;
	uvlong a;

	for(i = 0; i < 16; i++)
		board.isagsi[i] = i;
	rsdp = findrsdp(phys(*(ushort*)phys(0x40E) << 4), 1024);	/* the EBDA, its segment at 0x40E */
	if(rsdp == nil)
		rsdp = findrsdp(phys(0xE0000), 0x20000);
	if(rsdp == nil){
		chipsetpm();
		return;
	}
	rsdt = nil;
	esz = 4;
	if(rsdp[15] >= 2 && (rsdt = table(le64(rsdp+24))) != nil)
		esz = 8;
	else
		rsdt = table(le32(rsdp+16));
	if(rsdt == nil){
		chipsetpm();
		return;
	}
	board.acpi = 1;
	n = (le32(rsdt+4) - Hdrlen) / esz;
	for(i = 0; i < n; i++){
		a = esz == 8 ? le64(rsdt + Hdrlen + 8*i) : le32(rsdt + Hdrlen + 4*i);
		if((t = table(a)) == nil)
			continue;
		if(memcmp(t, "FACP", 4) == 0)
			fadt(t);
		else if(memcmp(t, "APIC", 4) == 0)
			madt(t);
	}
}
