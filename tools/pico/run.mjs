// pico-run: run an RP2040 image (Ember's out/pico/ember.elf, .uf2 or
// .bin) in the rp2040js emulator, with UART0 on stdin/stdout. Started
// by scripts/pico-run; see man/8/pico for the options and exit codes.
//
// What it does in place of the RP2040's bootrom (rp2040js ships none,
// and the real one does not boot in it, boot-notes.md §4): reads the
// first 256 bytes of flash, checks the CRC-32/MPEG-2 of bytes 0-251
// against bytes 252-255 as the bootrom does, copies them to
// 0x20041F00 and starts boot2 there with SP = 0x20041F00, so boot2
// runs on every boot. A command line is put in the last 4 KiB sector
// of flash (magic "EMBA", length, bytes), where the kernel reads it.
//
// Exit: the firmware writes 0x454D00xx ("EM" + status) to WATCHDOG
// SCRATCH7 (0x40058028): the runner exits with status xx; 0x454D5242
// ("EMRB") restarts the machine. Faults the emulator does not model
// are raised here as a HardFault, as the real chip would: a store to
// flash, and a misaligned word or halfword access.
import { Simulator, ConsoleLogger, LogLevel } from 'rp2040js';
import { readFileSync } from 'node:fs';

const FLASH = 0x10000000;
const FLASHSIZE = 2 * 1024 * 1024;
const BOOT2RAM = 0x20041f00;
const ARGSECTOR = FLASHSIZE - 4096;
const WATCHDOG = 0x40058;
const SCRATCH7 = 0x28;
const EXITMAGIC = 0x454d0000;
const REBOOTMAGIC = 0x454d5242;
const NS_PER_CYCLE = 8; // 125 MHz
const CHUNK = 100000;

function usage(msg) {
  if (msg) process.stderr.write(`pico-run: ${msg}\n`);
  process.stderr.write('usage: pico-run [-t seconds] [-g port] [-p prompt] [-s] [-e] [-P] IMAGE [command [args...]]\n');
  process.exit(2);
}

// options
let timeout = 0, gdbport = 0, prompt = null, stats = false, eofctl = false, profile = false;
const argv = process.argv.slice(2);
while (argv.length > 0 && argv[0].startsWith('-')) {
  const o = argv.shift();
  if (o === '--') break;
  if (o === '-t') timeout = Number(argv.shift());
  else if (o === '-g') gdbport = Number(argv.shift());
  else if (o === '-p') prompt = argv.shift();
  else if (o === '-s') stats = true;
  else if (o === '-e') eofctl = true;
  else if (o === '-P') profile = true;
  else usage(`unknown option ${o}`);
  if (Number.isNaN(timeout) || Number.isNaN(gdbport) || prompt === undefined) usage(`bad value for ${o}`);
}
if (argv.length < 1) usage();
const image = argv.shift();
const cmdline = argv.join(' ');

function crc32mpeg2(buf) {
  let c = 0xffffffff;
  for (const b of buf) {
    c ^= b << 24;
    for (let i = 0; i < 8; i++) c = c & 0x80000000 ? ((c << 1) ^ 0x04c11db7) : (c << 1);
    c >>>= 0;
  }
  return c >>> 0;
}

