from __future__ import annotations
import typing
from typing import (Any, Callable, Dict, Generator, Iterable, Iterator, List, Optional,
                    Tuple, Union, TypeVar, Protocol, NamedTuple, TypedDict, Literal, Final,
                    ClassVar, cast, overload, get_type_hints, TYPE_CHECKING, Sequence)

T = TypeVar("T")
N = TypeVar("N", int, float)

def countdown(n: int) -> Generator[int, None, str]:
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

def take(it: Iterable[T], k: int) -> List[T]:
    out: List[T] = []
    for x in it:
        if len(out) == k:
            break
        out.append(x)
    return out

class Shape(Protocol):
    def area(self) -> float: ...

class Sq:
    def __init__(self, s: float) -> None:
        self.s = s
    def area(self) -> float:
        return self.s ** 2

class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

class Movie(TypedDict):
    title: str
    year: int

class Config:
    debug: ClassVar[bool] = False
    name: str
    retries: Optional[int] = None

MAX: Final = 10

def total_area(shapes: Sequence[Shape]) -> float:
    return sum(s.area() for s in shapes)

print(take(countdown(5), 3))
g = countdown(2)
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
gg = countdown(1); next(gg)
try:
    next(gg)
except StopIteration as e:
    print("returned", e.value)
print(total_area([Sq(2), Sq(3)]), Pt(3, 4).norm(), Pt(1), Pt._fields, Movie(title="x", year=1))
print(countdown.__annotations__)
print(get_type_hints(countdown))
print(get_type_hints(take))
print(get_type_hints(Config))
print(get_type_hints(Pt))
print(Config.__annotations__)
print(Optional[int], Union[int, str], Union[int, None], Dict[str, List[int]], Tuple[int, ...], Callable[[int], str])
print(Callable[..., Any], Literal["a", 1], Iterator[int], Generator[int, None, str], List, Optional[List[int]])
print(cast(int, "not really"), TYPE_CHECKING, N.__constraints__, T, typing.Any)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3), typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(Optional[int]))
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], int | None, list[int] | None)
print(isinstance(3, int | str), typing.get_args(int | str))
