#!/bin/sh
# Boot test of the x86_64 pc kernel: boot out/pc/ember in QEMU the way
# a user does (-kernel, the command line by -append; power-off by ACPI
# is status 0, a failure status s comes through isa-debug-exit as
# 2s-1) and check what it prints and its status; the same from the
# disk image of scripts/image pc under SeaBIOS and OVMF; a kernel
# fault made through QEMU's gdb stub must panic with a register dump
# and end the run; scripts/debug stops it at kmain; then tests/dis's
# programs run on out/pctest/ember (tests/boot/pcember), and the
# shell is driven over the serial console (tests/boot/shell.py pc),
# booted each way. Every QEMU run is under timeout.
# Prints ok/FAIL/skip lines and "run: N ok, M FAIL" like the unit tests.
cd "$(dirname "$0")/../.." || exit 1
. tests/boot/bootlib.sh
k=out/pc/ember

# qemu QEMU options...: boot, console in $tmp/out. What is in $tmp/in
# is typed once the kernel's banner is out: SeaBIOS's serial console
# takes what comes before.
qemu() {
	: >"$tmp/raw"
	(
		i=0
		if [ -s "$tmp/in" ]; then
			while [ $i -lt 300 ] && ! grep -q "Ember amd64 pc" "$tmp/raw"; do
				sleep 0.1
				i=$((i + 1))
			done
			cat "$tmp/in"
		fi
	) | timeout -k 5 90 qemu-system-x86_64 -m "$mem" -nographic -nic none "$@" >"$tmp/raw" 2>&1
	st=$?
	tr -d '\r' <"$tmp/raw" | sed 's/^.*\(Ember amd64 pc: \)/\1/' >"$tmp/out"
	return $st
}

# expect NAME STATUS PATTERN APPEND INPUT [QEMU options...]: booted by
# -kernel, the console must match the grep PATTERN; expectimg NAME
# STATUS PATTERN IMAGE [QEMU options...]: the same, booted from a disk image
# on virtio-blk (whose FAT partition init binds at /n/boot); check is
# tests/boot/bootlib.sh's
expect() {
	name=$1 want=$2 pat=$3 a=$4
	printf '%s' "$5" >"$tmp/in"
	shift 5
	qemu -kernel "$k" -append "$a" "$@"
	check
}
expectimg() {
	name=$1 want=$2 pat=$3 img=$4
	: >"$tmp/in"
	shift 4
	qemu -drive "if=none,file=$img,format=raw,id=d,snapshot=on" -device virtio-blk-pci,drive=d "$@"
	check
}

dbg="-device isa-debug-exit,iobase=0xf4,iosize=0x04"
mem=256M
if [ ! -f "$k" ]; then
	fail "kernel" "no $k: build it with mk TARGET=pc"
	finish
fi

expect "boots by multiboot: banner with RAM from the memory map and ACPI" 0 "^Ember amd64 pc: 256M RAM, ACPI, kernel 0x100000-0x[0-9a-f]*, loaded by qemu$" hello "" $dbg
expect "runs /dis/hello.dis and powers off by ACPI, status 0" 0 "^hello, world$" hello "" $dbg
expect "a program dying of an exception: Broken, status 1 by isa-debug-exit" 1 'Broke.*Broken: "illegal dis instruction"' broke "" $dbg
expect "bare name means /dis/x.dis" 1 "cannot run /dis/nosuch.dis" nosuch "" $dbg
expect "console input by the 16550's interrupt, echoed" 0 "^read 11: typed line$" readline "typed line
" $dbg
expect "the q35 machine (ICH9): ACPI power-off" 0 "^hello, world$" hello "" -M q35 $dbg
expect "q35: console input" 0 "^read 7: on q35$" readline "on q35
" -M q35 $dbg
expect "cpu max" 0 "^hello, world$" hello "" -cpu max $dbg
expect "no isa-debug-exit device: a failure still powers off, status 0" 0 'Broken: "illegal dis instruction"' broke ""
mem=1G
expect "RAM size from the memory map" 0 "^Ember amd64 pc: 1024M RAM" hello "" $dbg
mem=5G
expect "RAM above 4 GiB mapped (the Dis heap stays below)" 0 "^Ember amd64 pc: 5120M RAM" hello "" $dbg
mem=256M
expect "time of day from the CMOS RTC" 0 "^[A-Z][a-z][a-z] $(date -u '+%b %d') [0-9:]* GMT $(date -u +%Y)\$" date "" $dbg -rtc base=utc
expect "reboot by the keyboard controller (-no-reboot: QEMU ends, status 0)" 0 "" "shutdown -r" "" -no-reboot $dbg

