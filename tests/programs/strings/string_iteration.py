# checks that genpy runs this program (string_iteration, from the first differential-testing corpus) exactly as CPython 3.11 does
s = "héllo wörld"
print(len(s), s.upper(), s[1], s.encode if False else "", [c for c in s if ord(c) > 127])
print(s.split("ö"), s.find("w"), s[::-1], s.title(), s.center(15, "*"))
print("é" < "z", sorted("zéa"), "ÉCOLE".lower(), "ß".upper())
print(" ".join(f"{ord(c):x}" for c in "aé☃"), "\u00e9" == "é", len("☃"), "😀"[0], len("😀"))
print(repr("é"), repr("\t"), repr("☃"), repr("\x1b"), str("\x1b") == "\x1b")
