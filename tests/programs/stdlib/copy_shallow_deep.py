import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]["k"].append(8)
print(b, c, b[1] is a[1], c[1] is a[1])
cyc = [1]; cyc.append(cyc)
d = copy.deepcopy(cyc)
print(d[1] is d, d[1] is not cyc, d)
class P:
    def __init__(self, x, items):
        self.x = x; self.items = items
    def __repr__(self): return f"P({self.x}, {self.items})"
p = P(1, [1, 2])
q = copy.copy(p); r = copy.deepcopy(p)
p.items.append(3)
print(q, r, q.items is p.items, r.items is p.items, type(r).__name__)
class C:
    def __init__(self): self.n = 0
    def __copy__(self):
        print("copy hook"); n = C(); n.n = self.n + 1; return n
    def __deepcopy__(self, memo):
        print("deepcopy hook", type(memo).__name__); n = C(); n.n = self.n + 100; return n
print(copy.copy(C()).n, copy.deepcopy(C()).n, copy.deepcopy([C()])[0].n)
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2))
class L(list):
    pass
l = L([1, [2]]); l.tag = "x"
l2 = copy.deepcopy(l)
print(type(l2).__name__, l2, l2.tag, l2[1] is l[1])
s = {1, 2}; print(copy.copy(s), copy.deepcopy(frozenset([1])))
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,))
print(copy.copy(R(2)).v, copy.deepcopy(R(3)).v)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)
from enum import Enum
class Color(Enum):
    RED = 1
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy({Color.RED: [1]}))
