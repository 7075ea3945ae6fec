# checks that genpy runs this program (gen_close_return, from the first differential-testing corpus) exactly as CPython 3.11 does
def g():
    try:
        yield 1
    except GeneratorExit:
        return "ignored"
x = g(); next(x)
print(x.close())
def h():
    try:
        yield 1
    finally:
        yield 2
y = h(); next(y)
try:
    y.close()
except RuntimeError as e:
    print(e)
def k():
    yield 1
z = k(); next(z)
try:
    z.throw(GeneratorExit)
except GeneratorExit:
    print("GE propagated")
print(list(z))
