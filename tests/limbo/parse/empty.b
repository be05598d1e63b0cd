# A file with nothing but comments parses to nothing and prints nothing.
