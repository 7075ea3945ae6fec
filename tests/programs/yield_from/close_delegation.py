# checks close() closes the delegate first (inner finally before outer finally)
def inner():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("inner got GeneratorExit")
        raise
    finally:
        print("inner finally")


def middle():
    try:
        yield from inner()
    finally:
        print("middle finally")


def outer():
    try:
        yield from middle()
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise
    finally:
        print("outer finally")


g = outer()
print(next(g))
print("closing")
print(g.close())
print("closed", g.gi_frame)
