#!/bin/sh
# virtboot: the arm64 virt target's boot figures, reported, never
# asserted:
#	size		out/virt/ember: text, data and bss, the Image U-Boot
#			loads, and the ELF file with its symbols
#	qemu		QEMU's own start and exit, for scale (a 3-instruction
#			kernel that exits at once by semihosting)
#	-kernel		QEMU start to the kernel's banner and to the shell's prompt
#	u-boot		the same through U-Boot from scripts/image's image
#			(default environment: its 2 s autoboot delay included),
#			and to U-Boot's "Starting kernel"
#	rebuild		a one-line change to a port/ file (port/qio.c), then
#			mk TARGET=virt, then a boot to the prompt: in a copy of
#			the tree and of out/virt, so the tree is not touched
# Times are medians of RUNS runs (default 3), by tests/bench/toprompt.py.
# Run by scripts/bench; alone: sh tests/bench/virtboot.sh after
# mk TARGET=virt.
cd "$(dirname "$0")/../.." || exit 1
top=$(pwd)
export PATH="$PATH:/usr/lib/plan9/bin:/usr/sbin:/sbin"
runs=${RUNS:-3}
uboot=/usr/lib/u-boot/qemu_arm64/u-boot.bin
target=virt
. tests/bench/bootlib.sh
qemu="qemu-system-aarch64 -M virt -cpu cortex-a53 -m 256M -nographic -nic none -semihosting"

# size
set -- $(aarch64-linux-gnu-size "$K" | awk 'NR == 2 { print $1, $2, $3 }')
aarch64-linux-gnu-objcopy -O binary "$K" "$tmp/Image"
echo "size: text $(($1 / 1024)) KiB, data $(($2 / 1024)) KiB, bss $(($3 / 1024)) KiB; Image $(($(wc -c <"$tmp/Image") / 1024)) KiB; ELF file with symbols $(($(wc -c <"$K") / 1024)) KiB"

# QEMU itself
printf '\t.globl _start\n_start:\n\tldr x1, =blk\n\tmov x0, #0x18\n\thlt #0xf000\n\t.data\n\t.balign 8\nblk:\t.quad 0x20026, 0\n' >"$tmp/tiny.S"
if aarch64-linux-gnu-gcc -nostdlib -static -Wl,-Ttext=0x40400000 -Wl,--no-warn-rwx-segments -o "$tmp/tiny" "$tmp/tiny.S"; then
	: >"$tmp/q"
	i=0
	while [ $i -lt $runs ]; do
		s=$(date +%s%N)
		$qemu -kernel "$tmp/tiny" </dev/null >/dev/null 2>&1
		e=$(date +%s%N)
		echo "$(( (e - s) / 1000 ))" | awk '{ print $1 / 1e6 }' >>"$tmp/q"
		i=$((i + 1))
	done
	echo "qemu: start and exit with nothing to run $(median "$tmp/q") s"
fi

marks kernel $qemu -kernel "$K" -append semihosting
echo "-kernel: banner $(median "$tmp/kernel.banner") s, prompt $(median "$tmp/kernel.prompt") s"

if [ -f "$uboot" ] && sh scripts/image -n -a semihosting -o "$tmp/ember.img" virt >/dev/null 2>&1; then
	marks uboot $qemu -bios "$uboot" -drive if=none,file="$tmp/ember.img",format=raw,id=d,snapshot=on \
		-device virtio-blk-device,drive=d
	echo "u-boot: Starting kernel $(median "$tmp/uboot.kernelstart") s, banner $(median "$tmp/uboot.banner") s, prompt $(median "$tmp/uboot.prompt") s"
else
	echo "u-boot: no $uboot or no image (scripts/image virt failed)"
fi

# rebuild and reboot after a one-line change, in a copy of the tree and its out/virt
w=$tmp/tree
mkdir -p "$w/out"
tar -C "$top" --exclude=./out --exclude=./.git -cf - . | tar -C "$w" -xf -
cp -a out/virt "$w/out/virt"
if (cd "$w" && mk TARGET=virt >"$tmp/build0.log" 2>&1); then
	echo "/* virtboot: a one-line change */" >>"$w/port/qio.c"
	s=$(date +%s%N)
	(cd "$w" && mk TARGET=virt >"$tmp/build1.log" 2>&1)
	bst=$?
	e=$(date +%s%N)
	if [ $bst -eq 0 ]; then
		b=$(echo "$(( (e - s) / 1000 ))" | awk '{ printf "%.2f", $1 / 1e6 }')
		runs=1 marks rebuilt $qemu -kernel "$w/out/virt/ember" -append semihosting
		p=$(cat "$tmp/rebuilt.prompt")
		echo "rebuild after a one-line change to port/qio.c: mk $b s, boot to the prompt $p s, together $(echo "$b $p" | awk '{ if ($2 == "-") print "-"; else printf "%.2f", $1 + $2 }') s"
	else
		echo "rebuild: mk failed after the change ($(tail -n 3 "$tmp/build1.log"))"
	fi
else
	echo "rebuild: the copy of the tree does not build ($(tail -n 3 "$tmp/build0.log"))"
fi
