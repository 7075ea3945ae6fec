# checks that genpy runs this program (syn_break_outside, from the first differential-testing corpus) exactly as CPython 3.11 does
for x in range(3):
    pass
break
