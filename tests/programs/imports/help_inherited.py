# help() of a module's classes: the class tree with classes under their bases,
# "Methods inherited from ...", class and static methods, read-only properties,
# data descriptors (__dict__/__weakref__ where a class adds them), aliases; and of
# native functions: their signature and whole docstring (math.sqrt, sorted).
import contextlib
import io
import math
import os

import shapes


def page(obj):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        help(obj)
    return out.getvalue().replace(os.path.dirname(shapes.__file__), "<dir>")


print(page(shapes))
print(page(shapes.Circle))
print(page(math.sqrt))
print(page(math.floor))
print(page(sorted))
print(page("".split))
print(page([].append))
print(math.sqrt.__module__, len.__module__, math.sqrt.__doc__)
print(math.__doc__)
