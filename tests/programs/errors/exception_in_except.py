# checks that genpy runs this program (exception_in_except, from the first differential-testing corpus) exactly as CPython 3.11 does
def f():
    try:
        raise ValueError("first")
    except ValueError:
        x = undefined
f()
