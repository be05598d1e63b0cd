# gdb helpers for Ember's kernels (any target whose kernel has its
# symbols): load with "source scripts/gdb/ember.py" (scripts/debug
# does). They read the kernel's own structures through its debug
# information, so they work stopped anywhere:
#
#	ember-procs		the kernel processes: pid, state, name, what it does, saved pc
#	ember-progs		the Dis Progs: pid, state, module, Dis pc, kernel proc in a system call
#	ember-chan EXPR		a Chan's path, device, qid and offset (EXPR a Chan*)
#	ember-fds [PID]		the open files of a Prog (default: the one the current proc runs)
#	ember-kbt PID		a switched-out kernel proc's backtrace, from its Label's frame pointer
#
# and the convenience function $ember_path(chan), the path as a string.
# See debug(8).

import gdb

H = 0xFFFFFFFF		# a Dis nil


def cstr(v, n=None):
	"""A C string (char* or char[]) as Python text; "" for a null pointer."""
	try:
		if v.type.strip_typedefs().code == gdb.TYPE_CODE_PTR and int(v) == 0:
			return ""
		return v.string(length=n) if n else v.string()
	except gdb.error:
		return "?"


def table(name):
	"""A global, looked up past file statics that share its name (procs, vm)."""
	try:
		return gdb.parse_and_eval(name)
	except gdb.error as e:
		raise gdb.GdbError("no symbol %s in this kernel: %s" % (name, e))


def strtab(name, i):
	try:
		return cstr(table(name)[i])
	except gdb.error:
		return str(i)


def chanpath(c):
	"""A Chan's path: its Cname, else #<dev char> and the qid."""
	if int(c) == 0:
		return "nil"
	n = c["name"]
	if int(n) != 0 and int(n["s"]) != 0:
		return cstr(n["s"])
	return "#%s (qid %#x)" % (devchar(c), int(c["qid"]["path"]))


def devchar(c):
	try:
		d = gdb.parse_and_eval("devtab")[int(c["type"])]
		return chr(int(d["dc"]))
	except (gdb.error, ValueError):
		return "?"


def procs():
	p = table("'proc.c'::procs.all") if hasfilestatic("proc.c", "procs") else table("procs.all")
	while int(p) != 0:
		yield p
		p = p["next"]


def hasfilestatic(f, name):
	try:
		gdb.parse_and_eval("'%s'::%s" % (f, name))
		return True
	except gdb.error:
		return False


def progs():
	p = table("vm.progs")
	while int(p) != 0:
		yield p
		p = p["next"]


def modname(p):
	m = p["R"]["M"]
	if int(m) == 0 or int(m["m"]) == 0:
		return "?"
	return cstr(m["m"]["name"])


def dispc(p):
	"""The Prog's Dis pc: the index of its next instruction in its module's code."""
	m = p["R"]["M"]
	pc = p["R"]["PC"]
	try:
		base = m["m"]["prog"]
		if int(m) == 0 or int(base) == 0 or int(pc) == 0:
			return "-"
		return str(int(pc - base))
	except gdb.error:
		return "-"


class Procs(gdb.Command):
	"""List Ember's kernel processes: pid, state, name, ps state, and the function and sp where each was switched out (the one on the CPU, marked *, where it is now)."""

	def __init__(self):
		super().__init__("ember-procs", gdb.COMMAND_DATA)

	def invoke(self, arg, from_tty):
		up = int(table("up"))
		print("%6s %-10s %-16s %-16s %-18s %s" % ("pid", "state", "name", "doing", "pc", "sp"))
		for p in procs():
			st = int(p["state"])
			if st == 0:
				continue		# Dead: a free slot
			lab = p["arch"]["sched"]
			pc, sp = int(lab["pc"]), int(lab["sp"])
			if int(p) == up:
				# on the CPU: its Label is stale, the registers are its own
				frame = gdb.newest_frame()
				pc, sp = frame.pc(), int(frame.read_register("sp"))
			pcs = "%#x" % pc
			try:
				sym = gdb.block_for_pc(pc)
				while sym is not None and sym.function is None:
					sym = sym.superblock
				if sym is not None:
					pcs = sym.function.name
			except RuntimeError:
				pass
			print("%s%5d %-10s %-16s %-16s %-18s %#x" % ("*" if int(p) == up else " ", int(p["pid"]),
				strtab("statename", st), cstr(p["text"]), cstr(p["psstate"]) or "-", pcs, sp))


