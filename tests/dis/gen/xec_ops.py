# Writes tests/dis/xec_ops.s (python3 gen/xec_ops.py > xec_ops.s): a self-checking Dis
# program for the interpreter; see the header it writes.
out = []
data = []
ptrs = set()
mpoff = [0]
def I(s): out.append("\t" + s)
def L(s): out.append(s + ":")
def alloc(n, align=4):
    o = (mpoff[0] + align - 1) // align * align
    mpoff[0] = o + n
    return o
def mstring(s):
    o = alloc(4); ptrs.add(o); data.append('\tstring\t@mp+%d, "%s"' % (o, s)); return "%d(mp)" % o
def mnil():
    o = alloc(4); ptrs.add(o); return "%d(mp)" % o
def mbig(v):
    o = alloc(8, 8); data.append('\tbig\t@mp+%d, %d' % (o, v)); return "%d(mp)" % o
def mreal(v):
    o = alloc(8, 8); data.append('\treal\t@mp+%d, %s' % (o, v)); return "%d(mp)" % o
def mwords(*ws):
    o = alloc(4 * len(ws)); data.append('\tword\t@mp+%d, %s' % (o, ", ".join(str(w) for w in ws))); return o

SYS = mstring("$Sys")
SYSH = mnil()
FMT1 = mstring("check %d: got %d, want %d\\n")
PASS = "%d(mp)" % alloc(4)
FMT2 = mstring("checks: %d right, %d wrong\\n")
FAIL = "%d(mp)" % alloc(4)
NIL = mnil()
assert SYS == "0(mp)" and SYSH == "4(mp)"

nid = [0]
def check(opnd, want):
    nid[0] += 1
    I("frame\t$3, 100(fp)")
    I("movw\t$%d, 32(100(fp))" % nid[0])
    I("movw\t%s, 36(100(fp))" % opnd)
    if -(1 << 29) <= want < (1 << 29):
        I("movw\t$%d, 40(100(fp))" % want)
    else:
        I("movw\t%d(mp), 40(100(fp))" % mwords(want))
    I("call\t100(fp), chk")
lab = [0]
def newlab():
    lab[0] += 1; return "L%d" % lab[0]

L("init")
I("load\t0(mp), $0, 4(mp)")
# --- words
I("movw\t$4, 60(fp)"); I("addw\t$3, 60(fp)"); check("60(fp)", 7)
I("subw\t$1, $10, 60(fp)"); check("60(fp)", 9)
I("movw\t$65537, 60(fp)"); I("mulw\t60(fp), 60(fp)"); check("60(fp)", 131073)
I("movw\t$-7, 64(fp)"); I("divw\t$3, 64(fp), 60(fp)"); check("60(fp)", -2)
I("modw\t$3, 64(fp), 60(fp)"); check("60(fp)", -1)
I("movw\t%d(mp), 64(fp)" % mwords(-2147483648)); I("divw\t$-1, 64(fp), 60(fp)"); check("60(fp)", -2147483648)
I("modw\t$-1, 64(fp), 60(fp)"); check("60(fp)", 0)
I("shlw\t$33, $1, 60(fp)"); check("60(fp)", 2)
I("shrw\t$1, $-8, 60(fp)"); check("60(fp)", -4)
I("lsrw\t$28, $-1, 60(fp)"); check("60(fp)", 15)
I("andw\t$12, $10, 60(fp)"); check("60(fp)", 8)
I("orw\t$12, $10, 60(fp)"); check("60(fp)", 14)
I("xorw\t$12, $10, 60(fp)"); check("60(fp)", 6)
I("xorw\t$-1, $5, 60(fp)"); check("60(fp)", -6)
# memory-middle generic forms
I("movw\t$100, 64(fp)"); I("movw\t$7, 108(fp)"); I("subw\t108(fp), 64(fp), 60(fp)"); check("60(fp)", 93)
# --- bytes
I("movw\t$0, 60(fp)"); I("movb\t$200, 60(fp)"); I("addb\t$100, 60(fp)"); check("60(fp)", 44)
I("movw\t$0, 60(fp)"); I("movb\t$200, 64(fp)"); I("divb\t$3, 64(fp), 60(fp)"); check("60(fp)", 66)
I("modb\t$7, 64(fp), 60(fp)"); check("60(fp)", 4)
I("movw\t$0, 60(fp)"); I("movb\t$31, 64(fp)"); I("shlb\t$4, 64(fp), 60(fp)"); check("60(fp)", 0xF0)
I("shrb\t$2, 64(fp), 60(fp)"); check("60(fp)", 7)
I("cvtwb\t$300, 64(fp)"); I("cvtbw\t64(fp), 60(fp)"); check("60(fp)", 44)
I("movb\t$200, 64(fp)"); I("movb\t$100, 65(fp)"); I("movw\t$0, 60(fp)")
l = newlab(); I("bltb\t64(fp), 65(fp), %s" % l); I("movw\t$1, 60(fp)"); L(l); check("60(fp)", 1)
l = newlab(); I("movw\t$0, 60(fp)"); I("bgtb\t64(fp), 65(fp), %s" % l); I("movw\t$1, 60(fp)"); L(l); check("60(fp)", 0)
# --- branches on words
for (op, a, b, taken) in [("beqw",3,3,1),("beqw",3,4,0),("bnew",3,4,1),("bltw",-1,0,1),("bltw",0,-1,0),
                          ("blew",2,2,1),("bgtw",2,2,0),("bgtw",3,2,1),("bgew",2,2,1),("bgew",1,2,0)]:
    l = newlab()
    I("movw\t$%d, 64(fp)" % a); I("movw\t$%d, 108(fp)" % b)
    I("movw\t$0, 60(fp)"); I("%s\t64(fp), 108(fp), %s" % (op, l)); I("movw\t$1, 60(fp)"); L(l)
    check("60(fp)", 0 if taken else 1)
    l = newlab()
    I("movw\t$0, 60(fp)"); I("%s\t64(fp), $%d, %s" % (op, b, l)); I("movw\t$1, 60(fp)"); L(l)
    check("60(fp)", 0 if taken else 1)
