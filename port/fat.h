/*
 * The FAT engine (fat.c): FAT12, FAT16 and FAT32 volumes with long
 * file names, over any disk that can read and write bytes at an
 * offset. Between fat.c, devfat.c (the #F device) and the tests and
 * fuzzer that drive the engine directly; not a device itself.
 *
 * Every function raises error() on failure: outside data (the boot
 * sector, the FAT, directory entries) is checked where it is read and
 * a bad value gives an error naming it, never a crash. The caller
 * serialises all calls on one volume (devfat: Fatvol.lk).
 *
 * Durability: a file's data goes to the disk when it is written; its
 * FAT entries and directory entry follow when it is closed
 * (fatflushfile), synced, or after Fatpending bytes. A new file's
 * clusters are a chain no entry reaches until its entry, start
 * cluster and size in one sector, is written after them. Metadata
 * writes that no order makes safe go to the disk in one batch, all
 * given to the device at once (Fatvol.writev): the copies of the FAT;
 * a chain an entry already names that grows or shrinks, with that
 * entry; the sectors of one directory change (create, remove,
 * rename). A crash then leaves at most lost clusters or a wrong free
 * count, save in the moment the device takes to store one batch,
 * when it may find part of it: FAT copies that differ, a chain
 * longer or shorter than its file, a long name cut. fsck.fat -a
 * repairs those without touching a file that was synced. fatsync
 * writes the free count (FSInfo) and asks the disk to flush its own
 * cache.
 */

typedef struct Fatvol	Fatvol;
typedef struct Fatfile	Fatfile;
typedef struct Fatinfo	Fatinfo;

enum {
	Fatnamelen = 255,	/* longest name, in UTF-16 units */
	Fatcache = 64,		/* sectors of directories kept in memory */
	Fatmaxdepth = 64,	/* deepest directory nesting the check follows */
	Fatpending = 16*1024*1024,	/* bytes written before a file's FAT and entry are */
	Fatspan = 128*1024,	/* largest FAT whose two copies are written in one request */
	Fatbatch = 64,		/* writes a batch gathers before it must write them */
};

/* What stat says of a file; name points into the Fatfile or the caller's buffer. */
struct Fatinfo {
	char	*name;
	int	isdir;
	int	rdonly;		/* the read-only attribute */
	uvlong	length;
	ulong	mtime;		/* seconds since the epoch, UTC */
	ulong	atime;
	uvlong	qpath;		/* unique within the volume while the file keeps its entry */
};

/*
 * An open or walked-to file or directory, shared by all who use it:
 * found again by the position of its short directory entry. ref
 * counts the users (Chans, children through parent). The root is
 * its own parent and has dpos 0.
 */
struct Fatfile {
	Fatvol	*v;
	int	ref;
	Fatfile	*parent;	/* counted, except the root's */
	Fatfile	*next;		/* Fatvol.files */
	uvlong	dpos;		/* byte offset of its short entry on the volume; 0 for the root */
	ulong	dslot;		/* its short entry's slot in its directory */
	ulong	lslot;		/* its first long-name entry's slot (== dslot if none) */
	int	isdir;
	int	removed;
	char	*name;
	uchar	de[32];		/* its short directory entry, as on disk */
	ulong	start;		/* first cluster, 0 if none */
	uvlong	size;		/* a file's length; unused for directories */
	/* where the last walk of its chain ended, to make sequential access linear */
	ulong	cidx;		/* index in the chain of ccl (ccl 0: nothing cached) */
	ulong	ccl;
	long	ncl;		/* clusters in its chain, -1 if not yet counted */
	int	dirty;		/* written: its FAT and entry are still to be (fatflushfile) */
	ulong	pending;	/* bytes written since they were */
	ulong	lastcl;		/* its last cluster when ncl > 0 */
};

