# Writes tests/dis/xec_flow.s (python3 gen/xec_flow.py > xec_flow.s): a self-checking Dis
# program for the interpreter; see the header it writes.
out = []; data = []; ptrs = set(); mpoff = [0]
def I(s): out.append("\t" + s)
def L(s): out.append(s + ":")
def alloc(n, align=4):
    o = (mpoff[0] + align - 1) // align * align; mpoff[0] = o + n; return o
def mstring(s):
    o = alloc(4); ptrs.add(o); data.append('\tstring\t@mp+%d, "%s"' % (o, s)); return "%d(mp)" % o
def mnil():
    o = alloc(4); ptrs.add(o); return "%d(mp)" % o
def mwords(*ws):
    o = alloc(4 * len(ws)); data.append('\tword\t@mp+%d, %s' % (o, ", ".join(str(w) for w in ws))); return o
SYS = mstring("$Sys"); SYSH = mnil(); FMT1 = mstring("check %d: got %d, want %d\\n")
PASS = "%d(mp)" % alloc(4); FMT2 = mstring("checks: %d right, %d wrong\\n"); FAIL = "%d(mp)" % alloc(4); NIL = mnil()
SELF = mstring("$self"); SELFH = mnil()
nid = [0]
def check(opnd, want):
    nid[0] += 1
    I("frame\t$3, 100(fp)"); I("movw\t$%d, 32(100(fp))" % nid[0]); I("movw\t%s, 36(100(fp))" % opnd)
    I("movw\t$%d, 40(100(fp))" % want); I("call\t100(fp), chk")
def callf(label, arg, res="60(fp)", t="$5"):
    I("frame\t%s, 116(fp)" % t); I("movw\t%s, 32(116(fp))" % arg); I("lea\t%s, 16(116(fp))" % res); I("call\t116(fp), %s" % label)

ENAME = mstring("Xec2.E"); BOOM = mstring("boom"); DEEP = mstring("deep"); FAILS = mstring("fail:child")
handlers = []
# main frame $4: 160 bytes; ptrs at 88,92,96,104,120,128
L("init")
I("load\t%s, $0, %s" % (SYS, SYSH)); I("load\t%s, $1, %s" % (SELF, SELFH))
# 1. typed exception caught as typed in the immediate caller, as its name further up
callf("c1", "$0"); check("60(fp)", 1)
callf("c2", "$0"); check("60(fp)", 2)
# 2. exception across an mcall (via $self), MP and module restored
I("mframe\t%s, $0, 116(fp)" % SELFH); I("movw\t$1, 32(116(fp))"); I("lea\t60(fp), 16(116(fp))")
callf("xm", "$0"); check("60(fp)", 7)
# 3. from a built-in: sys->pipe(nil)
callf("xb", "$0"); check("60(fp)", 3)
# 4. deep recursion: segments, unwinding through them, twice; then values back up
for k in range(2):
    callf("xd", "$5000"); check("60(fp)", 9)
