# (parse only): a file without implement is no program
# A file with nothing but comments parses to nothing and prints nothing.