# --- bigs
B1 = mbig(0x7FFFFFFFFFFFFFFF); B2 = mbig(-0x8000000000000000); B3 = mbig(10**12)
I("movl\t%s, 72(fp)" % B1); I("addl\t%s, 72(fp)" % B1); I("cvtlw\t72(fp), 60(fp)"); check("60(fp)", -2)
I("movl\t%s, 72(fp)" % B2); I("cvtwl\t$-1, 112(fp)")
I("divl\t112(fp), 72(fp)"); I("beql\t72(fp), %s, %s" % (B2, "L_b1")); check("$0", 1); L("L_b1")
I("movl\t%s, 72(fp)" % B3); I("cvtwl\t$7, 112(fp)"); I("modl\t112(fp), 72(fp)"); I("cvtlw\t72(fp), 60(fp)"); check("60(fp)", 10**12 % 7)
I("cvtwl\t$1, 72(fp)"); I("shll\t$65, 72(fp)"); I("cvtlw\t72(fp), 60(fp)"); check("60(fp)", 2)
I("movl\t%s, 72(fp)" % B2); I("shrl\t$63, 72(fp)"); I("cvtlw\t72(fp), 60(fp)"); check("60(fp)", -1)
I("movl\t%s, 72(fp)" % B2); I("lsrl\t$63, 72(fp)"); I("cvtlw\t72(fp), 60(fp)"); check("60(fp)", 1)
I("movl\t%s, 72(fp)" % B3); I("shrl\t$32, 72(fp)"); I("cvtlw\t72(fp), 60(fp)"); check("60(fp)", 10**12 >> 32)
l = newlab(); I("movw\t$0, 60(fp)"); I("bltl\t%s, %s, %s" % (B2, B1, l)); I("movw\t$1, 60(fp)"); L(l); check("60(fp)", 0)
I("cvtwl\t$3, 112(fp)"); I("expl\t$3, 112(fp), 72(fp)"); I("cvtlw\t72(fp), 60(fp)"); check("60(fp)", 27)
# --- reals
R1 = mreal("2.5"); R2 = mreal("-2.5"); R3 = mreal("1.5"); R4 = mreal("0.1"); R5 = mreal("1e300")
I("cvtfw\t%s, 60(fp)" % R1); check("60(fp)", 3)
I("cvtfw\t%s, 60(fp)" % R2); check("60(fp)", -3)
I("cvtfw\t%s, 60(fp)" % R3); check("60(fp)", 2)
I("cvtfl\t%s, 72(fp)" % R2); I("cvtlw\t72(fp), 60(fp)"); check("60(fp)", -3)
I("addf\t%s, %s, 80(fp)" % (R1, R3)); I("cvtfw\t80(fp), 60(fp)"); check("60(fp)", 4)
I("mulf\t%s, %s, 80(fp)" % (R1, R2)); I("negf\t80(fp), 80(fp)"); I("mulf\t%s, 80(fp)" % R1); I("cvtfw\t80(fp), 60(fp)"); check("60(fp)", 16)
I("divf\t%s, %s, 80(fp)" % (R1, R3)); I("mulf\t%s, 80(fp)" % R1); I("cvtfw\t80(fp), 60(fp)"); check("60(fp)", 2)
I("cvtwf\t$7, 80(fp)"); I("expf\t$-2, 80(fp), 80(fp)"); I("mulf\t%s, 80(fp)" % R5)
l = newlab(); I("movw\t$0, 60(fp)"); I("bltf\t%s, %s, %s" % (R2, R1, l)); I("movw\t$1, 60(fp)"); L(l); check("60(fp)", 0)
l = newlab(); I("movw\t$0, 60(fp)"); I("bgef\t%s, %s, %s" % (R2, R1, l)); I("movw\t$1, 60(fp)"); L(l); check("60(fp)", 1)
I("cvtrf\t%s, 80(fp)" % R1)  # not meaningful input; just runs
I("cvtfr\t%s, 60(fp)" % R1); I("cvtrf\t60(fp), 80(fp)"); I("cvtfw\t80(fp), 60(fp)"); check("60(fp)", 3)
I("cvtws\t$-2, 60(fp)"); I("cvtsw\t60(fp), 64(fp)"); check("64(fp)", -2)
# --- fixed point: temp S at 20(fp), temp D (the scale) at 28(fp)
I("movw\t$-8, 28(fp)"); I("mulx\t$768, $512, 60(fp)"); check("60(fp)", 1536)
I("movw\t$8, 28(fp)"); I("divx\t$2, $3, 60(fp)"); check("60(fp)", 384)
I("cvtxx\t$3, $4, 60(fp)"); check("60(fp)", 48)
I("cvtxx\t$3, $-1, 60(fp)"); check("60(fp)", 1)
I("movw\t$2, 28(fp)"); I("movw\t$4, 20(fp)"); I("mulx0\t$7, $6, 60(fp)"); check("60(fp)", 42)
I("movw\t$3, 20(fp)"); I("divx0\t$4, $6, 60(fp)"); check("60(fp)", 18)
I("movw\t$2, 20(fp)"); I("cvtxx0\t$5, $3, 60(fp)"); check("60(fp)", 20)
I("movw\t$-4, 28(fp)"); I("movw\t$3, 20(fp)"); I("mulx1\t$7, $6, 60(fp)"); check("60(fp)", 7)
I("movw\t$-3, 28(fp)"); I("movw\t$1, 20(fp)"); I("mulx1\t$7, $-5, 60(fp)"); check("60(fp)", -17)
I("movw\t$-4, 28(fp)"); I("movw\t$4, 20(fp)"); I("divx1\t$3, $6, 60(fp)"); check("60(fp)", 4)
I("movw\t$5, 20(fp)"); I("cvtxx1\t$10, $-4, 60(fp)"); check("60(fp)", 1)
I("mulx0\t$7, $0, 60(fp)"); check("60(fp)", 0)
I("cvtfx\t%s, %s, 60(fp)" % (R1, R3)); check("60(fp)", 4)
I("cvtxf\t$3, %s, 80(fp)" % R1); I("cvtfw\t80(fp), 60(fp)"); check("60(fp)", 8)
# --- exp
I("expw\t$10, $2, 60(fp)"); check("60(fp)", 1024)
I("expw\t$-1, $2, 60(fp)"); check("60(fp)", 0)
I("expw\t$-3, $-1, 60(fp)"); check("60(fp)", -1)
I("expw\t$0, $0, 60(fp)"); check("60(fp)", 1)
# --- strings
HELLO = mstring("hello"); WORLD = mstring("world"); ABC = mstring("abc"); N123 = mstring("  -123x")
I("lenc\t%s, 60(fp)" % HELLO); check("60(fp)", 5)
I("lenc\t%s, 60(fp)" % NIL); check("60(fp)", 0)
I("addc\t%s, %s, 88(fp)" % (WORLD, HELLO)); I("lenc\t88(fp), 60(fp)"); check("60(fp)", 10)
I("indc\t88(fp), $5, 60(fp)"); check("60(fp)", ord('w'))
I("movp\t88(fp), 92(fp)"); I("slicec\t$3, $7, 92(fp)"); I("lenc\t92(fp), 60(fp)"); check("60(fp)", 4)
I("indc\t92(fp), $0, 60(fp)"); check("60(fp)", ord('l'))
I("insc\t$0x263A, $1, 92(fp)"); I("indc\t92(fp), $1, 60(fp)"); check("60(fp)", 0x263A)
I("indc\t88(fp), $6, 60(fp)"); check("60(fp)", ord('o'))  # 88 unchanged by insc on shared copy
I("addc\t%s, 88(fp)" % ABC); I("lenc\t88(fp), 60(fp)"); check("60(fp)", 13)
l = newlab(); I("movw\t$0, 60(fp)"); I("bltc\t%s, %s, %s" % (ABC, HELLO, l)); I("movw\t$1, 60(fp)"); L(l); check("60(fp)", 0)
l = newlab(); I("movw\t$0, 60(fp)"); I("beqc\t%s, %s, %s" % (NIL, NIL, l)); I("movw\t$1, 60(fp)"); L(l); check("60(fp)", 0)
I("cvtcw\t%s, 60(fp)" % N123); check("60(fp)", -123)
I("cvtwc\t$-4567, 96(fp)"); I("cvtcw\t96(fp), 60(fp)"); check("60(fp)", -4567)
I("cvtwc\t$42, 96(fp)"); I("lenc\t96(fp), 60(fp)"); check("60(fp)", 2)
I("cvtca\t%s, 104(fp)" % HELLO); I("lena\t104(fp), 60(fp)"); check("60(fp)", 5)
I("indb\t104(fp), 108(fp), $1"); I("movw\t$0, 60(fp)"); I("movb\t0(108(fp)), 60(fp)"); check("60(fp)", ord('e'))
I("cvtac\t104(fp), 96(fp)"); l = newlab(); I("movw\t$0, 60(fp)"); I("beqc\t96(fp), %s, %s" % (HELLO, l)); I("movw\t$1, 60(fp)"); L(l); check("60(fp)", 0)
# --- arrays
I("newa\t$5, $6, 104(fp)"); I("lena\t104(fp), 60(fp)"); check("60(fp)", 5)
for k in range(5):
    I("indw\t104(fp), 108(fp), $%d" % k); I("movw\t$%d, 0(108(fp))" % (k * 10))
