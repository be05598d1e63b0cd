#!/usr/bin/env python3
"""shell.py: boot Ember to its shell as a user does and type at it.

	python3 tests/boot/shell.py host|virt|pc [CASE...]

host: out/host/ember with no command (init starts the shell), its root
a test root of links to out/host/root's entries with a tmp of its own;
the console is a pipe. virt: out/virt/ember in QEMU with no command,
the console QEMU's serial line on a pipe (the kernel echoes what is
typed, with CR LF line ends); pc: out/pc/ember in qemu-system-x86_64
likewise, or the disk image $EMBERPCIMAGE on virtio-blk through SeaBIOS, or OVMF if
$EMBERPCUEFI is set. Each case boots a kernel of its own,
waits for the prompt "; ", types lines, looks for output, and ends it:
host by closing the console's input (init then ends and so does the
kernel, status 0), virt by stopping QEMU, unless the case ends the
system itself (shutdown -h). Every wait has a timeout. Prints "ok
NAME" or "FAIL NAME: why" per case, then "run: N ok, M FAIL".
Run from the top of the tree.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

TOP = os.getcwd()
WAIT = 10		# seconds for any one expected thing (virt: x3)
PROMPT = re.compile(r"; $")	# at the end of the output: after a command's last line, or its text without a newline


class Failed(Exception):
	pass


class Console:
	"""A booted kernel: what it prints, accumulated by a thread; input by send."""

	def __init__(self, argv, scale):
		self.scale = scale
		self.p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
			stderr=subprocess.STDOUT, start_new_session=True)
		self.buf = ""
		self.pos = 0		# what expect has looked at so far
		self.lock = threading.Lock()
		self.t = threading.Thread(target=self.reader, daemon=True)
		self.t.start()

	def reader(self):
		while True:
			b = self.p.stdout.read1(4096)
			if not b:
				return
			with self.lock:
				self.buf += b.decode("utf-8", "replace").replace("\r", "")

	def send(self, s):
		try:
			self.p.stdin.write(s.encode())
			self.p.stdin.flush()
		except OSError as e:
			raise Failed("cannot type %r: %s" % (s, e))

	def close(self):
		try:
			self.p.stdin.close()
		except OSError:
			pass

	def expect(self, rx, what=None, t=WAIT):
		"""Wait for rx in the output after what was matched before; the match."""
		r = re.compile(rx, re.M)
		end = time.time() + t * self.scale
		while True:
			with self.lock:
				m = r.search(self.buf, self.pos)
				if m:
					self.pos = m.end()
					return m
			if time.time() > end:
				raise Failed("no %s within %d s; output since: %r" % (what or repr(rx), t * self.scale,
					self.tail()))
			if self.p.poll() is not None and not self.t.is_alive():
				with self.lock:
					if not r.search(self.buf, self.pos):
						raise Failed("the kernel ended (status %d) before %s; output since: %r" %
							(self.p.returncode, what or repr(rx), self.tail()))
			time.sleep(0.02)

	def prompt(self, t=WAIT):
		"""Wait for the shell's prompt: "; " with nothing after it."""
		end = time.time() + t * self.scale
		while True:
			with self.lock:
				m = PROMPT.search(self.buf, self.pos)
				if m and m.end() == len(self.buf):
					self.pos = m.end()
					return
			if time.time() > end:
				raise Failed("no prompt within %d s; output since: %r" % (t * self.scale, self.tail()))
			if self.p.poll() is not None and not self.t.is_alive():
				raise Failed("the kernel ended (status %d) before the prompt; output since: %r" %
					(self.p.returncode, self.tail()))
			time.sleep(0.02)

	def since(self, start):
		with self.lock:
			return self.buf[start:]

	def tail(self):
		with self.lock:
			return self.buf[self.pos:][-600:]

	def run(self, line, t=WAIT):
		"""Type a command line, wait for the next prompt; what was printed in between."""
		start = self.pos
		self.send(line + "\n")
		self.prompt(t)
		out = self.since(start)
		out = out[:len(out) - 2]	# the prompt
		if self.echoes and out.startswith(line + "\n"):
			out = out[len(line) + 1:]
		return out

	def wait(self, t=WAIT):
		"""The kernel's exit status, waiting at most t seconds."""
		try:
			return self.p.wait(t * self.scale)
		except subprocess.TimeoutExpired:
			raise Failed("the kernel did not end within %d s; output since: %r" % (t * self.scale, self.tail()))

	def kill(self):
		if self.p.poll() is None:
			try:
				os.killpg(self.p.pid, 9)
			except OSError:
				pass
			self.p.wait()
		self.t.join(5)


