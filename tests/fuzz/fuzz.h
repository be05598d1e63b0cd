/*
 * The fuzz harnesses' shared part (stubs.c): each harness is a
 * libFuzzer LLVMFuzzerTestOneInput over the real kernel source files
 * it tests, and reports a broken property by aborting with a message,
 * which libFuzzer turns into a crash file.
 */
int	LLVMFuzzerTestOneInput(const uchar*, size_t);
int	LLVMFuzzerInitialize(int*, char***);	/* optional: once, before the first input */
void	fuzzfail(char *name, char *fmt, ...) __attribute__((noreturn));
void	fuzzerrcheck(char *name);	/* fails unless every waserror was popped */

#define fuzzcheck(name, cond, ...)	do{ if(!(cond)) fuzzfail(name, __VA_ARGS__); }while(0)