I("movw\t$3, 64(fp)"); I("indw\t104(fp), 108(fp), 64(fp)"); check("0(108(fp))", 30)
I("movp\t104(fp), 96(fp)"); I("slicea\t$1, $4, 96(fp)"); I("lena\t96(fp), 60(fp)"); check("60(fp)", 3)
I("indw\t96(fp), 108(fp), $0"); check("0(108(fp))", 10)
I("slicela\t96(fp), $2, 104(fp)")  # a[2:] = a[1:4] -> a = 0 10 10 20 30
I("indw\t104(fp), 108(fp), $4"); check("0(108(fp))", 30)
I("indw\t104(fp), 108(fp), $3"); check("0(108(fp))", 20)
I("indx\t104(fp), 108(fp), $2"); check("0(108(fp))", 10)
# --- lists
I("movp\t%s, 88(fp)" % NIL)
for v in (1, 2, 3): I("consw\t$%d, 88(fp)" % v)
I("lenl\t88(fp), 60(fp)"); check("60(fp)", 3)
I("headw\t88(fp), 60(fp)"); check("60(fp)", 3)
I("tail\t88(fp), 92(fp)"); I("headw\t92(fp), 60(fp)"); check("60(fp)", 2)
I("consp\t%s, 92(fp)" % HELLO); I("headp\t92(fp), 96(fp)"); I("lenc\t96(fp), 60(fp)"); check("60(fp)", 5)
I("lenl\t92(fp), 60(fp)"); check("60(fp)", 3)
I("movp\t%s, 96(fp)" % NIL)
# --- case, casel, casec, goto: each use has its own table and arms
def arms(pfx):
    e = pfx + "e"
    for k in range(3):
        L(pfx + str(k)); I("movw\t$%d, 60(fp)" % (100 + k)); I("jmp\t" + e)
    L(pfx + "d"); I("movw\t$103, 60(fp)")
    L(e)
