# checks that genpy runs this program (syn_assign_none, from the first differential-testing corpus) exactly as CPython 3.11 does
None = 1
