/* Constants shared by the arm64 assembly and C. */
#define KTZERO		0x40400000	/* the link address: RAM + 4 MiB, above a DTB at RAM's start (kernel.ld) */
#define BOOTSTACK	16384
#define HCR_RW		(1<<31)
/* SCTLR_EL1 bits that read as one (ARMv8.0), with the MMU, caches and alignment checks off */
#define SCTLR_RES1	((1<<11)|(1<<20)|(1<<22)|(1<<23)|(1<<28)|(1<<29))
#define ICC_SRE_EL2	S3_4_C12_C9_5

/* Ureg layout (trap.c's struct Ureg must match) */
#define UREGFP		320		/* q0-q31, fpsr, fpcr */
#define UREGSIZE	848

/* trap types */
#define Tsync		0
#define Tirq		1
#define Tfiq		2
#define Tserror		3
#define Tbad		4
