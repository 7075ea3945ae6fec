# re.error for bad patterns and templates, with CPython's messages, positions,
# lines and columns; the TypeErrors, ValueErrors, IndexErrors and OverflowError
# of bad arguments. The last bad pattern is not caught.
import re

patterns = [
    "(a", "a)", "*a", "a**", "a{1}{2}", "[a", "[]", "[^]", "a{2,1}", r"\q", r"[\q]",
    "(?P<1a>x)", "(?P<a>x)(?P<a>y)", "(?P=b)", r"(a)\2", r"(a\1)", "(?<x)", "(?",
    "(?P", "(?P<a", "(?P=)", "(?P>a)", "(?i", "(?z)", "a(?i)b", r"(?<=a+)b",
    r"(?<=a|bc)", "[z-a]", r"[\d-z]", "(?(1)a|b|c)", "(?(x)a)", "(?(2)a|b)",
    "(?(0)a)", r"(?<=(a)\1)", "(?i-i:a)", "(?-i)a", "(?au)x", "(?L)x", r"\x4",
    r"\u12", r"\777", r"[\777]", "(?#abc", "a|*", "^*", r"\b*", "?", "{1}",
    "a*?*", "a*+?", r"\8", r"[\8]", "\\", "(?-:a)", "(?im", "(?i-m;", "(?iz:a)",
    "a\n(b", "(?x)\n  (a\n  b",
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(f"{p!r:16} {e}")
        print(" " * 17, repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)

print(re.compile("a{,"), re.compile(r"\08"), re.compile(r"(a)(?<=\1)").groups)
print(isinstance(re.error("x"), Exception), re.error("m", "pat", 1), re.error("plain").pos)

templates = [r"\1", r"\g<1>", r"\g<x>", r"\g<a>", r"\g<", r"\g<1", r"\g<>", r"\g<-1>",
             r"\q", "\\", r"\-\n\0\12\141\g<0>", r"\400", r"\5", r"\g<5>"]
for t in templates:
    try:
        print(repr(t), repr(re.sub(r"(?P<a>x)(y)?", t, "xz")))
    except re.error as e:
        print(repr(t), "re.error:", e)
    except IndexError as e:
        print(repr(t), "IndexError:", e)

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("locale", lambda: re.compile("a", re.L))
attempt("ascii+unicode", lambda: re.compile("a", re.A | re.U))
attempt("flags with pattern", lambda: re.compile(re.compile("a"), re.I))
attempt("int pattern", lambda: re.compile(5))
attempt("int string", lambda: re.match("a", 5))
attempt("repeat too large", lambda: re.compile("x{99999999999}"))
attempt("function returns int", lambda: re.sub("a", lambda m: 5, "bab"))
attempt("template not str", lambda: re.match("a", "a").expand(5))
attempt("no group 3", lambda: re.match("a", "a").group(3))
attempt("no group x", lambda: re.match("a", "a").span("x"))
attempt("missing string", lambda: re.match("a"))
attempt("bad keyword", lambda: re.compile("a").match("a", start=1))

re.compile(r"(?P<year>\d{4})-(?P<month>\d{2}")
