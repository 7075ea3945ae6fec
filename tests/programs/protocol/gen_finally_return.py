# checks that genpy runs this program (gen_finally_return, from the first differential-testing corpus) exactly as CPython 3.11 does
def g():
    try:
        yield 1
        yield 2
    finally:
        return "from finally"
x = g(); print(next(x))
try:
    next(x); next(x)
except StopIteration as e:
    print("stop", e.value)
y = g(); next(y); print(y.close())
z = g(); next(z)
try:
    z.throw(ValueError("swallowed?"))
except StopIteration as e:
    print("throw->", e.value)
