# checks that genpy runs this program (exception_uncaught_keyerror, from the first differential-testing corpus) exactly as CPython 3.11 does
d = {"a": 1}
print(d["b"])
