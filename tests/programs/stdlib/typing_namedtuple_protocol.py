from typing import NamedTuple, TypedDict, Protocol, runtime_checkable, get_type_hints, Optional, List
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), p._replace(y=1), Point(1), p._fields, Point._field_defaults, p == (3, -4), isinstance(p, tuple))
x, y = p
print(x, y, Point.__annotations__, type(p).__name__, Point.__module__)
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp._fields)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(e)
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="Blade Runner", year=1982)
print(m, type(m).__name__, Movie.__required_keys__ == {"name", "year"}, Movie.__total__)
class Partial(TypedDict, total=False):
    rating: float
print(Partial(rating=1.5), sorted(Partial.__optional_keys__))
try:
    isinstance(m, Movie)
except TypeError as e:
    print(e)
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class File:
    def close(self): return "closed"
class Nope: pass
print(isinstance(File(), Closer), isinstance(Nope(), Closer))
class Drawable(Protocol):
    def draw(self) -> str: ...
try:
    isinstance(File(), Drawable)
except TypeError as e:
    print(e)
class Shape(Drawable):
    def draw(self): return "shape"
print(Shape().draw(), isinstance(Shape(), Drawable) if False else "")
class C:
    a: int
    b: "Optional[str]"
    c: List[int]
print(get_type_hints(C))
