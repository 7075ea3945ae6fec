from collections.abc import Iterator, Iterable, Generator, Sized, Container
import collections.abc as cabc

class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
    def __len__(self):
        return self.start
    def __contains__(self, x):
        return 0 < x <= self.start
    def __reversed__(self):
        return iter(range(1, self.start + 1))
    def __repr__(self):
        return f"Countdown({self.start})"

class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

class Fib(Iterator):
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v

c = Countdown(5)
print(list(c), list(reversed(c)), len(c), 3 in c, 7 in c, sum(c), max(c), sorted(c))
print(isinstance(c, Iterable), isinstance(c, Iterator), isinstance(iter(c), Iterator), isinstance(c, Sized))
print(list(Fib(100)), isinstance(Fib(1), Iterable), hasattr(Fib(1), "__iter__"))
it = iter(Countdown(3))
print(next(it), next(it), next(it), next(it, "done"))
def gen():
    yield 1
print(isinstance(gen(), Generator), isinstance(gen(), Iterator), isinstance([], Iterator), isinstance({}, cabc.Mapping))
print(isinstance(range(3), cabc.Sequence), isinstance("s", cabc.Hashable), isinstance([], cabc.Hashable), isinstance(len, cabc.Callable))
print(issubclass(list, cabc.MutableSequence), issubclass(tuple, cabc.MutableSequence), issubclass(dict, cabc.MutableMapping), issubclass(set, cabc.Set))
class Seq(cabc.Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = Seq(3, 1, 4, 1)
print(list(s), s.index(4), s.count(1), 4 in s, list(reversed(s)))
class M(cabc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M({"a": 1, "b": 2})
print(dict(m), m.get("c", 0), list(m.items()), list(m.keys()), "a" in m, m == {"a": 1, "b": 2})
class Sentinel:
    def __init__(self):
        self.i = 0
    def __call__(self):
        self.i += 1
        return self.i
print(list(iter(Sentinel(), 4)))
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldStyle()), 20 in OldStyle())
z = zip(Countdown(3), "abc", Fib(10))
print(list(z), list(enumerate(Countdown(2), start=1)), list(map(str, Countdown(2))))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
class Bad:
    def __iter__(self):
        return 3
try:
    iter(Bad())
except TypeError as e:
    print(e)
