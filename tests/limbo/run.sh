#!/bin/sh
# The Limbo front end's tests, one case a file:
#  parse/NAME.b, .m	parses; printed (limbo -P) it parses and prints
#			to the same text; a .b compiles (or is refused
#			only for constructs code generation does not do
#			yet) unless its first line says "(parse only)";
#			with parse/NAME.out, limbo -PP prints exactly it
#  sig/NAME.m		limbo -t Mod (Mod named in the file) prints the
#			module's link table sig/NAME.out (from dis-link.md)
#  const/NAME.b		limbo -K prints the constants' values const/NAME.out
#  errors/NAME.b	refused with exactly the messages of errors/NAME.err
#			(given the options on a first line "# flags: ...");
#			if they are all warnings, compiled with them
#  objtest.c		objwrite makes dis-format.md 12's hello world
#			byte for byte and refuses what the loader refuses
# Prints "ok NAME" or
# "FAIL NAME: why", then "run: N ok, M FAIL".
# Usage: run.sh [path to limbo]
cd "$(dirname "$0")" || exit 1
limbo=${1:-../../out/host/limbo}
case $limbo in
/*)	;;
*)	limbo=$(pwd)/$limbo ;;
esac
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
ok=0
bad=0
pass() { echo "ok $1"; ok=$((ok + 1)); }
fail() { echo "FAIL $1: $2"; bad=$((bad + 1)); }
firstline() { head -n 1 "$1"; }

if [ ! -x "$limbo" ]; then
	fail build "no compiler at $limbo"
	echo "run: $ok ok, $bad FAIL"
	exit 1
fi

for f in parse/*.b parse/*.m; do
	[ -f "$f" ] || continue
	n=${f%.*}
	if ! "$limbo" -P "$f" >"$tmp/p1.b" 2>"$tmp/err"; then
		fail "$f" "does not parse: $(firstline "$tmp/err")"
	elif ! "$limbo" -P -I parse "$tmp/p1.b" >"$tmp/p2.b" 2>"$tmp/err"; then
		fail "$f" "its printed form does not parse: $(firstline "$tmp/err")"
	elif ! cmp -s "$tmp/p1.b" "$tmp/p2.b"; then
		fail "$f" "its printed form prints differently: $(diff "$tmp/p1.b" "$tmp/p2.b" | sed -n 2p)"
	elif [ "${f%.b}" != "$f" ] && ! head -n 1 "$f" | grep -q '(parse only)' &&
		{ "$limbo" -o "$tmp/x.dis" "$f" >"$tmp/out" 2>"$tmp/err"; st=$?; [ -s "$tmp/out" ] ||
		{ [ $st -ne 0 ] && grep -v 'code generation for .* is not implemented yet$' "$tmp/err" | grep -q .; } ||
		{ [ $st -eq 0 ] && [ -s "$tmp/err" ]; }; }; then
		fail "$f" "compiling reports: $(firstline "$tmp/err")"
	elif [ -f "$n.out" ] && ! "$limbo" -PP "$f" >"$tmp/pp" 2>&1; then
		fail "$f" "limbo -PP failed: $(firstline "$tmp/pp")"
	elif [ -f "$n.out" ] && ! cmp -s "$tmp/pp" "$n.out"; then
		fail "$f" "limbo -PP differs from $n.out: $(diff "$n.out" "$tmp/pp" | sed -n 2p)"
	else
		pass "$f"
	fi
done

# type strings, signatures and frames: sig/NAME.m names its module in
# "limbo -t Mod"; the table printed must be sig/NAME.out
for f in sig/*.m; do
	[ -f "$f" ] || continue
	n=${f%.m}
	mod=$(sed -n 's/.*limbo -t \([A-Za-z_][A-Za-z_0-9]*\).*/\1/p' "$f" | head -n 1)
	if [ -z "$mod" ] || [ ! -f "$n.out" ]; then
		fail "$f" "names no module (limbo -t Mod) or has no $n.out"
	elif ! "$limbo" -t "$mod" "$f" >"$tmp/out" 2>"$tmp/err"; then
		fail "$f" "limbo -t $mod failed: $(firstline "$tmp/err")"
	elif ! cmp -s "$tmp/out" "$n.out"; then
		fail "$f" "differs from $n.out: $(diff "$n.out" "$tmp/out" | grep '^[<>]' | head -n 2 | tr '\n' ' ')"
	else
		pass "$f"
	fi
done

