/* Constants shared by the amd64 assembly and C. */
#define KTZERO		0x100000	/* where the kernel is loaded and linked: 1 MiB */
#define BOOTSTACK	16384

/* multiboot v1 */
#define MBMAGIC		0x1BADB002	/* in the header */
#define MBFLAGS		0x00010003	/* modules page-aligned, memory info, the a.out kludge's addresses */
#define MBBOOTMAGIC	0x2BADB002	/* in EAX at entry */

/* GDT selectors (l.S's gdt; trap.c fills the TSS's two slots) */
#define KCSEL		0x08
#define KDSEL		0x10
#define TSSSEL		0x18

/* control registers and MSRs */
#define CR0PE		(1<<0)
#define CR0MP		(1<<1)
#define CR0EM		(1<<2)
#define CR0TS		(1<<3)
#define CR0PG		(1<<31)
#define CR4PAE		(1<<5)
#define CR4OSFXSR	(1<<9)
#define CR4OSXMMEXCPT	(1<<10)
#define MSREFER		0xC0000080
#define EFERLME		(1<<8)

/* Ureg layout (amd64.h's struct Ureg must match) */
#define UREGTYPE	120		/* the vector, after r15..rax */
#define UREGPC		136
#define UREGSIZE	176
#define FXSAVESIZE	512
