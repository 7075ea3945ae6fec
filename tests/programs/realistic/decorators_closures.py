import functools
import time
from contextlib import contextmanager

def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.fn(*a, **k)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)

def register(cls):
    cls.registered = True
    REGISTRY.append(cls.__name__)
    return cls
REGISTRY = []

@repeat(3)
def greet(name):
    return f"hi {name}"

@CountCalls
def square(x):
    return x * x

@register
class Service:
    @CountCalls
    def ping(self, n):
        return "pong" * n
    @staticmethod
    def version():
        return "1.0"
    @classmethod
    def create(cls):
        return cls()

print(greet("bob"), greet.__name__)
print(square(3), square(4), square.calls, square.__name__)
s = Service.create()
print(s.ping(2), Service.ping.calls, Service.version(), s.version(), Service.registered, REGISTRY)

def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5); print(get(), inc.__closure__ is not None, [c.cell_contents for c in inc.__closure__])
fns = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in fns], [f(10) for f in late])

def memo_gen(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(n):
        if n not in cache:
            cache[n] = list(fn(n))
        yield from cache[n]
    wrapper.cache = cache
    return wrapper

@memo_gen
def divisors(n):
    for d in range(1, n + 1):
        if n % d == 0:
            yield d
print(list(divisors(12)), list(divisors(12)), list(divisors.cache))

@contextmanager
def timer(label, log):
    start = time.perf_counter()
    yield
    log.append((label, time.perf_counter() - start >= 0))
log = []
for name in "abc":
    with timer(name, log):
        sum(range(1000))
print(log)

def pipeline(*funcs):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), funcs, lambda x: x)
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello World "))

def accumulate_args(func):
    seen = []
    @functools.wraps(func)
    def inner(*args, **kwargs):
        seen.append((args, tuple(sorted(kwargs.items()))))
        return func(*args, **kwargs)
    inner.seen = seen
    return inner
@accumulate_args
def f(a, b=2, *rest, c, d=4, **kw):
    return a + b + sum(rest) + c + d + sum(kw.values())
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f.seen)
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2)
except TypeError as e:
    print(e)
def kwonly(*, a, b): pass
try:
    kwonly(1)
except TypeError as e:
    print(e)
def posonly(a, b, /, c): return a, b, c
print(posonly(1, 2, c=3))
try:
    posonly(1, b=2, c=3)
except TypeError as e:
    print(e)
gen_of_gens = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(g)) for i, g in gen_of_gens])
x = 10
def outer():
    x = 20
    def inner():
        global x
        x = 30
    inner()
    return x
print(outer(), x)
print((lambda *a, **k: (a, k))(1, 2, z=3), (lambda: (yield))().__class__.__name__)
