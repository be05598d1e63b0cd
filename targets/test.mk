# The host arch built with AddressSanitizer and UndefinedBehaviorSanitizer,
# for the unit tests (tests/unit). Not a target anyone boots.
ARCH=host
CC=gcc
AR=ar
ARCHCFLAGS=-g -O1 -D_GNU_SOURCE -pthread '-fsanitize=address,undefined' -fno-omit-frame-pointer '-fno-sanitize-recover=undefined'
LDFLAGS=-pthread -g '-fsanitize=address,undefined'
LIBKERNHOSTED=1
