# A module found on the path: runs once, its attributes, __name__, __doc__, __file__,
# __module__ of what it defines, and the __name__ == "__main__" guard.
import sys

HERE = __file__.rsplit("/", 1)[0]


def rel(text):
    return str(text).replace(HERE, "<here>")


print("main starts", __name__)
import helper

import helper as again
from helper import greet, Point, COUNT

print(again is helper, helper.COUNT, COUNT)
print(helper.__name__, repr(helper.__doc__), repr(helper.__package__))
print(rel(helper.__file__), rel(helper))
print(greet("world"), greet.__module__, Point.__module__, Point.__qualname__)
p = Point(1, 2)
print(p, type(p), repr(type(p)))
print(rel(repr(sys.modules["helper"])), sys.modules["helper"] is helper)
print(repr(sys.modules["sys"]), sys.modules["__main__"].__name__)
print(helper.main_guard_ran, helper.__dict__["COUNT"])
print(type(helper).__name__, "greet" in dir(helper))
helper.added = 5
print(helper.added, getattr(helper, "nope", "default"))
try:
    helper.missing
except AttributeError as e:
    print("AttributeError:", e)
def local():
    pass
print(local.__module__)
