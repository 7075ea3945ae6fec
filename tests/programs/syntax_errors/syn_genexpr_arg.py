# checks that genpy runs this program (syn_genexpr_arg, from the first differential-testing corpus) exactly as CPython 3.11 does
f(x for x in y, 1)
