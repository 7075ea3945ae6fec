from functools import lru_cache, reduce, partial
from itertools import islice, count, takewhile, accumulate
from collections import OrderedDict
from typing import Callable, Iterator, TypeVar
import operator

T = TypeVar("T")

class LRU:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.data: "OrderedDict[str, int]" = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, compute: Callable[[str], int]):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        value = self.data[key] = compute(key)
        if len(self.data) > self.capacity:
            evicted, _ = self.data.popitem(last=False)
            print(f"  evict {evicted}")
        return value

    def __repr__(self):
        return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses})"

cache = LRU(3)
for k in "abcadeab":
    cache.get(k, lambda s: ord(s) * 2)
print(cache)

@lru_cache(maxsize=128)
def collatz_len(n: int) -> int:
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)

best = max(range(1, 300), key=collatz_len)
print(best, collatz_len(best), collatz_len.cache_info().maxsize, collatz_len.cache_info().currsize)

def compose(*fs: Callable) -> Callable:
    return reduce(lambda f, g: lambda x: g(f(x)), fs)

def squares() -> Iterator[int]:
    return (n * n for n in count(1))

inc = partial(operator.add, 1)
double = partial(operator.mul, 2)
f = compose(inc, double, str)
print([f(x) for x in range(4)])
print(list(takewhile(lambda s: s < 200, squares())))
print(list(islice(accumulate(squares()), 6)), sum(islice(squares(), 100)))
@lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5, 10)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().hits > 0)
print(collatz_len.__wrapped__.__name__, type(collatz_len).__name__)
typed = lru_cache(typed=True)(lambda x: type(x).__name__)
print(typed(1), typed(1.0), typed.cache_info().currsize)
print(typed.cache_parameters(), collatz_len.cache_parameters())
kw = lru_cache()(lambda **k: sorted(k))
kw(a=1, b=2); kw(b=2, a=1); kw(a=1, b=2)
print(kw.cache_info())
zero = lru_cache(maxsize=0)(lambda x: x)
zero(1); zero(1)
print(zero.cache_info())
import functools
f = functools.lru_cache()(abs); f(1)
i = f.cache_info(); print(type(i), i.hits, i._fields, i == (0, 1, 128, 1))
