/*
 * picoimg: build-machine tool for the RP2040 images. Not part of the
 * kernel: ordinary C for the host's C library.
 *
 *	picoimg boot2 RAW OUT	pad boot2 to 252 bytes and append the
 *				CRC-32/MPEG-2 the bootrom checks (LE)
 *	picoimg uf2 BIN OUT	a flash image (from 0x10000000) as UF2:
 *				512-byte blocks of 256 bytes, RP2040 family
 *	picoimg check UF2	decode and check a UF2 file: magic numbers,
 *				flags, payload size, addresses (256-aligned,
 *				ascending, in flash), block numbers, family
 *				id, and boot2's CRC; prints a summary
 *	picoimg crc STRING	the CRC-32/MPEG-2 of STRING, in hex
 *
 * Facts: ../shared/ref/boot-notes.md §4 (UF2, boot2's CRC).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
	Boot2size = 256,
	Boot2code = 252,
	Flashbase = 0x10000000,
	Flashsize = 16*1024*1024,	/* the XIP window; a Pico has 2 MiB */
	Blocksize = 512,
	Payload = 256,
	Magic0 = 0x0A324655,	/* "UF2\n" */
	Magic1 = 0x9E5D5157,
	Magicend = 0x0AB16F30,
	Flagfamily = 0x00002000,
	Flagnotmain = 0x00000001,
	Rp2040 = 0xE48BFF56,
};

static char *argv0 = "picoimg";

static void
fatal(char *fmt, char *a)
{
	fprintf(stderr, "%s: ", argv0);
	fprintf(stderr, fmt, a);
	fprintf(stderr, "\n");
	exit(1);
}

/* polynomial 0x04C11DB7, initial 0xFFFFFFFF, MSB first, no reflection, no final XOR */
static uint32_t
crc32mpeg2(const unsigned char *p, size_t n)
{
	uint32_t c;
	int i;

	c = 0xFFFFFFFF;
	while(n-- > 0){
		c ^= (uint32_t)*p++ << 24;
		for(i = 0; i < 8; i++)
			c = c & 0x80000000 ? (c << 1) ^ 0x04C11DB7 : c << 1;
	}
	return c;
}

static uint32_t
get32(const unsigned char *p)
{
	return p[0] | p[1]<<8 | p[2]<<16 | (uint32_t)p[3]<<24;
}

static void
put32(unsigned char *p, uint32_t v)
{
	p[0] = v;
	p[1] = v>>8;
	p[2] = v>>16;
	p[3] = v>>24;
}

