from typing import Generic, TypeVar, Protocol, Iterator, runtime_checkable
T = TypeVar("T"); K = TypeVar("K"); V = TypeVar("V")
class Stack(Generic[T]):
    def __init__(self): self.items = []
    def push(self, x: T) -> None: self.items.append(x)
class Pair(Generic[K, V]):
    def __init__(self, k, v): self.k, self.v = k, v
class IntStack(Stack[int]): pass
class Both(Stack[T], Generic[T]): pass
print(Stack[int], Pair[str, int], Generic[T], Pair[K, V].__parameters__)
s = Stack[int](); s.push(3); print(s.items, s.__orig_class__, type(s))
print(IntStack.__bases__, IntStack.__mro__, Both.__bases__)
print(Stack.__bases__, Pair.__mro__)
print(Stack[int] == Stack[int], Stack[int] == Stack[str], Stack[int].__origin__)
@runtime_checkable
class Closer(Protocol[T]):
    def close(self) -> T: ...
class F:
    def close(self): return 1
print(isinstance(F(), Closer), Closer.__bases__)
print(Iterator[int], Stack.__orig_bases__ if hasattr(Stack, '__orig_bases__') else None)
class Mixed(Generic[K], Pair[K, int]): pass
print(Mixed.__bases__)
