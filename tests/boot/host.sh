#!/bin/sh
# Boot test of the host kernel: start out/host/ember the way a user
# does and check what it prints and its exit status. Prints ok/FAIL
# lines and "run: N ok, M FAIL" like the unit tests.
cd "$(dirname "$0")/../.." || exit 1
k=out/host/ember
ok=0
bad=0
pass() { echo "ok $1"; ok=$((ok + 1)); }
fail() { echo "FAIL $1: $2"; bad=$((bad + 1)); }

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
rm -rf "$root"
echo "run: $ok ok, $bad FAIL"
[ "$bad" -eq 0 ]
