# checks that genpy runs this program (syn_lambda_yield, from the first differential-testing corpus) exactly as CPython 3.11 does
lambda x: (yield x)
print("ok")
