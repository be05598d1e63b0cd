# listen: commands.md §1 listen and §3. Ports 27301-27309 are this
# file's; each case runs in a kernel of its own, which ends (with the
# listener left in the background) when the command line does.
=== without -A the key file is read first, even before the usage check
$ listen
2>~ listen: cannot read /usr/[^/]+/keyring/default: .+
? bad keyfile

=== -k names the key file, relative to /usr/USER/keyring
$ listen -k mine tcp!*!1 {echo}
2>~ listen: cannot read /usr/[^/]+/keyring/mine: .+
? bad keyfile

=== -A without an address and command
$ listen -A
2> usage: listen [-i {initscript}] [-Ast] [-k keyfile] [-a alg]... addr command [arg...]
? usage

=== -A with an address but no command
$ listen -A 'tcp!*!27301'
2> usage: listen [-i {initscript}] [-Ast] [-k keyfile] [-a alg]... addr command [arg...]
? usage

=== an unknown option
$ listen -x tcp!*!1 {echo}
2> usage: listen [-i {initscript}] [-Ast] [-k keyfile] [-a alg]... addr command [arg...]
? usage

=== an unknown network
$ listen -A 'bogus!*!1' {echo}
2> listen: failed to announce on 'bogus!*!1': cs: unknown protocol bogus
? cannot announce

=== an unknown service
$ listen -A 'tcp!*!nosuchservice' {echo}
2> listen: failed to announce on 'tcp!*!nosuchservice': cs: unknown service nosuchservice
? cannot announce

=== a port already announced
$ listen -A 'tcp!127.0.0.1!27302' {echo}; listen -A 'tcp!127.0.0.1!27302' {echo}
2> listen: failed to announce on 'tcp!127.0.0.1!27302': network port not available
? cannot announce

=== serve export and mount it over tcp
+ echo hello >f
$ listen -A 'tcp!127.0.0.1!27303' {export /tmp/case}; mount -A 'tcp!127.0.0.1!27303' /n; cat /n/f
> hello
?

=== the command sees $net, the call's directory
$ listen -A 'tcp!127.0.0.1!27304' {echo $net >/tmp/case/net}; mount -qA 'tcp!127.0.0.1!27304' /n; cat net
>~ /net/tcp/[0-9]+
?

=== a command with arguments, quoted for the shell
$ listen -A 'tcp!127.0.0.1!27305' echo 'a b' >/tmp/case/out; mount -qA 'tcp!127.0.0.1!27305' /n; sleep 0; echo done
> done
?

=== -i runs a script once, after announcing
$ listen -A -i {echo $net >/tmp/case/ann} 'tcp!127.0.0.1!27306' {echo}; cat ann
>~ /net/tcp/[0-9]+
?

=== one part of an address is a host, completed with tcp and styx
$ listen -A 'nosuch.invalid' {echo}
2> listen: failed to announce on 'tcp!nosuch.invalid!styx': cs: unknown host nosuch.invalid
? cannot announce
