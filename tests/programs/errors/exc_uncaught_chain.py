# checks that genpy runs this program (exc_uncaught_chain, from the first differential-testing corpus) exactly as CPython 3.11 does
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
f()
