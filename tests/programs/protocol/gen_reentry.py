# checks that genpy runs this program (gen_reentry, from the first differential-testing corpus) exactly as CPython 3.11 does
def g():
    yield next(me)
me = g()
try:
    next(me)
except ValueError as e:
    print(e)
