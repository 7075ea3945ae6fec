import math
from functools import total_ordering
import copy
import pprint
import statistics
import weakref

class Vector:
    __match_args__ = ("x", "y")
    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y
    def __repr__(self): return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self): return f"({self.x}, {self.y})"
    def __format__(self, spec):
        if spec.endswith("p"):
            r, t = abs(self), math.atan2(self.y, self.x)
            return f"<{format(r, spec[:-1])}, {format(t, spec[:-1])}>"
        return f"({format(self.x, spec)}, {format(self.y, spec)})"
    def __abs__(self): return math.hypot(self.x, self.y)
    def __bool__(self): return bool(abs(self))
    def __add__(self, o):
        if not isinstance(o, Vector): return NotImplemented
        return Vector(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)): return Vector(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __neg__(self): return Vector(-self.x, -self.y)
    def __eq__(self, o): return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self

v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v * 2, 3 * v, v @ w, -v, abs(v), bool(Vector()), v == Vector(3, 4), v != w, len(v), v[1], v[-1], list(v))
print(f"{v:.2f}", f"{v:.3p}", format(w, "+"), repr(v), str(v), {v: 1}[Vector(3, 4)], tuple(v), max(v))
try:
    v + 1
except TypeError as e:
    print(e)
try:
    "s" * v
except TypeError as e:
    print(e)
u = v; u += w; print(u is v, v)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273.15: raise ValueError("below absolute zero")
        self._c = v
    @c.deleter
    def c(self): print("deleting"); self._c = None
    f = property(lambda self: self._c * 9 / 5 + 32)
t = Temp(); t.c = 100; print(t.c, t.f)
try: t.c = -300
except ValueError as e: print(e)
try: t.f = 1
except AttributeError as e: print(e)
del t.c; print(t.c)
class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Lazy:
    def __getattr__(self, name):
        if name.startswith("_"): raise AttributeError(name)
        return name.upper()
print(Lazy().hello, getattr(Lazy(), "x", None), hasattr(Lazy(), "_p"))
data = {"b": [1, 2, {"deep": (3, 4)}], "a": "x" * 10, "c": list(range(30))}
pprint.pprint(data, width=60)
print(pprint.pformat({"k": 1, "j": [1, 2]}))
orig = {"list": [1, [2, 3]], "v": Vector(1, 1)}
sh, dp = copy.copy(orig), copy.deepcopy(orig)
orig["list"][1].append(4); orig["v"].x = 9
print(sh["list"], dp["list"], sh["v"], dp["v"])
samples = [2.5, 3.1, 4.7, 1.2, 3.1, 5.0]
print(statistics.mean(samples), statistics.median(samples), statistics.mode(samples), round(statistics.stdev(samples), 6), statistics.median_low([1, 2, 3, 4]))
class Node: pass
n = Node(); r = weakref.ref(n); print(r() is n); del n; print(r())
print(sorted([Vector(1, 2), Vector(0, 5), Vector(3, 0)], key=abs), min([Vector(2, 2), Vector(1, 0)], key=lambda q: q.x))
print(round(math.dist((0, 0), (3, 4)), 3), math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.log(8, 2), math.log10(1000), math.exp(1))
