/*
 * What the libinterp tests share (testdis.c): the loader's allocator
 * with counting and failure injection, and helpers to build images.
 */
extern long disnalloc;	/* dismalloc calls so far */
extern long disnout;	/* blocks allocated and not yet freed */
extern long disfailat;	/* the call (counting from 0) that fails, or -1 */

/* text assembled into out (reset first); check: also load it. 0 or -1 with err. */
int	assemble(char *text, int check, Buf *out, char *err, int nerr);
/* hex digits (spaces and newlines ignored) appended to out as bytes */
void	unhex(char *hex, Buf *out);
/* replaces del bytes at off in b by the bytes of hex */
void	splice(Buf *b, ulong off, ulong del, char *hex);
/* the hello module of dis-format.md §12, 125 bytes */
extern char hellohex[];
