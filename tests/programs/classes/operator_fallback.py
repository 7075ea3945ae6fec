# checks that genpy runs this program (operator_fallback, from the first differential-testing corpus) exactly as CPython 3.11 does
class M:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, M): return M(self.v + o.v)
        return NotImplemented
    def __radd__(self, o):
        return M(self.v + o)
    def __repr__(self): return f"M({self.v})"
    def __eq__(self, o):
        return NotImplemented
print(M(1) + M(2), 5 + M(1), sum([M(1), M(2)], M(0)), sum([M(1), M(2)]))
try:
    M(1) + "s"
except TypeError as e:
    print(e)
print(M(1) == M(1), M(1) != M(1))
class N:
    def __lt__(self, o): return True
try:
    N() > N()
    print("gt ok")
    N() <= N()
except TypeError as e:
    print(e)
class Q:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(Q(1) == Q(1), Q(1) != Q(2), Q(1) in [Q(1)], [Q(1)].index(Q(1)), [Q(2)].count(Q(2)))
try:
    {Q(1)}
except TypeError as e:
    print(e)
