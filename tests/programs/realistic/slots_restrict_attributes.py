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