# The disk image (scripts/image pc): GRUB from the MBR under SeaBIOS,
# GRUB from /EFI/BOOT under OVMF, each loading the kernel by multiboot.
uefi="-bios /usr/share/ovmf/OVMF.fd"
if ! sh scripts/image -n -a hello -o "$tmp/hello.img" pc >"$tmp/image.log" 2>&1 ||
   ! sh scripts/image -n -a broke -o "$tmp/broke.img" pc >>"$tmp/image.log" 2>&1 ||
   ! sh scripts/image -n -o "$tmp/sh.img" pc >>"$tmp/image.log" 2>&1; then
	fail "scripts/image pc" "$(cat "$tmp/image.log")"
else
	pass "scripts/image pc"
	layout=$(sfdisk -d "$tmp/hello.img" 2>&1; MTOOLS_SKIP_CHECK=1 mdir -/ -b -i "$tmp/hello.img@@1M" ::/ 2>&1)
	if printf '%s\n' "$layout" | grep -q "start= *2048, .*type=c, bootable" &&
	   printf '%s\n' "$layout" | grep -q "^::/boot/ember$" && printf '%s\n' "$layout" | grep -q "^::/EFI/BOOT/BOOTX64.EFI$" &&
	   [ "$(od -An -tx1 -j510 -N2 "$tmp/hello.img" | tr -d ' ')" = 55aa ]; then
		pass "image layout: MBR with GRUB, a bootable FAT partition with the kernel and BOOTX64.EFI"
	else
		fail "image layout: MBR with GRUB, a bootable FAT partition with the kernel and BOOTX64.EFI" "$layout"
	fi
	if sh scripts/image -n -a hello -o "$tmp/again.img" pc >/dev/null 2>&1 && cmp -s "$tmp/hello.img" "$tmp/again.img"; then
		pass "the same inputs make the same image"
	else
		fail "the same inputs make the same image" "$(cmp "$tmp/hello.img" "$tmp/again.img" 2>&1)"
	fi
	rm -f "$tmp/again.img"
	expectimg "BIOS image: GRUB loads the kernel, hello, ACPI off" 0 "^Ember amd64 pc: 256M RAM, ACPI, kernel .*, loaded by GRUB" "$tmp/hello.img" $dbg
	if grep -q "^hello, world$" "$tmp/out"; then
		pass "BIOS image: the command line from GRUB's multiboot line"
	else
		fail "BIOS image: the command line from GRUB's multiboot line" "$(cat "$tmp/out")"
	fi
	expectimg "BIOS image: a failure status by isa-debug-exit" 1 'Broken: "illegal dis instruction"' "$tmp/broke.img" $dbg
	expectimg "UEFI image on pc (PIIX4): GRUB EFI loads the kernel, ACPI off at the chipset's port" 0 "^hello, world$" "$tmp/hello.img" $uefi $dbg
	expectimg "UEFI image on q35 (ICH9)" 0 "^hello, world$" "$tmp/hello.img" -M q35 $uefi $dbg
fi