for (v, want) in [(0, 100), (5, 101), (10, 102), (6, 103), (-5, 103), (11, 103)]:
    p = newlab() + "_"
    t = mwords(3, 0, 1, p + "0", 1, 6, p + "1", 10, 11, p + "2", p + "d")
    I("movw\t$%d, 64(fp)" % v); I("case\t64(fp), %d(mp)" % t); arms(p); check("60(fp)", want)
for (v, want) in [(5, 100), (6, 103), (-7, 101), (1 << 40, 102)]:
    p = newlab() + "_"
    n = alloc(8, 8); data.append("\tword\t@mp+%d, 3, 0" % n)
    for (lo, hi, k) in [(-10, -5, 1), (5, 6, 0), (1 << 40, (1 << 40) + 1, 2)]:
        mbig(lo); mbig(hi); mwords(p + str(k), 0)
    mwords(p + "d")
    # the entries must be sorted by lo: -10, 5, 2^40 as written
    I("movl\t%s, 72(fp)" % mbig(v)); I("casel\t72(fp), %d(mp)" % n); arms(p); check("60(fp)", want)
SA = mstring("apple"); SM = mstring("mango"); SZ = mstring("zebra"); SB = mstring("banana"); SC = mstring("cherry"); SQ = mstring("quince")
for (v, want) in [(SA, 100), (SB, 101), (SC, 101), ("%d(mp)" % 0, 103), (SM, 102), (SZ, 103), (SQ, 102)]:
    p = newlab() + "_"
    t = mwords(3)
    for (lo, hi, k) in [("apple", None, 0), ("b", "cherry", 1), ("m", "r", 2)]:
        mstring(lo)
        if hi is None: mnil()
        else: mstring(hi)
        mwords(p + str(k))
    mwords(p + "d")
    I("casec\t%s, %d(mp)" % (v, t)); arms(p); check("60(fp)", want)
