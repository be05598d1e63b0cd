#!/bin/sh
# Boot test of the arm64 virt disk image, as a user boots it: made by
# scripts/image (no root, mounts or loop devices), its layout checked
# (MBR, one bootable FAT partition, the kernel as an arm64 Image and a
# U-Boot script), then booted in QEMU with U-Boot (u-boot-qemu) as
# firmware and the image on virtio-blk: U-Boot's default boot sequence
# must find it with no key pressed. The command line the boot script
# passes is checked by the exit status (semihosting, PSCI, a panic's),
# then the shell is driven over the console (tests/boot/virtshell.py
# image: the cases of tests/boot/shell.py and date, the faulting
# programs, shutdown -r and -h), and virtshell.py's own cases run on
# the -kernel path too. Every QEMU run is under timeout. Prints ok/FAIL
# lines and "run: N ok, M FAIL".
cd "$(dirname "$0")/../.." || exit 1
. tests/boot/bootlib.sh
k=out/virt/ember
export PATH="$PATH:/usr/sbin:/sbin" MTOOLS_SKIP_CHECK=1
uboot=/usr/lib/u-boot/qemu_arm64/u-boot.bin

for f in "$k" "$uboot"; do
	if [ ! -f "$f" ]; then
		fail prerequisites "no $f (mk TARGET=virt; scripts/setup installs u-boot-qemu)"
		finish
	fi
done

# image NAME ARGS: scripts/image -n with the command line ARGS into $tmp/NAME.img
image() {
	if ! sh scripts/image -n -a "$2" -o "$tmp/$1.img" virt >"$tmp/image.log" 2>&1; then
		fail "scripts/image virt -a '$2'" "$(cat "$tmp/image.log")"
		return 1
	fi
}

# The layout.
if image plain ""; then
	pass "scripts/image virt"
	sfdisk -d "$tmp/plain.img" >"$tmp/part" 2>&1
	if grep -q "^label: dos" "$tmp/part" && grep -q "start= *2048, size= *129024, type=c, bootable" "$tmp/part" &&
	   [ "$(grep -c "start=" "$tmp/part")" -eq 1 ]; then
		pass "image: MBR, one bootable FAT32 (0c) partition from 1 MiB"
	else
		fail "image: MBR, one bootable FAT32 (0c) partition from 1 MiB" "$(cat "$tmp/part")"
	fi
	aarch64-linux-gnu-objcopy -O binary "$k" "$tmp/want"
	if mcopy -i "$tmp/plain.img@@1M" ::/ember "$tmp/got" 2>"$tmp/err" && cmp -s "$tmp/want" "$tmp/got"; then
		pass "image: the FAT partition holds the kernel as an arm64 Image"
	else
		fail "image: the FAT partition holds the kernel as an arm64 Image" "$(cat "$tmp/err"; mdir -i "$tmp/plain.img@@1M" ::/ 2>&1)"
	fi
	magic=$(od -An -tx1 -j 56 -N 4 "$tmp/got" | tr -d ' ')
	[ "$magic" = 41524d64 ] && pass "image: the kernel has the arm64 Image magic" ||
		fail "image: the kernel has the arm64 Image magic" "bytes 56-59: $magic"
	if mcopy -i "$tmp/plain.img@@1M" ::/boot.scr "$tmp/boot.scr" 2>"$tmp/err" &&
	   mkimage -l "$tmp/boot.scr" 2>&1 | grep -q "^Image Type: .* Script"; then
		pass "image: boot.scr is a U-Boot script"
	else
		fail "image: boot.scr is a U-Boot script" "$(cat "$tmp/err"; mkimage -l "$tmp/boot.scr" 2>&1)"
	fi
	dd if="$tmp/plain.img" of="$tmp/part.fat" bs=1M skip=1 2>/dev/null
	if fsck.fat -n "$tmp/part.fat" >"$tmp/fsck" 2>&1; then
		pass "image: the FAT file system checks clean (fsck.fat)"
	else
		fail "image: the FAT file system checks clean (fsck.fat)" "$(cat "$tmp/fsck")"
	fi
	sh scripts/image -n -o "$tmp/again.img" virt >/dev/null 2>&1
	if cmp -s "$tmp/plain.img" "$tmp/again.img"; then
		pass "image: the same inputs make the same image"
	else
		fail "image: the same inputs make the same image" "two runs differ: $(cmp "$tmp/plain.img" "$tmp/again.img" 2>&1)"
	fi
	rm -f "$tmp/again.img" "$tmp/part.fat"
