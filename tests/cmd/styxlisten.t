# styxlisten: commands.md §1 styxlisten. Ports 27311-27319 are this file's.
=== no arguments
$ styxlisten
2> usage: styxlisten [-a alg]... [-Atsv] [-k keyfile] address cmd [arg...]
? usage

=== an address without a command
$ styxlisten -A 'tcp!*!27311'
2> usage: styxlisten [-a alg]... [-Atsv] [-k keyfile] address cmd [arg...]
? usage

=== without -A the key file must be readable
$ styxlisten 'tcp!*!27312' export /
2>~ styxlisten: cannot read /usr/[^/]+/keyring/default: .+
? error

=== an unknown network
$ styxlisten -A 'bogus!*!1' export /
2> styxlisten: cannot announce on bogus!*!1: cs: unknown protocol bogus
? error

=== one export, two mounts at once
+ echo hi >f
$ styxlisten -A 'tcp!127.0.0.1!27313' export /tmp/case; mount -A 'tcp!127.0.0.1!27313' /n; mount -A 'tcp!127.0.0.1!27313' /tmp; cat /n/f /tmp/f
> hi
> hi
?

=== a client's writes are seen by the other
$ styxlisten -A 'tcp!127.0.0.1!27314' export /tmp/case; mount -cA 'tcp!127.0.0.1!27314' /n; mount -A 'tcp!127.0.0.1!27314' /dev; echo x >/n/w; cat /dev/w
> x
?
