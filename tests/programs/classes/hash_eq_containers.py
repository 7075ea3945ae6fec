# hash/eq edge cases
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"K({self.v})"
d = {K(1): "a", K(2): "b"}
d.update({K(1): "A"})
print(d, len(d))
d2 = dict.fromkeys([K(1), K(1), K(3)])
print(d2)
print({**d, K(2): "B"}, d | {K(3): "c"})
d |= {K(2): "bb"}
print(d)
s = set([K(1), K(2)])
s |= {K(2), K(3)}
print(sorted(s, key=lambda k: k.v))
s -= {K(1)}
print(sorted(s, key=lambda k: k.v), K(1) in s)
s &= {K(3)}
print(s)
print({K(1), K(2)} ^ {K(2), K(3)} == {K(1), K(3)})
print({K(1)}.union([K(1), K(4)]).__len__(), {K(1), K(2)}.intersection([K(2)]), {K(1), K(2)}.difference([K(2)]))
print({K(1)}.issubset([K(1), K(2)]), {K(1), K(2)}.issuperset({K(2)}), {K(1)}.isdisjoint({K(2)}))
print(frozenset([K(1)]) == frozenset([K(1)]), {frozenset([K(1)]): 1}.get(frozenset([K(1)])))
print(d.keys() == {K(1), K(2)}, K(1) in d.keys(), (K(1), "A") in d.items())
counts = {}
for k in [K(1), K(2), K(1), K(1)]:
    counts[k] = counts.get(k, 0) + 1
print(counts)
from collections import Counter, defaultdict
print(Counter([K(1), K(1), K(2)]))
dd = defaultdict(list)
for k in [K(1), K(1)]:
    dd[k].append(1)
print(dict(dd))
class Evil:
    def __init__(self, d): self.d = d
    def __hash__(self): return 1
    def __eq__(self, o):
        self.d.clear()
        return False
m = {}
m[Evil(m)] = 1
m[Evil(m)] = 2
print(len(m))
class Same:
    def __hash__(self): return 42
    def __eq__(self, o): return True
print(len({Same(), Same()}), {Same(): 1}[Same()])
class Neg:
    def __hash__(self): return -1
print(hash(Neg()))
class Inherit(K): pass
print(hash(Inherit(5)) == hash(5), {Inherit(5): 1}[K(5)])
class EqOnly(K):
    def __eq__(self, o): return False
try:
    hash(EqOnly(1))
except TypeError as e: print(e)
class Raise:
    def __hash__(self): raise RuntimeError("no hash")
try:
    {Raise(): 1}
except RuntimeError as e: print(e)
class RaiseEq:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError("no eq")
try:
    x = {RaiseEq(): 1}
    x[RaiseEq()] = 2
except ValueError as e: print(e)
