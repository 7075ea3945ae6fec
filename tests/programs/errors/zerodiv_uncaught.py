# checks that genpy runs this program (zerodiv_uncaught, from the first differential-testing corpus) exactly as CPython 3.11 does
def avg(xs): return sum(xs) / len(xs)
print(avg([]))
