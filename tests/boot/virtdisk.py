#!/usr/bin/env python3
"""virtdisk.py: the virt kernel's shell on a FAT disk, for tests/boot/virtdisk.sh.

	python3 tests/boot/virtdisk.py IMAGE MD5SUM [QEMU option...]

Boots out/virt/ember by -kernel with IMAGE (an MBR disk with a FAT
partition, made by virtdisk.sh) on virtio-blk, and at the shell: the
disk is sdV0 with partition p1, init has bound the volume at
/n/boot, the files put there by mtools list and read intact (the md5
of SRC.BIN is MD5SUM), then it writes new files (a line, a 5 MB file
of SRC.BIN five times, a long name in a new directory), syncs and
shuts down. The host side checks what was written. Prints "ok NAME"
or "FAIL NAME: why" per case, then "run: N ok, M FAIL". Run from the
top of the tree.
"""

import importlib.util
import os
import re
import sys

TOP = os.getcwd()
spec = importlib.util.spec_from_file_location("shell", os.path.join(TOP, "tests/boot/shell.py"))
shell = importlib.util.module_from_spec(spec)
spec.loader.exec_module(shell)
Failed = shell.Failed
want = shell.want


def main():
	if len(sys.argv) < 3:
		print("usage: virtdisk.py IMAGE MD5SUM [QEMU option...]", file=sys.stderr)
		return 2
	image, md5 = sys.argv[1], sys.argv[2]
	argv = ["qemu-system-aarch64", "-M", "virt", "-cpu", "cortex-a53", "-m", "256M", "-nographic",
		"-nic", "none", "-semihosting", "-kernel", os.path.join(TOP, "out/virt/ember"),
		"-append", "semihosting",
		"-drive", "if=none,file=%s,format=raw,id=d" % image,
		"-device", "virtio-blk-device,drive=d"] + sys.argv[3:]
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
		want(c.run("cat " + s*5 + ">/n/boot/big.bin", 60), r"", "cat SRC.BIN x5 >/n/boot/big.bin")
		want(c.run("ls -l /n/boot/big.bin"), r".* 5242880 .*/n/boot/big\.bin\n", "ls -l /n/boot/big.bin")
		want(c.run("mkdir /n/boot/sub"), r"", "mkdir /n/boot/sub")
		want(c.run("echo nested >'/n/boot/sub/Written in Ember, a long name.txt'"), r"", "echo >long name")
		want(c.run("sync"), r"", "sync")

	def shutdown(c):
		c.send("shutdown -h\n")
		st = c.wait(20)
		if st != 0:
			raise Failed("shutdown -h: status %d; output: %r" % (st, c.tail()))

	cases = [
		("the disk sdV0 with its MBR partition", disk),
		("init opened the FAT partition as #Fboot", mounted),
		("ls /n/boot shows the files mtools put", listed),
		("files mtools put read intact", read),
		("write files, a 5 MB one, a directory, sync", write),
		("shutdown -h", shutdown),
	]
	ok = bad = 0
	try:
		try:
			c.expect(r"^sdV0: virtio-blk, 131072 sectors", "the virtio-blk disk's line", 20)
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
