/*
 * Virtio 1.0 (and the legacy MMIO interface QEMU offers by default):
 * split virtqueues (virtio.c), the transports (virtiommio.c, and
 * virtiopci.c for virtio 1.0 PCI devices) behind a table of
 * operations (Vops), and what the device drivers (virtioblk.c) see of
 * them. Rings live in kernel memory, physical == virtual.
 */

/* device status bits */
enum {
	Vacknowledge = 1,
	Vdriver = 2,
	Vdriverok = 4,
	Vfeaturesok = 8,
	Vfailed = 128,
};

/* device types */
enum {
	Vnet = 1,
	Vblk = 2,
	Vcons = 3,
};

#define	Fversion1	(1ULL<<32)	/* VIRTIO_F_VERSION_1 */

/* descriptor flags */
enum {
	Dnext = 1,
	Dwrite = 2,		/* the device writes this buffer */
};

typedef struct Vdesc Vdesc;
typedef struct Vused Vused;
typedef struct Vq Vq;
typedef struct Vbuf Vbuf;
typedef struct Vdev Vdev;

struct Vdesc {
	u64int	addr;
	u32int	len;
	u16int	flags;
	u16int	next;
};

struct Vused {
	u32int	id;
	u32int	len;
};

/* one split virtqueue, laid out as legacy devices need it: desc, avail, then used at the next page */
struct Vq {
	Lock	lk;		/* an ilock: the interrupt handler takes used entries */
	int	idx;		/* the queue's number on its device */
	int	n;		/* entries, a power of two */
	Vdesc	*desc;
	u16int	*avail;		/* flags, idx, ring[n], used_event */
	u16int	*usedhdr;	/* flags, idx */
	Vused	*used;		/* ring[n] */
	uchar	*mem;		/* desc, the start of the rings */
	ulong	memsize;
	int	nfree;
	u16int	freehd;
	u16int	lastused;	/* the next used entry to take */
	void	**tag;		/* by head descriptor: what vqadd was given */
};

/* a buffer of a request: out (the device reads it) or in (the device writes it) */
struct Vbuf {
	void	*p;
	ulong	n;
	int	in;
};

/*
 * What a transport does for the device drivers: virtiommio.c's and
 * virtiopci.c's tables. features: set up to FEATURES, what the device
 * offers; accept: the features taken, 0 or -1 if the device refuses
 * them; qmax: a queue's largest size, 0 if none; queue: give the
 * device a queue, 0 or -1; isr: the interrupt status, acknowledged
 * (bit 0: a queue's used ring moved); intr: send the device's
 * interrupts to a handler, 0 or -1 if there is no way (the driver
 * then polls); cfg: read the device's configuration, 1, 2 or 4 bytes.
 */
typedef struct Vops Vops;
struct Vops {
	u64int	(*features)(Vdev*);
	int	(*accept)(Vdev*, u64int);
	int	(*qmax)(Vdev*, int);
	int	(*queue)(Vdev*, Vq*);
	void	(*status)(Vdev*, int);		/* or in these status bits */
	void	(*notify)(Vdev*, Vq*);
	u32int	(*isr)(Vdev*);
	int	(*intr)(Vdev*, void (*)(void*, void*), void*, char*);
	u32int	(*cfg)(Vdev*, int, int);	/* offset, width */
	int	(*cfggen)(Vdev*);		/* the configuration's generation */
};

struct Vdev {
	Vops	*ops;
	uintptr	base;		/* the registers: MMIO, or PCI's common configuration */
	int	irq;		/* MMIO: the INTID, -1 if none */
	int	version;	/* 1 legacy, 2 modern */
	int	type;
	u64int	features;	/* what the device offers */
	char	name[32];	/* where it is, for messages */
	void	*aux;		/* the transport's */
	Vdev	*next;
};

/* virtio.c */
Vq*	vqalloc(int, int);		/* queue index, entries (a power of two): nil if no memory */
int	vqadd(Vq*, Vbuf*, int, void*);	/* buffers, count, tag: the head, or -1 if too few free descriptors; under vq->lk */
int	vqtake(Vq*, void**, ulong*);	/* a used chain freed: 1 and its tag and length, or 0; under vq->lk */
void	vdevstart(Vdev*);		/* start the driver of a device the transport set up to DRIVER; from a proc */
u64int	vdevfeatures(Vdev*);		/* set up to FEATURES: what the device offers */
int	vdevaccept(Vdev*, u64int);	/* the features taken; 0, or -1 if the device refuses */
int	vdevqueue(Vdev*, Vq*);		/* give the device a queue: 0 or -1 */
int	vdevqmax(Vdev*, int);		/* a queue's largest size, 0 if none */
void	vdevready(Vdev*);		/* DRIVER_OK */
void	vdevfail(Vdev*);
void	vdevnotify(Vdev*, Vq*);
u32int	vdevisr(Vdev*);			/* the interrupt status, acknowledged */
int	vdevintr(Vdev*, void (*)(void*, void*), void*, char*);	/* 0, or -1 if the device cannot interrupt */
u8int	vdevcfg8(Vdev*, int);
u32int	vdevcfg32(Vdev*, int);
u64int	vdevcfg64(Vdev*, int);

/* virtiommio.c */
void	virtiommio(uintptr, int);	/* a slot's registers and INTID; probed later by virtiolink */
void	virtiolink(void);		/* probe every slot and start the drivers of the devices found; from a proc */

/* virtiopci.c */
void	virtiopcilink(void);		/* find virtio devices on the PCI buses and start their drivers; from a proc */

/* the device drivers */
void	virtioblk(Vdev*);

#define	vbarrier()	__atomic_thread_fence(__ATOMIC_SEQ_CST)
