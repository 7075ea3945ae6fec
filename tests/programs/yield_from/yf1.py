# checks that genpy runs this program (yf1, from the first differential-testing corpus) exactly as CPython 3.11 does
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "ret"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [10, 20]
    yield from range(3)
    r2 = yield from iter([])
    print(r2)
g = outer()
print(next(g)); print(g.send("a")); print(g.send("b")); print(list(g))
