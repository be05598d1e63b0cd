#!/bin/sh
# The README's first command as users run it: scripts/boot for each
# target (and virt, the default, with no target named), a session
# piped into its console from the first byte: a command's output,
# then shutdown -h, which must end the run with status 0. Prints
# ok/FAIL lines and "run: N ok, M FAIL". Every run has a timeout.
cd "$(dirname "$0")/../.." || exit 1
. tests/boot/bootlib.sh
out=$tmp/out

# session NAME ARGS...: scripts/boot ARGS with the session piped in
session() {
	name=$1
	shift
	# $x: the output says "typed", the echoed command line does not
	printf 'x=typed; echo $x into %s\nshutdown -h\n' "$name" |
		timeout -k 5 120 sh scripts/boot "$@" >"$out" 2>&1
	st=$?
	if [ $st -eq 0 ] && tr -d '\r' <"$out" | grep -q "typed into $name$"; then
		pass "scripts/boot $*: $name runs the piped command, shutdown -h ends it with status 0"
	else
		fail "scripts/boot $* ($name)" "status $st: $(tr -d '\r' <"$out" | tail -n 5)"
	fi
}

session virt
session host host
session pico pico
session pc pc
# not pc --image: GRUB resets the UART when it starts and loses a byte
# piped before, as on a real PC (man/8/pc)

finish
