#!/bin/sh
# net.sh: issue 11's acceptance, as a user would do it, with Ember host
# kernels talking Styx over TCP on 127.0.0.1:
#   - kernel A exports a directory tree (listen -A ... {export /exp});
#     kernel B mounts it (mount -c -A tcp!127.0.0.1!PORT /n/remote) and
#     runs ls, cat, cp, rm, mkdir, wc and md5sum of a 10 MB file on it;
#     each check is one kernel B (one call; listen serves calls in turn)
#   - styxlisten shares one export among two mounts at once
#   - memfs: mounted in the kernel that runs it, and served over TCP
#     (listen ... {memfs -s}) to another kernel
#   - a server kernel that dies: the client's next access is an error,
#     not a hang
#   - the Linux kernel's 9p client mounting Ember's export
#     (version=9p2000), where this machine lets us mount; otherwise a
#     "skip" line says why, and nothing is counted
# Prints "ok NAME" / "FAIL NAME: why" per check and "run: N ok, M FAIL";
# exit status 1 on a failure. Build first: mk TARGET=host.
cd "$(dirname "$0")/../.." || exit 1
top=$(pwd)
built=$top/out/host/root
ok=0
bad=0
pass() { echo "ok $1"; ok=$((ok + 1)); }
fail() { echo "FAIL $1: $2"; bad=$((bad + 1)); }

for f in out/host/ember "$built/dis/listen.dis" "$built/dis/export.dis" "$built/dis/mount.dis" "$built/dis/memfs.dis"; do
	if [ ! -e "$f" ]; then
		echo "FAIL setup: $f missing (run mk TARGET=host)"
		echo "run: 0 ok, 1 FAIL"
		exit 1
	fi
done

scratch=$(mktemp -d /tmp/stynet.XXXXXX) || exit 1
pids=""
cleanup() {
	for p in $pids; do kill "$p" 2>/dev/null; done
	if [ -n "$mnt9p" ] && mountpoint -q "$mnt9p" 2>/dev/null; then umount -l "$mnt9p" 2>/dev/null; fi
	rm -rf "$scratch"
}
trap cleanup EXIT
# a copy of the kernel: a build elsewhere may rewrite out/host/ember meanwhile
cp "${EMBER:-out/host/ember}" "$scratch/ember" || exit 1
E=$scratch/ember

