# checks that genpy runs this program (err_uncaught_in_gen, from the second differential-testing corpus) exactly as CPython 3.11 does
def gen():
    yield 1
    yield {}["missing"]
for x in gen():
    print(x)
