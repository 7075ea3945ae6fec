# checks that genpy runs this program (pep479, from the first differential-testing corpus) exactly as CPython 3.11 does
def g():
    yield 1
    raise StopIteration("oops")
try:
    list(g())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
def h():
    yield next(iter([]))
try:
    print(list(h()))
except RuntimeError as e:
    print("RE", e)
print([x for x in [1,2]])
