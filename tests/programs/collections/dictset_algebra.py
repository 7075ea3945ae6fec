# checks that genpy runs this program (dictset_algebra, from the second differential-testing corpus) exactly as CPython 3.11 does
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 40}
print(a | b, b | a, {**a, **b} == a | b)
print(a.keys() & b.keys(), sorted(a.keys() - b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() ^ b.keys()))
print(set(a) <= set(a) | set(b), {1, 2} < {1, 2, 3}, {1, 2}.isdisjoint({3}), {1, 2, 3} >= {2})
s1, s2 = set(range(0, 20, 2)), set(range(0, 20, 3))
print(sorted(s1 & s2), sorted(s1 - s2), sorted(s1 ^ s2), len(s1 | s2))
print(sorted(s1.intersection(s2, {0, 6, 7})), sorted(s1.union([100], (200,))), sorted(s1.difference(s2, {2})))
inv = {v: k for k, v in a.items()}
print(inv, dict(zip("abc", range(3))), dict([("k", 1)], extra=2))
d = dict.fromkeys("hello", 0)
for ch in "hello world":
    if ch in d: d[ch] += 1
print(d, list(d), list(d.values()))
d2 = {}
for w in "one two three four five six seven".split():
    d2.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(d2.items())})
print(a.get("q"), a.get("q", 0), a.pop("x"), a.pop("q", None), a, a.popitem(), a)
fs = frozenset([1, 2, 3])
print(fs | {4}, type(fs | {4}).__name__, {fs: "ok"}[frozenset([3, 2, 1])], fs == {1, 2, 3})
e = {1: "a", 2: "b"}
e.update([(3, "c")], four=4)
print(e, sorted(e.items(), key=lambda kv: str(kv[1])), e == {4 if False else 1: "a", 2: "b", 3: "c", "four": 4})
