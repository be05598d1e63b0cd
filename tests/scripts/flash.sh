#!/bin/sh
# Tests of scripts/flash on fakes: a tree standing for /sys and /proc
# (FLASHROOT) with a removable card sdz, the system's disk sda (/ on
# sda2) and plain files standing for their block devices; a folder
# standing for a Pico's RPI-RP2 drive. No root, loop devices or real
# disks: every refusal must leave the stand-in untouched, and every
# write must read back as the image. Prints ok/FAIL lines and
# "run: N ok, M FAIL".
cd "$(dirname "$0")/../.." || exit 1
top=$(pwd)
ok=0
bad=0
pass() { echo "ok $1"; ok=$((ok + 1)); }
fail() { echo "FAIL $1: $2"; bad=$((bad + 1)); }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/flashtest.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
r=$tmp/root

# blockdev DIR NAME MAJ:MIN [SECTORS]: a sysfs block device entry
blockdev() {
	mkdir -p "$1"
	echo "$3" >"$1/dev"
	echo "${4:-0}" >"$1/size"
	echo 0 >"$1/ro"
	mkdir -p "$1/holders"
	ln -s "$(realpath --relative-to="$r/sys/class/block" "$1")" "$r/sys/class/block/$2"
	ln -s "$(realpath --relative-to="$r/sys/dev/block" "$1")" "$r/sys/dev/block/$3"
}

# fresh: the fake machine as it starts each case
fresh() {
	rm -rf "$r"
	mkdir -p "$r/sys/class/block" "$r/sys/dev/block" "$r/proc/self" "$r/dev" "$r/media"
	d=$r/sys/devices/pci0/usb1/block
	blockdev "$d/sdz" sdz 8:240 8192			# 4 MiB
	echo 1 >"$d/sdz/removable"
	mkdir -p "$d/sdz/device"
	echo "Fake" >"$d/sdz/device/vendor"
	echo "SD Card" >"$d/sdz/device/model"
	blockdev "$d/sdz/sdz1" sdz1 8:241 8000
	echo 1 >"$d/sdz/sdz1/partition"
	d=$r/sys/devices/pci0/ata1/block
	blockdev "$d/sda" sda 8:0 200000000
	echo 0 >"$d/sda/removable"
	blockdev "$d/sda/sda1" sda1 8:1 1000
	echo 1 >"$d/sda/sda1/partition"
	blockdev "$d/sda/sda2" sda2 8:2 190000000
	echo 2 >"$d/sda/sda2/partition"
	cat >"$r/proc/self/mountinfo" <<-EOF
	21 26 0:20 / /proc rw,relatime - proc proc rw
	26 1 8:2 / / rw,relatime - ext4 /dev/sda2 rw
	27 26 8:1 / /boot/efi rw,relatime - vfat /dev/sda1 rw
	EOF
	printf 'Filename\tType\tSize\tUsed\tPriority\n' >"$r/proc/swaps"
	head -c 4194304 /dev/zero | tr '\0' 'z' >"$r/dev/sdz"
	cp "$r/dev/sdz" "$r/dev/sda"
	cp "$r/dev/sdz" "$r/dev/sdz1"
	# the Pico's boot drive, mounted
	mkdir -p "$r/media/RPI-RP2"
	printf 'UF2 Bootloader v3.0\r\nModel: Raspberry Pi RP2\r\nBoard-ID: RPI-RP2\r\n' >"$r/media/RPI-RP2/INFO_UF2.TXT"
	echo "40 26 8:33 / $r/media/RPI-RP2 rw,relatime - vfat /dev/sdc1 rw" >>"$r/proc/self/mountinfo"
	before=$(md5sum <"$r/dev/sdz")
}

# a 1 MiB disk image: an MBR's boot signature, a partition entry, bytes after
python3 - "$tmp/disk.img" "$tmp/pico.uf2" "$tmp/other.uf2" <<'EOF'
import struct, sys
img = bytearray(1 << 20)
img[446:462] = bytes([0x80, 0, 0, 0, 0x0c, 0, 0, 0]) + struct.pack("<II", 2048, 0)
img[510:512] = b"\x55\xaa"
for i in range(512, len(img)):
	img[i] = i * 7 & 0xff
open(sys.argv[1], "wb").write(img)
def uf2(family):
	out = b""
	for n in range(4):
		data = bytes([n]) * 256
		out += struct.pack("<8I", 0x0A324655, 0x9E5D5157, 0x2000, 0x10000000 + 256 * n, 256, n, 4, family)
		out += data + bytes(476 - 256) + struct.pack("<I", 0x0AB16F30)
	return out
