# The virt target: Ember on QEMU's arm64 "virt" machine (arch/arm64),
# built freestanding with the Debian cross compiler. out/virt/ember is
# an ELF that qemu-system-aarch64 -kernel loads at 0x40400000 (above
# QEMU's device tree at 0x40000000; see ../shared/ref/boot-notes.md).
#
# No -mgeneral-regs-only: libinterp's Math and the print of floats
# need the FP unit, so the kernel turns it on at entry and every trap
# saves all FP/SIMD registers with the integer ones (arch/arm64/l.S).
# -mno-outline-atomics: the outline atomics of libgcc need the C
# library's getauxval. libkern supplies mem/str (LIBKERNHOSTED unset).
ARCH=arm64
CC=aarch64-linux-gnu-gcc
AR=aarch64-linux-gnu-ar
DRIVERS=pl011 gic virtio virtiommio virtioblk
ARCHCFLAGS=-g -O2 -ffreestanding -nostdlib -fno-builtin -fno-pie -fno-pic -fno-stack-protector -fno-omit-frame-pointer -march=armv8-a -mno-outline-atomics -mcmodel=small
LDFLAGS=-g -static -nostdlib -no-pie -Wl,-T,$ROOT/arch/arm64/kernel.ld -Wl,-u,_start -Wl,--no-warn-rwx-segments -Wl,--build-id=none
LDLIBS=-lgcc
