# checks that an exception raised by the delegate while closing propagates from close()
def inner():
    try:
        yield 1
    finally:
        raise KeyError("raised during inner cleanup")


def outer():
    try:
        yield from inner()
    finally:
        print("outer finally still runs")


g = outer()
next(g)
try:
    g.close()
except KeyError as e:
    print("close() raised", repr(e))
print(g.gi_frame)
