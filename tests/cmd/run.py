#!/usr/bin/env python3
"""run.py: the runner of the command tests (tests/cmd/NAME.t).

Each case runs in a fresh host kernel (out/host/ember) whose root is a
test root: symbolic links to out/host/root's entries, plus a tmp of its
own (the case's directory is /tmp/case there) and /runner, which holds
the driver runcase.dis (compiled here from tests/cmd/runcase.b) and
the case's input and output files. The driver runs the case's command
with stdout and stderr in separate files and writes its status; this
script compares them with the case's expectations. The format is
described in tests/cmd/README.

Usage: python3 tests/cmd/run.py [NAME...]   (from the top of the tree)
"""

import concurrent.futures
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

TOP = os.getcwd()
EMBER = os.path.join(TOP, "out/host/ember")
LIMBO = os.path.join(TOP, "out/host/limbo")
BUILT = os.path.join(TOP, "out/host/root")
HERE = os.path.join(TOP, "tests/cmd")
TIMEOUT = 10		# seconds per case

# characters that need Ember's shell; without it a $ line must be plain words
SHELLCHARS = set("|;&<>{}`$=^()#\"*?[")


class Case:
	def __init__(self, file, title, line):
		self.file = file
		self.title = title
		self.line = line	# where "===" is, for messages
		self.setup = []		# + lines
		self.stdin = ""
		self.cmd = None		# the $ line
		self.out = []		# expected stdout: (kind, text), kind "=" or "~"
		self.outnl = True	# stdout ends with a newline (no ">-" line)
		self.err = []
		self.errnl = True
		self.status = None	# the ? line's text
		self.errors = []	# what is wrong with the case itself


def parse(path):
	"""The cases of a .t file, and errors found outside any case."""
	name = os.path.basename(path)
	cases = []
	stray = []
	c = None
	with open(path, encoding="utf-8", errors="surrogateescape") as f:
		text = f.read()
	lines = text.split("\n")
	if lines and lines[-1] == "":
		lines.pop()
	for n, l in enumerate(lines, 1):
		if l.startswith("==="):
			title = l[3:].strip()
			c = Case(name, title, n)
			if title == "":
				c.errors.append("line %d: a case with no title" % n)
			cases.append(c)
			continue
		if l.strip() == "" or l.startswith("#"):
			continue
		if c is None:
			stray.append("line %d: outside any case: %s" % (n, l))
			continue
		field(c, n, l)
	for c in cases:
		if c.cmd is None:
			c.errors.append("no $ line")
		if c.status is None:
			c.errors.append("no ? line (the expected status)")
	return cases, stray


def rest(c, n, l, p):
	"""The text after prefix p: one blank, then the text; p alone is empty."""
	t = l[len(p):]
	if t == "":
		return ""
	if t[0] != " ":
		c.errors.append("line %d: no blank after %r: %s" % (n, p, l))
		return None
	return t[1:]


def expect(c, n, l, p, lst, nlattr):
	"""Add a stdout (p ">") or stderr (p "2>") expectation line."""
	if not getattr(c, nlattr):
		c.errors.append("line %d: an expected line after the %s- line (which must be last)" % (n, p))
		return
	if l.startswith(p + "~"):
		t = rest(c, n, l, p + "~")
		if t is None:
			return
		try:
			re.compile(t)
		except re.error as e:
			c.errors.append("line %d: bad regular expression: %s" % (n, e))
			return
		lst.append(("~", t))
	elif l.startswith(p + "-"):
		t = rest(c, n, l, p + "-")
		if t is None:
			return
		lst.append(("=", t))
		setattr(c, nlattr, False)
	else:
		t = rest(c, n, l, p)
		if t is None:
			return
		lst.append(("=", t))


def field(c, n, l):
	"""One line of a case."""
	after = c.cmd is not None
	if l.startswith("2>"):
		if not after:
			c.errors.append("line %d: expected output before the $ line" % n)
		expect(c, n, l, "2>", c.err, "errnl")
	elif l.startswith(">"):
		if not after:
			c.errors.append("line %d: expected output before the $ line" % n)
		expect(c, n, l, ">", c.out, "outnl")
	elif l.startswith("?"):
		t = rest(c, n, l, "?")
		if c.status is not None:
			c.errors.append("line %d: a second ? line" % n)
		elif not after:
			c.errors.append("line %d: ? before the $ line" % n)
		elif t is not None:
			c.status = t
	elif l.startswith("$"):
		t = rest(c, n, l, "$")
		if c.cmd is not None:
			c.errors.append("line %d: a second $ line" % n)
		elif t is not None:
			if t.strip() == "":
				c.errors.append("line %d: an empty $ line" % n)
			c.cmd = t
	elif l.startswith("+"):
		t = rest(c, n, l, "+")
		if after:
			c.errors.append("line %d: + after the $ line" % n)
		elif t is not None:
			c.setup.append(t)
	elif l.startswith("<"):
		if after:
			c.errors.append("line %d: < after the $ line" % n)
		elif l.startswith("<-"):
			t = rest(c, n, l, "<-")
			if t is not None:
				c.stdin += t
		else:
			t = rest(c, n, l, "<")
			if t is not None:
				c.stdin += t + "\n"
	else:
		c.errors.append("line %d: unknown line: %s" % (n, l))


