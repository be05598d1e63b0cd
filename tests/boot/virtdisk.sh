#!/bin/sh
# Boot test of virtio-blk and the FAT boot volume on the arm64 virt
# kernel: a disk image (MBR, one FAT32 partition from 1 MiB) made with
# sfdisk, mkfs.fat and mtools, booted by -kernel on virtio-blk, once as
# QEMU's default legacy virtio-mmio device and once as a modern
# (version 2) one. tests/boot/virtdisk.py drives the shell: sdV0 and
# its partition in /dev, init's /n/boot, the files mtools put read
# intact, new files written (one of 50 MB), sync, shutdown -h. Then on
# the host mtools reads the new files back intact and fsck.fat -n
# finds nothing. Every QEMU run is under timeout. Prints ok/FAIL lines
# and "run: N ok, M FAIL".
cd "$(dirname "$0")/../.." || exit 1
. tests/boot/disklib.sh
need out/virt/ember qemu-system-aarch64

diskmode legacy virt
diskmode modern virt -global virtio-mmio.force-legacy=false
finish
