# bench/strings.b by hand, as Inferno's compiler lays it out: string
# append, index, slice, conversion and comparison.
# usage: strings [reps] (default 200).
	module	Strings
	source	"tests/bench/strings.s"
	entry	init, $1
	datasize	24

	desc	$0, 24, "f0"	# MP: "$Sys", the format, sys, nil, 16rFFFFFF, 1000000007
	desc	$1, 120, "00c49f"	# init's frame, see the offsets below
	desc	$2, 48, "0080"	# print's frame: fmt@32 reps@36 chk@40

# init's frame: ctxt@32 argv@36 reps@40 chk@44 r@48 s@52 i@56 h@60
# t@64 n@68 lt@72 u@76 l@80 str@84 s1@88 s2@92 t1@96 t2@100 t3@104
# callee@108 pr@112
init:
	load	0(mp), $0, 8(mp)
	movw	$200, 40(fp)
	beqw	36(fp), 12(mp), go
	tail	36(fp), 80(fp)
	beqw	80(fp), 12(mp), go
	headp	80(fp), 84(fp)
	cvtcw	84(fp), 40(fp)
go:
	movw	$0, 44(fp)
	movw	$0, 48(fp)
rloop:
	bgew	48(fp), 40(fp), done
	movp	12(mp), 52(fp)		# s := ""
	movw	$0, 56(fp)
app:
	bgew	56(fp), $20000, appe
	mulw	$7, 56(fp), 96(fp)
	addw	48(fp), 96(fp)
	modw	$26, 96(fp)
	addw	$97, 96(fp)
	lenc	52(fp), 100(fp)
	insc	96(fp), 100(fp), 52(fp)
	addw	$1, 56(fp)
	jmp	app
appe:
	movw	$0, 60(fp)
	movw	$0, 56(fp)
idx:
	lenc	52(fp), 96(fp)
	bgew	56(fp), 96(fp), idxe
	indc	52(fp), 56(fp), 100(fp)
	mulw	$33, 60(fp), 104(fp)
	addw	100(fp), 104(fp)
	andw	16(mp), 104(fp), 60(fp)
	addw	$1, 56(fp)
	jmp	idx
idxe:
	movp	12(mp), 64(fp)		# t := ""
	movw	$0, 56(fp)
cat:
	bgew	56(fp), $2000, cate
	cvtwc	56(fp), 88(fp)
	addc	88(fp), 64(fp)
	addw	$3, 56(fp), 96(fp)
	movp	52(fp), 88(fp)
	slicec	56(fp), 96(fp), 88(fp)
	addc	88(fp), 64(fp)
	lenc	64(fp), 96(fp)
	blew	96(fp), $4000, catn
	lenc	64(fp), 96(fp)
	subw	$100, 96(fp)
	lenc	64(fp), 100(fp)
	movp	64(fp), 88(fp)
	slicec	96(fp), 100(fp), 88(fp)
	movp	88(fp), 64(fp)
catn:
	addw	$1, 56(fp)
	jmp	cat
cate:
	movw	$0, 68(fp)
	movw	$0, 56(fp)
conv:
	bgew	56(fp), $5000, conve
	mulw	$13, 56(fp), 96(fp)
	cvtwc	96(fp), 88(fp)
	cvtcw	88(fp), 100(fp)
	addw	100(fp), 68(fp)
	addw	$1, 56(fp)
	jmp	conv
conve:
	movw	$0, 72(fp)
	movw	$0, 56(fp)
cmp:
	addw	$10, 56(fp), 96(fp)
	lenc	52(fp), 100(fp)
	bgew	96(fp), 100(fp), cmpe
	addw	$5, 56(fp), 96(fp)
	movp	52(fp), 88(fp)
	slicec	56(fp), 96(fp), 88(fp)
	addw	$5, 56(fp), 96(fp)
	addw	$10, 56(fp), 100(fp)
	movp	52(fp), 92(fp)
	slicec	96(fp), 100(fp), 92(fp)
	bgec	88(fp), 92(fp), cmpn
	addw	$1, 72(fp)
cmpn:
	addw	$10, 56(fp)
	jmp	cmp
cmpe:
	movp	12(mp), 76(fp)		# u := ""
	movw	$0, 56(fp)
uapp:
	bgew	56(fp), $2000, uappe
	modw	$24, 56(fp), 96(fp)
	addw	$945, 96(fp)
	lenc	76(fp), 100(fp)
	insc	96(fp), 100(fp), 76(fp)
	addw	$1, 56(fp)
	jmp	uapp
uappe:
	movw	$0, 56(fp)
uidx:
	lenc	76(fp), 96(fp)
	bgew	56(fp), 96(fp), uidxe
	indc	76(fp), 56(fp), 100(fp)
	xorw	100(fp), 60(fp)
	addw	$1, 56(fp)
	jmp	uidx
uidxe:
	addw	60(fp), 44(fp), 96(fp)
	lenc	64(fp), 100(fp)
	addw	100(fp), 96(fp)
	addw	68(fp), 96(fp)
	addw	72(fp), 96(fp)
	modw	20(mp), 96(fp), 44(fp)
	addw	$1, 48(fp)
	jmp	rloop
done:
	frame	$2, 108(fp)
	movp	4(mp), 32(108(fp))
	movw	40(fp), 36(108(fp))
	movw	44(fp), 40(108(fp))
	lea	112(fp), 16(108(fp))
	mcall	108(fp), $0, 8(mp)
	ret

	string	@mp+0, "$Sys"
	string	@mp+4, "strings reps=%d chk=%d\n"
	word	@mp+16, 16777215, 1000000007

	link	init, $1, 0x4244b354, "init"

	ldt	0
	ext	0xac849033, "print"
