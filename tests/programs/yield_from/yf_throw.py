# checks that genpy runs this program (yf_throw, from the first differential-testing corpus) exactly as CPython 3.11 does
def inner():
    try:
        yield 1
    except KeyError as e:
        print("inner caught", e)
        yield 99
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    except ValueError as e:
        print("outer caught", e)
    yield "end"
g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
g2 = outer(); next(g2)
print(g2.throw(ValueError("x")))
g3 = outer(); next(g3)
g3.close()
print("closed")
