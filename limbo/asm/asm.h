/*
 * The Dis assembler and disassembler: host tools, and the library
 * the VM's tests use to write Dis programs before a compiler exists.
 * A Module (libinterp/dis.h) is the common form: the loader makes
 * one from a .dis image, asmparse from text; diswrite turns one back
 * into a .dis image and disprint into text that asmparse reads.
 * Host-only: these files use the C library.
 */

/* A growing byte buffer; nomem is set (and output stops) if memory runs out. */
typedef struct Buf Buf;
struct Buf {
	char	*s;
	ulong	n;
	ulong	cap;
	int	nomem;
};

void	bufput(Buf*, void*, ulong);
void	bufprint(Buf*, char*, ...) __attribute__((format(printf, 2, 3)));
void	buffree(Buf*);

/* enc.c: m as a .dis image appended to b (shortest encodings); -1 and err if a value does not fit */
int	diswrite(Module *m, Buf *b, char *err, int nerr);

/* print.c: m as assembler text appended to b */
void	disprint(Module *m, Buf *b);
int	opslots(int op, int n);	/* slots (1 src, 2 mid, 4 dst) that n listed operands fill */

/*
 * asm.c: assembles text (len bytes, file names it in messages) into
 * a .dis image appended to out, and if check is set makes sure the
 * loader accepts it. Returns 0, or -1 with "file:line: what" in err.
 */
int	asmtext(char *text, ulong len, char *file, int check, Buf *out, char *err, int nerr);

/* file.c */
int	readfile(char *file, Buf *b, char *err, int nerr);	/* appends the file to b */
int	writefile(char *file, void *v, ulong n, char *err, int nerr);