def want(got, rx, what):
	if not re.fullmatch(rx, got, re.S):
		raise Failed("%s: got %r, want /%s/" % (what, got, rx))


# The cases: each gets a booted Console at its first prompt.

def c_echo(c):
	want(c.run("echo hi"), r"hi\n", "echo hi")


def c_ls(c):
	out = c.run("ls /dis")
	names = out.split()
	for n in ("/dis/sh.dis", "/dis/ls.dis", "/dis/init.dis", "/dis/lib"):
		if n not in names:
			raise Failed("ls /dis lacks %s: %r" % (n, out[:300]))


def c_sysname(c):
	out = c.run("cat /dev/sysname")
	if c.target == "host":
		name = os.uname().nodename
	else:
		name = "ember"
	want(out, re.escape(name), "cat /dev/sysname (no newline)")


def c_ps(c):
	out = c.run("ps")
	lines = out.rstrip("\n").split("\n")
	st = r"\s*\d+\s+\d+\s+\S+\s+\d+:\d\d\.\d\s+\S+\s+\d+K "
	for l in lines:
		want(l, st + r"\S+", "a ps line")
	for mod in ("Init", "Sh", "Ps"):
		if not any(re.fullmatch(st + re.escape(mod) + r"(\[\$\w+\])?", l) for l in lines):
			raise Failed("ps shows no %s: %r" % (mod, out))


def c_pipe(c):
	want(c.run("echo hi | wc"), r" +1 +1 +3\n", "echo hi | wc")


def c_fail(c):
	out = c.run("cat /nonexistent")
	want(out, r"cat: cannot open /nonexistent: '/nonexistent' file does not exist\n", "cat /nonexistent")
	want(c.run("echo $status"), r"bad open\n", "echo $status")


def c_fault(c):
	out = c.run(c.broke)
	want(out, r'\[Broke\] Broken: "illegal dis instruction"\n(sh: [^\n]*\n)?', "a faulting program")
	want(c.run("echo $status"), r"illegal dis instruction\n", "echo $status after the fault")
	want(c.run("echo still here"), r"still here\n", "the shell after the fault")


def c_intr(c):
	c.send("sleep 100\n")
	time.sleep(1 * c.scale)
	t0 = time.time()
	c.send("\x03")
	c.prompt(5)
	if time.time() - t0 > 5 * c.scale:
		raise Failed("^C took %.1f s" % (time.time() - t0))
	want(c.run("echo $status"), r"interrupted\n", "echo $status after ^C")
	want(c.run("echo after"), r"after\n", "the shell after ^C")


def c_shutdown(c):
	c.send("shutdown -h\n")
	st = c.wait()
	if st != 0:
		raise Failed("shutdown -h: kernel exit status %d, want 0; output: %r" % (st, c.tail()))
	c.ended = True


def c_reboot(c):
	c.send("shutdown -r\n")
	if c.target == "virt":
		c.expect(r"^Ember arm64 virt: ", "the banner of the restarted kernel", 20)
	elif c.target == "pc":
		c.expect(r"Ember amd64 pc: ", "the banner of the restarted kernel", 20)
	c.prompt(20)
	want(c.run("echo after"), r"after\n", "the shell after the restart")


