# checks that genpy runs this program (gen_exception_uncaught_type, from the first differential-testing corpus) exactly as CPython 3.11 does
def g():
    yield next(g2) + "s"
g2 = (i for i in range(3))
for v in g(): print(v)
