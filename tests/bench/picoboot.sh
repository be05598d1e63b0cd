#!/bin/sh
# picoboot: the RP2040 (pico) target's figures under rp2040js, reported,
# never asserted:
#	flash		bytes of flash the image takes (boot2, code, constants, .data's image), of 2 MiB
#	static		SRAM's .data and .bss
#	prompt		emulated cycles (and ms at 125 MHz) from reset to the shell's first prompt
#	sram		SRAM free at the prompt, and the high-water mark of SRAM in use
#			after `ls -l /dis` (the goal: at most 90112 bytes, 88 KiB)
# The emulator is deterministic: one run. Run by scripts/bench; alone:
# sh tests/bench/picoboot.sh after mk TARGET=pico (and scripts/setup).
cd "$(dirname "$0")/../.." || exit 1
export PATH="$PATH:/usr/lib/plan9/bin"
o=out/pico
if [ ! -s $o/ember.elf ]; then
	echo "picoboot: no $o/ember.elf: build it with mk TARGET=pico" >&2
	exit 1
fi
if [ ! -d tools/pico/node_modules/rp2040js ]; then
	echo "picoboot: rp2040js is not installed: run scripts/setup" >&2
	exit 1
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/picoboot.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
# a copy: a build elsewhere may rewrite the image meanwhile
cp $o/ember.elf "$tmp/ember.elf"

arm-none-eabi-size -A "$tmp/ember.elf" | awk '
	$1 == ".boot2" || $1 == ".text" || $1 == ".rodata" || $1 == ".ARM.exidx" || $1 == ".data" { f += $2 }
	$1 == ".data" { d = $2 } $1 == ".bss" { b = $2 }
	END { printf "flash   %d of 2097152 bytes (%d free)\nstatic  %d bytes of SRAM (.data %d, .bss %d)\n", f, 2097152 - f, d + b, d, b }'

# the first prompt: SRAM then
printf 'cat /dev/memory\nshutdown -h\n' >"$tmp/in1"
timeout 60 scripts/pico-run -t 50 -p '; ' "$tmp/ember.elf" <"$tmp/in1" >"$tmp/out1" 2>"$tmp/err1"
cyc=$(sed -n 's/.*prompt after \([0-9]*\) cycles, \([0-9.]*\) ms.*/\1 \2/p' "$tmp/err1")
set -- $cyc
echo "prompt  ${1:--} cycles from reset (${2:--} ms emulated at 125 MHz)"
tr -d '\r' <"$tmp/out1" | awk '$1 == "sram" { printf "sram    %d bytes free at the prompt (%d in use, high-water %d, of %d)\n", $4 - $2, $2, $3, $4; exit }'

# after ls -l /dis: the high-water mark, against the goal
printf 'ls -l /dis >/dev/null\ncat /dev/memory\nshutdown -h\n' >"$tmp/in2"
timeout 60 scripts/pico-run -t 50 -p '; ' "$tmp/ember.elf" <"$tmp/in2" >"$tmp/out2" 2>"$tmp/err2"
tr -d '\r' <"$tmp/out2" | awk '$1 == "sram" { printf "sram    high-water %d bytes after ls -l /dis (goal 90112; %d free at least)\n", $3, $4 - $3; exit }'
