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
k=out/virt/ember
ok=0
bad=0
pass() { echo "ok $1"; ok=$((ok + 1)); }
fail() { echo "FAIL $1: $2"; bad=$((bad + 1)); }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/virtboot.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

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
	st=$?
	out=$(cat "$tmp/out")
	if [ "$st" -ne "$want" ]; then
		fail "$name" "exit status $st, want $want; console: $out"
	elif ! grep -q -- "$pat" "$tmp/out"; then
		fail "$name" "console lacks \"$pat\": $out"
	else
		pass "$name"
	fi
}

mem=256M
if [ ! -f "$k" ]; then
	fail "kernel" "no $k: build it with mk TARGET=virt"
	echo "run: $ok ok, $bad FAIL"
	exit 1
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
if command -v gdb-multiarch >/dev/null 2>&1; then
	port=$((20000 + $$ % 20000))
	: >"$tmp/in"
	timeout -k 5 60 qemu-system-aarch64 -M virt -cpu cortex-a53 -m 256M -nographic -nic none \
		-semihosting -kernel "$k" -append "semihosting hello" -S -gdb tcp:127.0.0.1:$port \
		<"$tmp/in" >"$tmp/raw" 2>&1 &
	qpid=$!
	timeout -k 5 60 gdb-multiarch -batch -nx -ex "file $k" -ex "target remote 127.0.0.1:$port" \
		-ex 'break runfirst' -ex continue -ex bt -ex 'set $pc = 0x1000' -ex continue >"$tmp/gdb" 2>&1
	wait $qpid
	st=$?
	tr -d '\r' <"$tmp/raw" >"$tmp/out"
	if ! grep -q "^#0  runfirst (" "$tmp/gdb" || ! grep -q "in kprocstart" "$tmp/gdb"; then
		fail "gdb: break at runfirst, backtrace" "gdb said: $(cat "$tmp/gdb")"
	else
		pass "gdb: break at runfirst, backtrace"
	fi
	if [ "$st" -ne 2 ]; then
		fail "kernel fault: panic, status 2" "exit status $st; console: $(cat "$tmp/out")"
	elif ! grep -q "^kernel fault: synchronous exception, instruction abort" "$tmp/out" ||
	     ! grep -q "^pc  0x0000000000001000" "$tmp/out" || ! grep -q "^panic: instruction abort at pc 0x1000" "$tmp/out" ||
	     ! grep -q "^backtrace: 0x" "$tmp/out"; then
		fail "kernel fault: panic, status 2" "console lacks the fault, registers, panic or backtrace: $(cat "$tmp/out")"
	else
		pass "kernel fault: panic, status 2"
	fi
else
	fail "gdb" "no gdb-multiarch (scripts/setup installs it)"
fi

# tests/dis on the arm64 kernel, but for those that need what virt
# lacks; each skip is named, and a skip of a test that is gone fails.
skips="
stat	expects stat("/tmp") to be named tmp, as #U's is; virt's /tmp is ramfs(3), whose root is named #R
deepcycle	long (a .timeout test): minutes under QEMU's TCG
gc	long (a .timeout test): minutes under QEMU's TCG
longlist	long (a .timeout test), and needs more heap than 256M of RAM gives
"
if [ ! -f out/virttest/ember ]; then
	fail "dis programs" "no out/virttest/ember: build it with mk TARGET=virttest"
else
	names=
	for f in tests/dis/*.s; do
		n=$(basename "$f" .s)
		why=$(printf '%s\n' "$skips" | awk -v n="$n" -F'\t' '$1 == n { print $2 }')
		if [ -n "$why" ]; then
			echo "skip dis/$n: $why"
		else
			names="$names $n"
		fi
	done
	for n in $(printf '%s\n' "$skips" | awk -F'\t' 'NF { print $1 }'); do
		[ -f "tests/dis/$n.s" ] || fail "dis skip list" "names $n, which is no longer in tests/dis"
	done
	EMBER=tests/boot/virtember sh tests/dis/run $names >"$tmp/dis" 2>&1
	while IFS= read -r line; do
		case $line in
		"ok "*)		pass "dis/${line#ok }" ;;
		"FAIL "*)	fail "dis/${line#FAIL }" "(tests/dis/run on out/virttest/ember)" ;;
		esac
	done <"$tmp/dis"
	grep -q '^run: ' "$tmp/dis" || fail "dis programs" "tests/dis/run ended without its count: $(tail -n 5 "$tmp/dis")"
fi

# The shell over the console (tests/boot/shell.py), once there is one.
if [ -f out/virt/root/dis/sh.dis ]; then
	shout=$(mktemp "${TMPDIR:-/tmp}/bootsh.XXXXXX")
	python3 tests/boot/shell.py virt >"$shout" 2>&1
	while IFS= read -r line; do
		case $line in
		"ok "*)		pass "${line#ok }" ;;
		"FAIL "*)	l=${line#FAIL }; fail "${l%%: *}" "${l#*: }" ;;
		"skip "*)	echo "$line" ;;
		esac
	done <"$shout"
	grep -q '^run: ' "$shout" || fail "shell" "tests/boot/shell.py ended without its count: $(tail -n 5 "$shout")"
	rm -f "$shout"
fi

echo "run: $ok ok, $bad FAIL"
[ "$bad" -eq 0 ]
