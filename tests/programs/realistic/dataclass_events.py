import heapq
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
import dataclasses
from typing import List, ClassVar

@dataclass(order=True)
class Event:
    time: float
    priority: int
    name: str = field(compare=False)
    payload: dict = field(default_factory=dict, compare=False, repr=False)
    count: ClassVar[int] = 0

    def __post_init__(self):
        Event.count += 1
        if self.time < 0:
            raise ValueError(f"negative time: {self.time}")

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def moved(self, dx):
        return replace(self, x=self.x + dx)

@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    total: int = field(default=0, init=False)
    origin: Point = field(default_factory=lambda: Point(0, 0))

q = []
for ev in [Event(3.0, 1, "c"), Event(1.0, 2, "a", {"k": 1}), Event(1.0, 1, "b"), Event(2.5, 0, "d")]:
    heapq.heappush(q, ev)
while q:
    e = heapq.heappop(q)
    print(e, asdict(e))
print(Event.count)
try:
    Event(-1, 0, "bad")
except ValueError as e:
    print("ValueError:", e)
p = Point(1)
print(p, p.moved(5), hash(p) == hash(Point(1, 0)), {p: "origin-ish"}[Point(1)])
try:
    p.x = 9
except FrozenInstanceError as e:
    print(type(e).__name__, e)
inv = Inventory()
inv.items.append("sword")
print(inv, Inventory(), astuple(inv))
print([f.name for f in fields(Event)], [f.name for f in fields(inv)])
print(Event(1, 1, "x") == Event(1, 1, "y"), Event(1, 2, "x") > Event(1, 1, "y"))
print(sorted([Point(2, 1), Point(1, 5)], key=lambda p: (p.y, p.x)))
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(3))
@dataclass(eq=False)
class Handle:
    fd: int
print(Handle(1) == Handle(1), Handle(3))
@dataclass
class WithDefaults:
    a: int
    b: str = "x"
    c: tuple = (1, 2)
print(WithDefaults(1), WithDefaults(2, c=()), WithDefaults.__init__.__doc__ if False else "")
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
print(replace(Event(1, 1, "x"), name="z"))
d = asdict(Inventory(["a", "b"]))
print(d)
