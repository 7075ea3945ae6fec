from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence, MutableSequence, Sized, Callable, Hashable, Container, Collection, Set, MutableSet, Generator, Reversible
import collections.abc
import collections
print(collections.deque([1]), collections.abc.Iterable)
def gen(): yield 1
for obj in [[1], (1,), "s", {1: 2}, {1}, frozenset(), range(3), iter([]), gen(), 5, None, len, lambda: 0, {}.keys()]:
    print(type(obj).__name__, [abc.__name__ for abc in (Iterable, Iterator, Mapping, MutableMapping, Sequence, MutableSequence, Sized, Callable, Hashable, Container, Collection, Set, MutableSet, Generator, Reversible) if isinstance(obj, abc)])
class Bag(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
b = Bag(); b["a"] = 1; b.update(b=2, c=3); b.setdefault("d", 4)
print(dict(b), len(b), "a" in b, b.get("z", 0), b.pop("a"), sorted(b.keys()), list(b.items())[:2], list(b.values()), b == {"b": 2, "c": 3, "d": 4})
print(b.popitem(), len(b), isinstance(b, Mapping), issubclass(Bag, Sized))
class Seq(Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
s = Seq(3, 1, 4, 1)
print(list(s), 4 in s, s.index(1), s.count(1), list(reversed(s)), isinstance(s, Iterable), isinstance(s, Reversible))
class Only:
    def __iter__(self): return iter([1])
    def __len__(self): return 1
print(isinstance(Only(), Iterable), isinstance(Only(), Sized), isinstance(Only(), Container), issubclass(Only, Collection))
try:
    Seq2 = type("Seq2", (Sequence,), {})
    Seq2()
except TypeError as e:
    print(e)
class S(Set):
    def __init__(self, it): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
x, y = S([1, 2, 3]), S([2, 3, 4])
print(list(x & y), list(x | y), list(x - y), x <= S([1, 2, 3, 4]), x == S([3, 2, 1]))
print(collections.abc.Iterable, Mapping.__module__)
