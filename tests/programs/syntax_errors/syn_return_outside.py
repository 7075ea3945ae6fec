# checks that genpy runs this program (syn_return_outside, from the first differential-testing corpus) exactly as CPython 3.11 does
return 5
