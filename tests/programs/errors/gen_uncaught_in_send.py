# checks that genpy runs this program (gen_uncaught_in_send, from the first differential-testing corpus) exactly as CPython 3.11 does
def g():
    x = yield 1
    yield 10 / x
it = g(); next(it)
it.send(0)
