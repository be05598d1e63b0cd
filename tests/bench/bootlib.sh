# bootlib.sh: what the boot benches (tests/bench/virtboot.sh, pcboot.sh)
# share, sourced from the top of the tree with $target naming the
# target: $tmp, a scratch directory gone at exit; $K, a copy of
# out/$target/ember (a build elsewhere may rewrite that meanwhile), or
# the bench stops at once when there is none; median; and marks, the
# times of tests/bench/toprompt.py.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/${target}boot.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
if [ ! -f "out/$target/ember" ]; then
	echo "${target}boot: no out/$target/ember: build it with mk TARGET=$target" >&2
	exit 1
fi
cp "out/$target/ember" "$tmp/ember"
K=$tmp/ember

# median FILE: the median of the numbers in FILE, one a line
median() {
	sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else printf "%.2f", v[int((NR + 1) / 2)] }'
}

# marks NAME COMMAND...: runs it $runs times; $tmp/NAME.MARK holds each
# run's seconds to MARK (kernelstart, U-Boot's "Starting kernel";
# banner; prompt), - for a mark never reached
marks() {
	name=$1
	shift
	rm -f "$tmp/$name".*
	i=0
	while [ $i -lt $runs ]; do
		python3 tests/bench/toprompt.py 60 "$@" >"$tmp/marks" 2>&1
		while read -r m s; do
			echo "$s" >>"$tmp/$name.$m"
		done <"$tmp/marks"
		i=$((i + 1))
	done
	for m in kernelstart banner prompt; do
		[ -f "$tmp/$name.$m" ] || echo - >"$tmp/$name.$m"
	done
}
