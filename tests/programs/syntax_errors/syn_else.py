# checks that genpy runs this program (syn_else, from the first differential-testing corpus) exactly as CPython 3.11 does
print(1)
else:
    pass
