# checks that genpy runs this program (type_uncaught, from the first differential-testing corpus) exactly as CPython 3.11 does
def f(a, b): return a + b
f(1)