callf("sumrec", "$3000"); check("60(fp)", 4501500)
callf("sumrec", "$20000"); check("60(fp)", 200010000)
# 5. alt / nbalt
I("newcw\t$1, 88(fp)"); I("newcw\t$1, 92(fp)")
AT = alloc(24); I("movw\t$0, %d(mp)" % AT); I("movw\t$2, %d(mp)" % (AT + 4))
I("movw\t88(fp), %d(mp)" % (AT + 8)); I("lea\t64(fp), %d(mp)" % (AT + 12))
I("movw\t92(fp), %d(mp)" % (AT + 16)); I("lea\t68(fp), %d(mp)" % (AT + 20))
I("nbalt\t%d(mp), 60(fp)" % AT); check("60(fp)", 2)
I("send\t$77, 92(fp)"); I("alt\t%d(mp), 60(fp)" % AT); check("60(fp)", 1); check("68(fp)", 77)
I("movw\t$-1, %d(mp)" % (AT + 8)); I("movw\t$-1, %d(mp)" % (AT + 16))
# 6. spawn/mspawn: a child sends on a channel; another dies of an exception
I("newcw\t96(fp)")
I("mframe\t%s, $1, 116(fp)" % SELFH); I("movp\t96(fp), 32(116(fp))"); I("movw\t$5, 36(116(fp))"); I("mspawn\t116(fp), $1, %s" % SELFH)
I("recv\t96(fp), 60(fp)"); check("60(fp)", 5); I("recv\t96(fp), 60(fp)"); check("60(fp)", 6)
I("frame\t$7, 116(fp)"); I("movp\t96(fp), 32(116(fp))"); I("spawn\t116(fp), dier")
I("recv\t96(fp), 60(fp)"); check("60(fp)", 99)
I("frame\t$7, 116(fp)"); I("movp\t96(fp), 32(116(fp))"); I("spawn\t116(fp), exiter")
I("recv\t96(fp), 60(fp)"); check("60(fp)", 98)
# 7. adts: newz, movmp, consmp, headmp, tcmp, mnewz
I("newz\t$8, 104(fp)"); I("movp\t%s, 0(104(fp))" % BOOM); I("movw\t$5, 4(104(fp))")
I("movmp\t0(104(fp)), $8, 120(fp)"); I("lenc\t120(fp), 60(fp)"); check("60(fp)", 4); check("124(fp)", 5)
I("movp\t%s, 128(fp)" % NIL); I("consmp\t0(104(fp)), $8, 128(fp)"); I("consmp\t120(fp), $8, 128(fp)")
I("movw\t$0, 124(fp)"); I("headmp\t128(fp), $8, 120(fp)"); check("124(fp)", 5); I("lenl\t128(fp), 60(fp)"); check("60(fp)", 2)
I("mnewz\t%s, $8, 88(fp)" % SELFH); I("tcmp\t104(fp), 88(fp)"); check("4(88(fp))", 0)
callf("xt", "$0"); check("60(fp)", 1)
# 8. self is this instance's handle
I("self\t92(fp)"); l = "selfok"; I("movw\t$0, 60(fp)"); I("bnew\t92(fp), %s, %s" % (NIL, l)); I("movw\t$1, 60(fp)"); L(l); check("60(fp)", 0)
# 9. movm, consm/headm, newcm, newcmp
I("movw\t$11, 64(fp)"); I("movw\t$22, 68(fp)"); I("movm\t64(fp), $8, 72(fp)"); check("76(fp)", 22)
I("movp\t%s, 128(fp)" % NIL); I("consm\t64(fp), $8, 128(fp)"); I("headm\t128(fp), $8, 80(fp)"); check("80(fp)", 11); check("84(fp)", 22)
I("newcm\t$8, $1, 88(fp)"); I("send\t64(fp), 88(fp)"); I("recv\t88(fp), 72(fp)"); check("76(fp)", 22)
I("newcmp\t$8, $1, 88(fp)"); I("send\t0(104(fp)), 88(fp)"); I("recv\t88(fp), 120(fp)"); I("lenc\t120(fp), 60(fp)"); check("60(fp)", 4)
# 10. FP traps: division by zero, an out of range conversion
callf("xf", "$0", t="$10"); check("60(fp)", 1)
callf("xf", "$1", t="$10"); check("60(fp)", 2)
callf("xf", "$2", t="$10"); check("60(fp)", 0)
# summary
I("frame\t$2, 116(fp)"); I("movp\t%s, 32(116(fp))" % FMT2); I("movw\t%s, 36(116(fp))" % PASS); I("movw\t%s, 40(116(fp))" % FAIL)
I("lea\t64(fp), 16(116(fp))"); I("mcall\t116(fp), $0, %s" % SYSH)
I("ret")

L("chk")
I("beqw\t36(fp), 40(fp), chkok"); I("addw\t$1, %s" % FAIL)
I("frame\t$1, 44(fp)"); I("movp\t%s, 32(44(fp))" % FMT1); I("movw\t32(fp), 36(44(fp))"); I("movw\t36(fp), 40(44(fp))"); I("movw\t40(fp), 44(44(fp))")
I("lea\t48(fp), 16(44(fp))"); I("mcall\t44(fp), $0, %s" % SYSH); I("ret")
L("chkok"); I("addw\t$1, %s" % PASS); I("ret")

