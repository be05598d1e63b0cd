# The Command interface over Ember's module/draw.m: limbo -t Command must
# print init's type string, sig 0x4244b354, frame 40 and map 00 c0
# (ctxt @32 and argv @36 are pointers), as dis-link.md section 3 gives.
include "../../../module/sys.m";
include "../../../module/draw.m";

Command: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};
