# checks send() is delegated through three levels of yield from to the innermost generator
def innermost():
    total = 0
    while True:
        x = yield f"innermost total={total}"
        if x == "done":
            return total
        total += x


def middle():
    result = yield from innermost()
    print("middle got", result)
    yield "middle after"
    return result * 2


def outer():
    result = yield from middle()
    print("outer got", result)
    yield "outer after"


g = outer()
print(next(g))
print(g.send(5))
print(g.send(10))
print(g.send("done"))
print(next(g, "finished"))
