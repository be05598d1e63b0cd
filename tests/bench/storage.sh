#!/bin/sh
# storage.sh: sequential write and read throughput of a large file on
# virtio-blk, in Ember on the arm64 virt target, against the host's own
# read of the same image file. QEMU boots out/virt/ember by -kernel
# with two disks: sdV0, the disk under test (MBR, one FAT32 partition
# from 1 MiB), and sdV1, a FAT volume that mtools filled with the
# data (MB MiB of random bytes, default 32) and the script Ember runs.
# Ember copies the data into #R (memory), then times with time(1)
#	cp '#R/big' '#Fd/big.bin'; sync		(write)
#	cat '#Fd/big.bin' >/dev/null		(read, twice)
# and the host checks the file with mtools. The host's figure is dd
# reading the disk image (already in its page cache, as QEMU's reads
# are). Prints MB/s (MiB/s) and ratios, one line each; figures only,
# nothing passes or fails on time.
#	sh tests/bench/storage.sh [MB]	(VIRTKERNEL: another kernel than out/virt/ember)
cd "$(dirname "$0")/../.." || exit 1
export PATH="$PATH:/usr/sbin:/sbin" MTOOLS_SKIP_CHECK=1
K=${VIRTKERNEL:-out/virt/ember}
MB=${1:-32}
for t in qemu-system-aarch64 sfdisk mkfs.fat mcopy; do
	command -v $t >/dev/null 2>&1 || { echo "storage: no $t (scripts/setup)"; exit 1; }
done
[ -f "$K" ] || { echo "storage: no $K (mk TARGET=virt)"; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/storagebench.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM

# the disk under test: MB*3 + 64 MiB, FAT32 from sector 2048 to the end
size=$((MB * 3 + 64))
secs=$((size * 2048 - 2048))
truncate -s ${size}M "$tmp/disk.img"
printf 'label: dos\nstart=2048, type=c\n' | sfdisk -q "$tmp/disk.img" || exit 1
mkfs.fat -C -F 32 -n BENCH "$tmp/part.img" $((secs / 2)) >/dev/null || exit 1
dd if="$tmp/part.img" of="$tmp/disk.img" bs=1M oflag=seek_bytes seek=1048576 conv=notrunc status=none
rm -f "$tmp/part.img"

# the source volume: the data and the script
head -c $((MB * 1048576)) /dev/urandom >"$tmp/big.bin"
cat >"$tmp/bench.sh" <<'EOF'
echo open d '#S/sdV0/p1' >'#F/ctl'
cp '#Fs/big.bin' '#R/big'
echo write
time cp '#R/big' '#Fd/big.bin'
echo sync
time sync
echo read
time cat '#Fd/big.bin' >/dev/null
echo read
time cat '#Fd/big.bin' >/dev/null
echo done
EOF
mkfs.fat -C "$tmp/src.img" $((MB * 1024 + 8192)) >/dev/null || exit 1
mcopy -i "$tmp/src.img" "$tmp/big.bin" ::/big.bin &&
mcopy -i "$tmp/src.img" "$tmp/bench.sh" ::/bench.sh || exit 1

# 2 GiB of RAM: #R holds a sixteenth of the kernel's allocation arena
timeout -k 5 300 qemu-system-aarch64 -M virt -cpu cortex-a53 -m 2048M -nographic -nic none \
	-semihosting -kernel "$K" \
	-append "semihosting sh -c 'echo open s ''#S/sdV1/data'' ro >''#F/ctl''; sh ''#Fs/bench.sh'''" \
	-drive "if=none,file=$tmp/disk.img,format=raw,id=d" -device virtio-blk-device,drive=d \
	-drive "if=none,file=$tmp/src.img,format=raw,id=s,readonly=on" -device virtio-blk-device,drive=s \
	</dev/null 2>&1 | tr -d '\r' >"$tmp/out"
if ! grep -q '^done' "$tmp/out"; then
	echo "storage: the run in Ember failed:"
	sed 's/^/	/' "$tmp/out" | tail -n 20
	exit 1
fi

# seconds of each phase: the "t" figure of time(1) after its name
secs() {
	awk -v want="$1" -v n="$2" '
		/^(write|sync|read|done)$/ { phase = $0; next }
		phase == want && $NF ~ /t$/ { if(++k == n) { sub(/t$/, "", $NF); print $NF } }' "$tmp/out"
}
tw=$(secs write 1)
ts=$(secs sync 1)
tr1=$(secs read 1)
tr2=$(secs read 2)
if [ -z "$tw" ] || [ -z "$ts" ] || [ -z "$tr1" ] || [ -z "$tr2" ]; then
	echo "storage: no timings from Ember:"
	sed 's/^/	/' "$tmp/out" | tail -n 20
	exit 1
fi
dd if="$tmp/disk.img" of="$tmp/part.img" bs=1M iflag=skip_bytes skip=1048576 status=none
if mcopy -n -i "$tmp/part.img" ::/big.bin "$tmp/back.bin" 2>/dev/null && cmp -s "$tmp/back.bin" "$tmp/big.bin"; then
	intact="read back intact by mtools"
else
	intact="NOT INTACT when read back by mtools"
fi
rm -f "$tmp/part.img" "$tmp/back.bin"

# the host: dd reading the image, warm, median of 3
cat "$tmp/disk.img" >/dev/null
for i in 1 2 3; do
	s=$(date +%s%N)
	dd if="$tmp/disk.img" of=/dev/null bs=1M status=none
	e=$(date +%s%N)
	echo $((e - s))
done | sort -n | sed -n 2p >"$tmp/hostns"
hmb=$(awk -v ns=$(cat "$tmp/hostns") -v sz=$size 'BEGIN { printf "%.1f", sz / (ns / 1e9) }')

awk -v mb=$MB -v tw=$tw -v ts=$ts -v r1=$tr1 -v r2=$tr2 -v h=$hmb -v intact="$intact" 'BEGIN {
	w = mb / (tw + ts); a = mb / r1; b = mb / r2
	printf "virtio-blk write %d MiB (cp + sync): %.2f s, %.1f MB/s (%s)\n", mb, tw + ts, w, intact
	printf "virtio-blk read  %d MiB (cat): %.2f s, %.1f MB/s; again %.2f s, %.1f MB/s\n", mb, r1, a, r2, b
	printf "host read of the image (dd, warm): %.1f MB/s\n", h
	printf "ratio to the host: write %.3f, read %.3f\n", w / h, (a > b ? a : b) / h
}'
