# checks that genpy runs this program (yf_iterator_send, from the first differential-testing corpus) exactly as CPython 3.11 does
def g():
    yield from [1, 2, 3]
x = g(); print(next(x))
try:
    x.send(5)
except AttributeError as e:
    print("AE", e)
y = g(); next(y)
try:
    y.throw(KeyError("k"))
except KeyError as e:
    print("KE", e)
z = g(); next(z); z.close(); print(list(z))
def h():
    yield from iter(range(2))
w = h(); next(w); print(w.send(None))
