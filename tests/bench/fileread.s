# bench/fileread.b by hand, as Inferno's compiler lays it out:
# sys->read in 8 KB chunks, many passes over one file, with a checksum
# of every 32nd byte.
# usage: fileread -w file mbytes (create the test file)
#        fileread file [passes] (default 48)
	module	Fileread
	source	"tests/bench/fileread.s"
	entry	init, $1
	datasize	64

	desc	$0, 64, "ff98"	# MP: "$Sys", formats, sys, nil, "-w", ... see the data below
	desc	$1, 128, "00e0fc"	# init's frame, see the offsets below
	desc	$2, 88, "00b004"	# writefile's frame: file@32 mb@36 fd@40 buf@44 x@48 k@52 i@56 t1@60 t2@64 t3@68 callee@72 r@76 addr@80 efd@84
	desc	$3, 56, "0080"	# print's frame: fmt@32 passes@36 total@40 chk@48
	desc	$4, 40, "00c0"	# fprint's frame: fd@32 fmt@36
	desc	$5, 48, "00e0"	# fprint's frame: fd@32 fmt@36 file@40
	desc	$6, 1, ""	# a byte element

# the import list, Sys's functions in the compiler's order
#	$0 create  $1 fildes  $2 fprint  $3 open  $4 print  $5 read  $6 write

# init's frame: ctxt@32 argv@36 file@40 passes@44 chk@48 p@52 n@56 i@60
# buf@64 fd@68 l@72 s1@76 s2@80 efd@84 total@88 bn@96 callee@104
# t1@108 t2@112 addr@116 pr@120
init:
	load	0(mp), $0, 8(mp)
	tail	36(fp), 36(fp)
	beqw	36(fp), 12(mp), nowr
	headp	36(fp), 76(fp)
	bnec	76(fp), 16(mp), nowr
	tail	36(fp), 72(fp)
	headp	72(fp), 76(fp)
	tail	72(fp), 72(fp)
	headp	72(fp), 80(fp)
	cvtcw	80(fp), 108(fp)
	frame	$2, 104(fp)
	movp	76(fp), 32(104(fp))
	movw	108(fp), 36(104(fp))
	call	104(fp), writefile
	ret
nowr:
	bnew	36(fp), 12(mp), args
	mframe	8(mp), $1, 104(fp)
	movw	$2, 32(104(fp))
	lea	84(fp), 16(104(fp))
	mcall	104(fp), $1, 8(mp)
	frame	$4, 104(fp)
	movp	84(fp), 32(104(fp))
	movp	20(mp), 36(104(fp))
	lea	120(fp), 16(104(fp))
	mcall	104(fp), $2, 8(mp)
	raise	24(mp)
args:
	headp	36(fp), 40(fp)
	movw	$48, 44(fp)
	tail	36(fp), 72(fp)
	beqw	72(fp), 12(mp), go
	tail	36(fp), 72(fp)
	headp	72(fp), 76(fp)
	cvtcw	76(fp), 44(fp)
go:
	newa	$8192, $6, 64(fp)
	movl	56(mp), 88(fp)
	movw	$0, 48(fp)
	movw	$0, 52(fp)
ploop:
	bgew	52(fp), 44(fp), done
	mframe	8(mp), $3, 104(fp)
	movp	40(fp), 32(104(fp))
	movw	$0, 36(104(fp))
	lea	68(fp), 16(104(fp))
	mcall	104(fp), $3, 8(mp)
	bnew	68(fp), 12(mp), rloop
	mframe	8(mp), $1, 104(fp)
	movw	$2, 32(104(fp))
	lea	84(fp), 16(104(fp))
	mcall	104(fp), $1, 8(mp)
	frame	$5, 104(fp)
	movp	84(fp), 32(104(fp))
	movp	28(mp), 36(104(fp))
	movp	40(fp), 40(104(fp))
	lea	120(fp), 16(104(fp))
	mcall	104(fp), $2, 8(mp)
	raise	32(mp)
