# checks that genpy runs this program (exception_uncaught_custom, from the first differential-testing corpus) exactly as CPython 3.11 does
class Invalid(Exception):
    def __str__(self): return "custom str!"
def g():
    yield 1
    raise Invalid("x")
list(g())
