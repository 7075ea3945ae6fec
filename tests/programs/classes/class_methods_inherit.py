# checks that genpy runs this program (class_methods_inherit, from the first differential-testing corpus) exactly as CPython 3.11 does
class Shape:
    count = 0
    def __init__(self): type(self).count += 1
    @classmethod
    def create(cls, *a): return cls(*a)
    @staticmethod
    def info(): return "shape"
    def describe(self): return f"{type(self).__name__} {self.area():.1f}"
    def area(self): raise NotImplementedError("subclass must implement")
class Sq(Shape):
    def __init__(self, s): super().__init__(); self.s = s
    def area(self): return self.s ** 2
class Ci(Shape):
    def __init__(self, r): super().__init__(); self.r = r
    def area(self): return 3.14159 * self.r ** 2
shapes = [Sq.create(2), Ci.create(1), Sq(3)]
print([s.describe() for s in shapes], Sq.count, Ci.count, Shape.count, Sq.info(), shapes[0].info())
try:
    Shape().area()
except NotImplementedError as e:
    print("NIE", e)
print(Sq.create.__name__, Sq(1).describe.__name__)
bm = shapes[0].area; print(bm(), bm.__self__ is shapes[0])
