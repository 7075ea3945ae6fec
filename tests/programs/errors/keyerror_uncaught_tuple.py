# checks that genpy runs this program (keyerror_uncaught_tuple, from the first differential-testing corpus) exactly as CPython 3.11 does
d = {}
d[(1, 2)]
