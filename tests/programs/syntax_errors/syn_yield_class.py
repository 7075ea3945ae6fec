# checks that genpy runs this program (syn_yield_class, from the first differential-testing corpus) exactly as CPython 3.11 does
def f():
    yield 1
    return 2
class A:
    x = yield
