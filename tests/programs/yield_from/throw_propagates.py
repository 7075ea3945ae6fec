# checks that an exception the delegate does not handle propagates out of every level
def level3():
    try:
        yield 3
    finally:
        print("level3 finally")


def level2():
    try:
        yield from level3()
    finally:
        print("level2 finally")


def level1():
    try:
        yield from level2()
    except IndexError as e:
        print("level1 handles", repr(e))
        return "level1 result"


g = level1()
print(next(g))
try:
    g.throw(IndexError("deep"))
except StopIteration as e:
    print("StopIteration value", e.value)
h = level2()
next(h)
try:
    h.throw(TypeError("nobody handles this"))
except TypeError as e:
    print("caller got", e)
