# collections.Counter: construction, missing keys, most_common, elements,
# update/subtract, total, the multiset operators and comparisons, repr.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], "z" in c, len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(c.elements()))
print(Counter(), repr(Counter()), str(Counter(a=0)), Counter({}))
print(Counter({"red": 4, "blue": 2}), Counter(cats=4, dogs=8))
print(Counter(["x", "y", "x"], y=5))
print(type(c).__name__, isinstance(c, dict), Counter, Counter.__module__)

# ties keep insertion order
t = Counter("zyxxyzw")
print(t.most_common(), t)

u = Counter(a=3, b=1)
u.update("aab")
print(u)
u.update({"a": 1, "c": 2})
print(u)
u.update(d=4)
print(u)
fresh = Counter()
fresh.update({"q": 1})
print(fresh)
u.subtract("aaaaa")
print(u)
u.subtract({"b": 10}, e=1)
print(u, u.total())
print(list(u.elements()))

del u["nothing"]
del u["a"]
print(u, u["a"])

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=-1)
print(a + b, a - b, a | b, a & b)
print(+a, -a, +Counter(), -Counter(a=-3))
print(type(a + b).__name__)

x = Counter(a=3, b=1)
x += Counter(a=-3, c=2)
print(x)
x -= Counter(c=1, z=-4)
print(x)
x |= Counter(c=5, y=-1)
print(x)
x &= Counter(c=2, z=9)
print(x)

p = Counter(a=1, b=2)
q = Counter(b=2, a=1)
print(p == q, p == Counter(a=1, b=2, c=0), p != q, p == {"a": 1, "b": 2})
print(p <= Counter(a=1, b=3), p < Counter(a=1, b=3), p < q, p >= Counter(a=1), p > Counter(a=1))

cp = p.copy()
cp["a"] += 10
print(cp, p, type(cp).__name__)

words = "the quick brown fox jumps over the lazy dog the end".split()
print(Counter(words).most_common(3))
print(Counter(len(w) for w in words))

try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    hash(Counter())
except TypeError as e:
    print("TypeError", e)
try:
    Counter() + {"a": 1}
except TypeError as e:
    print("TypeError", e)

mixed = Counter({1: "x", "a": 2})
print(repr(mixed))


class Tally(Counter):
    pass


tt = Tally("hello")
print(tt, type(tt.copy()).__name__, type(tt + tt).__name__)
