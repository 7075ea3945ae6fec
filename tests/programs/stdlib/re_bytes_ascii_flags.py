# bytes patterns are ASCII-only: \w \d \s \b and case folding ignore bytes past 0x7f,
# with or without (?a)/re.ASCII; the flags a pattern reports, and the incompatible
# type flags (given or written inline) raise as in CPython.
import re
tests = [
    (rb"\w+", b"caf\xe9 na\xefve"),
    (rb"(?a)\w+", b"caf\xe9 na\xefve"),
    (rb"\d+\s\S", b"12\xa03 45 x"),
    (rb"(?i)\xe9", b"\xc9"),
    (rb"(?i)K", b"k\xe2\x84\xaa"),
    (rb"\bx\b", b"\xe9x\xe9 x"),
    (rb"[\w]+", b"\xe9\xe8ab"),
    (rb"\W+", b"ab\xe9\xe8cd"),
]
for p, s in tests:
    print(p, re.findall(p, s))
    print(p, re.findall(p, s, re.ASCII))
print(re.compile(rb"x").flags, re.compile(rb"(?a)x").flags, re.compile(rb"x", re.A).flags)
print(re.compile(r"x").flags, re.compile(r"(?a)x").flags)
for p, fl in [(rb"(?u)x", 0), (rb"x", re.U), (r"(?a)(?u)x", 0), ("x", re.A | re.U), (rb"(?L)x", 0)]:
    try:
        re.compile(p, fl)
        print("ok", p)
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)
print(re.sub(rb"\s+", b"-", b"a\x85b\xa0c d"))
print(re.split(rb"\W", b"a\xffb c"))
print(re.findall(r"\w+", "café naïve", re.ASCII))
print(re.match(rb"[^\W\d]+", b"ab\xe9").group())
for p in ["(?a)(?u)x", "(?u)(?a)x", "(?u)x", b"(?a)(?L)x", b"(?L)x", b"(?L)(?a)x", b"(?a)(?i)x"]:
    try:
        print(p, re.compile(p).flags)
    except ValueError as e:
        print(p, type(e).__name__, e)
