# The host target: Ember's kernel as a Linux process (arch/host).
ARCH=host
CC=gcc
AR=ar
ARCHCFLAGS=-g -O2 -D_GNU_SOURCE -pthread
LDFLAGS=-pthread -g
# libc supplies these on the host; libkern's own copies serve freestanding targets.
LIBKERNHOSTED=1
