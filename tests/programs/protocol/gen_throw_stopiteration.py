# checks that genpy runs this program (gen_throw_stopiteration, from the first differential-testing corpus) exactly as CPython 3.11 does
def g():
    yield 1
    yield 2
x = g(); next(x)
try:
    x.throw(StopIteration)
except RuntimeError as e:
    print("RE:", e)
except StopIteration:
    print("SI")
print(list(x))