// Flash contents as a list of [address, bytes].
function loadimage(path) {
  let data;
  try {
    data = readFileSync(path);
  } catch (e) {
    usage(`cannot read ${path}: ${e.message}`);
  }
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const parts = [];
  if (data.length >= 52 && data.readUInt32BE(0) === 0x7f454c46) {
    if (data[4] !== 1 || data[5] !== 1 || dv.getUint16(18, true) !== 40)
      usage(`${path}: not a 32-bit little-endian ARM ELF`);
    const phoff = dv.getUint32(28, true), phentsize = dv.getUint16(42, true), phnum = dv.getUint16(44, true);
    for (let i = 0; i < phnum; i++) {
      const ph = phoff + i * phentsize;
      if (ph + 32 > data.length) usage(`${path}: truncated program headers`);
      const type = dv.getUint32(ph, true), off = dv.getUint32(ph + 4, true);
      const paddr = dv.getUint32(ph + 12, true), filesz = dv.getUint32(ph + 16, true);
      if (type !== 1 || filesz === 0) continue;
      if (off + filesz > data.length) usage(`${path}: segment past the end of the file`);
      parts.push([paddr, data.subarray(off, off + filesz)]);
    }
  } else if (data.length >= 512 && data.readUInt32LE(0) === 0x0a324655) {
    if (data.length % 512 !== 0) usage(`${path}: UF2 length not a multiple of 512`);
    for (let o = 0; o < data.length; o += 512) {
      if (data.readUInt32LE(o + 4) !== 0x9e5d5157 || data.readUInt32LE(o + 508) !== 0x0ab16f30)
        usage(`${path}: block ${o / 512}: bad UF2 magic`);
      const flags = data.readUInt32LE(o + 8);
      if (flags & 1) continue; // not main flash
      if ((flags & 0x2000) && data.readUInt32LE(o + 28) !== 0xe48bff56)
        usage(`${path}: block ${o / 512}: family id is not the RP2040's`);
      const addr = data.readUInt32LE(o + 12), n = data.readUInt32LE(o + 16);
      if (n > 476) usage(`${path}: block ${o / 512}: payload ${n} too large`);
      parts.push([addr, data.subarray(o + 32, o + 32 + n)]);
    }
  } else {
    parts.push([FLASH, data]);
  }
  for (const [a, b] of parts) {
    const inflash = a >= FLASH && a + b.length <= FLASH + ARGSECTOR;
    if (!inflash) usage(`${path}: data at ${a.toString(16)} is not in flash (below ${(FLASH + ARGSECTOR).toString(16)})`);
  }
  return parts;
}

const parts = loadimage(image);
const sim = new Simulator();
const mcu = sim.rp2040;
const core = mcu.core;
const clock = sim.clock;
mcu.logger = new ConsoleLogger(LogLevel.Error);

let booted = false;
let fault = null;
let exitstatus = null;
let rebooting = false;

// What the bootrom does before boot2: check its CRC, copy it to SRAM5's top, run it.
function boot() {
  mcu.reset(); // fills flash with 0xff
  for (const [a, b] of parts) mcu.flash.set(b, a - FLASH);
  if (cmdline.length > 0) {
    const s = Buffer.from(cmdline + '\0', 'utf8');
    if (s.length > 4096 - 8) usage('command line too long');
    const v = new DataView(mcu.flash.buffer, mcu.flash.byteOffset + ARGSECTOR);
    v.setUint32(0, 0x41424d45, true); // "EMBA"
    v.setUint32(4, s.length - 1, true);
    mcu.flash.set(s, ARGSECTOR + 8);
  }
  const b2 = mcu.flash.subarray(0, 256);
  const want = crc32mpeg2(b2.subarray(0, 252));
  const got = (b2[252] | (b2[253] << 8) | (b2[254] << 16) | (b2[255] << 24)) >>> 0;
  if (want !== got) {
    process.stderr.write(`pico-run: boot2 CRC is ${got.toString(16)}, want ${want.toString(16)}: the bootrom would not run it\n`);
    process.exit(3);
  }
  mcu.sram.set(b2, BOOT2RAM - 0x20000000);
  core.VTOR = 0;
  core.SP = BOOT2RAM;
  core.LR = 0;
  core.PC = BOOT2RAM;
  booted = true;
}

// The exit and reboot magic.
const wd = mcu.peripherals[WATCHDOG];
const wdwrite = wd.writeUint32.bind(wd);
wd.writeUint32 = (offset, value) => {
  if (offset === SCRATCH7) {
    if (((value & 0xffffff00) >>> 0) === EXITMAGIC) exitstatus = value & 0xff;
    else if ((value >>> 0) === REBOOTMAGIC) rebooting = true;
  }
  wdwrite(offset, value);
};

// Faults rp2040js does not raise: stores to flash, misaligned accesses.
function wrapstore(name, size) {
  const f = mcu[name].bind(mcu);
  mcu[name] = (address, value) => {
    address >>>= 0;
    if (booted && address >= FLASH && address < 0x14000000) {
      if (!fault) fault = `store to flash at ${address.toString(16)}`;
      return;
    }
    if (size > 1 && (address & (size - 1)) !== 0 && !fault) fault = `misaligned ${size}-byte store at ${address.toString(16)}`;
    f(address, value);
  };
}
wrapstore('writeUint32', 4);
wrapstore('writeUint16', 2);
wrapstore('writeUint8', 1);
for (const [name, size] of [['readUint32', 4], ['readUint16', 2]]) {
  const f = mcu[name].bind(mcu);
  mcu[name] = (address) => {
    if ((address & (size - 1)) !== 0 && !fault) fault = `misaligned ${size}-byte load at ${(address >>> 0).toString(16)}`;
    return f(address);
  };
}

