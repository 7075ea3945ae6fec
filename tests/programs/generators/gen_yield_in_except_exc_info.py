# checks that genpy runs this program (gen_yield_in_except_exc_info, from the first differential-testing corpus) exactly as CPython 3.11 does
import sys
def g():
    try:
        raise ValueError("v")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
x = g()
print(next(x), sys.exc_info()[0])
print(next(x), next(x))