for (v, want) in [(0, 100), (2, 102), (1, 101)]:
    p = newlab() + "_"
    t = mwords(3, p + "0", p + "1", p + "2")
    I("movw\t$%d, 64(fp)" % v); I("goto\t64(fp), %d(mp)" % (t + 4)); arms(p); check("60(fp)", want)
# --- calls
I("frame\t$5, 116(fp)"); I("movw\t$20, 32(116(fp))"); I("lea\t60(fp), 16(116(fp))"); I("call\t116(fp), fib"); check("60(fp)", 6765)
# --- exceptions
for (k, want) in [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0)]:
    I("frame\t$9, 116(fp)"); I("movw\t$%d, 32(116(fp))" % k); I("lea\t60(fp), 16(116(fp))"); I("call\t116(fp), exc"); check("60(fp)", want)
# --- channels and spawn
I("newcw\t88(fp)"); I("frame\t$7, 116(fp)"); I("movp\t88(fp), 32(116(fp))"); I("movw\t$42, 36(116(fp))"); I("spawn\t116(fp), sender")
I("recv\t88(fp), 60(fp)"); check("60(fp)", 42)
I("recv\t88(fp), 60(fp)"); check("60(fp)", 43)
I("newcw\t$2, 92(fp)"); I("send\t$7, 92(fp)"); I("send\t$8, 92(fp)"); I("recv\t92(fp), 60(fp)"); check("60(fp)", 7)
I("recv\t92(fp), 60(fp)"); check("60(fp)", 8)
# --- self and mcall through $self
SELF = mstring("$self"); SELFH = mnil()
I("load\t%s, $1, %s" % (SELF, SELFH)); I("mframe\t%s, $0, 116(fp)" % SELFH); I("movw\t$10, 32(116(fp))"); I("lea\t60(fp), 16(116(fp))")
I("mcall\t116(fp), $0, %s" % SELFH); check("60(fp)", 55)
# --- summary
I("frame\t$2, 116(fp)"); I("movp\t%s, 32(116(fp))" % FMT2); I("movw\t%s, 36(116(fp))" % PASS); I("movw\t%s, 40(116(fp))" % FAIL)
I("lea\t64(fp), 16(116(fp))"); I("mcall\t116(fp), $0, 4(mp)")
I("ret")

L("chk")
I("beqw\t36(fp), 40(fp), chkok")
I("addw\t$1, %s" % FAIL)
I("frame\t$1, 44(fp)"); I("movp\t%s, 32(44(fp))" % FMT1); I("movw\t32(fp), 36(44(fp))"); I("movw\t36(fp), 40(44(fp))"); I("movw\t40(fp), 44(44(fp))")
I("lea\t48(fp), 16(44(fp))"); I("mcall\t44(fp), $0, 4(mp)")
I("ret")
L("chkok"); I("addw\t$1, %s" % PASS); I("ret")

