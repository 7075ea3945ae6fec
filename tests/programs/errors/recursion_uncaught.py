# checks that genpy runs this program (recursion_uncaught, from the first differential-testing corpus) exactly as CPython 3.11 does
def f(n): return f(n + 1)
f(0)
