# checks that genpy runs this program (syn_default_order, from the first differential-testing corpus) exactly as CPython 3.11 does
def f(a=1, b):
    pass
