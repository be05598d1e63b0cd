implement Shutdown;

# shutdown -h | -r: halt or restart the system through /dev/sysctl.
# (A shell script on Inferno; its messages and empty status are kept.)

include "sys.m";
	sys: Sys;
include "draw.m";

Shutdown: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr := sys->fildes(2);
	msg: string;
	if(len argv == 2){
		case hd tl argv {
		"-h" =>
			msg = "halt";
		"-r" =>
			msg = "reboot";
		}
	}
	if(msg == nil){
		sys->fprint(stderr, "usage: shutdown -h or shutdown -r\n");
		return;
	}
	fd := sys->open("/dev/sysctl", Sys->OWRITE);
	if(fd != nil)
		sys->fprint(fd, "%s", msg);
	# still here: the write failed
	sys->fprint(stderr, "shutdown: failed: %r\n");
}
