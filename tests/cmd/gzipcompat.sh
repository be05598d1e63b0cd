#!/bin/sh
# gzipcompat: Ember's gzip and gunzip (appl/cmd/gzip.b, gunzip.b over
# the deflate and inflate filters) against the host's gzip: what Ember
# compresses, at every level, the host's gzip -t accepts and gunzip
# restores; what the host (and Python's gzip and zlib: stored blocks,
# header fields, several members) compresses, Ember restores; corrupt
# and truncated input gives gunzip's "inflate error" message, never a
# crash or a hang. Prints "ok NAME" or "FAIL NAME" (with why) per
# case, then "run: N ok, M FAIL"; exit status 1 if anything failed.
#
# Each Ember run is out/host/ember -r ROOT CMD with ROOT a scratch root
# (links to out/host/root's entries), so the files are at the top of
# ROOT, Ember's current directory. Build first: mk TARGET=host.
cd "$(dirname "$0")/../.." || exit 1
top=$(pwd)
E=$top/out/host/ember
B=$top/out/host/root
ok=0
nfail=0
pass() {
	echo "ok $1"
	ok=$((ok + 1))
}
fail() {
	echo "FAIL $1"
	shift
	for why in "$@"; do
		printf '\t%s\n' "$why"
	done
	nfail=$((nfail + 1))
}
finish() {
	echo "run: $ok ok, $nfail FAIL"
	[ $nfail -eq 0 ]
	exit $?
}
for x in dis/gzip.dis dis/gunzip.dis dis/lib/deflate.dis dis/lib/inflate.dis dis/lib/crc.dis; do
	if [ ! -f "$B/$x" ]; then
		fail "setup: $B/$x is not built (mk TARGET=host)"
		finish
	fi
done
for x in gzip python3 timeout cmp; do
	if ! command -v $x >/dev/null 2>&1; then
		fail "setup: the host has no $x"
		finish
	fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