typedef struct Fatsec Fatsec;
struct Fatsec {
	uvlong	off;		/* byte offset on the volume; ~0 if empty */
	ulong	used;		/* LRU stamp */
	int	pinned;		/* in a batch not yet written: not to be reused */
	uchar	*buf;
};

struct Fatvol {
	/* the disk, the caller's: n bytes at byte offset off, all or error() */
	void	(*io)(Fatvol*, int, void*, long, uvlong);
	void	(*flush)(Fatvol*);	/* may be nil */
	/* writes to be given to the disk all at once; nil: one after another */
	void	(*writev)(Fatvol*, Sdseg*, int);
	void	*aux;
	uvlong	disksize;	/* bytes, if known; 0 if not */
	int	rdonly;

	/* from the boot sector, checked */
	int	type;		/* 12, 16 or 32 */
	ulong	secsize;
	ulong	secpercl;
	ulong	clsize;		/* bytes */
	ulong	rsvd;		/* sectors */
	int	nfats;
	int	activefat;	/* FAT32 mirroring off: the one FAT in use, else -1 (all) */
	ulong	fatsecs;	/* sectors of one FAT */
	ulong	rootents;	/* FAT12/16: entries of the fixed root directory */
	uvlong	rootoff;	/* FAT12/16: its byte offset */
	ulong	rootcl;		/* FAT32: the root directory's first cluster */
	uvlong	dataoff;	/* byte offset of cluster 2 */
	ulong	nclust;		/* data clusters: numbers 2 .. nclust+1 */
	uvlong	totsecs;
	ulong	fsinfo;		/* FAT32: FSInfo sector, 0 if none */
	ulong	volid;
	char	label[12];

	/*
	 * The FAT, all of it (the first copy), and which sectors differ
	 * from the disk. With span, fat[] has room for a second copy
	 * after the first, so that flushfat writes both in one request.
	 */
	uchar	*fat;
	ulong	fatlen;		/* bytes of one copy */
	int	span;
	uchar	*fatdirty;	/* one byte per FAT sector */
	int	ndirty;
	ulong	nfree;		/* free clusters, counted at mount */
	ulong	nextfree;	/* where the next search for a free cluster starts */
	ulong	lost;		/* clusters in use that no file reaches, found at mount */
	int	fsinfodirty;

	Fatfile	*root;
	Fatfile	*files;		/* every Fatfile with a reference */

	Fatsec	cache[Fatcache];
	ulong	stamp;
	int	batching;	/* depth of batchbegin */
	int	nbatch;
	Sdseg	batch[Fatbatch];
	uchar	*zero;		/* a cluster of zeros */
};

Fatvol*	fatmount(void (*io)(Fatvol*, int, void*, long, uvlong), void (*flush)(Fatvol*), void *aux, uvlong size, int rdonly);
void	fatunmount(Fatvol*);	/* sync and free; the Fatfiles must have been put */
void	fatfree(Fatvol*);	/* free without writing (after an error) */
void	fatsync(Fatvol*);
void	fatflushfile(Fatfile*);	/* a written file's FAT and entry to the disk */
Fatfile*	fatwalk(Fatfile*, char*);	/* the named entry of a directory, counted, or nil */
void	fatincref(Fatfile*);
void	fatput(Fatfile*);
long	fatread(Fatfile*, void*, long, uvlong);
long	fatwrite(Fatfile*, void*, long, uvlong);
void	fattrunc(Fatfile*, uvlong);
Fatfile*	fatcreate(Fatfile*, char*, int);	/* (dir, name, isdir): the new file, counted */
void	fatremove(Fatfile*);
void	fatrename(Fatfile*, char*);
void	fatsetattr(Fatfile*, int, ulong);	/* (f, read-only, mtime or ~0) */
void	fatstat(Fatfile*, Fatinfo*);
int	fatdirread(Fatfile*, ulong*, Fatinfo*, char*, int);	/* the next entry from slot *i on: 1, or 0 at the end; name in the buffer */
ulong	fatfreeclusters(Fatvol*);
