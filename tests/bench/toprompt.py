#!/usr/bin/env python3
"""toprompt.py: seconds from starting a command (a QEMU boot) to marks in its output.

	python3 tests/bench/toprompt.py TIMEOUT COMMAND...

Prints "banner S" (the kernel's first line, "Ember "), "prompt S" (the
shell's first prompt, "; " at the end of the output after the banner)
and, through U-Boot, "kernelstart S" (U-Boot's "Starting kernel"),
each in seconds from the start; then stops the command. Status 1 if
the prompt did not come within TIMEOUT seconds. For tests/bench/virtboot.sh.
"""

import os
import subprocess
import sys
import time

t = float(sys.argv[1])
t0 = time.monotonic()
p = subprocess.Popen(sys.argv[2:], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
	stderr=subprocess.STDOUT, start_new_session=True)
os.set_blocking(p.stdout.fileno(), False)
buf = b""
marks = {}
st = 1
while time.monotonic() - t0 < t:
	try:
		b = p.stdout.read(65536)
	except BlockingIOError:
		b = None
	now = time.monotonic() - t0
	if b:
		buf += b
		if "kernelstart" not in marks and b"Starting kernel" in buf:
			marks["kernelstart"] = now
		i = buf.find(b"Ember ")
		if "banner" not in marks and i >= 0:
			marks["banner"] = now
		if i >= 0 and buf.endswith(b"; "):
			marks["prompt"] = now
			st = 0
			break
	elif b == b"" or p.poll() is not None:
		break
	else:
		time.sleep(0.002)
for k in ("kernelstart", "banner", "prompt"):
	if k in marks:
		print("%s %.3f" % (k, marks[k]))
try:
	os.killpg(p.pid, 9)
except OSError:
	pass
p.wait()
sys.exit(st)
