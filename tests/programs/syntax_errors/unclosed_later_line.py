# The parser error is on a later line than the bracket: CPython names the bracket.
total = sum(1, 2
print(total)
