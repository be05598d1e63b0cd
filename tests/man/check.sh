#!/bin/sh
# Checks the manual pages: each page in man/ formats with
# "groff -man -Tutf8 -ww -z" without a warning, and each script in
# scripts/ (man/8) and each device on the dev line of
# targets/host.conf (man/3) has a page. Prints ok/FAIL lines and
# "run: N ok, M FAIL" like the unit tests; exit status 1 on a failure.
cd "$(dirname "$0")/../.." || exit 1
ok=0
bad=0
pass() { echo "ok $1"; ok=$((ok + 1)); }
fail() { echo "FAIL $1: $2"; bad=$((bad + 1)); }

if ! command -v groff >/dev/null 2>&1; then
	fail groff "not installed (scripts/setup installs groff-base)"
	echo "run: $ok ok, $bad FAIL"
	exit 1
fi

for page in $(find man -type f | LC_ALL=C sort); do
	if warn=$(groff -man -Tutf8 -ww -z "$page" 2>&1) && [ -z "$warn" ]; then
		pass "$page"
	else
		fail "$page" warnings
		printf '%s\n' "$warn" | sed 's/^/	/'
	fi
done

# haspage PAGE WHAT: WHAT (a script or a device) must have the page PAGE
haspage() {
	if [ -f "$1" ]; then
		pass "$2 has $1"
	else
		fail "$1" "missing: $2 has no page"
	fi
}

for s in scripts/*; do
	[ -f "$s" ] && haspage "man/8/$(basename "$s")" "$s"
done
devs=$(awk '$1 == "dev" { for(i = 2; i <= NF; i++) print $i }' targets/host.conf)
if [ -z "$devs" ]; then
	fail targets/host.conf "no dev line"
fi
for d in $devs; do
	haspage "man/3/$d" "device $d"
done

echo "run: $ok ok, $bad FAIL"
[ "$bad" -eq 0 ]
