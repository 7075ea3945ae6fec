# checks that close() returns None even if the generator returns a value (3.11 behaviour)
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("returning a value during close")
        return "dropped"


g = gen()
next(g)
result = g.close()
print("close() returned", result)


def gen_finally():
    try:
        yield 1
    finally:
        return "also dropped"


g = gen_finally()
next(g)
print("close() returned", g.close())
