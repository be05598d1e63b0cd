/* Between the files of the host arch only. */
enum {				/* interrupt lines of the host's devices */
	IRQclock,
	IRQcons,
	IRQnet,		/* devip.c: sockets became ready, or a name lookup ended */
};

void	cpuinit(void);
void	clockorigin(void);	/* fastticks counts from here: before the kernel reads the clock */
void	clockinit(void);
void	hostintr(int);
void	hostfatal(char*) __attribute__((noreturn));
void	hostconsinit(void);
void	hostconsrestore(void);
int	hostboot(int, char**, int (*)(void*), void*);

extern	char	*hostroot;	/* the host directory #U serves */
extern	char	*hostargs;	/* the kernel's command line, for emuargs */
extern	int	hosttyped;	/* -i: stdin is typing even when it is not a terminal */
extern	char	**hostargv;	/* the kernel's own argv, for reboot */
