/*
 * Device trees from outside (port/fdt.c): the DTB firmware or QEMU
 * hands a kernel. Over arbitrary bytes, with the header's totalsize
 * made to match the input, every lookup the arm64 kernel makes (by
 * path, by compatible string, properties, reg entries in the parent's
 * cells) must stay inside the blob, and what it returns must lie in it.
 */
#include "all.h"
#include "fdt.h"
#include "fuzz.h"

static char name[] = "fdt";

static char *paths[] = { "/", "/memory", "/chosen", "/psci", "/cpus/cpu@0", "/intc@8000000", "/a/b/c/d" };
static char *compats[] = { "arm,pl011", "arm,gic-v3", "arm,cortex-a15-gic", "arm,armv8-timer", "arm,pl031", "virtio,mmio" };
static char *props[] = { "reg", "interrupts", "compatible", "bootargs", "method", "#address-cells" };

static uchar *lo, *hi;		/* the blob */

/* A property fdtprop returned must lie inside the blob. */
static void
checkprop(void *v, int len, char *prop)
{
	uchar *p = v;

	if(p == nil)
		return;
	fuzzcheck(name, len >= 0 && p >= lo && p + len <= hi, "property %s at %#p+%d outside the blob %#p-%#p",
		prop, p, len, lo, hi);
}

static void
node(Fdt *f, int n)
{
	uvlong a, s;
	int i, len;
	void *p;

	for(i = 0; i < (int)nelem(props); i++){
		p = fdtprop(f, n, props[i], &len);
		checkprop(p, len, props[i]);
	}
	for(i = 0; i < 4; i++)
		if(fdtreg(f, n, i, &a, &s) < 0)
			break;
}

int
LLVMFuzzerTestOneInput(const uchar *data, size_t size)
{
	Fdt f;
	uchar *buf;
	int i, n, k;
	uint len;

	if(size < 40 || size > 1<<20)
		return 0;
	len = size;
	/* a copy of exactly len bytes, so AddressSanitizer sees any read past it */
	buf = malloc(len);
	memmove(buf, data, len);
	buf[4] = len>>24;
	buf[5] = len>>16;
	buf[6] = len>>8;
	buf[7] = len;
	lo = buf;
	hi = buf + len;
	if(fdtopen(&f, buf) == nil){
		for(i = 0; i < (int)nelem(paths); i++)
			if((n = fdtpath(&f, paths[i])) >= 0)
				node(&f, n);
		for(i = 0; i < (int)nelem(compats); i++){
			n = -1;
			for(k = 0; k < 64 && (n = fdtfind(&f, n, compats[i])) >= 0; k++)
				node(&f, n);
		}
	}
	free(buf);
	fuzzerrcheck(name);
	return 0;
}
