# checks that an exception thrown in and not caught ends the program with its message
def worker():
    print("working")
    yield 1
    print("not reached")


g = worker()
next(g)
g.throw(RuntimeError("thrown into the worker"))
