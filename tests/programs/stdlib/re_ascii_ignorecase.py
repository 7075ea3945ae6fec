# IGNORECASE under ASCII folds only ASCII letters; global flags apply to every
# branch of the pattern; what re refuses to make or use as a replacement.
import re

print(re.match("é", "É", re.I | re.A), re.match("é", "É", re.I))
print(re.match("[à-é]", "É", re.I | re.A), re.match("[à-é]", "É", re.I))
print(re.match("[a-c]+", "ABC", re.I | re.A), re.findall("[^a-z]", "aBé1", re.I | re.A))
print(re.findall("(?ai)A", "aA"), re.findall("(?ai)x|A", "aA"), re.match("(?ai)(a)\\1", "aA"))
print(re.findall("(?i)x|A", "aA"), re.findall("(?s)x|a.", "a\nb"), re.findall("(?x) x | a b", "ab"))
print(re.findall("(?i)k", "K\u212ak"), re.findall("(?ai)k", "K\u212ak"))


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("Pattern()", lambda: re.Pattern())
attempt("Match()", lambda: re.Match())
attempt("int repl", lambda: re.sub("a", 5, "a"))
attempt("None repl", lambda: re.sub("a", None, "a"))
attempt("str flags", lambda: re.search("a", "a", "x"))
