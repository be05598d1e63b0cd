# Every data item kind: bytes, words, strings, reals, bigs, arrays
# (nested two deep, filled through indir and apop), with counts that
# need the long forms of the encoding.
	module	Data
	source	"data.b"
	datasize	304

	desc	$0, 304, "fc"	# words 0-5 hold pointers
	desc	$1, 40, "0080"
	desc	$2, 12, "c0"	# element: a string, an array, an int
	desc	$3, 8, ""	# element: a real

main:
	ret

	string	@mp+0, "plain"
	string	@mp+4, ""
	string	@mp+8, "q\"b\\s\n\t\x00\x01\x7f end"
	string	@mp+12, "héllo, wörld ☺"
	array	@mp+16, $2, 3
	indir	@mp+16, 0
	string	@ind+0, "first"
	array	@ind+4, $3, 2
	indir	@ind+4, 0
	real	@ind+0, 0.25, -7.125e-10
	apop
	word	@ind+8, 7
	string	@ind+12, "second"
	word	@ind+32, -1
	apop
	indir	@mp+16, 3
	apop
	array	@mp+20, $3, 0
	byte	@mp+24, 0, 1, 127, 128, 255
	byte	@mp+29
	word	@mp+32
	word	@mp+32, 1, -1, 2147483647, -2147483648, 0x7f, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30
	real	@mp+112, 1.5, -0, 0.1, 1e+300, 5e-324, 2.2250738585072014e-308, 0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000001
	big	@mp+184, 2, -1, 9223372036854775807, -9223372036854775808, 0x100000000
	byte	@mp+224, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70
	word	@mp+224, 0
