/*
 * The device-tree reader (port/fdt.c): paths with unit addresses,
 * compatible lists, properties, reg in the parent's cells, and
 * malformed blobs that must give errors or "not found", never a read
 * outside the blob (ASan watches). The trees are built here by a
 * small writer, as QEMU's virt lays them out.
 */
#include "ktest.h"
#include "fdt.h"

enum { Tbegin = 1, Tend = 2, Tprop = 3, Tdone = 9 };

/* the blob being written: header, reservation map, structure, strings */
static struct {
	uchar	st[4096];
	int	ns;
	char	str[1024];
	int	nstr;
	uchar	blob[8192];
	int	size;
} w;

static void
put32(uchar *p, u32int v)
{
	p[0] = v>>24;
	p[1] = v>>16;
	p[2] = v>>8;
	p[3] = v;
}

static void
tok(u32int v)
{
	put32(w.st + w.ns, v);
	w.ns += 4;
}

static void
bytes(void *p, int n)
{
	memmove(w.st + w.ns, p, n);
	w.ns += n;
	while(w.ns & 3)
		w.st[w.ns++] = 0;
}

static void
begin(char *name)
{
	tok(Tbegin);
	bytes(name, strlen(name)+1);
}

static void
prop(char *name, void *v, int n)
{
	int off;

	for(off = 0; off < w.nstr; off += strlen(w.str+off)+1)
		if(strcmp(w.str+off, name) == 0)
			break;
	if(off >= w.nstr){
		strcpy(w.str+w.nstr, name);
		w.nstr += strlen(name)+1;
	}
	tok(Tprop);
	tok(n);
	tok(off);
	bytes(v, n);
}

static void
propstr(char *name, char *s)
{
	prop(name, s, strlen(s)+1);
}

/* a property of 32-bit cells */
static void
propcells(char *name, int n, ...)
{
	uchar buf[64];
	va_list a;
	int i;

	va_start(a, n);
	for(i = 0; i < n; i++)
		put32(buf+4*i, va_arg(a, u32int));
	va_end(a);
	prop(name, buf, 4*n);
}

static void
end(void)
{
	tok(Tend);
}

/* Header, an empty reservation map, the structure and the strings. */
static void
finish(void)
{
	int soff, stroff;

	tok(Tdone);
	memset(w.blob, 0, sizeof w.blob);
	soff = 40 + 16;
	stroff = soff + w.ns;
	memmove(w.blob+soff, w.st, w.ns);
	memmove(w.blob+stroff, w.str, w.nstr);
	w.size = stroff + w.nstr;
	put32(w.blob, 0xd00dfeed);
	put32(w.blob+4, w.size);
	put32(w.blob+8, soff);
	put32(w.blob+12, stroff);
	put32(w.blob+16, 40);
	put32(w.blob+20, 17);
	put32(w.blob+24, 16);
	put32(w.blob+28, 0);
	put32(w.blob+32, w.nstr);
	put32(w.blob+36, w.ns);
}

/* QEMU virt's shape, in small */
static void
virttree(void)
{
	memset(&w, 0, sizeof w);
	begin("");
	propcells("#address-cells", 1, 2);
	propcells("#size-cells", 1, 2);
	propstr("compatible", "linux,dummy-virt");
	begin("psci");
	propstr("method", "hvc");
	propstr("compatible", "arm,psci-0.2");
	end();
	begin("memory@40000000");
	propstr("device_type", "memory");
	propcells("reg", 4, 0, 0x40000000, 0, 0x10000000);
	end();
	begin("soc");
	propcells("#address-cells", 1, 1);
	propcells("#size-cells", 1, 1);
	begin("pl011@9000000");
	prop("compatible", "arm,pl011\0arm,primecell", 24);
	propcells("reg", 2, 0x9000000, 0x1000);
	propcells("interrupts", 3, 0, 1, 4);
	end();
	begin("pl031@9010000");
	prop("compatible", "arm,pl031\0arm,primecell", 24);
	propcells("reg", 2, 0x9010000, 0x1000);
	end();
	end();
	begin("chosen");
	propstr("bootargs", "semihosting hello");
	end();
	end();
	finish();
}

static void
testpaths(void)
{
	Fdt f;
	char *err, *p;
	int n, len;

	testbegin("fdt: paths, unit addresses, properties");
	virttree();
	err = fdtopen(&f, w.blob);
	check(err == nil, "fdtopen: %s", err);
	if(err == nil){
		n = fdtpath(&f, "/chosen");
		p = n >= 0 ? fdtprop(&f, n, "bootargs", &len) : nil;
		check(p != nil && len == 18 && strcmp(p, "semihosting hello") == 0, "/chosen bootargs: node %d, %s", n, p != nil ? p : "nil");
		check(fdtpath(&f, "/memory") >= 0, "/memory does not match memory@40000000");
		check(fdtpath(&f, "/memory@40000000") >= 0, "/memory@40000000 not found");
		check(fdtpath(&f, "/memory@4") < 0, "/memory@4 matched memory@40000000");
		check(fdtpath(&f, "/soc/pl011") >= 0, "/soc/pl011 not found");
		check(fdtpath(&f, "/pl011") < 0, "/pl011 found at the top");
		check(fdtpath(&f, "/nosuch") < 0, "/nosuch found");
		check(fdtpath(&f, "/") == 0, "/ is not node 0");
		n = fdtpath(&f, "/psci");
		check(n >= 0 && fdtprop(&f, n, "nosuch", nil) == nil, "a missing property was found");
		check(n >= 0 && fdtprop(&f, n, "compatible", nil) != nil, "psci's compatible not found");
	}
	ktestend();
}

