#!/bin/sh
# Boot test of the arm64 virt kernel: boot out/virt/ember in QEMU the
# way a user does (-kernel, the command line by -append, the exit
# status by semihosting) and check what it prints and its status; a
# kernel fault made through QEMU's gdb stub must panic with a register
# dump and end the run; then tests/dis's programs run on
# out/virttest/ember (tests/boot/virtember). Every QEMU run is under
# timeout. Prints ok/FAIL/skip lines and "run: N ok, M FAIL" like the
# unit tests.
cd "$(dirname "$0")/../.." || exit 1
. tests/boot/bootlib.sh
k=out/virt/ember

# qemu MACHINE APPEND [QEMU options...]: boot $k, stdin from $tmp/in, console in $tmp/out
qemu() {
	m=$1 a=$2
	shift 2
	timeout -k 5 60 qemu-system-aarch64 -M "$m" -cpu cortex-a53 -m "$mem" -nographic -nic none \
		-semihosting -kernel "$k" -append "$a" "$@" <"$tmp/in" >"$tmp/raw" 2>&1
	st=$?
	tr -d '\r' <"$tmp/raw" >"$tmp/out"
	return $st
}

# expect NAME STATUS PATTERN MACHINE APPEND [INPUT]: the console must match the grep PATTERN
expect() {
	name=$1 want=$2 pat=$3 m=$4 a=$5
	printf '%s' "${6-}" >"$tmp/in"
	qemu "$m" "$a"
	check
}

mem=256M
if [ ! -f "$k" ]; then
	fail "kernel" "no $k: build it with mk TARGET=virt"
	finish
fi

expect "boots: banner from the device tree" 0 "^Ember arm64 virt: 256M RAM at 0x40000000, GICv2" virt "semihosting hello"
expect "runs /dis/hello.dis and exits 0 by semihosting" 0 "^hello, world$" virt "semihosting hello"
expect "a program dying of an exception: Broken, status 1" 1 'Broke.*Broken: "illegal dis instruction"' virt "semihosting broke"
# (with no command the kernel runs /dis/init.dis, which starts the shell: tests/boot/shell.py below)
expect "bare name means /dis/x.dis" 1 "cannot run /dis/nosuch.dis" virt "semihosting nosuch"
expect "console input by the PL011's interrupt, echoed" 0 "^read 11: typed line$" virt "semihosting readline" "typed line
"
expect "started at EL2 (virtualization=on): drops to EL1" 0 "^hello, world$" virt,virtualization=on "semihosting hello"
expect "GICv3" 0 "GICv3" virt,gic-version=3 "semihosting readline" "on gicv3
"
expect "GICv3 at EL2" 0 "^hello, world$" virt,gic-version=3,virtualization=on "semihosting hello"
mem=1G
expect "RAM size from the device tree" 0 "^Ember arm64 virt: 1024M RAM" virt "semihosting hello"
mem=256M
# without the word semihosting the kernel powers off by PSCI: status 0 whatever the program's
expect "no semihosting on the command line: PSCI SYSTEM_OFF, status 0" 0 'Broken: "illegal dis instruction"' virt "broke"

# A kernel fault: stop at runfirst through QEMU's gdb stub, jump to an
# unmapped address, and the kernel must panic with its registers and
# a backtrace and end the run with status 2.
if havegdb; then
	gdbfault qemu-system-aarch64 -M virt -cpu cortex-a53 -m 256M -nographic -nic none \
		-semihosting -kernel "$k" -append "semihosting hello"
	if [ "$st" -ne 2 ]; then
		fail "kernel fault: panic, status 2" "exit status $st; console: $(cat "$tmp/out")"
	elif ! grep -q "^kernel fault: synchronous exception, instruction abort" "$tmp/out" ||
	     ! grep -q "^pc  0x0000000000001000" "$tmp/out" || ! grep -q "^panic: instruction abort at pc 0x1000" "$tmp/out" ||
	     ! grep -q "^backtrace: 0x" "$tmp/out"; then
		fail "kernel fault: panic, status 2" "console lacks the fault, registers, panic or backtrace: $(cat "$tmp/out")"
	else
		pass "kernel fault: panic, status 2"
	fi
fi

# tests/dis on the arm64 kernel (tests/boot/bootlib.sh)
dis virt

# The shell over the console (tests/boot/shell.py), once there is one.
if [ -f out/virt/root/dis/sh.dis ]; then
	python3 tests/boot/shell.py virt >"$tmp/shell" 2>&1
	results "" "$tmp/shell" shell tests/boot/shell.py
fi

finish
