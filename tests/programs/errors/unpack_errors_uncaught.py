# checks that genpy runs this program (unpack_errors_uncaught, from the first differential-testing corpus) exactly as CPython 3.11 does
def pairs():
    return [(1, 2), (3, 4, 5)]
for a, b in pairs():
    print(a, b)
