# checks that a namedtuple class made without module= belongs to the module that
# made it (its repr and __module__), as in CPython
from collections import namedtuple

Point = namedtuple("Point", "x y")
print(Point, Point.__module__, Point(1, 2), type(Point(3, 4)))
Named = namedtuple("Named", ["a"], module="elsewhere")
print(Named, Named.__module__)