# frame $5: 32 arg, 36 callee, 40 int, 44 exception slot (ptr), 48 ptr; size 56, map 0018
L("r1"); I("new\t$6, 48(fp)"); I("movp\t%s, 0(48(fp))" % ENAME); I("raise\t48(fp)"); I("ret")
L("c1"); I("movw\t$0, 0(16(fp))")
L("c1a"); callf("r1", "$0", "40(fp)"); L("c1b"); I("ret")
L("c1typed"); I("movp\t0(44(fp)), 48(fp)"); I("lenc\t48(fp), 40(fp)"); I("beqw\t40(fp), $6, c1ok"); I("ret")
L("c1ok"); I("movw\t$1, 0(16(fp))"); I("ret")
L("c1str"); I("movw\t$2, 0(16(fp))"); I("ret")
handlers.append(("44(fp)", "c1a", "c1b", "$5", [("etype", "Xec2.E", "c1typed"), ("ecase", "Xec2.E", "c1str")]))
L("mid"); callf("r1", "$0", "40(fp)"); I("ret")
L("c2"); I("movw\t$0, 0(16(fp))")
L("c2a"); callf("mid", "$0", "40(fp)"); L("c2b"); I("ret")
L("c2typed"); I("movw\t$1, 0(16(fp))"); I("ret")
L("c2str"); I("lenc\t44(fp), 40(fp)"); I("beqw\t40(fp), $6, c2ok"); I("ret")
L("c2ok"); I("movw\t$2, 0(16(fp))"); I("ret")
handlers.append(("44(fp)", "c2a", "c2b", "$5", [("etype", "Xec2.E", "c2typed"), ("ecase", "Xec2.E", "c2str")]))
# xm: mcall through $self to raiser2 (link 0 = "raiser"), caught here; then MP works
L("xm"); I("movw\t$0, 0(16(fp))")
L("xma"); I("mframe\t%s, $0, 36(fp)" % SELFH); I("movw\t$1, 32(36(fp))"); I("lea\t40(fp), 16(36(fp))"); I("mcall\t36(fp), $0, %s" % SELFH); L("xmb"); I("ret")
L("xmc"); I("lenc\t%s, 40(fp)" % ENAME); I("addw\t$1, 40(fp), 0(16(fp))"); I("ret")
handlers.append(("44(fp)", "xma", "xmb", "-1", [("ecase", "boom", "xmc")]))
L("raiser"); I("raise\t%s" % BOOM); I("ret")
# xb: sys->pipe(nil)
L("xb"); I("movw\t$0, 0(16(fp))")
L("xba"); I("mframe\t%s, $1, 36(fp)" % SYSH); I("movp\t%s, 32(36(fp))" % NIL); I("lea\t40(fp), 16(36(fp))"); I("mcall\t36(fp), $1, %s" % SYSH); L("xbb"); I("ret")
L("xbc"); I("movw\t$3, 0(16(fp))"); I("ret")
handlers.append(("44(fp)", "xba", "xbb", "-1", [("ecase", "dereference of nil", "xbc")]))
# xd: recurse n deep, raise at the bottom; frame $9 (big: 400 bytes) with a pointer at 44
L("xd"); I("movw\t$0, 0(16(fp))")
L("xda"); I("frame\t$9, 36(fp)"); I("movw\t32(fp), 32(36(fp))"); I("lea\t40(fp), 16(36(fp))"); I("call\t36(fp), rec"); L("xdb"); I("ret")
L("xdc"); I("movw\t$9, 0(16(fp))"); I("ret")
handlers.append(("44(fp)", "xda", "xdb", "-1", [("ecase", "deep", "xdc")]))
L("rec"); I("movp\t%s, 44(fp)" % BOOM); I("beqw\t32(fp), $0, recb"); I("frame\t$9, 36(fp)"); I("subw\t$1, 32(fp), 32(36(fp))"); I("lea\t40(fp), 16(36(fp))"); I("call\t36(fp), rec"); I("ret")
L("recb"); I("raise\t%s" % DEEP); I("ret")
L("sumrec"); I("beqw\t32(fp), $0, sumz"); I("frame\t$5, 36(fp)"); I("subw\t$1, 32(fp), 32(36(fp))"); I("lea\t40(fp), 16(36(fp))"); I("call\t36(fp), sumrec")
I("addw\t32(fp), 40(fp), 0(16(fp))"); I("ret")
L("sumz"); I("movw\t$0, 0(16(fp))"); I("ret")
# frame $7: 32 chan (ptr), 36 int; size 48 "0080"
L("sender"); I("send\t36(fp), 32(fp)"); I("addw\t$1, 36(fp)"); I("send\t36(fp), 32(fp)"); I("ret")
L("dier"); I("send\t$99, 32(fp)"); I("raise\t%s" % FAILS); I("ret")
L("exiter"); I("send\t$98, 32(fp)"); I("exit")
L("xt"); I("movw\t$0, 0(16(fp))")
L("xta"); I("new\t$8, 48(fp)"); I("tcmp\t48(fp), %s" % NIL); L("xtb"); I("ret")
L("xtc"); I("movw\t$1, 0(16(fp))"); I("ret")
handlers.append(("44(fp)", "xta", "xtb", "-1", [("ecase", "type check", "xtc")]))

