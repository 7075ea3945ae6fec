from dataclasses import dataclass
from enum import Enum
@dataclass
class Odd:
    self: int
    id: int = 0
    type: str = "t"
print(Odd(1), Odd(self=2, id=3))
class Outer:
    @dataclass(frozen=True)
    class Inner:
        v: int
print(Outer.Inner(1), hash(Outer.Inner(1)) == hash((1,)))
class C(Enum):
    A = 1
print(type(C.__members__), C.__members__)
