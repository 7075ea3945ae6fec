# checks that genpy runs this program (deco_wraps_stack, from the second differential-testing corpus) exactly as CPython 3.11 does
import functools
calls = []
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
def repeat(n):
    def deco(fn):
        @functools.wraps(fn)
        def w(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        return w
    return deco
@trace
@repeat(3)
def greet(name, punct="!"):
    """Say hi."""
    return f"hi {name}{punct}"
print(greet("bob"), greet("al", punct="?"))
print(greet.__name__, greet.__doc__, greet.__wrapped__.__name__, calls)
def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def tri(n):
    return 0 if n == 0 else n + tri(n - 1)
print(tri(50), len(tri.cache), tri.__qualname__)
