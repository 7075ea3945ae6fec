# checks that genpy runs this program (genexpr_uncaught_firstiter, from the first differential-testing corpus) exactly as CPython 3.11 does
g = (x for x in None)
