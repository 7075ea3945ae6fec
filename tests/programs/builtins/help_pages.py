# help() on functions, methods, classes and built-ins: pydoc's layout, with
# signatures (defaults, *args, keyword-only parameters, annotations) and cleaned
# docstrings; __doc__ of functions, classes and built-ins.


def plain():
    pass


def documented(x, y=1, *rest, key: int = 2, **options) -> str:
    """Join things.

    The second paragraph is indented in the source
        and this line more so.
    """


def positional_only(a, b, /, c, *, d):
    "One line."


class Point:
    """A point in the plane."""

    origin = (0, 0)

    def __init__(self, x, y):
        self.x, self.y = x, y

    def moved(self, dx, dy=0):
        """A new point, moved by (dx, dy)."""
        return Point(self.x + dx, self.y + dy)


class Empty:
    pass


def countdown(n):
    "Yield n, n-1, ..., 1."
    while n:
        yield n
        n -= 1


help(plain)
help(documented)
help(positional_only)
help(Point)
help(Empty)
help(Point(1, 2).moved)
help(countdown)
help(len)
help([].append)
help(str.upper)
help(dict.fromkeys)
help("len")
help("no_such_name_here")
print(documented.__doc__.splitlines()[0])
print(Point.__doc__, Empty.__doc__, plain.__doc__)
print(len.__doc__)
print(list.append.__doc__)
print(str.__doc__.splitlines()[0])
