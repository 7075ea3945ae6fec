# checks that genpy runs this program (unbound_uncaught, from the first differential-testing corpus) exactly as CPython 3.11 does
def f():
    total = total + 1
f()
