/*
 * Split virtqueues (virtio 1.0, section 2.4): a table of descriptors,
 * the available ring the driver fills with chain heads, the used ring
 * the device fills with finished chains. Free descriptors are kept in
 * a list through their next fields. The caller holds vq->lk (an
 * ilock) around vqadd and vqtake and tells the device of new entries
 * itself (vdevnotify).
 */
#include "all.h"
#include "virtio.h"

enum {
	Align = 4096,		/* of the table, and of the used ring after it (legacy layout) */
};

Vq*
vqalloc(int idx, int n)
{
	Vq *q;
	ulong asize, size;
	uchar *m;
	int i;

	if(n <= 0 || (n & (n-1)) != 0)
		return nil;
	asize = ROUNDUP(16*n + 6 + 2*n, Align);
	size = asize + ROUNDUP(6 + 8*n, Align);
	q = xallocz(sizeof *q, 1);
	m = xallocz(size + Align, 1);
	if(q == nil || m == nil)
		return nil;
	q->tag = xallocz(n * sizeof q->tag[0], 1);
	if(q->tag == nil)
		return nil;
	m = (uchar*)ROUNDUP((uintptr)m, Align);
	q->idx = idx;
	q->n = n;
	q->mem = m;
	q->memsize = size;
	q->desc = (Vdesc*)m;
	q->avail = (u16int*)(m + 16*n);
	q->usedhdr = (u16int*)(m + asize);
	q->used = (Vused*)(m + asize + 4);
	for(i = 0; i < n; i++)
		q->desc[i].next = i+1;
	q->freehd = 0;
	q->nfree = n;
	return q;
}

int
vqadd(Vq *q, Vbuf *b, int nb, void *tag)
{
	int i, head, d;
	u16int ai;

	if(nb <= 0 || nb > q->nfree)
		return -1;
	head = q->freehd;
	d = head;
	for(i = 0; i < nb; i++){
		q->desc[d].addr = (uintptr)b[i].p;
		q->desc[d].len = b[i].n;
		q->desc[d].flags = (b[i].in ? Dwrite : 0) | (i < nb-1 ? Dnext : 0);
		if(i < nb-1)
			d = q->desc[d].next;
	}
	q->freehd = q->desc[d].next;
	q->nfree -= nb;
	q->tag[head] = tag;
	ai = q->avail[1];
	q->avail[2 + (ai & (q->n-1))] = head;
	vbarrier();	/* the entry before the index that shows it */
	q->avail[1] = ai + 1;
	vbarrier();
	return head;
}

int
vqtake(Vq *q, void **tag, ulong *len)
{
	Vused *u;
	int head, d, nd;

	vbarrier();
	if(q->lastused == *(volatile u16int*)&q->usedhdr[1])
		return 0;
	vbarrier();	/* the entry after the index that shows it */
	u = &q->used[q->lastused & (q->n-1)];
	q->lastused++;
	head = u->id;
	if(head < 0 || head >= q->n){
		iprint("virtio: queue %d: used entry names descriptor %d of %d\n", q->idx, head, q->n);
		*tag = nil;
		*len = 0;
		return 1;
	}
	*tag = q->tag[head];
	*len = u->len;
	q->tag[head] = nil;
	/* back on the free list, the whole chain */
	d = head;
	nd = 1;
	while((q->desc[d].flags & Dnext) != 0 && nd < q->n){
		d = q->desc[d].next;
		nd++;
	}
	q->desc[d].next = q->freehd;
	q->freehd = head;
	q->nfree += nd;
	return 1;
}

/*
 * The transport's operations, for the drivers (Vops in virtio.h).
 */
u64int
vdevfeatures(Vdev *v)
{
	v->features = v->ops->features(v);
	return v->features;
}

int
vdevaccept(Vdev *v, u64int f)
{
	return v->ops->accept(v, f & v->features);
}

int
vdevqmax(Vdev *v, int i)
{
	return v->ops->qmax(v, i);
}

int
vdevqueue(Vdev *v, Vq *q)
{
	return v->ops->queue(v, q);
}

void
vdevready(Vdev *v)
{
	v->ops->status(v, Vdriverok);
}

void
vdevfail(Vdev *v)
{
	v->ops->status(v, Vfailed);
}

void
vdevnotify(Vdev *v, Vq *q)
{
	vbarrier();
	v->ops->notify(v, q);
}

u32int
vdevisr(Vdev *v)
{
	return v->ops->isr(v);
}

int
vdevintr(Vdev *v, void (*f)(void*, void*), void *a, char *name)
{
	return v->ops->intr(v, f, a, name);
}

u8int
vdevcfg8(Vdev *v, int off)
{
	return v->ops->cfg(v, off, 1);
}

u32int
vdevcfg32(Vdev *v, int off)
{
	return v->ops->cfg(v, off, 4);
}

/* read until the generation holds still, so that the two halves belong together */
u64int
vdevcfg64(Vdev *v, int off)
{
	u32int lo, hi;
	int g, i;

	lo = hi = 0;
	for(i = 0; i < 100; i++){
		g = v->ops->cfggen(v);
		lo = v->ops->cfg(v, off, 4);
		hi = v->ops->cfg(v, off+4, 4);
		if(v->ops->cfggen(v) == g)
			break;
	}
	return (u64int)hi<<32 | lo;
}

/* a device the transport has set up to DRIVER: its driver, or FAILED if there is none or it fails */
void
vdevstart(Vdev *v)
{
	if(waserror()){
		print("virtio: %s: %s\n", v->name, up->env->errstr);
		vdevfail(v);
		return;
	}
	switch(v->type){
	case Vblk:
		virtioblk(v);
		break;
	default:
		vdevfail(v);	/* no driver */
		break;
	}
	poperror();
}
