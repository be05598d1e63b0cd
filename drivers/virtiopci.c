/*
 * The virtio PCI transport (virtio 1.0, section 4.1), "modern" only:
 * vendor 0x1AF4, device 0x1040 plus the device type, or a transitional
 * device (0x1000-0x103F, its type in the subsystem ID) through its
 * modern interface. The vendor capabilities in the function's PCI
 * capability list say where in its BARs (which the arch has mapped)
 * the common configuration, the notify area, the ISR and the device's
 * own configuration are. The used rings' interrupts come by MSI-X
 * (table entry 0, to the local APIC), so no INTx routing is needed;
 * a device without MSI-X is polled by its driver. A legacy-only
 * device, or one whose capabilities or BARs are wrong, is named on
 * the console and left alone.
 */
#include "all.h"
#include "virtio.h"
#include "drivers.h"
#include "pci.h"

enum {
	Vendor = 0x1AF4,
	Nq = 8,		/* queues a device may have set up */
	Novector = 0xFFFF,

	/* struct virtio_pci_cap: after the capability's ID and next */
	Capcfgtype = 3,
	Capbar = 4,
	Capoff = 8,
	Caplen = 12,
	Capnotifymul = 16,	/* the notify capability's multiplier */
	Common = 1,
	Notify = 2,
	Isr = 3,
	Device = 4,

	/* the common configuration */
	Cdevfeatsel = 0x00,
	Cdevfeat = 0x04,
	Cdrvfeatsel = 0x08,
	Cdrvfeat = 0x0C,
	Cmsixconfig = 0x10,
	Cnumqueues = 0x12,
	Cstatus = 0x14,
	Cgeneration = 0x15,
	Cqsel = 0x16,
	Cqsize = 0x18,
	Cqmsix = 0x1A,
	Cqenable = 0x1C,
	Cqnotifyoff = 0x1E,
	Cqdesc = 0x20,
	Cqdriver = 0x28,
	Cqdevice = 0x30,
	Commonlen = 0x38,
};

typedef struct Vpci Vpci;
struct Vpci {
	Pcidev	*p;
	uintptr	common;
	uintptr	notify;
	uintptr	isr;
	uintptr	device;
	ulong	notifylen;
	ulong	devicelen;
	u32int	notifymul;
	int	msix;		/* the queues interrupt by MSI-X entry 0 */
	u16int	qnotify[Nq];	/* each queue's notify offset */
	void	(*f)(void*, void*);
	void	*a;
};

static u8int
c8(Vpci *c, int r)
{
	return *(volatile u8int*)(c->common + r);
}

static u16int
c16(Vpci *c, int r)
{
	return *(volatile u16int*)(c->common + r);
}

static u32int
c32(Vpci *c, int r)
{
	return *(volatile u32int*)(c->common + r);
}

static void
w8(Vpci *c, int r, u8int v)
{
	*(volatile u8int*)(c->common + r) = v;
}

static void
w16(Vpci *c, int r, u16int v)
{
	*(volatile u16int*)(c->common + r) = v;
}

static void
w32(Vpci *c, int r, u32int v)
{
	*(volatile u32int*)(c->common + r) = v;
}

static void
w64(Vpci *c, int r, u64int v)
{
	w32(c, r, v);
	w32(c, r+4, v>>32);
}

static u64int
pfeatures(Vdev *v)
{
	Vpci *c;
	u64int f;

	c = v->aux;
	w32(c, Cdevfeatsel, 0);
	f = c32(c, Cdevfeat);
	w32(c, Cdevfeatsel, 1);
	f |= (u64int)c32(c, Cdevfeat) << 32;
	return f;
}

static int
paccept(Vdev *v, u64int f)
{
	Vpci *c;

	c = v->aux;
	f |= Fversion1;
	w32(c, Cdrvfeatsel, 0);
	w32(c, Cdrvfeat, f);
	w32(c, Cdrvfeatsel, 1);
	w32(c, Cdrvfeat, f>>32);
	w8(c, Cstatus, c8(c, Cstatus) | Vfeaturesok);
	if((c8(c, Cstatus) & Vfeaturesok) == 0)
		return -1;
	return 0;
}

