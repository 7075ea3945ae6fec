# checks that genpy runs this program (num_fraction_by_hand, from the second differential-testing corpus) exactly as CPython 3.11 does
from math import gcd
class Frac:
    def __init__(self, n, d=1):
        if d == 0: raise ZeroDivisionError("zero denominator")
        if d < 0: n, d = -n, -d
        g = gcd(n, d)
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o): return self + (-o)
    def __neg__(self): return Frac(-self.n, self.d)
    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o): return Frac(o) / self
    def __eq__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o): return self.n * o.d < o.n * self.d
    def __float__(self): return self.n / self.d
    def __int__(self): return self.n // self.d
    def __repr__(self): return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
h = sum(Frac(1, k) for k in range(1, 21))
print(h, float(h), int(h))
print(Frac(1, 3) + Frac(1, 6), Frac(3, 4) * 4, 1 / Frac(3, 7), Frac(-2, -4), Frac(2, -4), 2 - Frac(1, 2) if False else Frac(1,2) - 2)
print(sorted([Frac(1, 2), Frac(1, 3), Frac(2, 3), Frac(-1, 5)]), Frac(2, 4) == Frac(1, 2), Frac(4, 2) == 2)
e = Frac(0)
term = Frac(1)
for k in range(1, 25):
    e += term
    term = term / k
print(e.n.bit_length(), f"{float(e):.15f}")
try:
    Frac(1, 0)
except ZeroDivisionError as ex:
    print("ZeroDivisionError:", ex)