# constants: limbo -K on const/NAME.b must print const/NAME.out
for f in const/*.b; do
	[ -f "$f" ] || continue
	n=${f%.b}
	if ! "$limbo" -K "$f" >"$tmp/out" 2>"$tmp/err"; then
		fail "$f" "limbo -K failed: $(firstline "$tmp/err")"
	elif ! cmp -s "$tmp/out" "$n.out"; then
		fail "$f" "differs from $n.out: $(diff "$n.out" "$tmp/out" | grep '^[<>]' | head -n 2 | tr '\n' ' ')"
	else
		pass "$f"
	fi
done

for f in errors/*.b; do
	[ -f "$f" ] || continue
	n=$(basename "$f" .b)
	if [ ! -f "errors/$n.err" ]; then
		fail "$f" "no errors/$n.err"
		continue
	fi
	flags=$(sed -n '1s/^# flags: //p' "$f")
	(cd errors && "$limbo" $flags -o "$tmp/$n.dis" "$n.b") >"$tmp/out" 2>"$tmp/err"
	st=$?
	if [ $st -eq 0 ] && grep -qv ': warning: ' "errors/$n.err"; then
		fail "$f" "accepted (status 0)"
	elif ! cmp -s "$tmp/err" "errors/$n.err"; then
		fail "$f" "messages differ: $(diff "errors/$n.err" "$tmp/err" | grep '^[<>]' | head -n 2 | tr '\n' ' ')"
	else
		pass "$f"
	fi
done

# objwrite (limbo/obj.c): tests/limbo/objtest.c, brought up to date by
# "mk objtest" in limbo/ when mk is at hand, else taken as found
objtest=$(dirname "$limbo")/tools/limbo/objtest
mkcmd=$(PATH=$PATH:/usr/lib/plan9/bin command -v mk)
mkdir -p "$tmp/obj"
if [ -n "$mkcmd" ] && ! (cd ../../limbo && PATH=$PATH:/usr/lib/plan9/bin "$mkcmd" objtest) >"$tmp/mk" 2>&1; then
	fail objwrite "mk objtest failed: $(tail -n 1 "$tmp/mk")"
elif [ ! -x "$objtest" ]; then
	fail objwrite "no $objtest (mk objtest in limbo/ builds it)"
elif ! "$objtest" "$tmp/obj" >"$tmp/out" 2>&1; then
	fail objwrite "$(head -n 1 "$tmp/out") ($(wc -l <"$tmp/out") lines)"
else
	pass objwrite
fi

# prog/NAME.b: whole programs, compiled and run on the host kernel.
# Each gets a fresh root (dis/, dis/lib/ with the modules of
# prog/lib/*.b, and the empty mount points the kernel binds), runs as
# ember -r ROOT /dis/NAME.dis $(cat prog/NAME.args) with no input and
# 20 s at most, and must write exactly prog/NAME.out on stdout (lines
# holding the prog/NAME.err text left out: the console is stdout),
# exit with prog/NAME.status (default 0) and, given prog/NAME.err,
# write that text somewhere. A program that passes is disassembled
# (disasm) and reassembled (disas) to the same bytes: "roundtrip/NAME".
# Four programs run at a time; EMBER=path tries another kernel.
progtop=$(cd ../.. && pwd)
ember=${EMBER:-$progtop/out/host/ember}
disas=$(dirname "$limbo")/disas
disasm=$(dirname "$limbo")/disasm
ptmp=$tmp/prog
mkdir -p "$ptmp/lib"
for f in prog/lib/*.b; do
	[ -f "$f" ] || continue
	n=$(basename "$f" .b)
	if ! "$limbo" -o "$ptmp/lib/$n.dis" "$f" >"$ptmp/lib/$n.cout" 2>"$ptmp/lib/$n.cerr"; then
		e=$(head -n 1 "$ptmp/lib/$n.cerr")
		fail "$f" "does not compile: ${e:-$(head -n 1 "$ptmp/lib/$n.cout")}"
		rm -f "$ptmp/lib/$n.dis"
	fi
done

# progfirstdiff GOT WANT: where the files first differ, described
progfirstdiff() {
	awk -v a="$1" -v b="$2" 'BEGIN {
		for(n = 1; ; n++){
			ra = (getline la < a) > 0
			rb = (getline lb < b) > 0
			if(!ra && !rb){ printf "the last newline"; exit }
			if(!ra){ printf "line %d: missing, want \"%s\"", n, lb; exit }
			if(!rb){ printf "line %d: extra \"%s\"", n, la; exit }
			if(la != lb){ printf "line %d: got \"%s\", want \"%s\"", n, la, lb; exit }
		}
	}'
}

# progrun NAME: compile, run and check prog/NAME.b, then its round
# trip; leaves "ok" or the reason in $ptmp/NAME/result and, if it
# passed, the round trip's in $ptmp/NAME/rt
progrun() {
	d=$ptmp/$1
	r=$d/root
	mkdir -p "$r/dis/lib"
	for m in dev prog fd env chan net n tmp; do
		mkdir -p "$r/$m"
	done
	cp "$ptmp"/lib/*.dis "$r/dis/lib/" 2>/dev/null
	if [ ! -f "prog/$1.out" ]; then
		echo "no prog/$1.out" >"$d/result"
		return
	fi
	"$limbo" -o "$r/dis/$1.dis" "prog/$1.b" >"$d/cout" 2>"$d/cerr"
	st=$?
	if [ $st -ne 0 ] || [ ! -f "$r/dis/$1.dis" ]; then
		e=$(head -n 1 "$d/cerr")
		[ -n "$e" ] || e=$(head -n 1 "$d/cout")
		echo "does not compile: ${e:-limbo exit status $st}" >"$d/result"
		return
	fi
	args=
	[ -f "prog/$1.args" ] && args=$(cat "prog/$1.args")
	timeout -k 5 20 "$ember" -r "$r" "/dis/$1.dis" $args </dev/null >"$d/stdout" 2>"$d/stderr"
	st=$?
	want=0
	[ -f "prog/$1.status" ] && want=$(cat "prog/$1.status")
	out=$d/stdout
	why=
	if [ $st -eq 124 ] || [ $st -eq 137 ]; then
		why="timed out"
	elif [ "$st" != "$want" ]; then
		why="exit status $st, want $want"
	fi
	if [ -f "prog/$1.err" ]; then
		e=$(cat "prog/$1.err")
		if ! cat "$out" "$d/stderr" | grep -q -F -- "$e"; then
			why="$why${why:+; }output lacks \"$e\""
		fi
		grep -v -F -- "$e" "$out" >"$d/filtered"
		out=$d/filtered
	fi
	if ! cmp -s "$out" "prog/$1.out"; then
		why="$why${why:+; }stdout differs at $(progfirstdiff "$out" "prog/$1.out")"
	fi
	if [ -n "$why" ]; then
		e=$(head -c 200 "$d/stderr" | tr '\n' ' ')
		echo "$why${e:+; stderr: $e}" >"$d/result"
		return
	fi
	echo ok >"$d/result"
	if ! "$disasm" "$r/dis/$1.dis" >"$d/rt.s" 2>"$d/rt.err"; then
		echo "disasm failed: $(head -n 1 "$d/rt.err")" >"$d/rt"
	elif ! "$disas" -o "$d/rt.dis" "$d/rt.s" >"$d/rt.err" 2>&1; then
		echo "disas of the disassembly failed: $(head -n 1 "$d/rt.err")" >"$d/rt"
	elif ! cmp -s "$r/dis/$1.dis" "$d/rt.dis"; then
		echo "reassembled bytes differ: $(cmp "$r/dis/$1.dis" "$d/rt.dis" 2>&1 | head -n 1)" >"$d/rt"
	else
		echo ok >"$d/rt"
	fi
}

if [ ! -x "$ember" ]; then
	fail prog "no kernel at $ember"
else
	set --
	for f in prog/*.b; do
		[ -f "$f" ] && set -- "$@" "$(basename "$f" .b)"
	done
	# four lanes, each running every fourth program
	for lane in 0 1 2 3; do
		(
			i=0
			for n in "$@"; do
				[ $((i % 4)) -eq $lane ] && mkdir -p "$ptmp/$n" && progrun "$n"
				i=$((i + 1))
			done
		) &
	done
	wait
	for n in "$@"; do
		res=$(cat "$ptmp/$n/result" 2>/dev/null)
		if [ "$res" = ok ]; then
			pass "prog/$n"
			rt=$(cat "$ptmp/$n/rt" 2>/dev/null)
			if [ "$rt" = ok ]; then
				pass "roundtrip/$n"
			else
				fail "roundtrip/$n" "${rt:-no result}"
			fi
		else
			fail "prog/$n" "${res:-no result}"
		fi
	done
fi

# .sbl symbol files (limbo -g): sbl/NAME.b compiled in a scratch
# directory writes exactly sbl/NAME.sbl, worked out by hand from
# limbo-lang.md 9 with the pcs and offsets limbo -S shows. hello.b is
# dis-format.md 12's program laid out as the sheet's .sbl example
# was; its pc 2 reads "1,29" where the sheet's is "12,28", positions
# being per statement so far (Inferno's are per expression).
mkdir -p "$tmp/sbl"
for f in sbl/*.b; do
	[ -f "$f" ] || continue
	n=$(basename "$f" .b)
	rm -f "$tmp/sbl/$n.sbl"
	if [ ! -f "sbl/$n.sbl" ]; then
		fail "sbl/$n" "no sbl/$n.sbl"
	elif ! (cd "$tmp/sbl" && "$limbo" -g "$OLDPWD/$f") >"$tmp/out" 2>&1; then
		fail "sbl/$n" "limbo -g failed: $(firstline "$tmp/out")"
	elif [ ! -f "$tmp/sbl/$n.sbl" ]; then
		fail "sbl/$n" "limbo -g wrote no $n.sbl"
	elif ! cmp -s "$tmp/sbl/$n.sbl" "sbl/$n.sbl"; then
		fail "sbl/$n" "differs from sbl/$n.sbl: $(diff "sbl/$n.sbl" "$tmp/sbl/$n.sbl" | grep '^[<>]' | head -n 2 | tr '\n' ' ')"
	else
		pass "sbl/$n"
	fi
done

echo "run: $ok ok, $bad FAIL"
[ "$bad" -eq 0 ]
