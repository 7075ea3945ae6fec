# checks that genpy runs this program (name_uncaught, from the first differential-testing corpus) exactly as CPython 3.11 does
def compute():
    return undefined_var * 2
print(compute())