def words(line):
	"""Split a $ line into words, rc-style: blanks separate, '...' quotes
	('' inside is one quote). None if it has shell syntax outside quotes."""
	ws = []
	w = None
	i = 0
	while i < len(line):
		ch = line[i]
		if ch == "'":
			j = i + 1
			s = ""
			while True:
				if j >= len(line):
					return None	# unterminated quote
				if line[j] == "'":
					if j + 1 < len(line) and line[j + 1] == "'":
						s += "'"
						j += 2
						continue
					break
				s += line[j]
				j += 1
			w = (w or "") + s
			i = j + 1
		elif ch in " \t":
			if w is not None:
				ws.append(w)
			w = None
			i += 1
		elif ch in SHELLCHARS:
			return None
		else:
			w = (w or "") + ch
			i += 1
	if w is not None:
		ws.append(w)
	return ws


def makeroot(d):
	"""A test root in d: links to the built root's entries, tmp and runner of its own."""
	os.makedirs(d)
	for e in os.listdir(BUILT):
		if e in ("tmp", "runner"):
			continue
		os.symlink(os.path.join(BUILT, e), os.path.join(d, e))
	for e in ("tmp", "runner"):
		os.makedirs(os.path.join(d, e))
	# the mount points the kernel's start-up binds use, in case the built root lacks them
	for e in ("dev", "prog", "fd", "env", "chan", "net", "n"):
		if not os.path.lexists(os.path.join(d, e)):
			os.makedirs(os.path.join(d, e))


def lines(s):
	"""Text as lines, and whether it ended with a newline (true when empty)."""
	if s == "":
		return [], True
	nl = s.endswith("\n")
	if nl:
		s = s[:-1]
	return s.split("\n"), nl


def compare(what, want, wantnl, got):
	"""None if got matches the expectations, else a readable diff."""
	gl, gotnl = lines(got)
	ok = len(gl) == len(want) and (gotnl == wantnl or not gl)
	# the expected lines as text; a regex that matches its line stands for that line
	exp = []
	for i, (k, t) in enumerate(want):
		if k == "~":
			if i < len(gl) and re.fullmatch(t, gl[i]):
				exp.append(gl[i])
			else:
				exp.append("~" + t)
				ok = False
		else:
			exp.append(t)
			if i >= len(gl) or gl[i] != t:
				ok = False
	if ok:
		return None
	if not wantnl:
		exp.append("\\ (no newline at the end)")
	if not gotnl:
		gl = gl + ["\\ (no newline at the end)"]
	d = difflib.unified_diff(exp, gl, "want", "got", lineterm="", n=3)
	body = [x for x in d][2:]	# drop the ---/+++ header
	return "%s differs (- want, + got):\n%s" % (what, "\n".join("\t" + x for x in body))


def runcase(root, c, useshell):
	"""Run case c in the test root; a list of what went wrong (empty: ok)."""
	if c.errors:
		return ["bad case: " + e for e in c.errors]
	if useshell:
		args = ["sh", c.cmd]
	else:
		ws = words(c.cmd)
		if ws is None:
			return ["needs Ember's shell (no /dis/sh.dis, or NOSH set): %s" % c.cmd]
		if not ws:
			return ["bad case: an empty $ line"]
		args = ["words"] + ws
	case = os.path.join(root, "tmp", "case")
	io = os.path.join(root, "runner", "io")
	for d in (os.path.join(root, "tmp"), io):
		shutil.rmtree(d, ignore_errors=True)
		os.makedirs(d)
	os.makedirs(case)
	for s in c.setup:
		p = subprocess.run(["/bin/sh", "-c", s], cwd=case, stdin=subprocess.DEVNULL,
			stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TIMEOUT)
		if p.returncode != 0:
			return ["+ %s: host command failed (status %d): %s" % (s, p.returncode,
				p.stdout.decode("utf-8", "replace").strip())]
	with open(os.path.join(io, "in"), "w", encoding="utf-8", errors="surrogateescape") as f:
		f.write(c.stdin)
	cmd = [EMBER, "-r", root, "/runner/runcase.dis", "/tmp/case", "/runner/io"] + args
	try:
		p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
			stderr=subprocess.STDOUT, timeout=TIMEOUT)
	except subprocess.TimeoutExpired:
		return ["timed out after %d s" % TIMEOUT]
	console = p.stdout.decode("utf-8", "replace")

	def get(n):
		try:
			with open(os.path.join(io, n), encoding="utf-8", errors="surrogateescape") as f:
				return f.read()
		except OSError:
			return None

	out, err, st = get("out"), get("err"), get("status")
	why = []
	if st is None or out is None or err is None:
		why.append("the driver wrote no status (kernel exit status %d)" % p.returncode)
		if console:
			why.append("kernel console:\n" + indent(console))
		if err:
			why.append("stderr:\n" + indent(err))
		return why
	if p.returncode != 0:
		why.append("kernel exit status %d" % p.returncode)
	if console:
		why.append("the kernel's console (neither fd 1 nor 2 of the command):\n" + indent(console))
	if st != c.status:
		why.append("status %r, want %r" % (st, c.status))
	d = compare("stdout", c.out, c.outnl, out)
	if d:
		why.append(d)
	d = compare("stderr", c.err, c.errnl, err)
	if d:
		why.append(d)
	return why


