# checks that genpy runs this program (global_undefined_uncaught, from the first differential-testing corpus) exactly as CPython 3.11 does
def f():
    global gx
    return gx
f()
