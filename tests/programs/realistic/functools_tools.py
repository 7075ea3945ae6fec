import functools
from functools import lru_cache, partial, reduce, wraps, total_ordering, cached_property, singledispatch
import operator

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def square(x):
    print("  computing", x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    square(v)
print(square.cache_info())

def trace(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(f"{func.__name__}({', '.join(map(repr, args))}) = {result!r}")
        return result
    return wrapper

@trace
def add(a, b=0):
    "Add things."
    return a + b
add(2, 3); add("x", "y")
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
base2 = partial(int, base=2)
print(base2("1011"), base2.func, base2.keywords, base2.args, repr(partial(pow, 2)), partial(partial(max, 1), 5, 3)())
print(reduce(operator.mul, range(1, 8)), reduce(lambda a, b: a + b, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("0.9"), Version("2") <= Version("1"))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("  area computed")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area)

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(i) for i in x)
print(describe(3), "|", describe([1, "a"]), "|", describe(2.5))
print(functools.cmp_to_key(lambda a, b: b - a)(3) < functools.cmp_to_key(lambda a, b: b - a)(1))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
pm = functools.partialmethod
class Cell:
    def set(self, state): self.state = state
    on = pm(set, True)
cc = Cell(); cc.on(); print(cc.state)
