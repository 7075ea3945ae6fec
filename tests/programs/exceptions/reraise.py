# checks bare raise re-raises the current exception, also after a generator yields in except
def check(n):
    try:
        if n < 0:
            raise ValueError(f"negative: {n}")
        return n
    except ValueError:
        print("logging and re-raising")
        raise


try:
    check(-1)
except ValueError as e:
    print("outer got", e)
try:
    raise TypeError("first")
except TypeError as e:
    err = e
print("saved exception after the block:", err)


def gen():
    try:
        raise KeyError("inside")
    except KeyError:
        yield "in handler"
        raise


g = gen()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("re-raised after resuming:", e)
