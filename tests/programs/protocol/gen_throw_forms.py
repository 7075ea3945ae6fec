# checks that genpy runs this program (gen_throw_forms, from the first differential-testing corpus) exactly as CPython 3.11 does
def g():
    try:
        yield 1
    except Exception as e:
        print("got", type(e).__name__, e.args)
        yield 2
x = g(); next(x); print(x.throw(ValueError))
x = g(); next(x); print(x.throw(ValueError("inst")))
x = g(); next(x)
try:
    print(x.throw(ValueError, "val"))
except DeprecationWarning:
    pass
y = g()
try:
    y.throw(KeyError("early"))
except KeyError as e:
    print("unstarted throw propagates", e)
print(list(y))
z = g(); list(z)
try:
    z.throw(IndexError("late"))
except IndexError as e:
    print("finished throw", e)
