# checks that genpy runs this program (classes_inherit, from the first differential-testing corpus) exactly as CPython 3.11 does
class A:
    def who(self): return "A"
    def hello(self): return "hello from " + self.who()
class B(A):
    def who(self): return "B+" + super().who()
class C(A):
    def who(self): return "C+" + super().who()
class D(B, C):
    def who(self): return "D+" + super().who()
print(D().hello(), [k.__name__ for k in D.__mro__], D.__name__, D.__bases__)
print(isinstance(D(), A), issubclass(D, C), type(D()).__name__)
class Count:
    n = 0
    def __init__(self):
        Count.n += 1
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def twice(x): return x * 2
    @property
    def doubled(self): return self.n * 2
Count(); Count.make(); print(Count.n, Count.twice(4), Count().doubled)
class T:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val):
        if val < 0: raise ValueError("neg")
        self._v = val
t = T(); t.v = 5; print(t.v)
try: t.v = -1
except ValueError as e: print(e)
print(hasattr(t, "v"), getattr(t, "nope", "dflt"), vars(t))
setattr(t, "w", 3); print(t.w); delattr(t, "w"); print(hasattr(t, "w"))
