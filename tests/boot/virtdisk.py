#!/usr/bin/env python3
"""virtdisk.py: a kernel's shell on a FAT disk, for tests/boot/virtdisk.sh and pcdisk.sh.

	python3 tests/boot/virtdisk.py [-t virt|pc] [-g] IMAGE MD5SUM [QEMU option...]

Boots out/virt/ember (-t virt, the default: qemu-system-aarch64,
virtio-blk-device on virtio-mmio) or out/pc/ember (-t pc:
qemu-system-x86_64, virtio-blk-pci) by -kernel with IMAGE (an MBR
disk with a FAT partition, made by virtdisk.sh or pcdisk.sh) on
virtio-blk, and at the shell: the disk is sdV0 with partition p1,
init has bound the volume at /n/boot, the files put there by mtools
list and read intact (the md5 of SRC.BIN is MD5SUM), then it writes
new files (a line, a 50 MB file of SRC.BIN fifty times, a long name in
a new directory), syncs and shuts down. The host side checks what was
written. With -g (pc only), IMAGE is instead a disk image of
scripts/image pc, booted by the firmware and GRUB from the virtio
disk: init must have bound its FAT partition at /n/boot, where
boot/ember reads intact (MD5SUM is out/pc/ember's), then shutdown -h.
The QEMU options go last (-M q35, -global ..., -bios ...). Prints
"ok NAME" or "FAIL NAME: why" per case, then "run: N ok, M FAIL". Run
from the top of the tree.
"""

import importlib.util
import os
import re
import signal
import sys

TOP = os.getcwd()
spec = importlib.util.spec_from_file_location("shell", os.path.join(TOP, "tests/boot/shell.py"))
shell = importlib.util.module_from_spec(spec)
spec.loader.exec_module(shell)
Failed = shell.Failed
want = shell.want


def usage():
	print("usage: virtdisk.py [-t virt|pc] [-g] IMAGE MD5SUM [QEMU option...]", file=sys.stderr)
	return 2