open(sys.argv[2], "wb").write(uf2(0xE48BFF56))
open(sys.argv[3], "wb").write(uf2(0x57755a57))
EOF

cp "$tmp/disk.img" "$tmp/disk.img.bad"
printf '\0\0' | dd of="$tmp/disk.img.bad" bs=1 seek=510 conv=notrunc 2>/dev/null
echo card >"$tmp/plain"

# flash NAME INPUT ARGS...: run scripts/flash on the fakes with INPUT typed; status in $st, output in $out
flash() {
	name=$1 input=$2
	shift 2
	out=$(printf '%s' "$input" | FLASHROOT=$r timeout 30 sh "$top/scripts/flash" "$@" 2>&1)
	st=$?
}

# refused NAME PATTERN INPUT ARGS...: scripts/flash must refuse with PATTERN, the card untouched
refused() {
	name=$1 pat=$2 input=$3
	shift 3
	fresh
	setup
	flash "$name" "$input" "$@"
	if [ "$st" -ne 1 ] && [ "$st" -ne 2 ]; then
		fail "$name" "status $st, want a refusal; output: $out"
	elif ! printf '%s\n' "$out" | grep -q -- "$pat"; then
		fail "$name" "output lacks \"$pat\": $out"
	elif [ "$(md5sum <"$r/dev/sdz")" != "$before" ] || [ -e "$r/media/RPI-RP2/ember.uf2" ]; then
		fail "$name" "refused, but something was written: $out"
	else
		pass "$name"
	fi
}
setup() { :; }

refused "no arguments: usage" "usage: flash" ""
refused "no such image" "no image file" "" --yes "$tmp/nonesuch.img" "$r/dev/sdz"
refused "a character device (/dev/null) is not a block device" "/dev/null is not a block device" "" --yes "$tmp/disk.img" /dev/null
out=$(sh scripts/flash --yes "$tmp/disk.img" "$tmp/plain" 2>&1 </dev/null)
st=$?
if [ "$st" -eq 1 ] && printf '%s\n' "$out" | grep -q "plain is not a block device" && [ "$(cat "$tmp/plain")" = card ]; then
	pass "a plain file (no FLASHROOT) is not a block device"
else
	fail "a plain file (no FLASHROOT) is not a block device" "status $st: $out"
fi
refused "a partition, not the whole disk" "is a partition: give the whole disk, /dev/sdz" "" --yes "$tmp/disk.img" "$r/dev/sdz1"
refused "the disk holding the running system" "holds the running system (/ is on sda2)" "" --yes "$tmp/disk.img" "$r/dev/sda"
setup() { echo "41 26 8:241 / /media/card rw - vfat /dev/sdz1 rw" >>"$r/proc/self/mountinfo"; }
refused "a card with a mounted partition" "has mounted file systems (/media/card): unmount them first" "" --yes "$tmp/disk.img" "$r/dev/sdz"
setup() { printf '/dev/sdz1\tpartition\t1024\t0\t-2\n' >>"$r/proc/swaps"; }
refused "a card used as swap" "/dev/sdz1 is in use as swap" "" --yes "$tmp/disk.img" "$r/dev/sdz"
setup() { mkdir -p "$r/sys/devices/pci0/usb1/block/sdz/sdz1/holders/dm-3"; }
refused "a card under LVM or encryption (holders)" "/dev/sdz1 is in use by dm-3" "" --yes "$tmp/disk.img" "$r/dev/sdz"
setup() {
	# / on dm-0, which is built on sdz1: the card holds the running system through device mapper
	blockdev "$r/sys/devices/virtual/block/dm-0" dm-0 254:0 8000
	mkdir -p "$r/sys/devices/virtual/block/dm-0/slaves"
	ln -s ../../../../pci0/usb1/block/sdz/sdz1 "$r/sys/devices/virtual/block/dm-0/slaves/sdz1"
	sed -i 's| 8:2 / / | 254:0 / / |' "$r/proc/self/mountinfo"
}
refused "the running system through device mapper" "holds the running system (/ is on dm-0)" "" --yes "$tmp/disk.img" "$r/dev/sdz"
setup() { echo 1 >"$r/sys/devices/pci0/usb1/block/sdz/ro"; }
refused "a write-protected card" "is read-only" "" --yes "$tmp/disk.img" "$r/dev/sdz"
setup() { echo 1024 >"$r/sys/devices/pci0/usb1/block/sdz/size"; }
refused "a card smaller than the image" "is smaller than" "" --yes "$tmp/disk.img" "$r/dev/sdz"
setup() { echo 0 >"$r/sys/devices/pci0/usb1/block/sdz/size"; }
refused "no medium in the reader" "has no medium" "" --yes "$tmp/disk.img" "$r/dev/sdz"
setup() { :; }
refused "an image with no MBR signature" "no MBR boot signature" "" --yes "$tmp/disk.img.bad" "$r/dev/sdz"
refused "not confirmed (no)" "not confirmed" "no
" "$tmp/disk.img" "$r/dev/sdz"
refused "not confirmed (end of input)" "not confirmed" "" "$tmp/disk.img" "$r/dev/sdz"
refused "a UF2 onto a block device" "is a UF2, which goes onto a Pico" "" --yes "$tmp/pico.uf2" "$r/dev/sdz"
refused "a disk image into a directory" "is not a UF2 file" "" --yes "$tmp/disk.img" "$r/media/RPI-RP2"
refused "a UF2 into a folder that is not an RPI-RP2 drive" "not a Pico's RPI-RP2 drive" "" --yes "$tmp/pico.uf2" "$r/media"
setup() { sed -i '/RPI-RP2/d' "$r/proc/self/mountinfo"; }
refused "a UF2 into an RPI-RP2 folder that is not mounted" "is not mounted" "" --yes "$tmp/pico.uf2" "$r/media/RPI-RP2"
setup() { :; }
refused "a UF2 for another chip" "not a UF2 for the RP2040" "" --yes "$tmp/other.uf2" "$r/media/RPI-RP2"

