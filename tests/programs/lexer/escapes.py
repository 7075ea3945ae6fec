# checks that backslash escapes in strings produce the right characters and reprs
print("a\tb")
print("line1\nline2")
print("back\\slash")
print("quote\"s and \'s")
print("\x41\x42\x43")
print("\101\102")
print("\u00e9\u03b1")
print(repr("\x00\x07"))
print(repr("\n\r\t"))
print(len("\\n"), len("\n"))
print(ord("\n"), ord("\t"), ord("\\"))
print("no\
 break")


def codes(s):
    for ch in s:
        yield ord(ch)


print(list(codes("A\tz\n")))
