# checks close() raises GeneratorExit at the suspension point so finally and except run
def with_finally():
    try:
        print("started")
        yield 1
        yield 2
    finally:
        print("finally on close")


g = with_finally()
next(g)
print("closing")
print("close returned", g.close())
print("after close", next(g, "exhausted"))


def with_except():
    try:
        yield 1
    except GeneratorExit as e:
        print("caught", type(e).__name__, repr(e), isinstance(e, Exception))
        raise


g = with_except()
next(g)
g.close()
print("closed again:", g.close())


def swallows():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit swallowed, falling off the end")


g = swallows()
next(g)
g.close()
print("no error when the generator simply finishes")
