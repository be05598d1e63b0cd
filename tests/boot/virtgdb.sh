#!/bin/sh
# The kernel debug loop on arm64 virt, as a user runs it: scripts/debug
# -b virt (gdb's batch mode) stops at kmain, breaks at a kernel function
# (conswrite, as hello.dis prints), continues, prints a backtrace,
# runs the helpers of scripts/gdb/ember.py (kernel procs, Dis Progs,
# a Chan's path, a Prog's files, a switched-out proc's backtrace) and
# detaches; the output is checked.
# Then a session typed at through scripts/debug --console, and
# control-C in an interactive session. Each run
# under timeout, on a port of this run's own (EMBERGDBPORT). Prints
# ok/FAIL lines and "run: N ok, M FAIL".
cd "$(dirname "$0")/../.." || exit 1
. tests/boot/bootlib.sh

if [ ! -f out/virt/ember ]; then
	fail kernel "no out/virt/ember: build it with mk TARGET=virt"
	finish
fi
havegdb || finish
export EMBERGDBPORT=$((30000 + 2 * ($$ % 10000)))

printf '%s\n' 'break conswrite' continue bt ember-procs ember-progs 'ember-chan c' 'print $ember_path(c)' \
	ember-fds 'ember-kbt 1' detach >"$tmp/cmds"
timeout -k 5 90 sh scripts/debug -b -n -x "$tmp/cmds" virt hello >"$tmp/gdb" 2>&1
st=$?
out=$(cat "$tmp/gdb")

# check NAME PATTERN...: every grep PATTERN must match a line of gdb's output
check() {
	name=$1
	shift
	for pat in "$@"; do
		if ! grep -q -- "$pat" "$tmp/gdb"; then
			fail "$name" "gdb's output lacks \"$pat\": $out"
			return
		fi
	done
	pass "$name"
}
if [ "$st" -ne 0 ]; then
	fail "scripts/debug -b virt" "status $st: $out"
fi
check "stopped at the portable kmain" "^Temporary breakpoint 1, kmain (" "^debug: QEMU's gdb stub on 127.0.0.1:$EMBERGDBPORT"
check "break at conswrite and continue" "^Breakpoint 2, conswrite (c=0x"
check "backtrace through the VM to the kernel proc's start" "^#0  conswrite (" " in xec (" " in kprocstart (" " in kprocentry () at l.S"
check "ember-procs: the kernel procs" "^   pid state " "^\* *[0-9]* Running *dis .*conswrite" "^  *1 Wakeme *main"
check "ember-progs: the Dis Progs" "^   pid  group state" "^ *1 *1 release *Hello .*\[\$Sys\]"
check "ember-chan: a Chan's path" "^#c/cons  #c  qid (0x1 " '^\$1 = "#c/cons"'
check "ember-fds: a Prog's files" "^  1  #c/cons"
check "ember-kbt: a switched-out proc's backtrace" "^#0  0x[0-9a-f]* in procswitch at " "^#[0-9]  *0x[0-9a-f]* in kprocstart at "
check "detach" "^\[Inferior 1 (process 1) detached\]"

# The shell typed at through scripts/debug --console while gdb lets the kernel run; shutdown -h ends all.
echo continue >"$tmp/cmds2"
timeout -k 5 90 sh scripts/debug -b -n -x "$tmp/cmds2" virt >"$tmp/gdb2" 2>&1 &
dpid=$!
i=0
until grep -q "^Temporary breakpoint 1, kmain" "$tmp/gdb2" || [ $i -ge 300 ]; do
	sleep 0.1
	i=$((i + 1))
done
(sleep 8; printf 'echo typed through the debug console\n'; sleep 3; printf 'shutdown -h\n'; sleep 3) |
	timeout -k 5 40 sh scripts/debug --console virt >"$tmp/con" 2>&1
wait $dpid
st=$?
tr -d '\r' <"$tmp/con" >"$tmp/con2"
if ! grep -q "^typed through the debug console" "$tmp/con2"; then
	fail "scripts/debug --console: the shell over the console" "console: $(cat "$tmp/con2"); gdb: $(cat "$tmp/gdb2")"
elif [ "$st" -ne 0 ]; then
	fail "scripts/debug --console: the shell over the console" "scripts/debug status $st: $(cat "$tmp/gdb2")"
else
	pass "scripts/debug --console: the shell over the console"
fi
if grep -q "^Ember arm64 virt: " out/virt/debug.log; then
	pass "the console logged to out/virt/debug.log"
else
	fail "the console logged to out/virt/debug.log" "$(cat out/virt/debug.log)"
fi

# Control-C in an interactive session stops the kernel in gdb and leaves QEMU running.
cat >"$tmp/int.py" <<'END'
import os, signal, subprocess, time
p = subprocess.Popen(["sh", "scripts/debug", "-n", "virt"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
	stderr=subprocess.STDOUT, start_new_session=True)
def send(s):
	p.stdin.write(s.encode())
	p.stdin.flush()
time.sleep(4)
send("continue\n")
time.sleep(6)
os.killpg(p.pid, signal.SIGINT)	# as a terminal sends it: to gdb, the script and what they started
time.sleep(2)
send("ember-progs\nkill\nquit\n")
try:
	out, _ = p.communicate(timeout=20)
except subprocess.TimeoutExpired:
	os.killpg(p.pid, 9)
	out, _ = p.communicate()
print(out.decode())
END
timeout -k 5 60 python3 "$tmp/int.py" >"$tmp/int" 2>&1
if grep -q "^Program received signal SIGINT" "$tmp/int" && grep -q " Sh  " "$tmp/int" && ! grep -q "Target disconnected" "$tmp/int"; then
	pass "control-C stops the kernel in gdb, QEMU goes on"
else
	fail "control-C stops the kernel in gdb, QEMU goes on" "$(cat "$tmp/int")"
fi

finish