static unsigned char*
readall(char *path, long *np)
{
	FILE *f;
	unsigned char *buf;
	long n;

	f = fopen(path, "rb");
	if(f == NULL)
		fatal("cannot open %s", path);
	if(fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
		fatal("cannot size %s", path);
	buf = malloc(n > 0 ? n : 1);
	if(buf == NULL)
		fatal("out of memory reading %s", path);
	if(n > 0 && fread(buf, 1, n, f) != (size_t)n)
		fatal("cannot read %s", path);
	fclose(f);
	*np = n;
	return buf;
}

static void
writeall(char *path, unsigned char *p, long n)
{
	FILE *f;

	f = fopen(path, "wb");
	if(f == NULL)
		fatal("cannot create %s", path);
	if(fwrite(p, 1, n, f) != (size_t)n || fclose(f) != 0)
		fatal("cannot write %s", path);
}

static void
mkboot2(char *in, char *out)
{
	unsigned char b[Boot2size], *raw;
	long n;

	raw = readall(in, &n);
	if(n > Boot2code)
		fatal("%s: boot2 is longer than 252 bytes", in);
	memset(b, 0, sizeof b);
	memcpy(b, raw, n);
	put32(b+Boot2code, crc32mpeg2(b, Boot2code));
	writeall(out, b, sizeof b);
	free(raw);
}

static void
mkuf2(char *in, char *out)
{
	unsigned char *bin, *uf2, *b;
	long n, nblock, i, len;

	bin = readall(in, &n);
	if(n == 0 || n > Flashsize)
		fatal("%s: not a flash image", in);
	nblock = (n + Payload - 1) / Payload;
	uf2 = calloc(nblock, Blocksize);
	if(uf2 == NULL)
		fatal("out of memory for %s", out);
	for(i = 0; i < nblock; i++){
		b = uf2 + i*Blocksize;
		put32(b+0, Magic0);
		put32(b+4, Magic1);
		put32(b+8, Flagfamily);
		put32(b+12, Flashbase + i*Payload);
		put32(b+16, Payload);
		put32(b+20, i);
		put32(b+24, nblock);
		put32(b+28, Rp2040);
		len = n - i*Payload < Payload ? n - i*Payload : Payload;
		memcpy(b+32, bin + i*Payload, len);
		put32(b+508, Magicend);
	}
	writeall(out, uf2, nblock*Blocksize);
	free(uf2);
	free(bin);
}

static int
check(char *path)
{
	unsigned char *f, *b;
	long n, i, nblock;
	uint32_t addr, prev, want, got, crc;
	char msg[256];
	int sawboot2;

	f = readall(path, &n);
	if(n == 0 || n % Blocksize != 0){
		fprintf(stderr, "%s: %s: length %ld is not a multiple of %d\n", argv0, path, n, Blocksize);
		return 1;
	}
	nblock = n / Blocksize;
	prev = 0;
	addr = 0;
	crc = 0;
	sawboot2 = 0;
	for(i = 0; i < nblock; i++){
		b = f + i*Blocksize;
		msg[0] = 0;
		if(get32(b) != Magic0 || get32(b+4) != Magic1 || get32(b+508) != Magicend)
			snprintf(msg, sizeof msg, "bad magic numbers");
		else if(get32(b+8) != Flagfamily)
			snprintf(msg, sizeof msg, "flags %#x, want %#x (family id present)", get32(b+8), Flagfamily);
		else if(get32(b+28) != Rp2040)
			snprintf(msg, sizeof msg, "family id %#x, want %#x (RP2040)", get32(b+28), Rp2040);
		else if(get32(b+16) != Payload)
			snprintf(msg, sizeof msg, "payload size %u, want %d", get32(b+16), Payload);
		else if(get32(b+20) != (uint32_t)i || get32(b+24) != (uint32_t)nblock)
			snprintf(msg, sizeof msg, "block %u of %u, want %ld of %ld", get32(b+20), get32(b+24), i, nblock);
		else if((addr = get32(b+12)) % Payload != 0 || addr < Flashbase || addr >= Flashbase + Flashsize)
			snprintf(msg, sizeof msg, "address %#x not a 256-byte page of flash", get32(b+12));
		else if(i > 0 && addr <= prev)
			snprintf(msg, sizeof msg, "address %#x does not follow %#x", addr, prev);
		if(msg[0] != 0){
			fprintf(stderr, "%s: %s: block %ld: %s\n", argv0, path, i, msg);
			return 1;
		}
		if(addr == Flashbase){
			want = crc32mpeg2(b+32, Boot2code);
			got = get32(b+32+Boot2code);
			if(want != got){
				fprintf(stderr, "%s: %s: boot2 CRC %#.8x, want %#.8x\n", argv0, path, got, want);
				return 1;
			}
			sawboot2 = 1;
			crc = got;
		}
		prev = addr;
	}
	if(!sawboot2){
		fprintf(stderr, "%s: %s: no block at %#x (boot2)\n", argv0, path, Flashbase);
		return 1;
	}
	printf("%s: %ld blocks, %#x-%#x, family %#x, boot2 crc %#.8x ok\n", path, nblock,
		Flashbase, prev + Payload, Rp2040, crc);
	free(f);
	return 0;
}

static void
usage(void)
{
	fprintf(stderr, "usage: %s boot2 RAW OUT | uf2 BIN OUT | check UF2 | crc STRING\n", argv0);
	exit(2);
}

int
main(int argc, char **argv)
{
	if(argc < 3)
		usage();
	if(strcmp(argv[1], "boot2") == 0 && argc == 4)
		mkboot2(argv[2], argv[3]);
	else if(strcmp(argv[1], "uf2") == 0 && argc == 4)
		mkuf2(argv[2], argv[3]);
	else if(strcmp(argv[1], "check") == 0 && argc == 3)
		return check(argv[2]);
	else if(strcmp(argv[1], "crc") == 0 && argc == 3)
		printf("%#.8x\n", crc32mpeg2((unsigned char*)argv[2], strlen(argv[2])));
	else
		usage();
	return 0;
}
