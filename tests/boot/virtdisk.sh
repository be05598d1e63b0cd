#!/bin/sh
# Boot test of virtio-blk and the FAT boot volume on the arm64 virt
# kernel: a disk image (MBR, one FAT32 partition from 1 MiB) made with
# sfdisk, mkfs.fat and mtools, booted by -kernel on virtio-blk, once as
# QEMU's default legacy virtio-mmio device and once as a modern
# (version 2) one. tests/boot/virtdisk.py drives the shell: sdV0 and
# its partition in /dev, init's /n/boot, the files mtools put read
# intact, new files written (one of 5 MB), sync, shutdown -h. Then on
# the host mtools reads the new files back intact and fsck.fat -n
# finds nothing. Every QEMU run is under timeout. Prints ok/FAIL lines
# and "run: N ok, M FAIL".
cd "$(dirname "$0")/../.." || exit 1
k=out/virt/ember
ok=0
bad=0
pass() { echo "ok $1"; ok=$((ok + 1)); }
fail() { echo "FAIL $1: $2"; bad=$((bad + 1)); }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/virtdisk.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
export PATH="$PATH:/usr/sbin:/sbin" MTOOLS_SKIP_CHECK=1

for t in qemu-system-aarch64 sfdisk mkfs.fat fsck.fat mcopy mtype mdir python3; do
	if ! command -v $t >/dev/null 2>&1; then
		echo "FAIL prerequisites: no $t (scripts/setup)"
		echo "run: 0 ok, 1 FAIL"
		exit 1
	fi
done
if [ ! -f "$k" ] || [ ! -f out/virt/root/dis/sh.dis ]; then
	echo "FAIL prerequisites: no $k or its userland (mk TARGET=virt)"
	echo "run: 0 ok, 1 FAIL"
	exit 1
fi

head -c 1048576 /dev/urandom >"$tmp/src.bin"
md5=$(md5sum <"$tmp/src.bin" | cut -d' ' -f1)
cat "$tmp/src.bin" "$tmp/src.bin" "$tmp/src.bin" "$tmp/src.bin" "$tmp/src.bin" >"$tmp/big.want"
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

for mode in legacy modern; do
	img=$tmp/$mode.img
	if ! mkimage "$img" >"$tmp/err" 2>&1; then
		fail "$mode: make the image" "$(cat "$tmp/err")"
		continue
	fi
	opt=
	[ $mode = modern ] && opt="-global virtio-mmio.force-legacy=false"
	timeout -k 5 120 python3 tests/boot/virtdisk.py "$img" "$md5" $opt >"$tmp/out" 2>&1
	while IFS= read -r line; do
		case $line in
		"ok "*)		pass "$mode: ${line#ok }" ;;
		"FAIL "*)	l=${line#FAIL }; fail "$mode: ${l%%: *}" "${l#*: }" ;;
		esac
	done <"$tmp/out"
	grep -q '^run: ' "$tmp/out" || fail "$mode: virtdisk.py" "ended without its count: $(tail -n 5 "$tmp/out")"

	# the host reads back what Ember wrote
	if [ "$(mtype -i "$img@@1M" ::/new.txt 2>&1)" = "written by ember" ]; then
		pass "$mode: host: mtype new.txt"
	else
		fail "$mode: host: mtype new.txt" "$(mtype -i "$img@@1M" ::/new.txt 2>&1)"
	fi
	if mcopy -n -i "$img@@1M" ::/big.bin "$tmp/big.got" 2>"$tmp/err" && cmp -s "$tmp/big.want" "$tmp/big.got"; then
		pass "$mode: host: the 5 MB file intact"
	else
		fail "$mode: host: the 5 MB file intact" "$(cat "$tmp/err"; ls -l "$tmp/big.got" 2>&1)"
	fi
	rm -f "$tmp/big.got"
	if mdir -b -i "$img@@1M" ::/sub 2>&1 | grep -q "Written in Ember, a long name.txt$" &&
	   [ "$(mtype -i "$img@@1M" "::/sub/Written in Ember, a long name.txt" 2>&1)" = nested ]; then
		pass "$mode: host: a long name in a new directory"
	else
		fail "$mode: host: a long name in a new directory" "$(mdir -i "$img@@1M" ::/sub 2>&1)"
	fi
	if mtype -i "$img@@1M" ::/SRC.BIN 2>/dev/null | cmp -s - "$tmp/src.bin"; then
		pass "$mode: host: SRC.BIN unchanged"
	else
		fail "$mode: host: SRC.BIN unchanged" "differs"
	fi
	dd if="$img" of="$tmp/part.img" bs=1M skip=1 status=none
	if fsck.fat -n "$tmp/part.img" >"$tmp/fsck" 2>&1; then
		pass "$mode: host: fsck.fat -n is clean"
	else
		fail "$mode: host: fsck.fat -n is clean" "$(cat "$tmp/fsck")"
	fi
	rm -f "$img" "$tmp/part.img"
done

echo "run: $ok ok, $bad FAIL"
[ "$bad" -eq 0 ]
