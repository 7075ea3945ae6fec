# checks that genpy runs this program (name_suggest_uncaught, from the first differential-testing corpus) exactly as CPython 3.11 does
count = 1
print(coutn)
