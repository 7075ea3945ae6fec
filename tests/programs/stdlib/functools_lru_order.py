# lru_cache: the least recently used entry is evicted, a hit makes an entry the
# most recent, cache_info() counts right; a large cache stays fast (eviction and
# hits take constant time).
from functools import lru_cache

calls = []


@lru_cache(maxsize=3)
def f(x):
    calls.append(x)
    return x * 10


for x in [1, 2, 3, 1, 4, 2, 1, 3, 3, 5, 1]:
    f(x)
print(calls)
print(f.cache_info())
f.cache_clear()
print(f.cache_info())
print(f(2), f(2), calls[-1], f.cache_info())


@lru_cache(maxsize=1)
def one(x):
    calls.append(("one", x))
    return x


print([one(v) for v in [1, 1, 2, 1, 1]], calls[-3:], one.cache_info())


@lru_cache(maxsize=0)
def never(x):
    return x


print(never(1), never(1), never.cache_info())


@lru_cache(maxsize=None)
def unbounded(x):
    return x + 1


print(sum(unbounded(i % 7) for i in range(100)), unbounded.cache_info())


@lru_cache(maxsize=2, typed=True)
def typed(x):
    calls.append(("typed", x))
    return x


typed(1)
typed(1.0)
typed(1)
print(calls[-2:], typed.cache_info())


@lru_cache(maxsize=40000)
def square(n):
    return n * n


# Each hit here is on the least recently used entry, and each miss evicts one.
total = 0
for i in range(40000):
    total += square(i)
for i in range(100000):
    total += square(i % 40000)
for i in range(20000):
    total += square(-i)
print(total, square.cache_info())


@lru_cache(maxsize=100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(120), fib.cache_info())