static void
testfind(void)
{
	Fdt f;
	uvlong a, s;
	int n, m;

	testbegin("fdt: compatible lists, reg in the parent's cells");
	virttree();
	check(fdtopen(&f, w.blob) == nil, "fdtopen failed");
	n = fdtpath(&f, "/memory");
	check(n >= 0 && fdtreg(&f, n, 0, &a, &s) == 0 && a == 0x40000000 && s == 0x10000000,
		"memory reg (2, 2 cells): %#llux %#llux", a, s);
	check(n >= 0 && fdtreg(&f, n, 1, &a, &s) < 0, "memory has a second reg");
	n = fdtfind(&f, -1, "arm,pl011");
	check(n >= 0 && n == fdtpath(&f, "/soc/pl011@9000000"), "arm,pl011: node %d", n);
	a = s = 0;
	check(n >= 0 && fdtreg(&f, n, 0, &a, &s) == 0 && a == 0x9000000 && s == 0x1000,
		"pl011 reg (1, 1 cells): %#llux %#llux", a, s);
	m = fdtfind(&f, -1, "arm,primecell");
	check(m == n, "arm,primecell (second in the list): node %d, want %d", m, n);
	m = fdtfind(&f, m, "arm,primecell");
	check(m >= 0 && m == fdtpath(&f, "/soc/pl031"), "the next arm,primecell: node %d", m);
	check(fdtfind(&f, m, "arm,primecell") < 0, "a third arm,primecell");
	check(fdtfind(&f, -1, "arm,pl0") < 0, "a prefix of a compatible string matched");
	ktestend();
}

static void
testmalformed(void)
{
	Fdt f;
	uvlong a, s;
	char *err;
	int n;

	testbegin("fdt: malformed headers are refused");
	virttree();
	put32(w.blob, 0xd00dfeee);
	err = fdtopen(&f, w.blob);
	check(err != nil && strcmp(err, "bad magic") == 0, "bad magic: %s", err);
	check(fdtopen(&f, nil) != nil, "nil blob accepted");
	virttree();
	put32(w.blob+4, 20);
	check(fdtopen(&f, w.blob) != nil, "totalsize 20 accepted");
	virttree();
	put32(w.blob+36, w.size);
	check(fdtopen(&f, w.blob) != nil, "structure block past the end accepted");
	virttree();
	put32(w.blob+12, w.size + 8);
	check(fdtopen(&f, w.blob) != nil, "strings block past the end accepted");
	virttree();
	put32(w.blob+20, 3);
	check(fdtopen(&f, w.blob) != nil, "version 3 accepted");
	ktestend();

	testbegin("fdt: malformed trees give not found, within the blob");
	/* a property length that runs past the structure block */
	virttree();
	check(fdtopen(&f, w.blob) == nil, "fdtopen failed");
	n = fdtpath(&f, "/chosen");
	if(n >= 0){
		put32(w.blob + f.soff + n + 16, 0x7fffffff);	/* Tbegin, "chosen\0" padded to 8, Tprop, then its len */
		check(fdtprop(&f, n, "bootargs", nil) == nil, "a property longer than the block was read");
		check(fdtpath(&f, "/chosen") == n, "the node itself is no longer found");
		check(fdtfind(&f, -1, "nosuch") < 0, "found nosuch");
	}
	virttree();
	check(fdtopen(&f, w.blob) == nil, "fdtopen failed");
	f.ssize = 60;		/* the tree cut short in the middle of the root's properties */
	check(fdtpath(&f, "/chosen") < 0, "found /chosen in a cut tree");
	check(fdtfind(&f, -1, "arm,pl011") < 0, "found arm,pl011 in a cut tree");
	virttree();
	check(fdtopen(&f, w.blob) == nil, "fdtopen failed");
	f.strsize = 4;		/* property names outside the strings block */
	check(fdtprop(&f, 0, "compatible", nil) == nil, "read a name past the strings block");

	/* an empty structure block at the very end of the blob (found by tests/fuzz/fdt.c) */
	virttree();
	w.size = ROUNDUP(w.size, 4);
	put32(w.blob+4, w.size);
	put32(w.blob+8, w.size);
	put32(w.blob+36, 0);
	err = fdtopen(&f, w.blob);
	check(err == nil, "an empty structure block at the end: %s", err);
	check(fdtpath(&f, "/") < 0, "found / in an empty structure block");
	check(fdtfind(&f, -1, "arm,pl011") < 0, "found arm,pl011 in an empty structure block");

	/* an end before any begin: depth below the root */
	memset(&w, 0, sizeof w);
	end();
	begin("uart");
	prop("compatible", "arm,pl011", 10);
	propcells("reg", 4, 0, 0x9000000, 0, 0x1000);
	end();
	finish();
	check(fdtopen(&f, w.blob) == nil, "fdtopen failed");
	n = fdtfind(&f, -1, "arm,pl011");
	check(n >= 0, "the node after the stray end not found");
	check(n < 0 || fdtreg(&f, n, 0, &a, &s) < 0, "reg read with cells from above the root");

	/* #address-cells and #size-cells out of range: no reg */
	memset(&w, 0, sizeof w);
	begin("");
	propcells("#address-cells", 1, 0xFFFFFFFF);
	propcells("#size-cells", 1, 2);
	begin("uart");
	prop("compatible", "arm,pl011", 10);
	propcells("reg", 4, 0, 0x9000000, 0, 0x1000);
	end();
	end();
	finish();
	check(fdtopen(&f, w.blob) == nil, "fdtopen failed");
	n = fdtfind(&f, -1, "arm,pl011");
	check(n >= 0 && fdtreg(&f, n, 0, &a, &s) < 0, "reg read with #address-cells -1");
	ktestend();
}

int
testmain(void)
{
	testpaths();
	testfind();
	testmalformed();
	return testnfail;
}