rloop:
	mframe	8(mp), $5, 104(fp)
	movp	68(fp), 32(104(fp))
	movp	64(fp), 36(104(fp))
	lena	64(fp), 40(104(fp))
	lea	56(fp), 16(104(fp))
	mcall	104(fp), $5, 8(mp)
	blew	56(fp), $0, pnext
	cvtwl	56(fp), 96(fp)
	addl	96(fp), 88(fp)
	movw	$0, 60(fp)
sum:
	bgew	60(fp), 56(fp), rloop
	indb	64(fp), 116(fp), 60(fp)
	cvtbw	0(116(fp)), 108(fp)
	mulw	$31, 48(fp), 112(fp)
	addw	108(fp), 112(fp)
	andw	36(mp), 112(fp), 48(fp)
	addw	$32, 60(fp)
	jmp	sum
pnext:
	addw	$1, 52(fp)
	jmp	ploop
done:
	frame	$3, 104(fp)
	movp	4(mp), 32(104(fp))
	movw	44(fp), 36(104(fp))
	movl	88(fp), 40(104(fp))
	movw	48(fp), 48(104(fp))
	lea	120(fp), 16(104(fp))
	mcall	104(fp), $4, 8(mp)
	ret

writefile:
	mframe	8(mp), $0, 72(fp)
	movp	32(fp), 32(72(fp))
	movw	$1, 36(72(fp))
	movw	$420, 40(72(fp))
	lea	40(fp), 16(72(fp))
	mcall	72(fp), $0, 8(mp)
	bnew	40(fp), 12(mp), wok
	mframe	8(mp), $1, 72(fp)
	movw	$2, 32(72(fp))
	lea	84(fp), 16(72(fp))
	mcall	72(fp), $1, 8(mp)
	frame	$5, 72(fp)
	movp	84(fp), 32(72(fp))
	movp	44(mp), 36(72(fp))
	movp	32(fp), 40(72(fp))
	lea	76(fp), 16(72(fp))
	mcall	72(fp), $2, 8(mp)
	raise	48(mp)
wok:
	newa	$8192, $6, 44(fp)
	movw	$12345, 48(fp)
	movw	$0, 52(fp)
kloop:
	mulw	$128, 36(fp), 60(fp)
	bgew	52(fp), 60(fp), kend
	movw	$0, 56(fp)
fill:
	lena	44(fp), 60(fp)
	bgew	56(fp), 60(fp), fille
	mulw	40(mp), 48(fp), 64(fp)
	addw	$12345, 64(fp)
	andw	52(mp), 64(fp), 48(fp)
	indb	44(fp), 80(fp), 56(fp)
	shrw	$23, 48(fp), 68(fp)
	cvtwb	68(fp), 0(80(fp))
	addw	$1, 56(fp)
	jmp	fill
fille:
	mframe	8(mp), $6, 72(fp)
	movp	40(fp), 32(72(fp))
	movp	44(fp), 36(72(fp))
	lena	44(fp), 40(72(fp))
	lea	76(fp), 16(72(fp))
	mcall	72(fp), $6, 8(mp)
	addw	$1, 52(fp)
	jmp	kloop
kend:
	ret

	string	@mp+0, "$Sys"
	string	@mp+4, "fileread passes=%d bytes=%bd chk=%d\n"
	string	@mp+16, "-w"
	string	@mp+20, "usage: fileread file [passes]\n"
	string	@mp+24, "fail:usage"
	string	@mp+28, "fileread: %s: %r\n"
	string	@mp+32, "fail:open"
	word	@mp+36, 16777215, 1103515245
	string	@mp+44, "fileread: create %s: %r\n"
	string	@mp+48, "fail:create"
	word	@mp+52, 2147483647
	big	@mp+56, 0

	link	init, $1, 0x4244b354, "init"

	ldt	0
	ext	0x54db77d9, "create"
	ext	0x1478f993, "fildes"
	ext	0xf46486c8, "fprint"
	ext	0x8f477f99, "open"
	ext	0xac849033, "print"
	ext	0x7cfef557, "read"
	ext	0x7cfef557, "write"
