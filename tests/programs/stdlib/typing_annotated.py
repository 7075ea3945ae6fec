# checks that a program annotated with typing names runs: Generic[T] as a base,
# Iterator/Generator return types on generators, Callable, cast
from typing import Iterator, Generator, List, Dict, Optional, TypeVar, Generic, Callable, cast, overload, TYPE_CHECKING

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def drain(self) -> Iterator[T]:
        while self.items:
            yield self.items.pop()


def counter(n: int) -> Generator[int, None, str]:
    for i in range(n):
        yield i
    return "done"


def apply(f: Callable[[int], int], xs: List[int]) -> Dict[int, int]:
    return {x: f(x) for x in xs}


s: Stack[str] = Stack()
for w in "abc":
    s.push(w)
print(list(s.drain()), list(counter(3)), apply(lambda x: x * x, [1, 2]))
print(cast(Optional[int], None), TYPE_CHECKING, Optional[int] == Optional[int])
