# checks that a delegate yielding on close makes the outer close() raise RuntimeError (the delegate, popped while unwinding, is finalized and ignores GeneratorExit once more before the outer finally)
def stubborn():
    while True:
        try:
            yield "s"
        except GeneratorExit:
            print("stubborn ignores GeneratorExit")


def outer():
    try:
        yield from stubborn()
    finally:
        print("outer finally")


g = outer()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(g.gi_suspended)
