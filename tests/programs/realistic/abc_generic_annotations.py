# Annotations written with the generic ABCs and containers of the standard library
# (PEP 585): collections.abc.Iterator[int] and friends are types.GenericAlias.
import collections
import contextlib
import queue
import re
import types
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence


def countdown(n: int) -> Iterator[int]:
    while n:
        yield n
        n -= 1


def running_total(xs: Iterable[float]) -> Generator[float, None, float]:
    total = 0.0
    for x in xs:
        total += x
        yield total
    return total


def apply(f: Callable[[int], str], xs: Sequence[int]) -> Mapping[int, str]:
    return {x: f(x) for x in xs}


class Window(Iterator[int]):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(countdown(3)), list(running_total([1, 2.5])), apply(hex, [10, 255]))
print(countdown.__annotations__)
print(running_total.__annotations__["return"], apply.__annotations__)
print(list(Window(3)), Window.__bases__, isinstance(Window(1), Iterator))
print(Iterator[int], Generator[int, None, str], Callable[[int], str], Callable[..., int])
print(collections.deque[int], collections.defaultdict[str, list], collections.Counter[str])
print(collections.OrderedDict[str, int], collections.ChainMap[str, int])
print(re.Pattern[str], re.Match[bytes], contextlib.AbstractContextManager[int], queue.Queue[int])
alias = Mapping[str, int]
print(type(alias) is types.GenericAlias, alias.__origin__, alias.__args__, alias == Mapping[str, int])
print(collections.defaultdict[str, int](int), collections.Counter[str]("aab"))
try:
    collections.abc.Hashable[int]
except TypeError as e:
    print("TypeError:", e)
