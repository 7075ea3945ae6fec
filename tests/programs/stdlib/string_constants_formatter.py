# string's constants, capwords and a basic string.Formatter (parse, nested specs,
# conversions, a subclass overriding get_value, CPython's ValueErrors).
import string

for c in ("ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
          "octdigits", "punctuation", "printable", "whitespace"):
    print(c, repr(getattr(string, c)))
print(string.capwords(" hello   wORLD  x "), string.capwords("a-b-c", "-"))

f = string.Formatter()
print(list(f.parse("a{0}b{x!r:>{w}}c{{d}}")), list(f.parse("")), list(f.parse("{}")))
print(f.format("{0}-{1:>5}-{name!r}-{2[1]}-{3.real}", 1, "ab", [7, 8], 4, name="n"))
print(f.format("{:{}}|{}", "x", 4, "y"))
print(f.vformat("{a:*^9}", (), {"a": "mid"}))


class Defaults(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<%s>" % key)
        return args[key]


print(Defaults().format("{a} {b} {0}", 9, a=1))
for bad in ("{0}{}", "{", "}", "{0!x}", "{0"):
    try:
        print(f.format(bad, 1, 2))
    except ValueError as e:
        print("ValueError:", e)