# A kernel fault: stop at runfirst through QEMU's gdb stub, jump to an
# unmapped address (the first MiB is), and the kernel must panic with
# its registers and a backtrace and end the run with status 2, which
# isa-debug-exit makes 3.
if havegdb; then
	gdbfault qemu-system-x86_64 -m 256M -nographic -nic none $dbg -kernel "$k" -append hello
	if [ "$st" -ne 3 ]; then
		fail "kernel fault: panic, status 2 (3 from QEMU)" "exit status $st; console: $(cat "$tmp/out")"
	elif ! grep -q "^kernel fault: page fault (vector 14)" "$tmp/out" ||
	     ! grep -q "^rip 0x0000000000001000 " "$tmp/out" || ! grep -q "cr2 0x0000000000001000$" "$tmp/out" ||
	     ! grep -q "^panic: page fault at pc 0x1000, address 0x1000" "$tmp/out" ||
	     ! grep -q "^backtrace: 0x" "$tmp/out"; then
		fail "kernel fault: panic, status 2 (3 from QEMU)" "console lacks the fault, registers, panic or backtrace: $(cat "$tmp/out")"
	else
		pass "kernel fault: panic, status 2 (3 from QEMU)"
	fi
	# a kernel stack overflow: the push to an unmapped stack faults, the
	# page fault cannot be pushed either, and the double fault, on the
	# TSS's stack of its own, panics
	gdbrun 60 'break runfirst
continue
set $rsp = 0x1000
continue' qemu-system-x86_64 -m 256M -nographic -nic none $dbg -kernel "$k" -append hello
	if [ "$st" -ne 3 ] || ! grep -q "^kernel fault: double fault (vector 8)" "$tmp/out" ||
	   ! grep -q "rsp 0x0000000000001000$" "$tmp/out" || ! grep -q "^panic: double fault" "$tmp/out"; then
		fail "kernel stack overflow: double fault on its own stack, panic" "status $st; console: $(cat "$tmp/out")"
	else
		pass "kernel stack overflow: double fault on its own stack, panic"
	fi

	# scripts/debug: stopped at kmain, the helpers at runfirst, then to the end
	printf '%s\n' bt 'break runfirst' continue ember-procs ember-progs continue >"$tmp/cmds"
	EMBERGDBPORT=$((port + 1)) timeout -k 5 90 sh scripts/debug -n -b -x "$tmp/cmds" pc hello >"$tmp/gdb" 2>&1
	st=$?
	if [ "$st" -ne 0 ] || ! grep -q "^#0  kmain (" "$tmp/gdb" || ! grep -q "in long64 () at l.S" "$tmp/gdb" ||
	   ! grep -q "^#1  .* in archmain (" "$tmp/gdb" || ! grep -q "^Breakpoint 2, runfirst (" "$tmp/gdb" ||
	   ! grep -q "^\*    1 Running  *main " "$tmp/gdb" || ! grep -q "exited normally" "$tmp/gdb"; then
		fail "scripts/debug pc: kmain, the 32-bit entry below it, the helpers" "status $st; gdb said: $(cat "$tmp/gdb")"
	elif ! tr -d '\r' <out/pc/debug.log | grep -q "^hello, world"; then
		fail "scripts/debug pc: the console in out/pc/debug.log" "$(cat out/pc/debug.log)"
	else
		pass "scripts/debug pc: kmain, the 32-bit entry below it, the helpers, the console in out/pc/debug.log"
	fi
fi

# tests/dis on the x86_64 kernel (tests/boot/bootlib.sh)
dis pc

# The shell over the serial console (tests/boot/shell.py), booted by
# -kernel, from the image under SeaBIOS and under OVMF.
# shell PREFIX [VAR=value...]: run shell.py pc, its cases' names prefixed
shell() {
	prefix=$1
	shift
	env "$@" python3 tests/boot/shell.py pc >"$tmp/shell" 2>&1
	results "$prefix" "$tmp/shell" "${prefix}shell" tests/boot/shell.py
}
if [ -f out/pc/root/dis/sh.dis ]; then
	shell ""
	# date from the CMOS clock and Dis programs that fault, each dying alone (tests/boot/virtshell.py pc)
	python3 tests/boot/virtshell.py pc >"$tmp/extra" 2>&1
	results "" "$tmp/extra" "virtshell.py pc"
	if [ -f "$tmp/sh.img" ]; then
		shell "BIOS image: " EMBERPCIMAGE="$tmp/sh.img"
		shell "UEFI image: " EMBERPCIMAGE="$tmp/sh.img" EMBERPCUEFI=1
	fi
fi

finish
