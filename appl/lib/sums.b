implement Sums;

# sums: md5sum's and sha1sum's work: read each file to its end through
# Keyring's digest function and print the digest in hex.

include "sys.m";
	sys: Sys;
include "keyring.m";
	kr: Keyring;
include "sums.m";

BUFSIZE: con 64*1024;

sum(cmd, alg: string, files: list of string): int
{
	sys = load Sys Sys->PATH;
	kr = load Keyring Keyring->PATH;
	if(kr == nil){
		sys->fprint(sys->fildes(2), "%s: cannot load %s: %r\n", cmd, Keyring->PATH);
		raise "fail:bad module";
	}
	if(files == nil){
		(hex, ok) := digest(cmd, alg, sys->fildes(0), "<stdin>");
		sys->print("%s\n", hex);
		return !ok;
	}
	errors := 0;
	for(; files != nil; files = tl files){
		file := hd files;
		fd := sys->open(file, Sys->OREAD);
		if(fd == nil){
			sys->fprint(sys->fildes(2), "%s: cannot open %s: %r\n", cmd, file);
			errors++;
			continue;
		}
		(hex, ok) := digest(cmd, alg, fd, file);
		sys->print("%s\t%s\n", hex, file);
		if(!ok)
			errors++;
	}
	return errors;
}

# the digest of what fd holds in hex, and whether it was all read
# (after a read error, the digest of what came before it)
digest(cmd, alg: string, fd: ref Sys->FD, name: string): (string, int)
{
	# the buffer starts small (a short file, a small machine) and
	# doubles, up to BUFSIZE, each time a read fills it
	buf := array[512] of byte;
	state: ref Keyring->DigestState;
	ok := 1;
	for(;;){
		n := sys->read(fd, buf, len buf);
		if(n < 0){
			sys->fprint(sys->fildes(2), "%s: error reading %s: %r\n", cmd, name);
			ok = 0;
			break;
		}
		if(n == 0)
			break;
		state = hash(alg, buf, n, nil, state);
		if(n == len buf && len buf < BUFSIZE)
			buf = array[2 * len buf] of byte;
	}
	d: array of byte;
	if(alg == "sha1")
		d = array[Keyring->SHA1dlen] of byte;
	else
		d = array[Keyring->MD5dlen] of byte;
	hash(alg, buf, 0, d, state);
	s := "";
	for(i := 0; i < len d; i++)
		s += sys->sprint("%.2ux", int d[i]);
	return (s, ok);
}

hash(alg: string, buf: array of byte, n: int, d: array of byte, state: ref Keyring->DigestState): ref Keyring->DigestState
{
	if(alg == "sha1")
		return kr->sha1(buf, n, d, state);
	return kr->md5(buf, n, d, state);
}