L("fib")
I("bltw\t32(fp), $2, fibret")
I("frame\t$5, 40(fp)"); I("subw\t$1, 32(fp), 32(40(fp))"); I("lea\t44(fp), 16(40(fp))"); I("call\t40(fp), fib")
I("frame\t$5, 40(fp)"); I("subw\t$2, 32(fp), 32(40(fp))"); I("lea\t48(fp), 16(40(fp))"); I("call\t40(fp), fib")
I("addw\t44(fp), 48(fp), 0(16(fp))"); I("ret")
L("fibret"); I("movw\t32(fp), 0(16(fp))"); I("ret")

# sum 1..n via $self link
L("sum")
I("movw\t$0, 36(fp)")
L("sumlp"); I("beqw\t32(fp), $0, sumret"); I("addw\t32(fp), 36(fp)"); I("subw\t$1, 32(fp)"); I("jmp\tsumlp")
L("sumret"); I("movw\t36(fp), 0(16(fp))"); I("ret")

L("sender")
I("send\t36(fp), 32(fp)"); I("addw\t$1, 36(fp)"); I("send\t36(fp), 32(fp)"); I("ret")

ZD = mstring("zero divide"); BOOM = mstring("boom: bang"); ENAME = mstring("Xec.E")
L("exc")
I("movw\t$1, 0(16(fp))")
I("beqw\t32(fp), $0, exc0")
I("beqw\t32(fp), $1, exc1")
I("beqw\t32(fp), $2, exc2")
I("beqw\t32(fp), $3, exc3")
I("movw\t$0, 0(16(fp))"); I("ret")
L("exc0"); I("divw\t$0, $1, 36(fp)"); I("ret")     # zero divide -> 1
L("exc1"); I("raise\t%s" % BOOM); I("ret")          # boom* -> 2
L("exc2"); I("new\t$8, 44(fp)"); I("movp\t%s, 0(44(fp))" % ENAME); I("raise\t44(fp)"); I("ret")   # typed -> 3
L("exc3"); I("movp\t%s, 44(fp)" % NIL); I("movw\t0(44(fp)), 36(fp)"); I("ret")  # nil deref -> 4
L("excend")
L("h1"); I("movw\t$1, 0(16(fp))"); I("ret")
L("h2"); I("movw\t$2, 0(16(fp))"); I("ret")
L("h3"); I("movw\t$3, 0(16(fp))"); I("ret")
L("h4"); I("movw\t$4, 0(16(fp))"); I("ret")
L("hend")

mpoff[0] = (mpoff[0] + 7) // 8 * 8
size = mpoff[0]
nb = (size // 4 + 7) // 8
m = [0] * nb
for o in ptrs:
    w = o // 4; m[w // 8] |= 0x80 >> (w % 8)
mpmap = "".join("%02x" % b for b in m)

hdr = ["\tmodule\tXecOps", '\tsource\t"xec_ops.s"', "\tentry\tinit, $4", "\tdatasize\t%d" % size,
       '\tdesc\t$0, %d, "%s"' % (size, mpmap),
       '\tdesc\t$1, 48, "0080"', '\tdesc\t$2, 48, "0080"', '\tdesc\t$3, 56, ""',
       '\tdesc\t$4, 160, "00c003a0"', '\tdesc\t$5, 56, ""', '\tdesc\t$6, 4, ""', '\tdesc\t$7, 40, "0080"',
       '\tdesc\t$8, 16, "90"', '\tdesc\t$9, 48, "0030"']
tail = ['\tlink\tinit, $4, 0x4244b354, "init"', '\tlink\tsum, $5, 0x12345678, "sum"',
        "\tldt\t0", '\text\t0xac849033, "print"', "\tldt\t1", '\text\t0x12345678, "sum"',
        "\thandler\t40(fp), exc0, excend, $9", '\tetype\t"Xec.E", h3', '\tecase\t"zero divide", h1', '\tecase\t"boom*", h2', '\tecase\t"dereference of nil", h4']
print("# Made by gen/xec_ops.py: the arithmetic, conversion, branch, string, array, list and case-table opcode, with the results worked out from ref/dis-isa.md.\n# Each check prints a line only if it fails; the last line counts them."); print("\n".join(hdr)); print(); print("\n".join(out)); print(); print("\n".join(data)); print(); print("\n".join(tail))
