# checks that genpy runs this program (syn_assign_in_if, from the first differential-testing corpus) exactly as CPython 3.11 does
x = 5
if x = 5:
    pass
