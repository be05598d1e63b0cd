implement Styxfuzz;

# A bounded fuzz of the Limbo Styx unpacker (appl/lib/styx.b): valid
# T- and R-messages of every kind, mutated at random (bytes changed,
# cut short, grown, size field rewritten), are unpacked. Nothing may
# raise an exception, and whatever unpacks must pack back to the same
# bytes (strings that are not UTF-8 do not unpack). A fixed seed, so a failure repeats. Prints ok/FAIL lines and
# "run: N ok, M FAIL".

include "sys.m";
	sys: Sys;
include "draw.m";
include "styx.m";
	styx: Styx;
	Tmsg, Rmsg: import styx;

Styxfuzz: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

seed := 12345;

rand(n: int): int
{
	seed = (seed * 1103515245 + 12345) & 16r7FFFFFFF;
	return (seed >> 8) % n;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	styx = load Styx Styx->PATH;
	styx->init();
	d := sys->zerodir;
	d.name = "name";
	d.uid = "u";
	d.gid = "g";
	d.muid = "m";
	q := Sys->Qid(big 16r1234, 5, Sys->QTDIR);
	ts := array[] of {
		ref Tmsg.Version(Styx->NOTAG, 8216, "9P2000"),
		ref Tmsg.Auth(1, 2, "user", "spec"),
		ref Tmsg.Attach(1, 2, Styx->NOFID, "user", ""),
		ref Tmsg.Flush(1, 2),
		ref Tmsg.Walk(1, 2, 3, array[] of {"a", "bb", "ccc"}),
		ref Tmsg.Open(1, 2, Styx->ORDWR),
		ref Tmsg.Create(1, 2, "file", 8r644, Styx->OWRITE),
		ref Tmsg.Read(1, 2, big 99, 8192),
		ref Tmsg.Write(1, 2, big 7, array of byte "some data"),
		ref Tmsg.Clunk(1, 2),
		ref Tmsg.Stat(1, 2),
		ref Tmsg.Remove(1, 2),
		ref Tmsg.Wstat(1, 2, d),
	};
	rs := array[] of {
		ref Rmsg.Version(Styx->NOTAG, 8216, "9P2000"),
		ref Rmsg.Auth(1, q),
		ref Rmsg.Attach(1, q),
		ref Rmsg.Flush(1),
		ref Rmsg.Error(1, "no such file"),
		ref Rmsg.Clunk(1),
		ref Rmsg.Walk(1, array[] of {q, q}),
		ref Rmsg.Open(1, q, 8192),
		ref Rmsg.Create(1, q, 0),
		ref Rmsg.Read(1, array of byte "data"),
		ref Rmsg.Write(1, 4),
		ref Rmsg.Stat(1, d),
		ref Rmsg.Wstat(1),
	};
	nok := 0;
	nfail := 0;
	# every valid message round-trips
	bad := 0;
	for(i := 0; i < len ts; i++){
		a := ts[i].pack();
		(n, m) := Tmsg.unpack(a);
		if(n != len a || m == nil || m.text() != ts[i].text())
			bad++;
	}
	for(i = 0; i < len rs; i++){
		a := rs[i].pack();
		(n, m) := Rmsg.unpack(a);
		if(n != len a || m == nil || m.text() != rs[i].text())
			bad++;
	}
	if(bad == 0){
		sys->print("ok every message kind round-trips\n");
		nok++;
	}else{
		sys->print("FAIL every message kind round-trips: %d differ\n", bad);
		nfail++;
	}
	N := 20000;
	exc := 0;
	mismatch := 0;
	accepted := 0;
	lastexc := "";
	for(i = 0; i < N; i++){
		a: array of byte;
		if(i & 1)
			a = ts[rand(len ts)].pack();
		else
			a = rs[rand(len rs)].pack();
		a = mutate(a);
		{
			if(i & 1){
				(n, m) := Tmsg.unpack(a);
				if(n > 0){
					accepted++;
					b := m.pack();
					if(!same(a[0:n], b))
						mismatch++;
				}
			}else{
				(n, m) := Rmsg.unpack(a);
				if(n > 0){
					accepted++;
					b := m.pack();
					if(!same(a[0:n], b))
						mismatch++;
				}
			}
			styx->unpackdir(a);
		}exception e{
		"*" =>
			exc++;
			lastexc = e;
		}
	}
	if(exc == 0){
		sys->print("ok %d mutated messages: no exception (%d accepted)\n", N, accepted);
		nok++;
	}else{
		sys->print("FAIL %d mutated messages: %d exceptions, the last %q\n", N, exc, lastexc);
		nfail++;
	}
	if(mismatch == 0){
		sys->print("ok what unpacks packs back the same\n");
		nok++;
	}else{
		sys->print("FAIL what unpacks packs back the same: %d differ\n", mismatch);
		nfail++;
	}
	sys->print("run: %d ok, %d FAIL\n", nok, nfail);
	if(nfail)
		raise "fail:errors";
}

same(a, b: array of byte): int
{
	if(len a != len b)
		return 0;
	for(i := 0; i < len a; i++)
		if(a[i] != b[i])
			return 0;
	return 1;
}

mutate(a: array of byte): array of byte
{
	case rand(5) {
	0 =>	# change some bytes
		for(k := rand(4)+1; k > 0; k--)
			a[rand(len a)] = byte rand(256);
	1 =>	# cut short, size kept
		a = a[0:rand(len a)];
	2 =>	# grown with junk, size kept
		b := array[len a + rand(20) + 1] of byte;
		b[0:] = a;
		for(j := len a; j < len b; j++)
			b[j] = byte rand(256);
		a = b;
	3 =>	# the size field says something else
		n := rand(len a + 10);
		a[0] = byte n;
		a[1] = byte (n>>8);
	4 =>	# a count or length field (bytes 7..) made huge
		if(len a > 11){
			o := 7 + rand(len a - 10);
			a[o] = byte 16rFF;
			a[o+1] = byte 16rFF;
		}
	}
	return a;
}
