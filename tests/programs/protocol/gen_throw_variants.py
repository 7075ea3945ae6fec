# checks that genpy runs this program (gen_throw_variants, from the second differential-testing corpus) exactly as CPython 3.11 does
def g():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)
it = g(); next(it)
it.throw(ValueError)
it.throw(ValueError("inst"))
it.throw(KeyError, "val")
it.throw(TypeError, TypeError("t2"))
it.throw(IndexError, ("a", "b"))
try:
    it.throw(5)
except TypeError as e:
    print("TypeError:", e)
it.close()
def stopper():
    yield 1
s = stopper()
try:
    s.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e)
except StopIteration:
    print("StopIteration leaked (unstarted)")
