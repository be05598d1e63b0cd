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
	(cd errors && "$limbo" $flags "$n.b") >"$tmp/out" 2>"$tmp/err"
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

echo "run: $ok ok, $bad FAIL"
[ "$bad" -eq 0 ]
