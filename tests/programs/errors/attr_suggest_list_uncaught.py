# checks that genpy runs this program (attr_suggest_list_uncaught, from the first differential-testing corpus) exactly as CPython 3.11 does
x = [1]
x.apend(2)
