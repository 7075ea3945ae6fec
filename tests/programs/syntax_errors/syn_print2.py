# checks that genpy runs this program (syn_print2, from the first differential-testing corpus) exactly as CPython 3.11 does
print "hello"
