# checks that genpy runs this program (syn_unclosed_paren, from the first differential-testing corpus) exactly as CPython 3.11 does
print("a"
x = 1
