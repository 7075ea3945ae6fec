# checks that genpy runs this program (syn_unindent, from the first differential-testing corpus) exactly as CPython 3.11 does
def f():
    return 1
  x = 2