# a root per kernel: links to the built root, a tmp of its own
mkroot() {
	r=$scratch/$1
	mkdir -p "$r/tmp" "$r/n/remote" "$r/n/m" "$r/n/a" "$r/n/b"
	for e in "$built"/*; do
		case $(basename "$e") in
		tmp|n) ;;
		*) ln -s "$e" "$r/" ;;
		esac
	done
	echo "$r"
}
RA=$(mkroot a)
RB=$(mkroot b)
# the exported tree: in A's root at /exp
X=$RA/exp
mkdir -p "$X/sub/deeper"
printf 'hello, styx\n' >"$X/hello"
printf 'one\ntwo\nthree\n' >"$X/sub/lines"
: >"$X/empty"
head -c 10485760 /dev/urandom >"$X/big" || exit 1
bigmd5=$(md5sum <"$X/big" | cut -d' ' -f1)
printf 'local file\n' >"$RB/tmp/local"

freeport() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
# wait until something listens on port $1 (5 s)
waitport() {
	python3 - "$1" <<'EOF'
import socket, sys, time
for i in range(100):
    try:
        socket.create_connection(("127.0.0.1", int(sys.argv[1])), 0.2).close()
        sys.exit(0)
    except OSError:
        time.sleep(0.05)
sys.exit(1)
EOF
}
# serve ROOT COMMAND...: an Ember kernel in the background; its pid in $srvpid
serve() {
	root=$1
	shift
	"$E" -r "$root" /dis/sh.dis -c "$*" </dev/null >"$scratch/srv.$$.$ok.$bad.log" 2>&1 &
	srvpid=$!
	pids="$pids $srvpid"
}
# client CMDS: kernel B runs CMDS, its output in $out (30 s at most).
# The root device's /n hides the host tree's, which holds the mount
# points (remote, m, a, b): bind that in after it first.
client() {
	out=$(timeout 30 "$E" -r "$RB" /dis/sh.dis -c "bind -a '#U/n' /n; $1" </dev/null 2>&1)
	crc=$?
}
# check NAME WANT: $out must be WANT
check() {
	if [ "$out" = "$2" ]; then pass "$1"; else fail "$1" "got '$(printf '%s' "$out" | head -c 300)' want '$2'"; fi
}

# --- export over listen
P=$(freeport)
serve "$RA" "listen -s -A 'tcp!127.0.0.1!$P' {export /exp}"
if ! waitport "$P"; then
	fail "listen" "nothing listens on $P: $(cat "$scratch"/srv.*.log 2>/dev/null | head -3)"
else
	pass "listen announces tcp!127.0.0.1!$P"
	M="mount -c -A 'tcp!127.0.0.1!$P' /n/remote"
	client "$M; ls /n/remote"
	check "ls" "/n/remote/big
/n/remote/empty
/n/remote/hello
/n/remote/sub"
	client "$M; ls -l /n/remote/hello"
	case $out in
	*"M "*" 12 "*"/n/remote/hello") pass "ls -l shows device M and the length";;
	*) fail "ls -l shows device M and the length" "$out";;
	esac
	client "$M; cat /n/remote/hello /n/remote/sub/lines"
	check "cat" "hello, styx
one
two
three"
	client "$M; cd /n/remote/sub/deeper; cd ../..; pwd; ls sub"
	check "cd and .. through the mount" "/n/remote
sub/deeper
sub/lines"
	client "$M; cp /tmp/local /n/remote/copied; cp /n/remote/hello /tmp/back; cat /tmp/back"
	if [ "$out" = "hello, styx" ] && cmp -s "$RB/tmp/local" "$X/copied"; then pass "cp both ways"; else fail "cp both ways" "$out / $(cat "$X/copied" 2>&1)"; fi
	client "$M; mkdir /n/remote/newdir; mkdir /n/remote/newdir/inner; ls /n/remote/newdir"
	if [ "$out" = "/n/remote/newdir/inner" ] && [ -d "$X/newdir/inner" ]; then pass "mkdir"; else fail "mkdir" "$out"; fi
	client "$M; rm /n/remote/copied; rm /n/remote/newdir/inner /n/remote/newdir; ls /n/remote"
	if [ ! -e "$X/copied" ] && [ ! -e "$X/newdir" ]; then pass "rm"; else fail "rm" "$out"; fi
	client "$M; rm /n/remote/nonexistent"
	check "rm of a missing file: the server's error" "rm: /n/remote/nonexistent: '/n/remote/nonexistent' file does not exist"
	# the counts wc gives for the same bytes read from B's own disk
	cp "$X/big" "$RB/tmp/big"
	client "wc /tmp/big"
	want=${out%/tmp/big}
	client "$M; wc /n/remote/big; wc -b /n/remote/big"
	check "wc of a 10 MB file" "${want}/n/remote/big
$(printf '%7d /n/remote/big' 10485760)"
	rm -f "$RB/tmp/big"
	client "$M; md5sum /n/remote/big"
	check "md5sum of a 10 MB file: intact" "$(printf '%s\t/n/remote/big' "$bigmd5")"
	client "$M; cp /n/remote/big /tmp/big; md5sum /tmp/big; cp /tmp/big /n/remote/big2"
	if [ "$out" = "$(printf '%s\t/tmp/big' "$bigmd5")" ] && cmp -s "$X/big" "$X/big2"; then pass "cp of a 10 MB file both ways: intact"; else fail "cp of a 10 MB file both ways" "$out"; fi
	rm -f "$X/big2" "$RB/tmp/big"
	client "$M; echo abc > /n/remote/w; echo def >> /n/remote/w; cat /n/remote/w; rm /n/remote/w"
	check "create, append, read back" "abc
def"
fi
kill "$srvpid" 2>/dev/null

# --- styxlisten: one export, two mounts at once
P=$(freeport)
if [ -e "$built/dis/styxlisten.dis" ]; then
	serve "$RA" "styxlisten -s -A 'tcp!127.0.0.1!$P' export /exp"
	if waitport "$P"; then
		client "mount -c -A 'tcp!127.0.0.1!$P' /n/a; mount -c -A 'tcp!127.0.0.1!$P' /n/b; cat /n/a/hello /n/b/sub/lines; echo x > /n/a/viaa; cat /n/b/viaa; rm /n/b/viaa"
		check "styxlisten: two clients share one export" "hello, styx
one
two
three
x"
	else
		fail "styxlisten" "nothing listens on $P"
	fi
	kill "$srvpid" 2>/dev/null
else
	fail "styxlisten" "not built"
fi

# --- memfs, mounted where it runs
client "memfs -c /n/m; mkdir /n/m/d; echo one > /n/m/d/f; echo two > /n/m/g; cp /n/m/d/f /n/m/d/f2; ls /n/m /n/m/d; cat /n/m/d/f2 /n/m/g; rm /n/m/d/f /n/m/d/f2 /n/m/d; ls /n/m; wc -c /n/m/g"
check "memfs: mkdir, write, cp, ls, cat, rm, wc" "/n/m/d
/n/m/g
/n/m/d/f
/n/m/d/f2
one
two
/n/m/g
$(printf '%7d /n/m/g' 4)"

# --- memfs served to another kernel over TCP
P=$(freeport)
serve "$RA" "listen -s -A 'tcp!127.0.0.1!$P' {memfs -s}"
if waitport "$P"; then
	client "mount -c -A 'tcp!127.0.0.1!$P' /n/m; cp /tmp/local /n/m/x; mkdir /n/m/dir; ls -l /n/m/x; cat /n/m/x; ls /n/m"
	case $out in
	*"M "*" 11 "*"/n/m/x
local file
/n/m/dir
/n/m/x") pass "memfs over TCP";;
	*) fail "memfs over TCP" "$out";;
	esac
else
	fail "memfs over TCP" "nothing listens on $P"
fi
kill "$srvpid" 2>/dev/null

# --- a server that dies under its client
P=$(freeport)
serve "$RA" "listen -s -A 'tcp!127.0.0.1!$P' {export /exp}"
if waitport "$P"; then
	( sleep 2; kill "$srvpid" ) &
	start=$(date +%s)
	client "mount -A 'tcp!127.0.0.1!$P' /n/remote; cat /n/remote/hello; sleep 4; cat /n/remote/hello; echo status \$status"
	took=$(( $(date +%s) - start ))
	case $out in
	"hello, styx"*"cat: "*"status "*)
		if [ "$crc" -ne 124 ]; then pass "server dies: the client gets an error (${took}s)"; else fail "server dies" "client hung"; fi;;
	*) fail "server dies: the client gets an error" "rc $crc: $out";;
	esac
else
	fail "server dies" "nothing listens on $P"
fi
kill "$srvpid" 2>/dev/null

# --- the Linux kernel's 9p client
mnt9p=
why=
if [ "$(id -u)" != 0 ]; then
	why="not root"
elif ! grep -qw 9p /proc/filesystems 2>/dev/null && ! modprobe 9p 2>/dev/null; then
	why="the host kernel has no 9p file system (no /proc/filesystems entry, modprobe 9p fails)"
fi
if [ -z "$why" ]; then
	P=$(freeport)
	serve "$RA" "listen -s -A 'tcp!127.0.0.1!$P' {export /exp}"
	if waitport "$P"; then
		mnt9p=$scratch/linux9p
		mkdir -p "$mnt9p"
		if err=$(mount -t 9p -o "trans=tcp,port=$P,version=9p2000" 127.0.0.1 "$mnt9p" 2>&1); then
			if [ "$(cat "$mnt9p/hello")" = "hello, styx" ] && [ "$(md5sum <"$mnt9p/big" | cut -d' ' -f1)" = "$bigmd5" ]; then
				pass "linux 9p: reads intact"
			else
				fail "linux 9p: reads intact" "content differs"
			fi
			head -c 1000000 /dev/urandom >"$scratch/l9" && cp "$scratch/l9" "$mnt9p/fromlinux" && sync
			if cmp -s "$scratch/l9" "$X/fromlinux"; then pass "linux 9p: writes intact"; else fail "linux 9p: writes intact" "differs"; fi
			rm -f "$mnt9p/fromlinux"
			umount "$mnt9p" || umount -l "$mnt9p"
		else
			case $err in
			*"ermission"*|*"not permitted"*|*"no such device"*|*"No such device"*|*"unknown filesystem"*)
				echo "skip linux 9p: mount -t 9p refused here: $err";;
			*) fail "linux 9p: mount" "$err";;
			esac
		fi
		mnt9p=
	else
		fail "linux 9p" "nothing listens on $P"
	fi
	kill "$srvpid" 2>/dev/null
else
	echo "skip linux 9p: $why"
fi

echo "run: $ok ok, $bad FAIL"
[ "$bad" -eq 0 ]
