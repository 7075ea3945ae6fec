# checks the legacy throw(type, value) and throw(type, value, None) forms
def gen():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)


g = gen()
next(g)
g.throw(ValueError, "message only")
g.throw(KeyError, ("k",))
g.throw(TypeError, TypeError("an instance as value"))
g.throw(IndexError, None)
g.throw(RuntimeError, "with tb", None)
try:
    g.throw(ValueError(), "not allowed")
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(5)
except TypeError as e:
    print("TypeError:", e)
