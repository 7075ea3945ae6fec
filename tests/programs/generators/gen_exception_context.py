# checks that genpy runs this program (gen_exception_context, from the first differential-testing corpus) exactly as CPython 3.11 does
def g():
    try:
        yield 1
    except ValueError:
        raise TypeError("converted")
x = g(); next(x)
try:
    x.throw(ValueError("orig"))
except TypeError as e:
    print(e, repr(e.__context__))
def h():
    try:
        raise KeyError("inside")
    except KeyError:
        yield "in except"
        print("resumed in except")
        raise
k = h(); print(next(k))
try:
    next(k)
except KeyError as e:
    print("reraised", e)
