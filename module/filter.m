# Filter: a data filter run as its own process, driven over a channel.
# The compressor /dis/lib/deflate.dis and the decompressor
# /dis/lib/inflate.dis implement it (same declarations as Inferno's, so
# Inferno-compiled programs link with ours).
#
# start(param) spawns the filter and returns the channel it talks on.
# Its first message is Start(pid). Then, until it ends:
#	Fill(buf, reply)	it wants input: put up to len buf bytes in buf
#				and send their count on reply (0 at the end
#				of the input, -1 to stop the filter at once)
#	Result(buf, reply)	output in buf, valid until the reply: send 0
#				to go on, -1 to stop the filter at once
#	Info(msg)		a remark (verbose mode, header fields); no reply
#	Finished(buf)		done; buf holds input given but not used
#	Error(e)		failed, with the reason; the filter has ended
# After a -1 reply the filter sends nothing more.

Filter: module
{
	DEFLATEPATH: con "/dis/lib/deflate.dis";
	INFLATEPATH: con "/dis/lib/inflate.dis";
	SLIPPATH: con "/dis/lib/slip.dis";

	Rq: adt {
		pick {
		Start =>
			pid: int;
		Fill or Result =>
			buf: array of byte;
			reply: chan of int;
		Info =>
			msg: string;
		Finished =>
			buf: array of byte;
		Error =>
			e: string;
		}
	};

	init: fn();
	start: fn(param: string): chan of ref Rq;
};
