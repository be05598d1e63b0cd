#!/bin/sh
# pcboot: the x86_64 pc target's boot figures, reported, never
# asserted:
#	size		out/pc/ember: text, data and bss, and the ELF file with its symbols
#	-kernel		QEMU start to the kernel's banner and to the shell's prompt
#			(SeaBIOS and QEMU's multiboot loader first)
#	bios		the same from scripts/image's disk image, through SeaBIOS and GRUB
#	uefi		the same through OVMF and GRUB EFI
# Times are medians of RUNS runs (default 3), by tests/bench/toprompt.py.
# Run by scripts/bench; alone: sh tests/bench/pcboot.sh after mk TARGET=pc.
cd "$(dirname "$0")/../.." || exit 1
export PATH="$PATH:/usr/lib/plan9/bin:/usr/sbin:/sbin"
runs=${RUNS:-3}
ovmf=/usr/share/ovmf/OVMF.fd
target=pc
. tests/bench/bootlib.sh
qemu="qemu-system-x86_64 -m 256M -nographic -nic none -device isa-debug-exit,iobase=0xf4,iosize=0x04"

set -- $(size "$K" | awk 'NR == 2 { print $1, $2, $3 }')
echo "size: text $(($1 / 1024)) KiB, data $(($2 / 1024)) KiB, bss $(($3 / 1024)) KiB; ELF file with symbols $(($(wc -c <"$K") / 1024)) KiB"

marks kernel $qemu -kernel "$K"
echo "-kernel: banner $(median "$tmp/kernel.banner") s, prompt $(median "$tmp/kernel.prompt") s"

if sh scripts/image -n -o "$tmp/ember.img" pc >/dev/null 2>&1; then
	marks bios $qemu -drive file="$tmp/ember.img",format=raw,snapshot=on
	echo "bios (SeaBIOS, GRUB): banner $(median "$tmp/bios.banner") s, prompt $(median "$tmp/bios.prompt") s"
	if [ -f "$ovmf" ]; then
		marks uefi $qemu -bios "$ovmf" -drive file="$tmp/ember.img",format=raw,snapshot=on
		echo "uefi (OVMF, GRUB EFI): banner $(median "$tmp/uefi.banner") s, prompt $(median "$tmp/uefi.prompt") s"
	else
		echo "uefi: no $ovmf"
	fi
else
	echo "bios, uefi: no image (scripts/image pc failed)"
fi
