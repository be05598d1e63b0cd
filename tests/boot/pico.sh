#!/bin/sh
# Boot test of the pico target (RP2040) under rp2040js: check the
# images (the UF2 decoded: magic numbers, addresses, family id, boot2's
# CRC), boot through boot2 the way the bootrom would, run a Dis
# program from the built-in root (in flash), then type at the shell
# over UART0 and power off with a status. Prints ok/FAIL lines and
# "run: N ok, M FAIL". Every run has a timeout.
cd "$(dirname "$0")/../.." || exit 1
export PATH="$PATH:/usr/lib/plan9/bin"
. tests/boot/bootlib.sh
o=out/pico

if [ ! -d tools/pico/node_modules/rp2040js ]; then
	fail "rp2040js installed" "tools/pico/node_modules/rp2040js missing: run scripts/setup"
	finish
fi
if mk TARGET=pico >/tmp/pico.build.$$ 2>&1; then
	pass "mk TARGET=pico builds"
else
	fail "mk TARGET=pico builds" "$(tail -n 5 /tmp/pico.build.$$)"
	rm -f /tmp/pico.build.$$
	[ -s $o/ember.elf ] || finish
	echo "# going on with the images already in $o"
fi
rm -f /tmp/pico.build.$$
for f in ember.elf ember.bin ember.uf2; do
	if [ -s "$o/$f" ]; then pass "$f made"; else fail "$f made" "missing or empty"; fi
done

t=$tmp

# the UF2 decoder
if [ "$($o/tools/picoimg crc 123456789)" = 0x0376e6e7 ]; then
	pass "CRC-32/MPEG-2 check value"
else
	fail "CRC-32/MPEG-2 check value" "got $($o/tools/picoimg crc 123456789)"
fi
if out=$($o/tools/picoimg check $o/ember.uf2 2>&1) && printf '%s' "$out" | grep -q "family 0xe48bff56, boot2 crc .* ok"; then
	pass "ember.uf2 decodes: magic, addresses, family, boot2 CRC"
else
	fail "ember.uf2 decodes" "$out"
fi
nb=$(( $(wc -c <$o/ember.bin) ))
nu=$(( $(wc -c <$o/ember.uf2) ))
if [ "$nu" -eq $(( (nb + 255) / 256 * 512 )) ]; then
	pass "one UF2 block per 256 bytes of ember.bin"
else
	fail "one UF2 block per 256 bytes of ember.bin" "bin $nb bytes, uf2 $nu"
fi
# corruptions the decoder must name: a boot2 byte, a family id, a magic number
cp $o/ember.uf2 "$t/b.uf2"
printf '\377' | dd of="$t/b.uf2" bs=1 seek=40 conv=notrunc 2>/dev/null
if $o/tools/picoimg check "$t/b.uf2" 2>&1 | grep -q "boot2 CRC"; then pass "a changed boot2 byte fails its CRC"; else fail "a changed boot2 byte fails its CRC" "not caught"; fi
cp $o/ember.uf2 "$t/f.uf2"
printf '\0' | dd of="$t/f.uf2" bs=1 seek=$((512+28)) conv=notrunc 2>/dev/null
if $o/tools/picoimg check "$t/f.uf2" 2>&1 | grep -q "block 1: family id"; then pass "a wrong family id is caught"; else fail "a wrong family id is caught" "not caught"; fi
cp $o/ember.uf2 "$t/m.uf2"
printf '\0' | dd of="$t/m.uf2" bs=1 seek=$((1024+508)) conv=notrunc 2>/dev/null
if $o/tools/picoimg check "$t/m.uf2" 2>&1 | grep -q "block 2: bad magic"; then pass "a bad end magic is caught"; else fail "a bad end magic is caught" "not caught"; fi

# the runner's bootrom stand-in refuses a boot2 with a bad CRC
out=$(timeout 30 scripts/pico-run -t 20 "$t/b.uf2" </dev/null 2>&1)
st=$?
if [ $st -eq 3 ] && printf '%s' "$out" | grep -q "boot2 CRC"; then
	pass "bad boot2 CRC: not started (status 3)"
else
	fail "bad boot2 CRC: not started (status 3)" "status $st: $out"
fi

# run NAME WANTSTATUS PATTERN IMAGE ARGS...: a program from the built-in root
run() {
	name=$1 want=$2 pat=$3
	shift 3
	out=$(timeout 60 scripts/pico-run -t 50 "$@" </dev/null 2>&1)
	st=$?
	if [ "$st" -ne "$want" ]; then
		fail "$name" "exit status $st, want $want; output: $out"
	elif ! printf '%s\n' "$out" | tr -d '\r' | grep -q -- "$pat"; then
		fail "$name" "output lacks \"$pat\": $out"
	else
		pass "$name"
	fi
}
run "boots from the ELF: banner" 0 "^Ember rp2040: Cortex-M0+ at 125 MHz" $o/ember.elf hello
run "hand-assembled Dis hello from the root (.elf)" 0 "^hello, world$" $o/ember.elf hello
run "the same from the UF2" 0 "^hello, world$" $o/ember.uf2 hello
run "the same from the .bin" 0 "^hello, world$" $o/ember.bin hello
run "a Dis program's exception: Broken, status 1" 1 'Broken' $o/ember.elf broke
run "no such program: clear error, status 1" 1 "cannot run /dis/nonesuch.dis" $o/ember.elf nonesuch
run "a string constant in flash: insc changes a copy" 0 "^xello$" $o/ember.elf rostring
run "and leaves the constant as it was" 0 "^hello$" $o/ember.elf rostring

