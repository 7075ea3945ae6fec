from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Generic, TypeVar, Optional
import enum

T = TypeVar("T")

@dataclass
class Shape(ABC):
    name: str
    @abstractmethod
    def area(self) -> float: ...
    def describe(self):
        return f"{self.name}: {self.area():.1f}"

@dataclass
class Rect(Shape):
    w: float = 1.0
    h: float = 1.0
    def area(self):
        return self.w * self.h

@dataclass
class Box(Generic[T]):
    item: T
    label: Optional[str] = None

try:
    Shape("x")
except TypeError as e:
    print(e)
r = Rect("r", 2, 3)
print(r, r.describe(), isinstance(r, Shape), Box(5), Box[int](item=3, label="n"))

class Level(enum.IntEnum):
    DEBUG = 10
    INFO = 20

@dataclass(order=True)
class Record:
    level: Level
    msg: str = field(compare=False)

logs = [Record(Level.INFO, "b"), Record(Level.DEBUG, "a")]
print(sorted(logs), [str(r.level) for r in logs], max(logs).msg)