R=$tmp/root
D=$tmp/data
mkdir -p "$R" "$D"
for e in "$B"/*; do
	case $(basename "$e") in
	tmp) ;;
	*) ln -s "$e" "$R/" ;;
	esac
done
mkdir "$R/tmp"
# a copy of the kernel: a build elsewhere may rewrite out/host/ember meanwhile
cp "$E" "$tmp/ember" || exit 1
E=$tmp/ember

# em CMD ARGS: run an Ember command in ROOT, output (stdout and
# stderr) in $tmp/out, exit status in $st (124 for a time-out)
em() {
	timeout 60 "$E" -r "$R" "$@" >"$tmp/out" 2>&1 </dev/null
	st=$?
}
# clean: empty ROOT's top of test files
clean() {
	find "$R" -maxdepth 1 -type f -exec rm -f {} +
}

# the data sets, made the same on every run
python3 - "$D" <<'EOF'
import os, random, sys
d = sys.argv[1]
r = random.Random(1951)
def put(name, data):
	with open(os.path.join(d, name), "wb") as f:
		f.write(data)
words = ("the quick brown fox jumps over lazy dog deflate inflate window "
	"match literal length distance code block huffman tree ember limbo").split()
def text(n):
	out = []
	size = 0
	while size < n:
		l = " ".join(r.choice(words) for _ in range(r.randint(2, 14))) + "\n"
		out.append(l)
		size += len(l)
	return "".join(out).encode()[:n]
put("empty", b"")
put("one", b"x")
put("short", b"hello, world\n")
put("small", text(2000))
put("text", text(200000))
put("rand", bytes(r.getrandbits(8) for _ in range(150000)))
put("zeros", bytes(300000))
# runs of one byte of every length, and matches of every length and distance
put("runs", b"".join(bytes([r.getrandbits(8)]) * n for n in range(1, 600)))
mixed = []
for i in range(300):
	if r.random() < 0.5:
		mixed.append(bytes(r.getrandbits(8) for _ in range(r.randint(1, 400))))
	else:
		mixed.append(text(r.randint(1, 3000)))
put("mixed", b"".join(mixed))
# a match at the window's farthest reach: the same 300 bytes 32768-300 apart
blk = bytes(r.getrandbits(8) for _ in range(300))
put("far", blk + bytes(r.getrandbits(8) for _ in range(32768 - 600)) + blk + blk)
put("big", text(3 * 1024 * 1024))
EOF

# ember gzip [-L] NAME: the host's gzip must accept and restore it, and
# Ember's gunzip must restore it too
gzipcase() {
	name=$1
	level=$2
	what="ember gzip $level $name"
	clean
	cp "$D/$name" "$R/f"
	em gzip $level f
	if [ $st -ne 0 ] || [ -s "$tmp/out" ]; then
		fail "$what" "status $st, output: $(head -c 300 "$tmp/out")"
		return
	fi
	if [ -e "$R/f" ] || [ ! -f "$R/f.gz" ]; then
		fail "$what" "f not replaced by f.gz: $(ls "$R")"
		return
	fi
	if ! gzip -t "$R/f.gz" 2>"$tmp/err"; then
		fail "$what: host gzip -t" "$(cat "$tmp/err")"
		return
	fi
	if ! gzip -dc "$R/f.gz" | cmp -s - "$D/$name"; then
		fail "$what: host gunzip" "the output differs from the input"
		return
	fi
	pass "$what: host gzip -t and gunzip"
	em gunzip f.gz
	if [ $st -ne 0 ] || [ -s "$tmp/out" ]; then
		fail "$what: ember gunzip" "status $st, output: $(head -c 300 "$tmp/out")"
		return
	fi
	if [ -e "$R/f.gz" ] || ! cmp -s "$R/f" "$D/$name"; then
		fail "$what: ember gunzip" "f.gz not replaced by the original f"
		return
	fi
	pass "$what: ember gunzip"
}

# gunzipcase TITLE FILE: Ember's gunzip of FILE (a .gz) must give $D/$3
gunzipcase() {
	what=$1
	clean
	cp "$2" "$R/g.gz"
	em gunzip g.gz
	if [ $st -ne 0 ] || [ -s "$tmp/out" ]; then
		fail "$what" "status $st, output: $(head -c 300 "$tmp/out")"
	elif [ -e "$R/g.gz" ] || ! cmp -s "$R/g" "$3"; then
		fail "$what" "g.gz not replaced by the original"
	else
		pass "$what"
	fi
}

# badcase TITLE FILE MSG: Ember's gunzip of FILE must fail with MSG
# (a grep -E pattern for the inflate error), keep g.gz and leave no g
badcase() {
	what=$1
	clean
	cp "$2" "$R/g.gz"
	em gunzip g.gz
	want="gunzip: g.gz: inflate error: $3"
	if [ $st -eq 124 ]; then
		fail "$what" "timed out"
	elif [ $st -ne 1 ] || ! grep -Eqx "$want" "$tmp/out" || [ $(wc -l <"$tmp/out") -ne 1 ]; then
		fail "$what" "status $st, want 1 and '$want', output: $(head -c 300 "$tmp/out")"
	elif [ ! -f "$R/g.gz" ] || [ -e "$R/g" ]; then
		fail "$what" "g.gz removed or partial g left: $(ls "$R")"
	else
		pass "$what"
	fi
}

echo "# Ember compresses, the host and Ember decompress"
for n in empty one short text rand zeros runs mixed far; do
	gzipcase $n ""
done
for l in 1 2 3 4 5 6 7 8 9; do
	gzipcase text -$l
	gzipcase mixed -$l
done
for l in 1 9; do
	for n in rand zeros runs far; do
		gzipcase $n -$l
	done
done
gzipcase big -6

echo "# the host compresses, Ember decompresses"
for n in empty one text rand zeros runs mixed far big; do
	for l in 1 6 9; do
		gzip -$l -c "$D/$n" >"$tmp/h.gz"
		gunzipcase "host gzip -$l $n: ember gunzip" "$tmp/h.gz" "$D/$n"
	done
done
# a file name in the header, as gzip writes for a named file
cp "$D/short" "$tmp/named"
gzip -f "$tmp/named"
gunzipcase "host gzip with a file name: ember gunzip" "$tmp/named.gz" "$D/short"
# stored blocks, every header field, several members
python3 - "$D" "$tmp" <<'EOF'
import gzip, os, struct, sys, zlib
d, t = sys.argv[1], sys.argv[2]
def data(n):
	return open(os.path.join(d, n), "rb").read()
def raw(b, level=6):
	c = zlib.compressobj(level, zlib.DEFLATED, -15)
	return c.compress(b) + c.flush()
def trailer(b):
	return struct.pack("<II", zlib.crc32(b) & 0xffffffff, len(b) & 0xffffffff)
def put(n, b):
	open(os.path.join(t, n), "wb").write(b)
m = data("mixed")
put("stored.gz", b"\x1f\x8b\x08\x00\0\0\0\0\0\xff" + raw(m, 0) + trailer(m))
h = b"\x1f\x8b\x08" + bytes([4 | 8 | 16 | 2]) + struct.pack("<I", 1234567890) + b"\x00\x03"
h += struct.pack("<H", 6) + b"AB\x02\x00xy" + b"name.txt\0" + b"a comment\0"
h += struct.pack("<H", zlib.crc32(h) & 0xffff)
put("fields.gz", h + raw(m) + trailer(m))
put("badhcrc.gz", h[:-2] + struct.pack("<H", (zlib.crc32(h[:-2]) + 1) & 0xffff) + raw(m) + trailer(m))
t1, t2 = data("text"), data("short")
put("members.gz", gzip.compress(t1) + gzip.compress(b"") + gzip.compress(t2))
put("members.want", t1 + t2)
EOF
gunzipcase "stored blocks (zlib level 0): ember gunzip" "$tmp/stored.gz" "$D/mixed"
gunzipcase "header with extra, name, comment and header crc: ember gunzip" "$tmp/fields.gz" "$D/mixed"
gunzipcase "three members one after another: ember gunzip" "$tmp/members.gz" "$tmp/members.want"

echo "# corrupt input"
gzip -6 -c "$D/text" >"$tmp/text.gz"
python3 - "$tmp" <<'EOF'
import os, struct, sys, zlib
t = sys.argv[1]
good = open(os.path.join(t, "text.gz"), "rb").read()
def put(n, b):
	open(os.path.join(t, n), "wb").write(b)
hdr = b"\x1f\x8b\x08\x00\0\0\0\0\0\xff"

# bits least significant first, Huffman codes most significant first
class Bits:
	def __init__(self):
		self.v, self.n = 0, 0
	def put(self, v, n):
		self.v |= v << self.n
		self.n += n
	def code(self, c, n):
		self.put(int(format(c, "0%db" % n)[::-1], 2), n)
	def bytes(self):
		return self.v.to_bytes((self.n + 7) // 8, "little")
def fixed(b, sym):
	if sym < 144: b.code(0x30 + sym, 8)
	elif sym < 256: b.code(0x190 + sym - 144, 9)
	elif sym < 280: b.code(sym - 256, 7)
	else: b.code(0xc0 + sym - 280, 8)

put("truncated.gz", good[:len(good) // 2])
put("notrailer.gz", good[:-8])
put("shorttrailer.gz", good[:-3])
put("headeronly.gz", good[:10])
put("halfheader.gz", good[:5])
put("magic.gz", b"\x1f\x8c" + good[2:])
put("method.gz", good[:2] + b"\x07" + good[3:])
put("flags.gz", good[:3] + b"\x20" + good[4:])
put("crc.gz", good[:-8] + bytes([good[-8] ^ 1]) + good[-7:])
put("isize.gz", good[:-4] + bytes([good[-4] ^ 1]) + good[-3:])
put("badhcrc.gz", open(os.path.join(t, "badhcrc.gz"), "rb").read())
put("empty.gz", b"")
put("text.txt.gz", b"plain text, not compressed\n")
# block type 3
put("btype.gz", hdr + b"\x07" + b"\0" * 8)
# a stored block whose length check is wrong
put("stored.gz", hdr + b"\x01\x05\x00\xfa\xfe" + b"hello" + b"\0" * 8)
# fixed block: a match before any output
b = Bits(); b.put(1, 1); b.put(1, 2); fixed(b, 257); b.code(0, 5); fixed(b, 256)
put("far.gz", hdr + b.bytes() + b"\0" * 8)
# fixed block: distance code 30
b = Bits(); b.put(1, 1); b.put(1, 2); fixed(b, ord("a")); fixed(b, 257); b.code(30, 5); fixed(b, 256)
put("dist30.gz", hdr + b.bytes() + b"\0" * 8)
# fixed block: length code 286
b = Bits(); b.put(1, 1); b.put(1, 2); fixed(b, ord("a")); fixed(b, 286); b.code(0, 5); fixed(b, 256)
put("len286.gz", hdr + b.bytes() + b"\0" * 8)
# dynamic block: the code length code over-subscribed (four codes of 1 bit)
b = Bits(); b.put(1, 1); b.put(2, 2); b.put(0, 5); b.put(0, 5); b.put(0, 4)
for l in (1, 1, 1, 1): b.put(l, 3)
put("oversub.gz", hdr + b.bytes() + b"\0" * 8)
# dynamic block: 30 length codes past 286
b = Bits(); b.put(1, 1); b.put(2, 2); b.put(30, 5); b.put(0, 5); b.put(0, 4)
put("hlit.gz", hdr + b.bytes() + b"\0" * 8)
# dynamic block: a repeat (16) first of all; lengths 16,17,18,0 have
# 2-bit codes, in symbol order: 0 is 00, 16 01, 17 10, 18 11
b = Bits(); b.put(1, 1); b.put(2, 2); b.put(0, 5); b.put(0, 5); b.put(0, 4)
for l in (2, 2, 2, 2): b.put(l, 3)
b.code(1, 2); b.put(0, 2)
put("repeat.gz", hdr + b.bytes() + b"\0" * 8)
# dynamic block: zeros (18) past the number of lengths
b = Bits(); b.put(1, 1); b.put(2, 2); b.put(0, 5); b.put(0, 5); b.put(0, 4)
for l in (2, 2, 2, 2): b.put(l, 3)
b.code(3, 2); b.put(127, 7); b.code(3, 2); b.put(127, 7); b.code(3, 2); b.put(127, 7)
put("toomany.gz", hdr + b.bytes() + b"\0" * 8)
# dynamic block: all 258 lengths zero, so no end-of-block code
b = Bits(); b.put(1, 1); b.put(2, 2); b.put(0, 5); b.put(0, 5); b.put(0, 4)
for l in (2, 2, 2, 2): b.put(l, 3)
b.code(3, 2); b.put(127, 7); b.code(3, 2); b.put(109, 7)
put("noeob.gz", hdr + b.bytes() + b"\0" * 8)
EOF
badcase "truncated in the middle" "$tmp/truncated.gz" "unexpected end of input"
badcase "no trailer" "$tmp/notrailer.gz" "unexpected end of input"
badcase "trailer cut short" "$tmp/shorttrailer.gz" "unexpected end of input"
badcase "header only" "$tmp/headeronly.gz" "unexpected end of input"
badcase "half a header" "$tmp/halfheader.gz" "unexpected end of input"
badcase "empty file" "$tmp/empty.gz" "unexpected end of input"
badcase "bad magic" "$tmp/magic.gz" "not in gzip format"
badcase "not compressed at all" "$tmp/text.txt.gz" "not in gzip format"
badcase "unknown method" "$tmp/method.gz" "unknown compression method"
badcase "reserved flags" "$tmp/flags.gz" "reserved gzip flags set"
badcase "header crc wrong" "$tmp/badhcrc.gz" "gzip header checksum mismatch"
badcase "crc wrong" "$tmp/crc.gz" "crc mismatch: data corrupt"
badcase "length wrong" "$tmp/isize.gz" "length mismatch: data corrupt"
badcase "block type 3" "$tmp/btype.gz" "invalid block type"
badcase "stored length check" "$tmp/stored.gz" "stored block length mismatch"
badcase "match before any output" "$tmp/far.gz" "distance too far back"
badcase "distance code 30" "$tmp/dist30.gz" "invalid distance code"
badcase "length code 286" "$tmp/len286.gz" "invalid length code"
badcase "over-subscribed code length code" "$tmp/oversub.gz" "over-subscribed code length code"
badcase "too many length codes" "$tmp/hlit.gz" "too many length codes"
badcase "repeat with nothing before it" "$tmp/repeat.gz" "repeat with no length before it"
badcase "code lengths overflow" "$tmp/toomany.gz" "too many code lengths"
badcase "no end-of-block code" "$tmp/noeob.gz" "no end-of-block code"

# damage at random places: either the data come back whole (a change
# the format cannot see, such as in the header's time) or gunzip says
# "inflate error"; never another message, a crash or a hang
python3 - "$tmp" <<'EOF'
import os, random, sys
t = sys.argv[1]
good = open(os.path.join(t, "text.gz"), "rb").read()
r = random.Random(1952)
os.makedirs(os.path.join(t, "fuzz"))
for i in range(60):
	b = bytearray(good)
	for _ in range(r.randint(1, 4)):
		p = r.randrange(len(b))
		b[p] = r.getrandbits(8)
	if r.random() < 0.3:
		b = b[:r.randrange(len(b))]
	open(os.path.join(t, "fuzz", "%02d.gz" % i), "wb").write(bytes(b))
EOF
nf=0
bad=""
for f in "$tmp"/fuzz/*.gz; do
	clean
	cp "$f" "$R/g.gz"
	em gunzip g.gz
	if [ $st -eq 0 ] && [ ! -s "$tmp/out" ] && cmp -s "$R/g" "$D/text"; then
		continue
	fi
	if [ $st -eq 1 ] && grep -Eqx 'gunzip: g.gz: inflate error: [^:]+(: data corrupt)?' "$tmp/out" &&
		! grep -q 'internal error' "$tmp/out" && [ ! -e "$R/g" ]; then
		continue
	fi
	nf=$((nf + 1))
	bad="$bad $(basename "$f"): status $st, $(head -c 200 "$tmp/out");"
done
if [ $nf -eq 0 ]; then
	pass "60 randomly damaged files: each restored or an inflate error"
else
	fail "randomly damaged files: $nf wrong" "$bad"
fi

echo "# messages"
clean
em gzip nosuch
if [ $st -eq 0 ] && grep -Eqx "gzip: can't open nosuch: .*" "$tmp/out"; then
	pass "gzip of a missing file: message, empty status"
else
	fail "gzip of a missing file" "status $st, output: $(cat "$tmp/out")"
fi
clean
cp "$D/text" "$R/f"
em gzip -v f
in=$(wc -c <"$D/text")
out=$(wc -c <"$R/f.gz" 2>/dev/null || echo 0)
want=$(awk "BEGIN { printf \"f: %5.2f%%\", 100 * ($in - $out) / $in }")
if [ $st -eq 0 ] && [ "$(cat "$tmp/out")" = "$want" ]; then
	pass "gzip -v: the fraction saved"
else
	fail "gzip -v" "want '$want', got status $st, '$(cat "$tmp/out")'"
fi
clean
printf 'x' >"$R/f.txt"
em gunzip f.txt
if [ $st -eq 1 ] && [ "$(cat "$tmp/out")" = "gunzip: .gz extension required: f.txt" ] && [ -f "$R/f.txt" ]; then
	pass "gunzip of a name without .gz"
else
	fail "gunzip of a name without .gz" "status $st, output: $(cat "$tmp/out")"
fi
# a file in another directory: the output goes in the current one
clean
mkdir -p "$R/tmp/sub"
cp "$D/short" "$R/tmp/sub/s"
em gzip /tmp/sub/s
if [ $st -eq 0 ] && [ -f "$R/s.gz" ] && [ ! -e "$R/tmp/sub/s" ] && gzip -dc "$R/s.gz" | cmp -s - "$D/short"; then
	pass "gzip DIR/FILE writes FILE.gz in the current directory"
else
	fail "gzip DIR/FILE" "status $st, output: $(cat "$tmp/out"), $(ls "$R" "$R/tmp/sub")"
fi
rm -rf "$R/tmp/sub"

echo "# standard input and output"
# the host's stdin is Ember's console, which keeps 4 Kbytes typed
# ahead and takes ^C as an interrupt: only a little text through it;
# binary data and more through Ember's shell, when it exists
clean
timeout 60 "$E" -r "$R" gzip <"$D/small" >"$tmp/stdin.gz" 2>"$tmp/out"
if [ -s "$tmp/out" ] || ! gzip -dc "$tmp/stdin.gz" | cmp -s - "$D/small"; then
	fail "gzip of standard input to standard output" "$(head -c 300 "$tmp/out")"
else
	pass "gzip of standard input to standard output"
fi
if [ -f "$B/dis/sh.dis" ]; then
	clean
	cp "$D/mixed" "$R/m"
	em sh -c 'gzip -9 <m >m.gz; gunzip <m.gz >m.out'
	if [ -s "$tmp/out" ] || ! cmp -s "$R/m.out" "$D/mixed" || ! gzip -dc "$R/m.gz" | cmp -s - "$D/mixed"; then
		fail "gzip and gunzip through the shell's redirections" "status $st, $(head -c 300 "$tmp/out")"
	else
		pass "gzip and gunzip through the shell's redirections"
	fi
else
	echo "# (no /dis/sh.dis: the redirection case is left out)"
fi

finish
