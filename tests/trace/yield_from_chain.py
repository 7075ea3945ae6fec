def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner done"


def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3


g = outer()
print(next(g))
print(g.send("hi"))
print(next(g))
print(next(g, "exhausted"))
