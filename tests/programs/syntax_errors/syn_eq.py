# checks that genpy runs this program (syn_eq, from the first differential-testing corpus) exactly as CPython 3.11 does
x = = 1
