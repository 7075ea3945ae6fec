# checks that when the generator catches a thrown exception, throw() returns the next yielded value
def resilient():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError as e:
            print("recovering from", e)
            n = 100


g = resilient()
print(next(g), next(g))
print("throw returned", g.throw(ValueError("reset")))
print(next(g), next(g))


def catch_then_finish():
    try:
        yield 1
    except KeyError:
        print("caught KeyError, returning")
        return "ret"


h = catch_then_finish()
next(h)
try:
    h.throw(KeyError)
except StopIteration as e:
    print("throw raised StopIteration with value", e.value)
