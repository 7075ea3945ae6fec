# checks that genpy runs this program (syn_aug_tuple, from the first differential-testing corpus) exactly as CPython 3.11 does
a, b += 1
