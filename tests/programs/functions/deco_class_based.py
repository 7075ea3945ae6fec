# checks that genpy runs this program (deco_class_based, from the second differential-testing corpus) exactly as CPython 3.11 does
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0
    def __call__(self, *a, **k):
        self.n += 1
        return self.fn(*a, **k)
@CountCalls
def square(x):
    return x * x
print([square(i) for i in range(5)], square.n)
class Validate:
    def __init__(self, **types):
        self.types = types
    def __call__(self, fn):
        def w(**kw):
            for k, t in self.types.items():
                if not isinstance(kw.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}, got {type(kw.get(k)).__name__}")
            return fn(**kw)
        return w
@Validate(x=int, y=(int, float).__class__ and float)
def mk(x, y):
    return x * y
print(mk(x=2, y=1.5))
try:
    mk(x="a", y=1.0)
except TypeError as e:
    print(e)
