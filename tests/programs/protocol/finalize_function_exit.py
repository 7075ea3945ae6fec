# checks that a generator local to a function is closed when the function returns or raises
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("closing", tag)


def use_once():
    g = gen("use_once")
    print("first value", next(g))
    print("returning")
    return "result"


print(use_once())
print("after call")


def fails():
    g = gen("fails")
    next(g)
    raise ValueError("oops")


try:
    fails()
except ValueError as e:
    print("caught", e)
print("after caught error")


def helper():
    return next(gen("temporary"))


print("temporary value", helper())
