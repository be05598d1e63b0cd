# The pc target: Ember on x86_64 PCs and QEMU's pc and q35 machines
# (arch/amd64), built freestanding with the native gcc. out/pc/ember
# is an ELF64 linked at 1 MiB whose multiboot (v1) header uses the
# a.out kludge, so that qemu-system-x86_64 -kernel (which refuses an
# ELF64 otherwise) and GRUB's multiboot both load it, and gdb reads
# its symbols; see ../shared/ref/boot-notes.md §3.
#
# No -mgeneral-regs-only: libinterp's Math and the print of floats
# use SSE, so the kernel turns it on at entry and every trap saves the
# FP/SSE state with fxsave (arch/amd64/l.S). -mno-red-zone: interrupts
# push onto the interrupted code's stack.
ARCH=amd64
CC=gcc
AR=ar
DRIVERS=ns16550 virtio virtiopci virtioblk
ARCHCFLAGS=-g -O2 -ffreestanding -nostdlib -fno-builtin -fno-pie -fno-pic -fno-stack-protector -fno-omit-frame-pointer -mno-red-zone -mcmodel=small -fcf-protection=none -fno-asynchronous-unwind-tables -fno-unwind-tables
LDFLAGS=-g -static -nostdlib -no-pie -Wl,-T,$ROOT/arch/amd64/kernel.ld -Wl,-u,_start -Wl,-z,max-page-size=0x1000 -Wl,--no-warn-rwx-segments -Wl,--build-id=none
LDLIBS=-lgcc
