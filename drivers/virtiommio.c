/*
 * The virtio MMIO transport (virtio 1.0, section 4.2): version 2
 * ("modern") devices, and version 1 (legacy), which QEMU gives
 * unless told -global virtio-mmio.force-legacy=false. The arch hands
 * over each slot its device tree lists (virtiommio); virtiolink,
 * from a proc, probes them and starts the driver of each device.
 */
#include "all.h"
#include "virtio.h"
#include "drivers.h"

enum {
	Nslot = 64,
	Magic = 0x74726976,	/* "virt" */

	Rmagic = 0x000,
	Rvers = 0x004,
	Rdevice = 0x008,
	Rvendor = 0x00c,
	Rdevfeat = 0x010,
	Rdevfeatsel = 0x014,
	Rdrvfeat = 0x020,
	Rdrvfeatsel = 0x024,
	Rpagesize = 0x028,	/* legacy */
	Rqsel = 0x030,
	Rqnummax = 0x034,
	Rqnum = 0x038,
	Rqalign = 0x03c,	/* legacy */
	Rqpfn = 0x040,		/* legacy */
	Rqready = 0x044,
	Rqnotify = 0x050,
	Risr = 0x060,
	Risrack = 0x064,
	Rstatus = 0x070,
	Rqdesc = 0x080,		/* low, high at +4 */
	Rqavail = 0x090,
	Rqused = 0x0a0,
	Rconfig = 0x100,
};

static struct {
	uintptr	base;
	int	irq;
} slot[Nslot];
static int nslot;

static u32int
rd(Vdev *v, int r)
{
	return *(volatile u32int*)(v->base + r);
}

static void
wr(Vdev *v, int r, u32int x)
{
	*(volatile u32int*)(v->base + r) = x;
}

void
virtiommio(uintptr base, int irq)
{
	if(nslot < Nslot && base != 0){
		slot[nslot].base = base;
		slot[nslot].irq = irq;
		nslot++;
	}
}

static u64int
mfeatures(Vdev *v)
{
	u64int f;

	wr(v, Rdevfeatsel, 0);
	f = rd(v, Rdevfeat);
	if(v->version >= 2){
		wr(v, Rdevfeatsel, 1);
		f |= (u64int)rd(v, Rdevfeat) << 32;
	}
	return f;
}

static int
maccept(Vdev *v, u64int f)
{
	if(v->version >= 2)
		f |= Fversion1 & v->features;
	wr(v, Rdrvfeatsel, 0);
	wr(v, Rdrvfeat, f);
	if(v->version < 2)
		return 0;
	wr(v, Rdrvfeatsel, 1);
	wr(v, Rdrvfeat, f>>32);
	wr(v, Rstatus, rd(v, Rstatus) | Vfeaturesok);
	if((rd(v, Rstatus) & Vfeaturesok) == 0)
		return -1;
	return 0;
}

static int
mqmax(Vdev *v, int i)
{
	wr(v, Rqsel, i);
	if(v->version >= 2 && rd(v, Rqready) != 0)
		return 0;
	if(v->version < 2 && rd(v, Rqpfn) != 0)
		return 0;
	return rd(v, Rqnummax);
}

static int
mqueue(Vdev *v, Vq *q)
{
	uintptr a;

	wr(v, Rqsel, q->idx);
	if(q->n > (int)rd(v, Rqnummax))
		return -1;
	wr(v, Rqnum, q->n);
	if(v->version < 2){
		wr(v, Rpagesize, 4096);
		wr(v, Rqalign, 4096);
		wr(v, Rqpfn, (uintptr)q->mem >> 12);
		return 0;
	}
	a = (uintptr)q->desc;
	wr(v, Rqdesc, a);
	wr(v, Rqdesc+4, (u64int)a >> 32);
	a = (uintptr)q->avail;
	wr(v, Rqavail, a);
	wr(v, Rqavail+4, (u64int)a >> 32);
	a = (uintptr)q->usedhdr;
	wr(v, Rqused, a);
	wr(v, Rqused+4, (u64int)a >> 32);
	wr(v, Rqready, 1);
	return 0;
}

static void
mstatus(Vdev *v, int bits)
{
	wr(v, Rstatus, rd(v, Rstatus) | bits);
}

static void
mnotify(Vdev *v, Vq *q)
{
	wr(v, Rqnotify, q->idx);
}

static u32int
misr(Vdev *v)
{
	u32int s;

	s = rd(v, Risr);
	if(s != 0)
		wr(v, Risrack, s);
	return s;
}

static int
mintr(Vdev *v, void (*f)(void*, void*), void *a, char *name)
{
	if(v->irq < 0)
		return -1;
	intrenable(v->irq, f, a, name);
	return 0;
}

static u32int
mcfg(Vdev *v, int off, int w)
{
	switch(w){
	case 1:
		return *(volatile u8int*)(v->base + Rconfig + off);
	case 2:
		return *(volatile u16int*)(v->base + Rconfig + off);
	}
	return rd(v, Rconfig + off);
}

static int
mcfggen(Vdev *v)
{
	return v->version >= 2 ? (int)rd(v, 0x0fc) : 0;
}

static Vops mmioops = {
	.features = mfeatures,
	.accept = maccept,
	.qmax = mqmax,
	.queue = mqueue,
	.status = mstatus,
	.notify = mnotify,
	.isr = misr,
	.intr = mintr,
	.cfg = mcfg,
	.cfggen = mcfggen,
};

static Vdev*
probe(uintptr base, int irq)
{
	Vdev *v, t;
	int i;

	t.base = base;
	if(rd(&t, Rmagic) != Magic)
		return nil;
	t.version = rd(&t, Rvers);
	t.type = rd(&t, Rdevice);
	if(t.type == 0)
		return nil;	/* an empty slot */
	if(t.version != 1 && t.version != 2){
		print("virtio: %#p: version %d unknown\n", (void*)base, t.version);
		return nil;
	}
	v = malloc(sizeof *v);
	if(v == nil)
		return nil;
	*v = t;
	v->ops = &mmioops;
	snprint(v->name, sizeof v->name, "mmio %#p", (void*)base);
	v->aux = nil;
	v->irq = irq;
	v->features = 0;
	v->next = nil;
	wr(v, Rstatus, 0);	/* reset */
	for(i = 0; rd(v, Rstatus) != 0; i++)
		if(i > 1000000){
			print("virtio: %#p: does not reset\n", (void*)base);
			free(v);
			return nil;
		}
	wr(v, Rstatus, Vacknowledge);
	wr(v, Rstatus, Vacknowledge | Vdriver);
	return v;
}

/* the slots in descending address: QEMU puts the first -device at the top slot */
void
virtiolink(void)
{
	Vdev *v;
	int i, j, k;

	for(k = 0; k < nslot; k++){
		j = 0;
		for(i = 0; i < nslot; i++)
			if(slot[i].base > slot[j].base)
				j = i;
		if(slot[j].base == 0)
			break;
		v = probe(slot[j].base, slot[j].irq);
		slot[j].base = 0;
		if(v != nil)
			vdevstart(v);
	}
	nslot = 0;
}
