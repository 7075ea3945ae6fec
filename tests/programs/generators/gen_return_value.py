# checks that genpy runs this program (gen_return_value, from the first differential-testing corpus) exactly as CPython 3.11 does
def g():
    yield 1
    return [1, 2]
it = g(); next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args, repr(e), str(e))
def h():
    return 5
    yield
try:
    next(h())
except StopIteration as e:
    print(e.value)
def k():
    yield
    return None
for _ in k(): pass
e = StopIteration(3); print(e.value, StopIteration().value)
def wrap():
    v = yield from g()
    return v
w = wrap(); print(next(w))
try: next(w)
except StopIteration as e: print("wrap", e.value)
