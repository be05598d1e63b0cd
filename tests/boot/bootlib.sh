# bootlib.sh: what the boot tests (tests/boot/pc.sh, virt.sh,
# virtimage.sh, virtgdb.sh, host.sh, bootscript.sh, pico.sh) share,
# sourced from the top of the tree: ok/FAIL counting (pass, fail, and
# finish, which prints the count and exits with the verdict) and $tmp,
# a scratch directory gone at exit; check, a QEMU run's status and
# console against what was wanted; results, a runner's ok/FAIL/skip
# lines (shell.py, virtshell.py) counted as this test's own; havegdb,
# gdbrun and gdbfault, a kernel held at its start under QEMU's gdb
# stub; dis, tests/dis's programs on a QEMU target's test kernel.
ok=0
bad=0
pass() { echo "ok $1"; ok=$((ok + 1)); }
fail() { echo "FAIL $1: $2"; bad=$((bad + 1)); }
finish() { echo "run: $ok ok, $bad FAIL"; [ "$bad" -eq 0 ]; exit $?; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/$(basename "$0" .sh)boot.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

# check: the status $? (a QEMU run's) must be $want and $tmp/out, its
# console, must match the grep pattern $pat, for the test $name
check() {
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

# results PREFIX FILE NAME [WHO]: a runner's output in FILE: its ok and
# FAIL lines count here, their names prefixed; its skip lines are
# passed on; with no "run: " line, NAME fails ("WHO ended without its
# count")
results() {
	while IFS= read -r line; do
		case $line in
		"ok "*)		pass "$1${line#ok }" ;;
		"FAIL "*)	l=${line#FAIL }; fail "$1${l%%: *}" "${l#*: }" ;;
		"skip "*)	echo "$line" ;;
		esac
	done <"$2"
	grep -q '^run: ' "$2" || fail "$3" "${4:+$4 }ended without its count: $(tail -n 5 "$2")"
}

# havegdb: gdb-multiarch is installed; if not, that fails
havegdb() {
	command -v gdb-multiarch >/dev/null 2>&1 && return 0
	fail "gdb" "no gdb-multiarch (scripts/setup installs it)"
	return 1
}

# gdbrun SECS COMMANDS QEMU...: QEMU... run held at its first
# instruction with its gdb stub on 127.0.0.1:$port (a port of this
# run's own unless the test sets one), and gdb-multiarch
# on the symbols of $k doing COMMANDS (one a line) there, each under
# timeout SECS; QEMU's status in $st, its console in $tmp/out, gdb's
# output in $tmp/gdb
port=$((20000 + $$ % 20000))
gdbrun() {
	secs=$1 cmds=$2
	shift 2
	timeout -k 5 "$secs" "$@" -S -gdb tcp:127.0.0.1:$port </dev/null >"$tmp/raw" 2>&1 &
	qpid=$!
	set -- -batch -nx -ex "file $k" -ex "target remote 127.0.0.1:$port"
	ifs=$IFS
	IFS='
'
	set -f
	for c in $cmds; do
		set -- "$@" -ex "$c"
	done
	set +f
	IFS=$ifs
	timeout -k 5 "$secs" gdb-multiarch "$@" >"$tmp/gdb" 2>&1
	wait $qpid
	st=$?
	tr -d '\r' <"$tmp/raw" >"$tmp/out"
}

# gdbfault QEMU...: a kernel fault: QEMU... booting $k stopped at
# runfirst, where gdb's backtrace must reach kprocstart, then made to
# jump to 0x1000, unmapped; the kernel's status in $st, its console in
# $tmp/out for the caller's checks of the fault and the panic
gdbfault() {
	gdbrun 60 'break runfirst
continue
bt
set $pc = 0x1000
continue' "$@"
	if ! grep -q "^#0  runfirst (" "$tmp/gdb" || ! grep -q "in kprocstart" "$tmp/gdb"; then
		fail "gdb: break at runfirst, backtrace" "gdb said: $(cat "$tmp/gdb")"
	else
		pass "gdb: break at runfirst, backtrace"
	fi
}

# dis TARGET: tests/dis's programs on out/TARGETtest/ember (by
# tests/boot/TARGETember), but for those that need what the QEMU
# targets lack; each skip is named, and a skip of a test that is gone
# fails
dis() {
	if [ ! -f "out/${1}test/ember" ]; then
		fail "dis programs" "no out/${1}test/ember: build it with mk TARGET=${1}test"
		return
	fi
	skips="
stat	expects stat(/tmp) to be named tmp, as #U's is; $1's /tmp is ramfs(3), whose root is named #R
deepcycle	long (a .timeout test): minutes under QEMU's TCG
gc	long (a .timeout test): minutes under QEMU's TCG
longlist	long (a .timeout test), and needs more heap than 256M of RAM gives
"
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
	EMBER=tests/boot/${1}ember sh tests/dis/run $names >"$tmp/dis" 2>&1
	while IFS= read -r line; do
		case $line in
		"ok "*)		pass "dis/${line#ok }" ;;
		"FAIL "*)	fail "dis/${line#FAIL }" "(tests/dis/run on out/${1}test/ember)" ;;
		esac
	done <"$tmp/dis"
	grep -q '^run: ' "$tmp/dis" || fail "dis programs" "tests/dis/run ended without its count: $(tail -n 5 "$tmp/dis")"
}
