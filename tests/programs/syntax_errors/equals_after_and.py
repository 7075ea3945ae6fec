# `=` for `==` in a while condition after a comparison and an `and`: plain
# "invalid syntax", as CPython 3.11 says.
while 1 < 2 and 2 = 2:
    break
