# checks that yielding in response to close() gives RuntimeError: generator ignored GeneratorExit
def stubborn():
    while True:
        try:
            yield "value"
        except GeneratorExit:
            print("ignoring GeneratorExit")


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("state after failed close: suspended =", g.gi_suspended)
print(next(g))


def ignore_once():
    try:
        yield 1
    except GeneratorExit:
        yield 2


h = ignore_once()
next(h)
h.close()
