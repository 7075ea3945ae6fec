# checks that genpy runs this program (index_uncaught, from the first differential-testing corpus) exactly as CPython 3.11 does
xs = [1, 2, 3]
for i in range(4):
    print(xs[i])