def indent(s):
	return "\n".join("\t" + x for x in s.rstrip("\n").split("\n"))


def tfiles(names):
	"""The .t files named (NAME, NAME.t or a path), or all of them."""
	if not names:
		return sorted(os.path.join(HERE, f) for f in os.listdir(HERE) if f.endswith(".t"))
	fs = []
	for n in names:
		if os.path.exists(n) and n.endswith(".t"):
			fs.append(os.path.abspath(n))
		else:
			b = os.path.basename(n)
			if not b.endswith(".t"):
				b += ".t"
			fs.append(os.path.join(HERE, b))
	return fs


def main():
	files = tfiles(sys.argv[1:])
	nok = 0
	nbad = 0

	def report(ok, name, title, why):
		nonlocal nok, nbad
		if ok:
			print("ok %s: %s" % (name, title))
			nok += 1
		else:
			print("FAIL %s: %s" % (name, title))
			for w in why:
				print("\t" + w.replace("\n", "\n\t"))
			nbad += 1
		sys.stdout.flush()

	for exe in (EMBER, LIMBO):
		if not os.path.exists(exe):
			report(False, "run", "setup", ["no %s: build it with mk TARGET=host" % exe])
			print("run: %d ok, %d FAIL" % (nok, nbad))
			return 1
	# NOSH=1 runs $ lines as words even when there is a shell (while it is being written)
	useshell = os.path.exists(os.path.join(BUILT, "dis/sh.dis")) and os.environ.get("NOSH", "") in ("", "0")
	tmp = tempfile.mkdtemp(prefix="cmdrun.")
	try:
		drv = os.path.join(tmp, "runcase.dis")
		p = subprocess.run([LIMBO, "-I", os.path.join(TOP, "module"), "-o", drv,
			os.path.join(HERE, "runcase.b")], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
		if p.returncode != 0:
			report(False, "runcase.b", "the driver compiles", [p.stdout.decode("utf-8", "replace")])
			print("run: %d ok, %d FAIL" % (nok, nbad))
			return 1

		work = []	# (file name, case or None, messages)
		for f in files:
			name = os.path.basename(f)
			if not os.path.exists(f):
				work.append((name, None, "no such test file"))
				continue
			try:
				cases, stray = parse(f)
			except (OSError, UnicodeError) as e:
				work.append((name, None, str(e)))
				continue
			if stray:
				work.append((name, None, "\n".join(stray)))
			if not cases:
				work.append((name, None, "no cases"))
			for c in cases:
				work.append((name, c, None))

		# one test root per worker; a worker runs its cases one after another
		nw = max(1, min(os.cpu_count() or 1, 8))
		roots = []
		for i in range(nw):
			r = os.path.join(tmp, "root%d" % i)
			makeroot(r)
			shutil.copy(drv, os.path.join(r, "runner", "runcase.dis"))
			roots.append(r)
		free = list(roots)
		import threading
		lock = threading.Lock()

		def job(w):
			name, c, msg = w
			if c is None:
				return [msg]
			with lock:
				r = free.pop()
			try:
				return runcase(r, c, useshell)
			except subprocess.TimeoutExpired:
				return ["a + command timed out after %d s" % TIMEOUT]
			finally:
				with lock:
					free.append(r)

		with concurrent.futures.ThreadPoolExecutor(nw) as ex:
			for w, why in zip(work, ex.map(job, work)):
				name, c, msg = w
				if c is None:
					report(False, name, "(the file)", why)
				else:
					report(not why, name, c.title, why)
	finally:
		shutil.rmtree(tmp, ignore_errors=True)
	print("run: %d ok, %d FAIL" % (nok, nbad))
	return 1 if nbad else 0


if __name__ == "__main__":
	sys.exit(main())