# written NAME INPUT ARGS: scripts/flash must write the card, confirmed or --yes, with progress
written() {
	name=$1 input=$2
	shift 2
	fresh
	flash "$name" "$input" "$@"
	if [ "$st" -ne 0 ]; then
		fail "$name" "status $st; output: $out"
	elif ! cmp -s -n 1048576 "$tmp/disk.img" "$r/dev/sdz"; then
		fail "$name" "the card does not hold the image"
	elif [ "$(tail -c +1048577 "$r/dev/sdz" | tr -d z | wc -c)" -ne 0 ]; then
		fail "$name" "bytes after the image changed"
	elif ! printf '%s\n' "$out" | grep -q "bytes .* copied" || ! printf '%s\n' "$out" | grep -q "wrote .* and read it back"; then
		fail "$name" "no progress or closing line: $out"
	elif ! printf '%s\n' "$out" | grep -q "Fake SD Card, 4 MiB, removable"; then
		fail "$name" "does not say what it writes to: $out"
	else
		pass "$name"
	fi
}
written "confirmed with yes: written and read back" "yes
" "$tmp/disk.img" "$r/dev/sdz"
written "--yes: written without asking" "" --yes "$tmp/disk.img" "$r/dev/sdz"
if ! printf '%s\n' "$out" | grep -q "Type yes"; then pass "--yes does not ask"; else fail "--yes does not ask" "$out"; fi
fresh
flash "confirmation names the card" "no
" "$tmp/disk.img" "$r/dev/sdz"
if printf '%s\n' "$out" | grep -q "Everything on $r/dev/sdz will be lost"; then pass "confirmation names the card"; else fail "confirmation names the card" "$out"; fi
fresh
mkdir -p "$r/dev/disk/by-id"
ln -s ../../sdz "$r/dev/disk/by-id/usb-Fake_SD_Card"
flash "by a /dev/disk/by-id link" "" --yes "$tmp/disk.img" "$r/dev/disk/by-id/usb-Fake_SD_Card"
if [ "$st" -eq 0 ] && cmp -s -n 1048576 "$tmp/disk.img" "$r/dev/sdz"; then
	pass "by a /dev/disk/by-id link"
else
	fail "by a /dev/disk/by-id link" "status $st: $out"
fi

fresh
flash "a UF2 onto the Pico's drive" "yes
" "$tmp/pico.uf2" "$r/media/RPI-RP2"
if [ "$st" -ne 0 ]; then
	fail "a UF2 onto the Pico's drive" "status $st: $out"
elif ! cmp -s "$tmp/pico.uf2" "$r/media/RPI-RP2/ember.uf2"; then
	fail "a UF2 onto the Pico's drive" "ember.uf2 differs from the image"
elif ! printf '%s\n' "$out" | grep -q "4 UF2 blocks"; then
	fail "a UF2 onto the Pico's drive" "does not count the blocks: $out"
else
	pass "a UF2 onto the Pico's drive"
fi

echo "run: $ok ok, $bad FAIL"
[ "$bad" -eq 0 ]
