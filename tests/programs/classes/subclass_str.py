# Subclassing str: construction, native methods, hashing, operators, overrides.


class Tag(str):
    def shout(self):
        return self.upper() + "!"

    @property
    def bracketed(self):
        return "<" + self + ">"


t = Tag("hello")
print(t, t.shout(), t.bracketed, len(t), t[1], t[1:3], t[::-1])
print(type(t).__name__, isinstance(t, str), type(t.upper()).__name__, type(t + "x").__name__)
print(repr(t), str(t), f"[{t}]", f"{t:>8}|", "%s-%r" % (t, t), "{}".format(t))
print(t == "hello", "hello" == t, t != "x", t < "world", t > "abc", "ell" in t, "z" in t)
print(hash(t) == hash("hello"), {t: 1}["hello"], {"hello": 2}[t], t in {"hello"}, "hello" in {t})
print(t + " world", "say " + t, t * 2, t.split("l"), t.replace("l", "L"), t.startswith("he"))
print(",".join(sorted(Tag("cab"))), list(Tag("xy")), Tag(), Tag(42), Tag([1, 2]), bool(Tag("")))
print(t.count("l"), t.find("lo"), t.index("e"), t.strip("ho"), t.title())
print(str(t), type(str(t)).__name__, int(Tag("12")) + 1, float(Tag("1.5")))
for ch in Tag("ab"):
    print(ch, end=" ")
print()


class Shouty(str):
    def __str__(self):
        return self.upper()

    def __repr__(self):
        return f"Shouty({super().__repr__()})"

    def __len__(self):
        return 100

    def upper(self):
        return "UP:" + super().upper()


s = Shouty("quiet")
print(s, repr(s), len(s), s.upper(), str.upper(s), str.__len__(s), f"{s}")


class Name(str):
    def __new__(cls, first, last):
        self = super().__new__(cls, first + " " + last)
        self.first = first
        self.last = last
        return self

    def initials(self):
        return self.first[0] + self.last[0]


n = Name("Ada", "Lovelace")
print(n, n.first, n.last, n.initials(), n.lower(), len(n), n.split())


class Lower(str):
    def __new__(cls, value):
        return str.__new__(cls, value.lower())

    def __eq__(self, other):
        return str.__eq__(self, other.lower())

    __hash__ = str.__hash__


print(Lower("ABC"), Lower("ABC") == "abc", Lower("x") == "X", type(Lower("Q")).__name__)

# Instances of str subclasses are str arguments too.
z = Tag(",")
print(z.join(["a", "b"]), "a,b".split(z), "x,y".startswith(Tag("x")), ",".join([Tag("p"), "q"]))
print(getattr(Tag, Tag("upper"))("q"), "x".center(5, Tag("*")), {"k": 1}[Tag("k")], f"{Tag('v')!r:>6}")
