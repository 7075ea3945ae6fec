from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, make_dataclass
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), Point.__match_args__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__hash__)
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Point(1, z=3)
except TypeError as e:
    print(e)
try:
    {p: 1}
except TypeError as e:
    print(e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

v1, v2 = Version(1, 2), Version(1, 10, "beta")
print(v1 < v2, v1 <= v2, v2 > v1, sorted([v2, v1]), max(v1, v2), Version(1, 2, "x") == v1)
print(hash(v1) == hash(Version(1, 2, "other")), {v1: "a"}[Version(1, 2)])
try:
    v1.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print(e)

@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    owner: str = "nobody"
    total: ClassVar[int] = 0

a, b = Inventory(), Inventory()
a.items.append("x")
print(a, b, a.items is b.items, Inventory.total, [f.name for f in fields(Inventory)])
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print(e)

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h

r = Rect(2, 3, scale=2)
print(r, r.area, fields(r)[2].name, len(fields(Rect)))

@dataclass
class Line:
    start: Point
    end: Point
    tags: tuple = ()

ln = Line(Point(0, 0), Point(3, 4), ("a", "b"))
print(asdict(ln), astuple(ln))
print(replace(p, y=9), replace(v1, minor=7), is_dataclass(p), is_dataclass(Point), is_dataclass(5))
try:
    replace(r, area=5)
except ValueError as e:
    print(e)

@dataclass(eq=False)
class Node:
    val: int
print(Node(1) == Node(1), hash(Node(1)) is not None)

@dataclass(unsafe_hash=True)
class UH:
    a: int
print(hash(UH(1)) == hash((1,)))

@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(KW(1, c=5), KW.__match_args__)
try:
    KW(1, 2)
except TypeError as e:
    print(e)

@dataclass(repr=False)
class Custom:
    a: int
    def __repr__(self):
        return "Custom!"
print(Custom(1))
C = make_dataclass("C", [("x", int), ("y", int, field(default=5))])
print(C(1), C(1, 2) == C(1, 2))

@dataclass
class Tree:
    children: list = field(default_factory=list)
t = Tree(); t.children.append(t)
print(t)
try:
    @dataclass(frozen=True)
    class FD(Base):
        pass
except TypeError as e:
    print(e)
try:
    @dataclass(order=True)
    class O:
        a: int
        def __lt__(self, other): return True
except TypeError as e:
    print(e)
print(Point(1, 2) < Point(2, 3) if False else "no order")
try:
    Point(1, 2) < Point(2, 3)
except TypeError as e:
    print(e)
