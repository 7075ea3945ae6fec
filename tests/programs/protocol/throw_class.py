# checks throw() with an exception class raised at the suspension point, uncaught inside
def gen():
    try:
        yield 1
        print("not reached")
    finally:
        print("finally runs while the thrown exception propagates")


g = gen()
print(next(g))
try:
    g.throw(ValueError)
except ValueError as e:
    print("caller got", type(e).__name__, repr(e), e.args)
print("generator is finished:", next(g, "done"))
