#!/bin/sh
# Boot test of virtio-blk on PCI and the FAT boot volume on the x86_64
# pc kernel: a disk image (MBR, one FAT32 partition from 1 MiB) made
# with sfdisk, mkfs.fat and mtools, booted by -kernel with the disk as
# a virtio-blk-pci device: on QEMU's pc (i440FX) and q35 machines, as
# a transitional device and as a modern-only one (disable-legacy=on),
# and once with no MSI-X (vectors=0), when the driver polls; a
# legacy-only device is refused with a message.
# tests/boot/virtdisk.py -t pc drives the shell: sdV0 and its
# partition in /dev, init's /n/boot, the files mtools put read intact,
# new files written (one of 50 MB, a long name in a new directory),
# sync, shutdown -h. Then on the host mtools reads the new files back
# intact and fsck.fat -n finds nothing. Last, the disk image of
# scripts/image pc on virtio-blk, booted by GRUB under SeaBIOS and
# OVMF: /n/boot is its FAT partition, boot/ember in it intact. Every
# QEMU run is under timeout. Prints ok/FAIL lines and
# "run: N ok, M FAIL".
cd "$(dirname "$0")/../.." || exit 1
. tests/boot/disklib.sh
k=out/pc/ember
need $k qemu-system-x86_64

diskmode pc pc -M pc
diskmode q35 pc -M q35
diskmode "pc, modern only" pc -M pc -global virtio-blk-pci.disable-legacy=on
diskmode "q35, modern only, no MSI-X (polled)" pc -M q35 -global virtio-blk-pci.disable-legacy=on -global virtio-blk-pci.vectors=0

# A legacy-only device is refused with a message, the devices after it
# are still found (a read-only one too), and a device of a type with no
# driver (virtio-rng) is left alone.
if mkimage "$tmp/disk.img" >"$tmp/err" 2>&1; then
	timeout -k 5 60 qemu-system-x86_64 -m 256M -nographic -nic none -kernel "$k" -append "ls #S" \
		-drive "if=none,file=$tmp/disk.img,format=raw,id=a,snapshot=on" -device virtio-blk-pci,drive=a,disable-modern=on \
		-device virtio-rng-pci \
		-drive "if=none,file=$tmp/disk.img,format=raw,id=b,snapshot=on" -device virtio-blk-pci,drive=b \
		-drive "if=none,file=$tmp/disk.img,format=raw,id=c,readonly=on" -device virtio-blk-pci,drive=c,disable-legacy=on \
		</dev/null 2>&1 | tr -d '\r' >"$tmp/out"
	if grep -q "^virtio: pci 0:[0-9]*\.0 (type 2): no virtio 1.0 capabilities (a legacy-only device is not supported)$" "$tmp/out" &&
	   grep -q "^sdV0: virtio-blk, 131072 sectors (64M), queue" "$tmp/out" &&
	   grep -q "^sdV1: virtio-blk, 131072 sectors (64M), read-only, queue" "$tmp/out" &&
	   grep -q "^#S/sdV1$" "$tmp/out" && ! grep -q "^#S/sdV2$" "$tmp/out"; then
		pass "a legacy-only device refused with a message, the others found, one read-only"
	else
		fail "a legacy-only device refused with a message, the others found, one read-only" "$(cat "$tmp/out")"
	fi
	rm -f "$tmp/disk.img"
else
	fail "make the image" "$(cat "$tmp/err")"
fi

# The GRUB disk image on virtio-blk: /n/boot is its FAT partition.
if ! sh scripts/image -n -o "$tmp/grub.img" pc >"$tmp/err" 2>&1; then
	fail "scripts/image pc" "$(cat "$tmp/err")"
else
	kmd5=$(mtype -i "$tmp/grub.img@@1M" ::/boot/ember 2>/dev/null | md5sum | cut -d' ' -f1)
	timeout -k 5 120 python3 tests/boot/virtdisk.py -t pc -g "$tmp/grub.img" "$kmd5" -M pc >"$tmp/out" 2>&1
	results "GRUB image, SeaBIOS"
	timeout -k 5 120 python3 tests/boot/virtdisk.py -t pc -g "$tmp/grub.img" "$kmd5" -M q35 -bios /usr/share/ovmf/OVMF.fd >"$tmp/out" 2>&1
	results "GRUB image, OVMF on q35"
	fsckclean "GRUB image, after the boots" "$tmp/grub.img"
fi

finish
