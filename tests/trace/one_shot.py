def once():
    yield "only"


g = once()
for v in g:
    print(v)
try:
    next(g)
except StopIteration:
    print("exhausted")


def broken():
    yield 1
    raise KeyError("k")


try:
    list(broken())
except KeyError as e:
    print("KeyError", e)
