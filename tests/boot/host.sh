#!/bin/sh
# Boot test of the host kernel: start out/host/ember the way a user
# does and check what it prints and its exit status. Prints ok/FAIL
# lines and "run: N ok, M FAIL" like the unit tests.
cd "$(dirname "$0")/../.." || exit 1
. tests/boot/bootlib.sh
k=out/host/ember

# expect NAME STATUS PATTERN ARGS...: run the kernel with ARGS and stdin closed
expect() {
	name=$1 want=$2 pat=$3
	shift 3
	out=$(timeout 20 $k "$@" </dev/null 2>&1)
	st=$?
	if [ "$st" -ne "$want" ]; then
		fail "$name" "exit status $st, want $want; output: $out"
	elif ! printf '%s\n' "$out" | grep -q -- "$pat"; then
		fail "$name" "output lacks \"$pat\": $out"
	else
		pass "$name"
	fi
}

root=$(mktemp -d)
mkdir -p "$root/dis"
expect "bad option gives usage" 2 "usage: ember" -x
expect "missing root directory" 2 "root directory" -r /nonexistent/ember
expect "no /dis/sh.dis: clear error, status 1" 1 "cannot run /dis/sh.dis: '/dis/sh.dis' file does not exist" -r "$root"
expect "bare name means /dis/x.dis" 1 "cannot run /dis/ls.dis" -r "$root" ls
: >"$root/dis/sh.dis"
expect "an empty .dis: the loader says why" 1 "cannot run /dis/sh.dis: header: truncated" -r "$root"
out/host/disas -o "$root/dis/hello.dis" tests/unit/libinterp/progs/hello.s
expect "a Dis program runs and the kernel exits 0" 0 "^hello, world$" -r "$root" hello
expect "-r names a file: not a directory" 2 "not a directory" -r "$root/dis/hello.dis"
expect "-c takes one digit" 2 "usage: ember" -c x hello
printf '\tmodule\tBroke\n\tentry\tinit, $1\n\tdesc\t$0, 0, ""\n\tdesc\t$1, 40, "00c0"\ninit:\n\tnop\n\tlink\tinit, $1, 0x4244b354, "init"\n\tldt\t0\n' >"$root/broke.s"
out/host/disas -o "$root/dis/broke.dis" "$root/broke.s"
expect "a program dying of an exception: Broken, status 1" 1 'Broke.*Broken: "illegal dis instruction"' -r "$root" broke

# the time of day is the host's: /dev/time (microseconds) against date
cat >"$root/clock.b" <<'EOF'
implement Clock;
include "sys.m";
include "draw.m";
Clock: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys := load Sys Sys->PATH;
	fd := sys->open("/dev/time", Sys->OREAD);
	buf := array[64] of byte;
	n := sys->read(fd, buf, len buf);
	sys->print("%bd\n", big string buf[0:n] / big 1000000);
}
EOF
if ! out/host/limbo -o "$root/dis/clock.dis" "$root/clock.b" >"$root/err" 2>&1; then
	fail "/dev/time is the host's time" "does not compile: $(head -n 1 "$root/err")"
else
	t=$(timeout 20 $k -r "$root" clock </dev/null 2>&1)
	now=$(date +%s)
	case $t in
	''|*[!0-9]*)	t=0 ;;	# not a number: fails below
	esac
	if [ "$t" -gt $((now + 5)) ] || [ "$t" -lt $((now - 5)) ]; then
		fail "/dev/time is the host's time" "got '$(timeout 20 $k -r "$root" clock </dev/null 2>&1)', host $now"
	else
		pass "/dev/time is the host's time"
	fi
fi
# init(8) with a stand-in shell (tests/boot/fakesh.b): it starts sh -l,
# starts another when one exits, ends at the end of input with status
# 0; halt ends the kernel with status 0; ^C kills the group named by
# intr in /dev/consctl.
# session NAME STATUS WANT INPUT...: boot with no command, typing
# INPUT (printf formats, a second apart); the output must be WANT
# (printf format) exactly, and the status STATUS
session() {
	name=$1 want=$2 wantout=$3
	shift 3
	for l in "$@"; do
		printf "$l"
		sleep 1
	done | timeout 20 $k -i -r "$root" >"$root/out" 2>&1
	st=$?
	printf "$wantout" >"$root/want"
	if [ "$st" -ne "$want" ]; then
		fail "$name" "exit status $st, want $want; output: $(cat "$root/out")"
	elif ! cmp -s "$root/out" "$root/want"; then
		fail "$name" "output $(od -c "$root/out" | head -n 20), want $(od -c "$root/want" | head -n 20)"
	else
		pass "$name"
	fi
}
rm -f "$root"/dis/*.dis
mkdir -p "$root/tmp"
cp out/host/root/dis/init.dis "$root/dis/init.dis" 2>/dev/null
if ! out/host/limbo -I module -o "$root/dis/sh.dis" tests/boot/fakesh.b >"$root/err" 2>&1; then
	fail "init" "tests/boot/fakesh.b does not compile: $(head -n 1 "$root/err")"
elif [ ! -f "$root/dis/init.dis" ]; then
	fail "init" "no out/host/root/dis/init.dis (appl/init/init.b)"
else
	session "init: sh -l, another after exit, the end of input ends it with status 0" 0 \
		'fakesh: sh -l\ngot one\nfakesh: sh -l\ngot two\n' 'one\nexit\n' 'two\n'
	session "init: halt in /dev/sysctl ends the kernel with status 0" 0 \
		'fakesh: sh -l\n' 'halt\nnever read\n'
	session "init: /tmp is the root's, writable" 0 \
		'fakesh: sh -l\ntmp: create 1, device U\n' 'tmp\n'
	session "^C kills the group named by intr; later input is read" 0 \
		'fakesh: sh -l\nsleeping\nended: 3 "Fakesh":interrupted\ngot after\n' 'sleep\n' '\003' 'after\n'
	session "^C with no intr group: the line typed is discarded" 0 \
		'fakesh: sh -l\ngot kept\n' 'gone\003kept\n'
fi

# The shell over the console (tests/boot/shell.py), once there is one.
if [ -f out/host/root/dis/sh.dis ]; then
	python3 tests/boot/shell.py host >"$tmp/shell" 2>&1
	results "" "$tmp/shell" shell tests/boot/shell.py
fi

rm -rf "$root"
finish