class Progs(gdb.Command):
	"""List the Dis Progs: pid, group, state, module, Dis pc, and the kernel proc of a system call."""

	def __init__(self):
		super().__init__("ember-progs", gdb.COMMAND_DATA)

	def invoke(self, arg, from_tty):
		print("%6s %6s %-9s %-16s %6s %s" % ("pid", "group", "state", "module", "pc", "in"))
		n = 0
		for p in progs():
			g = p["group"]
			kp = p["kproc"]
			where = ""
			if int(kp) != 0:
				where = "kproc %d %s" % (int(kp["pid"]), cstr(kp["psstate"]))
			sc = p["syscallm"]
			if int(sc) != 0 and int(sc["m"]) != 0:
				where = ("%s[%s]" % (where + " " if where else "", cstr(sc["m"]["name"]))).strip()
			print("%6d %6d %-9s %-16s %6s %s" % (int(p["pid"]), int(g["id"]) if int(g) != 0 else 0,
				strtab("progstate", int(p["state"])), modname(p), dispc(p), where))
			n += 1
		if n == 0:
			print("(no Progs: the VM has not started one)")


class ChanCmd(gdb.Command):
	"""Print a Chan's path, device, qid and offset: ember-chan EXPR, EXPR a Chan*."""

	def __init__(self):
		super().__init__("ember-chan", gdb.COMMAND_DATA, gdb.COMPLETE_EXPRESSION)

	def invoke(self, arg, from_tty):
		if not arg:
			raise gdb.GdbError("usage: ember-chan EXPR (a Chan*)")
		c = gdb.parse_and_eval(arg)
		if c.type.strip_typedefs().code != gdb.TYPE_CODE_PTR:
			c = c.address
		if int(c) == 0:
			print("nil")
			return
		q = c["qid"]
		print("%s  #%s  qid (%#x %d %#x)  offset %d  ref %d" % (chanpath(c), devchar(c), int(q["path"]),
			int(q["vers"]), int(q["type"]), int(c["offset"]), int(c["ref"])))


class Fds(gdb.Command):
	"""List a Prog's open files: ember-fds [PID] (default: the Prog the current kernel proc runs)."""

	def __init__(self):
		super().__init__("ember-fds", gdb.COMMAND_DATA)

	def invoke(self, arg, from_tty):
		env = None
		if arg:
			want = int(gdb.parse_and_eval(arg))
			for p in progs():
				if int(p["pid"]) == want:
					env = p["osenv"]
			if env is None:
				raise gdb.GdbError("no Prog %d" % want)
		else:
			up = table("up")
			if int(up) == 0:
				raise gdb.GdbError("no current proc")
			env = up["env"]
		f = env["fgrp"]
		if int(f) == 0:
			print("(no file descriptors)")
			return
		for i in range(int(f["maxfd"]) + 1):
			c = f["fd"][i]
			if int(c) != 0:
				print("%3d  %s" % (i, chanpath(c)))


def labelfp(lab):
	"""The frame pointer a Label saved: x29 on arm64 (x19-x29), rbp on amd64 (rbx, rbp, ...)."""
	names = [f.name for f in lab.type.strip_typedefs().fields()]
	if "x" in names:
		return int(lab["x"][10])
	return int(lab["r"][1])


def symname(pc):
	try:
		b = gdb.block_for_pc(pc)
		while b is not None and b.function is None:
			b = b.superblock
		if b is not None:
			sal = gdb.find_pc_line(pc)
			where = " at %s:%d" % (sal.symtab.filename, sal.line) if sal.symtab else ""
			return b.function.name + where
	except RuntimeError:
		pass
	try:
		# no debug block (assembly): the ELF symbol, "name + off in section .text"
		return gdb.execute("info symbol %#x" % pc, to_string=True).split(" in section")[0].strip()
	except gdb.error:
		return "??"


class Kbt(gdb.Command):
	"""Backtrace of a kernel proc switched out (not the one on the CPU: use bt): ember-kbt PID."""

	def __init__(self):
		super().__init__("ember-kbt", gdb.COMMAND_STACK)

	def invoke(self, arg, from_tty):
		if not arg:
			raise gdb.GdbError("usage: ember-kbt PID")
		want = int(gdb.parse_and_eval(arg))
		for p in procs():
			if int(p["pid"]) == want and int(p["state"]) != 0:
				break
		else:
			raise gdb.GdbError("no kernel proc %d" % want)
		if int(p) == int(table("up")):
			raise gdb.GdbError("proc %d is on the CPU: use bt" % want)
		lab = p["arch"]["sched"]
		pc = int(lab["pc"])
		print("#0  %#x in %s" % (pc, symname(pc)))
		fp = labelfp(lab)
		ptr = gdb.lookup_type("unsigned long").pointer()
		n = 1
		while fp != 0 and n < 40:
			try:
				f = gdb.Value(fp).cast(ptr)
				ret = int(f[1])
				fp = int(f[0])
			except gdb.MemoryError:
				break
			if ret == 0:
				break
			print("#%-2d %#x in %s" % (n, ret, symname(ret)))
			n += 1


class PathFn(gdb.Function):
	"""$ember_path(chan): a Chan's path as a string."""

	def __init__(self):
		super().__init__("ember_path")

	def invoke(self, c):
		return chanpath(c)


Procs()
Progs()
ChanCmd()
Fds()
Kbt()
PathFn()
