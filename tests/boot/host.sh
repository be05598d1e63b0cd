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
rm -rf "$root"
echo "run: $ok ok, $bad FAIL"
[ "$bad" -eq 0 ]
