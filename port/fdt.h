/*
 * A reader of flattened device trees (the DTB firmware or QEMU hands
 * a kernel), for the targets that get one. fdtopen checks the header
 * and every later read stays inside the blob, so a corrupt tree gives
 * "not found" rather than a fault. Read-only; no allocation.
 */
typedef struct Fdt Fdt;
struct Fdt {
	uchar	*b;
	ulong	size;		/* totalsize */
	ulong	soff;		/* structure block */
	ulong	ssize;
	ulong	stroff;		/* strings block */
	ulong	strsize;
};

char*	fdtopen(Fdt*, void*);		/* nil, or what is wrong with the header */
int	fdtpath(Fdt*, char*);		/* node at a path ("/chosen"); a name matches up to its @unit */
int	fdtfind(Fdt*, int, char*);	/* the next node after node (-1: from the start) compatible with a string */
void*	fdtprop(Fdt*, int, char*, int*);	/* a node's property and its length; nil if absent */
int	fdtreg(Fdt*, int, int, uvlong*, uvlong*);	/* entry i of reg, in the parent's cells; -1 if absent */
u32int	fdtbe32(void*);
