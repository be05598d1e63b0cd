#!/bin/sh
# styx: Styx throughput and latency on the host target (issue 11).
#	read	a 10 MB file: the host's own cat, Ember's cat of it as a
#		host file (#U), and Ember's cat of it through a mounted
#		export: over a pipe (mount {export DIR}) and over TCP on
#		127.0.0.1 from a second Ember kernel (listen ... {export})
#	rtt	one-byte reads (Tread/Rread) and fstats (Tstat/Rstat) a
#		second through those two mounts
# Times are Ember's own (time(1): the command's run time) or, for
# the host, the wall clock of cat; medians of RUNS runs (default 3).
# Figures only: nothing passes or fails on time. Build first:
# mk TARGET=host. Usage: sh tests/bench/styx.sh
cd "$(dirname "$0")/../.." || exit 1
top=$(pwd)
runs=${RUNS:-3}
B=$top/out/host/root
tmp=$(mktemp -d /tmp/styxbench.XXXXXX) || exit 1
pids=
trap 'for p in $pids; do kill $p 2>/dev/null; done; rm -rf "$tmp"' EXIT
cp out/host/ember "$tmp/ember" || exit 1
E=$tmp/ember
mkroot() {
	mkdir -p "$tmp/$1/tmp" "$tmp/$1/n/remote" "$tmp/$1/t"
	for e in "$B"/*; do
		case $(basename "$e") in
		tmp|n) ;;
		*) ln -s "$e" "$tmp/$1/" ;;
		esac
	done
}
mkroot a
mkroot b
out/host/limbo -I module -o "$tmp/b/t/styxrtt.dis" tests/bench/styxrtt.b || exit 1
head -c 10485760 /dev/urandom >"$tmp/a/tmp/big"
cp "$tmp/a/tmp/big" "$tmp/b/tmp/big"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$E" -r "$tmp/a" /dis/sh.dis -c "listen -s -A 'tcp!127.0.0.1!$port' {export /tmp}" </dev/null >/dev/null 2>&1 &
pids="$pids $!"
python3 - "$port" <<'PY' || { echo "styx: the server does not listen"; exit 1; }
import socket, sys, time
for i in range(100):
    try:
        socket.create_connection(("127.0.0.1", int(sys.argv[1])), 0.2).close(); sys.exit(0)
    except OSError:
        time.sleep(0.05)
sys.exit(1)
PY

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# ember CMDS: run time in seconds that time(1) reports for the last timed command
ember() {
	"$E" -r "$tmp/b" /dis/sh.dis -c "bind -a '#U/n' /n; $1" </dev/null 2>&1 | sed -n 's/^[0-9.e+-]*l \([0-9.e+-]*\)r .*/\1/p' | tail -n 1
}
hostcat() {
	python3 - "$tmp/a/tmp/big" <<'PY'
import subprocess, sys, time
t = time.time(); subprocess.run(["cat", sys.argv[1]], stdout=subprocess.DEVNULL); print("%.4f" % (time.time() - t))
PY
}
repeat() { i=0; while [ $i -lt "$runs" ]; do "$@"; i=$((i + 1)); done | median; }

MT="mount -A 'tcp!127.0.0.1!$port' /n/remote"
MP="mount {export /tmp} /n/remote"
h=$(repeat hostcat)
l=$(repeat ember "time cat /tmp/big >/dev/null")
p=$(repeat ember "$MP; time cat /n/remote/big >/dev/null")
t=$(repeat ember "$MT; time cat /n/remote/big >/dev/null")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if(b > 0) printf "%.1f", a / b; else print "?" }'; }
mbs() { awk -v s="$1" 'BEGIN { if(s > 0) printf "%.0f", 10 / s; else print "?" }'; }
echo "styx read 10 MB: host cat ${h}s; ember #U ${l}s; ember mount over pipe ${p}s ($(mbs "$p") MB/s); over tcp ${t}s ($(mbs "$t") MB/s, $(ratio "$t" "$h") x host, $(ratio "$t" "$l") x #U)"
rp=$("$E" -r "$tmp/b" /dis/sh.dis -c "bind -a '#U/n' /n; $MP; /t/styxrtt.dis /n/remote/big 5000" </dev/null 2>&1)
rt=$("$E" -r "$tmp/b" /dis/sh.dis -c "bind -a '#U/n' /n; $MT; /t/styxrtt.dis /n/remote/big 5000" </dev/null 2>&1)
echo "styx round trips: pipe mount: $rp; tcp mount: $rt"
