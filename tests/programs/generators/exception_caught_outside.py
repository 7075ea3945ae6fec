# checks that an exception raised inside a generator propagates to the caller of next()
def risky():
    yield 1
    yield 2
    raise ValueError("bad third value")
    yield 3


g = risky()
try:
    for v in g:
        print("got", v)
except ValueError as e:
    print("caught:", e)
print("after the error the generator is finished:", next(g, "done"))


def divide_all(values, d):
    for v in values:
        yield v / d


try:
    print(list(divide_all([1, 2], 0)))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def inner():
    yield "inner ok"
    raise KeyError("missing")


def outer():
    for x in inner():
        yield x.upper()


try:
    for x in outer():
        print(x)
except KeyError as e:
    print("KeyError from two levels down:", e)