ONE = alloc(8, 8); data.append("\treal\t@mp+%d, 1.0" % ONE); ZERO = alloc(8, 8); data.append("\treal\t@mp+%d, 0.0" % ZERO)
BIGR = alloc(8, 8); data.append("\treal\t@mp+%d, 1e300" % BIGR)
# frame $10: 32 arg, 40 real, 48 exception slot (ptr); size 56, map 0008
L("xf"); I("movw\t$0, 0(16(fp))")
L("xfa"); I("beqw\t32(fp), $1, xf1"); I("beqw\t32(fp), $2, xf2")
I("divf\t%d(mp), %d(mp), 40(fp)" % (ZERO, ONE)); I("ret")
L("xf1"); I("cvtfw\t%d(mp), 36(fp)" % BIGR); I("ret")
L("xf2"); I("divf\t%d(mp), %d(mp), 40(fp)" % (ONE, ZERO)); I("ret")
L("xfb"); I("ret")
L("xfz"); I("movw\t$1, 0(16(fp))"); I("ret")
L("xfi"); I("movw\t$2, 0(16(fp))"); I("ret")
handlers.append(("48(fp)", "xfa", "xfb", "-1", [("ecase", "sys: fp: division by zero", "xfz"), ("ecase", "sys: fp: invalid*", "xfi")]))
mpoff[0] = (mpoff[0] + 7) // 8 * 8; size = mpoff[0]
m = [0] * ((size // 4 + 7) // 8)
for o in ptrs:
    w = o // 4; m[w // 8] |= 0x80 >> (w % 8)
mpmap = "".join("%02x" % b for b in m)
hdr = ["\tmodule\tXecFlow", '\tsource\t"xec_flow.s"', "\tentry\tinit, $4", "\tdatasize\t%d" % size,
       '\tdesc\t$0, %d, "%s"' % (size, mpmap), '\tdesc\t$1, 48, "0080"', '\tdesc\t$2, 48, "0080"', '\tdesc\t$3, 56, ""',
       '\tdesc\t$4, 160, "00c003a280"', '\tdesc\t$5, 56, "0018"', '\tdesc\t$6, 8, "80"', '\tdesc\t$7, 48, "0080"',
       '\tdesc\t$8, 8, "80"', '\tdesc\t$9, 400, "0010"', '\tdesc\t$10, 56, "0008"']
tail = ['\tlink\tinit, $4, 0x4244b354, "init"', '\tlink\traiser, $5, 0x11111111, "raiser"', '\tlink\tsender, $7, 0x22222222, "sender"',
        "\tldt\t0", '\text\t0xac849033, "print"', '\text\t0x1f2c52ea, "pipe"',
        "\tldt\t1", '\text\t0x11111111, "raiser"', '\text\t0x22222222, "sender"']
for (slot, a, b, t, arms) in handlers:
    tail.append("\thandler\t%s, %s, %s, %s" % (slot, a, b, t))
    for (k, n, l) in arms: tail.append('\t%s\t"%s", %s' % (k, n, l))
print("# Made by gen/xec_flow.py: calls and exceptions (typed, demoted, across mcall, from a built-in, deep), stack segments, alt, spawn and mspawn, adt moves, channels of blocks, FP traps.\n# Each check prints a line only if it fails; the last line counts them."); print("\n".join(hdr)); print(); print("\n".join(out)); print(); print("\n".join(data)); print(); print("\n".join(tail))