fi
if sh scripts/image -n -a 'semihosting; reset' -o "$tmp/bad.img" virt >"$tmp/err" 2>&1; then
	fail "image: a command line with ; is refused" "it was accepted"
elif grep -q "may hold only" "$tmp/err" && [ ! -f "$tmp/bad.img" ]; then
	pass "image: a command line with ; is refused"
else
	fail "image: a command line with ; is refused" "$(cat "$tmp/err")"
fi

# uboot IMG [QEMU options]: boot it through U-Boot, console in $tmp/out, status returned
uboot() {
	img=$1
	shift
	timeout -k 5 90 qemu-system-aarch64 -M virt -cpu cortex-a53 -m 256M -nographic -nic none \
		-bios "$uboot" -drive if=none,file="$img",format=raw,id=d,snapshot=on \
		-device virtio-blk-device,drive=d "$@" </dev/null >"$tmp/raw" 2>&1
	st=$?
	tr -d '\r' <"$tmp/raw" >"$tmp/out"
	return $st
}

# expect NAME STATUS PATTERN IMG [QEMU options]
expect() {
	name=$1 want=$2 pat=$3
	shift 3
	uboot "$@"
	st=$?
	if [ "$st" -ne "$want" ]; then
		fail "$name" "exit status $st, want $want; console: $(tail -n 30 "$tmp/out")"
	elif ! grep -q -- "$pat" "$tmp/out"; then
		fail "$name" "console lacks \"$pat\": $(tail -n 30 "$tmp/out")"
	else
		pass "$name"
	fi
}

image hello "semihosting hello" &&
	expect "U-Boot boots the image: hello.dis, status 0 by semihosting" 0 "^hello, world$" "$tmp/hello.img" -semihosting
if grep -q "^Found U-Boot script /boot.scr" "$tmp/out" && grep -q "^Hit any key to stop autoboot" "$tmp/out"; then
	pass "found by U-Boot's default boot sequence, no key pressed"
else
	fail "found by U-Boot's default boot sequence, no key pressed" "$(head -n 40 "$tmp/out")"
fi
image broke "semihosting broke" &&
	expect "the boot script passes the command line: a program's failure is status 1" 1 'Broken: "illegal dis instruction"' "$tmp/broke.img" -semihosting
image nosemi "broke" &&
	expect "without semihosting in it: PSCI SYSTEM_OFF, status 0, no semihosting call" 0 'Broken: "illegal dis instruction"' "$tmp/nosemi.img"
expect "GICv3 through U-Boot" 0 "GICv3" "$tmp/hello.img" -semihosting -M virt,gic-version=3
expect "through U-Boot with virtualization=on (EL2 firmware)" 0 "^hello, world$" "$tmp/hello.img" -semihosting -M virt,virtualization=on

# A kernel panic through U-Boot ends QEMU with status 2: stop at runfirst (a hardware breakpoint:
# the kernel is not loaded yet when gdb connects) and jump to an unmapped address.
if havegdb; then
	port=$((40000 + $$ % 10000))
	gdbrun 90 'hbreak runfirst
continue
set $pc = 0x1000
continue' qemu-system-aarch64 -M virt -cpu cortex-a53 -m 256M -nographic -nic none -semihosting \
		-bios "$uboot" -drive if=none,file="$tmp/hello.img",format=raw,id=d,snapshot=on \
		-device virtio-blk-device,drive=d
	if [ "$st" -eq 2 ] && grep -q "^panic: instruction abort at pc 0x1000" "$tmp/out" && grep -q "^backtrace: 0x" "$tmp/out"; then
		pass "a kernel panic through U-Boot: registers, backtrace, status 2"
	else
		fail "a kernel panic through U-Boot: registers, backtrace, status 2" "status $st; console: $(tail -n 20 "$tmp/out"); gdb: $(cat "$tmp/gdb")"
	fi
fi

# The shell over the console: through U-Boot (every case), and virtshell.py's own cases by -kernel.
if [ -f out/virt/root/dis/sh.dis ]; then
	for mode in image kernel; do
		if [ $mode = image ]; then
			image shell "semihosting" || continue
			python3 tests/boot/virtshell.py image "$tmp/shell.img" >"$tmp/sh" 2>&1
		else
			python3 tests/boot/virtshell.py kernel >"$tmp/sh" 2>&1
		fi
		results "" "$tmp/sh" "virtshell.py $mode"
	done
else
	fail "shell" "no out/virt/root/dis/sh.dis: the userland is not built"
fi

finish
