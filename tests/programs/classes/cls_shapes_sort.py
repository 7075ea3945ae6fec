# checks that genpy runs this program (cls_shapes_sort, from the second differential-testing corpus) exactly as CPython 3.11 does
import math
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError(type(self).__name__)
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return type(self) is type(other) and self.area() == other.area()
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"
class Circle(Shape):
    def __init__(self, name, r):
        super().__init__(name); self.r = r
    def area(self): return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, name, w, h):
        super().__init__(name); self.w, self.h = w, h
    def area(self): return self.w * self.h
class Square(Rect):
    def __init__(self, name, s):
        super().__init__(name, s, s)
    @classmethod
    def unit(cls):
        return cls("unit", 1)
shapes = [Circle("c1", 1), Rect("r1", 2, 3), Square("s1", 2), Square.unit(), Circle("c2", 0.5)]
print(sorted(shapes))
print(max(shapes), min(shapes))
print(Square("a", 2) == Square("b", 2), Square("a", 2) == Rect("b", 2, 2), Square("a", 2) != Rect("b", 2, 2))
print(Shape.count, Square.mro()[1].__name__, isinstance(shapes[2], Rect), issubclass(Square, Shape))
try:
    Shape("x").area()
except NotImplementedError as e:
    print("NIE", e)
try:
    print(Circle("a", 1) <= Circle("b", 2))
except TypeError as e:
    print("TypeError:", e)
