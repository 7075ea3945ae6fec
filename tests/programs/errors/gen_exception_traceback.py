# checks that genpy runs this program (gen_exception_traceback, from the first differential-testing corpus) exactly as CPython 3.11 does
def a():
    yield 1
    raise ValueError("in a")
def b():
    yield from a()
def c():
    for x in b():
        yield x
list(c())
