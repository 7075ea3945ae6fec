# checks throw() goes to the innermost delegate, which can catch it and yield again
def inner():
    while True:
        try:
            yield "inner ready"
        except ValueError as e:
            print("inner caught", e)
            yield "inner recovered"


def outer():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer recovered"


g = outer()
print(next(g))
print(g.throw(ValueError("v1")))
print(next(g))
print(g.throw(KeyError("not handled by inner")))
print(g.gi_yieldfrom)
try:
    g.throw(ValueError("now outer is not delegating"))
except ValueError as e:
    print("propagated to caller:", e)
