# checks PEP 479: StopIteration escaping a generator becomes RuntimeError with __cause__
def leaky():
    yield 1
    next(iter([]))
    yield 2


g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__)


def explicit():
    yield "a"
    raise StopIteration("explicit")


try:
    print(list(explicit()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause args:", e.__cause__.args)


def fine():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside, no RuntimeError"


print(list(fine()))
