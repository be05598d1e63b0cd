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
