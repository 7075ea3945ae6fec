# Flags: their values and RegexFlag reprs, combined with |, in compile and the
# functions, inline and scoped; VERBOSE patterns.
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(repr(re.IGNORECASE | re.MULTILINE), re.I | re.S | re.X)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U))
print(re.I == 2, re.I | 0, 0 | re.I, re.I & re.M, re.I ^ re.I, ~re.I)
print(re.I | 1024, type(re.I | re.M).__name__, isinstance(re.I, int))
print(re.I.name, (re.I | re.M).name, re.I.value, re.NOFLAG.name)
print(f"{re.DOTALL}", str(re.VERBOSE), re.I + 1, re.RegexFlag.IGNORECASE if hasattr(re.RegexFlag, "IGNORECASE") else "-")

print(re.compile("a", re.I | re.M))
print(re.compile("a", re.X | re.S | re.A))
print(re.compile("a"), re.compile("a", re.U), re.compile("a", 1024 | re.I))
print(re.compile("a").flags, re.compile("a", re.I).flags, re.compile("a", re.A).flags)
print(re.compile("(?i)a").flags, re.compile("(?sm)a").flags, re.compile("(?x)a").flags)

print(re.findall("abc", "ABC abc aBc", re.IGNORECASE))
print(re.findall("[a-c]+", "ABC abc", re.I))
print(re.match("straße", "STRASSE", re.I), re.match("k", "\u212a", re.I))
print(re.findall("^\\w+", "one\ntwo\nthree", re.MULTILINE), re.findall("^\\w+", "one\ntwo"))
print(re.findall("\\w+$", "one\ntwo\nthree", re.M), re.findall("\\w+$", "one\ntwo\n"))
print(re.findall("a.b", "a\nb axb", re.DOTALL), re.findall("a.b", "a\nb axb"))
print(re.findall("\\w+", "héllo wörld", re.ASCII), re.findall("\\w+", "héllo wörld"))
print(re.findall("\\d", "1٣", re.A), re.findall("\\s", "\u3000 ", re.A))
print(re.findall("\\bé", "é aé", re.A), re.findall("\\bé", "é aé"))
print(re.search("A.B", "xa\nby", re.I | re.S))
print(re.search("(?i)hello", "Say HELLO"), re.search("(?i:h)ello", "HEllo"))
print(re.search("(?s:a.)b", "a\nb"), re.search("(?m:^b)", "a\nb"))

phone = re.compile(r"""
    (\d{3})     # area code
    [-.\s]?     # optional separator
    (\d{4})     # number
    (?:\s*x(\d+))?  # optional extension
""", re.VERBOSE)
print(phone.search("call 555-1234 x89 now").groups())
print(phone.search("call 555 1234").groups())
print(re.search(r"(?x) \d+ \# \d+", "12#34"), re.search(r"(?x)[ #]+", "a # b"))
print(re.compile("a b", re.X).match("ab"), re.compile("a b").match("ab"))
