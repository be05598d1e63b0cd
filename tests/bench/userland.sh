#!/bin/sh
# userland: the speed of Ember's commands against the host's own, each
# pair timed in the same run on the same files:
#	grep	a word in a 10 Mbyte text file
#	ls -l	a directory of 1,000 files
#	gzip	a 4 Mbyte text file at the default level
#	gunzip	that file's gzip form (the host's)
# and, for scale, Ember's start-up (echo). Prints one line a command:
#	NAME  ember S s  host S s  ratio R  (what)
# with wall-clock medians of RUNS runs (default 3) and R = ember/host
# (how many times slower). Figures only: nothing passes or fails on
# time; the exit status is 0 unless the scratch files cannot be made.
# A command not built yet (out/host/root/dis/NAME.dis) is skipped.
# Ember runs as out/host/ember -r ROOT, ROOT a scratch root of links
# to out/host/root's entries with a /tmp of its own holding the files;
# input always comes from files, never through the host's stdin, which
# is Ember's console. Run by scripts/bench after its build; alone:
# sh tests/bench/userland.sh (build first with mk TARGET=host).
cd "$(dirname "$0")/../.." || exit 1
top=$(pwd)
runs=${RUNS:-3}
B=$top/out/host/root
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# a copy of the kernel: a build elsewhere may rewrite out/host/ember meanwhile
cp out/host/ember "$tmp/ember" || exit 1
E=$tmp/ember
R=$tmp/root
H=$tmp/host
mkdir -p "$R/tmp" "$H"
for e in "$B"/*; do
	case $(basename "$e") in
	tmp) ;;
	*) ln -s "$e" "$R/" ;;
	esac
done

# the files, the same on every run: lines of words from a small
# vocabulary, chosen by a linear congruential generator
text() {
	awk -v n="$1" 'BEGIN {
		split("the of and window match literal length distance code block tree stored fixed " \
			"dynamic deflate inflate grep file directory process channel module kernel " \
			"limbo ember namespace mount bind device console", w, " ")
		nw = 0; for(i in w) nw++
		s = 12345; size = 0; line = ""
		while(size < n){
			s = (s * 1103515245 + 12345) % 2147483648
			word = w[int(s / 65536) % nw + 1]
			# one line in about a hundred says huffman
			if(int(s / 8) % 997 == 0)
				word = "huffman"
			line = line == "" ? word : line " " word
			if(int(s / 256) % 9 == 0){
				print line
				size += length(line) + 1
				line = ""
			}
		}
	}'
}
text 10485760 | head -c 10485760 >"$R/tmp/grep.txt" || exit 1
cp "$R/tmp/grep.txt" "$H/grep.txt"
mkdir "$R/tmp/dir" "$H/dir"
i=0
while [ $i -lt 1000 ]; do
	: >"$R/tmp/dir/file$i"
	i=$((i + 1))
done
cp -p "$R"/tmp/dir/* "$H/dir/"
text 4194304 | head -c 4194304 >"$tmp/gzip.txt" || exit 1
gzip -6 -c "$tmp/gzip.txt" >"$tmp/gzip.txt.gz"

# time CMD...: wall seconds of one run, output in $tmp/out
time1() {
	s=$(date +%s%N)
	"$@" >"$tmp/out" 2>&1
	e=$(date +%s%N)
	awk "BEGIN { printf \"%.4f\", ($e - $s) / 1e9 }"
}
# median SETUP CMD...: the median of $runs runs of CMD, each after
# running the shell text SETUP (not timed)
median() {
	setup=$1
	shift
	: >"$tmp/times"
	i=0
	while [ $i -lt $runs ]; do
		eval "$setup"
		time1 "$@" >>"$tmp/times"
		echo >>"$tmp/times"
		i=$((i + 1))
	done
	sort -n "$tmp/times" | sed -n "$(( (runs + 1) / 2 ))p"
}
line() {
	awk -v n="$1" -v e="$2" -v h="$3" -v w="$4" 'BEGIN {
		r = h > 0 ? e / h : 0
		printf "%-7s ember %7.3f s  host %7.3f s  ratio %7.2f  (%s)\n", n, e, h, r, w
	}'
}
have() {
	[ -f "$B/dis/$1.dis" ] && return 0
	echo "$1: /dis/$1.dis not built, skipped"
	return 1
}

if have echo; then
	te=$(median : "$E" -r "$R" echo)
	th=$(median : /bin/echo)
	line echo "$te" "$th" "start-up: a run of echo"
fi

if have grep; then
	te=$(median : "$E" -r "$R" grep huffman /tmp/grep.txt)
	cp "$tmp/out" "$tmp/ember.out"
	th=$(median : grep huffman "$H/grep.txt")
	n=$(wc -l <"$tmp/out")
	note="10 Mbytes, $n lines match"
	cmp -s "$tmp/ember.out" "$tmp/out" || note="$note; OUTPUT DIFFERS from the host's"
	line grep "$te" "$th" "$note"
fi

if have ls; then
	te=$(median : "$E" -r "$R" ls -l /tmp/dir)
	ne=$(wc -l <"$tmp/out")
	th=$(median : ls -l "$H/dir")
	nh=$(grep -vc '^total' "$tmp/out")
	note="1,000 files"
	[ "$ne" -eq "$nh" ] || note="$note; $ne LINES, the host's $nh"
	line "ls -l" "$te" "$th" "$note"
fi

if have gzip; then
	# each run compresses a fresh copy, which gzip replaces by FILE.gz
	te=$(median 'rm -f "$R/z.gz"; cp "$tmp/gzip.txt" "$R/z"' "$E" -r "$R" gzip z)
	note="4 Mbytes of text, level 6"
	if gzip -dc "$R/z.gz" 2>/dev/null | cmp -s - "$tmp/gzip.txt"; then
		note="$note, $(wc -c <"$R/z.gz") bytes"
	else
		note="$note; the host cannot expand EMBER'S OUTPUT"
	fi
	th=$(median 'rm -f "$H/z.gz"; cp "$tmp/gzip.txt" "$H/z"' gzip "$H/z")
	note="$note, the host's $(wc -c <"$H/z.gz")"
	line gzip "$te" "$th" "$note"
fi

if have gunzip; then
	te=$(median 'rm -f "$R/u"; cp "$tmp/gzip.txt.gz" "$R/u.gz"' "$E" -r "$R" gunzip u.gz)
	note="4 Mbytes of text from the host's gzip -6"
	cmp -s "$R/u" "$tmp/gzip.txt" || note="$note; OUTPUT DIFFERS"
	th=$(median 'rm -f "$H/u"; cp "$tmp/gzip.txt.gz" "$H/u.gz"' gzip -d "$H/u.gz")
	line gunzip "$te" "$th" "$note"
fi
exit 0
