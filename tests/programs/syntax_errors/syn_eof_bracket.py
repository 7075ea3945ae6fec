# checks that genpy runs this program (syn_eof_bracket, from the first differential-testing corpus) exactly as CPython 3.11 does
x = [1, 2
