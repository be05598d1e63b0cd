# disklib.sh: what tests/boot/virtdisk.sh and pcdisk.sh share, sourced
# from the top of the tree: ok/FAIL counting, the files put on a disk,
# mkimage, and diskmode, one boot of virtdisk.py on a new image
# followed by the host's checks of what Ember wrote.
ok=0
bad=0
pass() { echo "ok $1"; ok=$((ok + 1)); }
fail() { echo "FAIL $1: $2"; bad=$((bad + 1)); }
finish() { echo "run: $ok ok, $bad FAIL"; [ "$bad" -eq 0 ]; exit $?; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/disk.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
export PATH="$PATH:/usr/sbin:/sbin" MTOOLS_SKIP_CHECK=1

# need KERNEL TOOL...: stop at once, failed, if one is missing
need() {
	k=$1
	shift
	for t in "$@" sfdisk mkfs.fat fsck.fat mcopy mtype mdir python3; do
		command -v $t >/dev/null 2>&1 || { fail prerequisites "no $t (scripts/setup)"; finish; }
	done
	[ -f "$k" ] && [ -f "$(dirname "$k")/root/dis/sh.dis" ] ||
		{ fail prerequisites "no $k or its userland (mk TARGET=$(basename "$(dirname "$k")"))"; finish; }
}

head -c 1048576 /dev/urandom >"$tmp/src.bin"
md5=$(md5sum <"$tmp/src.bin" | cut -d' ' -f1)
for i in $(seq 50); do cat "$tmp/src.bin"; done >"$tmp/big.want"
echo "hello from mtools" >"$tmp/hello.txt"
echo long >"$tmp/long.txt"

# mkimage IMG: 64 MiB, MBR, FAT32 partition (type 0c) of 63 MiB with the files above
mkimage() {
	rm -f "$1"
	truncate -s 64M "$1" &&
	printf 'label: dos\nstart=2048, size=129024, type=c\n' | sfdisk -q "$1" &&
	mkfs.fat -F 32 --offset 2048 -n EMBERDISK "$1" $((129024 / 2)) >/dev/null &&
	mcopy -i "$1@@1M" "$tmp/hello.txt" ::/HELLO.TXT &&
	mcopy -i "$1@@1M" "$tmp/src.bin" ::/SRC.BIN &&
	mmd -i "$1@@1M" ::/dir &&
	mcopy -i "$1@@1M" "$tmp/long.txt" "::/dir/A file with a long name.txt"
}

# results NAME: virtdisk.py's lines in $tmp/out, prefixed
results() {
	while IFS= read -r line; do
		case $line in
		"ok "*)		pass "$1: ${line#ok }" ;;
		"FAIL "*)	l=${line#FAIL }; fail "$1: ${l%%: *}" "${l#*: }" ;;
		esac
	done <"$tmp/out"
	grep -q '^run: ' "$tmp/out" || fail "$1: virtdisk.py" "ended without its count: $(tail -n 5 "$tmp/out")"
}

# fsckclean NAME IMG: fsck.fat -n finds nothing in IMG's partition (from 1 MiB)
fsckclean() {
	dd if="$2" of="$tmp/part.img" bs=1M skip=1 status=none
	if fsck.fat -n "$tmp/part.img" >"$tmp/fsck" 2>&1; then
		pass "$1: host: fsck.fat -n is clean"
	else
		fail "$1: host: fsck.fat -n is clean" "$(cat "$tmp/fsck")"
	fi
	rm -f "$tmp/part.img"
}

# diskmode NAME TARGET QEMU options...: virtdisk.py on a new image, then the host's checks
diskmode() {
	name=$1
	target=$2
	shift 2
	img=$tmp/disk.img
	if ! mkimage "$img" >"$tmp/err" 2>&1; then
		fail "$name: make the image" "$(cat "$tmp/err")"
		return
	fi
	timeout -k 5 120 python3 tests/boot/virtdisk.py -t "$target" "$img" "$md5" "$@" >"$tmp/out" 2>&1
	results "$name"

	# the host reads back what Ember wrote
	if [ "$(mtype -i "$img@@1M" ::/new.txt 2>&1)" = "written by ember" ]; then
		pass "$name: host: mtype new.txt"
	else
		fail "$name: host: mtype new.txt" "$(mtype -i "$img@@1M" ::/new.txt 2>&1)"
	fi
	if mcopy -n -i "$img@@1M" ::/big.bin "$tmp/big.got" 2>"$tmp/err" && cmp -s "$tmp/big.want" "$tmp/big.got"; then
		pass "$name: host: the 50 MB file intact"
	else
		fail "$name: host: the 50 MB file intact" "$(cat "$tmp/err"; ls -l "$tmp/big.got" 2>&1)"
	fi
	rm -f "$tmp/big.got"
	if mdir -b -i "$img@@1M" ::/sub 2>&1 | grep -q "Written in Ember, a long name.txt$" &&
	   [ "$(mtype -i "$img@@1M" "::/sub/Written in Ember, a long name.txt" 2>&1)" = nested ]; then
		pass "$name: host: a long name in a new directory"
	else
		fail "$name: host: a long name in a new directory" "$(mdir -i "$img@@1M" ::/sub 2>&1)"
	fi
	if mtype -i "$img@@1M" ::/SRC.BIN 2>/dev/null | cmp -s - "$tmp/src.bin"; then
		pass "$name: host: SRC.BIN unchanged"
	else
		fail "$name: host: SRC.BIN unchanged" "differs"
	fi
	fsckclean "$name" "$img"
	rm -f "$img"
}