# the shell over UART0
cat >"$t/in" <<'EOF2'
echo hello from the shell
ls /dis
cat /dev/sysname
ps
echo one two three | wc -w
nonesuch
echo status $status
ls -l /dis
cat /dev/memory
shutdown -h
EOF2
timeout 110 scripts/pico-run -t 100 -p '; ' $o/ember.elf <"$t/in" >"$t/out" 2>"$t/err"
st=$?
tr -d '\r' <"$t/out" >"$t/o"
if [ $st -eq 0 ]; then pass "shell session ends with shutdown -h: status 0"; else fail "shell session ends with shutdown -h: status 0" "status $st: $(tail -n 5 "$t/o") $(cat "$t/err")"; fi
chk() {
	if grep -q -- "$2" "$t/o"; then pass "$1"; else fail "$1" "no \"$2\" in: $(tail -n 20 "$t/o")"; fi
}
chk "echo" "^hello from the shell$"
chk "ls /dis" "^/dis/sh.dis$"
chk "ls /dis lists the commands" "^/dis/ls.dis$"
chk "cat /dev/sysname (no newline: the prompt follows)" "^ember\(; \|$\)"
chk "ps" "Sh"
chk "a pipeline" "^ *3$"
chk "a failing command" "nonesuch.*not found\|nonesuch.*does not exist"
chk "its status" "^status .*not found\|^status .*does not exist\|^status .*fail"
chk "/dev/memory has the sram line" "^sram [0-9]* [0-9]* 270336$"
used=$(awk '$1 == "sram" { print $3 }' "$t/o" | tail -n 1)
if [ -n "$used" ]; then
	echo "# SRAM high-water after the session: $used of 270336 bytes ($(( (270336 - used) / 1024 ))K free); the goal is at most 90112 (88K)"
	pass "SRAM figure reported"
else
	fail "SRAM figure reported" "no sram line"
fi
# where SRAM goes (figures only, not asserted): the pools, their arenas,
# live blocks by size class and the callers of big allocations
awk 'NF == 8 && ($NF == "main" || $NF == "heap") { print "# pool " $NF ": now " $1 ", high-water " $3 }' "$t/o" | tail -n 2
grep "^peak \|^arena \|^live " "$t/o" | sed 's/^/# /'
grep "^caller " "$t/o" | while read -r w pool pc n bytes max live peak; do
	fn=$(arm-none-eabi-addr2line -f -e $o/ember "$pc" 2>/dev/null | head -n 1)
	echo "# caller $pool $pc ${fn:-?}: $n allocations, $bytes bytes, largest $max; live $live bytes now, $peak at the high-water mark"
done
sz=$(arm-none-eabi-size -A $o/ember.elf 2>/dev/null | awk '$1 == ".boot2" || $1 == ".text" || $1 == ".rodata" || $1 == ".ARM.exidx" || $1 == ".data" { f += $2 } $1 == ".data" || $1 == ".bss" { r += $2 } END { print f, r }')
echo "# flash used $(echo $sz | cut -d' ' -f1) of 2097152 bytes; SRAM static (.data, .bss) $(echo $sz | cut -d' ' -f2) bytes"
if grep -q "pico-run: prompt after" "$t/err"; then
	echo "# $(grep 'pico-run: prompt after' "$t/err")"
	pass "the shell prompt appears"
else
	fail "the shell prompt appears" "$(cat "$t/err")"
fi
# scripts/debug pico: gdb on rp2040js's gdb server, the CPU held at boot2's first instruction
if command -v gdb-multiarch >/dev/null 2>&1; then
	printf 'info registers pc\nstepi\nstepi\ninfo registers pc\nx/1xw 0x10000100\n' >"$t/g"
	EMBERGDBPORT=$((21000 + $$ % 1000)) timeout 60 scripts/debug -b -n -x "$t/g" pico >"$t/gdb" 2>&1
	if grep -q "^pc  *0x20041f00" "$t/gdb" && grep -q "^pc  *0x20041f04" "$t/gdb" && grep -q "<vectors>:" "$t/gdb"; then
		pass "scripts/debug pico: gdb holds the CPU at boot2, steps it and reads flash with symbols"
	else
		fail "scripts/debug pico" "$(tail -n 8 "$t/gdb")"
	fi
else
	fail "scripts/debug pico" "no gdb-multiarch (scripts/setup)"
fi
finish