// UART0 <-> stdin/stdout
const out = [];
let outtail = '';
let promptcycles = null;
mcu.uart[0].onByte = (b) => {
  out.push(b);
  if (prompt !== null && promptcycles === null) {
    outtail = (outtail + String.fromCharCode(b)).slice(-prompt.length);
    if (outtail === prompt) {
      promptcycles = core.cycles;
      process.stderr.write(`pico-run: prompt after ${core.cycles} cycles, ${(clock.nanos / 1e6).toFixed(1)} ms emulated\n`);
    }
  }
};
function flushout() {
  if (out.length > 0) {
    process.stdout.write(Buffer.from(out));
    out.length = 0;
  }
}
const inq = [];
let ineof = false;
if (process.stdin.isTTY) process.stdin.setRawMode(true);
process.stdin.on('data', (d) => {
  for (const b of d) inq.push(b);
});
process.stdin.on('end', () => {
  ineof = true;
  if (eofctl) inq.push(4); // ^D: end of input for the console
});
process.stdin.on('error', () => { ineof = true; });
function feed() {
  const u = mcu.uart[0];
  while (inq.length > 0 && !u.rxFIFO.full) u.feedByte(inq.shift());
}

const started = Date.now();
let nsample = 0;
const samples = new Map();
function finish(status) {
  flushout();
  if (profile) {
    const top = [...samples.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40);
    const total = [...samples.values()].reduce((a, b) => a + b, 0);
    process.stderr.write(`pico-run: profile, ${total} samples of the pc (one in 256 instructions):\n`);
    for (const [pc, n] of top) process.stderr.write(`${pc.toString(16)} ${n}\n`);
  }
  if (process.stdin.isTTY) process.stdin.setRawMode(false);
  if (stats)
    process.stderr.write(`pico-run: exit ${status}: ${core.cycles} cycles, ${(clock.nanos / 1e6).toFixed(1)} ms emulated, ${((Date.now() - started) / 1000).toFixed(2)} s wall\n`);
  process.stdout.write('', () => process.exit(status));
}

function check() {
  if (exitstatus !== null) {
    finish(exitstatus);
    return true;
  }
  if (rebooting) {
    rebooting = false;
    boot();
  }
  if (timeout > 0 && Date.now() - started > timeout * 1000) {
    flushout();
    process.stderr.write(`\npico-run: timed out after ${timeout} s\n`);
    finish(124);
    return true;
  }
  return false;
}

function run() {
  feed();
  for (let i = 0; i < CHUNK; i++) {
    if (core.waiting) {
      if (inq.length > 0) feed();
      const n = clock.nanosToNextAlarm;
      if (!(n > 0 && n < Infinity)) break;
      // idle: keep emulated time from running far ahead of the wall clock
      if (clock.nanos / 1e6 > Date.now() - started + 50) break;
      clock.tick(n);
      i += n / NS_PER_CYCLE / 50;
      continue;
    }
    const pc = core.PC;
    if (profile && (++nsample & 255) === 0) samples.set(pc, (samples.get(pc) || 0) + 1);
    const c = core.executeInstruction();
    clock.tick(c * NS_PER_CYCLE);
    if (fault !== null) {
      if (stats) process.stderr.write(`pico-run: hard fault at pc ${pc.toString(16)}: ${fault}\n`);
      fault = null;
      core.PC = pc;
      core.exceptionEntry(3);
    }
    if (exitstatus !== null || rebooting) break;
  }
  flushout();
  if (check()) return;
  if (core.waiting && inq.length === 0 && clock.nanos / 1e6 > Date.now() - started + 50)
    setTimeout(run, 5);
  else
    setImmediate(run);
}

boot();
if (gdbport > 0) {
  const { GDBTCPServer } = await import('rp2040js/gdb-tcp-server');
  new GDBTCPServer(sim, gdbport);
  process.stderr.write(`pico-run: gdb server on port ${gdbport}; the CPU waits at boot2 for gdb's continue\n`);
  setInterval(() => { flushout(); check(); }, 20);
} else {
  run();
}
