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
expect "a program without the VM: says so" 1 "no Dis virtual machine" -r "$root"
rm -rf "$root"
echo "run: $ok ok, $bad FAIL"
[ "$bad" -eq 0 ]