static int
pqmax(Vdev *v, int i)
{
	Vpci *c;

	c = v->aux;
	if(i >= Nq || i >= c16(c, Cnumqueues))
		return 0;
	w16(c, Cqsel, i);
	if(c16(c, Cqenable) != 0)
		return 0;
	return c16(c, Cqsize);
}

static int
pqueue(Vdev *v, Vq *q)
{
	Vpci *c;
	u16int off;

	c = v->aux;
	if(q->idx >= Nq || q->idx >= c16(c, Cnumqueues))
		return -1;
	w16(c, Cqsel, q->idx);
	if(q->n > c16(c, Cqsize))
		return -1;
	off = c16(c, Cqnotifyoff);
	if((ulong)off*c->notifymul + 2 > c->notifylen){
		print("virtio: %s: queue %d's notify offset %ud is outside the notify area\n", v->name, q->idx, off);
		return -1;
	}
	c->qnotify[q->idx] = off;
	w16(c, Cqsize, q->n);
	if(c->msix){
		w16(c, Cqmsix, 0);
		if(c16(c, Cqmsix) != 0){
			print("virtio: %s: the device refuses an MSI-X vector for queue %d\n", v->name, q->idx);
			c->msix = 0;
		}
	}
	w64(c, Cqdesc, (uintptr)q->desc);
	w64(c, Cqdriver, (uintptr)q->avail);
	w64(c, Cqdevice, (uintptr)q->usedhdr);
	w16(c, Cqenable, 1);
	return 0;
}

static void
pstatus(Vdev *v, int bits)
{
	Vpci *c;

	c = v->aux;
	w8(c, Cstatus, c8(c, Cstatus) | bits);
}

static void
pnotify(Vdev *v, Vq *q)
{
	Vpci *c;

	c = v->aux;
	*(volatile u16int*)(c->notify + (ulong)c->qnotify[q->idx]*c->notifymul) = q->idx;
}

/* with MSI-X, only a queue's used ring interrupts, and the ISR is not used */
static u32int
pisr(Vdev *v)
{
	Vpci *c;

	c = v->aux;
	if(c->msix || c->isr == 0)
		return 1;
	return *(volatile u8int*)c->isr;
}

static void
pciintr(void *u, void *a)
{
	Vpci *c;

	c = a;
	if(c->f != nil)
		c->f(u, c->a);
}

static int
pintr(Vdev *v, void (*f)(void*, void*), void *a, char *name)
{
	Vpci *c;

	USED(name);
	c = v->aux;
	if(!c->msix)
		return -1;
	c->a = a;
	c->f = f;
	return 0;
}

static u32int
pcfg(Vdev *v, int off, int w)
{
	Vpci *c;
	uintptr a;

	c = v->aux;
	if(off < 0 || (ulong)off + w > c->devicelen)
		return 0;
	a = c->device + off;
	switch(w){
	case 1:
		return *(volatile u8int*)a;
	case 2:
		return *(volatile u16int*)a;
	}
	return *(volatile u32int*)a;
}

static int
pcfggen(Vdev *v)
{
	return c8(v->aux, Cgeneration);
}

static Vops pciops = {
	.features = pfeatures,
	.accept = paccept,
	.qmax = pqmax,
	.queue = pqueue,
	.status = pstatus,
	.notify = pnotify,
	.isr = pisr,
	.intr = pintr,
	.cfg = pcfg,
	.cfggen = pcfggen,
};

