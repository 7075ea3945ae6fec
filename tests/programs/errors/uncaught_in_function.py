# checks an uncaught exception raised two calls deep, with output before it kept
def inner(x):
    print("inner got", x)
    return 10 // x


def outer(values):
    for v in values:
        print("result", inner(v))


outer([5, 2, 0, 1])
