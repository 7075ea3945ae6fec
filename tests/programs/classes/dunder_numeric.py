# checks that genpy runs this program (dunder_numeric, from the first differential-testing corpus) exactly as CPython 3.11 does
class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o): return Money(self.c + (o.c if isinstance(o, Money) else o))
    __radd__ = __add__
    def __mul__(self, k): return Money(self.c * k)
    def __truediv__(self, k): return Money(self.c / k)
    def __floordiv__(self, k): return Money(self.c // k)
    def __mod__(self, k): return Money(self.c % k)
    def __pow__(self, k): return Money(self.c ** k)
    def __neg__(self): return Money(-self.c)
    def __pos__(self): return self
    def __int__(self): return int(self.c)
    def __float__(self): return float(self.c)
    def __str__(self): return f"${self.c}"
    def __format__(self, spec): return format(self.c, spec) + "$"
    def __round__(self, n=0): return Money(round(self.c, n))
    def __index__(self): return int(self.c)
m = Money(7)
print(m + 1, 1 + m, m * 3, m / 2, m // 2, m % 4, m ** 2, -m, +m, int(m), float(m))
print(sum([Money(1), Money(2)]), f"{m:>5}", round(Money(2.567), 1), [10, 20, 30, 40, 50, 60, 70, 80][m])
m += 5; print(m)
print(hex(Money(255)), bin(Money(2)))
