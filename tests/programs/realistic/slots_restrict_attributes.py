class P:
    __slots__ = ("x", "y")
    def __init__(self, x): self.x = x
class Q(P):
    __slots__ = "z"
class R(P):
    pass
class S:
    __slots__ = ["a", "__dict__"]
p = Q(1); p.y = 2; p.z = 3; print(p.x, p.y, p.z)
for obj, n in [(p, "w"), (P(1), "z")]:
    try: setattr(obj, n, 1)
    except AttributeError as e: print(e)
r = R(1); r.w = 5; print(r.w)
s = S(); s.q = 1; print(s.q)
try: print(P(1).y)
except AttributeError as e: print(e)
import copy
from dataclasses import dataclass
from collections import namedtuple
@dataclass(slots=True)
class S:
    x: int
    y: list
class T:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]
s = S(1, [2]); s2 = copy.deepcopy(s); s2.y.append(3); print(s, s2, copy.copy(s))
t = copy.deepcopy(T()); print(t.a, hasattr(t, "b"))
P = namedtuple("P", "x y"); p = P(1, [2]); print(copy.deepcopy(p), copy.copy(p))