/* the vendor capabilities: where each structure is; nil, or what is wrong */
static char*
caps(Vpci *c, char *name)
{
	Pcidev *p;
	uintptr *where, a;
	u32int off, len;
	int o, type, bar;

	p = c->p;
	for(o = pcicap(p, Pcicapvendor, 0); o != 0; o = pcicap(p, Pcicapvendor, o)){
		type = pcicfgr8(p, o + Capcfgtype);
		bar = pcicfgr8(p, o + Capbar);
		off = pcicfgr32(p, o + Capoff);
		len = pcicfgr32(p, o + Caplen);
		switch(type){
		case Common:
			where = &c->common;
			break;
		case Notify:
			where = &c->notify;
			break;
		case Isr:
			where = &c->isr;
			break;
		case Device:
			where = &c->device;
			break;
		default:
			continue;
		}
		if(*where != 0)
			continue;	/* the first of each that is usable */
		if(bar >= Nbar || p->bar[bar] == 0){
			print("virtio: %s: capability %d in BAR %d, which is not an assigned memory BAR\n", name, type, bar);
			continue;
		}
		if(!p->barmapped[bar] || (uvlong)off + len > p->barsize[bar]){
			print("virtio: %s: capability %d: %#ux+%#ux is outside BAR %d\n", name, type, off, len, bar);
			continue;
		}
		a = p->bar[bar] + off;
		switch(type){
		case Common:
			if(len < Commonlen)
				continue;
			break;
		case Notify:
			c->notifymul = pcicfgr32(p, o + Capnotifymul);
			c->notifylen = len;
			break;
		case Device:
			c->devicelen = len;
			break;
		}
		*where = a;
	}
	if(c->common == 0 || c->notify == 0)
		return "no virtio 1.0 capabilities (a legacy-only device is not supported)";
	if(c->isr == 0 && c->device == 0)
		return "no ISR or device configuration capability";
	return nil;
}

/* set up a virtio function to DRIVER: its Vdev, or nil (said on the console) */
static Vdev*
probe(Pcidev *p)
{
	Vdev *v;
	Vpci *c;
	char name[32], *err;
	int type, i;

	snprint(name, sizeof name, "pci %d:%d.%d", p->bus, p->dev, p->fn);
	if(p->did >= 0x1040 && p->did <= 0x107F)
		type = p->did - 0x1040;
	else if(p->did >= 0x1000 && p->did <= 0x103F)
		type = pcicfgr16(p, Pcisubdid);
	else{
		print("virtio: %s: device id %#ux is not a virtio device's\n", name, p->did);
		return nil;
	}
	if(type == 0)
		return nil;
	c = mallocz(sizeof *c, 1);
	v = mallocz(sizeof *v, 1);
	if(c == nil || v == nil){
		free(c);
		free(v);
		print("virtio: %s: no memory\n", name);
		return nil;
	}
	c->p = p;
	err = caps(c, name);
	if(err != nil){
		print("virtio: %s (type %d): %s\n", name, type, err);
		free(c);
		free(v);
		return nil;
	}
	v->ops = &pciops;
	v->aux = c;
	v->base = c->common;
	v->irq = -1;
	v->version = 2;
	v->type = type;
	strecpy(v->name, v->name+sizeof v->name, name);
	pcicfgw16(p, Pcicmd, pcicfgr16(p, Pcicmd) | Pcicmdmem | Pcicmdmaster);
	w8(c, Cstatus, 0);	/* reset */
	for(i = 0; c8(c, Cstatus) != 0; i++)
		if(i > 1000000){
			print("virtio: %s: does not reset\n", name);
			free(c);
			free(v);
			return nil;
		}
	w8(c, Cstatus, Vacknowledge);
	w8(c, Cstatus, Vacknowledge | Vdriver);
	if((pfeatures(v) & Fversion1) == 0){
		print("virtio: %s: does not offer VIRTIO_F_VERSION_1\n", name);
		pstatus(v, Vfailed);
		free(c);
		free(v);
		return nil;
	}
	w16(c, Cmsixconfig, Novector);	/* no configuration change interrupts */
	if(pcimsix(p, 0, pciintr, c, name) >= 0)
		c->msix = 1;
	else
		print("virtio: %s: no MSI-X\n", name);
	return v;
}

void
virtiopcilink(void)
{
	Pcidev *p;
	Vdev *v;

	for(p = pcinext(nil); p != nil; p = pcinext(p)){
		if(p->vid != Vendor || p->did < 0x1000 || p->did > 0x107F)
			continue;
		v = probe(p);
		if(v != nil)
			vdevstart(v);
	}
}
