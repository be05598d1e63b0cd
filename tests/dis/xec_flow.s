# Made by gen/xec_flow.py: calls and exceptions (typed, demoted, across mcall, from a built-in, deep), stack segments, alt, spawn and mspawn, adt moves, channels of blocks, FP traps.
# Each check prints a line only if it fails; the last line counts them.
	module	XecFlow
	source	"xec_flow.s"
	entry	init, $4
	datasize	104
	desc	$0, 104, "ebf80000"
	desc	$1, 48, "0080"
	desc	$2, 48, "0080"
	desc	$3, 56, ""
	desc	$4, 160, "00c003a280"
	desc	$5, 56, "0018"
	desc	$6, 8, "80"
	desc	$7, 48, "0080"
	desc	$8, 8, "80"
	desc	$9, 400, "0010"
	desc	$10, 56, "0008"

init:
	load	0(mp), $0, 4(mp)
	load	28(mp), $1, 32(mp)
	frame	$5, 116(fp)
	movw	$0, 32(116(fp))
	lea	60(fp), 16(116(fp))
	call	116(fp), c1
	frame	$3, 100(fp)
	movw	$1, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	frame	$5, 116(fp)
	movw	$0, 32(116(fp))
	lea	60(fp), 16(116(fp))
	call	116(fp), c2
	frame	$3, 100(fp)
	movw	$2, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$2, 40(100(fp))
	call	100(fp), chk
	mframe	32(mp), $0, 116(fp)
	movw	$1, 32(116(fp))
	lea	60(fp), 16(116(fp))
	frame	$5, 116(fp)
	movw	$0, 32(116(fp))
	lea	60(fp), 16(116(fp))
	call	116(fp), xm
	frame	$3, 100(fp)
	movw	$3, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$7, 40(100(fp))
	call	100(fp), chk
	frame	$5, 116(fp)
	movw	$0, 32(116(fp))
	lea	60(fp), 16(116(fp))
	call	116(fp), xb
	frame	$3, 100(fp)
	movw	$4, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$3, 40(100(fp))
	call	100(fp), chk
	frame	$5, 116(fp)
	movw	$5000, 32(116(fp))
	lea	60(fp), 16(116(fp))
	call	116(fp), xd
	frame	$3, 100(fp)
	movw	$5, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$9, 40(100(fp))
	call	100(fp), chk
	frame	$5, 116(fp)
	movw	$5000, 32(116(fp))
	lea	60(fp), 16(116(fp))
	call	116(fp), xd
	frame	$3, 100(fp)
	movw	$6, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$9, 40(100(fp))
	call	100(fp), chk
	frame	$5, 116(fp)
	movw	$3000, 32(116(fp))
	lea	60(fp), 16(116(fp))
	call	116(fp), sumrec
	frame	$3, 100(fp)
	movw	$7, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$4501500, 40(100(fp))
	call	100(fp), chk
	frame	$5, 116(fp)
	movw	$20000, 32(116(fp))
	lea	60(fp), 16(116(fp))
	call	116(fp), sumrec
	frame	$3, 100(fp)
	movw	$8, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$200010000, 40(100(fp))
	call	100(fp), chk
	newcw	$1, 88(fp)
	newcw	$1, 92(fp)
	movw	$0, 52(mp)
	movw	$2, 56(mp)
	movw	88(fp), 60(mp)
	lea	64(fp), 64(mp)
	movw	92(fp), 68(mp)
	lea	68(fp), 72(mp)
	nbalt	52(mp), 60(fp)
	frame	$3, 100(fp)
	movw	$9, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$2, 40(100(fp))
	call	100(fp), chk
	send	$77, 92(fp)
	alt	52(mp), 60(fp)
	frame	$3, 100(fp)
	movw	$10, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	frame	$3, 100(fp)
	movw	$11, 32(100(fp))
	movw	68(fp), 36(100(fp))
	movw	$77, 40(100(fp))
	call	100(fp), chk
	movw	$-1, 60(mp)
	movw	$-1, 68(mp)
	newcw	96(fp)
	mframe	32(mp), $1, 116(fp)
	movp	96(fp), 32(116(fp))
	movw	$5, 36(116(fp))
	mspawn	116(fp), $1, 32(mp)
	recv	96(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$12, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$5, 40(100(fp))
	call	100(fp), chk
	recv	96(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$13, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$6, 40(100(fp))
	call	100(fp), chk
	frame	$7, 116(fp)
	movp	96(fp), 32(116(fp))
	spawn	116(fp), dier
	recv	96(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$14, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$99, 40(100(fp))
	call	100(fp), chk
	frame	$7, 116(fp)
	movp	96(fp), 32(116(fp))
	spawn	116(fp), exiter
	recv	96(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$15, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$98, 40(100(fp))
	call	100(fp), chk
	newz	$8, 104(fp)
	movp	40(mp), 0(104(fp))
	movw	$5, 4(104(fp))
	movmp	0(104(fp)), $8, 120(fp)
	lenc	120(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$16, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$4, 40(100(fp))
	call	100(fp), chk
	frame	$3, 100(fp)
	movw	$17, 32(100(fp))
	movw	124(fp), 36(100(fp))
	movw	$5, 40(100(fp))
	call	100(fp), chk
	movp	24(mp), 128(fp)
	consmp	0(104(fp)), $8, 128(fp)
	consmp	120(fp), $8, 128(fp)
	movw	$0, 124(fp)
	headmp	128(fp), $8, 120(fp)
	frame	$3, 100(fp)
	movw	$18, 32(100(fp))
	movw	124(fp), 36(100(fp))
	movw	$5, 40(100(fp))
	call	100(fp), chk
	lenl	128(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$19, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$2, 40(100(fp))
	call	100(fp), chk
	mnewz	32(mp), $8, 88(fp)
	tcmp	104(fp), 88(fp)
	frame	$3, 100(fp)
	movw	$20, 32(100(fp))
	movw	4(88(fp)), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	frame	$5, 116(fp)
	movw	$0, 32(116(fp))
	lea	60(fp), 16(116(fp))
	call	116(fp), xt
	frame	$3, 100(fp)
	movw	$21, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	self	92(fp)
	movw	$0, 60(fp)
	bnew	92(fp), 24(mp), selfok
	movw	$1, 60(fp)
selfok:
	frame	$3, 100(fp)
	movw	$22, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	movw	$11, 64(fp)
	movw	$22, 68(fp)
	movm	64(fp), $8, 72(fp)
	frame	$3, 100(fp)
	movw	$23, 32(100(fp))
	movw	76(fp), 36(100(fp))
	movw	$22, 40(100(fp))
	call	100(fp), chk
	movp	24(mp), 128(fp)
	consm	64(fp), $8, 128(fp)
	headm	128(fp), $8, 80(fp)
	frame	$3, 100(fp)
	movw	$24, 32(100(fp))
	movw	80(fp), 36(100(fp))
	movw	$11, 40(100(fp))
	call	100(fp), chk
	frame	$3, 100(fp)
	movw	$25, 32(100(fp))
	movw	84(fp), 36(100(fp))
	movw	$22, 40(100(fp))
	call	100(fp), chk
	newcm	$8, $1, 88(fp)
	send	64(fp), 88(fp)
	recv	88(fp), 72(fp)
	frame	$3, 100(fp)
	movw	$26, 32(100(fp))
	movw	76(fp), 36(100(fp))
	movw	$22, 40(100(fp))
	call	100(fp), chk
	newcmp	$8, $1, 88(fp)
	send	0(104(fp)), 88(fp)
	recv	88(fp), 120(fp)
	lenc	120(fp), 60(fp)
	frame	$3, 100(fp)
	movw	$27, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$4, 40(100(fp))
	call	100(fp), chk
	frame	$10, 116(fp)
	movw	$0, 32(116(fp))
	lea	60(fp), 16(116(fp))
	call	116(fp), xf
	frame	$3, 100(fp)
	movw	$28, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$1, 40(100(fp))
	call	100(fp), chk
	frame	$10, 116(fp)
	movw	$1, 32(116(fp))
	lea	60(fp), 16(116(fp))
	call	116(fp), xf
	frame	$3, 100(fp)
	movw	$29, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$2, 40(100(fp))
	call	100(fp), chk
	frame	$10, 116(fp)
	movw	$2, 32(116(fp))
	lea	60(fp), 16(116(fp))
	call	116(fp), xf
	frame	$3, 100(fp)
	movw	$30, 32(100(fp))
	movw	60(fp), 36(100(fp))
	movw	$0, 40(100(fp))
	call	100(fp), chk
	frame	$2, 116(fp)
	movp	16(mp), 32(116(fp))
	movw	12(mp), 36(116(fp))
	movw	20(mp), 40(116(fp))
	lea	64(fp), 16(116(fp))
	mcall	116(fp), $0, 4(mp)
	ret
chk:
	beqw	36(fp), 40(fp), chkok
	addw	$1, 20(mp)
	frame	$1, 44(fp)
	movp	8(mp), 32(44(fp))
	movw	32(fp), 36(44(fp))
	movw	36(fp), 40(44(fp))
	movw	40(fp), 44(44(fp))
	lea	48(fp), 16(44(fp))
	mcall	44(fp), $0, 4(mp)
	ret
chkok:
	addw	$1, 12(mp)
	ret
r1:
	new	$6, 48(fp)
	movp	36(mp), 0(48(fp))
	raise	48(fp)
	ret
c1:
	movw	$0, 0(16(fp))
c1a:
	frame	$5, 116(fp)
	movw	$0, 32(116(fp))
	lea	40(fp), 16(116(fp))
	call	116(fp), r1
c1b:
	ret
c1typed:
	movp	0(44(fp)), 48(fp)
	lenc	48(fp), 40(fp)
	beqw	40(fp), $6, c1ok
	ret
c1ok:
	movw	$1, 0(16(fp))
	ret
c1str:
	movw	$2, 0(16(fp))
	ret
mid:
	frame	$5, 116(fp)
	movw	$0, 32(116(fp))
	lea	40(fp), 16(116(fp))
	call	116(fp), r1
	ret
c2:
	movw	$0, 0(16(fp))
c2a:
	frame	$5, 116(fp)
	movw	$0, 32(116(fp))
	lea	40(fp), 16(116(fp))
	call	116(fp), mid
c2b:
	ret
c2typed:
	movw	$1, 0(16(fp))
	ret
c2str:
	lenc	44(fp), 40(fp)
	beqw	40(fp), $6, c2ok
	ret
c2ok:
	movw	$2, 0(16(fp))
	ret
xm:
	movw	$0, 0(16(fp))
xma:
	mframe	32(mp), $0, 36(fp)
	movw	$1, 32(36(fp))
	lea	40(fp), 16(36(fp))
	mcall	36(fp), $0, 32(mp)
xmb:
	ret
xmc:
	lenc	36(mp), 40(fp)
	addw	$1, 40(fp), 0(16(fp))
	ret
raiser:
	raise	40(mp)
	ret
xb:
	movw	$0, 0(16(fp))
xba:
	mframe	4(mp), $1, 36(fp)
	movp	24(mp), 32(36(fp))
	lea	40(fp), 16(36(fp))
	mcall	36(fp), $1, 4(mp)
xbb:
	ret
xbc:
	movw	$3, 0(16(fp))
	ret
xd:
	movw	$0, 0(16(fp))
xda:
	frame	$9, 36(fp)
	movw	32(fp), 32(36(fp))
	lea	40(fp), 16(36(fp))
	call	36(fp), rec
xdb:
	ret
xdc:
	movw	$9, 0(16(fp))
	ret
rec:
	movp	40(mp), 44(fp)
	beqw	32(fp), $0, recb
	frame	$9, 36(fp)
	subw	$1, 32(fp), 32(36(fp))
	lea	40(fp), 16(36(fp))
	call	36(fp), rec
	ret
recb:
	raise	44(mp)
	ret
sumrec:
	beqw	32(fp), $0, sumz
	frame	$5, 36(fp)
	subw	$1, 32(fp), 32(36(fp))
	lea	40(fp), 16(36(fp))
	call	36(fp), sumrec
	addw	32(fp), 40(fp), 0(16(fp))
	ret
sumz:
	movw	$0, 0(16(fp))
	ret
sender:
	send	36(fp), 32(fp)
	addw	$1, 36(fp)
	send	36(fp), 32(fp)
	ret
dier:
	send	$99, 32(fp)
	raise	48(mp)
	ret
exiter:
	send	$98, 32(fp)
	exit
xt:
	movw	$0, 0(16(fp))
xta:
	new	$8, 48(fp)
	tcmp	48(fp), 24(mp)
xtb:
	ret
xtc:
	movw	$1, 0(16(fp))
	ret
xf:
	movw	$0, 0(16(fp))
xfa:
	beqw	32(fp), $1, xf1
	beqw	32(fp), $2, xf2
	divf	88(mp), 80(mp), 40(fp)
	ret
xf1:
	cvtfw	96(mp), 36(fp)
	ret
xf2:
	divf	80(mp), 88(mp), 40(fp)
	ret
xfb:
	ret
xfz:
	movw	$1, 0(16(fp))
	ret
xfi:
	movw	$2, 0(16(fp))
	ret

	string	@mp+0, "$Sys"
	string	@mp+8, "check %d: got %d, want %d\n"
	string	@mp+16, "checks: %d right, %d wrong\n"
	string	@mp+28, "$self"
	string	@mp+36, "Xec2.E"
	string	@mp+40, "boom"
	string	@mp+44, "deep"
	string	@mp+48, "fail:child"
	real	@mp+80, 1.0
	real	@mp+88, 0.0
	real	@mp+96, 1e300

	link	init, $4, 0x4244b354, "init"
	link	raiser, $5, 0x11111111, "raiser"
	link	sender, $7, 0x22222222, "sender"
	ldt	0
	ext	0xac849033, "print"
	ext	0x1f2c52ea, "pipe"
	ldt	1
	ext	0x11111111, "raiser"
	ext	0x22222222, "sender"
	handler	44(fp), c1a, c1b, $5
	etype	"Xec2.E", c1typed
	ecase	"Xec2.E", c1str
	handler	44(fp), c2a, c2b, $5
	etype	"Xec2.E", c2typed
	ecase	"Xec2.E", c2str
	handler	44(fp), xma, xmb, -1
	ecase	"boom", xmc
	handler	44(fp), xba, xbb, -1
	ecase	"dereference of nil", xbc
	handler	44(fp), xda, xdb, -1
	ecase	"deep", xdc
	handler	44(fp), xta, xtb, -1
	ecase	"type check", xtc
	handler	48(fp), xfa, xfb, -1
	ecase	"sys: fp: division by zero", xfz
	ecase	"sys: fp: invalid*", xfi
