# checks a delegate that returns after catching a thrown exception ends the yield from with that value
def inner():
    try:
        yield "inner waiting"
    except ValueError:
        print("inner handles it and returns")
        return "inner's answer"


def outer():
    answer = yield from inner()
    print("outer got", answer)
    yield "outer continues"


g = outer()
print(next(g))
print(g.throw(ValueError))
print(next(g, "end"))
