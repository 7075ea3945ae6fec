from functools import cached_property
from dataclasses import dataclass
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in vars(c), type(Circle.area).__name__)
c.area = 5
print(c.area)
del c.area
print(c.area)
@dataclass(frozen=True)
class Box:
    w: int
    @cached_property
    def double(self):
        return self.w * 2
b = Box(3)
print(b.double, b.double, b)
