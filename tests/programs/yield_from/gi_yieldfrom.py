# checks gi_yieldfrom shows the current delegate and is None otherwise
def inner():
    yield "in inner"


def outer():
    yield "before"
    yield from inner()
    yield from [1]
    yield "after"


i = None
g = outer()
print(g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_code.co_name)
print(next(g), type(g.gi_yieldfrom).__name__)
print(next(g), g.gi_yieldfrom)
print(list(g), g.gi_yieldfrom)
