# checks that genpy runs this program (yf_close_delegate, from the first differential-testing corpus) exactly as CPython 3.11 does
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")
def middle():
    try:
        yield from inner()
    finally:
        print("middle closed")
def outer():
    yield from middle()
o = outer(); print(next(o))
print(o.gi_yieldfrom.__name__, o.gi_yieldfrom.gi_yieldfrom.__name__)
o.close()
print("done")
o2 = outer(); next(o2)
try:
    o2.throw(RuntimeError("deep"))
except RuntimeError as e:
    print("propagated", e)
