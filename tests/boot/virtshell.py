#!/usr/bin/env python3
"""virtshell.py: the arm64 virt kernel's shell, booted as a user boots it.

	python3 tests/boot/virtshell.py image IMAGE
	python3 tests/boot/virtshell.py kernel
	python3 tests/boot/virtshell.py pc

image: QEMU with U-Boot (the u-boot-qemu package) as firmware and
IMAGE (scripts/image virt -a semihosting) on virtio-blk; U-Boot's own
boot sequence, with its default environment and no key pressed, must
find the image's boot script. One boot runs every case of
tests/boot/shell.py and the cases below in turn, then shutdown -r
(back through U-Boot) and shutdown -h (QEMU's status 0).
kernel: only the cases below, on out/virt/ember by -kernel (shell.py
runs its own cases there). pc: the same cases on out/pc/ember by
-kernel (the x86_64 PC's CMOS clock for date).

The cases below: date and a file's time from the PL031 real-time
clock, and Dis programs that fault (array bounds, nil dereference,
zero divide, an unhandled raise: tests/boot/dis/fault*.s), each dying
alone while the shell goes on. Prints "ok NAME" or "FAIL NAME: why"
per case, then "run: N ok, M FAIL". Run from the top of the tree.
"""

import datetime
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

UBOOT = "/usr/lib/u-boot/qemu_arm64/u-boot.bin"


def c_date(c):
	now = datetime.datetime.now(datetime.timezone.utc)
	out = c.run("date")
	m = re.fullmatch(r"(\w\w\w) (\w\w\w) (\d\d) (\d\d):(\d\d):(\d\d) (\w+) (\d{4})\n", out)
	if not m:
		raise Failed("date: got %r" % out)
	got = datetime.datetime.strptime("%s %s %s %s:%s:%s" % (m[2], m[3], m[8], m[4], m[5], m[6]),
		"%b %d %Y %H:%M:%S").replace(tzinfo=datetime.timezone.utc)
	if abs((got - now).total_seconds()) > 300:
		raise Failed("date says %r, the host's clock %s (UTC): the real-time clock's time is not the time of day" % (out, now))
	want(c.run("touch /tmp/stamp"), r"", "touch /tmp/stamp")
	out = c.run("ls -l /tmp/stamp")
	day = "%s %02d" % (now.strftime("%b"), now.day)
	if day not in out:
		raise Failed("ls -l /tmp/stamp: %r lacks today's date %r" % (out, day))


def fault(prog, module, why):
	def f(c):
		out = c.run(prog)
		want(out, r'\[%s\] Broken: "%s"\n(sh: [^\n]*\n)?' % (module, re.escape(why)), prog)
		want(c.run("echo $status"), re.escape(why) + r"\n", "echo $status after " + prog)
		want(c.run("echo still here"), r"still here\n", "the shell after " + prog)
	return f


EXTRA = [
	("date and file times from the real-time clock", c_date),
	("array bounds: the program dies, the shell goes on", fault("faultbounds", "Faultbounds", "array bounds error")),
	("nil dereference: the program dies, the shell goes on", fault("faultnil", "Faultnil", "dereference of nil")),
	("zero divide: the program dies, the shell goes on", fault("faultzdiv", "Faultzdiv", "zero divide")),
	("unhandled raise: the program dies, the shell goes on", fault("faultraise", "Faultraise", "no handler for this")),
]

ENDING = ("shutdown -r restarts the system", "shutdown -h ends the kernel with status 0")


def c_bootfs(c):
	out = c.run("ls /n/boot")
	if "/n/boot/ember\n" not in out:
		raise Failed("ls /n/boot: %r lacks the kernel, /n/boot/ember" % out)


# image only: init binds the image's FAT partition (virtio-blk) at /n/boot
IMAGE = [("/n/boot is the image's FAT partition, with the kernel", c_bootfs)]


def boot(mode, image):
	if mode == "image":
		argv = ["qemu-system-aarch64", "-M", "virt", "-cpu", "cortex-a53", "-m", "256M", "-nographic",
			"-nic", "none", "-semihosting", "-bios", UBOOT,
			"-drive", "if=none,file=%s,format=raw,id=d,snapshot=on" % image,
			"-device", "virtio-blk-device,drive=d"]
	else:
		argv = ["qemu-system-aarch64", "-M", "virt", "-cpu", "cortex-a53", "-m", "256M", "-nographic",
			"-nic", "none", "-semihosting", "-kernel", os.path.join(TOP, "out/virt/ember"),
			"-append", "semihosting"]
	c = shell.Console(argv, 3)
	c.echoes = True
	c.broke = "/dis/broke.dis"
	c.target = "virt"
	c.ended = False
	return c


def main():
	if len(sys.argv) < 2 or sys.argv[1] not in ("image", "kernel", "pc") or (sys.argv[1] == "image") != (len(sys.argv) == 3):
		print("usage: virtshell.py image IMAGE | kernel | pc", file=sys.stderr)
		return 2
	mode = sys.argv[1]
	image = sys.argv[2] if mode == "image" else None
	prefix = "image/" if mode == "image" else ""
	cases = list(EXTRA)
	if mode == "image":
		cases = [(n, f) for n, f in shell.CASES if n not in ENDING] + IMAGE + cases
		cases += [(n, f) for e in ENDING for n, f in shell.CASES if n == e]
	ok = bad = 0
	c = shell.boot("pc", None) if mode == "pc" else boot(mode, image)
	try:
		try:
			if mode == "image":
				c.expect(r"^Found U-Boot script /boot\.scr$", "U-Boot finding the image's boot.scr", 20)
				c.expect(r"^Ember arm64 virt: ", "the kernel's banner after U-Boot", 10)
			c.prompt(20)
		except Failed as e:
			print("FAIL %sboot to the shell: %s" % (prefix, e))
			print("run: 0 ok, 1 FAIL")
			return 1
		print("ok %sboot to the shell" % prefix)
		ok += 1
		for name, fn in cases:
			try:
				fn(c)
				print("ok %sshell/%s" % (prefix, name))
				ok += 1
			except Failed as e:
				print("FAIL %sshell/%s: %s" % (prefix, name, e))
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
