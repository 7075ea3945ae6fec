# checks that genpy runs this program (syn_nonlocal, from the first differential-testing corpus) exactly as CPython 3.11 does
def f():
    nonlocal x