CASES = [
	("echo hi", c_echo),
	("ls /dis", c_ls),
	("cat /dev/sysname", c_sysname),
	("ps", c_ps),
	("echo hi | wc", c_pipe),
	("a failing command", c_fail),
	("a Dis program faulting", c_fault),
	("^C interrupts sleep 100", c_intr),
	("shutdown -h ends the kernel with status 0", c_shutdown),
	("shutdown -r restarts the system", c_reboot),
]

# Cases not run yet, and why: each is taken out of here once it can pass
# (main stays green). Named on the command line, a pending case runs.
PENDING = {
}

def hostroot(tmp):
	"""A test root: links to out/host/root's entries, a tmp of its own holding
	broke.dis (tests/boot/dis/broke.s, which virt has in /dis)."""
	built = os.environ.get("EMBERROOT") or os.path.join(TOP, "out/host/root")	# EMBERROOT: try another
	r = os.path.join(tmp, "root")
	os.makedirs(r)
	for e in os.listdir(built):
		if e != "tmp":
			os.symlink(os.path.join(built, e), os.path.join(r, e))
	os.makedirs(os.path.join(r, "tmp"))
	p = subprocess.run([os.path.join(TOP, "out/host/disas"), "-o", os.path.join(r, "tmp/broke.dis"),
		os.path.join(TOP, "tests/boot/dis/broke.s")], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
	if p.returncode != 0:
		raise Failed("broke.s does not assemble: " + p.stdout.decode())
	return r


def boot(target, root):
	if target == "host":
		c = Console([os.path.join(TOP, "out/host/ember"), "-i", "-r", root], 1)
		c.echoes = False
		c.broke = "/tmp/broke.dis"
	elif target == "pc":
		argv = ["qemu-system-x86_64", "-m", "256M", "-nographic", "-nic", "none",
			"-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"]
		img = os.environ.get("EMBERPCIMAGE")	# a disk image of scripts/image pc, booted by GRUB from virtio-blk
		if img:
			argv += ["-drive", "if=none,file=%s,format=raw,id=d,snapshot=on" % img, "-device", "virtio-blk-pci,drive=d"]
			if os.environ.get("EMBERPCUEFI"):
				argv += ["-bios", "/usr/share/ovmf/OVMF.fd"]
		else:
			argv += ["-kernel", os.path.join(TOP, "out/pc/ember")]
		c = Console(argv, 3)
		c.echoes = True
		c.broke = "/dis/broke.dis"
	else:
		c = Console(["qemu-system-aarch64", "-M", "virt", "-cpu", "cortex-a53", "-m", "256M", "-nographic",
			"-nic", "none", "-semihosting", "-kernel", os.path.join(TOP, "out/virt/ember"),
			"-append", "semihosting"], 3)
		c.echoes = True
		c.broke = "/dis/broke.dis"
	c.target = target
	c.ended = False
	return c


def main():
	target = sys.argv[1] if len(sys.argv) > 1 else "host"
	names = sys.argv[2:]
	ok = bad = 0
	tmp = tempfile.mkdtemp(prefix="bootsh.")
	try:
		root = None
		if target == "host":
			root = hostroot(tmp)
		for name, fn in CASES:
			if names and name not in names:
				continue
			if not names and name in PENDING:
				print("skip shell/%s: %s" % (name, PENDING[name]))
				continue
			c = boot(target, root)
			why = None
			try:
				c.prompt(20)
				fn(c)
				if not c.ended and target == "host":
					c.close()
					st = c.wait()
					if st != 0:
						raise Failed("the kernel's exit status at the end of input: %d, want 0" % st)
			except Failed as e:
				why = str(e)
			finally:
				c.kill()
			if why is None:
				print("ok shell/%s" % name)
				ok += 1
			else:
				print("FAIL shell/%s: %s" % (name, why))
				bad += 1
			sys.stdout.flush()
	finally:
		shutil.rmtree(tmp, ignore_errors=True)
	print("run: %d ok, %d FAIL" % (ok, bad))
	return 1 if bad else 0


if __name__ == "__main__":
	sys.exit(main())
