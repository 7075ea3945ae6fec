# checks return values of every kind pass through yield from unchanged
def returns(value):
    yield "x"
    return value


def outer():
    for v in [None, 0, "", (1, 2), [3], StopIteration("inner"), {"k": 1}]:
        got = yield from returns(v)
        print(type(got).__name__, repr(got))


list(outer())
