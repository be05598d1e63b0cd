# mk reads mkfile; the build is in Mkfile.
<Mkfile
