# Packages: __init__.py, submodules, `import a.b.c` binding `a`, `import a.b as c`,
# `from a.b import c` for a submodule and for an attribute, and the order things run in.
HERE = __file__.rsplit("/", 1)[0]


def rel(text):
    return str(text).replace(HERE, "<here>")


import shapes.solid.cube

print(shapes.__name__, shapes.solid.__name__, shapes.solid.cube.__name__)
print(shapes.solid.cube.volume(3))
print(shapes.__package__, shapes.solid.__package__, shapes.solid.cube.__package__)
print([rel(p) for p in shapes.__path__], rel(shapes.solid.__path__[0]))
print(rel(shapes.__file__), rel(shapes.solid.cube.__file__))
print(hasattr(shapes.solid.cube, "__path__"))
print(rel(shapes))
import shapes.flat as flat

print(flat.area(2, 3), flat is shapes.flat)
from shapes import flat as f2, VERSION
from shapes.solid import cube, describe

print(f2 is flat, VERSION, cube.volume(2), describe())
from shapes.solid.cube import volume

print(volume(4))
import shapes.solid.sphere

print(sorted(k for k in vars(shapes.solid) if not k.startswith("__")))
import shapes, shapes.solid

print(shapes.solid.sphere.NAME)
