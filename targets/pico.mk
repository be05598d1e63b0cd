# The pico target: Ember on the RP2040 (Raspberry Pi Pico), one
# Cortex-M0+ core (ARMv6-M: Thumb only, no divide, no FPU, no MMU),
# 264 KiB of SRAM and 2 MiB of flash executed in place, run under the
# rp2040js emulator by scripts/pico-run (see man/8/pico and
# ../shared/ref/boot-notes.md §4). out/pico/ember is the ELF; the
# link also writes ember.elf, ember.bin and ember.uf2 (POSTLINK).
#
# Code and constant data (the root, the prepared Dis modules) stay in
# flash; only .data, .bss, the stacks and the pools take SRAM. Real
# arithmetic is libgcc's soft float (-lgcc, the v6-m multilib), as is
# division (__aeabi_uidiv).
ARCH=rp2040
CC=arm-none-eabi-gcc
AR=arm-none-eabi-ar
OBJCOPY=arm-none-eabi-objcopy
DRIVERS=pl011 rp2040uart
ARCHCFLAGS=-g -O2 -mcpu=cortex-m0plus -mthumb -ffreestanding -nostdlib -fno-builtin -fno-pie -fno-pic -fno-stack-protector -ffunction-sections -fdata-sections
LDFLAGS=-g -mcpu=cortex-m0plus -mthumb -static -nostdlib -nostartfiles -Wl,-T,$ROOT/arch/rp2040/kernel.ld -Wl,-u,_start -Wl,-u,boot2 -Wl,--gc-sections -Wl,--no-warn-rwx-segments -Wl,--build-id=none -Wl,-Map,$O/ember.map
LDLIBS=-lgcc
POSTLINK=sh $ROOT/arch/rp2040/mkimages $O
