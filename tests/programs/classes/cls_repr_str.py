# checks that genpy runs this program (cls_repr_str, from the second differential-testing corpus) exactly as CPython 3.11 does
class Money:
    def __init__(self, cents, cur="USD"):
        self.cents = cents; self.cur = cur
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        d, c = divmod(abs(self.cents), 100)
        return f"{sign}{d:,}.{c:02d} {self.cur}"
    def __repr__(self):
        return f"Money({self.cents!r}, {self.cur!r})"
    def __format__(self, spec):
        if spec == "short":
            return f"{self.cents / 100:.0f}{self.cur[0]}"
        return format(str(self), spec)
    def __add__(self, o):
        if isinstance(o, int) and o == 0: return self
        if o.cur != self.cur: raise ValueError("currency mismatch")
        return Money(self.cents + o.cents, self.cur)
    __radd__ = __add__
    def __neg__(self): return Money(-self.cents, self.cur)
    def __bool__(self): return self.cents != 0
ms = [Money(123456), Money(-99), Money(5)]
print(ms)
print([str(m) for m in ms])
print(sum(ms), -sum(ms))
print(f"{ms[0]:short} [{ms[1]:>15}] [{ms[2]:*<14}]")
print(str(ms), "%s and %r" % (ms[2], ms[2]))
print(bool(Money(0)), bool(ms[1]))
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print(e)