def main():
	args = sys.argv[1:]
	target, grub = "virt", False
	while args and args[0] in ("-t", "-g"):
		if args[0] == "-g":
			grub = True
			args = args[1:]
		elif len(args) > 1 and args[1] in ("virt", "pc"):
			target = args[1]
			args = args[2:]
		else:
			return usage()
	if len(args) < 2 or (grub and target != "pc"):
		return usage()
	image, md5 = args[0], args[1]
	drive = ["-drive", "if=none,file=%s,format=raw,id=d" % image]
	if target == "virt":
		argv = ["qemu-system-aarch64", "-M", "virt", "-cpu", "cortex-a53", "-m", "256M", "-nographic",
			"-nic", "none", "-semihosting", "-kernel", os.path.join(TOP, "out/virt/ember"),
			"-append", "semihosting"] + drive + ["-device", "virtio-blk-device,drive=d"]
	else:
		argv = ["qemu-system-x86_64", "-m", "256M", "-nographic", "-nic", "none",
			"-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"]
		if not grub:
			argv += ["-kernel", os.path.join(TOP, "out/pc/ember")]
		argv += drive + ["-device", "virtio-blk-pci,drive=d"]
	argv += args[2:]
	# QEMU runs in a process group of its own: a timeout's TERM must still end it (the finally below)
	signal.signal(signal.SIGTERM, lambda n, f: sys.exit(1))
	c = shell.Console(argv, 3)
	c.echoes = True

	def disk(c):
		want(c.run("cat /dev/sdV0/ctl"), r"geometry 131072 512\npart p1 2048 131072 type 0x0c\n", "cat /dev/sdV0/ctl")
		want(c.run("ls /dev/sdV0"), r"/dev/sdV0/ctl\n/dev/sdV0/data\n/dev/sdV0/p1\n", "ls /dev/sdV0")

	def mounted(c):
		want(c.run("cat '#F/ctl'"), r"boot /dev/sdV0/p1 fat32 rw cluster \d+ clusters \d+ free \d+ lost 0\n", "cat '#F/ctl'")

	def listed(c):
		want(c.run("ls /n/boot"), r"/n/boot/HELLO.TXT\n/n/boot/SRC.BIN\n/n/boot/dir\n", "ls /n/boot")
		want(c.run("ls /n/boot/dir"), r"/n/boot/dir/A file with a long name\.txt\n", "ls /n/boot/dir")

	def read(c):
		want(c.run("cat /n/boot/HELLO.TXT"), r"hello from mtools\n", "cat /n/boot/HELLO.TXT")
		want(c.run("md5sum /n/boot/SRC.BIN", 20), re.escape(md5) + r"\t/n/boot/SRC.BIN\n", "md5sum /n/boot/SRC.BIN")
		want(c.run("cat '/n/boot/dir/A file with a long name.txt'"), r"long\n", "cat a long name")

	def write(c):
		want(c.run("echo written by ember >/n/boot/new.txt"), r"", "echo >/n/boot/new.txt")
		want(c.run("cat /n/boot/new.txt"), r"written by ember\n", "cat /n/boot/new.txt")
		s = "/n/boot/SRC.BIN "
		want(c.run("cat " + s*25 + ">/n/boot/big.bin", 120), r"", "cat SRC.BIN x25 >/n/boot/big.bin")
		want(c.run("cat " + s*25 + ">>/n/boot/big.bin", 120), r"", "cat SRC.BIN x25 >>/n/boot/big.bin")
		want(c.run("ls -l /n/boot/big.bin"), r".* 52428800 .*/n/boot/big\.bin\n", "ls -l /n/boot/big.bin")
		want(c.run("mkdir /n/boot/sub"), r"", "mkdir /n/boot/sub")
		want(c.run("echo nested >'/n/boot/sub/Written in Ember, a long name.txt'"), r"", "echo >long name")
		want(c.run("sync"), r"", "sync")

	def shutdown(c):
		c.send("shutdown -h\n")
		st = c.wait(20)
		if st != 0:
			raise Failed("shutdown -h: status %d; output: %r" % (st, c.tail()))

	def grubboot(c):
		want(c.run("cat '#F/ctl'"), r"boot /dev/sdV0/p1 fat(16|32) rw .*\n", "cat '#F/ctl'")
		want(c.run("ls /n/boot/boot"), r"(?s).*/n/boot/boot/ember\n.*", "ls /n/boot/boot")
		want(c.run("md5sum /n/boot/boot/ember", 20), re.escape(md5) + r"\t/n/boot/boot/ember\n", "md5sum /n/boot/boot/ember")

	cases = [
		("the disk sdV0 with its MBR partition", disk),
		("init opened the FAT partition as #Fboot", mounted),
		("ls /n/boot shows the files mtools put", listed),
		("files mtools put read intact", read),
		("write files, a 50 MB one, a directory, sync", write),
		("shutdown -h", shutdown),
	]
	if grub:
		cases = [
			("init bound the image's FAT partition at /n/boot, boot/ember in it intact", grubboot),
			("shutdown -h", shutdown),
		]
	ok = bad = 0
	try:
		try:
			c.expect(r"^sdV0: virtio-blk, %s sectors" % (r"\d+" if grub else "131072"), "the virtio-blk disk's line", 60 if grub else 20)
			c.prompt(20)
		except Failed as e:
			print("FAIL boot to the shell with a disk: %s" % e)
			print("run: 0 ok, 1 FAIL")
			return 1
		print("ok boot to the shell with a disk")
		ok += 1
		for name, fn in cases:
			try:
				fn(c)
				print("ok %s" % name)
				ok += 1
			except Failed as e:
				print("FAIL %s: %s" % (name, e))
				bad += 1
				if c.p.poll() is not None:
					break
			sys.stdout.flush()
	finally:
		c.kill()
	print("run: %d ok, %d FAIL" % (ok, bad))
	return 1 if bad else 0


if __name__ == "__main__":
	sys.exit(main())
