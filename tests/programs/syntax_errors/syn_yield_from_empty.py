# checks that genpy runs this program (syn_yield_from_empty, from the first differential-testing corpus) exactly as CPython 3.11 does
def g():
    x = yield from
