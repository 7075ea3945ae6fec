# checks that genpy runs this program (cls_property_inheritance, from the second differential-testing corpus) exactly as CPython 3.11 does
class Shape:
    def __init__(self, w, h): self._w, self._h = w, h
    @property
    def area(self): return self._w * self._h
    @property
    def label(self): return f"{type(self).__name__}[{self.area}]"
class Tri(Shape):
    @property
    def area(self): return super().area / 2
class Sq(Shape):
    def __init__(self, s): super().__init__(s, s)
    @Shape.area.getter
    def area(self): return self._w ** 2 + 0
print([s.label for s in (Shape(2, 3), Tri(2, 3), Sq(4))])
print(isinstance(Shape.area, property), Shape.area.fget.__name__, Tri.area.fset)
