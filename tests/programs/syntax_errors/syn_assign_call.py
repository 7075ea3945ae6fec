# checks that genpy runs this program (syn_assign_call, from the first differential-testing corpus) exactly as CPython 3.11 does
f() = 1
