# sync: man/1/sync
=== with no volume open, sync does nothing
$ sync
?
=== a volume made by mkfs.fat: written, synced, seen whole by the host
+ mkfs.fat -C -F 12 vol.img 1000 >/dev/null 2>&1 || /usr/sbin/mkfs.fat -C -F 12 vol.img 1000 >/dev/null
$ sh -c 'echo open v /tmp/case/vol.img >''#F/ctl''; echo hello >''#Fv/a file.txt''; sync v; sync; cat ''#Fv/A FILE.TXT'''
> hello
?
=== a volume that is not open
$ sync nosuch
2> sync: sync nosuch: fat: no such volume
? error
